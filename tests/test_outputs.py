"""Report formats: SARIF validated against the official schema, annotations, JUnit,
rdjsonl, the HTML report's escaping and the user template format."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from helpers import cli as run

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())


@pytest.fixture()
def drafts(tmp_path: Path) -> Path:
    (tmp_path / "bad.txt").write_text(
        "Hi Ann,\nGreat news! Your parcel was delayed. We'll get back to you soon.\n",
        encoding="utf-8",
    )
    (tmp_path / "sub dir").mkdir()
    (tmp_path / "sub dir" / "da,1.txt").write_text(
        "Hej Jens,\nSom jeg allerede har skrevet, burde du have læst betingelserne.\n",
        encoding="utf-8",
    )
    (tmp_path / "script.html").write_text(
        "<p>Hi Ann,</p><p>Your parcel was delayed &lt;script&gt;alert(1)&lt;/script&gt;"
        " <img src=x onerror=alert(2)></p>",
        encoding="utf-8",
    )
    (tmp_path / "script.txt").write_text(
        "Hi Ann,\nYour parcel was delayed. <script>alert(1)</script>\n", encoding="utf-8"
    )
    (tmp_path / "broken.txt").write_bytes(b"Hej Jens, din pakke er forsinket. \xe6\xf8\xe5\n")
    return tmp_path


def report(drafts: Path, fmt: str, *extra: str) -> tuple[int, str]:
    result = run("check", "--format", fmt, *extra, ".", cwd=drafts)
    return result.returncode, result.stdout.decode("utf-8")


def test_sarif_is_valid_and_complete(drafts: Path) -> None:
    code, out = report(drafts, "sarif")
    log = json.loads(out)
    jsonschema.validate(log, SCHEMA)
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert {"missing-apology", "customer-blame", "breezy-opener", "missing-response-time"} <= set(
        rules
    )
    for rule in rules.values():
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["defaultConfiguration"]["level"] in (
            "error",
            "warning",
        )
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]
    }
    assert uris == {"bad.txt", "sub%20dir/da%2C1.txt", "script.html", "script.txt"}
    for result in run_["results"]:
        assert rules[result["ruleId"]] == run_["tool"]["driver"]["rules"][result["ruleIndex"]]
        assert re.fullmatch(
            r"[0-9a-f]{32}:\d+", result["partialFingerprints"]["primaryLocationLineHash"]
        )
    assert run_["invocations"][0]["executionSuccessful"] is False  # broken.txt
    assert code == 2


def test_sarif_fingerprints_survive_lines_moving(drafts: Path) -> None:
    def prints() -> set[str]:
        log = json.loads(report(drafts, "sarif", "--include", "bad.txt")[1])
        return {
            r["partialFingerprints"]["primaryLocationLineHash"] for r in log["runs"][0]["results"]
        }

    before = prints()
    text = (drafts / "bad.txt").read_text()
    (drafts / "bad.txt").write_text("\n\n" + text)
    assert prints() == before


_ANNOTATION = re.compile(r"^::(error|warning) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(text: str) -> str:
    return (
        text.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
    )


def test_github_annotations_parse_back(drafts: Path) -> None:
    _, out = report(drafts, "github")
    parsed = []
    for line in out.splitlines():
        match = _ANNOTATION.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in match.group("props").split(","))
        parsed.append(({k: _unescape(v) for k, v in props.items()}, _unescape(match["message"])))
    files = {props["file"] for props, _ in parsed}
    assert "sub dir/da,1.txt" in files and "broken.txt" in files
    blame = next(p for p, _ in parsed if p["file"] == "sub dir/da,1.txt")
    assert (blame["line"], blame["col"], blame["title"]) == ("2", "1", "replylint customer-blame")
    assert any("\n" in message for _, message in parsed)  # suggestion on its own line


def test_junit_parses_with_a_case_per_file(drafts: Path) -> None:
    _, out = report(drafts, "junit")
    root = ET.fromstring(out.encode())
    suite = root.find("testsuite")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert set(cases) == {"bad.txt", "sub dir/da,1.txt", "script.html", "script.txt", "broken.txt"}
    assert suite.get("tests") == "5" and suite.get("errors") == "1"
    assert cases["broken.txt"].find("error") is not None
    assert {f.get("type") for f in cases["bad.txt"].iter("failure")} >= {"breezy-opener"}


def test_rdjsonl_columns_are_utf8_bytes(tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_text(
        "您好，\n您的包裹延误了，我们会尽快给您回复。\n", encoding="utf-8"
    )
    result = run("check", "--format", "rdjsonl", "zh.txt", cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    promise = next(d for d in lines if d["code"]["value"] == "missing-response-time")
    text = (tmp_path / "zh.txt").read_text(encoding="utf-8").splitlines()[1]
    column = promise["location"]["range"]["start"]["column"]
    assert text.encode()[column - 1 :].decode().startswith("尽快")
    assert promise["severity"] == "WARNING" and promise["source"]["name"] == "replylint"


def test_html_report_escapes_draft_content(drafts: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "report.html"
    run("check", "--format", "html", "--output", str(out_file), ".", cwd=drafts)
    html = out_file.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<img src=x" not in html and "&amp;lt;script&amp;gt;" in html
    assert '<mark class="error"' in html and "customer-blame" in html
    assert "http://" not in html and "https://" not in html  # no external assets


def test_user_template_receives_json_data(drafts: Path, tmp_path: Path) -> None:
    template = tmp_path / "brief.txt.j2"
    template.write_text(
        "{% for f in files %}{% for x in f.findings %}{{ f.path }}|{{ x.rule }}|{{ x.line }}\n"
        "{% endfor %}{% endfor %}total={{ summary.findings }}\n",
        encoding="utf-8",
    )
    code, out = report(drafts, "template", "--template", str(template), "--include", "*.txt")
    assert "bad.txt|breezy-opener|2" in out.splitlines()
    assert re.search(r"^total=\d+$", out, re.MULTILINE)


def test_user_template_is_sandboxed_and_errors_are_one_line(drafts: Path, tmp_path: Path) -> None:
    template = tmp_path / "evil.j2"
    template.write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    result = run("check", "--format", "template", "--template", str(template), ".", cwd=drafts)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and "evil.j2" in result.stderr.decode()


def test_output_file_quiet_and_statistics(drafts: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "out.json"
    result = run("check", "--format", "json", "-o", str(out_file), "bad.txt", cwd=drafts)
    assert result.stdout == b"" and json.loads(out_file.read_text())["summary"]["findings"] == 3
    quiet = run("check", "--quiet", "bad.txt", cwd=drafts).stdout.decode()
    assert "finding" not in quiet.splitlines()[-1]
    stats = run("check", "--statistics", "bad.txt", cwd=drafts).stdout.decode()
    assert re.search(r"^\s+1\s+breezy-opener\s", stats, re.MULTILINE)


def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch) -> None:
    from replylint import cli as cli_module

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli_module.sys, "stderr", Tty())
    monkeypatch.delenv("CI", raising=False)
    assert cli_module._progress(500, quiet=False) is not None
    assert cli_module._progress(5, quiet=False) is None  # a few files: no bar
    assert cli_module._progress(500, quiet=True) is None
    monkeypatch.setenv("CI", "true")
    assert cli_module._progress(500, quiet=False) is None
    monkeypatch.delenv("CI")
    monkeypatch.setattr(cli_module.sys, "stderr", object())  # piped: no isatty() == True
    monkeypatch.setattr(cli_module.sys, "stderr", type("P", (), {"isatty": lambda s: False})())
    assert cli_module._progress(500, quiet=False) is None


def test_a_report_template_error_at_render_time_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Hi Ann,\nYour parcel is late.\n", encoding="utf-8")
    (tmp_path / "report.j2").write_text("files:\n{{ 1 / 0 }}\n", encoding="utf-8")
    result = run("check", "--format", "template", "--template", "report.j2", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert b"report.j2:2: ZeroDivisionError" in result.stderr
