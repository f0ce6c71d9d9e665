"""`--format template --template FILE`: the user's own Jinja2 template renders the report.

It receives the same data as the JSON format (`version`, `files`, `summary`),
runs in Jinja2's sandbox, and is autoescaped when its name ends in .html or .xml
(also before a .j2/.jinja suffix). The sandbox stops attribute escapes, not
resource use, so rendering is also bounded: sequence repetition and integer powers
that would build huge values are refused, the output is capped, and on POSIX the
render has a time limit. Whatever goes wrong is one line naming the template.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from replylint.files import UnreadableFile, read_regular_text
from replylint.linter import FileResult
from replylint.reporters import TemplateReportError
from replylint.reporters.json_report import document, entry, report_data

__all__ = ["TemplateReportError", "render_user_template"]

MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_OUTPUT_CHARS = 64 * 1024 * 1024
MAX_VALUE_LENGTH = 16 * 1024 * 1024  # a string or list a template may build with `*`
MAX_POWER_BITS = 1 << 16  # an integer a template may build with `**`
TIME_LIMIT_SECONDS = 30.0


class _RenderTimeout(Exception):
    pass


class _BoundedSandbox(SandboxedEnvironment):
    """The sandbox, with `*` and `**` checked before they build a gigantic value."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | bytes | list | tuple)
                    and isinstance(count, int)
                    and len(sequence) * max(count, 0) > MAX_VALUE_LENGTH
                ):
                    raise jinja2.sandbox.SecurityError("repetition builds a value too large")
        if (
            operator == "**"
            and isinstance(left, int)
            and isinstance(right, int)
            and abs(left) > 1
            and right * abs(left).bit_length() > MAX_POWER_BITS
        ):
            raise jinja2.sandbox.SecurityError("power builds a number too large")
        return super().call_binop(context, operator, left, right)


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """SIGALRM-based limit where it is available (POSIX, main thread); else no limit."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise _RenderTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _render(template: jinja2.Template, data: dict) -> str:
    chunks: list[str] = []
    size = 0
    for chunk in template.generate(**data):
        size += len(chunk)
        if size > MAX_OUTPUT_CHARS:
            raise TemplateReportError(f"report is longer than {MAX_OUTPUT_CHARS} characters")
        chunks.append(chunk)
    return "".join(chunks)


class TemplateReport:
    """`--format template`: the template receives the JSON report's data, so each file's
    entry (its findings and notes, not its text) is held until the end."""

    def __init__(self, template_path: Path) -> None:
        self.template_path = template_path
        self.files: list[dict] = []
        self.summary = {"files": 0, "findings": 0, "errors": 0}

    def add(self, r: FileResult) -> str:
        self.summary["files"] += r.member is None
        self.summary["findings"] += len(r.findings)
        self.summary["errors"] += bool(r.error)
        self.files.append(entry(r))
        return ""

    def finish(self) -> str:
        return render_user_template([], self.template_path, data=document(self.files, self.summary))


def render_user_template(
    results: list[FileResult],
    template_path: Path,
    time_limit: float = TIME_LIMIT_SECONDS,
    *,
    data: dict | None = None,
) -> str:
    """`results` (or the report `data` already made of them) through the template."""
    name = template_path.name.lower()
    for suffix in (".j2", ".jinja", ".jinja2"):
        name = name.removesuffix(suffix)
    environment = _BoundedSandbox(
        autoescape=name.endswith((".html", ".htm", ".xml")),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    try:
        source = read_regular_text(template_path, MAX_TEMPLATE_BYTES)
        template = environment.from_string(source)
        with _time_limit(time_limit):
            return _render(template, report_data(results) if data is None else data)
    except TemplateReportError as exc:
        raise TemplateReportError(f"{template_path}: {exc}") from None
    except UnreadableFile as exc:
        raise TemplateReportError(f"{template_path}: {exc}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateReportError(f"{template_path}:{exc.lineno}: {exc.message}") from None
    except _RenderTimeout:
        raise TemplateReportError(
            f"{template_path}: rendering took longer than {time_limit:g} s; stopped"
        ) from None
    except RecursionError:
        raise TemplateReportError(
            f"{template_path}: recursion too deep (a recursive macro?)"
        ) from None
    except MemoryError:
        raise TemplateReportError(f"{template_path}: out of memory while rendering") from None
    except Exception as exc:  # noqa: BLE001 - the user's template; any failure is theirs
        message = (str(exc).splitlines() or [""])[0][:200]
        line = _template_line(exc)
        where = f"{template_path}:{line}" if line else str(template_path)
        raise TemplateReportError(f"{where}: {type(exc).__name__}: {message}") from None


def _template_line(exc: BaseException) -> int | None:
    """The template line a render error came from: Jinja2 rewrites the traceback so the
    template's frames carry its own file name and line numbers."""
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == "<template>":
            line = lineno
    return line
