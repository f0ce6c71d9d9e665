"""What every rule shares: its metadata and the input it reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from replylint.analysis import Analysis
from replylint.context import FailureContext
from replylint.durations import Duration
from replylint.findings import Severity
from replylint.lexicon import Lexicon


@dataclass(frozen=True)
class RuleInput:
    analysis: Analysis
    context: FailureContext
    lexicon: Lexicon
    max_response_time: Duration | None = None  # from the config: longer promises are reported


@dataclass(frozen=True)
class RawFinding:
    """A finding as a rule sees it: a span of the draft text."""

    start: int
    end: int
    message: str
    suggestion: str | None = None


class Rule:
    """Base class: subclasses set the metadata and implement check()."""

    id: str = ""
    severity: Severity = Severity.WARNING
    summary: str = ""
    rationale: str = ""
    failure_only: bool = False
    # Judges the draft as a whole (not one phrase): in a template it holds only if it
    # holds in every branch a customer could receive (RULES.md).
    whole_draft: bool = False
    categories: tuple[str, ...] = ()  # the lexicon categories it reads (what explain shows)

    def check(self, data: RuleInput) -> Iterator[RawFinding]:
        raise NotImplementedError

    def suggestion(self, lexicon: Lexicon) -> str | None:
        """The lexicon's language-specific advice for this rule, if it has one."""
        return lexicon.rule_text(self.id, "suggestion")
