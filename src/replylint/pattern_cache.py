"""A disk cache of compiled lexicon patterns, so a cold start skips the compiling.

Keyed by a hash of everything compiling reads (the lexicon's patterns, sets and
script table, the compiler's source, replylint's and spaCy's versions): an edited lexicon, an extra
lexicon or an upgrade gets a fresh entry. The cache lives in
$REPLYLINT_CACHE_DIR, else $XDG_CACHE_HOME/replylint, else ~/.cache/replylint;
REPLYLINT_CACHE_DIR=off disables it. An unreadable or unwritable cache is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from replylint.lexicon import Lexicon

Compiled = dict[str, list[list[dict]]]
stats = {"hits": 0, "misses": 0}  # read by the tests: the cache must be reused


def cache_dir() -> Path | None:
    configured = os.environ.get("REPLYLINT_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "replylint"


def lexicon_fingerprint(lexicon: Lexicon) -> str:
    import spacy

    from replylint import __version__
    from replylint import lexicon as compiler

    content = {
        "replylint": __version__,
        # The compiler's own source: a changed compiler must not reuse old patterns,
        # even within one version (editable installs, patched builds).
        "compiler": hashlib.sha256(Path(compiler.__file__).read_bytes()).hexdigest(),
        "spacy": spacy.__version__,
        "lang": lexicon.lang,
        "sets": lexicon.sets,
        "traditional": lexicon.traditional,
        "categories": {c: [e.pattern for e in es] for c, es in lexicon.categories.items()},
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()[:24]


def compiled_patterns(lexicon: Lexicon, compile_all: Callable[[], Compiled]) -> Compiled:
    """The compiled patterns from the cache, or compiled now and stored."""
    directory = cache_dir()
    target = (
        directory / f"{lexicon.lang}-{lexicon_fingerprint(lexicon)}.json" if directory else None
    )
    if target is not None:
        try:
            compiled = json.loads(target.read_text(encoding="utf-8"))
            stats["hits"] += 1
            return compiled
        except (OSError, ValueError):
            pass
    stats["misses"] += 1
    compiled = compile_all()
    if target is not None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".patterns-")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(compiled, out)
            os.replace(temporary, target)
        except OSError:
            pass
    return compiled
