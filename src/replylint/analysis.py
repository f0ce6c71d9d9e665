"""spaCy pipelines and lexicon matching: the one place that imports spaCy.

Each language gets `spacy.blank(lang)` with a sentencizer, built lazily the
first time a draft in that language is analysed, and a Matcher compiled from
its lexicon. Matching runs on a normalised NORM (lower case, straight quotes,
simplified Chinese) so one pattern serves every spelling.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from replylint.lexicon import (
    Lexicon,
    LexiconError,
    PatternCompiler,
    has_gap,
    load_builtin,
    load_lexicon,
    with_extras,
)
from replylint.matching import AnchoredMatcher
from replylint.placeholders import mask_numeric_placeholders

_EMOJI_RANGES = (
    (0x1F300, 0x1FAFF),
    (0x2600, 0x27BF),
    (0x1F000, 0x1F2FF),
)
# Sad faces stay out: a ":(" or "😞" is sympathy, not cheer.
_SAD_EMOJI = set("😞😟😢😥😔🙁☹😩😫😭😕😓")
_CHEERY_EMOTICONS = (":)", ":-)", ":D", ":-D", ";)", ";-)", "=)", ":P", "^^", "^_^", "(:")


def has_cheery_emoji(text: str) -> bool:
    """Emoji or emoticons other than sad ones."""
    for ch in text:
        code = ord(ch)
        if ch not in _SAD_EMOJI and any(lo <= code <= hi for lo, hi in _EMOJI_RANGES):
            return True
    return any(e in text for e in _CHEERY_EMOTICONS)


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

    def of(self, category: str) -> list[Match]:
        return self.matches.get(category, [])

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
            self.lang, self.text[:cut], sentences, matches, self.token_norms[:last_token]
        )

    def overlaps(self, match: Match, category: str) -> bool:
        return any(m.start < match.end and match.start < m.end for m in self.of(category))

    def near(self, match: Match, category: str, before: int = 0, after: int = 0) -> bool:
        """A `category` match in the same sentence within a token window around `match`."""
        lo, hi = match.start - before, match.end + after
        return any(
            m.sentence == match.sentence
            and m.start < hi
            and lo < m.end
            and not (m.start < match.end and match.start < m.end)
            for m in self.of(category)
        )


class LanguagePipeline:
    """A blank spaCy pipeline plus the compiled matcher for one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        import spacy

        self.lexicon = lexicon
        self.nlp = spacy.blank(lexicon.lang)
        self.nlp.add_pipe("sentencizer")
        self.matcher = AnchoredMatcher(self.nlp.vocab)
        self.keys: dict[int, tuple[str, int]] = {}
        self.gapped: set[int] = set()
        compiler = PatternCompiler(lexicon, self.tokenize)
        for category, entries in lexicon.categories.items():
            for index, entry in enumerate(entries):
                key = f"{category}:{index}"
                self.matcher.add(key, compiler.compile_entry(category, entry))
                self.keys[self.nlp.vocab.strings[key]] = (category, index)
                if has_gap(entry.pattern):
                    self.gapped.add(self.nlp.vocab.strings[key])

    def tokenize(self, text: str) -> list[str]:
        return [t.text for t in self.nlp.tokenizer(text)]

    def entries_matching(self, text: str) -> set[tuple[str, int]]:
        """(category, entry) of every raw match, before de-duplication (for validation)."""
        doc = self._parse(text)
        return {self.keys[key] for key, start, end in self._matches(doc)}

    def _matches(self, doc) -> list[tuple[int, int, int]]:
        """Matcher results; a pattern with a gap must not run across sentences."""
        found = []
        for key, start, end in self.matcher(doc):
            crosses = key in self.gapped and any(
                doc[i].is_sent_start for i in range(start + 1, end)
            )
            if not crosses:
                found.append((key, start, end))
        return found

    def _parse(self, text: str):
        doc = self.nlp(mask_numeric_placeholders(text))
        fold = self.lexicon.fold
        previous_newline = False
        for token in doc:
            token.norm_ = fold(token.text)
            if previous_newline and not token.is_space:
                token.is_sent_start = True
            previous_newline = token.is_space and (previous_newline or "\n" in token.text)
        return doc

    def analyse(self, text: str) -> Analysis:
        doc = self._parse(text)
        sentences: list[Sentence] = []
        sentence_of_token = [0] * len(doc)
        for span in doc.sents:
            words = [t for t in span if not t.is_space]
            if not words:
                for t in span:
                    sentence_of_token[t.i] = max(len(sentences) - 1, 0)
                continue
            index = len(sentences)
            for t in span:
                sentence_of_token[t.i] = index
            start_char, end_char = words[0].idx, words[-1].idx + len(words[-1].text)
            sentences.append(
                Sentence(
                    index, span.start, span.end, start_char, end_char, text[start_char:end_char]
                )
            )
        analysis = Analysis(self.lexicon.lang, text, sentences, token_norms=[t.norm_ for t in doc])
        best: dict[tuple[str, int], Match] = {}
        for key, start, end in self._matches(doc):
            category, entry = self.keys[key]
            span = doc[start:end]
            match = Match(
                category,
                entry,
                start,
                end,
                span.start_char,
                span.end_char,
                sentence_of_token[start],
            )
            previous = best.get((category, start))
            if previous is None or previous.end < end:
                best[(category, start)] = match
        grouped: dict[str, list[Match]] = defaultdict(list)
        for match in sorted(best.values(), key=lambda m: (m.start, m.end)):
            grouped[match.category].append(match)
        analysis.matches = grouped
        return analysis


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
        _PIPELINES[key] = pipeline
    return _PIPELINES[key]


def loaded_languages() -> list[str]:
    """Languages whose pipelines this process has built (tests use it as a guard)."""
    return sorted({lang for lang, _ in _PIPELINES})
