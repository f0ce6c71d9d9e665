"""Hostile and broken input: nothing escapes, positions stay inside the file,
reports stay valid, results are deterministic. Property-based (hypothesis) with
bounded example counts, plus the limits and fault cases named in the README."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import jsonschema
import pytest
from helpers import cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from replylint.document import source_lines
from replylint.linter import FileResult, lint_documents
from replylint.reporters.json_report import render_json
from replylint.reporters.sarif import render_sarif
from replylint.runner import check_one
from replylint.sources import SourceError, read_bytes

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())
FORMATS = ("text", "eml", "html", "markdown", "jinja")
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = st.sampled_from(
    [
        "Hi Ann,",
        "Hej Jens,",
        "Tere!",
        "您好，",
        "sorry",
        "beklager",
        "vabandame",
        "抱歉",
        "delayed",
        "forsinket",
        "we'll get back to you",
        "vi vender tilbage",
        "As I already told you",
        "Great news!",
        "😊",
        "\n",
        "\r\n",
        "\r",
        "\t",
        " ",
        "> ",
        "-- \n",
        "wrote:",
        "skrev:",
        "{{ name }}",
        "{% if x %}",
        "{% else %}",
        "{% endif %}",
        "{# c #}",
        "<p>",
        "</p>",
        "<br>",
        "<blockquote>",
        "</blockquote>",
        "<script>",
        "&amp;",
        "&#x1F600;",
        "```",
        "`x`",
        "[a](b)",
        "<!-- replylint: disable -->",
        "replylint: disable-file",
        "\x00",
        "\u2028",
        "\ufeff",
        "\x85",
    ]
)
TEXTISH = st.lists(st.one_of(WORDS, st.text(max_size=20)), max_size=40).map("".join)


def assert_sane(result: FileResult) -> None:
    """Every finding lies inside the file; reports render as valid JSON and SARIF."""
    lines = source_lines(result.original)
    for f in result.findings:
        assert 1 <= f.line <= len(lines), (f, len(lines))
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, f
        assert 1 <= f.end_line <= len(lines) and (f.end_line, f.end_column) >= (f.line, f.column)
    json.loads(render_json([result]))
    json.loads(render_sarif([result]))


def lint_bytes(data: bytes, fmt: str) -> FileResult | None:
    try:
        documents = read_bytes(data, f"x.{fmt}", fmt=fmt)
    except SourceError as exc:
        assert "\n" not in str(exc)
        return None
    result = lint_documents(documents)
    assert_sane(result)
    return result


@FAST
@given(data=st.binary(max_size=400), fmt=st.sampled_from(FORMATS))
def test_arbitrary_bytes_never_escape(data: bytes, fmt: str) -> None:
    lint_bytes(data, fmt)


@FAST
@given(text=TEXTISH, fmt=st.sampled_from(FORMATS))
def test_textlike_input_in_every_format(text: str, fmt: str) -> None:
    lint_bytes(text.encode("utf-8", "surrogatepass"), fmt)


@st.composite
def mime_trees(draw, depth: int = 0):
    """Nested multipart messages with text parts in assorted charsets and encodings."""
    if depth < 3 and draw(st.booleans()):
        container = MIMEMultipart(draw(st.sampled_from(["alternative", "mixed", "related"])))
        for _ in range(draw(st.integers(0, 3))):
            container.attach(draw(mime_trees(depth=depth + 1)))
        return container
    kind = draw(st.sampled_from(["plain", "html", "octet"]))
    if kind == "octet":
        part = MIMEBase("application", "octet-stream")
        part.set_payload(draw(st.binary(max_size=50)))
        return part
    charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "gb18030", "big5", "windows-1252"]))
    text = draw(TEXTISH).replace("\x00", "")
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    try:
        return MIMEText(text, kind, charset)
    except UnicodeEncodeError:  # surrogates from st.text
        return MIMEText("Hi Ann, your parcel was delayed.", kind, "utf-8")


@FAST
@given(tree=mime_trees(), mangle=st.integers(0, 3))
def test_generated_mime_trees(tree, mangle: int) -> None:
    tree["From"], tree["To"], tree["Subject"] = "a@example.com", "b@example.com", "Re: x"
    data = tree.as_bytes()
    if mangle == 1:
        data = data.replace(b"boundary=", b"boundary=broken", 1)
    elif mangle == 2:
        data = data[: len(data) // 2]
    elif mangle == 3:
        data = data.replace(b"charset=", b"charset=x-unknown-", 1)
    lint_bytes(data, "eml")


@FAST
@given(text=TEXTISH)
def test_results_are_deterministic(text: str) -> None:
    first, second = lint_bytes(text.encode(), "text"), lint_bytes(text.encode(), "text")
    assert (first and first.findings) == (second and second.findings)


def test_same_output_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    corpus = Path(__file__).parent / "corpus"
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        exe = Path(sys.executable).with_name("replylint")
        outputs.add(
            subprocess.run(
                [
                    str(exe),
                    "check",
                    "--format",
                    "json",
                    "--jobs",
                    "1",
                    str(corpus / "sv"),
                    str(corpus / "zh"),
                ],
                capture_output=True,
                env=env,
                check=False,
            ).stdout
        )
    assert len(outputs) == 1


def test_sarif_of_hostile_content_is_schema_valid(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text('Hi "Ann",\n<script>\\n</script> %0A ::error:: 😊\u2028\n')
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfd")
    result = cli("check", "--format", "sarif", ".", cwd=tmp_path)
    jsonschema.validate(json.loads(result.stdout), SCHEMA)


# ---- limits ------------------------------------------------------------------------------


def test_huge_file_is_skipped_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.seek(50 * 1024 * 1024)
        out.write(b"\n")
    (tmp_path / "ok.txt").write_text("Hi Ann,\nYour order has shipped.\n")
    result = cli("check", "--format", "json", "big.txt", "ok.txt", cwd=tmp_path)
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert "over the 5242880-byte limit" in files["big.txt"]["error"]
    assert files["ok.txt"]["error"] is None and result.returncode == 2


def test_max_file_size_is_configurable(tmp_path: Path) -> None:
    (tmp_path / ".replylint.toml").write_text('max-file-size = "1KB"\n')
    (tmp_path / "a.txt").write_text("Hi Ann,\n" + "Your order has shipped. " * 100 + "\n")
    result = cli("check", "--format", "json", "a.txt", cwd=tmp_path)
    assert "1024-byte limit" in json.loads(result.stdout)["files"][0]["error"]


def test_one_huge_line_is_checked() -> None:
    text = "Hi Ann, your parcel was delayed. " + "a" * 2_000_000 + " We'll get back to you.\n"
    result = lint_bytes(text.encode(), "text")
    assert result is not None and {f.rule for f in result.findings} >= {"missing-apology"}


def test_deeply_nested_html_and_mime() -> None:
    html = "<div>" * 3000 + "Hi Ann, your parcel was delayed." + "</div>" * 3000
    result = lint_bytes(html.encode(), "html")
    assert result is not None and any("nested deeper" in n for n in result.notices)
    message = MIMEText("Hi Ann, your parcel was delayed.", "plain", "utf-8")
    for _ in range(200):
        outer = MIMEMultipart("mixed")
        outer.attach(message)
        message = outer
    message["From"], message["To"], message["Subject"] = "a@x.com", "b@x.com", "x"
    lint_bytes(message.as_bytes(), "eml")


@pytest.mark.parametrize(
    ("data", "expect"),
    [
        ("Hi Ann,\nYour parcel was delayed.\n".encode("utf-16"), "missing-apology"),
        ("Hi Ann,\nYour parcel was delayed.\n".encode("utf-16-le"), "missing-apology"),
        ("Hi Ann,\nYour parcel was delayed.\n".encode("utf-16-be"), "missing-apology"),
        (b"\xef\xbb\xbfHi Ann,\nYour parcel was delayed.\n", "missing-apology"),
    ],
)
def test_utf16_and_bom(data: bytes, expect: str) -> None:
    result = lint_bytes(data, "text")
    assert result is not None and expect in {f.rule for f in result.findings}


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_positions_with_every_line_ending(newline: str) -> None:
    text = (
        newline.join(["Hi Ann,", "", "Thanks.", "As I already told you, read the FAQ."]) + newline
    )
    result = lint_bytes(text.encode(), "text")
    [finding] = result.findings
    assert (finding.rule, finding.line, finding.column) == ("customer-blame", 4, 1)


def test_nul_bytes_and_invalid_utf8_are_one_line_errors() -> None:
    for data, needle in [(b"Hi\x00there", "NUL"), (b"Hej \xe6\xf8\xe5", "not valid UTF-8")]:
        with pytest.raises(SourceError, match=needle):
            read_bytes(data, "x.txt", fmt="text")


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads any file"
)
def test_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Hi")
    locked.chmod(0)
    result = check_one(str(locked), locked)
    assert "ermission denied" in result.error


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 names")
def test_non_utf8_file_name(tmp_path: Path) -> None:
    name = os.fsencode(str(tmp_path)) + b"/r\xe9ply.txt"
    with open(name, "wb") as out:
        out.write(b"Hi Ann,\nAs I already told you, read the FAQ.\n")
    result = cli("check", "--format", "json", str(tmp_path))
    [entry] = json.loads(result.stdout)["files"]
    assert entry["path"].endswith("r\ufffdply.txt") and entry["findings"]


def test_user_regex_that_could_hang_is_refused(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(
        '[meta]\nlang = "en"\n\n[blame]\npatterns = [["/(a+)+b/", "aaab"]]\n'
    )
    (tmp_path / ".replylint.toml").write_text('extra-lexicons = ["team.toml"]\n')
    (tmp_path / "x.txt").write_text("Hi Ann,\n" + "a" * 60 + "\n")
    result = cli("check", "x.txt", cwd=tmp_path)
    assert result.returncode == 2 and b"exponential time" in result.stderr


def test_killed_hook_leaves_the_message_with_the_client(tmp_path: Path) -> None:
    """A hook killed mid-check sends nothing and exits non-zero: the client keeps the mail."""
    sink = tmp_path / "sink"
    exe = Path(sys.executable).with_name("replylint")
    command = [
        "timeout",
        "-s",
        "KILL",
        "0.3",
        str(exe),
        "sendmail",
        "--",
        sys.executable,
        "-c",
        f"open({str(sink)!r}, 'wb').write(b'sent')",
    ]
    result = subprocess.run(command, input=b"Subject: x\n\nHi", capture_output=True, check=False)
    assert result.returncode != 0 and not sink.exists()


@pytest.mark.parametrize(
    "path", sorted((Path(__file__).parent / "fuzz_regressions").iterdir()), ids=lambda p: p.name
)
def test_fuzzer_findings_stay_fixed(path: Path) -> None:
    """Inputs the atheris fuzzer crashed the readers with (see fuzz/)."""
    fmt = {".eml": "eml", ".html": "html", ".j2": "jinja"}[path.suffix]
    lint_bytes(path.read_bytes(), fmt)
