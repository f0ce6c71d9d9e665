"""The command-line conventions ruff and Vale users expect, and machine formats that never
hide a failure."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import cli

LATE = "Hi Ann,\nGreat news! Your parcel was delayed. We'll get back to you soon.\n"
GOOD = "Hi Ann,\nWe're sorry your parcel is late. It arrives tomorrow before noon.\n"
ANSI = b"\x1b["


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / "late.txt").write_text(LATE)
    (tmp_path / "good.txt").write_text(GOOD)
    return tmp_path


def rules_in(out: bytes) -> list[str]:
    return [
        line.split("[", 1)[1].split("]", 1)[0] for line in out.decode().splitlines() if "[" in line
    ]


def test_force_color_no_color_and_flags(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert ANSI not in cli("check", "late.txt", cwd=repo).stdout  # not a terminal
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ANSI in cli("check", "late.txt", cwd=repo).stdout
    assert ANSI not in cli("check", "--no-color", "late.txt", cwd=repo).stdout
    monkeypatch.setenv("FORCE_COLOR", "0")
    assert ANSI not in cli("check", "late.txt", cwd=repo).stdout
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI in cli("check", "--color", "late.txt", cwd=repo).stdout  # the flag wins

    from replylint.cli import _colour_wanted

    assert _colour_wanted(None, stream_is_tty=True) is False  # NO_COLOR on a terminal


def test_color_with_output_colours_the_file_only_when_asked(repo: Path) -> None:
    cli("check", "--output", "plain.txt", "late.txt", cwd=repo)
    cli("check", "--color", "--output", "colour.txt", "late.txt", cwd=repo)
    assert ANSI not in (repo / "plain.txt").read_bytes()
    assert ANSI in (repo / "colour.txt").read_bytes()


def test_quiet_clean_run_prints_nothing(repo: Path) -> None:
    result = cli("check", "-q", "good.txt", cwd=repo)
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert cli("check", "-q", "--format", "concise", "good.txt", cwd=repo).stdout == b""


def test_repeated_select_and_ignore_accumulate(repo: Path) -> None:
    both = cli("check", "--select", "breezy-opener", "--select", "missing-apology", "late.txt")
    both = cli(
        "check", "--format", "concise", "--select", "breezy-opener",
        "--select", "missing-apology,missing-response-time", "late.txt", cwd=repo,
    )  # fmt: skip
    assert sorted(set(rules_in(both.stdout))) == [
        "breezy-opener",
        "missing-apology",
        "missing-response-time",
    ]
    ignored = cli(
        "check", "--format", "concise", "--ignore", "breezy-opener",
        "--ignore", "missing-apology", "late.txt", cwd=repo,
    )  # fmt: skip
    assert set(rules_in(ignored.stdout)) == {"missing-response-time"}


def test_jobs_zero_means_every_core(repo: Path) -> None:
    one = cli("check", "-j", "1", "--format", "json", ".", cwd=repo)
    every = cli("check", "-j", "0", "--format", "json", ".", cwd=repo)
    assert every.returncode == one.returncode == 1
    assert every.stdout == one.stdout
    assert cli("check", "-j", "-1", ".", cwd=repo).returncode == 2


def test_concise_is_one_line_per_finding(repo: Path) -> None:
    result = cli("check", "--output-format", "concise", "late.txt", "good.txt", cwd=repo)
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith("late.txt:2:1: warning [breezy-opener] ")
    assert all(line.startswith("late.txt:2:") for line in lines[:-1])
    assert lines[-1] == f"{len(lines) - 1} findings in 2 files (1 with findings)"
    assert "^" not in result.stdout.decode() and "help:" not in result.stdout.decode()


def test_min_severity_hides_lower_findings_and_their_exit_code(repo: Path) -> None:
    (repo / "warn.txt").write_text("Hi Ann,\nThanks for asking. We'll get back to you soon.\n")
    assert cli("check", "warn.txt", cwd=repo).returncode == 1
    result = cli("check", "--min-severity", "error", "--format", "json", "warn.txt", cwd=repo)
    assert result.returncode == 0
    assert json.loads(result.stdout)["files"][0]["findings"] == []
    errors = cli("check", "--min-severity", "error", "--format", "concise", "late.txt", cwd=repo)
    assert set(rules_in(errors.stdout)) == {"missing-apology"}


SUPPRESSED = (
    "Hi Ann,\nWe're sorry your parcel is late.\n"
    "replylint: disable-next-line=customer-blame\nIt arrives tomorrow before noon.\n"
)


def test_suppression_checks_are_real_rules(repo: Path) -> None:
    (repo / "s.txt").write_text(SUPPRESSED + "replylint: disable=custmer-blame\n")
    listed = cli("rules").stdout.decode()
    assert "unused-suppression" in listed and "invalid-suppression" in listed
    explained = cli("explain", "invalid-suppression")
    assert explained.returncode == 0 and b"customer-blam " in explained.stdout
    assert cli("explain", "unused-suppression").returncode == 0

    def found(*args: str) -> list[str]:
        return rules_in(cli("check", "--format", "concise", *args, "s.txt", cwd=repo).stdout)

    assert sorted(found()) == ["invalid-suppression", "unused-suppression"]
    assert found("--ignore", "unused-suppression") == ["invalid-suppression"]
    assert found("--select", "unused-suppression") == []  # customer-blame did not run
    assert found("--select", "customer-blame,unused-suppression") == ["unused-suppression"]
    assert found("--ignore", "customer-blame") == ["invalid-suppression"]  # not judged
    (repo / ".replylint.toml").write_text(
        'severity = { unused-suppression = "error", invalid-suppression = "off" }\n'
    )
    result = cli("check", "--format", "concise", "s.txt", cwd=repo)
    assert (
        result.stdout.decode().splitlines()[0].startswith("s.txt:3:1: error [unused-suppression]")
    )
    assert "invalid-suppression" not in result.stdout.decode()
    (repo / ".replylint.toml").write_text('ignore = ["unused-suppression", "nosuch"]\n')
    bad = cli("check", "s.txt", cwd=repo)
    assert bad.returncode == 2 and b"unknown rule 'nosuch'" in bad.stderr


def test_show_settings_names_where_each_setting_came_from(repo: Path) -> None:
    (repo / "da").mkdir()
    (repo / ".replylint.toml").write_text(
        'fail-on = "error"\nseverity = { breezy-opener = "off" }\n\n'
        '[per-file."da/*"]\nlang = "da"\n'
    )
    result = cli("check", "--show-settings", "--context", "failure", "da/x.txt", cwd=repo)
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()[1:]
    rows = {parts[0]: parts[1:] for parts in (re.split(r"\s{2,}", x.strip()) for x in lines)}
    config = str((repo / ".replylint.toml").resolve())
    assert rows["lang"] == ["da", f'{config}:4 [per-file "da/*"]']
    assert rows["context"] == ["failure", "command line"]
    assert rows["fail-on"] == ["error", f"{config}:1"]
    assert rows["severity.breezy-opener"] == ["off", f"{config}:2"]
    assert rows["select"] == ["all rules", "default"]
    assert rows["format"] == ["text", "file name"]


def test_stdin_filename_picks_format_config_and_reported_path(repo: Path) -> None:
    (repo / "da").mkdir()
    (repo / ".replylint.toml").write_text('[per-file."da/*"]\nlang = "da"\n')
    html = b"<p>Hej Jens,</p><p>Din pakke er forsinket.</p>"
    args = ("check", "--format", "json", "--stdin-filename")
    data = json.loads(cli(*args, "da/reply.html", "-", stdin=html, cwd=repo).stdout)["files"][0]
    assert data["path"] == "da/reply.html"
    assert data["language"] == "da"  # the per-file section for da/* applied
    assert [f["rule"] for f in data["findings"]] == ["missing-apology"]
    # The name's extension decides the reader: only markup is nothing to check in HTML.
    markup = json.loads(cli(*args, "x.html", "-", stdin=b"<p></p>", cwd=repo).stdout)["files"][0]
    assert markup["notices"][0].startswith("no draft text to check")
    plain = json.loads(cli("check", "--format", "json", "-", stdin=html, cwd=repo).stdout)
    assert plain["files"][0]["path"] == "-"


@pytest.mark.parametrize("fmt", ["json", "sarif", "rdjsonl", "junit", "github"])
def test_machine_formats_carry_an_unreadable_input(repo: Path, fmt: str) -> None:
    (repo / "broken.txt").write_bytes(b"Hej Jens \xe6\xf8\n")
    for extra in ((), ("--output", f"report.{fmt}")):
        result = cli("check", "--format", fmt, *extra, "broken.txt", "late.txt", cwd=repo)
        assert result.returncode == 2
        assert b"replylint: error: broken.txt: not valid UTF-8" in result.stderr
        report = (repo / f"report.{fmt}").read_text() if extra else result.stdout.decode()
        assert "not valid UTF-8" in report
    if fmt == "sarif":
        invocation = json.loads(report)["runs"][0]["invocations"][0]
        assert invocation["executionSuccessful"] is False
    if fmt == "junit":
        assert ET.fromstring(report).find(".//testcase[@name='broken.txt']/error") is not None
    if fmt == "rdjsonl":
        first = json.loads(report.splitlines()[0])
        assert first["location"] == {"path": "broken.txt"} and first["severity"] == "ERROR"


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "rdjsonl", "github"])
def test_a_broken_config_is_in_the_report_too(repo: Path, fmt: str) -> None:
    (repo / ".replylint.toml").write_text('lang = "de"\n')
    result = cli("check", "--format", fmt, "--report", "json=also.json", "late.txt", cwd=repo)
    assert result.returncode == 2
    assert b".replylint.toml:1: 'lang' must be one of" in result.stderr
    assert ".replylint.toml:1:" in result.stdout.decode()
    assert ".replylint.toml:1:" in json.loads((repo / "also.json").read_text())["error"]


def test_report_writes_more_formats_from_one_run(repo: Path) -> None:
    result = cli("check", "--format", "github", "--report", "sarif=r.sarif", "--report",
                 "junit=r.xml", "late.txt", cwd=repo)  # fmt: skip
    assert result.returncode == 1 and result.stdout.startswith(b"::warning file=late.txt")
    sarif = json.loads((repo / "r.sarif").read_text())
    assert len(sarif["runs"][0]["results"]) == result.stdout.count(b"\n")
    assert ET.parse(repo / "r.xml").getroot().find(".//failure") is not None
    assert cli("check", "--report", "pdf=x.pdf", "late.txt", cwd=repo).returncode == 2


def test_an_empty_file_is_a_notice(repo: Path) -> None:
    (repo / ".keep.txt").write_text("")
    result = cli("check", ".keep.txt", "good.txt", cwd=repo)
    assert result.returncode == 0
    assert b".keep.txt: note: empty draft: nothing to check" in result.stdout
    assert cli("check", "-q", ".keep.txt", cwd=repo).stdout == b""
