"""Mail archives as input: an mbox message by message (streamed), a Maildir's messages,
and runs that find nothing to check saying so."""

from __future__ import annotations

import email.message
import json
import mailbox
from pathlib import Path

from helpers import cli

from replylint.archives import read_mbox

GOOD = (
    "Hi Ann,\n\nWe're so sorry your parcel is late. It will arrive by Friday.\n"
    "From now on we will ship faster.\n"
)
BAD = "Hej Jens,\n\nSom jeg allerede har skrevet, burde du have læst betingelserne.\n"
BAD_LINE = "Som jeg allerede har skrevet, burde du have læst betingelserne."


def _message(index: int, body: str) -> email.message.EmailMessage:
    message = email.message.EmailMessage()
    message["From"] = "Support <support@example.com>"
    message["To"] = "customer@example.com"
    message["Subject"] = f"Re: case {index}"
    message["Message-ID"] = f"<case{index}@example.com>"
    message.set_content(body)
    return message


def _mbox(path: Path, bodies: list[str]) -> Path:
    """An mbox as Python's mailbox writes it (mboxo: body 'From ' lines quoted)."""
    box = mailbox.mbox(str(path))
    for index, body in enumerate(bodies, 1):
        box.add(_message(index, body))
    box.flush()
    box.close()
    return path


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if text in line)


def test_each_message_of_an_mbox_is_checked(tmp_path: Path) -> None:
    archive = _mbox(tmp_path / "sent.mbox", [GOOD, BAD, GOOD])
    result = cli("check", str(archive))
    out = result.stdout.decode()
    assert result.returncode == 1, out
    line = _line_of(archive, BAD_LINE)
    assert f"sent.mbox:{line}:1: error [customer-blame]" in out
    assert "(message 2 <case2@example.com>)" in out and f"    {BAD_LINE}" in out
    assert "in 1 file (3 archived messages)" in out
    assert "message 1" not in out and "message 3" not in out


def test_json_names_the_message_and_its_line(tmp_path: Path) -> None:
    archive = _mbox(tmp_path / "sent.mbox", [GOOD, BAD])
    data = json.loads(cli("check", "--format", "json", str(archive)).stdout)
    entries = {e.get("message", {}).get("index"): e for e in data["files"]}
    assert entries[None]["messages"] == 2 and entries[None]["error"] is None
    bad = entries[2]
    start = _line_of(archive, "Subject: Re: case 2") - 2  # From:, To:, then Subject:
    assert bad["message"] == {"index": 2, "message_id": "<case2@example.com>", "line": start}
    assert {f["line"] for f in bad["findings"]} == {_line_of(archive, BAD_LINE)}
    assert data["summary"]["files"] == 1


def test_mbox_on_stdin(tmp_path: Path) -> None:
    data = _mbox(tmp_path / "sent", [BAD, GOOD]).read_bytes()
    for args in (("--stdin-format", "mbox"), ()):
        result = cli("check", *args, "-", stdin=data)
        assert result.returncode == 1
        assert b"(message 1 <case1@example.com>)" in result.stdout


def test_mbox_without_suffix_is_recognised(tmp_path: Path) -> None:
    archive = _mbox(tmp_path / "Sent", [GOOD, BAD])
    assert b"(message 2 <case2@example.com>)" in cli("check", str(archive)).stdout


def test_messages_with_nothing_to_check_are_counted_not_failed(tmp_path: Path) -> None:
    archive = _mbox(tmp_path / "sent.mbox", [GOOD, "> only a quote\n", GOOD])
    result = cli("check", str(archive))
    assert result.returncode == 0, result.stdout
    assert b"note: 1 message(s) with no draft text to check: 2" in result.stdout


def test_a_message_over_the_size_limit_is_named_and_the_rest_checked(tmp_path: Path) -> None:
    (tmp_path / ".replylint.toml").write_text('max-file-size = "2KB"\n')
    archive = _mbox(tmp_path / "sent.mbox", [GOOD + "padding\n" * 400, BAD])
    out = cli("check", str(archive)).stdout.decode()
    assert "sent.mbox: error: message 1 <case1@example.com> (line 2):" in out
    assert "over the 2048-byte limit" in out and "(message 2 <case2@example.com>)" in out


def test_not_an_mbox(tmp_path: Path) -> None:
    (tmp_path / "x.mbox").write_text("just some text\n")
    result = cli("check", str(tmp_path / "x.mbox"))
    assert result.returncode == 2 and b"no messages in this mbox" in result.stdout


def test_mbox_is_streamed() -> None:
    """Messages come out while the archive is still being read, one at a time."""
    read: list[int] = []

    def lines():
        for index in range(1, 1_000_000):
            read.append(index)
            yield b"From someone Mon Jan  1 00:00:00 2024\n"
            yield from (f"Subject: {index}\n".encode(), b"\n", f"body {index}\n".encode(), b"\n")

    messages = read_mbox(lines(), max_bytes=1000)
    first = next(messages)
    assert first.index == 1 and b"body 1" in first.data and len(read) == 2
    second = next(messages)
    assert second.index == 2 and second.line == 7 and not second.data.endswith(b"\n\n")


def test_mboxrd_quoting_is_undone() -> None:
    lines = [b"From a Mon Jan  1 00:00:00 2024\n", b"Subject: x\n", b"\n", b">From here\n"]
    (message,) = read_mbox(lines, max_bytes=1000)
    assert message.data.endswith(b"\nFrom here\n")


def test_maildir_messages_are_checked_and_tmp_is_not(tmp_path: Path) -> None:
    box = mailbox.Maildir(str(tmp_path / "Mail"), create=True)
    box.add(_message(1, GOOD))
    key = box.add(_message(2, BAD))
    moved = box[key]
    moved.set_subdir("cur")
    box[key] = moved
    (tmp_path / "Mail" / "tmp" / "half-written").write_text(
        "From: a@example.com\nTo: b@example.com\n\nAs I already told you, read the FAQ.\n"
    )
    result = cli("check", str(tmp_path / "Mail"))
    out = result.stdout.decode()
    assert result.returncode == 1 and "in 2 files" in out
    assert "/cur/" in out and "[customer-blame]" in out and "half-written" not in out


def test_a_run_that_finds_nothing_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = cli("check", str(tmp_path / "empty"))
    assert result.returncode == 0
    assert f"warning: no drafts found in {tmp_path / 'empty'}".encode() in result.stderr
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(BAD)
    filtered = cli("check", "--include", "*.md", str(tmp_path / "drafts"))
    assert b"no drafts found in" in filtered.stderr and b"--include" in filtered.stderr
    assert b"warning" not in cli("check", str(tmp_path / "drafts")).stderr
    missing = cli("check", str(tmp_path / "nope"))
    assert missing.returncode == 2 and b"no such file or directory" in missing.stdout
