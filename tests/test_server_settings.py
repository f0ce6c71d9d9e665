"""The server's settings: config discovery as `check` does it, re-read on change,
and the editor's own overrides; and robustness against what a client may send."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from lsp_session import Session, server_command
from lsprotocol import types

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(scenario) -> None:
    asyncio.run(scenario())


def codes(diagnostics: list[types.Diagnostic]) -> dict[str, types.DiagnosticSeverity]:
    return {d.code: d.severity for d in diagnostics}


def test_config_per_folder_and_file_is_reread_when_it_changes(tmp_path: Path) -> None:
    team = tmp_path / "team"
    (team / "marketing").mkdir(parents=True)
    other = tmp_path / "other"
    other.mkdir()
    config = team / ".replylint.toml"
    config.write_text(
        'severity = { breezy-opener = "off" }\n[per-file."marketing/*"]\ncontext = "neutral"\n',
        encoding="utf-8",
    )
    for where in (team, team / "marketing", other):
        shutil.copy(EXAMPLES / "en-bad.txt", where / "reply.txt")

    async def scenario() -> None:
        session = Session()
        await session.start(root=team)
        in_team = team / "reply.txt"
        found = codes(await session.open(in_team))
        assert "breezy-opener" not in found and "missing-apology" in found
        # The per-file section: failure-only rules are quiet in a neutral context.
        assert "missing-apology" not in codes(await session.open(team / "marketing" / "reply.txt"))
        # A file outside the folder has no config: every rule speaks.
        assert "breezy-opener" in codes(await session.open(other / "reply.txt"))

        # Edited on disk and reported by the client: checked again with the new file.
        uri = in_team.as_uri()
        before = session.count(uri)
        config.write_text('severity = { missing-response-time = "error" }\n', encoding="utf-8")
        session.client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                [types.FileEvent(config.as_uri(), types.FileChangeType.Changed)]
            )
        )
        found = codes(await session.republished(uri, before))
        assert found["breezy-opener"] == types.DiagnosticSeverity.Warning
        assert found["missing-response-time"] == types.DiagnosticSeverity.Error

        # Broken config, noticed on the next change without any notification: one
        # diagnostic naming the file and line, and the server keeps going.
        config.write_text('lang = "xx"\n', encoding="utf-8")
        os.utime(config, (time.time() + 5, time.time() + 5))
        broken = await session.change(uri, in_team.read_text(encoding="utf-8") + "\n")
        assert len(broken) == 1 and broken[0].code == "config-error"
        assert f"{config.resolve()}:1:" in broken[0].message

        # Fixed, then saved in the editor: every open draft is checked again.
        config.write_text('fail-on = "error"\n', encoding="utf-8")
        before = session.count(uri)
        session.client.text_document_did_save(
            types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(config.as_uri()))
        )
        found = codes(await session.republished(uri, before))
        # fail-on = error: warnings are shown, as information.
        assert found["breezy-opener"] == types.DiagnosticSeverity.Information
        assert found["missing-apology"] == types.DiagnosticSeverity.Error
        assert (await session.stop())[0] == 0

    run(scenario)


def test_editor_settings_override_lang_context_and_severity(tmp_path: Path) -> None:
    draft = tmp_path / "reply.txt"
    shutil.copy(EXAMPLES / "da-bad.txt", draft)

    async def scenario() -> None:
        session = Session()
        options = {"replylint": {"context": "neutral", "severity": {"customer-blame": "off"}}}
        await session.start(options=options)
        uri = draft.as_uri()
        found = codes(await session.open(draft))
        assert set(found) == {"missing-response-time"}  # neutral: failure-only rules quiet

        before = session.count(uri)
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(
                {"replylint": {"failOn": "error", "severity": {"breezy-opener": "error"}}}
            )
        )
        found = codes(await session.republished(uri, before))
        assert found["breezy-opener"] == types.DiagnosticSeverity.Error
        assert found["missing-response-time"] == types.DiagnosticSeverity.Information

        # Settings are replaced as a whole; a bad value is reported and the rest applies.
        before = session.count(uri)
        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams({"replylint": {"lang": "de", "context": "neutral"}})
        )
        found = codes(await session.republished(uri, before))
        assert set(found) == {"missing-response-time", "customer-blame"}
        assert any("'lang'" in m.message for m in session.messages)
        assert (await session.stop())[0] == 0

    run(scenario)


def test_settings_pulled_with_workspace_configuration(tmp_path: Path) -> None:
    draft = tmp_path / "reply.txt"
    shutil.copy(EXAMPLES / "da-bad.txt", draft)

    async def scenario() -> None:
        session = Session()
        await session.start(pull_settings={"severity": {"missing-apology": "off"}})
        uri = draft.as_uri()
        await session.open(draft)
        # The answer to the server's workspace/configuration request may come after the
        # first check; the check after it has no missing-apology.
        deadline = time.monotonic() + 30
        while "missing-apology" in codes(session.published[uri][-1].diagnostics):
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        assert "customer-blame" in codes(session.published[uri][-1].diagnostics)
        assert (await session.stop())[0] == 0

    run(scenario)


def _frame(payload: dict | bytes) -> bytes:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _read_messages(stream, want: int, timeout: float = 60) -> list[dict]:
    """Read framed messages until `want` diagnostics notifications have arrived."""
    messages: list[dict] = []
    deadline = time.monotonic() + timeout
    while sum(m.get("method") == "textDocument/publishDiagnostics" for m in messages) < want:
        assert time.monotonic() < deadline, messages
        length = 0
        while (line := stream.readline()) not in (b"\r\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        assert line, "server closed its output"
        messages.append(json.loads(stream.read(length)))
    return messages


def test_garbage_unreadable_drafts_and_a_vanishing_client(tmp_path: Path) -> None:
    """Raw bytes on the wire: nothing a client sends makes the server crash, a draft it
    cannot read gets one diagnostic saying why, and closing the pipe ends it cleanly."""
    process = subprocess.Popen(
        server_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin and process.stdout
    send = [
        b"this is not a header\r\n\r\n",
        _frame(b"{not json"),
        _frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        _frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        _frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"x": 1}}),
        _frame({"jsonrpc": "2.0", "id": 3, "method": "no/such/method", "params": {}}),
        _frame([1, 2, 3]),
    ]
    drafts = {
        "binary.txt": "\x00\x01\x02 not a draft",
        "broken.html.j2": "Hi {{ name\n{% if %}",
        "empty.txt": "   \n",
        "ok.txt": (EXAMPLES / "en-bad.txt").read_text(encoding="utf-8"),
    }
    for name, text in drafts.items():
        item = {"uri": (tmp_path / name).as_uri(), "languageId": "", "version": 1, "text": text}
        send.append(
            _frame(
                {
                    "jsonrpc": "2.0",
                    "method": "textDocument/didOpen",
                    "params": {"textDocument": item},
                }
            )
        )
    process.stdin.write(b"".join(send))
    process.stdin.flush()
    messages = _read_messages(process.stdout, len(drafts))
    responses = {m["id"]: m for m in messages if "id" in m and "method" not in m}
    assert "capabilities" in responses[1]["result"]
    assert "error" in responses[2] and "error" in responses[3]
    published = {
        m["params"]["uri"].rsplit("/", 1)[1]: m["params"]["diagnostics"]
        for m in messages
        if m.get("method") == "textDocument/publishDiagnostics"
    }
    for name in ("binary.txt", "broken.html.j2", "empty.txt"):
        assert len(published[name]) == 1, name
        assert published[name][0]["code"] == "read-error"
    assert "NUL" in published["binary.txt"][0]["message"]
    assert "Jinja" in published["broken.html.j2"][0]["message"]
    assert "empty" in published["empty.txt"][0]["message"]
    assert "missing-apology" in {d["code"] for d in published["ok.txt"]}

    # The client goes away mid-session (no shutdown, no exit): the server ends by itself.
    change = {
        "jsonrpc": "2.0",
        "method": "textDocument/didChange",
        "params": {
            "textDocument": {"uri": (tmp_path / "ok.txt").as_uri(), "version": 2},
            "contentChanges": [{"text": drafts["ok.txt"] + "More text.\n"}],
        },
    }
    process.stdin.write(_frame(change))
    process.stdin.close()
    process.stdout.close()
    assert process.wait(timeout=30) is not None
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert "Traceback" not in stderr
