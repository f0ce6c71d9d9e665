"""Import spaCy without its command line.

`import spacy` imports `spacy.cli` (typer, weasel, rich, requests, httpx: hundreds of
modules and about a third of spaCy's import time) only to re-export `spacy.info`.
replylint never uses the CLI, so a stand-in takes its place while spaCy is imported;
the first use of any attribute of the stand-in imports the real `spacy.cli`, so code
that does need it still works in the same process.
"""

from __future__ import annotations

import importlib
import sys
import types

_STAND_IN = "_replylint_stand_in"


class _LazyModule(types.ModuleType):
    """A placeholder that turns into the real module on first attribute access."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        for module in ("spacy.cli.info", "spacy.cli"):
            if getattr(sys.modules.get(module), _STAND_IN, False):
                del sys.modules[module]
        real = importlib.import_module(self.__name__)
        return getattr(real, name)


def import_spacy():
    """spaCy itself, with `spacy.cli` deferred until something really uses it."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    placeholders = {}
    for name in ("spacy.cli", "spacy.cli.info"):
        if name not in sys.modules:
            module = _LazyModule(name)
            setattr(module, _STAND_IN, True)
            placeholders[name] = module
    # `from .cli.info import info` binds the attribute `info` at import time: give it a
    # function that imports the real one when called.
    info_module = placeholders.get("spacy.cli.info")
    if info_module is not None:

        def info(*args, **kwargs):
            return _LazyModule("spacy.cli.info").info(*args, **kwargs)

        info_module.info = info
    sys.modules.update(placeholders)
    try:
        import spacy
    except BaseException:
        for name in placeholders:
            sys.modules.pop(name, None)
        raise
    if "spacy.cli" in placeholders:
        spacy.cli = placeholders["spacy.cli"]  # what `import spacy.cli` then reads
    return spacy
