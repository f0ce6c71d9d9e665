"""Failure context: does this draft answer something that went wrong?

Decided by the user's declaration, else by the draft acknowledging a problem (unless
its only cues stand in one sentence of a draft that reads as routine), else by a
sincere apology in it (which owns a problem), else by the customer's quoted
message complaining (unless it ends by saying the
problem went away: "…but it's working now"). Problem words inside a
conditional ("if you have any problems") are offers of help, not acknowledgements.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from replylint.analysis import Analysis, Match
from replylint.apologies import sincere_apologies
from replylint.context_model import reads_as_routine

FAILURE = "failure"
NEUTRAL = "neutral"


@dataclass(frozen=True)
class FailureContext:
    kind: str  # "failure" or "neutral"
    source: str  # "declared", "draft", "quoted" or "none"
    anchor: Match | None = None

    @property
    def is_failure(self) -> bool:
        return self.kind == FAILURE


def _hedges_an_apology(analysis: Analysis, conditional: Match) -> bool:
    """'We apologise if you were inconvenienced…': the problem is still acknowledged."""
    return any(
        0 <= conditional.start - a.end <= 2
        for a in analysis.in_sentence("apology", conditional.sentence)
    )


# Menu paths name a place in an app ("Help > Disruption"), not a problem.
_MENU_STEPS = {">", "\u2192", "\u203a", "/"}
# Opening quotation marks as folded ("»Fejlmelding«", "„Kadunud poeg“", ”Problemlösning”).
_QUOTE_MARKS = {'"', "'", "\u201c", "\u201d", "\u201e", "\u00bb", "\u00ab"}
# A sentence with this share of capitalised words or more is a heading in title case.
_TITLE_CASE_SHARE = 0.6


def _a_name(analysis: Analysis, cue: Match) -> bool:
    """A problem word that names something instead of saying something went wrong: a
    capitalised word inside a sentence ("the Crash Reporter", "under Help > Problems")
    where words are not capitalised as a rule (not in a title-case heading, not in
    Chinese, not after a time or a handle: "kl. 11.45 Problemer med login")."""
    if analysis.lang == "zh":
        return False
    word = analysis.text[cue.start_char : cue.end_char].split()[0]
    if not (word[:1].isupper() and word[1:].islower()) or cue.start == 0:
        return False
    sentence = analysis.sentences[cue.sentence]
    previous = analysis.token_norms[cue.start - 1] if cue.start > sentence.start else ""
    if previous in _QUOTE_MARKS and not _quoted_title(analysis, cue, sentence.start):
        return False
    if not (previous.isalpha() or previous in _MENU_STEPS or previous in _QUOTE_MARKS):
        return False
    words = [
        analysis.text[analysis.token_begins[i] : analysis.token_ends[i]]
        for i in range(sentence.start, sentence.end)
        if analysis.token_norms[i][:1].isalpha()
    ]
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised < _TITLE_CASE_SHARE * len(words)


# Chinese tokens are characters, about two to a word.
_CHARACTERS_PER_WORD = {"zh": 2}
_INTRO_GAP = 2


def _token_before(analysis: Analysis, i: int, floor: int = 0) -> int:
    """The nearest token before offset `i` that is not whitespace (`floor - 1` if none
    from `floor` on)."""
    before = i - 1
    while before >= floor and analysis.token_norms[before].isspace():
        before -= 1
    return before


def _quoted_title(analysis: Analysis, cue: Match, sentence_start: int) -> bool:
    """A capitalised word right after an opening quote is a title when a word stands
    before the quote that does not introduce a message: 'the puzzle »Knust glas«', 'lisakaitse
    „Lennu hilinemine“' are names; 'the app shows "Failed"', 'you wrote: "Broken"' quote one."""
    before = _token_before(analysis, cue.start - 1, sentence_start)  # before the quote
    if before < sentence_start or not analysis.token_norms[before].isalpha():
        return False
    introduced = analysis.in_sentence("quote_intro", cue.sentence)
    # the introducing word right before the quote, or an adverb or two away ("shows now")
    return not any(0 <= before + 1 - m.end <= _INTRO_GAP for m in introduced)


# An absence word at most this many words before a problem word denies it ("no errors
# were recorded", "der var ingen mangler", "nothing is missing").
_ABSENT_WITHIN = 2


def _said_absent(analysis: Analysis, cue: Match) -> bool:
    """A problem said not to be there: an absence quantifier just before the cue in its
    clause. Plain negation is not enough: "can't be refunded" refuses a remedy and "not a
    system error but yours" shifts the problem; a cue that holds a negator itself ("has
    not arrived") is the problem."""
    absent = analysis.in_sentence("absence", cue.sentence)
    if not absent:
        return False
    inside = absent + analysis.in_sentence("negation", cue.sentence)
    if any(cue.start <= n.start and n.end <= cue.end for n in inside):
        return False
    clause = analysis.clause_of(cue)
    reach = _ABSENT_WITHIN * _CHARACTERS_PER_WORD.get(analysis.lang, 1)
    for n in absent:
        if n.end > cue.start or analysis.clause_ending(n) != clause:
            continue
        between = [i for i in range(n.end, cue.start) if not analysis.token_norms[i].isspace()]
        if len(between) <= reach:
            return True
    return False


# How close a possibility must stand to the problem word, in words: right before it
# ("can fail", "kan misslyckas"), or right after the phrase it ends ("lost cards can be
# frozen").
_POSSIBLE_BEFORE = 2
_POSSIBLE_AFTER = 3


def _words(analysis: Analysis, start: int, end: int) -> int:
    """Words between two token offsets ("last-minute" is two, its hyphen none)."""
    return sum(any(ch.isalnum() for ch in analysis.token_norms[i]) for i in range(start, end))


def _only_possible(analysis: Analysis, cue: Match) -> bool:
    """A problem that may come, spoken of in general: a possibility or warning in the
    cue's clause, next to it, and not said of a person ("your parcel may be delayed" is
    about this customer: a possibility_exception; "…can be reissued from your account"
    is not)."""
    clause = analysis.clause_of(cue)
    per_word = _CHARACTERS_PER_WORD.get(analysis.lang, 1)
    after_only = analysis.in_sentence("possibility_after", cue.sentence)
    for p in analysis.in_sentence("possibility", cue.sentence) + after_only:
        if analysis.overlaps(p, "possibility_exception"):
            continue
        before, after = _words(analysis, p.end, cue.start), _words(analysis, cue.end, p.start)
        close_before = analysis.clause_ending(p) == clause and before <= _POSSIBLE_BEFORE * per_word
        if p.end <= cue.start and close_before and p not in after_only:
            return True
        same = analysis.clause_of(p) == clause
        if cue.end <= p.start and same and after <= _POSSIBLE_AFTER * per_word:
            return True
    return False


def real_failure_cues(analysis: Analysis, by_agent: bool = True) -> list[Match]:
    """Failure cues that are not look-alikes ("without problems", "failed sign-in attempt")
    and not names ("the Late Riser brunch"); in the agent's words, not said to be absent
    ("no errors were found": a customer's "we've had no refund" is their complaint)."""
    return [
        m
        for m in analysis.of("failure")
        if not analysis.overlaps(m, "failure_exception")
        and not _a_name(analysis, m)
        and not (by_agent and (_said_absent(analysis, m) or _only_possible(analysis, m)))
    ]


# Where a condition opened by a conjunction after a comma ends: a dash or a semicolon
# ("…, kui olite juba arve küsinud – see ei ole tase"); a comma does not ("…，如在运输途中
# 发生损坏，按规定只能赔偿": the consequence follows it).
_CONDITION_ENDS = {";", "\u2013", "\u2014", "；"}


def _covers(analysis: Analysis, conditional: Match, cue: Match) -> bool:
    """A condition covers the rest of its sentence ("If your order is late, …"), but a
    verb-first one right after a comma only its own clause: there it is the main clause
    after a fronted one ("Da I ankom, fandtes jeres booking ikke, fordi den var gået tabt");
    a one-word conjunction after a comma still opens a condition ("…, kas A või B")."""
    before = _token_before(analysis, conditional.start)
    if before < 0 or analysis.token_norms[before] != ",":
        return True
    # a conjunction after the comma still opens a condition ("…, kas A või B")
    if _words(analysis, conditional.start, conditional.end) == 1:
        between = analysis.token_norms[conditional.end : cue.start]
        return not any(norm in _CONDITION_ENDS for norm in between)
    return analysis.clause_of(conditional) == analysis.clause_of(cue)


def acknowledged_problems(analysis: Analysis, by_agent: bool = True) -> list[Match]:
    """Failure cues that are not inside a conditional ("if you have any problems"; a
    verb-first condition may open with the problem itself: "Mislykkes det, kan du …")."""
    cues = []
    for cue in real_failure_cues(analysis, by_agent):
        conditional = any(
            c.start <= cue.start
            and _covers(analysis, c, cue)
            and not _hedges_an_apology(analysis, c)
            for c in analysis.in_sentence("conditional", cue.sentence)
        )
        if not conditional:
            cues.append(cue)
    return cues


def refused_apologies(analysis: Analysis) -> list[Match]:
    """Non-apologies ("sorry you feel that way", "nothing to apologise for") answer a
    complaint; telling the customer they need not apologise answers their courtesy."""
    return [m for m in analysis.of("non_apology") if not analysis.overlaps(m, "courtesy_apology")]


def _still_a_problem(quoted: Analysis) -> bool:
    """The customer complains (a failure cue, or a complaint only a customer writes: "I'm
    still waiting"), and does not go on to say it works now ("…but it's fixed");
    a problem inside a condition is one that may come ("what happens if my parcel is late?")."""
    cues = [
        c
        for c in acknowledged_problems(quoted, by_agent=False) + quoted.of("complaint")
        if not quoted.overlaps(c, "resolved")
    ]
    if not cues:
        return False
    last = max(c.start for c in cues)
    return not any(r.start > last for r in quoted.of("resolved"))


def _outweighed(draft: Analysis, cues: list[Match], text: str) -> bool:
    """Cues in one sentence only, in a draft that as a whole reads as a routine reply:
    the cue is likelier a look-alike than a problem, and an apology beside it a courtesy
    ("we apologise for any inconvenience the closure may cause"); see context_model."""
    return len({c.sentence for c in cues}) == 1 and reads_as_routine(text, draft.lang)


def detect_context(
    draft: Analysis,
    quoted: Analysis | Callable[[], Analysis | None] | None,
    declared: str | None,
    whole_text: str | None = None,
) -> FailureContext:
    """`quoted` may be a function: the quoted message is analysed only when needed.
    `whole_text` is the draft before its sign-off was cut, as the context model learnt it."""
    if declared in (FAILURE, NEUTRAL):
        anchor = next(iter(acknowledged_problems(draft)), None) if declared == FAILURE else None
        return FailureContext(declared, "declared", anchor)
    cues = acknowledged_problems(draft) + refused_apologies(draft)
    if cues:
        if not _outweighed(draft, cues, whole_text or draft.text):
            # "Sorry you feel that way" answers a complaint even when it names no problem.
            first = min(cues, key=lambda m: m.start)
            return FailureContext(FAILURE, "draft", first)
    else:
        apologies = sincere_apologies(draft)
        if apologies:
            # A sincere apology owns a problem, even one the draft does not name.
            return FailureContext(FAILURE, "draft", apologies[0])
    if callable(quoted):
        quoted = quoted()
    if quoted is not None and _still_a_problem(quoted):
        return FailureContext(FAILURE, "quoted", None)
    return FailureContext(NEUTRAL, "none", None)
