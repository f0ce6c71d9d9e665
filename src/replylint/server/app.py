"""The language server: pygls for the protocol, `checker` for the linting.

Checks run one at a time on a worker thread, so the event loop keeps answering
hover, code actions and shutdown while a large draft is checked; pipelines stay
loaded between checks. A change is checked at once when the buffer has been
quiet for the debounce interval, else once typing pauses for that long.
"""

from __future__ import annotations

import asyncio
import logging
import math
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from replylint import __version__
from replylint.config import CONFIG_NAMES
from replylint.findings import Finding, Severity
from replylint.server import actions as code_actions
from replylint.server.checker import (
    Checked,
    ClientSettings,
    ConfigCache,
    check_text,
    parse_client_settings,
)
from replylint.server.hover import hover_markdown
from replylint.server.positions import UTF16, from_client, split_lines, to_client

log = logging.getLogger("replylint.server")

_CONFIG_GLOBS = [f"**/{name}" for name in CONFIG_NAMES]
_RANK = {"warning": 1, "error": 2, "never": 3}


def _encoding(server: LanguageServer) -> str:
    try:
        value = server.workspace.position_encoding
    except RuntimeError:  # before initialize
        return UTF16
    return str(getattr(value, "value", value) or UTF16)


def _position(lines: list[str], line: int, column: int, encoding: str) -> types.Position:
    """An LSP position for a 0-based line and code-point column, clamped to the text."""
    row = max(0, min(line, len(lines) - 1))
    text = lines[row]
    return types.Position(row, to_client(text, max(0, min(column, len(text))), encoding))


def finding_range(finding: Finding, lines: list[str], encoding: str) -> types.Range:
    start = _position(lines, finding.line - 1, finding.column - 1, encoding)
    end = _position(lines, finding.end_line - 1, finding.end_column - 1, encoding)
    return types.Range(start, end)


def lsp_severity(finding: Finding, fail_on: str) -> types.DiagnosticSeverity:
    """Error and Warning as the finding says; below the `fail-on` threshold a finding
    is shown as Information (visible, but not something that stops the reply)."""
    if finding.severity.rank < _RANK[fail_on]:
        return types.DiagnosticSeverity.Information
    if finding.severity is Severity.ERROR:
        return types.DiagnosticSeverity.Error
    return types.DiagnosticSeverity.Warning


def diagnostics_for(checked: Checked, encoding: str) -> list[types.Diagnostic]:
    """The findings `check` would report, at the same places, in the client's units."""
    lines = split_lines(checked.text)
    if checked.error is not None:
        whole_first_line = types.Range(
            types.Position(0, 0), _position(lines, 0, len(lines[0]), encoding)
        )
        return [
            types.Diagnostic(
                whole_first_line,
                f"replylint could not check this draft: {checked.error}",
                severity=types.DiagnosticSeverity.Error,
                code=checked.error_code,
                source="replylint",
            )
        ]
    diagnostics = []
    for finding in checked.findings:
        message = finding.message
        if finding.suggestion:
            message += f"\nhelp: {finding.suggestion}"
        diagnostics.append(
            types.Diagnostic(
                finding_range(finding, lines, encoding),
                message,
                severity=lsp_severity(finding, checked.fail_on),
                code=finding.rule,
                source="replylint",
                data={"language": checked.language, "suggestion": finding.suggestion},
            )
        )
    for notice in checked.notices:
        diagnostics.append(
            types.Diagnostic(
                types.Range(types.Position(0, 0), types.Position(0, 0)),
                notice,
                severity=types.DiagnosticSeverity.Information,
                code="notice",
                source="replylint",
            )
        )
    return diagnostics


def _contains(finding: Finding, line: int, column: int) -> bool:
    """Whether a 1-based (line, code-point column) lies in the finding's span."""
    start, end = (finding.line, finding.column), (finding.end_line, finding.end_column)
    return start <= (line, column) <= end


def _overlaps(finding: Finding, start: tuple[int, int], end: tuple[int, int]) -> bool:
    return (finding.line, finding.column) <= end and start <= (
        finding.end_line,
        finding.end_column,
    )


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, but a request whose params cannot be read gets an error
    response (pygls drops it, leaving the client waiting for an answer forever)."""

    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data.get("id"), (int, str)) and isinstance(data.get("method"), str):
                self._send_response(
                    data["id"],
                    error=types.ResponseError(exc.code, f"{exc.message or 'invalid request'}"),
                )
            raise


class ReplylintServer(LanguageServer):
    """pygls's server plus what replylint keeps between messages."""

    def __init__(self, debounce_ms: int | None = None) -> None:
        super().__init__("replylint", __version__, protocol_cls=_Protocol)
        self.settings = ClientSettings()
        self.fixed_debounce_ms = debounce_ms
        self.configs = ConfigCache()
        self.checked: dict[str, Checked] = {}
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._running: set[str] = set()
        self._again: set[str] = set()
        self._last_start: dict[str, float] = {}
        # One worker: checks are serialised (spaCy pipelines are shared), and the
        # event loop stays free to answer while one runs.
        self.checks = ThreadPoolExecutor(max_workers=1, thread_name_prefix="replylint-check")

    @property
    def debounce(self) -> float:
        ms = self.fixed_debounce_ms
        return (self.settings.debounce_ms if ms is None else ms) / 1000

    def apply_settings(self, raw: object) -> None:
        settings, problems = parse_client_settings(raw)
        self.settings = settings
        for problem in problems:
            log.warning("%s", problem)
            self.window_show_message(
                types.ShowMessageParams(types.MessageType.Warning, f"replylint: {problem}")
            )

    def open_uris(self) -> list[str]:
        return list(self.workspace.text_documents)

    def schedule(self, uri: str, *, now: bool = False) -> None:
        """Check `uri` soon: at once after a quiet spell, else when typing pauses."""
        loop = asyncio.get_running_loop()
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        quiet = loop.time() - self._last_start.get(uri, -math.inf) >= self.debounce
        delay = 0.0 if now or (quiet and uri not in self._running) else self.debounce
        self._timers[uri] = loop.call_later(delay, self._start, uri)

    def _start(self, uri: str) -> None:
        self._timers.pop(uri, None)
        if uri not in self.workspace.text_documents:
            return
        if uri in self._running:
            self._again.add(uri)
            return
        document = self.workspace.text_documents[uri]
        path = to_fs_path(uri) if uri.startswith("file:") else None
        folders = [to_fs_path(f.uri) for f in self.workspace.folders.values()]
        fallback = next((Path(f) for f in folders if f), None)
        if fallback is None and self.workspace.root_path:
            fallback = Path(self.workspace.root_path)
        loop = asyncio.get_running_loop()
        self._running.add(uri)
        self._last_start[uri] = loop.time()
        future = loop.run_in_executor(
            self.checks,
            lambda: check_text(
                uri,
                document.version,
                document.source,
                path=Path(path) if path else None,
                language_id=document.language_id,
                settings=self.settings,
                configs=self.configs,
                fallback_dir=fallback,
            ),
        )
        future.add_done_callback(lambda done: self._finish(uri, done))

    def _finish(self, uri: str, done: asyncio.Future) -> None:
        self._running.discard(uri)
        if done.cancelled():
            return
        if done.exception() is not None:  # check_text catches everything; belt and braces
            log.error("checking %s failed: %s", uri, done.exception())
            return
        checked: Checked = done.result()
        document = self.workspace.text_documents.get(uri)
        if document is None:
            return
        if uri in self._again:
            self._again.discard(uri)
            self.schedule(uri, now=True)
        if checked.version != document.version:
            return  # the buffer moved on; its own check is scheduled
        self.checked[uri] = checked
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri, diagnostics_for(checked, _encoding(self)), version=checked.version
            )
        )

    def recheck_all(self, *, forget_configs: bool) -> None:
        if forget_configs:
            self.checks.submit(self.configs.clear)
        for uri in self.open_uris():
            self.schedule(uri, now=True)

    def forget(self, uri: str) -> None:
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        self.checked.pop(uri, None)
        self._again.discard(uri)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    def current(self, uri: str) -> Checked | None:
        """The last check of `uri`, if it is of the buffer's present text."""
        checked = self.checked.get(uri)
        document = self.workspace.text_documents.get(uri)
        if checked is None or document is None or checked.version != document.version:
            return None
        return checked

    def report_server_error(self, error: Exception, source: Any) -> None:
        """Garbage from the client is logged in one line, not shown as a pop-up."""
        log.warning("ignored a message the server could not handle: %s", error)


def _is_config(uri: str) -> bool:
    return uri.rsplit("/", 1)[-1] in CONFIG_NAMES


def _client_supports(server: LanguageServer, dotted: str) -> bool:
    value: Any = server.client_capabilities
    for name in dotted.split("."):
        value = getattr(value, name, None)
        if value is None:
            return False
    return bool(value)


def _to_lsp_edit(edit: code_actions.Edit, lines: list[str], encoding: str) -> types.TextEdit:
    return types.TextEdit(
        types.Range(
            _position_unclamped(lines, *edit.start, encoding),
            _position_unclamped(lines, *edit.end, encoding),
        ),
        edit.text,
    )


def _position_unclamped(lines: list[str], line: int, column: int, encoding: str):
    """Like _position, but a line just past the end stays there (to delete a last line)."""
    if line >= len(lines):
        return types.Position(len(lines), 0)
    return _position(lines, line, column, encoding)


def create_server(debounce_ms: int | None = None) -> ReplylintServer:
    """A server with every feature registered; `debounce_ms` overrides the setting."""
    server = ReplylintServer(debounce_ms)

    @server.feature(types.INITIALIZE)
    def initialize(ls: ReplylintServer, params: types.InitializeParams) -> None:
        ls.apply_settings(params.initialization_options)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: ReplylintServer, params: types.InitializedParams) -> None:
        if _client_supports(ls, "workspace.did_change_watched_files.dynamic_registration"):
            watchers = [types.FileSystemWatcher(glob_pattern=g) for g in _CONFIG_GLOBS]
            registration = types.Registration(
                id="replylint-config-files",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers),
            )
            ls.client_register_capability(types.RegistrationParams([registration]))
        if _client_supports(ls, "workspace.configuration"):
            await _pull_settings(ls)

    async def _pull_settings(ls: ReplylintServer) -> None:
        try:
            answer = await asyncio.wait_for(
                ls.workspace_configuration_async(
                    types.ConfigurationParams([types.ConfigurationItem(section="replylint")])
                ),
                timeout=5,
            )
        except Exception as exc:  # noqa: BLE001 - a client that cannot answer keeps its settings
            log.warning("workspace/configuration failed: %s", exc)
            return
        if answer and answer[0]:
            ls.apply_settings(answer[0])
            ls.recheck_all(forget_configs=False)

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def changed_configuration(
        ls: ReplylintServer, params: types.DidChangeConfigurationParams
    ) -> None:
        if params.settings:
            ls.apply_settings(params.settings)
            ls.recheck_all(forget_configs=False)
        elif _client_supports(ls, "workspace.configuration"):
            await _pull_settings(ls)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def changed_files(ls: ReplylintServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.recheck_all(forget_configs=True)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ReplylintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, now=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ReplylintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: ReplylintServer, params: types.DidSaveTextDocumentParams) -> None:
        if _is_config(params.text_document.uri):
            ls.recheck_all(forget_configs=True)
        else:
            ls.schedule(params.text_document.uri, now=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ReplylintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: ReplylintServer, params: types.HoverParams) -> types.Hover | None:
        checked = ls.current(params.text_document.uri)
        if checked is None or not checked.findings:
            return None
        lines = split_lines(checked.text)
        row = params.position.line
        if row >= len(lines):
            return None
        column = from_client(lines[row], params.position.character, _encoding(ls)) + 1
        hits = [f for f in checked.findings if _contains(f, row + 1, column)]
        if not hits:
            return None
        text = "\n\n---\n\n".join(hover_markdown(f, checked.language) for f in hits)
        return types.Hover(
            types.MarkupContent(types.MarkupKind.Markdown, text),
            finding_range(hits[0], lines, _encoding(ls)),
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(
        ls: ReplylintServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        checked = ls.current(uri)
        if checked is None:
            return None
        encoding = _encoding(ls)
        lines = split_lines(checked.text)
        rng = params.range

        def point(position: types.Position) -> tuple[int, int]:
            row = min(position.line, len(lines) - 1)
            return row + 1, from_client(lines[row], position.character, encoding) + 1

        start, end = point(rng.start), point(rng.end)
        result = []
        for finding in checked.findings:
            if not _overlaps(finding, start, end):
                continue
            diagnostic = next(
                (
                    d
                    for d in diagnostics_for(checked, encoding)
                    if d.code == finding.rule and d.range == finding_range(finding, lines, encoding)
                ),
                None,
            )
            for action in code_actions.actions_for(finding, checked.text, checked.fmt):
                edits = [_to_lsp_edit(e, lines, encoding) for e in action.edits]
                result.append(
                    types.CodeAction(
                        action.title,
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic] if diagnostic else None,
                        is_preferred=action.preferred or None,
                        edit=types.WorkspaceEdit(changes={uri: edits}),
                    )
                )
        return result

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: ReplylintServer, params: None) -> None:
        for timer in ls._timers.values():
            timer.cancel()
        ls._timers.clear()
        ls.checks.shutdown(wait=False, cancel_futures=True)

    return server


class _OneLine(logging.Formatter):
    """Log records on one line each: an exception is named, never printed as a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        lines = super().format(record).splitlines()
        message = lines[0] if lines else ""
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            message += f" ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
        return message

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return ""

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging's name
        return ""


def serve(log_file: Path | None = None, debounce_ms: int | None = None, verbose: bool = False):
    """Run the server on stdin/stdout until the client says exit or goes away."""
    handler: logging.Handler = (
        logging.FileHandler(log_file, encoding="utf-8") if log_file else logging.StreamHandler()
    )
    handler.setFormatter(_OneLine("replylint server: %(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    create_server(debounce_ms).start_io()
