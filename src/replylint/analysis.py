"""spaCy pipelines and lexicon matching: the one place that imports spaCy.

Each language gets spaCy's blank pipeline (its tokenizer; the sentencizer rule runs in
the one pass over the tokens), built lazily the
first time a draft in that language is analysed, and a Matcher compiled from
its lexicon. Matching runs on a normalised NORM (lower case, straight quotes,
simplified Chinese) so one pattern serves every spelling.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from replylint.frames import (
    Frame,
    clause_indices,
    compile_concepts,
    evaluate_frames,
    find_concepts,
    frame_over_labels,
)
from replylint.language import HAN
from replylint.lexicon import (
    Lexicon,
    LexiconError,
    PatternCompiler,
    has_gap,
    load_builtin,
    load_lexicon,
    safe_regex,
    with_extras,
)
from replylint.matching import AnchoredMatcher
from replylint.morphology import lemma_table
from replylint.numeric_dates import find_numeric_dates
from replylint.placeholders import mask_numeric_placeholders

_EMOJI_RANGES = (
    (0x1F300, 0x1FAFF),
    (0x2600, 0x27BF),
    (0x1F000, 0x1F2FF),
)
# Sad faces stay out: a ":(" or "😞" is sympathy, not cheer.
_SAD_EMOJI = set("😞😟😢😥😔🙁☹😩😫😭😕😓")
# Smileys typed as text: cheer in an opener, and a sentence end before a capital as an
# emoji is (one list for both, so the two readings cannot drift apart).
_EMOTICONS = (":)", ":-)", ":D", ":-D", ";)", ";-)", "=)", "=D", ":P", ":]", "^^", "^_^", "(:")


_CHAT_ENDINGS = frozenset("～~!！")
# Characters that only modify the emoji before them: variation selectors, the zero-width
# joiner, the keycap mark.
_EMOJI_JOINERS = "\ufe0e\ufe0f\u200d\u20e3"
_FINAL_MARKS = frozenset({".", "!", "?", "!!", "?!", "...", "…", "。", "！", "？"})


# The ranges as one character class: the tokenizer asks about every Chinese token.
_EMOJI = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _EMOJI_RANGES) + "]")


def has_emoji(text: str) -> bool:
    return _EMOJI.search(text) is not None


def has_cheery_emoji(text: str) -> bool:
    """Emoji or emoticons other than sad ones."""
    for ch in text:
        code = ord(ch)
        if ch not in _SAD_EMOJI and any(lo <= code <= hi for lo, hi in _EMOJI_RANGES):
            return True
    return any(e in text for e in _EMOTICONS)


@dataclass(frozen=True)
class Match:
    """A lexicon entry found in the draft (token and character spans)."""

    category: str
    entry: int
    start: int
    end: int
    start_char: int
    end_char: int
    sentence: int


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    start_char: int
    end_char: int
    text: str


@dataclass
class Analysis:
    """What the rules read: sentences and lexicon matches of one text."""

    lang: str
    text: str
    sentences: list[Sentence]
    matches: dict[str, list[Match]] = field(default_factory=lambda: defaultdict(list))
    token_norms: list[str] = field(default_factory=list)
    clause_of_token: list[int] = field(default_factory=list)
    token_begins: list[int] = field(default_factory=list)
    token_ends: list[int] = field(default_factory=list)
    _sentence_index: dict[str, dict[int, list[Match]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def clause_of(self, match: Match) -> int:
        """The clause a match starts in (clauses split sentences at , ; : and conjunctions)."""
        return self.clause_of_token[match.start] if self.clause_of_token else match.sentence

    def clause_ending(self, match: Match) -> int:
        """The clause a match ends in: "anyone who | has trouble", "expected, | not a fault"
        reach into the clause they open."""
        return self.clause_of_token[match.end - 1] if self.clause_of_token else match.sentence

    def phrase_span(self, match: Match, before: int = 3, after: int = 5) -> tuple[int, int]:
        """`match` widened to the start and end of its clause when only a few words lie
        beyond it ("We | 'll get | back to you"), so a finding shows the whole phrase."""
        clause = self.clause_of(match)
        inside = range(len(self.clause_of_token))

        def words_between(a: int, b: int) -> list[int]:
            return [i for i in range(a, b) if any(ch.isalnum() for ch in self.token_norms[i])]

        first = match.start
        while first - 1 in inside and self.clause_of_token[first - 1] == clause:
            first -= 1
        last = match.end
        while last in inside and self.clause_of_token[last] == clause:
            last += 1
        lead, tail = words_between(first, match.start), words_between(match.end, last)
        start = self.token_begins[lead[0]] if lead and len(lead) <= before else match.start_char
        end = self.token_ends[tail[-1]] if tail and len(tail) <= after else match.end_char
        return start, end

    def of(self, category: str) -> list[Match]:
        return self.matches.get(category, [])

    def in_sentence(self, category: str, sentence: int, spread: int = 0) -> list[Match]:
        """`category` matches starting in `sentence` (or within `spread` sentences of it),
        from an index built once per category, so checks stay linear in the draft."""
        index = self._sentence_index.get(category)
        if index is None:
            index = {}
            for m in self.of(category):
                index.setdefault(m.sentence, []).append(m)
            self._sentence_index[category] = index
        if not spread:
            return index.get(sentence, [])
        return [
            m for s in range(sentence - spread, sentence + spread + 1) for m in index.get(s, [])
        ]

    def truncated(self, cut: int) -> Analysis:
        """The analysis of text[:cut] when `cut` starts a line (a sign-off block):
        newlines start sentences, so no sentence or match straddles it."""
        sentences = [s for s in self.sentences if s.start_char < cut]
        last_token = sentences[-1].end if sentences else 0
        matches = {
            category: [m for m in found if m.end_char <= cut]
            for category, found in self.matches.items()
        }
        return Analysis(
            self.lang,
            self.text[:cut],
            sentences,
            matches,
            self.token_norms[:last_token],
            self.clause_of_token[:last_token],
            self.token_begins[:last_token],
            self.token_ends[:last_token],
        )

    def overlaps(self, match: Match, category: str) -> bool:
        # A match may run past a sentence end, so the neighbouring sentences are read too.
        return any(
            m.start < match.end and match.start < m.end
            for m in self.in_sentence(category, match.sentence, spread=1)
        )

    def near(self, match: Match, category: str, before: int = 0, after: int = 0) -> bool:
        """A `category` match in the same sentence within a token window around `match`."""
        lo, hi = match.start - before, match.end + after
        return any(
            m.start < hi and lo < m.end and not (m.start < match.end and match.start < m.end)
            for m in self.in_sentence(category, match.sentence)
        )


# Characters typed as an apostrophe ("we´re"): read as one, so the tokenizer splits
# contractions the same way (one character for one, so offsets do not move).
_APOSTROPHES = str.maketrans({"\u00b4": "'", "\u02bc": "'"})
FOLD_CACHE_SIZE = 200_000
MAX_TEXT_CHARS = 50_000_000
# A "word" longer than this (a base64 blob, a run of one letter) is no lexicon word;
# its NORM is a placeholder so lexicon regexes only ever see short strings.
MAX_WORD_CHARS = 64
# spaCy's tokenizer caches each whitespace-separated chunk it has split, up to this many
# (its default, 10,000, is reached within a few thousand varied drafts).
TOKENIZER_CACHE = 200_000
# Above this many characters a text is first tokenized line by line (see _tokenize).
LINE_WARMING_CHARS = 20_000
# The last line break of a whitespace run, up to the next word: no quantifier may scan
# across line breaks, or a draft with its quoted lines blanked (thousands of "\n")
# costs cubic time.
_LINE_END = re.compile(r"\n[^\S\n]*(?=\S)")
LONG_WORD = "\u2026"


# Punctuation that ends a clause inside a sentence (Latin and CJK forms).
CLAUSE_PUNCTUATION = frozenset(",;:\u2013\u2014\uff0c\uff1b\uff1a\uff5e")
FRAME_ENTRY_BASE = 1_000_000  # Match.entry of a frame hit: base + the frame's index
DATE_ENTRY = -1  # Match.entry of a numeric date (numeric_dates), a lexicon of its own


@dataclass
class TokenView:
    """Per-token facts read once from the Doc (iterating spaCy tokens is costly)."""

    norms: list[str]
    starts: list[bool]
    spaces: list[bool]
    begins: list[int]
    ends: list[int]
    words: list[str]  # as written (cased concept terms read them)


_NON_SPACE = re.compile(r"\S")
# spaCy attribute ids (spacy.attrs), read in bulk by _parse; fixed in spaCy's symbols.
_IDX, _LENGTH, _IS_SPACE, _IS_PUNCT, _SPACY = "IDX", "LENGTH", "IS_SPACE", "IS_PUNCT", "SPACY"


class CharacterTokenizer:
    """spaCy's Chinese character segmentation (one token per character, whitespace
    runs as tokens, one following space as the token's trailing space), in linear
    time: spaCy aligns each character by searching a copy of the rest of the text."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str):
        from spacy.tokens import Doc

        words, spaces = self.split(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def split(self, text: str) -> tuple[list[str], list[bool]]:
        """The tokens' texts and trailing spaces (a lexicon word needs no Doc)."""
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for found in _NON_SPACE.finditer(text):
            start = found.start()
            if start > position:
                words.append(text[position:start])
                spaces.append(False)
            words.append(found.group())
            if text.startswith(" ", start + 1):
                spaces.append(True)
                position = start + 2
            else:
                spaces.append(False)
                position = start + 1
        if position < len(text):
            words.append(text[position:])
            spaces.append(False)
        return words, spaces


class LanguagePipeline:
    """A blank spaCy pipeline plus the compiled matcher for one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        from replylint.spacy_import import import_spacy

        spacy = import_spacy()

        self.lexicon = lexicon
        self.nlp = _blank(spacy, lexicon.lang)
        if lexicon.lang == "zh":
            self.nlp.tokenizer = CharacterTokenizer(self.nlp.vocab)
        # spaCy's sentencizer rule, applied in _parse's one pass over the tokens (the
        # pipe itself makes a Token object per token, a tenth of a draft's cost).
        self._punct_chars = frozenset(_sentencizer_punct())
        self.nlp.max_length = MAX_TEXT_CHARS  # inputs are already capped by max-file-size
        self.matcher = AnchoredMatcher(self.nlp.vocab)
        self.keys: dict[int, tuple[str, int]] = {}
        self.gapped: set[int] = set()
        self._folds: dict[str, str] = {}
        self._tokenized: dict[str, list[str]] = {}
        # spaCy's tokenizer leaves a word of letters alone unless it is a special case
        # ("cannot"); Chinese is split per character, so it always asks the tokenizer.
        self._plain_words = lexicon.lang != "zh"
        self._special_cases = frozenset(getattr(self.nlp.tokenizer, "rules", None) or ())
        self.lemmas = lemma_table(lexicon.lang)
        try:
            self.concepts = compile_concepts(
                lexicon.concepts, lexicon.fold, self.tokenize, safe_regex
            )
        except ValueError as exc:
            raise LexiconError(f"{lexicon.path}: [concepts] {exc}") from None
        self.frames: list[Frame] = list(lexicon.frames)
        known = set(lexicon.concepts)
        for frame in self.frames:
            for name in [c for slot in frame.slots for c in slot] + [
                *frame.unless,
                *frame.unless_near,
            ]:
                if name not in known:
                    raise LexiconError(
                        f"{frame.file or lexicon.path}:{frame.line}: [[frames]] "
                        f"unknown concept {name!r}"
                    )
        # Evaluated over term labels, as occurrences carry them (see compile_concepts).
        labels_of = self.concepts.labels_of
        self._label_frames = [frame_over_labels(frame, labels_of) for frame in self.frames]
        compiled = self._compile_all()
        for category, entries in lexicon.categories.items():
            for index, entry in enumerate(entries):
                key = f"{category}:{index}"
                self.matcher.add(key, compiled[key])
                self.keys[self.nlp.vocab.strings[key]] = (category, index)
                if has_gap(entry.pattern):
                    self.gapped.add(self.nlp.vocab.strings[key])

    def _compile_all(self) -> dict[str, list[list[dict]]]:
        compiler = PatternCompiler(self.lexicon, self.tokenize)
        return {
            f"{category}:{index}": compiler.compile_entry(category, entry)
            for category, entries in self.lexicon.categories.items()
            for index, entry in enumerate(entries)
        }

    def tokenize(self, text: str) -> list[str]:
        """Tokens of a lexicon word (memoised: thousands of terms share their words)."""
        known = self._tokenized.get(text)
        if known is None:
            if self._plain_words and text.isalpha() and text not in self._special_cases:
                known = [text]  # a plain word is one token (no affix, no special case)
            elif isinstance(self.nlp.tokenizer, CharacterTokenizer):
                known = self.nlp.tokenizer.split(text)[0]
            else:
                known = [t.text for t in self.nlp.tokenizer(text)]
            self._tokenized[text] = known
        return list(known)

    def _parse(self, text: str) -> tuple[object, TokenView]:
        """spaCy's Doc, with NORM folded and a new sentence after every line break (and, in
        Chinese, at a space between two Han characters: chat-style writing separates
        utterances that way, also after "～", "!" or an emoji), and the per-token facts the
        rest needs (one pass).

        An ordinal date ("20. novembril", "3. marts") is no sentence end. Sentence starts
        are written back in one array call: setting them token by token makes spaCy
        rescan the document each time (quadratic in the draft's length)."""
        source = mask_numeric_placeholders(text).translate(_APOSTROPHES)
        doc = self._tokenize(source)
        fold, folds = self.lexicon.fold, self._folds
        view = TokenView([], [], [], [], [], [])
        previous_newline = previous_han_space = previous_emoji_space = previous_emoji = False
        previous_trailing = False
        after_final_emoji = False  # zh: an emoji right after ！/？/。 (or after such an emoji)
        chinese = self.lexicon.lang == "zh"
        abbreviations = self.lexicon.abbreviations
        words = view.words
        # Token facts in bulk: making a Token object per token is most of a loop's cost.
        table = doc.to_array([_IDX, _LENGTH, _IS_SPACE, _IS_PUNCT, _SPACY]).tolist()
        punct_chars = self._punct_chars
        seen_period = False  # spaCy's sentencizer, read off the same table
        for begin, length, is_space, is_punct, trailing in table:
            end = begin + length
            word = source[begin:end]
            in_punct = word in punct_chars
            if not words:
                start = True
                seen_period = in_punct
            elif seen_period and not is_punct and not in_punct:
                start, seen_period = True, False
            else:
                start = False
                seen_period = seen_period or in_punct
            norm = folds.get(word)
            if norm is None:
                norm = fold(word) if len(word) <= MAX_WORD_CHARS else LONG_WORD
                if len(folds) < FOLD_CACHE_SIZE:
                    folds[word] = norm
            if word == "-" and trailing and previous_trailing:
                norm = "\u2013"  # a hyphen between spaces is a dash: it ends a clause
            previous_trailing = bool(trailing)
            space = bool(is_space)
            # Emoji in the token, looked up once: in Chinese for every token (chat
            # utterances), elsewhere only for tokens that are not alphanumeric.
            plain = word.isalnum()
            if word and not word.strip(_EMOJI_JOINERS):
                # A variation selector or joiner the tokenizer split off ("☀️" is "☀"
                # and U+FE0F) belongs to the emoji before it.
                emoji_chars = emoji = previous_emoji
            else:
                emoji_chars = not space and (chinese or not plain) and has_emoji(word)
                emoji = emoji_chars and not plain
            previous_emoji = emoji_chars
            han = chinese and HAN.fullmatch(word) is not None
            if (previous_newline or (han and previous_han_space)) and not space and not start:
                start = True
            elif after_final_emoji and not emoji_chars and not space and not start:
                # "早上好呀！😊您的订单…": Chinese has no space or capital to end on.
                start = True
            elif previous_emoji_space and word[:1].isupper() and not start:
                # "God fredag 😄 Beklager …": an emoji, a space and a capital end a sentence.
                start = True
            elif not start and not space and word[:1].isupper() and _ends_on_number(words):
                # "efter kl. 16. Har du …", "sæde 14A. Skulle …": a tokenizer that keeps the
                # dot on a number or code hides the full stop; a capital after it opens a
                # sentence.
                start = True
            elif start and not previous_newline and _continues(words, word, abbreviations):
                start = False
            elif start and not previous_newline and emoji and words and words[-1] in _FINAL_MARKS:
                # "Hej! 🌞 Vi har …": the emoji ends the sentence it follows.
                start = False
            previous_newline = space and (previous_newline or "\n" in word)
            # A chat utterance also ends at a space after "～", "!" or an emoji.
            ends_utterance = han or (chinese and (word in _CHAT_ENDINGS or emoji_chars))
            previous_han_space = ends_utterance and bool(trailing)
            previous_emoji_space = (emoji or word in _EMOTICONS) and bool(trailing)
            after_final_emoji = (
                chinese
                and emoji_chars
                and bool(words)
                and (words[-1] in _FINAL_MARKS or after_final_emoji)
            )
            words.append(word)
            view.norms.append(norm)
            view.starts.append(start)
            view.spaces.append(space)
            view.begins.append(begin)
            view.ends.append(end)
        if self.matcher.reads_doc_norms():
            _set_norms(doc, view.norms)
            _set_sentence_starts(doc, view.starts)  # spaCy's Matcher reads them too
        return doc, view

    def _tokenize(self, source: str):
        """spaCy's Doc for `source`. spaCy stops caching a text's chunks after the first
        special case in it ("don't", an abbreviation), so a long draft is first tokenized
        line by line, which caches each line's chunks up to its own special case; the
        whole text then mostly reads the cache (a 1 MB draft: 2 s to 0.5 s)."""
        tokenizer = self.nlp.tokenizer
        if len(source) > LINE_WARMING_CHARS and not isinstance(tokenizer, CharacterTokenizer):
            begin = 0
            for line_end in _LINE_END.finditer(source):
                tokenizer(source[begin : line_end.end()])
                begin = line_end.end()
        return tokenizer(source)

    def _matches(self, doc, view: TokenView) -> list[tuple[int, int, int]]:
        """Matcher results; a pattern with a gap must not run across sentences."""
        found = []
        for key, start, end in self.matcher(doc, view.norms, view.starts):
            crosses = key in self.gapped and any(view.starts[start + 1 : end])
            if not crosses:
                found.append((key, start, end))
        return found

    def _frame_matches(
        self,
        view: TokenView,
        sentence_of_token: list[int],
        clause_of: list[int],
        cuts: frozenset[int] = frozenset(),
    ) -> list[Match]:
        """Matches of the lexicon's concept frames (unordered, clause-scoped); no concept
        occurrence may begin or end inside an unbroken word (`cuts`)."""
        if not self.frames:
            return []
        lemmas = [self.lemmas.get(n, n) for n in view.norms]
        found = find_concepts(
            self.concepts,
            view.norms,
            lemmas,
            view.spaces,
            clause_of,
            view.words,
            self.lexicon.term_skippable,
            self.lexicon.clause_coordinators,
        )
        if cuts:
            found = [o for o in found if o.start not in cuts and o.end not in cuts]
        if not found:
            return []
        matches = []
        for hit in evaluate_frames(self._label_frames, found, clause_of, sentence_of_token):
            frame = self.frames[hit.frame]
            matches.append(
                Match(
                    frame.category,
                    FRAME_ENTRY_BASE + hit.frame,
                    hit.start,
                    hit.end,
                    view.begins[hit.start],
                    view.ends[hit.end - 1],
                    sentence_of_token[hit.start],
                )
            )
        return matches

    def frames_matching(self, text: str) -> set[int]:
        """Indices of the frames that hold in `text` (for validation)."""
        analysis = self.analyse(text)
        return {
            m.entry - FRAME_ENTRY_BASE
            for found in analysis.matches.values()
            for m in found
            if m.entry >= FRAME_ENTRY_BASE
        }

    def frame_problems(self, only_extra: bool = False) -> list[str]:
        """Frames that miss their example or hold on their near miss, as 'file:line: ...'."""
        problems = []
        for index, frame in enumerate(self.frames):
            if only_extra and frame.file is None:
                continue
            where = f"{frame.file or self.lexicon.path}:{frame.line}"
            if index not in self.frames_matching(frame.example):
                problems.append(
                    f"{where}: [[frames]] {frame.category} {frame.describe()} "
                    f"does not hold in its example {frame.example!r}"
                )
            if index in self.frames_matching(frame.near_miss):
                problems.append(
                    f"{where}: [[frames]] {frame.category} {frame.describe()} "
                    f"holds in its near miss {frame.near_miss!r}"
                )
        return problems

    def entries_matching(self, text: str) -> set[tuple[str, int]]:
        """(category, entry) of every raw match, before de-duplication (for validation)."""
        doc, view = self._parse(text)
        return {self.keys[key] for key, _, _ in self._matches(doc, view)}

    def analyse(self, text: str) -> Analysis:
        doc, view = self._parse(text)
        count = len(view.norms)
        ends = view.ends
        sentences: list[Sentence] = []
        sentence_of_token = [0] * count
        boundaries = [i for i in range(count) if i == 0 or view.starts[i]] + [count]
        for a, b in zip(boundaries, boundaries[1:], strict=False):
            words = [i for i in range(a, b) if not view.spaces[i]]
            index = len(sentences) if words else max(len(sentences) - 1, 0)
            for i in range(a, b):
                sentence_of_token[i] = index
            if words:
                start_char, end_char = view.begins[words[0]], ends[words[-1]]
                sentences.append(
                    Sentence(index, a, b, start_char, end_char, text[start_char:end_char])
                )
        clause_of = clause_indices(
            view.norms,
            view.starts,
            view.spaces,
            CLAUSE_PUNCTUATION,
            self.lexicon.clause_openers,
            self.lexicon.clause_joined,
        )
        analysis = Analysis(
            self.lexicon.lang, text, sentences, {}, view.norms, clause_of, view.begins, ends
        )
        best: dict[tuple[str, int, int], Match] = {}
        cuts = _inside_words(view.norms, self.lexicon.unbroken)
        for key, start, end in self._matches(doc, view):
            if start in cuts or end in cuts:
                continue  # 要是 inside 主要是: the match cuts through a word
            category, entry = self.keys[key]
            match = Match(
                category,
                entry,
                start,
                end,
                view.begins[start],
                ends[end - 1],
                sentence_of_token[start],
            )
            previous = best.get((category, start, 0))
            if previous is None or previous.end < end:
                best[(category, start, 0)] = match
        for match in self._frame_matches(view, sentence_of_token, clause_of, cuts):
            best.setdefault((match.category, match.start, -match.entry), match)
        for match in _date_matches(text, view, sentence_of_token):
            best.setdefault((match.category, match.start, -match.entry), match)
        grouped: dict[str, list[Match]] = defaultdict(list)
        for match in sorted(best.values(), key=lambda m: (m.start, m.end)):
            grouped[match.category].append(match)
        analysis.matches = grouped
        return analysis


def _inside_words(norms: list[str], words: frozenset[str]) -> frozenset[int]:
    """Token offsets that fall inside an occurrence of one of `words` (a boundary before
    token i that the word spans). Chinese tokens are characters: "主要是" is three, and a
    match may neither begin at 要 nor end before it."""
    if not words:
        return frozenset()
    text = "".join(norms)
    if len(text) != len(norms):  # whitespace runs or longer tokens: map characters to tokens
        token_at: list[int] = []
        for i, norm in enumerate(norms):
            token_at.extend([i] * len(norm))
    else:
        token_at = list(range(len(norms)))
    cuts: set[int] = set()
    for word in words:
        position = text.find(word)
        while position >= 0:
            first, last = token_at[position], token_at[position + len(word) - 1]
            cuts.update(range(first + 1, last + 1))
            position = text.find(word, position + 1)
    return frozenset(cuts)


def _date_matches(text: str, view: TokenView, sentence_of_token: list[int]) -> list[Match]:
    """Numeric dates as concrete times (`DATE_ENTRY`), whatever the lexicon lists: each
    tokenizer splits "2026-12-24" its own way."""
    found = []
    for start_char, end_char in find_numeric_dates(text):
        first = bisect.bisect_right(view.begins, start_char) - 1
        last = bisect.bisect_left(view.ends, end_char)
        if first < 0 or last >= len(view.ends) or view.begins[first] != start_char:
            continue  # the date starts inside a token ("x2026-12-24"): not a date
        found.append(
            Match(
                "time_concrete",
                DATE_ENTRY,
                first,
                last + 1,
                start_char,
                view.ends[last],
                sentence_of_token[first],
            )
        )
    return found


def _sentencizer_punct() -> list[str]:
    from spacy.pipeline.sentencizer import Sentencizer

    return list(Sentencizer.default_punct_chars)


def _blank(spacy, lang: str):
    """`spacy.blank(lang)`, with a tokenizer that can cache what it splits. spaCy caches
    no chunk of a text after the text's first special case, and a line break is one: its
    whitespace special cases (" ", "\\n", "\\t", no-break space) change no token (a
    whitespace run is one token either way), so they are left out, and every draft after
    its greeting line was re-split. They are left out of the language's defaults before
    the tokenizer is built: removing them afterwards loads every special case again (a
    tenth of a cold start)."""
    if lang == "zh":  # replaced by CharacterTokenizer
        return spacy.blank(lang)
    base = spacy.util.get_lang_class(lang)
    exceptions = base.Defaults.tokenizer_exceptions
    defaults = type(
        f"{base.__name__}CachingDefaults",
        (base.Defaults,),
        {"tokenizer_exceptions": {t: v for t, v in exceptions.items() if t.strip()}},
    )
    nlp = type(base.__name__, (base,), {"Defaults": defaults})()
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    return nlp


def _ends_on_number(words: list[str]) -> bool:
    """The last token is a number, or a code with a digit in it, with its full stop
    attached ("16.", "sæde 14A."): the tokenizers keep that dot on the token."""
    last = words[-1] if words else ""
    body = last[:-1]
    return len(last) > 1 and last[-1] == "." and body.isalnum() and any(c.isdigit() for c in body)


def _continues(words: list[str], word: str, abbreviations: frozenset[str]) -> bool:
    """Whether `word` continues the sentence past a full stop: a lower-case word after
    "<number> ." (an ordinal date, "20. novembril"), or a lower-case word or a number
    after an abbreviation ("kl. 14", "nr. 1234", "Rs. 1,240")."""
    if len(words) < 2 or words[-1] != ".":
        return False
    before = words[-2]
    if before.isdigit() and len(before) <= 2:
        return word[:1].islower()
    return before.lower() in abbreviations and (word[:1].islower() or word[:1].isdigit())


def _set_norms(doc, norms: list[str]) -> None:
    """Write every token's NORM in one call (for spaCy's Matcher, which reads them)."""
    import numpy
    from spacy.attrs import NORM

    strings = doc.vocab.strings
    values = numpy.array([strings.add(n) for n in norms], dtype="uint64")
    doc.from_array([NORM], values.reshape(-1, 1))


def _set_sentence_starts(doc, starts: list[bool]) -> None:
    """Write every token's sentence start in one call (1 start, -1 inside a sentence)."""
    import numpy
    from spacy.attrs import SENT_START

    values = numpy.array([1 if s else -1 for s in starts], dtype="int64")
    doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))


_PIPELINES: dict[tuple[str, tuple[Path, ...]], LanguagePipeline] = {}


def pipeline_for(lang: str, extra_lexicons: tuple[Path, ...] = ()) -> LanguagePipeline:
    """The pipeline for a language (plus a team's extra lexicons), built once per process.

    Extra lexicon entries are validated like built-in ones: each must match its
    example, else LexiconError names the file and line.
    """
    key = (lang, tuple(extra_lexicons))
    if key not in _PIPELINES:
        extras = [load_lexicon(p, extra=True) for p in extra_lexicons]
        extras = [e for e in extras if e.lang == lang]
        lexicon = with_extras(load_builtin(lang), extras) if extras else load_builtin(lang)
        pipeline = LanguagePipeline(lexicon)
        for category, entries in lexicon.categories.items():
            for index, entry in enumerate(entries):
                if entry.file and (category, index) not in pipeline.entries_matching(entry.example):
                    raise LexiconError(
                        f"{entry.file}:{entry.line}: [{category}] pattern {entry.pattern!r} "
                        f"does not match its example {entry.example!r}"
                    )
        problems = pipeline.frame_problems(only_extra=True)
        if problems:
            raise LexiconError(problems[0])
        _PIPELINES[key] = pipeline
    return _PIPELINES[key]


def loaded_languages() -> list[str]:
    """Languages whose pipelines this process has built (tests use it as a guard)."""
    return sorted({lang for lang, _ in _PIPELINES})
