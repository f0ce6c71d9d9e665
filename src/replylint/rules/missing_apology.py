"""missing-apology: a failure reply with no sincere apology from the sender."""

from __future__ import annotations

from collections.abc import Iterator

from replylint.apologies import sincere_apologies
from replylint.findings import Severity
from replylint.rules.base import RawFinding, Rule, RuleInput


class MissingApology(Rule):
    id = "missing-apology"
    severity = Severity.ERROR
    failure_only = True
    whole_draft = True  # "no apology anywhere in the draft"
    categories = (
        "apology",
        "non_apology",
        "failure",
        "failure_exception",
        "absence",
        "possibility",
        "possibility_after",
        "possibility_exception",
        "quote_intro",
    )
    summary = "A reply to a problem that never apologises."
    rationale = (
        "When something went wrong for the customer, a reply that explains, fixes or "
        "compensates without a sincere, first-person apology reads as cold. Conditional "
        "apologies ('sorry if you feel'), negated ones, apologies for trivia and any "
        "apology in quoted text or the signature do not count."
    )

    def check(self, data: RuleInput) -> Iterator[RawFinding]:
        if sincere_apologies(data.analysis):
            return
        anchor = data.context.anchor
        if anchor is not None:
            start, end = anchor.start_char, anchor.end_char
            message = "The draft acknowledges a problem but never apologises for it."
        elif data.analysis.sentences:
            first = data.analysis.sentences[0]
            start, end = first.start_char, first.end_char
            message = "This is a reply to a problem, but the draft never apologises."
        else:
            return
        yield RawFinding(start, end, message, self.suggestion(data.lexicon))
