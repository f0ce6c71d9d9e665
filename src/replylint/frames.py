"""Concept frames: one lexicon entry for a meaning, not for one word order.

A lexicon declares *concepts* (per-language sets of lemmas, stems and
multiword expressions) and *frames*: one to four concept slots that must all
occur in one clause (or, where declared with `scope`, in two adjacent clauses,
the sentence, or the sentence and the one before), in any order (with
`ordered = true`, in the order given), and with `within = N` within N tokens,
counted from the first slot's first token to the last slot's end, so two adjacent
one-token slots need `within = 2` (long unpunctuated chat lines are one clause).
Veto concepts (`unless`) stop a frame when they occur in the same scope (with
`veto_within = N`, only within N tokens of the hit; with `unless_near` as well, only
those vetoes need be that close, and `unless` ones count anywhere in the scope:
"if you had read" anywhere, but a negation only next to "I told you"); `anchor` names the slot a
finding points at (default: the span of all slots). Frames yield the same kind
of match as sequence patterns, in the category they declare, so rules never see
how a meaning was found.

Concept terms (one per list item):

    word        the token's folded surface form or its lemma
    stem*       a form or lemma starting with "stem"; *end and *part* likewise
    /regex/     a form or lemma fully matching the regex (checked like lexicon regexes)
    a b c       consecutive tokens, each read as above ("in my last email")
    @CONCEPT    every term of another concept (^@CONCEPT: each only opening a clause)
    =word       the surface form only, never the lemma ("=dig" must not match "du")
    ==Word      the token exactly as written, case included ("==De": formal you, not "de")
    ^term       only where the term opens its clause ("^som jeg", not "mailen som jeg")
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple


def tokens_of(word: str, tokenize: Callable[[str], list[str]]) -> list[str]:
    """The tokens a term's word stands for; a clitic alone ("'m", "'ve") stays one token,
    as the tokenizer leaves it inside "I'm"."""
    pieces = [t for t in tokenize(word) if t.strip()]
    if word.startswith("'") and len(word) > 1 and pieces[:1] == ["'"]:
        return [word]
    return pieces


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
    ordered: bool = False  # the slots must occur in the order given ("you … should have")
    veto_within: int | None = None  # a veto counts only this close to the hit (tokens)
    unless_near: tuple[str, ...] = ()  # with veto_within: only these need be close

    def describe(self) -> str:
        """'A + B|C + D' as `explain` prints it."""
        return " + ".join("|".join(slot) for slot in self.slots)


@dataclass(frozen=True)
class Element:
    """One token of a term: an exact form (matched on surface or lemma), a wildcard
    (`stem*`, `*end`, `*part*`, tested with string methods: compiling hundreds of
    regexes would dominate a cold start) or a regex."""

    exact: str | None = None
    regex: re.Pattern[str] | None = None
    surface: bool = False  # match the surface form only, never the lemma
    cased: str | None = None  # ==Word: the token exactly as written ("De", not "de")
    core: str | None = None  # a wildcard's folded fixed part
    at: str = ""  # where the core stands: "start" (stem*), "end" (*end), "inside" (*part*)

    def accepts(self, norm: str, lemma: str) -> bool:
        if self.surface:
            lemma = norm
        if self.exact is not None:
            return norm == self.exact or lemma == self.exact
        if self.core is not None:
            return self._wild(norm) or (lemma != norm and self._wild(lemma))
        assert self.regex is not None
        return bool(self.regex.fullmatch(norm) or self.regex.fullmatch(lemma))

    def _wild(self, form: str) -> bool:
        assert self.core is not None
        if "\n" in form:  # a wildcard stands for characters of one line, as `.` does
            return False
        if self.at == "start":
            return form.startswith(self.core)
        if self.at == "end":
            return form.endswith(self.core)
        return self.core in form


# A compiled term as the index keeps it: its concept, the elements after the first,
# and whether it must open its clause.
Term = tuple[tuple[str, ...], tuple[Element, ...], bool]


@dataclass
class ConceptIndex:
    """Compiled concepts: which concepts start at which token, and how far they run."""

    # first element's exact form -> terms (matched on surface or lemma / surface only)
    exact: dict[str, list[Term]] = field(default_factory=dict)
    exact_surface: dict[str, list[Term]] = field(default_factory=dict)
    # first element written exactly so (==De) -> terms
    exact_cased: dict[str, list[Term]] = field(default_factory=dict)
    # regex or wildcard first element -> terms (one test per element, not per term)
    wild: dict[Element, list[Term]] = field(default_factory=dict)
    _memo: dict[str | tuple[str, str], tuple[Term, ...]] = field(default_factory=dict)
    _wild_test: Callable[[str], bool] | None = None
    _pair_memo: dict[tuple[str, str, str | None, str | None], tuple[Term, ...]] = field(
        default_factory=dict
    )
    # concept -> the labels (tuples of concept names) its terms are compiled under
    labels_of: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    _wild_firsts: ElementTable | None = None
    _follow_tables: dict[str | tuple[str, str], _FollowTable] = field(default_factory=dict)
    _plans: dict[tuple[str, str, str | None, str | None], _TokenPlan] = field(default_factory=dict)

    def _any_wild(self, norm: str, lemma: str) -> bool:
        """Whether any wildcard or regex first element could accept the token: one test
        in C per kind (prefixes, suffixes, a regex alternation) first, so most words skip
        the per-element lookup."""
        if self._wild_test is None:
            self._wild_test = _prefilter(list(self.wild))
        test = self._wild_test
        return test(norm) or (lemma != norm and test(lemma))

    def starting(self, norm: str, lemma: str) -> tuple[Term, ...]:
        """Terms whose first element accepts this token (memoised per form)."""
        key = norm if lemma == norm else (norm, lemma)  # most words are their own lemma
        hit = self._memo.get(key)
        if hit is None:
            found = list(self.exact.get(norm, ())) + list(self.exact_surface.get(norm, ()))
            if lemma != norm:
                found.extend(self.exact.get(lemma, ()))
            if self.wild and self._any_wild(norm, lemma):
                if self._wild_firsts is None:
                    self._wild_firsts = ElementTable(list(self.wild))
                for first in self._wild_firsts.accepting(norm, lemma):
                    found.extend(self.wild[first])
            hit = tuple(found)
            if len(self._memo) > 20_000:
                self._memo.clear()
            self._memo[key] = hit
        return hit

    def starting_before(
        self, norm: str, lemma: str, next_norm: str | None, next_lemma: str | None
    ) -> tuple[Term, ...]:
        """The terms of `starting` whose second element (if any) accepts the next word
        (None: there is none). Most terms fail there, so a long draft's common words
        ("we", "you") are not tried one term at a time (memoised per word pair; a word
        that starts many terms looks the next word up in a table of second elements)."""
        key = (norm, lemma, next_norm, next_lemma)
        hit = self._pair_memo.get(key)
        if hit is None:
            terms = self.starting(norm, lemma)
            if next_norm is None or next_lemma is None or len(terms) < _FOLLOW_TABLE_TERMS:
                hit = _followed(terms, next_norm, next_lemma)
            else:
                word = norm if lemma == norm else (norm, lemma)
                table = self._follow_tables.get(word)
                if table is None or table.terms is not terms:
                    table = _FollowTable(terms)
                    if len(self._follow_tables) > 2_000:
                        self._follow_tables.clear()
                    self._follow_tables[word] = table
                hit = table.followed(next_norm, next_lemma)
            if len(self._pair_memo) > 20_000:
                self._pair_memo.clear()
            self._pair_memo[key] = hit
        return hit

    def plan_before(
        self, norm: str, lemma: str, next_norm: str | None, next_lemma: str | None
    ) -> _TokenPlan:
        """starting_before's terms sorted for find_concepts (memoised per word pair)."""
        key = (norm, lemma, next_norm, next_lemma)
        plan = self._plans.get(key)
        if plan is None:
            plan = _TokenPlan.of(self.starting_before(norm, lemma, next_norm, next_lemma))
            if len(self._plans) > 20_000:
                self._plans.clear()
            self._plans[key] = plan
        return plan


class _TokenPlan(NamedTuple):
    """One word's terms, given the next word, as find_concepts reads them: one-word terms
    as labels, terms of two words, and longer terms by their third word when it is an
    exact form (most of them fail there, and a lookup skips them without a loop)."""

    singles: tuple[tuple[str, ...], ...]
    opening_singles: tuple[tuple[str, ...], ...]  # ^term: only opening a clause
    pairs: tuple[Term, ...]
    longer: tuple[Term, ...]  # every term of three words or more
    by_third: dict[str, list[Term]]  # exact third element (surface or lemma)
    by_third_surface: dict[str, list[Term]]  # exact third element, surface only
    third_other: tuple[Term, ...]  # a wildcard or regex third element

    @classmethod
    def of(cls, terms: Sequence[Term]) -> _TokenPlan:
        by_third: dict[str, list[Term]] = {}
        by_third_surface: dict[str, list[Term]] = {}
        other = []
        for term in terms:
            if len(term[1]) > 1:
                third = term[1][1]
                if third.exact is None:
                    other.append(term)
                else:
                    table = by_third_surface if third.surface else by_third
                    table.setdefault(third.exact, []).append(term)
        return cls(
            tuple(t[0] for t in terms if not t[1] and not t[2]),
            tuple(t[0] for t in terms if not t[1] and t[2]),
            tuple(t for t in terms if len(t[1]) == 1),
            tuple(t for t in terms if len(t[1]) > 1),
            by_third,
            by_third_surface,
            tuple(other),
        )

    def longer_before(self, norm: str, lemma: str, skippable: frozenset[str]) -> list[Term]:
        """The terms of three words or more whose third element may accept this word (no
        stricter than _extend, which may skip a degree adverb there)."""
        if norm in skippable:
            return list(self.longer)
        found = list(self.third_other)
        found.extend(self.by_third.get(norm, ()))
        found.extend(self.by_third_surface.get(norm, ()))
        if lemma != norm:
            found.extend(self.by_third.get(lemma, ()))
        return found


# A word starting at least this many terms gets a table of their second elements.
_FOLLOW_TABLE_TERMS = 12


class ElementTable:
    """Elements indexed by what they accept, so a word is tested against the few that
    could accept it, in their given order: exact forms and wildcard cores are looked up
    (a stem* by the word's prefixes, a *end by its suffixes), only *part* and regex
    elements are tried one by one."""

    def __init__(self, elements: Sequence[Element]) -> None:
        self.elements = list(elements)
        self._exact: dict[str, list[int]] = {}  # surface or lemma
        self._surface: dict[str, list[int]] = {}  # surface only
        self._starts: dict[str, list[int]] = {}
        self._ends: dict[str, list[int]] = {}
        self._tried: list[int] = []
        for number, element in enumerate(self.elements):
            if element.exact is not None:
                table = self._surface if element.surface else self._exact
                table.setdefault(element.exact, []).append(number)
            elif element.core is not None and element.at in ("start", "end"):
                table = self._starts if element.at == "start" else self._ends
                table.setdefault(element.core, []).append(number)
            else:
                self._tried.append(number)
        self._start_lengths = sorted({len(core) for core in self._starts})
        self._end_lengths = sorted({len(core) for core in self._ends})

    def _candidates(self, form: str, found: set[int]) -> None:
        found.update(self._exact.get(form, ()))
        size = len(form)
        for length in self._start_lengths:
            if length > size:
                break
            found.update(self._starts.get(form[:length], ()))
        for length in self._end_lengths:
            if length > size:
                break
            found.update(self._ends.get(form[size - length :], ()))

    def accepting_numbers(self, norm: str, lemma: str) -> list[int]:
        """Indices (ascending) of the elements that accept the token."""
        found: set[int] = set(self._surface.get(norm, ()))
        self._candidates(norm, found)
        if lemma != norm:
            self._candidates(lemma, found)
        found.update(self._tried)
        elements = self.elements
        return sorted(n for n in found if elements[n].accepts(norm, lemma))

    def accepting(self, norm: str, lemma: str) -> list[Element]:
        return [self.elements[n] for n in self.accepting_numbers(norm, lemma)]


class _FollowTable:
    """One word's terms, looked up by their second element (see starting_before)."""

    def __init__(self, terms: tuple[Term, ...]) -> None:
        self.terms = terms
        self._single = [n for n, term in enumerate(terms) if not term[1]]
        self._multi = [n for n, term in enumerate(terms) if term[1]]
        self._seconds = ElementTable([terms[n][1][0] for n in self._multi])

    def followed(self, next_norm: str, next_lemma: str) -> tuple[Term, ...]:
        numbers = self._single + [
            self._multi[n] for n in self._seconds.accepting_numbers(next_norm, next_lemma)
        ]
        numbers.sort()
        return tuple(self.terms[n] for n in numbers)


def _prefilter(elements: Sequence[Element]) -> Callable[[str], bool]:
    """A test no weaker than `any(e.accepts(form, form) for e in elements)`, cheap to run."""
    starts = tuple(e.core for e in elements if e.core is not None and e.at == "start")
    ends = tuple(e.core for e in elements if e.core is not None and e.at == "end")
    inside = tuple(e.core for e in elements if e.core is not None and e.at == "inside")
    bodies = [f"(?:{e.regex.pattern})" for e in elements if e.regex is not None]
    union = re.compile("|".join(bodies)) if bodies else None

    def test(form: str) -> bool:
        if form.startswith(starts) or form.endswith(ends) or any(p in form for p in inside):
            return True
        return union is not None and union.fullmatch(form) is not None

    return test


def _followed(
    terms: Sequence[Term], next_norm: str | None, next_lemma: str | None
) -> tuple[Term, ...]:
    """The terms of one word, or whose second element accepts the next word (None:
    there is none)."""
    return tuple(
        term
        for term in terms
        if not term[1]
        or (
            next_norm is not None
            and next_lemma is not None
            and term[1][0].accepts(next_norm, next_lemma)
        )
    )


def _wildcard(word: str, fold: Callable[[str], str]) -> tuple[str, str] | None:
    """(folded core, where it stands) for stem*, *end, *part*; None for a plain word."""
    if "*" not in word:
        return None
    core = word.strip("*")
    if not core or "*" in core:
        raise ValueError(f"bad wildcard {word!r}")
    head, tail = word.startswith("*"), word.endswith("*")
    return fold(core), "inside" if head and tail else "end" if head else "start"


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
            if term.startswith(("@", "^@")):
                # "^@X": every term of X, each only where it opens its clause.
                prefix = "^" if term.startswith("^") else ""
                for inner in terms_of(term.lstrip("^")[1:], depth + 1):
                    out.append(prefix + inner if not inner.startswith("^") else inner)
            else:
                out.append(term)
        return out

    # A term listed by several concepts is compiled once, under the names of all of them
    # (its label): a word like "we" stands in dozens of concepts, and a draft should make
    # one occurrence of it, not one per concept.
    owners: dict[str, list[str]] = {}
    for name in concepts:
        for term in terms_of(name):
            holders = owners.setdefault(term, [])
            if name not in holders:
                holders.append(name)
    labels: dict[tuple[str, ...], tuple[str, ...]] = {}
    known: dict[str, list[Element]] = {}
    for term, holders in owners.items():
        label = labels.setdefault(tuple(holders), tuple(holders))
        at_start = term.startswith("^")
        try:
            elements = _elements(term.lstrip("^"), fold, tokenize, safe_regex, known)
        except (ValueError, re.error) as exc:
            raise ValueError(f"concept {holders[0]}: term {term!r}: {exc}") from None
        first, compiled = elements[0], (label, tuple(elements[1:]), at_start)
        if first.cased is not None:
            index.exact_cased.setdefault(first.cased, []).append(compiled)
        elif first.exact is not None:
            table = index.exact_surface if first.surface else index.exact
            table.setdefault(first.exact, []).append(compiled)
        else:
            index.wild.setdefault(first, []).append(compiled)
    for label in labels.values():
        for name in label:
            index.labels_of.setdefault(name, []).append(label)
    return index


def frame_over_labels(frame: Frame, labels_of: dict[str, list[tuple[str, ...]]]) -> Frame:
    """The frame with each concept replaced by the labels its terms are compiled under
    (see compile_concepts), as occurrences carry labels, not concept names."""

    def expand(names: Sequence[str]) -> tuple:
        return tuple(dict.fromkeys(label for name in names for label in labels_of.get(name, ())))

    return replace(
        frame,
        slots=tuple(expand(slot) for slot in frame.slots),
        unless=expand(frame.unless),
        unless_near=expand(frame.unless_near),
    )


def _elements(
    term: str,
    fold: Callable[[str], str],
    tokenize: Callable[[str], list[str]],
    safe_regex: Callable[[str], re.Pattern[str]],
    known: dict[str, list[Element]] | None = None,
) -> list[Element]:
    """A term's elements; `known` keeps each word's, as a lexicon's thousands of terms
    share a few thousand words (fewer objects to build and for the collector to scan)."""
    elements: list[Element] = []
    for word in term.split():
        found = known.get(word) if known is not None else None
        if found is None:
            found = _word_elements(word, fold, tokenize, safe_regex)
            if known is not None:
                known[word] = found
        elements.extend(found)
    if not elements:
        raise ValueError("empty term")
    return elements


def _word_elements(
    word: str,
    fold: Callable[[str], str],
    tokenize: Callable[[str], list[str]],
    safe_regex: Callable[[str], re.Pattern[str]],
) -> list[Element]:
    if len(word) > 2 and word.startswith("=="):
        pieces = tokens_of(word[2:], tokenize)
        if pieces != [word[2:]]:
            raise ValueError(f"{word!r}: a cased term is one word")
        return [Element(exact=fold(word[2:]), surface=True, cased=word[2:])]
    surface = len(word) > 1 and word.startswith("=")
    word = word[1:] if surface else word
    if len(word) > 2 and word.startswith("/") and word.endswith("/"):
        return [Element(regex=safe_regex(word[1:-1]), surface=surface)]
    wild = _wildcard(word, fold)
    if wild is not None:
        return [Element(core=wild[0], at=wild[1], surface=surface)]
    pieces = [t for w in fold(word.replace("_", " ")).split() for t in tokens_of(w, tokenize)]
    if not pieces:
        raise ValueError("empty term")
    return [Element(exact=p, surface=surface) for p in pieces]


class Occurrence(NamedTuple):
    """A concept found at tokens [start, end): a tuple, as a draft makes thousands."""

    concept: tuple[str, ...]  # the concepts whose term this is (a term's label)
    start: int  # token index
    end: int  # token index, exclusive


# Occurrence((concept, start, end)) without the named tuple's Python-level __new__
# (half the cost, and find_concepts makes hundreds per draft).
new_occurrence = tuple.__new__


def find_concepts(
    index: ConceptIndex,
    norms: Sequence[str],
    lemmas: Sequence[str],
    spaces: Sequence[bool],
    clause_of: Sequence[int] | None = None,
    surfaces: Sequence[str] | None = None,
    skippable: frozenset[str] = frozenset(),
    coordinators: frozenset[str] = frozenset(),
) -> list[Occurrence]:
    """Every concept occurrence; multiword terms skip whitespace tokens between words,
    and one `skippable` degree adverb between two of their words ("was made perfectly
    clear" for "was made clear"). A `^term` counts only at the first word of its clause
    (`clause_of` given), a coordinating conjunction before it not counted ("og skulle …");
    a `==Word` element only where the token is written so (`surfaces` given)."""
    found: list[Occurrence] = []
    count = len(norms)
    words = [i for i in range(count) if not spaces[i]]
    previous_clause, word_seen = -1, False
    starting = index.starting
    cased = index.exact_cased if surfaces is not None else {}
    memo = index._memo  # starting()'s memo, read inline: most words are looked up there
    last = len(words)
    for position, i in enumerate(words):
        if clause_of is not None and clause_of[i] != previous_clause:
            previous_clause, word_seen = clause_of[i], False
        norm, lemma = norms[i], lemmas[i]
        # A clause opens at its first word (an opening quote or bullet does not count).
        opens = clause_of is not None and not word_seen
        if not word_seen and norm not in coordinators:
            word_seen = any(ch.isalnum() for ch in norm)
        written = cased.get(surfaces[i], ()) if cased and surfaces is not None else ()
        if not written:  # most words start no term
            known = memo.get(norm if lemma == norm else (norm, lemma))
            if known is None:
                known = starting(norm, lemma)
            if not known:
                continue
        following = words[position + 1] if position + 1 < last else None
        next_norm = None if following is None else norms[following]
        next_lemma = None if following is None else lemmas[following]
        third = words[position + 2] if position + 2 < last else None
        if not written and not (next_norm in skippable and third is not None):
            # The common case, from a plan of the word's terms (see _TokenPlan).
            plan = index.plan_before(norm, lemma, next_norm, next_lemma)
            for concept in plan.singles:
                found.append(new_occurrence(Occurrence, (concept, i, i + 1)))
            if opens:
                for concept in plan.opening_singles:
                    found.append(new_occurrence(Occurrence, (concept, i, i + 1)))
            multi = list(plan.pairs)
            if third is not None and plan.longer:
                multi.extend(plan.longer_before(norms[third], lemmas[third], skippable))
            for concept, rest, at_start in multi:
                if at_start and not opens:
                    continue
                # The second element accepts the next word (starting_before checked it).
                if rest[0].cased is not None and (
                    surfaces is None or surfaces[following] != rest[0].cased
                ):
                    continue
                end = _extend(
                    rest[1:], following + 1, norms, lemmas, spaces, count, surfaces, skippable
                )
                if end is not None:
                    found.append(new_occurrence(Occurrence, (concept, i, end)))
            continue
        terms = index.starting_before(norm, lemma, next_norm, next_lemma)
        if written:
            terms = terms + _followed(written, next_norm, next_lemma)
        candidates = [(following, third, terms)]
        if following is not None and next_norm in skippable and third is not None:
            after = third  # "made [perfectly] clear": the word after the adverb
            skipped = index.starting_before(norm, lemma, norms[after], lemmas[after])
            beyond = words[position + 3] if position + 3 < last else None
            candidates.append((after, beyond, tuple(t for t in skipped if t[1])))
        for second, next_word, found_terms in candidates:
            for concept, rest, at_start in found_terms:
                if at_start and not opens:
                    continue
                if not rest:
                    found.append(new_occurrence(Occurrence, (concept, i, i + 1)))
                    continue
                # The second element accepts the next word (starting_before checked it).
                if rest[0].cased is not None and (
                    surfaces is None or surfaces[second] != rest[0].cased
                ):
                    continue
                if len(rest) > 1:
                    # Most terms of three words fail at the third: an exact third element
                    # is tested inline (no stricter than _extend, which may skip an adverb).
                    if next_word is None:
                        continue
                    third_element = rest[1]
                    exact = third_element.exact
                    if exact is not None:
                        third_norm = norms[next_word]
                        if (
                            third_norm != exact
                            and third_norm not in skippable
                            and (third_element.surface or lemmas[next_word] != exact)
                        ):
                            continue
                end = _extend(
                    rest[1:], second + 1, norms, lemmas, spaces, count, surfaces, skippable
                )
                if end is not None:
                    found.append(new_occurrence(Occurrence, (concept, i, end)))
    return found


def _extend(
    rest, j, norms, lemmas, spaces, count, surfaces=None, skippable=frozenset()
) -> int | None:
    for element in rest:
        while j < count and spaces[j]:
            j += 1
        if j < count and norms[j] in skippable and not element.accepts(norms[j], lemmas[j]):
            j += 1  # one degree adverb inside the term ("made perfectly clear")
            while j < count and spaces[j]:
                j += 1
        if j >= count or not element.accepts(norms[j], lemmas[j]):
            return None
        if element.cased is not None and (surfaces is None or surfaces[j] != element.cased):
            return None
        j += 1
    return j


class FrameHit(NamedTuple):
    frame: int
    start: int
    end: int


Unit = dict[tuple[str, ...], list[Occurrence]]  # by term label


def _merged(parts: Sequence[Unit]) -> Unit:
    if len(parts) == 1:
        return parts[0]
    merged: Unit = {}
    for part in parts:
        for concept, occs in part.items():
            merged.setdefault(concept, []).extend(occs)
    return merged


def _unit_parts(
    scope: str,
    by_clause: dict[int, Unit],
    by_sentence: dict[int, Unit],
    clause_sentence: dict[int, int],
    marked: set[int],
) -> list[tuple[Unit, ...]]:
    """The parts (clauses or sentences) of each unit a frame of `scope` must hold in,
    for the units with a part in `marked` (clauses, or for sentence and context scope
    sentences, that hold a trigger), in the order of the units."""
    if scope == "clause":
        return [(by_clause[c],) for c in sorted(marked)]
    if scope == "sentence":
        return [(by_sentence[s],) for s in sorted(marked)]
    if scope == "context":  # the sentence and the one before it
        keys = sorted({k for s in marked for k in (s, s + 1) if k in by_sentence})
        return [
            (by_sentence[s - 1], by_sentence[s]) if s - 1 in by_sentence else (by_sentence[s],)
            for s in keys
        ]
    # adjacent: a clause and the next one in the same sentence
    keys = sorted({k for c in marked for k in (c - 1, c) if k in by_clause})
    return [
        (by_clause[c], by_clause[c + 1])
        if clause_sentence.get(c + 1) == clause_sentence[c] and c + 1 in by_clause
        else (by_clause[c],)
        for c in keys
    ]


def _group(occurrences: list[Occurrence], unit_of: Sequence[int]) -> dict[int, Unit]:
    grouped: dict[int, Unit] = {}
    for occ in occurrences:
        key = unit_of[occ.start]
        unit = grouped.get(key)
        if unit is None:
            grouped[key] = {occ.concept: [occ]}
            continue
        found = unit.get(occ.concept)
        if found is None:
            unit[occ.concept] = [occ]
        else:
            found.append(occ)
    return grouped


class _Planned(NamedTuple):
    """A frame as evaluate_frames reads it: its number in the lexicon's frame list."""

    number: int
    frame: Frame


class _Plan(NamedTuple):
    """A frame list by scope: each frame under the labels of one of its slots (its
    trigger), and for each label a bit per (frame, slot) it fills, so that whether every
    slot of a frame occurs in a draft is one integer test."""

    # (scope, trigger label -> [(frame, the bits of its slots)])
    scopes: list[tuple[str, dict[tuple[str, ...], list[tuple[_Planned, int]]]]]
    label_bits: dict[tuple[str, ...], int]


# id(frames) -> (frames, plan), made once per frame list: a draft should not pay for
# sorting a lexicon's frames.
_PLANS: dict[int, tuple[Sequence[Frame], _Plan]] = {}


def _trigger_slot(slots: tuple[frozenset[tuple[str, ...]], ...]) -> frozenset[tuple[str, ...]]:
    """The slot a frame is looked up by: the one with the fewest labels, as a slot of
    few terms ("already", "told") occurs in fewer clauses than one of many ("we")."""
    return min(slots, key=len)


def _plan(frames: Sequence[Frame]) -> _Plan:
    known = _PLANS.get(id(frames))
    if known is not None and known[0] is frames:
        return known[1]
    scopes = []
    label_bits: dict[tuple[str, ...], int] = {}
    bit = 0
    for scope in SCOPES:
        by_trigger: dict[tuple[str, ...], list[tuple[_Planned, int]]] = {}
        for number, frame in enumerate(frames):
            if frame.scope != scope:
                continue
            sets = tuple(frozenset(slot) for slot in frame.slots)
            mask = 0
            for slot in sets:
                for label in slot:
                    label_bits[label] = label_bits.get(label, 0) | (1 << bit)
                mask |= 1 << bit
                bit += 1
            item = (_Planned(number, frame), mask)
            for label in _trigger_slot(sets):
                by_trigger.setdefault(label, []).append(item)
        if by_trigger:
            scopes.append((scope, by_trigger))
    plan = _Plan(scopes, label_bits)
    if len(_PLANS) > 64:
        _PLANS.clear()
    _PLANS[id(frames)] = (frames, plan)
    return plan


def evaluate_frames(
    frames: Sequence[Frame],
    occurrences: list[Occurrence],
    clause_of: Sequence[int],
    sentence_of: Sequence[int],
) -> list[FrameHit]:
    """Frames that hold: every slot filled inside one scope unit, no veto in it. A unit
    tries only the frames whose trigger slot it holds, each with one integer test (the
    unit's (frame, slot) bits against the frame's), and a unit of two parts is merged
    only when one part holds a trigger (linear in the draft). Within a unit, hits come in
    the order of the first occurrence of each frame's first slot, then of the frame's
    number."""
    plan = _plan(frames)
    bits = plan.label_bits
    present_labels = {occ.concept for occ in occurrences}
    scopes = [
        (scope, by_trigger)
        for scope, by_trigger in plan.scopes
        if not present_labels.isdisjoint(by_trigger)
    ]
    if not scopes:
        return []
    by_clause = _group(occurrences, clause_of)
    clause_sentence = {
        c: sentence_of[next(iter(u.values()))[0].start] for c, u in by_clause.items()
    }
    by_sentence: dict[int, Unit] = {}
    if {scope for scope, _ in scopes} & {"sentence", "context"}:  # merged from the clauses
        clauses_of: dict[int, list[Unit]] = {}
        for clause, unit in by_clause.items():
            clauses_of.setdefault(clause_sentence[clause], []).append(unit)
        by_sentence = {sentence: _merged(parts) for sentence, parts in clauses_of.items()}
    hits: list[FrameHit] = []
    for scope, by_trigger in scopes:
        wanted = by_trigger.keys()
        in_clauses = scope in ("clause", "adjacent")
        marked = {
            c if in_clauses else clause_sentence[c]
            for c, unit in by_clause.items()
            if not wanted.isdisjoint(unit)
        }
        for parts in _unit_parts(scope, by_clause, by_sentence, clause_sentence, marked):
            unit = _merged(parts)
            tried: set[int] = set()  # a frame's trigger slot may hold several labels here
            present: list[_Planned] = []
            in_unit = -1  # the unit's (frame, slot) bits, made when a frame is first tried
            for concept in wanted & unit.keys():
                for item, mask in by_trigger[concept]:
                    if item.number not in tried:
                        tried.add(item.number)
                        if in_unit < 0:
                            in_unit = 0
                            for label in unit:
                                in_unit |= bits.get(label, 0)
                        if in_unit & mask == mask:  # every slot of the frame is in the unit
                            present.append(item)
            if not present:
                continue
            position = {concept: n for n, concept in enumerate(unit)}
            ordered = sorted(
                present,
                key=lambda item: (
                    min(position[c] for c in item.frame.slots[0] if c in position),
                    item.number,
                ),
            )
            for item in ordered:
                for start, end in _hold(item.frame, unit):
                    hits.append(FrameHit(item.number, start, end))
    return hits


def _hold(frame: Frame, unit: dict[str, list[Occurrence]]) -> list[tuple[int, int]]:
    """One hit per occurrence of the anchor slot (the first slot without an anchor),
    each with the nearest occurrence of every other slot; none if a veto occurs."""
    vetoes = [o for concept in frame.unless for o in unit.get(concept, ())]
    if vetoes and (frame.veto_within is None or frame.unless_near):
        return []  # a veto anywhere in the scope
    if frame.unless_near:
        vetoes = [o for concept in frame.unless_near for o in unit.get(concept, ())]
    filled: list[list[Occurrence]] = []
    for slot in frame.slots:
        occs = [o for concept in slot for o in unit.get(concept, ())]
        if not occs:
            return []
        filled.append(occs)
    hits = _hold_in_order(frame, filled) if frame.ordered else _hold_nearest(frame, filled)
    if vetoes:
        reach = frame.veto_within or 0
        hits = [
            (start, end)
            for start, end in hits
            if not any(v.start < end + reach and start - reach < v.end for v in vetoes)
        ]
    return hits


def _hold_nearest(frame: Frame, filled: list[list[Occurrence]]) -> list[tuple[int, int]]:
    """From each occurrence of the anchor slot, the nearest occurrence of every other."""
    pivot = frame.anchor if frame.anchor is not None else 0
    hits = []
    for anchor in sorted(filled[pivot], key=lambda o: (o.start, -o.end)):
        chosen = [anchor]
        for number, occs in enumerate(filled):
            if number != pivot:
                # Nearest first; of two starting alike, the shorter (it keeps `within`).
                chosen.append(min(occs, key=lambda o: (abs(o.start - anchor.start), o.end)))
        first, last = min(o.start for o in chosen), max(o.end for o in chosen)
        if frame.within is not None and last - first > frame.within:
            continue
        hits.append((anchor.start, anchor.end) if frame.anchor is not None else (first, last))
    return hits


def _hold_in_order(frame: Frame, filled: list[list[Occurrence]]) -> list[tuple[int, int]]:
    """Hits where every slot follows the one before it: from each occurrence of the first
    slot, the first occurrence of each next slot after the previous one."""
    hits = []
    for first in sorted(filled[0], key=lambda o: (o.start, -o.end)):
        chosen = [first]
        for occs in filled[1:]:
            later = [o for o in occs if o.start >= chosen[-1].end]
            if not later:
                break
            chosen.append(min(later, key=lambda o: (o.start, o.end)))  # the shorter of a tie
        if len(chosen) < len(filled):
            continue
        start, end = chosen[0].start, chosen[-1].end
        if frame.within is not None and end - start > frame.within:
            continue
        if frame.anchor is not None:
            start, end = chosen[frame.anchor].start, chosen[frame.anchor].end
        hits.append((start, end))
    return hits


def clause_indices(
    norms: Sequence[str],
    starts: Sequence[bool],
    spaces: Sequence[bool],
    punctuation: frozenset[str],
    openers: frozenset[str],
    joined: frozenset[tuple[str, str]] = frozenset(),
) -> list[int]:
    """The clause each token belongs to: a new clause at each sentence start, after
    clause punctuation (, ; : and their CJK forms) and at a conjunction that opens one,
    unless it is the second word of a `joined` pair ("efter at", "til og med")."""
    clause_of = [0] * len(norms)
    clause = 0
    pending = False
    seen_word = False
    previous = ""
    for i, norm in enumerate(norms):
        if spaces[i]:
            clause_of[i] = clause
            continue
        opens = norm in openers and seen_word and (previous, norm) not in joined
        previous = norm
        if (starts[i] or pending or opens) and i:
            clause += 1
            seen_word = False
        pending = norm in punctuation
        clause_of[i] = clause
        # An opener is no word of its clause yet: "and then", "but if" open one clause.
        if not pending and norm not in openers:
            seen_word = True
    return clause_of
