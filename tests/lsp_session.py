"""A language client for the tests: pygls's own client driving `replylint server`
as a subprocess over stdio, the way an editor does."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

TIMEOUT = 60  # seconds; the first check loads spaCy and a pipeline


def server_command() -> list[str]:
    exe = Path(sys.executable).with_name("replylint")
    if exe.exists():
        return [str(exe), "server"]
    return [sys.executable, "-m", "replylint.cli", "server"]


def units(text: str, encoding: str) -> int:
    """Length of `text` in the unit an encoding counts (independent of the server's code)."""
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-16":
        return len(text.encode("utf-16-le")) // 2
    return len(text)


def offset_of(text: str, position: types.Position, encoding: str) -> int:
    lines = text.splitlines(keepends=True)
    offset = sum(len(line) for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    column = 0
    while column < len(line) and units(line[: column + 1], encoding) <= position.character:
        column += 1
    return offset + column


def apply_edits(text: str, edits: list[types.TextEdit], encoding: str) -> str:
    """Apply TextEdits (from the end backwards, as LSP clients do)."""
    spans = [
        (offset_of(text, e.range.start, encoding), offset_of(text, e.range.end, encoding), e)
        for e in edits
    ]
    for start, end, edit in sorted(spans, key=lambda s: s[0], reverse=True):
        text = text[:start] + edit.new_text + text[end:]
    return text


class Session:
    """One server process and what it has published."""

    def __init__(self) -> None:
        self.client = LanguageClient("replylint-tests", "1")
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = {}
        self.messages: list[types.ShowMessageParams] = []
        self.settings_answer: object = None
        self._arrived = asyncio.Event()
        self.versions: dict[str, int] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.published.setdefault(params.uri, []).append(params)
            self._arrived.set()

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def _message(params: types.ShowMessageParams) -> None:
            self.messages.append(params)

        @self.client.feature(types.WORKSPACE_CONFIGURATION)
        def _configuration(params: types.ConfigurationParams) -> list:
            return [self.settings_answer for _ in params.items]

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def _register(params: types.RegistrationParams) -> None:
            return None

    async def start(
        self,
        *,
        encodings: list[str] | None = None,
        options: object = None,
        root: Path | None = None,
        pull_settings: object = None,
        extra_args: tuple[str, ...] = (),
    ) -> types.InitializeResult:
        command = server_command()
        await self.client.start_io(command[0], *command[1:], *extra_args)
        self.settings_answer = pull_settings
        capabilities = types.ClientCapabilities(
            general=types.GeneralClientCapabilities(position_encodings=encodings)
            if encodings
            else None,
            workspace=types.WorkspaceClientCapabilities(
                configuration=pull_settings is not None,
                did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                    dynamic_registration=True
                ),
            ),
        )
        folders = [types.WorkspaceFolder(root.as_uri(), root.name)] if root else None
        result = await asyncio.wait_for(
            self.client.initialize_async(
                types.InitializeParams(
                    capabilities=capabilities,
                    initialization_options=options,
                    workspace_folders=folders,
                    root_uri=root.as_uri() if root else None,
                )
            ),
            TIMEOUT,
        )
        self.client.initialized(types.InitializedParams())
        return result

    async def diagnostics(self, uri: str, version: int | None = None) -> list[types.Diagnostic]:
        """Wait for diagnostics of `uri` (of `version`, when given) and return them."""

        def ready() -> types.PublishDiagnosticsParams | None:
            for params in reversed(self.published.get(uri, [])):
                if version is None or params.version == version:
                    return params
            return None

        async def wait() -> types.PublishDiagnosticsParams:
            while (found := ready()) is None:
                self._arrived.clear()
                await self._arrived.wait()
            return found

        return list((await asyncio.wait_for(wait(), TIMEOUT)).diagnostics)

    def count(self, uri: str) -> int:
        return len(self.published.get(uri, []))

    async def republished(self, uri: str, after: int) -> list[types.Diagnostic]:
        """Wait for the first diagnostics of `uri` published after `after` earlier ones."""

        async def wait() -> types.PublishDiagnosticsParams:
            while self.count(uri) <= after:
                self._arrived.clear()
                await self._arrived.wait()
            return self.published[uri][after]

        return list((await asyncio.wait_for(wait(), TIMEOUT)).diagnostics)

    async def open(self, path: Path, text: str | None = None, language_id: str = "plaintext"):
        uri = path.as_uri()
        text = path.read_text(encoding="utf-8") if text is None else text
        self.versions[uri] = 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, language_id, 1, text))
        )
        return await self.diagnostics(uri, 1)

    async def change(self, uri: str, text: str) -> list[types.Diagnostic]:
        self.versions[uri] += 1
        version = self.versions[uri]
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version, uri),
                [types.TextDocumentContentChangeWholeDocument(text)],
            )
        )
        return await self.diagnostics(uri, version)

    async def hover(self, uri: str, position: types.Position) -> types.Hover | None:
        return await asyncio.wait_for(
            self.client.text_document_hover_async(
                types.HoverParams(types.TextDocumentIdentifier(uri), position)
            ),
            TIMEOUT,
        )

    async def actions(self, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
        return list(
            await asyncio.wait_for(
                self.client.text_document_code_action_async(
                    types.CodeActionParams(
                        types.TextDocumentIdentifier(uri),
                        diagnostic.range,
                        types.CodeActionContext([diagnostic]),
                    )
                ),
                TIMEOUT,
            )
            or []
        )

    async def stop(self) -> tuple[int | None, str]:
        """shutdown, exit; the server's exit code and what it wrote to stderr."""
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        process = self.client._server
        try:
            await asyncio.wait_for(process.wait(), TIMEOUT)
        finally:
            stderr = (await process.stderr.read()).decode("utf-8", "replace")
            await self.client.stop()
        return process.returncode, stderr
