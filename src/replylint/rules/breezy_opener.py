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
_MESSAGE = "The opening is cheerful while the customer has a problem."


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


_SENTENCE_END = tuple(".!?。！？:：,，;；…")


def _is_heading(sentence: Sentence, analysis: Analysis) -> bool:
    """A title line above the draft ("# Order delay", "<h2>订单延误通知</h2>"): the first
    sentence, a line of its own, without the punctuation a sentence ends with, and more
    text after it. Naming the problem there is a subject, not the opening: the greeting
    below it still opens the reply."""
    if sentence.index != 0 or len(analysis.sentences) < 2:
        return False
    text = analysis.text
    before = text[: sentence.start_char]
    after = text[sentence.end_char :]
    if before.strip() or not after.lstrip(" \t").startswith("\n"):
        return False
    line = sentence.text.strip()
    return bool(line) and "\n" not in line and not line.endswith(_SENTENCE_END)


def _cheer_before(analysis: Analysis, sentence: Sentence, owned: int):
    """A breezy match that ends in an earlier clause than the one where the sentence
    first owns the problem ("周末愉快呀～您反映的故障…", "Great news, your parcel is
    delayed"): chat runs the greeting and the problem into one sentence."""
    clause = analysis.clause_of_token[owned] if analysis.clause_of_token else None
    for m in analysis.of("breezy"):
        if m.sentence != sentence.index or m.end > owned:
            continue
        if clause is not None and analysis.clause_of_token[m.end - 1] < clause:
            return m
    return None


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
        first_ack: dict[int, int] = {}  # sentence -> token where the problem is first owned
        for m in [*real_failure_cues(analysis), *sincere_apologies(analysis)]:
            first_ack[m.sentence] = min(m.start, first_ack.get(m.sentence, m.start))
        counted = 0
        last = len(analysis.sentences) - 1
        for sentence in analysis.sentences:
            if counted >= _OPENING_SENTENCES:
                return
            if sentence.index in first_ack and _is_heading(sentence, analysis):
                continue
            if sentence.index in first_ack:
                cheer = _cheer_before(analysis, sentence, first_ack[sentence.index])
                if cheer is not None:
                    yield RawFinding(
                        cheer.start_char,
                        cheer.end_char,
                        _MESSAGE,
                        self.suggestion(data.lexicon),
                    )
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
                    _MESSAGE,
                    self.suggestion(data.lexicon),
                )
                return
            counted += 1
