"""Load, validate and compile the per-language lexicons.

A lexicon is a TOML file: a few metadata tables plus one table per category,
each holding `patterns`, a list of `[pattern, example]` pairs. The example is a
realistic sentence the pattern must match; the test suite proves it does, so no
entry sits in a lexicon without evidence that it works.

Pattern language (one pattern = whitespace-separated chunks, each one token
unless it is plain text that the language's tokenizer splits further):

    word        the token, case-insensitively ("we're" becomes we + 're)
    beklag*     a token starting with "beklag"; *tid ends with, *fejl* contains
    a|b*|c      any of these forms; `_` joins words into one chunk (to_gange|dobbelt*, on_hold)
    @number     any member of the lexicon's [sets] table `number`
    [word]      optional (any chunk form inside the brackets)
    ...  ...5   a gap of up to 3 (or 5) tokens within the sentence
    <num>       a token of digits ("24", "12:00", "1.5"); <num>+ for one or more
    /regex/     a token whose normalised text fully matches the regex

Chinese is segmented per character, so "深表歉意" is four tokens and a pattern
for 歉意 still matches inside it. Traditional characters are folded to
simplified ones through the lexicon's [script] table before matching.

Tables beside the categories: [concepts] and [[frames]] (frames.py); [clauses]
`openers` (conjunctions that open a clause), `coordinators` (openers that are not the
first word of their clause: after "og" a clause may still open verb-first) and `joined`
(two-word phrases whose second word opens none: "efter at"); [terms] `skippable` (degree
adverbs a multiword concept term may have inside it: "was made perfectly clear" is "was
made clear") and `unbroken` (Chinese words no match may begin or end inside: 要是 "if"
is no condition in 主要是 "mainly is"); [sentences] `abbreviations` (words whose full
stop ends no sentence before a number or a lower-case word: "kl. 14").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from replylint.durations import UNIT_HOURS
from replylint.frames import MAX_SLOTS, SCOPES, Frame, tokens_of

LANGUAGES = ("da", "sv", "et", "zh", "en")

CATEGORIES: dict[str, str] = {
    "failure": "the draft acknowledges that something went wrong for the customer",
    "failure_exception": "look-alikes of failure: 'without problems', failed sign-ins",
    "resolved": "the customer says the problem has gone away ('it's working now')",
    "complaint": "what a customer writes about something gone wrong for them, read only in "
    "a quoted message ('I'm still waiting', 'even though I paid'); never the agent's words",
    "apology": "a first-person apology or regret that owns the problem",
    "non_apology": "conditional or blame-shifting 'apologies' that do not count",
    "trivial_apology": "apologies for trivia on the customer's side ('sorry to bother you')",
    "courtesy_apology": "the customer told they need not apologise ('no need to apologise'): "
    "neither an apology nor a sign of a problem",
    "negation": "words that negate an apology right before it",
    "possibility": "a problem that may come, spoken of in general ('lost cards can be "
    "frozen', 'expect delays'): read by failure context only",
    "possibility_after": "a rule a problem meets, read only after the problem word ('late "
    "passengers cannot be accepted')",
    "possibility_exception": "a possibility said of a person: this customer or us "
    "('your parcel may be delayed')",
    "absence": "quantifiers that say a thing is not there, right before a problem word "
    "('no errors were found', 'ingen mangler', 'nothing is missing')",
    "quote_intro": "words that introduce a quoted message ('the app shows \"Failed\"', 'you "
    "wrote'): a capitalised problem word quoted right after them is the message, not a name",
    "conditional": "words that make an apology conditional right after it",
    "qualifier_exception": "look-alikes of a negation or condition at an apology that "
    "leave it sincere ('vabandame, kui kaua see aega võttis': how long, not if)",
    "blame": "wording that accuses or talks down to the customer",
    "blame_exception": "look-alikes of blame that are expectations or help",
    "breezy": "joy, celebration and small talk that do not fit a failure reply",
    "gratitude": "thanks, which become breezy when emphatic",
    "intensifier": "words that make gratitude emphatic",
    "salutation": "greetings that open a reply",
    "followup": "a promised or ongoing follow-up that is still pending",
    "followup_exception": "look-alikes of follow-ups: purpose clauses, offers, finished actions",
    "time_concrete": "a concrete duration or deadline",
    "time_vague": "vague time words that are no commitment",
    "time_exception": "times that commit to nothing in their clause: past dates ('we "
    "received it on the 2nd'), opening hours, attributive durations ('our 24/7 line')",
    "signoff": "a closing line that starts the signature block",
}

# Categories a lexicon may leave out (added after the first lexicons were written).
OPTIONAL_CATEGORIES = frozenset(
    {
        "time_exception",
        "qualifier_exception",
        "courtesy_apology",
        "absence",
        "possibility",
        "possibility_after",
        "possibility_exception",
        "quote_intro",
    }
)

MAX_EXPANSIONS = 400
_CHUNK_GAP = re.compile(r"^\.\.\.(\d*)$")
# Digits, clock times, decimals and ranges ("24", "12:00", "2-3"), possibly marked as
# approximate ("~10"); Danish and Norwegian tokenizers keep a trailing ordinal dot
# ("3." in "3. marts").
_NUM_REGEX = r"^[~\u2248]?\d+(?:[.,:\u2013-]\d+)*\.?$"


MAX_REGEX_CHARS = 200
# The tokens a lexicon regex meets are single words of at most this many characters
# (analysis.MAX_WORD_CHARS: longer ones get a placeholder NORM).
_REGEX_TOKEN_CHARS = 64
# How many ways a regex may have to match one token. Python's engine backtracks
# through all of them on a token that fails late, so this bounds its work per token:
# 64 * 64 is two unbounded quantifiers in a row (`\w+\d+`); the built-in lexicons need 32.
MAX_REGEX_WAYS = _REGEX_TOKEN_CHARS**2

if sys.version_info >= (3, 11):
    from re import _constants as _sre
    from re import _parser as _sre_parse
else:  # pragma: no cover
    import sre_constants as _sre
    import sre_parse as _sre_parse

_REPEATS = {
    _sre.MAX_REPEAT,
    _sre.MIN_REPEAT,
    *([_sre.POSSESSIVE_REPEAT] if hasattr(_sre, "POSSESSIVE_REPEAT") else []),
}
_REFUSED = {
    _sre.GROUPREF: "a backreference",
    _sre.GROUPREF_EXISTS: "a conditional group",
    _sre.ASSERT: "a lookahead or lookbehind",
    _sre.ASSERT_NOT: "a lookahead or lookbehind",
}


class _RegexHazard(ValueError):
    pass


def _regex_ways(items, repeated: bool) -> int:
    """How many ways the parsed regex `items` can match one token, at most.

    A sequence multiplies its parts, an alternation adds its branches, a quantifier
    multiplies by the number of counts it allows (capped at the token length). Inside
    a quantifier (`repeated`) a part that can match in more than one way is refused
    outright: that is the nested quantifier or repeated alternation that makes
    backtracking exponential, however it is grouped (`(a+)+`, `((a+))+`, `(?:(?:a+))+`,
    `((a|a))*`, `((a{1,64})){1,64}`)."""
    ways = 1
    for op, argument in items:
        if op in _REFUSED:
            raise _RegexHazard(_REFUSED[op])
        if op in _REPEATS:
            low, high, sub = argument
            high = min(high, _REGEX_TOKEN_CHARS)  # MAXREPEAT for * and +
            inner = _regex_ways(sub, repeated or high > 1)
            counts = max(1, high - min(low, high) + 1)
            if repeated and counts > 1:
                raise _RegexHazard("a quantifier inside a quantified group")
            ways *= inner * counts
        elif op == _sre.BRANCH:
            branches = [_regex_ways(branch, repeated) for branch in argument[1]]
            if repeated and len(branches) > 1:
                raise _RegexHazard("an alternation inside a quantified group")
            ways *= sum(branches)
        elif op == _sre.SUBPATTERN:
            ways *= _regex_ways(argument[-1], repeated)
        elif getattr(_sre, "ATOMIC_GROUP", None) == op:
            ways *= _regex_ways(argument, repeated)
        ways = min(ways, MAX_REGEX_WAYS + 1)
    return ways


def safe_regex(body: str) -> re.Pattern[str]:
    r"""Compile a lexicon /regex/ as matching uses it (`^(?:body)$`), refusing ones that
    could hang a run.

    The check is structural, on the parsed regex rather than its text, so no way of
    grouping hides a nested quantifier: backreferences and lookaround are refused, so
    is any quantifier or alternation inside a quantified group, and so is a regex
    with more than MAX_REGEX_WAYS ways to match a token (`a*a*a*b`, `\w*\w*\w*x`).
    Python's backtracking engine then does a bounded amount of work per token, and
    lexicon regexes only ever meet single tokens of at most 64 characters.
    """
    if len(body) > MAX_REGEX_CHARS:
        raise ValueError(f"regex longer than {MAX_REGEX_CHARS} characters")
    try:
        parsed = _sre_parse.parse(body)
        compiled = re.compile(f"^(?:{body})$")
    except re.error as exc:
        if "global flags" in str(exc):
            raise ValueError(
                f"regex /{body}/ sets a global flag; use a scoped one like (?i:...) "
                "(matching is on lower-cased text already)"
            ) from None
        raise ValueError(f"regex /{body}/ is not valid: {exc}") from None
    try:
        ways = _regex_ways(parsed, repeated=False)
    except _RegexHazard as hazard:
        raise ValueError(
            f"regex /{body}/ could take exponential time ({hazard}); write it without it"
        ) from None
    if ways > MAX_REGEX_WAYS:
        raise ValueError(
            f"regex /{body}/ could take exponential time (too many quantifiers in a row "
            f"can match the same text); use at most two, like \\w+\\d+"
        )
    return compiled


def has_gap(pattern: str) -> bool:
    """A pattern with a bounded gap (`...N`), which must stay inside one sentence."""
    return any(_CHUNK_GAP.match(chunk.strip("[]")) for chunk in pattern.split())


class LexiconError(Exception):
    """A malformed lexicon; str() is 'file:line: problem'."""


@dataclass(frozen=True)
class Entry:
    pattern: str
    example: str
    line: int
    file: str | None = None  # set for entries merged in from a team's extra lexicon


@dataclass
class Lexicon:
    lang: str
    name: str
    path: str
    markers: frozenset[str]
    sets: dict[str, list[str]]
    categories: dict[str, list[Entry]]
    traditional: dict[str, str] = field(default_factory=dict)
    rule_texts: dict[str, dict[str, str]] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    letters: str = ""  # the alphabet's letters beyond a-z ("æøå"), for short drafts
    concepts: dict[str, list[str]] = field(default_factory=dict)
    frames: list[Frame] = field(default_factory=list)
    clause_openers: frozenset[str] = frozenset()
    # Openers that leave the clause's first word to the next word ("og skulle maskinen …").
    clause_coordinators: frozenset[str] = frozenset()
    # Word pairs whose second word, an opener, opens no clause ("efter at", "til og med").
    clause_joined: frozenset[tuple[str, str]] = frozenset()
    # Words that take a full stop without ending the sentence ("nr.", "kl. 14", "Rs. 40").
    abbreviations: frozenset[str] = frozenset()
    # Degree adverbs a multiword concept term may have inside it ("made perfectly clear").
    term_skippable: frozenset[str] = frozenset()
    # Words (folded) no match may begin or end inside ("主要是" holds no 要是).
    unbroken: frozenset[str] = frozenset()

    def rule_text(self, rule_id: str, key: str) -> str | None:
        """Language-specific text for a rule: `bad`, `good` or `suggestion`."""
        return self.rule_texts.get(rule_id, {}).get(key)

    def fold(self, text: str) -> str:
        """The normalised form matching works on: lower case, straight quotes, simplified script."""
        text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
        if self.traditional:
            text = text.translate(self._fold_table)
        return text

    def __post_init__(self) -> None:
        self._fold_table = str.maketrans(self.traditional) if self.traditional else {}


def builtin_lexicon_dir() -> Path:
    return Path(str(resources.files("replylint.lexicons")))


class _Lines:
    """Lines of a lexicon's source, for messages that name where an entry stands. The
    newline offsets are found once: counting them again for each of a lexicon's
    hundreds of entries made loading quadratic in its size."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._newlines = [m.start() for m in re.finditer("\n", raw)]

    def at(self, needle: str) -> int:
        """1-based line of the first occurrence of a TOML string literal, else 1."""
        escaped = needle.replace("\\", "\\\\").replace('"', '\\"')
        for quoted in (f'"{escaped}"', f"'{needle}'", escaped, needle):
            pos = self.raw.find(quoted)
            if pos >= 0:
                return bisect.bisect_left(self._newlines, pos) + 1
        return 1


def load_lexicon(path: Path, extra: bool = False) -> Lexicon:
    """Parse and structurally validate one lexicon file.

    An `extra` lexicon (a team's own phrases, `extra-lexicons` in the config) needs
    only `[meta] lang` and the categories it adds to.
    """
    raw = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: {exc}") from None

    lines = _Lines(raw)

    def fail(line: int, problem: str) -> LexiconError:
        return LexiconError(f"{path}:{line}: {problem}")

    meta = data.get("meta", {})
    lang = meta.get("lang")
    if lang not in LANGUAGES:
        raise fail(lines.at("[meta]"), f"meta.lang must be one of {', '.join(LANGUAGES)}")
    markers = data.get("detect", {}).get("markers", [])
    if not isinstance(markers, list) or not all(isinstance(m, str) for m in markers):
        raise fail(lines.at("markers"), "detect.markers must be a list of strings")
    letters = data.get("detect", {}).get("letters", "")
    if not isinstance(letters, str):
        raise fail(lines.at("letters"), "detect.letters must be a string of letters")
    sets = data.get("sets", {})
    for name, members in sets.items():
        if not isinstance(members, list) or not all(isinstance(m, str) and m for m in members):
            raise fail(lines.at(name), f"sets.{name} must be a list of non-empty strings")
    traditional_pairs = data.get("script", {}).get("traditional", "")
    if len(traditional_pairs) % 2:
        raise fail(lines.at("traditional"), "script.traditional must hold character pairs")
    traditional = {
        traditional_pairs[i]: traditional_pairs[i + 1] for i in range(0, len(traditional_pairs), 2)
    }
    if lang == "zh" and not extra:
        from replylint.morphology import traditional_table  # a table generated from OpenCC

        traditional = {**traditional_table(), **traditional}
    rule_texts = data.get("rules", {})
    for rule_id, texts in rule_texts.items():
        bad_keys = set(texts) - {"bad", "good", "suggestion"} if isinstance(texts, dict) else {""}
        if bad_keys or not all(isinstance(v, str) for v in texts.values()):
            raise fail(
                lines.at(f"[rules.{rule_id}]"),
                f"[rules.{rule_id}] takes only string keys bad, good and suggestion",
            )
    durations = data.get("durations", {})
    numbers = durations.get("numbers", {}) if isinstance(durations, dict) else None
    units = durations.get("units", {}) if isinstance(durations, dict) else None
    if not isinstance(numbers, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) and v >= 0 for v in numbers.values()
    ):
        raise fail(lines.at("numbers"), "durations.numbers must map words to numbers")
    if not isinstance(units, dict) or not all(v in UNIT_HOURS for v in units.values()):
        raise fail(lines.at("units"), f"durations.units must map words to {', '.join(UNIT_HOURS)}")
    known_tables = {
        "meta",
        "detect",
        "sets",
        "script",
        "rules",
        "durations",
        "concepts",
        "frames",
        "clauses",
        "sentences",
        "terms",
    }
    unknown = set(data) - set(CATEGORIES) - known_tables
    if unknown:
        name = sorted(unknown)[0]
        raise fail(lines.at(f"[{name}]"), f"unknown category [{name}]")
    categories: dict[str, list[Entry]] = {}
    for category in CATEGORIES:
        table = data.get(category)
        if table is None and (extra or category in OPTIONAL_CATEGORIES):
            continue
        if table is None:
            raise fail(1, f"missing category [{category}]")
        entries = table.get("patterns") if isinstance(table, dict) else None
        if not isinstance(entries, list) or not entries:
            raise fail(lines.at(f"[{category}]"), f"[{category}] needs a non-empty `patterns`")
        parsed = []
        for item in entries:
            if (
                not isinstance(item, list)
                or len(item) != 2
                or not all(isinstance(s, str) and s.strip() for s in item)
            ):
                shown = item[0] if isinstance(item, list) and item else item
                raise fail(
                    lines.at(str(shown)),
                    f"[{category}] entry {item!r} must be [pattern, example]",
                )
            origin = str(path) if extra else None
            parsed.append(Entry(item[0], item[1], lines.at(item[0]), origin))
        categories[category] = parsed
    concepts = _parse_concepts(data.get("concepts", {}), fail, lines)
    frames = _parse_frames(data.get("frames", []), fail, lines, str(path) if extra else None)
    openers = data.get("clauses", {}).get("openers", [])
    if not isinstance(openers, list) or not all(isinstance(o, str) and o for o in openers):
        raise fail(lines.at("openers"), "clauses.openers must be a list of words")
    coordinators = data.get("clauses", {}).get("coordinators", [])
    if not isinstance(coordinators, list) or not all(
        isinstance(c, str) and c and c in openers for c in coordinators
    ):
        raise fail(lines.at("coordinators"), "clauses.coordinators must be a list of openers")
    joined = data.get("clauses", {}).get("joined", [])
    if not isinstance(joined, list) or not all(
        isinstance(j, str) and len(j.split()) == 2 for j in joined
    ):
        raise fail(lines.at("joined"), "clauses.joined must be a list of two-word phrases")
    skippable = data.get("terms", {}).get("skippable", [])
    if not isinstance(skippable, list) or not all(
        isinstance(w, str) and w and " " not in w.strip() for w in skippable
    ):
        raise fail(lines.at("skippable"), "terms.skippable must be a list of single words")
    unbroken = data.get("terms", {}).get("unbroken", [])
    if not isinstance(unbroken, list) or not all(
        isinstance(w, str) and len(w.strip()) > 1 and " " not in w.strip() for w in unbroken
    ):
        raise fail(
            lines.at("unbroken"), "terms.unbroken must be a list of words of two or more characters"
        )
    abbreviations = data.get("sentences", {}).get("abbreviations", [])
    if not isinstance(abbreviations, list) or not all(
        isinstance(a, str) and a.strip(".") for a in abbreviations
    ):
        raise fail(lines.at("abbreviations"), "sentences.abbreviations must be a list of words")
    lexicon = Lexicon(
        lang=lang,
        name=meta.get("name", lang),
        path=str(path),
        markers=frozenset(m.lower() for m in markers),
        sets={k: list(v) for k, v in sets.items()},
        categories=categories,
        traditional=traditional,
        rule_texts=rule_texts,
        numbers={str(k).lower(): float(v) for k, v in numbers.items()},
        units={str(k).lower(): v for k, v in units.items()},
        letters=letters.lower(),
        concepts=concepts,
        frames=frames,
        clause_openers=frozenset(o.lower() for o in openers),
        clause_coordinators=frozenset(c.lower() for c in coordinators),
        clause_joined=frozenset(tuple(j.lower().split()) for j in joined),
        abbreviations=frozenset(a.lower().rstrip(".") for a in abbreviations),
        term_skippable=frozenset(w.strip().lower() for w in skippable),
    )
    lexicon.unbroken = frozenset(lexicon.fold(w.strip()) for w in unbroken)
    return lexicon


def _parse_concepts(table: object, fail, lines: _Lines) -> dict[str, list[str]]:
    if not isinstance(table, dict):
        raise fail(lines.at("[concepts]"), "[concepts] must map NAMES to lists of terms")
    concepts: dict[str, list[str]] = {}
    for name, terms in table.items():
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
            raise fail(lines.at(name), f"concept name {name!r} must be UPPER_CASE")
        if (
            not isinstance(terms, list)
            or not terms
            or not all(isinstance(t, str) and t.strip() for t in terms)
        ):
            raise fail(lines.at(name), f"concept {name} must be a non-empty list of terms")
        concepts[name] = list(terms)
    return concepts


_FRAME_KEYS = {
    "category",
    "slots",
    "example",
    "near_miss",
    "unless",
    "anchor",
    "scope",
    "within",
    "ordered",
    "veto_within",
    "unless_near",
}


def _parse_frames(items: object, fail, lines: _Lines, origin: str | None) -> list[Frame]:
    """[[frames]] tables; each needs a category, 1-4 slots, an example and a near miss."""
    if not isinstance(items, list):
        raise fail(lines.at("frames"), "frames must be an array of tables ([[frames]])")
    frames = []
    for item in items:
        where = lines.at(item.get("example", "")) if isinstance(item, dict) else 1
        if not isinstance(item, dict):
            raise fail(where, "each [[frames]] entry must be a table")
        unknown = set(item) - _FRAME_KEYS
        if unknown:
            raise fail(where, f"[[frames]] has unknown key {sorted(unknown)[0]!r}")
        category = item.get("category")
        if category not in CATEGORIES:
            raise fail(where, f"[[frames]] category {category!r} is not a lexicon category")
        slots = item.get("slots")
        if (
            not isinstance(slots, list)
            or not 1 <= len(slots) <= MAX_SLOTS
            or not all(isinstance(s, str) and s.strip() for s in slots)
        ):
            raise fail(where, f"[[frames]] slots must list 1 to {MAX_SLOTS} concept names")
        for key in ("example", "near_miss"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise fail(where, f"[[frames]] needs an {key!r} sentence")
        unless, unless_near = item.get("unless", []), item.get("unless_near", [])
        for key, value in (("unless", unless), ("unless_near", unless_near)):
            if not isinstance(value, list) or not all(isinstance(u, str) for u in value):
                raise fail(where, f"[[frames]] {key} must list concept names")
        parsed_slots = tuple(tuple(s.split("|")) for s in slots)
        anchor = item.get("anchor")
        anchor_index = None
        if anchor is not None:
            names = [
                i
                for i, slot in enumerate(parsed_slots)
                if anchor in slot or anchor == "|".join(slot)
            ]
            if not names:
                raise fail(where, f"[[frames]] anchor {anchor!r} is not one of its slots")
            anchor_index = names[0]
        within, veto_within = item.get("within"), item.get("veto_within")
        for key, value in (("within", within), ("veto_within", veto_within)):
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool) or value < 1
            ):
                raise fail(where, f"[[frames]] {key} must be a positive number of tokens")
        if unless_near and veto_within is None:
            raise fail(where, "[[frames]] unless_near needs veto_within (how near, in tokens)")
        ordered = item.get("ordered", False)
        if not isinstance(ordered, bool):
            raise fail(where, "[[frames]] ordered must be true or false")
        scope = item.get("scope", "clause")
        if scope not in SCOPES:
            raise fail(where, f"[[frames]] scope must be one of {', '.join(SCOPES)}")
        frames.append(
            Frame(
                category=category,
                slots=parsed_slots,
                example=item["example"],
                near_miss=item["near_miss"],
                line=where,
                unless=tuple(unless),
                anchor=anchor_index,
                scope=scope,
                file=origin,
                within=within,
                ordered=ordered,
                veto_within=veto_within,
                unless_near=tuple(unless_near),
            )
        )
    return frames


@functools.cache
def load_builtin(lang: str) -> Lexicon:
    """The shipped lexicon, parsed once per process (language detection, pipelines and
    `explain` all read it)."""
    return load_lexicon(builtin_lexicon_dir() / f"{lang}.toml")


_TABLE_HEADER = re.compile(r"^\[\[?[A-Za-z0-9_.\"' -]+\]\]?[ \t]*(?:#.*)?$", re.MULTILINE)


@functools.cache
def detection_data(lang: str) -> tuple[frozenset[str], str]:
    """A shipped lexicon's language markers and extra letters, from its `[detect]`
    table alone: detection needs them for every language, while a run usually needs
    only one language's full lexicon. Anything unexpected reads the whole file."""
    raw = (builtin_lexicon_dir() / f"{lang}.toml").read_text(encoding="utf-8")
    start = re.search(r"^\[detect\][ \t]*(?:#.*)?$", raw, re.MULTILINE)
    if start is not None:
        following = _TABLE_HEADER.search(raw, start.end())
        section = raw[start.start() : following.start() if following else len(raw)]
        try:
            detect = tomllib.loads(section).get("detect", {})
        except tomllib.TOMLDecodeError:
            detect = None
        markers, letters = (detect or {}).get("markers"), (detect or {}).get("letters", "")
        if (
            isinstance(markers, list)
            and all(isinstance(m, str) for m in markers)
            and isinstance(letters, str)
        ):
            return frozenset(m.lower() for m in markers), letters.lower()
    full = load_builtin(lang)
    return full.markers, full.letters


def with_extras(base: Lexicon, extras: list[Lexicon]) -> Lexicon:
    """The built-in lexicon with a team's entries, sets and markers added."""
    categories = {name: list(entries) for name, entries in base.categories.items()}
    sets = {name: list(members) for name, members in base.sets.items()}
    markers = set(base.markers)
    concepts = {name: list(terms) for name, terms in base.concepts.items()}
    frames = list(base.frames)
    openers = set(base.clause_openers)
    coordinators = set(base.clause_coordinators)
    abbreviations = set(base.abbreviations)
    joined = set(base.clause_joined)
    skippable = set(base.term_skippable)
    unbroken = set(base.unbroken)
    for extra in extras:
        skippable |= extra.term_skippable
        unbroken |= extra.unbroken
        abbreviations |= extra.abbreviations
        joined |= extra.clause_joined
        for name, terms in extra.concepts.items():
            concepts.setdefault(name, []).extend(terms)
        frames.extend(extra.frames)
        openers |= extra.clause_openers
        coordinators |= extra.clause_coordinators
        for name, entries in extra.categories.items():
            categories.setdefault(name, []).extend(entries)
        for name, members in extra.sets.items():
            sets.setdefault(name, []).extend(members)
        markers |= extra.markers
    return Lexicon(
        lang=base.lang,
        name=base.name,
        path=base.path,
        markers=frozenset(markers),
        sets=sets,
        categories=categories,
        traditional=base.traditional,
        rule_texts=base.rule_texts,
        numbers=base.numbers,
        units=base.units,
        letters=base.letters,
        concepts=concepts,
        frames=frames,
        clause_openers=frozenset(openers),
        clause_coordinators=frozenset(coordinators),
        clause_joined=frozenset(joined),
        abbreviations=frozenset(abbreviations),
        term_skippable=frozenset(skippable),
        unbroken=frozenset(unbroken),
    )


# --------------------------------------------------------------------------- compiling

Tokenize = Callable[[str], list[str]]
TokenSpec = dict
Alternatives = list[list[TokenSpec]]


def _atom_regex(atom: str, fold: Callable[[str], str]) -> str | None:
    """Regex for a wildcard atom (beklag*, *tid, *fejl*); None when it has no wildcard."""
    if "*" not in atom:
        return None
    core = atom.strip("*")
    if not core or "*" in core:
        raise ValueError(f"bad wildcard {atom!r}")
    body = re.escape(fold(core))
    prefix = ".*" if atom.startswith("*") else ""
    suffix = ".*" if atom.endswith("*") else ""
    return f"^{prefix}{body}{suffix}$"


class PatternCompiler:
    """Turns lexicon patterns into spaCy Matcher token patterns."""

    def __init__(self, lexicon: Lexicon, tokenize: Tokenize) -> None:
        self.lexicon = lexicon
        self.tokenize = tokenize

    def _literal(self, text: str) -> list[TokenSpec]:
        tokens = [
            t for word in self.lexicon.fold(text).split() for t in tokens_of(word, self.tokenize)
        ]
        if not tokens:
            raise ValueError(f"empty literal {text!r}")
        return [{"NORM": t} for t in tokens]

    def _alternation(self, atoms: list[str]) -> Alternatives:
        """Single-token atoms merge into one spec; longer ones become alternatives."""
        singles_exact: list[str] = []
        singles_regex: list[str] = []
        multi: Alternatives = []
        for atom in self._expand_sets(atoms):
            if atom == "<num>":
                singles_regex.append(_NUM_REGEX[1:-1])
                continue
            if len(atom) > 2 and atom.startswith("/") and atom.endswith("/"):
                safe_regex(atom[1:-1])
                singles_regex.append(f"(?:{atom[1:-1]})")
                continue
            regex = _atom_regex(atom, self.lexicon.fold)
            if regex:
                singles_regex.append(regex[1:-1])
                continue
            specs = self._literal(atom.replace("_", " "))
            if len(specs) == 1:
                singles_exact.append(specs[0]["NORM"])
            else:
                multi.append(specs)
        alternatives: Alternatives = list(multi)
        if singles_regex:
            exact = [re.escape(s) for s in singles_exact]
            alternatives.append(
                [{"NORM": {"REGEX": "^(?:" + "|".join(singles_regex + exact) + ")$"}}]
            )
        elif singles_exact:
            spec = (
                {"NORM": singles_exact[0]}
                if len(singles_exact) == 1
                else {"NORM": {"IN": singles_exact}}
            )
            alternatives.append([spec])
        return alternatives

    def _expand_sets(self, atoms: list[str], depth: int = 0) -> list[str]:
        expanded: list[str] = []
        for atom in atoms:
            if atom.startswith("@"):
                name = atom[1:]
                if name not in self.lexicon.sets:
                    raise ValueError(f"unknown set @{name}")
                if depth > 3:
                    raise ValueError(f"sets nested too deeply at @{name}")
                expanded.extend(self._expand_sets(self.lexicon.sets[name], depth + 1))
            else:
                expanded.append(atom)
        return expanded

    def _chunk(self, chunk: str) -> Alternatives:
        gap = _CHUNK_GAP.match(chunk)
        if gap:
            most = int(gap.group(1) or 3)
            # Any token: a predicate here would be evaluated for every matcher state
            # and token (the costliest part of matching). That a gap does not cross
            # a sentence boundary is checked on the matches instead (has_gap).
            return [[{"OP": f"{{0,{most}}}"}]]
        if chunk.startswith("[") and chunk.endswith("]") and len(chunk) > 2:
            inner = self._chunk(chunk[1:-1])
            if len(inner) == 1 and len(inner[0]) == 1 and "OP" not in inner[0][0]:
                return [[{**inner[0][0], "OP": "?"}]]
            return inner + [[]]
        if chunk.startswith("^") and len(chunk) > 1:
            return [
                [{**alt[0], "IS_SENT_START": True}, *alt[1:]] if alt else alt
                for alt in self._chunk(chunk[1:])
            ]
        if chunk.endswith("+") and len(chunk) > 1:
            inner = self._chunk(chunk[:-1])
            if len(inner) != 1 or len(inner[0]) != 1:
                raise ValueError(f"'+' needs a single-token chunk: {chunk!r}")
            return [[{**inner[0][0], "OP": "+"}]]
        if chunk == "<num>":
            return [[{"NORM": {"REGEX": _NUM_REGEX}}]]
        if len(chunk) > 2 and chunk.startswith("/") and chunk.endswith("/"):
            body = chunk[1:-1]
            safe_regex(body)
            return [[{"NORM": {"REGEX": f"^(?:{body})$"}}]]
        if chunk.startswith("@") or "|" in chunk:
            atoms = [a for a in chunk.split("|")]
            if not all(atoms):
                raise ValueError(f"empty alternative in {chunk!r}")
            return self._alternation(atoms)
        regex = _atom_regex(chunk, self.lexicon.fold)
        if regex:
            return [[{"NORM": {"REGEX": regex}}]]
        return [self._literal(chunk.replace("_", " "))]

    def compile_entry(self, category: str, entry: Entry) -> list[list[TokenSpec]]:
        """compile() with errors reported as 'file:line: [category] ...'."""
        try:
            return self.compile(entry.pattern)
        except (ValueError, re.error) as exc:
            raise LexiconError(
                f"{entry.file or self.lexicon.path}:{entry.line}: [{category}] "
                f"pattern {entry.pattern!r}: {exc}"
            ) from None

    def compile(self, pattern: str) -> list[list[TokenSpec]]:
        """All Matcher patterns one lexicon pattern expands to."""
        options = [self._chunk(chunk) for chunk in pattern.split()]
        if not options:
            raise ValueError("empty pattern")
        count = 1
        for alternatives in options:
            count *= len(alternatives)
        if count > MAX_EXPANSIONS:
            raise ValueError(f"expands to {count} patterns (limit {MAX_EXPANSIONS})")
        result = []
        for combination in itertools.product(*options):
            specs = [spec for part in combination for spec in part]
            if any(_is_required(spec) for spec in specs):
                result.append(specs)
        if not result:
            raise ValueError("pattern can match nothing but empty text")
        return result


def _is_required(spec: TokenSpec) -> bool:
    """A token spec that must consume a token (not optional, not a gap)."""
    op = spec.get("OP")
    return op is None or op == "+"
