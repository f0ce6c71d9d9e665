"""`--format template --template FILE`: the user's own Jinja2 template renders the report.

It receives the same data as the JSON format (`version`, `files`, `summary`),
runs in Jinja2's sandbox, and is autoescaped when its name ends in .html or .xml
(also before a .j2/.jinja suffix).
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from replylint.linter import FileResult
from replylint.reporters import TemplateReportError
from replylint.reporters.json_report import report_data

__all__ = ["TemplateReportError", "render_user_template"]


def render_user_template(results: list[FileResult], template_path: Path) -> str:
    name = template_path.name.lower()
    for suffix in (".j2", ".jinja", ".jinja2"):
        name = name.removesuffix(suffix)
    environment = SandboxedEnvironment(
        autoescape=name.endswith((".html", ".htm", ".xml")),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    try:
        source = template_path.read_text(encoding="utf-8")
        template = environment.from_string(source)
        return template.render(**report_data(results))
    except OSError as exc:
        raise TemplateReportError(f"{template_path}: {exc.strerror or exc}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateReportError(f"{template_path}:{exc.lineno}: {exc.message}") from None
    except (jinja2.TemplateError, UnicodeDecodeError, TypeError, ValueError) as exc:
        raise TemplateReportError(f"{template_path}: {exc}") from None
