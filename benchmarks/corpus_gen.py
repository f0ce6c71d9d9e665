"""A deterministic benchmark corpus of varied drafts in five languages.

Sentences come from the project's own corpus (tests/corpus) and every lexicon
example and near miss. A draft is not a shuffle of a small pool: each body
sentence has its numbers redrawn and, most of the time, one word swapped for
another word of the same language (or, in Chinese, two characters for another
pair), so lines almost never repeat across drafts and the matcher's memo cannot
make the corpus cheap. What real mail repeats, the greeting, stays.

The formats are those replylint reads in the send path and in template
repositories: plain text (60 %), e-mail messages with a quoted customer message
(20 %) and Jinja2 templates with a branch (20 %). `big_draft` and
`quoted_thread` make the single large inputs of the scaling table.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("da", "sv", "et", "zh", "en")
GREETING = {"da": "Hej {},", "sv": "Hej {},", "et": "Tere, {}!", "zh": "{}，您好：", "en": "Hi {},"}
NAMES = {"da": "Jens", "sv": "Anna", "et": "Mari", "zh": "王先生", "en": "Tom"}
SEED = 20261123
_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
_WORD = re.compile(r"[^\W\d_]{3,}")


def _examples(lexicon: dict) -> list[str]:
    found = []
    for table in lexicon.values():
        if isinstance(table, dict) and isinstance(table.get("patterns"), list):
            found.extend(entry[1] for entry in table["patterns"] if len(entry) > 1)
    for frame in lexicon.get("frames", []):
        found.extend(frame[key] for key in ("example", "near_miss") if frame.get(key))
    return [e for e in found if isinstance(e, str) and e.strip()]


def _sentences(lang: str) -> list[str]:
    """Body sentences of the language's corpus drafts plus all its lexicon examples."""
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "corpus" / lang).glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        body = [ln for ln in lines[1:] if ln.strip() and not ln.startswith((">", "--"))]
        found.extend(body[:-2] or body)
    lexicon = tomllib.loads((ROOT / "lexicons" / f"{lang}.toml").read_text(encoding="utf-8"))
    found.extend(_examples(lexicon))
    return sorted({s for s in found if not _starts_history(s)})


def _starts_history(line: str) -> bool:
    """A line the readers take as the start of quoted or forwarded history ("On …
    wrote:", a banner, a From: field): in a body it would turn the rest into context."""
    from replylint.sources.quote_headers import _FROM_FIELD, BANNER, is_attribution_line

    stripped = line.strip()
    return (
        stripped.startswith((">", "--"))
        or stripped.endswith((":", "："))
        or bool(is_attribution_line(stripped) or BANNER.match(stripped))
        or bool(_FROM_FIELD.match(stripped))
    )


class Writer:
    """Varied sentences for one language, drawn from its pool."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang, self.rng = lang, rng
        self.pool = _sentences(lang)
        text = " ".join(self.pool)
        self.vocabulary = sorted(set((_HAN if lang == "zh" else _WORD).findall(text)))

    def sentence(self) -> str:
        text = self._varied()
        while _starts_history(text):
            text = self._varied()
        return text

    def _varied(self) -> str:
        rng = self.rng
        text = rng.choice(self.pool)
        text = re.sub(r"\d", lambda _: str(rng.randrange(10)), text)
        if rng.random() < 0.8:
            spans = list((_HAN if self.lang == "zh" else _WORD).finditer(text))
            if spans:
                span = rng.choice(spans)
                word = rng.choice(self.vocabulary)
                if self.lang != "zh" and span.group()[0].isupper():
                    word = word[0].upper() + word[1:]
                text = text[: span.start()] + word + text[span.end() :]
        return text

    def body(self, words: int) -> list[str]:
        chosen: list[str] = []
        while _words(" ".join(chosen), self.lang) < words:
            chosen.append(self.sentence())
        return chosen


def _words(text: str, lang: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text)) // 2 if lang == "zh" else len(text.split())


def build(out: Path, count: int = 5000, seed: int = SEED, words: int = 150) -> list[Path]:
    """`count` drafts of about `words` words, the five languages in turn."""
    rng = random.Random(seed)
    writers = {lang: Writer(lang, rng) for lang in LANGS}
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(count):
        lang = LANGS[i % len(LANGS)]
        writer = writers[lang]
        body = writer.body(words)
        greeting = GREETING[lang].format(NAMES[lang])
        kind = i % 10
        if kind < 6:
            name, text = f"{i:05d}-{lang}.txt", greeting + "\n\n" + "\n".join(body) + "\n"
        elif kind < 8:
            quoted = "\n".join("> " + s for s in writer.body(30))
            name = f"{i:05d}-{lang}.eml"
            text = (
                f"From: Support <support@example.com>\nTo: {NAMES[lang]} <c@example.com>\n"
                f"Subject: Re: #{i}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                f"Content-Transfer-Encoding: 8bit\n\n{greeting}\n\n"
                + "\n".join(body)
                + f"\n\nOn Mon, 3 Jun 2024 at 10:12, {NAMES[lang]} <c@example.com> wrote:\n"
                + quoted
                + "\n"
            )
        else:
            half = len(body) // 2
            name = f"{i:05d}-{lang}.txt.j2"
            text = (
                greeting.replace(NAMES[lang], "{{ customer.name }}")
                + "\n\n"
                + "{% if order.late %}"
                + " ".join(body[:half])
                + "{% else %}"
                + " ".join(body[half:])
                + "{% endif %}\n{# generated #}\n"
            )
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def big_draft(path: Path, lang: str, size: int, seed: int = SEED) -> Path:
    """One draft of about `size` bytes: paragraphs of varied sentences, no quoting."""
    writer = Writer(lang, random.Random(seed + size))
    parts = [GREETING[lang].format(NAMES[lang]), ""]
    written = 0
    while written < size:
        paragraph = " ".join(writer.body(60))
        parts.append(paragraph)
        parts.append("")
        written += len(paragraph.encode("utf-8")) + 2
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def quoted_thread(path: Path, lang: str, size: int, seed: int = SEED) -> Path:
    """An e-mail reply whose short neutral-looking draft sits on `size` bytes of quoted
    history, each older message quoted one level deeper, as long support threads are."""
    writer = Writer(lang, random.Random(seed + size + 1))
    draft = "\n".join(writer.body(40))
    history: list[str] = []
    written, depth = 0, 1
    while written < size:
        message = [f"{'>' * depth} " + s for s in writer.body(120)]
        header = f"{'>' * (depth - 1)} On Mon, 3 Jun 2024, {NAMES[lang]} wrote:".lstrip()
        history.append(header)
        history.extend(message)
        written += sum(len(m.encode("utf-8")) + 1 for m in message)
        depth = depth % 8 + 1
    text = (
        "From: Support <support@example.com>\nTo: c@example.com\nSubject: Re: case\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{GREETING[lang].format(NAMES[lang])}\n\n{draft}\n\n" + "\n".join(history) + "\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def repetition(paths: list[Path]) -> tuple[int, int]:
    """Distinct non-empty lines and all non-empty lines of the drafts' bodies."""
    lines = [
        ln
        for p in paths
        for ln in p.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith(("From:", "To:", "Subject:", "MIME", "Content-"))
    ]
    return len(set(lines)), len(lines)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "corpus"
    made = build(target)
    distinct, total = repetition(made)
    print(f"{len(made)} drafts in {target}: {distinct} distinct lines of {total}")
