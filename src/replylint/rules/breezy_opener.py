"""breezy-opener: a cheerful opening while the customer has a problem."""

from __future__ import annotations

from collections.abc import Iterator

from replylint.analysis import Analysis, Sentence, has_cheery_emoji
from replylint.apologies import sincere_apologies
from replylint.context import real_failure_cues
from replylint.findings import Severity
from replylint.rules.base import RawFinding, Rule, RuleInput

_OPENING_SENTENCES = 2
_SALUTATION_MAX_WORDS = 4


def _in(sentence: Sentence, analysis: Analysis, category: str) -> bool:
    return any(m.sentence == sentence.index for m in analysis.of(category))


def _word_count(sentence: Sentence, analysis: Analysis) -> int:
    return sum(
        1
        for norm in analysis.token_norms[sentence.start : sentence.end]
        if any(c.isalnum() for c in norm)
    )


def is_breezy(sentence: Sentence, analysis: Analysis) -> bool:
    if _in(sentence, analysis, "breezy"):
        return True
    if has_cheery_emoji(sentence.text):
        return True
    if _in(sentence, analysis, "gratitude"):
        exclaimed = "!" in sentence.text or "！" in sentence.text
        return exclaimed or _in(sentence, analysis, "intensifier")
    return False


class BreezyOpener(Rule):
    id = "breezy-opener"
    severity = Severity.WARNING
    failure_only = True
    categories = ("breezy", "gratitude")
    summary = "A cheerful or chatty opening when the customer has a problem."
    rationale = (
        "'Great news!' or 'Hope you're having a fantastic day!' above a lost order sounds "
        "tone-deaf. Plain thanks are fine; emphatic thanks (exclamation marks, 'so much', "
        "emoji), joy, celebration and small talk are not, before the problem is acknowledged. "
        "An exclamation mark after the salutation alone is not breezy."
    )

    def check(self, data: RuleInput) -> Iterator[RawFinding]:
        analysis = data.analysis
        acknowledged = {m.sentence for m in real_failure_cues(analysis)}
        acknowledged |= {m.sentence for m in sincere_apologies(analysis)}
        counted = 0
        last = len(analysis.sentences) - 1
        for sentence in analysis.sentences:
            if sentence.index in acknowledged or counted >= _OPENING_SENTENCES:
                return
            if counted and sentence.index == last:
                return  # a cheerful closing wish after the content is a sign-off, not an opener
            salutation_only = (
                any(
                    m.sentence == sentence.index and m.start == sentence.start
                    for m in analysis.of("salutation")
                )
                and _word_count(sentence, analysis) <= _SALUTATION_MAX_WORDS
                and not _in(sentence, analysis, "breezy")
                and not has_cheery_emoji(sentence.text)
            )
            if salutation_only:
                continue
            if is_breezy(sentence, analysis):
                yield RawFinding(
                    sentence.start_char,
                    sentence.end_char,
                    "The opening is cheerful while the customer has a problem.",
                    self.suggestion(data.lexicon),
                )
                return
            counted += 1
