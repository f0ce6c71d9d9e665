"""One pass over one document: language, analysis, context, rules, positions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from replylint.analysis import Analysis, pipeline_for
from replylint.context import FailureContext, detect_context
from replylint.document import Document, DraftRun, LazyRuns
from replylint.durations import Duration
from replylint.findings import Finding
from replylint.language import SUPPORTED, LanguageGuess, detect_language
from replylint.lexicon import detection_data
from replylint.rules import ALL_RULES
from replylint.rules.base import RuleInput

_SIGNOFF_MAX_EXTRA_WORDS = 3
_SIGNATURE_MAX_LINES = 6
# A sign-off ends a body: above it stand at least this many words (a greeting alone is
# no body, so "Hi Sam,\n\nMany thanks for your email!!" is the draft, not its signature).
_SIGNOFF_MIN_BODY_WORDS = 6
_WORD = re.compile(r"\w+")
# How much quoted history the failure-context decision reads (the latest messages).
QUOTED_CHARS = 20_000


@dataclass(frozen=True)
class ArchiveMember:
    """Which message of a mail archive a result is about."""

    index: int  # 1-based
    line: int  # the archive line where the message starts
    message_id: str | None = None

    @property
    def label(self) -> str:
        return f"message {self.index}" + (f" {self.message_id}" if self.message_id else "")


@dataclass
class FileResult:
    """Everything known about one checked input (or one message of an archive)."""

    path: str
    language: str | None = None
    context: str | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    notices: list[str] = field(default_factory=list)
    original: str = field(default="", repr=False)
    member: ArchiveMember | None = None
    line_offset: int = 0  # archive lines before `original`: finding line N is its N - offset
    messages: int | None = None  # an archive's own entry: how many messages it held
    # What the HTML report shows as text: each alternative's draft (one per template
    # branch combination) with its way back to `original`, and the quoted message.
    drafts: list[Sequence[DraftRun]] = field(default_factory=list, repr=False)
    quoted: str = field(default="", repr=False)

    def line_text(self, lines: list[str], line: int) -> str | None:
        """The text of file line `line`, given `lines` = source_lines(self.original)."""
        index = line - 1 - self.line_offset
        return lines[index] if 0 <= index < len(lines) else None


@lru_cache(maxsize=1)
def language_markers() -> dict[str, frozenset[str]]:
    return {lang: detection_data(lang)[0] for lang in SUPPORTED}


@lru_cache(maxsize=1)
def language_alphabets() -> dict[str, str]:
    return {lang: detection_data(lang)[1] for lang in SUPPORTED}


def _signoff_cut(analysis: Analysis, text: str) -> int | None:
    """Where an obvious sign-off block ("Med venlig hilsen,\\nAnna") starts, if any."""
    for match in analysis.of("signoff"):
        line_start = text.rfind("\n", 0, match.start_char) + 1
        if text[line_start : match.start_char].strip():
            continue
        line_end = text.find("\n", match.end_char)
        line_end = len(text) if line_end < 0 else line_end
        if len(_WORD.findall(text[match.end_char : line_end])) > _SIGNOFF_MAX_EXTRA_WORDS:
            continue
        remaining = [ln for ln in text[line_end:].splitlines() if ln.strip()]
        body_words = len(_WORD.findall(text, 0, line_start))
        if len(remaining) <= _SIGNATURE_MAX_LINES and body_words >= _SIGNOFF_MIN_BODY_WORDS:
            return line_start
    return None


def _latest_quoted(quoted: str) -> str:
    """The start of the quoted history, up to QUOTED_CHARS, cut at a line end: the
    customer's latest message comes first, and a long thread must not cost minutes."""
    if len(quoted) <= QUOTED_CHARS:
        return quoted
    cut = quoted.rfind("\n", 0, QUOTED_CHARS)
    return quoted[: cut if cut > 0 else QUOTED_CHARS]


def _from_hints(document: Document) -> LanguageGuess | None:
    """A short draft's language from Content-Language, else from the quoted message."""
    if document.hint_lang in SUPPORTED:
        return LanguageGuess(document.hint_lang, document.hint_lang, "content-language")
    if document.quoted.strip():
        quoted = detect_language(document.quoted, language_markers(), language_alphabets())
        if quoted.lang is not None:
            return LanguageGuess(quoted.lang, quoted.lang, "quoted")
    return None


def _selected(select: Iterable[str] | None, ignore: Iterable[str] | None):
    chosen = set(select) if select else None
    ignored = set(ignore or ())
    return [r for r in ALL_RULES if (chosen is None or r.id in chosen) and r.id not in ignored]


def lint_document(
    document: Document,
    *,
    lang: str | None = None,
    context: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    extra_lexicons: tuple[Path, ...] = (),
    max_response_time: Duration | None = None,
) -> FileResult:
    """Check one document and return its findings with positions in the original file."""
    result = FileResult(
        path=document.path,
        notices=list(document.notices),
        original=document.original,
        drafts=[LazyRuns(document.draft, document.origin)],
        quoted=document.quoted,
    )
    lang = lang or document.declared_lang
    if lang is None:
        guess = detect_language(document.draft, language_markers(), language_alphabets())
        if guess.lang is None and not guess.found:
            guess = _from_hints(document) or guess
        if guess.lang is None:
            result.notices.append(guess.notice or "language could not be determined")
            return result
        lang = guess.lang
    if lang not in SUPPORTED:  # never a file name: lexicons are looked up by language
        result.notices.append(f"language {lang!r} is not supported")
        return result
    result.language = lang
    pipeline = pipeline_for(lang, tuple(extra_lexicons))
    analysis = pipeline.analyse(document.draft)
    whole_draft = document.draft
    cut = _signoff_cut(analysis, document.draft)
    if cut is not None:
        document.trim_draft(cut)
        analysis = analysis.truncated(cut)
        result.drafts = [LazyRuns(document.draft, document.origin)]
    declared = context or document.declared_context

    def quoted() -> Analysis | None:
        return (
            pipeline.analyse(_latest_quoted(document.quoted)) if document.quoted.strip() else None
        )

    failure: FailureContext = detect_context(analysis, quoted, declared, whole_draft)
    result.context = failure.kind
    rule_input = RuleInput(analysis, failure, pipeline.lexicon, max_response_time)
    for rule in _selected(select, ignore):
        if rule.failure_only and not failure.is_failure:
            continue
        for raw in rule.check(rule_input):
            line, col, end_line, end_col = document.span(raw.start, raw.end)
            result.findings.append(
                Finding(
                    rule.id,
                    rule.severity,
                    raw.message,
                    raw.suggestion,
                    line,
                    col,
                    end_line,
                    end_col,
                )
            )
    result.findings.sort(key=lambda f: (f.line, f.column, f.rule))
    return result


def lint_documents(documents: list[Document], **options) -> FileResult:
    """Lint every alternative text of one input and merge the results.

    A finding present in every alternative is reported once as it is; one that
    only some alternatives produce says which template branches lead to it. A rule
    that judges the whole draft (missing-apology) holds only if it holds in every
    alternative that could be checked: then its first alternative's finding stands
    for all, else it is dropped ("sorry" in the {% if %} branch answers it).
    """
    results = [lint_document(d, **options) for d in documents]
    if len(results) == 1:
        return results[0]
    merged = FileResult(
        path=results[0].path,
        original=results[0].original,
        drafts=[runs for r in results for runs in r.drafts],
        quoted=results[0].quoted,
    )
    merged.language = next((r.language for r in results if r.language), None)
    contexts = {r.context for r in results if r.context}
    merged.context = "failure" if "failure" in contexts else next(iter(contexts), None)
    seen: dict[tuple, list[str]] = {}
    first: dict[tuple, Finding] = {}
    for document, result in zip(documents, results, strict=True):
        for finding in result.findings:
            key = (finding.rule, finding.line, finding.column, finding.end_line, finding.end_column)
            seen.setdefault(key, []).append(document.variant or "")
            first.setdefault(key, finding)
        for notice in result.notices:
            if notice not in merged.notices:
                merged.notices.append(notice)
    checked = [r for r in results if r.language]
    whole = {rule.id for rule in ALL_RULES if rule.whole_draft}
    holding = {
        rule_id: [r for r in checked if any(f.rule == rule_id for f in r.findings)]
        for rule_id in whole
    }
    # A whole-draft rule that holds in every checked alternative: its first one's findings.
    everywhere = {
        rule_id: held[0].findings
        for rule_id, held in holding.items()
        if held and len(held) == len(checked)
    }
    for key, variants in seen.items():
        finding = first[key]
        if finding.rule in whole:
            if finding in everywhere.get(finding.rule, ()):
                merged.findings.append(finding)
            continue
        if len(variants) < len(results):
            finding = replace(finding, message=f"{finding.message} [when: {variants[0]}]")
        merged.findings.append(finding)
    merged.findings.sort(key=lambda f: (f.line, f.column, f.rule))
    return merged
