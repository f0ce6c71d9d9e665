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


# A group's pattern: its key, its specs, when the first spec takes exactly one token
# the second spec's required words (most patterns fail there, cheaply), and whether
# every spec takes exactly one token (then there is one end, found without recursion),
# and the exact words the pattern cannot match without (all must be in the window).
Compiled = tuple[int, tuple[Spec, ...], frozenset[str] | None, bool, frozenset[str]]


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
        self._regex_hits: dict[str, tuple[str, ...]] = {}
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
        self._regex_hits.clear()
        self._built = True

    def _matcher(self, group: str) -> list[Compiled]:
        """The group's patterns, compiled on first use (a draft meets few anchors)."""
        compiled = self._matchers.get(group)
        if compiled is None:
            strings = self.vocab.strings
            compiled = []
            for key, pattern in self._patterns[group]:
                specs = tuple(_compile_spec(spec) for spec in pattern)
                fixed = all(spec[4:] == (1, 1) for spec in specs)
                needed = frozenset(spec[0] for spec in specs[1:] if spec[0] and spec[4])
                compiled.append((strings.add(key), specs, _probe(specs), fixed, needed))
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

    def _run(self, group: str, i: int, limit: int, norms, starts) -> set[tuple[int, int, int]]:
        found = set()
        following = norms[i + 1] if i + 1 < limit else None
        window: set[str] | None = None
        for key, specs, probe, fixed, needed in self._matcher(group):
            if probe is not None and following not in probe:
                continue
            if len(needed) > 1:
                if window is None:
                    window = set(norms[i:limit])
                if not needed <= window:
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
        return found

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
        count = len(norms)
        for group, positions in anchored.items():
            window = self._window[group]
            for i in positions:
                # No memo of windows: drafts seldom repeat a window's every token, and
                # building the key cost more than the hits saved (measured on varied drafts).
                found |= self._run(group, i, min(i + window, count), norms, starts)
        if _ALWAYS in self._patterns:
            found.update(self._unanchored()(doc))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))
