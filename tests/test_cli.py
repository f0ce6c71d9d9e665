"""The installed `replylint` command, end to end."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run(*args, stdin: bytes | None = None, cwd: Path | None = None):
    exe = Path(sys.executable).with_name("replylint")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "replylint.cli"]
    return subprocess.run(
        command + list(args), input=stdin, capture_output=True, cwd=cwd, timeout=120
    )


@pytest.fixture()
def drafts(tmp_path):
    (tmp_path / "good.txt").write_text(
        "Hi Ann,\nWe're sorry your parcel was late. It arrives tomorrow.\n", encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_text(
        "Hi Ann,\nGreat news! Your parcel was delayed. We'll get back to you soon.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_clean_draft_exits_zero(drafts):
    result = run("check", str(drafts / "good.txt"))
    assert result.returncode == 0, result.stdout
    assert b"0 findings in 1 file" in result.stdout


def test_findings_exit_one_with_text_format(drafts):
    result = cli("check", str(drafts / "bad.txt"))
    assert result.returncode == 1
    out = result.stdout.decode()
    assert f"{drafts / 'bad.txt'}:2:1: warning [breezy-opener]" in out
    assert "error [missing-apology]" in out
    assert "^^^" in out and "= help:" in out
    assert "\x1b[" not in out  # no colour when piped


def test_json_shape(drafts):
    result = cli("check", "--format", "json", str(drafts))
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert data["summary"] == {"files": 2, "findings": 3, "errors": 0}
    bad = next(f for f in data["files"] if f["path"].endswith("bad.txt"))
    assert bad["language"] == "en" and bad["context"] == "failure" and bad["error"] is None
    finding = bad["findings"][0]
    assert set(finding) >= {
        "rule",
        "severity",
        "message",
        "suggestion",
        "line",
        "column",
        "end_line",
        "end_column",
    }
    assert (finding["rule"], finding["line"], finding["column"]) == ("breezy-opener", 2, 1)


def test_fail_on_error_ignores_warnings(drafts):
    result = cli("check", "--fail-on", "error", "--select", "breezy-opener", str(drafts))
    assert result.returncode == 0
    assert cli("check", "--fail-on", "never", str(drafts)).returncode == 0


def test_select_and_ignore(drafts):
    out = cli("check", "--format", "json", "--ignore", "breezy-opener", str(drafts)).stdout
    rules = {f["rule"] for file in json.loads(out)["files"] for f in file["findings"]}
    assert rules == {"missing-apology", "missing-response-time"}


def test_unknown_rule_is_a_usage_error(drafts):
    result = cli("check", "--select", "no-such-rule", str(drafts))
    assert result.returncode == 2
    assert b"unknown rule 'no-such-rule'" in result.stderr


def test_unreadable_input_exits_two_and_others_are_checked(drafts):
    (drafts / "latin1.txt").write_bytes("Hej, vi beklager. Pak\xe6 er sendt.".encode("latin-1"))
    result = run("check", "--format", "json", str(drafts), str(drafts / "missing.txt"))
    assert result.returncode == 2
    data = json.loads(result.stdout)
    errors = {Path(f["path"]).name: f["error"] for f in data["files"] if f["error"]}
    assert errors["latin1.txt"].startswith("not valid UTF-8")
    assert errors["missing.txt"] == "no such file or directory"
    assert data["summary"]["findings"] == 3


def test_stdin(drafts):
    result = run("check", "-", stdin=(drafts / "bad.txt").read_bytes())
    assert result.returncode == 1
    assert b"-:2:1: warning [breezy-opener]" in result.stdout


def test_unsupported_language_gets_a_notice_not_findings(tmp_path):
    (tmp_path / "de.txt").write_text(
        "Sehr geehrte Frau Müller,\nvielen Dank für Ihre Nachricht. Leider ist das Paket verloren "
        "gegangen. Wir melden uns.\n",
        encoding="utf-8",
    )
    result = cli("check", str(tmp_path / "de.txt"))
    assert result.returncode == 0
    assert b"note: language 'de' is not supported" in result.stdout


def test_examples_directory_runs_from_another_cwd(tmp_path):
    result = run("check", "--format", "json", str(EXAMPLES), cwd=tmp_path)
    data = json.loads(result.stdout)
    assert result.returncode == 1 and data["summary"]["errors"] == 0
    assert {f["language"] for f in data["files"]} == {"da", "sv", "et", "zh", "en"}


EXPECTED_EXAMPLES = {
    "da-bad.txt": {"breezy-opener", "missing-apology", "customer-blame", "missing-response-time"},
    "sv-bad.txt": {"breezy-opener", "missing-apology", "missing-response-time"},
    "et-bad.txt": {"breezy-opener", "missing-apology", "customer-blame", "missing-response-time"},
    "zh-bad.txt": {"breezy-opener", "missing-apology", "customer-blame", "missing-response-time"},
    "en-bad.txt": {"breezy-opener", "missing-apology", "missing-response-time"},
    "da-reply.eml": {"missing-apology"},
    "sv-reply.md": {"missing-apology"},
    "zh-reply.html": {"missing-apology", "breezy-opener"},
    "en-delay.txt.j2": {"missing-response-time"},
}


def test_examples_show_what_they_are_meant_to_show():
    """Every bad example keeps every finding it demonstrates; good ones stay clean."""
    data = json.loads(cli("check", "--format", "json", str(EXAMPLES)).stdout)
    fired = {Path(f["path"]).name: {x["rule"] for x in f["findings"]} for f in data["files"]}
    for name, rules in fired.items():
        assert rules == EXPECTED_EXAMPLES.get(name, set()), name


def test_rules_and_explain():
    listing = cli("rules").stdout.decode()
    for rule in ("missing-apology", "customer-blame", "breezy-opener", "missing-response-time"):
        assert rule in listing
    explained = cli("explain", "missing-response-time").stdout.decode()
    for lang in ("[da]", "[sv]", "[et]", "[zh]", "[en]"):
        assert lang in explained
    assert "inden for to arbejdsdage" in explained
    assert cli("explain", "nope").returncode == 2


def test_lexicon_check_command(tmp_path):
    assert cli("lexicon", "check").returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("[meta]\nlang = 'xx'\n", encoding="utf-8")
    result = cli("lexicon", "check", str(bad))
    assert result.returncode == 2 and b"bad.toml:" in result.stderr


def test_help_version_rules_explain_do_not_import_spacy():
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom replylint.cli import main\n"
        "r = CliRunner()\n"
        "for args in (['--help'], ['--version'], ['rules'], ['explain', 'customer-blame']):\n"
        "    assert r.invoke(main, args).exit_code == 0, args\n"
        "assert 'spacy' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env=os.environ)
    assert result.returncode == 0, result.stderr.decode()


def test_only_needed_language_pipelines_are_loaded():
    code = (
        "from replylint import lint_text\nfrom replylint.analysis import loaded_languages\n"
        "lint_text('Hej Jens, tak for din mail. Vi kigger på det.')\n"
        "assert loaded_languages() == ['da'], loaded_languages()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
