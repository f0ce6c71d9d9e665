"""missing-response-time: a pending follow-up promised without a concrete time."""

from __future__ import annotations

from collections.abc import Iterator

from replylint.analysis import Analysis, Match
from replylint.durations import find_durations
from replylint.findings import Severity
from replylint.rules.base import RawFinding, Rule, RuleInput

# Tokens from a condition's first word to its negation ("if it still has n't"): farther
# off, the negation belongs to a main clause ("om X finns i planerna har jag inte ...").
# Chinese tokens are characters, and 如果 is only ever "if": its whole clause is the reach.
_CONDITION_REACH = 6


def _contingent(analysis: Analysis, promise: Match) -> bool:
    """A promise that answers a problem that may come, not one that is waiting: it follows,
    in its sentence, a negated condition in a clause of its own ("if it hasn't arrived by
    Friday, we'll send a new one", "hvis den ikke er dukket op, finder vi en løsning")."""
    clause = analysis.clause_of(promise)
    reach = len(analysis.token_norms) if analysis.lang == "zh" else _CONDITION_REACH
    for condition in analysis.in_sentence("conditional", promise.sentence):
        if condition.start >= promise.start:
            continue
        own = analysis.clause_of(condition)
        if own == clause:
            continue
        if any(
            0 <= n.start - condition.start <= reach and analysis.clause_of(n) == own
            for n in analysis.in_sentence("negation", promise.sentence)
        ):
            return True
    return False


def pending_promises(analysis: Analysis) -> list[Match]:
    return [
        m
        for m in analysis.of("followup")
        if not analysis.overlaps(m, "followup_exception") and not _contingent(analysis, m)
    ]


# A line this long is a paragraph, not a chat utterance: its sentences do not share a
# line for `_near` (a time in an earlier sentence of a paragraph answers something else).
CHAT_LINE_CHARS = 200


def _sentence_lines(analysis: Analysis) -> list[int]:
    """The line each sentence starts on, counted in one pass over the text; a sentence of
    a line longer than CHAT_LINE_CHARS gets a line of its own (a negative number)."""
    text = analysis.text
    lengths = [len(part) for part in text.split("\n")]
    lines, line, pos = [], 0, 0
    for index, sentence in enumerate(analysis.sentences):
        line += text.count("\n", pos, sentence.start_char)
        pos = sentence.start_char
        lines.append(-1 - index if lengths[line] > CHAT_LINE_CHARS else line)
    return lines


# Sentences after a promise in which its time may stand (an ETA often follows: "We are
# investigating. … Back up in ~10 minutes."). A time before the promise's sentence
# answers something else ("Your refund was issued today. We'll look into the rest.").
_REACH = (0, 1, 2)


def _near(promise: int, other: int, lines: list[int]) -> bool:
    """Whether sentence `other` is in reach of a promise in sentence `promise`: its own
    sentence, the two after it, or the same line (in chat a line is one utterance:
    "预计明天送达 … 帮您催一下")."""
    return other - promise in _REACH or lines[other] == lines[promise]


def _any_timed(promises: list[Match], times: list[Match], lines: list[int]) -> bool:
    """Whether some promise has a concrete time in reach (`_near`), in one pass each."""
    time_sentences = {t.sentence for t in times}
    time_lines = {lines[s] for s in time_sentences}
    return any(
        any(p.sentence + d in time_sentences for d in _REACH) or lines[p.sentence] in time_lines
        for p in promises
    )


def commitments(analysis: Analysis) -> list[Match]:
    """Concrete times, less those that commit to nothing: a past date or opening hours in
    the same clause ("we received it on the 2nd", "open 9-17"), and a dateline: the
    numeric date and time a notice opens with ("15/1 kl. 9.30 Alle sites er nede") say
    when it was written, not when more comes."""
    void = {analysis.clause_of(m) for m in analysis.of("time_exception")}
    times = sorted(
        (t for t in analysis.of("time_concrete") if analysis.clause_of(t) not in void),
        key=lambda t: t.start_char,
    )
    text, end = analysis.text, 0
    first_line_end = len(text.split("\n", 1)[0])
    for t in times:
        if t.start_char >= first_line_end:
            break
        if t.start_char > end and any(ch.isalnum() for ch in text[end : t.start_char]):
            break
        if not any(ch.isdigit() for ch in text[t.start_char : t.end_char]):
            break  # "Tomorrow we'll ask" opens with a commitment, not a dateline
        end = max(end, t.end_char)
    return [t for t in times if t.end_char > end]


class MissingResponseTime(Rule):
    id = "missing-response-time"
    severity = Severity.WARNING
    categories = ("followup", "followup_exception", "time_concrete", "time_vague", "time_exception")
    summary = "A promised follow-up with no concrete time."
    rationale = (
        "'We'll get back to you' leaves the customer waiting without knowing how long. A "
        "follow-up promise needs a duration ('within 24 hours') or a deadline ('by Friday'); "
        "'soon', 'as soon as possible' and 'when we hear from them' are no commitment. A "
        "promise for a problem that may come ('if it still isn't working, reply and we'll "
        "look again') waits on nothing yet and needs no time."
    )

    def check(self, data: RuleInput) -> Iterator[RawFinding]:
        analysis = data.analysis
        promises = pending_promises(analysis)
        if not promises:
            return
        lines = _sentence_lines(analysis)
        times = commitments(analysis)
        if _any_timed(promises, times, lines):
            if data.max_response_time is not None:
                yield from self._too_long(data, promises, lines)
            return
        first = promises[0]
        vague = [v for v in analysis.of("time_vague") if 0 <= v.sentence - first.sentence <= 1]
        if vague:
            # Point at the vague time itself ("as soon as possible"), the words to change.
            v = vague[0]
            phrase = analysis.text[v.start_char : v.end_char]
            message = f"A follow-up is promised, but '{phrase}' is not a time."
            start, end = v.start_char, v.end_char
        else:
            # Point at the whole promise ("we will get back to you"), never a fragment.
            message = "A follow-up is promised without saying when."
            start, end = analysis.phrase_span(first)
        yield RawFinding(start, end, message, self.suggestion(data.lexicon))

    def _too_long(
        self, data: RuleInput, promises: list[Match], lines: list[int]
    ) -> Iterator[RawFinding]:
        """Concrete times in reach of a promise (the reach that makes it timed) that
        exceed the team's `max-response-time`."""
        analysis, lexicon, limit = data.analysis, data.lexicon, data.max_response_time
        for index, sentence in enumerate(analysis.sentences):
            if not any(_near(p.sentence, index, lines) for p in promises):
                continue
            found = find_durations(
                sentence.text, lexicon.numbers, lexicon.units, chinese=lexicon.lang == "zh"
            )
            for start, end, duration in found:
                if limit is not None and duration.hours > limit.hours:
                    yield RawFinding(
                        sentence.start_char + start,
                        sentence.start_char + end,
                        f"The draft commits to '{duration}', longer than the team's "
                        f"maximum response time ({limit}).",
                        None,
                    )
