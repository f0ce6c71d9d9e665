"""spaCy matching, split by anchor so a draft only meets the patterns it could match.

One spaCy Matcher over every lexicon pattern costs time for every pattern at
every token. Here each pattern goes into a small Matcher chosen by its first
token: an exact word (one Matcher per word) or a wildcard (one per regex). Such
a Matcher only runs on a window that starts where its anchor occurs in the
draft and is as long as its longest pattern. Patterns whose first token is
optional go into a Matcher that runs on the whole draft. The results are exactly
those of one Matcher holding every pattern.
"""

from __future__ import annotations

import re
from collections import defaultdict

_ALWAYS = "\0always"
_UNBOUNDED = 20  # window tokens allowed for a "+" or "*" token
MEMO_SIZE = 10_000  # remembered windows per language, then forgotten all at once


def _max_length(pattern: list[dict]) -> int:
    total = 0
    for spec in pattern:
        op = spec.get("OP")
        if op in (None, "?", "!"):
            total += 1
        elif op.startswith("{"):
            total += int(op.strip("{}").split(",")[-1] or _UNBOUNDED)
        else:
            total += _UNBOUNDED
    return total


def _anchors(pattern: list[dict]) -> tuple[list[str], list[str]] | None:
    """(exact words, regexes) the first token must match; None when it may be skipped."""
    first = pattern[0]
    if first.get("OP") not in (None, "+"):
        return None
    norm = first.get("NORM")
    if isinstance(norm, str):
        return [norm], []
    if isinstance(norm, dict) and "IN" in norm:
        return list(norm["IN"]), []
    if isinstance(norm, dict) and "REGEX" in norm:
        return [], [norm["REGEX"]]
    return None


class AnchoredMatcher:
    """Drop-in for spacy.matcher.Matcher.add()/__call__() that skips hopeless patterns."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self._words: set[str] = set()
        self._matchers: dict[str, object] = {}
        self._patterns: dict[str, list[tuple[str, list]]] = defaultdict(list)
        self._regex_hits: dict[str, tuple[str, ...]] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._window: dict[str, int] = {}
        self._memo: dict[tuple, tuple[tuple[int, int, int], ...]] = {}
        self._built = False

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        for pattern in patterns:
            anchors = _anchors(pattern)
            if anchors is None:
                self._patterns[_ALWAYS].append((key, pattern))
                continue
            words, regexes = anchors
            for word in words:
                self._patterns["w:" + word].append((key, pattern))
            for regex in regexes:
                self._patterns["r:" + regex].append((key, pattern))
        self._built = False

    def _build(self) -> None:
        """Index the groups; each group's spaCy Matcher is made on first use (a draft
        meets only a few anchors, and making all of them is most of a cold start)."""
        self._words = {g[2:] for g in self._patterns if g.startswith("w:")}
        self._compiled = {g[2:]: re.compile(g[2:]) for g in self._patterns if g.startswith("r:")}
        self._window = {g: max(_max_length(p) for _, p in m) for g, m in self._patterns.items()}
        self._matchers.clear()
        self._regex_hits.clear()
        self._memo.clear()
        self._built = True

    def _matcher(self, group: str):
        matcher = self._matchers.get(group)
        if matcher is None:
            from spacy.matcher import Matcher

            matcher = Matcher(self.vocab)
            by_key: dict[str, list] = defaultdict(list)
            for key, pattern in self._patterns[group]:
                by_key[key].append(pattern)
            for key, patterns in by_key.items():
                matcher.add(key, patterns)
            self._matchers[group] = matcher
        return matcher

    def _regexes_for(self, norm: str) -> tuple[str, ...]:
        hits = self._regex_hits.get(norm)
        if hits is None:
            hits = tuple(r for r, c in self._compiled.items() if c.search(norm))
            if len(self._regex_hits) > 100_000:
                self._regex_hits.clear()
            self._regex_hits[norm] = hits
        return hits

    def __call__(self, doc, norms: list[str], starts: list[bool]) -> list[tuple[int, int, int]]:
        """Matches in `doc`, given each token's NORM and whether it starts a sentence."""
        if not self._built:
            self._build()
        anchored: dict[str, list[int]] = defaultdict(list)
        for i, norm in enumerate(norms):
            if norm in self._words:
                anchored["w:" + norm].append(i)
            for regex in self._regexes_for(norm):
                anchored["r:" + regex].append(i)
        found: set[tuple[int, int, int]] = set()
        for group, positions in anchored.items():
            window = self._window[group]
            for i in positions:
                for key, start, end in self._window_matches(doc, group, i, window, norms, starts):
                    found.add((key, i + start, i + end))
        if _ALWAYS in self._patterns:
            found.update(self._matcher(_ALWAYS)(doc))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _window_matches(self, doc, group, i, window, norms, starts):
        """Matches starting at the window's first token; memoised on what patterns read
        (each token's NORM and sentence start), as replies repeat their phrasing."""
        memo_key = (group, tuple(norms[i : i + window]), tuple(starts[i : i + window]))
        cached = self._memo.get(memo_key)
        if cached is None:
            matcher = self._matcher(group)
            cached = tuple((k, s, e) for k, s, e in matcher(doc[i : i + window]) if s == 0)
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[memo_key] = cached
        return cached
