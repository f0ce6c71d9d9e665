"""A deterministic benchmark corpus: N drafts of about 150 words in five languages.

Built from the project's own corpus (tests/corpus) and lexicon examples, in the
formats replylint reads in the send path and in template repositories: plain
text (60 %), e-mail messages with a quoted customer message (20 %) and Jinja2
templates with a branch (20 %).
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


def _sentences(lang: str) -> list[str]:
    """Body sentences of the language's corpus drafts plus its lexicon examples."""
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "corpus" / lang).glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        body = [ln for ln in lines[1:] if ln.strip() and not ln.startswith((">", "--"))]
        found.extend(body[:-2] or body)
    lexicon = tomllib.loads((ROOT / "lexicons" / f"{lang}.toml").read_text(encoding="utf-8"))
    for table in lexicon.values():
        if isinstance(table, dict) and isinstance(table.get("patterns"), list):
            found.extend(example for _, example in table["patterns"][:3])
    return found


def _words(text: str, lang: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text)) // 2 if lang == "zh" else len(text.split())


def _body(rng: random.Random, pool: list[str], lang: str, target: int) -> list[str]:
    chosen: list[str] = []
    while _words(" ".join(chosen), lang) < target:
        chosen.append(rng.choice(pool))
    return chosen


def build(out: Path, count: int = 5000, seed: int = 20261123, words: int = 150) -> list[Path]:
    rng = random.Random(seed)
    pools = {lang: _sentences(lang) for lang in LANGS}
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(count):
        lang = LANGS[i % len(LANGS)]
        body = _body(rng, pools[lang], lang, words)
        greeting = GREETING[lang].format(NAMES[lang])
        kind = i % 10
        if kind < 6:
            name, text = f"{i:05d}-{lang}.txt", greeting + "\n\n" + "\n".join(body) + "\n"
        elif kind < 8:
            quoted = "\n".join("> " + s for s in _body(rng, pools[lang], lang, 30))
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


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "corpus"
    print(f"{len(build(target))} drafts in {target}")
