"""Concept frames: one lexicon entry for a meaning, not for one word order.

A lexicon declares *concepts* (per-language sets of lemmas, stems and
multiword expressions) and *frames*: two or three concept slots that must all
occur in one clause (or, where declared, in two adjacent clauses or the whole
sentence), in any order, and where declared (`within = N`) within N tokens of each
other (long unpunctuated chat lines are one clause). A frame may name veto
concepts (`unless`) that stop it when they occur in the same scope, and an
anchor slot the finding points at. Frames yield the same kind of match as sequence patterns, in the
category they declare, so rules never see how a meaning was found.

Concept terms (one per list item):

    word        the token's folded surface form or its lemma
    stem*       a form or lemma starting with "stem"; *end and *part* likewise
    /regex/     a form or lemma fully matching the regex (checked like lexicon regexes)
    a b c       consecutive tokens, each read as above ("in my last email")
    @CONCEPT    every term of another concept
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

SCOPES = ("clause", "adjacent", "sentence", "context")
MAX_SLOTS = 4
MAX_CONCEPT_DEPTH = 4


@dataclass(frozen=True)
class Frame:
    """Slots (each a tuple of alternative concepts) that must meet in one scope."""

    category: str
    slots: tuple[tuple[str, ...], ...]
    example: str
    near_miss: str
    line: int
    unless: tuple[str, ...] = ()
    anchor: int | None = None  # index of the slot the finding points at; None: all slots
    scope: str = "clause"
    file: str | None = None
    within: int | None = None  # the slots must lie within this many tokens of each other

    def describe(self) -> str:
        """'A + B|C + D' as `explain` prints it."""
        return " + ".join("|".join(slot) for slot in self.slots)


@dataclass(frozen=True)
class Element:
    """One token of a term: an exact form (matched on surface or lemma) or a regex."""

    exact: str | None = None
    regex: re.Pattern[str] | None = None

    def accepts(self, norm: str, lemma: str) -> bool:
        if self.exact is not None:
            return norm == self.exact or lemma == self.exact
        assert self.regex is not None
        return bool(self.regex.fullmatch(norm) or self.regex.fullmatch(lemma))


@dataclass
class ConceptIndex:
    """Compiled concepts: which concepts start at which token, and how far they run."""

    # first element exact form -> (concept, remaining elements)
    exact: dict[str, list[tuple[str, tuple[Element, ...]]]] = field(default_factory=dict)
    # (first-element regex, concept, remaining elements)
    wild: list[tuple[re.Pattern[str], str, tuple[Element, ...]]] = field(default_factory=list)
    _memo: dict[tuple[str, str], tuple[tuple[str, tuple[Element, ...]], ...]] = field(
        default_factory=dict
    )

    def starting(self, norm: str, lemma: str) -> tuple[tuple[str, tuple[Element, ...]], ...]:
        """Terms whose first element accepts this token (memoised per form)."""
        key = (norm, lemma)
        hit = self._memo.get(key)
        if hit is None:
            found = list(self.exact.get(norm, ()))
            if lemma != norm:
                found.extend(self.exact.get(lemma, ()))
            for regex, concept, rest in self.wild:
                if regex.fullmatch(norm) or (lemma != norm and regex.fullmatch(lemma)):
                    found.append((concept, rest))
            hit = tuple(found)
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[key] = hit
        return hit


def _wildcard(word: str, fold: Callable[[str], str]) -> str | None:
    """Regex body for stem*, *end, *part*; None for a plain word."""
    if "*" not in word:
        return None
    core = word.strip("*")
    if not core or "*" in core:
        raise ValueError(f"bad wildcard {word!r}")
    prefix = ".*" if word.startswith("*") else ""
    suffix = ".*" if word.endswith("*") else ""
    return prefix + re.escape(fold(core)) + suffix


def compile_concepts(
    concepts: dict[str, list[str]],
    fold: Callable[[str], str],
    tokenize: Callable[[str], list[str]],
    safe_regex: Callable[[str], re.Pattern[str]],
) -> ConceptIndex:
    """Compile every concept's terms; raises ValueError naming the concept and term."""
    index = ConceptIndex()

    def terms_of(name: str, depth: int = 0) -> list[str]:
        if name not in concepts:
            raise ValueError(f"unknown concept @{name}")
        if depth > MAX_CONCEPT_DEPTH:
            raise ValueError(f"concepts nested too deeply at @{name}")
        out: list[str] = []
        for term in concepts[name]:
            if term.startswith("@"):
                out.extend(terms_of(term[1:], depth + 1))
            else:
                out.append(term)
        return out

    for name in concepts:
        for term in terms_of(name):
            try:
                elements = _elements(term, fold, tokenize, safe_regex)
            except (ValueError, re.error) as exc:
                raise ValueError(f"concept {name}: term {term!r}: {exc}") from None
            first, rest = elements[0], tuple(elements[1:])
            if first.exact is not None:
                index.exact.setdefault(first.exact, []).append((name, rest))
            else:
                assert first.regex is not None
                index.wild.append((first.regex, name, rest))
    return index


def _elements(
    term: str,
    fold: Callable[[str], str],
    tokenize: Callable[[str], list[str]],
    safe_regex: Callable[[str], re.Pattern[str]],
) -> list[Element]:
    elements: list[Element] = []
    for word in term.split():
        if len(word) > 2 and word.startswith("/") and word.endswith("/"):
            elements.append(Element(regex=safe_regex(word[1:-1])))
            continue
        body = _wildcard(word, fold)
        if body is not None:
            elements.append(Element(regex=re.compile(body)))
            continue
        pieces = [t for t in tokenize(fold(word.replace("_", " "))) if t.strip()]
        if not pieces:
            raise ValueError("empty term")
        elements.extend(Element(exact=p) for p in pieces)
    if not elements:
        raise ValueError("empty term")
    return elements


@dataclass(frozen=True)
class Occurrence:
    concept: str
    start: int  # token index
    end: int  # token index, exclusive


def find_concepts(
    index: ConceptIndex, norms: Sequence[str], lemmas: Sequence[str], spaces: Sequence[bool]
) -> list[Occurrence]:
    """Every concept occurrence; multiword terms skip whitespace tokens between words."""
    found: list[Occurrence] = []
    count = len(norms)
    for i in range(count):
        if spaces[i]:
            continue
        for concept, rest in index.starting(norms[i], lemmas[i]):
            end = _extend(rest, i + 1, norms, lemmas, spaces, count)
            if end is not None:
                found.append(Occurrence(concept, i, end))
    return found


def _extend(rest, j, norms, lemmas, spaces, count) -> int | None:
    for element in rest:
        while j < count and spaces[j]:
            j += 1
        if j >= count or not element.accepts(norms[j], lemmas[j]):
            return None
        j += 1
    return j


@dataclass(frozen=True)
class FrameHit:
    frame: int
    start: int
    end: int


def _units(
    scope: str,
    by_clause: dict[int, dict[str, list[Occurrence]]],
    by_sentence: dict[int, dict[str, list[Occurrence]]],
    clause_sentence: dict[int, int],
) -> list[dict[str, list[Occurrence]]]:
    """The concept occurrences of each unit a frame of `scope` must hold in."""
    if scope == "clause":
        return list(by_clause.values())
    if scope == "sentence":
        return list(by_sentence.values())
    if scope == "context":  # the sentence and the one before it
        pairs = [(s - 1, s) for s in by_sentence]
        table = by_sentence
    else:  # adjacent: a clause and the next one in the same sentence
        pairs = [
            (c, c + 1) if clause_sentence.get(c + 1) == clause_sentence[c] else (c,)
            for c in by_clause
        ]
        table = by_clause
    units = []
    for parts in pairs:
        merged: dict[str, list[Occurrence]] = {}
        for part in parts:
            for concept, occs in table.get(part, {}).items():
                merged.setdefault(concept, []).extend(occs)
        units.append(merged)
    return units


def evaluate_frames(
    frames: Sequence[Frame],
    occurrences: list[Occurrence],
    clause_of: Sequence[int],
    sentence_of: Sequence[int],
) -> list[FrameHit]:
    """Frames that hold: every slot filled inside one scope unit, no veto in it. Only
    the frames whose first slot occurs in a unit are tried there (linear in the draft)."""
    by_clause: dict[int, dict[str, list[Occurrence]]] = {}
    by_sentence: dict[int, dict[str, list[Occurrence]]] = {}
    clause_sentence: dict[int, int] = {}
    for occ in occurrences:
        clause, sentence = clause_of[occ.start], sentence_of[occ.start]
        by_clause.setdefault(clause, {}).setdefault(occ.concept, []).append(occ)
        by_sentence.setdefault(sentence, {}).setdefault(occ.concept, []).append(occ)
        clause_sentence[clause] = sentence
    hits: list[FrameHit] = []
    for scope in SCOPES:
        chosen = [(n, f) for n, f in enumerate(frames) if f.scope == scope]
        if not chosen:
            continue
        by_first: dict[str, list[tuple[int, Frame]]] = {}
        for number, frame in chosen:
            for concept in frame.slots[0]:
                by_first.setdefault(concept, []).append((number, frame))
        for unit in _units(scope, by_clause, by_sentence, clause_sentence):
            tried: set[int] = set()
            for concept in unit:
                for number, frame in by_first.get(concept, ()):
                    if number in tried:
                        continue
                    tried.add(number)
                    hit = _hold(frame, unit)
                    if hit is not None:
                        hits.append(FrameHit(number, *hit))
    return hits


def _hold(frame: Frame, unit: dict[str, list[Occurrence]]) -> tuple[int, int] | None:
    if any(concept in unit for concept in frame.unless):
        return None
    filled: list[list[Occurrence]] = []
    for slot in frame.slots:
        occs = [o for concept in slot for o in unit.get(concept, ())]
        if not occs:
            return None
        filled.append(occs)
    pivot = frame.anchor if frame.anchor is not None else 0
    anchor = min(filled[pivot], key=lambda o: o.start)
    chosen = [anchor]
    for number, occs in enumerate(filled):
        if number != pivot:
            chosen.append(min(occs, key=lambda o: abs(o.start - anchor.start)))
    first, last = min(o.start for o in chosen), max(o.end for o in chosen)
    if frame.within is not None and last - first > frame.within:
        return None
    if frame.anchor is not None:
        return anchor.start, anchor.end
    return first, last


def clause_indices(
    norms: Sequence[str],
    starts: Sequence[bool],
    spaces: Sequence[bool],
    punctuation: frozenset[str],
    openers: frozenset[str],
) -> list[int]:
    """The clause each token belongs to: a new clause at each sentence start, after
    clause punctuation (, ; : and their CJK forms) and at a conjunction that opens one."""
    clause_of = [0] * len(norms)
    clause = 0
    pending = False
    seen_word = False
    for i, norm in enumerate(norms):
        if spaces[i]:
            clause_of[i] = clause
            continue
        if (starts[i] or pending or (norm in openers and seen_word)) and i:
            clause += 1
            seen_word = False
        pending = norm in punctuation
        clause_of[i] = clause
        if not pending:
            seen_word = True
    return clause_of
