"""`replylint server` end to end: pygls's client drives the server over stdio through
initialize, didOpen, didChange, hover, codeAction and shutdown, in every language
and format, and the findings must be the ones `replylint check` reports."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from lsp_session import Session, apply_edits, units
from lsprotocol import types

from replylint.config import discover
from replylint.lexicon import load_builtin
from replylint.runner import RunOptions, check_one

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# (file, editor language id, draft language)
DRAFTS = [
    ("da-bad.txt", "plaintext", "da"),
    ("sv-bad.txt", "plaintext", "sv"),
    ("et-bad.txt", "plaintext", "et"),
    ("zh-bad.txt", "plaintext", "zh"),
    ("en-bad.txt", "plaintext", "en"),
    ("da-reply.eml", "mail", "da"),
    ("sv-reply.md", "markdown", "sv"),
    ("zh-reply.html", "html", "zh"),
    ("en-delay.txt.j2", "jinja", "en"),
]
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning}


def expected(path: Path, encoding: str = "utf-16") -> list[tuple]:
    """What `replylint check` reports for the file, as (code, severity, range, message)."""
    result = check_one(str(path), path, RunOptions(config=discover([str(path)])))
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for f in result.findings:
        start = (f.line - 1, units(lines[f.line - 1][: f.column - 1], encoding))
        end = (f.end_line - 1, units(lines[f.end_line - 1][: f.end_column - 1], encoding))
        out.append((f.rule, SEVERITY[f.severity.value], start, end, f.message, f.suggestion))
    return out


def seen(diagnostics: list[types.Diagnostic]) -> list[tuple]:
    out = []
    for d in diagnostics:
        message, _, help_text = d.message.partition("\nhelp: ")
        start, end = d.range.start, d.range.end
        out.append(
            (
                d.code,
                d.severity,
                (start.line, start.character),
                (end.line, end.character),
                message,
                help_text or None,
            )
        )
    return out


def run(scenario) -> None:
    asyncio.run(scenario())


def test_every_language_and_format_over_stdio(tmp_path: Path) -> None:
    for name, _, _ in DRAFTS:
        shutil.copy(EXAMPLES / name, tmp_path / name)

    async def scenario() -> None:
        session = Session()
        result = await session.start(root=tmp_path)
        assert result.capabilities.position_encoding == "utf-16"  # nothing offered: the default
        assert result.capabilities.hover_provider
        for name, language_id, lang in DRAFTS:
            path = tmp_path / name
            uri = path.as_uri()
            diagnostics = await session.open(path, language_id=language_id)
            assert seen(diagnostics) == expected(path), name
            assert diagnostics, name
            assert {d.source for d in diagnostics} == {"replylint"}

            # Hover: the rule, explained with the draft language's own advice.
            first = diagnostics[0]
            hover = await session.hover(uri, first.range.start)
            assert hover is not None, name
            assert f"replylint: {first.code}" in hover.contents.value
            advice = load_builtin(lang).rule_text(first.code, "suggestion")
            assert advice and advice in hover.contents.value, name

        # Code actions on the plain drafts: the suggested apology makes missing-apology go
        # away in every language; a line suppression silences exactly that finding.
        for name, _, _ in DRAFTS[:5]:
            path = tmp_path / name
            uri = path.as_uri()
            text = path.read_text(encoding="utf-8")
            diagnostics = await session.diagnostics(uri)
            apology = next(d for d in diagnostics if d.code == "missing-apology")
            actions = await session.actions(uri, apology)
            titles = [a.title for a in actions]
            assert "Disable missing-apology for line" in " ".join(titles)
            assert "Disable missing-apology for this file" in titles
            insert = next(a for a in actions if a.is_preferred)
            assert insert.diagnostics and insert.diagnostics[0].code == "missing-apology"
            fixed = apply_edits(text, insert.edit.changes[uri], "utf-16")
            after = await session.change(uri, fixed)
            codes = [d.code for d in after]
            assert "missing-apology" not in codes, (name, fixed)
            assert len(codes) == len(diagnostics) - 1, name

            target = after[-1]
            line_action = next(
                a for a in await session.actions(uri, target) if "for line" in a.title
            )
            silenced = apply_edits(fixed, line_action.edit.changes[uri], "utf-16")
            final = await session.change(uri, silenced)
            assert target.code not in [d.code for d in final], name
            assert "unused-suppression" not in [d.code for d in final], name

        code, stderr = await session.stop()
        assert code == 0
        assert "Traceback" not in stderr

    run(scenario)


CHINESE_AND_EMOJI = (
    "亲，您好呀～😊 您的包裹丢失了。🙏我已经跟您说过要填写正确地址。我们会尽快为您查询。\n"
    "\n"
    "Hi Ann, 🎉🎉 Great news! Your parcel 📦 was lost. As I already told you, "
    "we will get back to you as soon as possible.\n"
)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "utf-32"])
def test_columns_in_the_negotiated_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text(CHINESE_AND_EMOJI, encoding="utf-8")

    async def scenario() -> None:
        session = Session()
        offered = [encoding] if encoding == "utf-16" else [encoding, "utf-16"]
        result = await session.start(encodings=offered)
        assert result.capabilities.position_encoding == encoding
        uri = path.as_uri()
        diagnostics = await session.open(path)
        assert seen(diagnostics) == expected(path, encoding)
        # Code points and the client's units differ on these lines: the test means something.
        assert (expected(path, encoding) != expected(path, "utf-32")) == (encoding != "utf-32")

        # An incremental edit in the client's units: two emoji at the start of line 3.
        session.versions[uri] += 1
        insertion = types.Range(types.Position(2, 0), types.Position(2, 0))
        session.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(session.versions[uri], uri),
                [types.TextDocumentContentChangePartial(insertion, "🙂🙂")],
            )
        )
        moved = await session.diagnostics(uri, session.versions[uri])
        path.write_text(CHINESE_AND_EMOJI.replace("Hi Ann", "🙂🙂Hi Ann"), encoding="utf-8")
        assert seen(moved) == expected(path, encoding)
        shift = units("🙂🙂", encoding)
        before = {d.code: d.range.start.character for d in diagnostics if d.range.start.line == 2}
        after = {d.code: d.range.start.character for d in moved if d.range.start.line == 2}
        assert after == {code: column + shift for code, column in before.items()}

        # Hover right on the last character of a finding after the emoji, in client units.
        blame = next(d for d in moved if d.code == "customer-blame" and d.range.start.line == 2)
        inside = types.Position(2, blame.range.end.character - 1)
        hover = await session.hover(uri, inside)
        assert hover is not None and "customer-blame" in hover.contents.value
        assert hover.range == blame.range
        code, _ = await session.stop()
        assert code == 0

    run(scenario)
