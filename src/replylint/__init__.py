"""replylint: lint customer-support reply drafts before they are sent.

Importing this package is cheap: spaCy loads only when a draft is analysed.
"""

from __future__ import annotations

from pathlib import Path

from replylint.findings import Finding, Severity

__version__ = "0.1.0"
__all__ = ["Finding", "Severity", "lint_text", "lint_path", "__version__"]


def lint_text(text: str, lang: str | None = None, context: str | None = None) -> list[Finding]:
    """Lint a plain-text draft; `lang` and `context` ('failure'/'neutral') skip detection."""
    from replylint.linter import lint_document
    from replylint.sources.plain import read_plain_text

    return lint_document(read_plain_text(text, "<text>"), lang=lang, context=context).findings


def lint_path(
    path: str | Path, lang: str | None = None, context: str | None = None
) -> list[Finding]:
    """Lint a draft file; raises replylint.sources.SourceError when it cannot be read."""
    from replylint.linter import lint_documents
    from replylint.sources import read_path

    documents = read_path(Path(path))
    return lint_documents(documents, lang=lang, context=context).findings
