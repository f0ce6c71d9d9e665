"""customer-blame: wording that accuses or talks down to the customer."""

from __future__ import annotations

from collections.abc import Iterator

from replylint.findings import Severity
from replylint.inline_quotes import quoted_spans, reaches_into
from replylint.rules.base import RawFinding, Rule, RuleInput


class CustomerBlame(Rule):
    id = "customer-blame"
    severity = Severity.ERROR
    categories = ("blame", "blame_exception")
    summary = "Wording that puts the fault or burden on the customer."
    rationale = (
        "Accusations ('you failed to'), condescension ('as I already told you', 'as clearly "
        "stated in our terms') and scolding about repeated requests escalate a conversation. "
        "Expectations ('you should have received an email') and help ('check your spam "
        "folder') are not blame, nor are words the draft quotes (the customer's, an error "
        "message's)."
    )

    def check(self, data: RuleInput) -> Iterator[RawFinding]:
        analysis = data.analysis
        last_end = -1
        quotes: list[tuple[int, int]] | None = None
        for match in analysis.of("blame"):
            if match.start < last_end or analysis.overlaps(match, "blame_exception"):
                continue
            if quotes is None:
                quotes = quoted_spans(analysis.text)
            if reaches_into(quotes, match.start_char, match.end_char):
                continue
            last_end = match.end
            phrase = analysis.text[match.start_char : match.end_char]
            yield RawFinding(
                match.start_char,
                match.end_char,
                f"'{phrase}' blames or talks down to the customer.",
                self.suggestion(data.lexicon),
            )
