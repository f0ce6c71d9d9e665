"""Token-pattern matching, split by anchor so a draft only meets the patterns it could
match.

Patterns are spaCy Matcher token patterns (the lexicon compiles to them; NORM as a
string, IN list or REGEX, IS_SENT_START, and the operators ?, + and {0,n}), with
spaCy's semantics: every (start, end) a pattern can match. They are matched here
over the tokens' NORM strings in plain Python: calling spaCy's Matcher on a window
costs tens of microseconds before the first pattern is tried, and a draft has
hundreds of windows.

Each pattern goes into a group chosen by its first token: an exact word (one
group per word) or a wildcard (one per regex). A group only runs on a window
that starts where its anchor occurs in the draft and is as long as its longest
pattern. Patterns whose first token is optional go into one spaCy Matcher run over the
whole draft (it tries them at every token in compiled code).
"""

from __future__ import annotations

import re
from collections import defaultdict

_ALWAYS = "\0always"
_UNBOUNDED = 20  # window tokens allowed for a "+" or "*" token


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


def _split_optional_first(pattern: list[dict]) -> tuple[list[dict], list[dict]] | None:
    """An optional first word as two patterns, one with it and one without ("还? 没 有"
    is "还 没 有" or "没 有"): the same matches, and both anchored on a word, so they
    need not go to spaCy's Matcher, which tries them at every token. None when the
    first token names no word."""
    first, rest = pattern[0], pattern[1:]
    op, norm = first.get("OP"), first.get("NORM")
    if norm is None or not rest:
        return None
    bare = {k: v for k, v in first.items() if k != "OP"}
    if op == "?":
        return [bare, *rest], rest
    if op == "*":
        return [{**bare, "OP": "+"}, *rest], rest
    if isinstance(op, str) and op.startswith("{0,") and op.endswith("}") and op[3:-1].isdigit():
        most = int(op[3:-1])
        more = [{**bare, "OP": f"{{0,{most - 1}}}"}] if most > 1 else []
        return [bare, *more, *rest], rest
    return None


# A compiled token spec: (exact NORM or None, NORM set or None, regex or None,
# must start a sentence, fewest tokens, most tokens).
Spec = tuple[str | None, frozenset[str] | None, re.Pattern[str] | None, bool, int, int]


def _compile_spec(spec: dict, unbounded: int = 1 << 30) -> Spec:
    op = spec.get("OP")
    low, high = {None: (1, 1), "?": (0, 1), "+": (1, unbounded), "*": (0, unbounded)}.get(
        op, (0, 0)
    )
    if isinstance(op, str) and op.startswith("{"):
        bounds = op.strip("{}").split(",")
        low = int(bounds[0] or 0)
        high = int(bounds[-1]) if bounds[-1] else unbounded
    unknown = set(spec) - {"NORM", "OP", "IS_SENT_START"}
    if unknown or (op is not None and high == 0):
        raise ValueError(f"unsupported token spec {spec!r}")
    norm = spec.get("NORM")
    exact = norm if isinstance(norm, str) else None
    among = frozenset(norm["IN"]) if isinstance(norm, dict) and "IN" in norm else None
    regex = re.compile(norm["REGEX"]) if isinstance(norm, dict) and "REGEX" in norm else None
    if isinstance(norm, dict) and among is None and regex is None:
        raise ValueError(f"unsupported token spec {spec!r}")
    return exact, among, regex, bool(spec.get("IS_SENT_START")), low, high


def _accepts(spec: Spec, norm: str, start: bool) -> bool:
    exact, among, regex, sent_start, _, _ = spec
    if sent_start and not start:
        return False
    if exact is not None:
        return norm == exact
    if among is not None:
        return norm in among
    if regex is not None:
        return regex.search(norm) is not None
    return True


def pattern_ends(
    specs: tuple[Spec, ...], k: int, j: int, limit: int, norms: list[str], starts: list[bool]
) -> set[int]:
    """Every end of a match of specs[k:] that begins at token j (tokens before `limit`)."""
    if k == len(specs):
        return {j}
    spec = specs[k]
    low, high = spec[4], spec[5]
    taken = 0
    while (
        taken < high and j + taken < limit and _accepts(spec, norms[j + taken], starts[j + taken])
    ):
        taken += 1
    if taken < low:
        return set()
    ends: set[int] = set()
    for count in range(low, taken + 1):
        ends |= pattern_ends(specs, k + 1, j + count, limit, norms, starts)
    return ends


# A group's pattern: its key, its specs, whether every spec takes exactly one token
# (then there is one end, found without recursion), the exact words the pattern cannot
# match without (all must be in the window), and the word sets it needs a word of.
Compiled = tuple[int, tuple[Spec, ...], bool, frozenset[str], tuple[frozenset[str], ...]]


def _probe(specs: tuple[Spec, ...]) -> frozenset[str] | None:
    if len(specs) < 2 or specs[0][4:] != (1, 1) or specs[1][4] < 1:
        return None
    exact, among = specs[1][0], specs[1][1]
    if exact is not None:
        return frozenset([exact])
    return among


class AnchoredMatcher:
    """add()/__call__() like spacy.matcher.Matcher's, skipping hopeless patterns."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self._words: set[str] = set()
        self._matchers: dict[str, list[Compiled]] = {}
        self._patterns: dict[str, list[tuple[str, list]]] = defaultdict(list)
        self._anchor_groups: dict[str, tuple[str, ...]] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._window: dict[str, int] = {}
        self._built = False
        self._always = None

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        for pattern in patterns:
            anchors = _anchors(pattern)
            if anchors is None:
                split = _split_optional_first(pattern)
                if split is None:
                    self._patterns[_ALWAYS].append((key, pattern))
                else:
                    self.add(key, list(split))
                continue
            words, regexes = anchors
            for word in words:
                self._patterns["w:" + word].append((key, pattern))
            for regex in regexes:
                self._patterns["r:" + regex].append((key, pattern))
        self._built = False

    def _build(self) -> None:
        """Index the groups; each group's patterns are compiled on first use (a draft
        meets only a few anchors, and compiling all of them is most of a cold start)."""
        self._words = {g[2:] for g in self._patterns if g.startswith("w:")}
        self._compiled = {g[2:]: re.compile(g[2:]) for g in self._patterns if g.startswith("r:")}
        self._window = {g: max(_max_length(p) for _, p in m) for g, m in self._patterns.items()}
        self._matchers.clear()
        self._always = None
        self._anchor_groups.clear()
        self._built = True

    def _matcher(self, group: str) -> tuple[dict[str, list[Compiled]], list[Compiled]]:
        """The group's patterns, compiled on first use (a draft meets few anchors), indexed
        by the word their second token must be (most patterns fail there, and a lookup
        skips them without a loop); patterns whose second token is not one word-set
        come second."""
        compiled = self._matchers.get(group)
        if compiled is None:
            strings = self.vocab.strings
            by_next: dict[str, list[Compiled]] = defaultdict(list)
            free: list[Compiled] = []
            for key, pattern in self._patterns[group]:
                specs = tuple(_compile_spec(spec) for spec in pattern)
                fixed = all(spec[4:] == (1, 1) for spec in specs)
                probe = _probe(specs)
                rest = specs[2:] if probe is not None else specs[1:]
                needed = frozenset(spec[0] for spec in rest if spec[0] and spec[4])
                sets = tuple(spec[1] for spec in rest if spec[1] and spec[4])
                entry = (strings.add(key), specs, fixed, needed, sets)
                if probe is None:
                    free.append(entry)
                else:
                    for word in probe:
                        by_next[word].append(entry)
            compiled = (dict(by_next), free)
            self._matchers[group] = compiled
        return compiled

    def reads_doc_norms(self) -> bool:
        """Whether matching reads the Doc's NORM attribute (spaCy's Matcher does; the
        anchored groups read the NORM list they are given)."""
        if not self._built:
            self._build()
        return _ALWAYS in self._patterns

    def _unanchored(self):
        """spaCy's Matcher for the patterns that may skip their first token: it tries
        them at every token in one pass, which is cheap in its compiled code."""
        if self._always is None:
            from spacy.matcher import Matcher

            self._always = Matcher(self.vocab)
            by_key: dict[str, list] = defaultdict(list)
            for key, pattern in self._patterns[_ALWAYS]:
                by_key[key].append(pattern)
            for key, patterns in by_key.items():
                self._always.add(key, patterns)
        return self._always

    @staticmethod
    def _run(
        by_next: dict[str, list[Compiled]],
        free: list[Compiled],
        i: int,
        limit: int,
        norms: list[str],
        starts: list[bool],
        found: set[tuple[int, int, int]],
    ) -> None:
        """Add to `found` the matches of a group's patterns that begin at token i."""
        following = norms[i + 1] if i + 1 < limit else None
        candidates = by_next.get(following) if following is not None else None
        candidates = (free + candidates if free else candidates) if candidates else free
        window: set[str] | None = None
        for key, specs, fixed, needed, sets in candidates:
            if needed or sets:
                if window is None:
                    window = set(norms[i:limit])
                if not needed <= window or any(words.isdisjoint(window) for words in sets):
                    continue
            if fixed:
                end = i + len(specs)
                if end <= limit and all(
                    _accepts(spec, norms[j], starts[j]) for j, spec in enumerate(specs, i)
                ):
                    found.add((key, i, end))
                continue
            for end in pattern_ends(specs, 0, i, limit, norms, starts):
                if end > i:
                    found.add((key, i, end))

    def _groups_for(self, norm: str) -> tuple[str, ...]:
        """The groups a token anchors: its word's, and each regex's it matches (memoised)."""
        groups = self._anchor_groups.get(norm)
        if groups is None:
            groups = tuple(["w:" + norm] if norm in self._words else []) + tuple(
                "r:" + r for r, c in self._compiled.items() if c.search(norm)
            )
            if len(self._anchor_groups) > 100_000:
                self._anchor_groups.clear()
            self._anchor_groups[norm] = groups
        return groups

    def __call__(self, doc, norms: list[str], starts: list[bool]) -> list[tuple[int, int, int]]:
        """Matches in `doc`, given each token's NORM and whether it starts a sentence."""
        if not self._built:
            self._build()
        anchored: dict[str, list[int]] = defaultdict(list)
        anchor_groups = self._anchor_groups
        for i, norm in enumerate(norms):
            groups = anchor_groups.get(norm)
            if groups is None:
                groups = self._groups_for(norm)
            for group in groups:
                anchored[group].append(i)
        found: set[tuple[int, int, int]] = set()
        count = len(norms)
        words: set[str] | None = None
        for group, positions in anchored.items():
            window = self._window[group]
            by_next, free = self._matcher(group)
            if free and len(positions) > 1:
                # Patterns missing a word the whole draft lacks, dropped once per draft
                # rather than at each position.
                if words is None:
                    words = set(norms)
                free = [
                    c for c in free if c[3] <= words and not any(s.isdisjoint(words) for s in c[4])
                ]
            for i in positions:
                # No memo of windows: drafts seldom repeat a window's every token, and
                # building the key cost more than the hits saved (measured on varied drafts).
                self._run(by_next, free, i, min(i + window, count), norms, starts, found)
        if _ALWAYS in self._patterns:
            found.update(self._unanchored()(doc))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))
