"""Configuration: discovery, precedence, per-file sections, and every kind of error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import cli as run

BAD = "Hi Ann,\nGreat news! Your parcel was delayed. We'll get back to you soon.\n"
BLAME = "Hi Ann,\nAs I already told you, you should have read the terms.\n"


def findings(cwd: Path, *args: str) -> tuple[int, dict[str, list[str]]]:
    result = run("check", "--format", "json", *args, cwd=cwd)
    data = json.loads(result.stdout or b'{"files": []}')
    rules = {f["path"]: [x["rule"] for x in f["findings"]] for f in data["files"]}
    return result.returncode, rules


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "bad.txt").write_text(BAD)
    (tmp_path / "marketing").mkdir()
    (tmp_path / "marketing" / "promo.txt").write_text(BAD)
    return tmp_path


def test_pyproject_is_found_from_the_checked_path_upwards(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.replylint]\nselect = ["breezy-opener"]\n'
    )
    _, rules = findings(repo / "drafts", "bad.txt")
    assert rules == {"bad.txt": ["breezy-opener"]}


def test_pyproject_without_replylint_table_is_skipped(repo: Path) -> None:
    (repo / "drafts" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (repo / ".replylint.toml").write_text('ignore = ["breezy-opener"]\n')
    _, rules = findings(repo, "drafts/bad.txt")
    assert "breezy-opener" not in rules["drafts/bad.txt"]


def test_dot_replylint_toml_wins_over_pyproject_in_the_same_directory(repo: Path) -> None:
    (repo / "pyproject.toml").write_text('[tool.replylint]\nselect = ["breezy-opener"]\n')
    (repo / ".replylint.toml").write_text('select = ["missing-apology"]\n')
    _, rules = findings(repo, "drafts/bad.txt")
    assert rules["drafts/bad.txt"] == ["missing-apology"]


def test_command_line_overrides_config(repo: Path) -> None:
    (repo / ".replylint.toml").write_text('fail-on = "never"\nselect = ["breezy-opener"]\n')
    code, rules = findings(repo, "drafts/bad.txt")
    assert code == 0 and rules["drafts/bad.txt"] == ["breezy-opener"]
    code, rules = findings(
        repo, "--fail-on", "warning", "--select", "missing-apology", "drafts/bad.txt"
    )
    assert code == 1 and rules["drafts/bad.txt"] == ["missing-apology"]
    code, rules = findings(repo, "--no-config", "drafts/bad.txt")
    assert len(rules["drafts/bad.txt"]) == 3


def test_explicit_config_file(repo: Path, tmp_path: Path) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text('[tool.replylint]\nignore = ["missing-apology", "breezy-opener"]\n')
    _, rules = findings(repo, "--config", str(config), "drafts/bad.txt")
    assert rules["drafts/bad.txt"] == ["missing-response-time"]


def test_per_file_sections_and_severity(repo: Path) -> None:
    (repo / ".replylint.toml").write_text(
        'severity = { missing-response-time = "error", breezy-opener = "off" }\n'
        '[per-file."marketing/**"]\ncontext = "neutral"\n'
    )
    result = run("check", "--format", "json", ".", cwd=repo)
    data = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    marketing = data["marketing/promo.txt"]
    assert marketing["context"] == "neutral"
    assert [f["rule"] for f in marketing["findings"]] == ["missing-response-time"]
    drafts = data["drafts/bad.txt"]["findings"]
    assert {f["rule"]: f["severity"] for f in drafts} == {
        "missing-apology": "error",
        "missing-response-time": "error",
    }


def test_per_file_language(repo: Path) -> None:
    (repo / "da").mkdir()
    (repo / "da" / "kort.txt").write_text("Hej!\n")
    (repo / ".replylint.toml").write_text('[per-file."da/*"]\nlang = "da"\n')
    result = run("check", "--format", "json", "da/kort.txt", cwd=repo)
    assert json.loads(result.stdout)["files"][0]["language"] == "da"


def test_max_response_time(repo: Path) -> None:
    (repo / "drafts" / "slow.txt").write_text(
        "Hej Jens,\nVi undersøger sagen og vender tilbage inden for fem arbejdsdage.\n"
    )
    (repo / ".replylint.toml").write_text('max-response-time = "2 business days"\n')
    result = run("check", "--format", "json", "drafts/slow.txt", cwd=repo)
    [finding] = json.loads(result.stdout)["files"][0]["findings"]
    assert "fem arbejdsdage" in finding["message"] and "2 business days" in finding["message"]
    (repo / ".replylint.toml").write_text('max-response-time = "1 week"\n')
    assert findings(repo, "drafts/slow.txt")[1] == {"drafts/slow.txt": []}


def test_extra_lexicon_adds_team_phrases(repo: Path) -> None:
    (repo / "team-en.toml").write_text(
        '[meta]\nlang = "en"\n\n[blame]\npatterns = [\n'
        '  ["per our policy", "Per our policy, you should have known."],\n]\n'
    )
    (repo / "drafts" / "policy.txt").write_text("Hi Ann,\nPer our policy, that is final.\n")
    assert findings(repo, "drafts/policy.txt")[1] == {"drafts/policy.txt": []}
    (repo / ".replylint.toml").write_text('extra-lexicons = ["team-en.toml"]\n')
    assert findings(repo, "drafts/policy.txt")[1] == {"drafts/policy.txt": ["customer-blame"]}


@pytest.mark.parametrize(
    ("config", "line", "problem"),
    [
        ('select = ["missing-apology"]\ncolour = "red"\n', 2, "unknown setting 'colour'"),
        ('ignore = ["missing-apology", "rude-tone"]\n', 1, "unknown rule 'rude-tone'"),
        ('\nlang = "de"\n', 2, "'lang' must be one of"),
        ('context = "angry"\n', 1, "'context' must be one of"),
        ('fail-on = "info"\n', 1, "'fail-on' must be one of"),
        ('severity = { missing-apology = "fatal" }\n', 1, "must be one of error, warning, off"),
        ('severity = { rude = "error" }\n', 1, "unknown rule 'rude'"),
        ('max-response-time = "soonish"\n', 1, "is not a duration"),
        ('max-file-size = "huge"\n', 1, "is not a size"),
        ('extra-lexicons = ["missing.toml"]\n', 1, "does not exist"),
        ('[per-file."a/*"]\nwhatever = 1\n', 2, "unknown per-file setting 'whatever'"),
        ('select = "missing-apology"\nselect = 3\n', 2, "invalid TOML"),
    ],
)
def test_config_errors_name_file_and_line(repo: Path, config: str, line: int, problem: str) -> None:
    (repo / ".replylint.toml").write_text(config)
    result = run("check", "drafts/bad.txt", cwd=repo)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert f".replylint.toml:{line}: " in err and problem in err, err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_extra_lexicon_whose_example_does_not_match_is_an_error(repo: Path) -> None:
    (repo / "team.toml").write_text(
        '[meta]\nlang = "en"\n\n[blame]\npatterns = [\n  ["per our policy", "No match here."],\n]\n'
    )
    (repo / ".replylint.toml").write_text('extra-lexicons = ["team.toml"]\n')
    result = run("check", "drafts/bad.txt", cwd=repo)
    assert result.returncode == 2
    assert "team.toml:6: [blame] pattern 'per our policy' does not match" in result.stderr.decode()
