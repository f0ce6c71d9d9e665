"""replylint imports spaCy without its command line, and the command line still works."""

import subprocess
import sys


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_linting_does_not_import_spacys_command_line():
    out = _run(
        "import sys; from replylint import lint_text;"
        "lint_text('Sorry, we will get back to you.', lang='en');"
        "print(sorted(m for m in ('typer', 'weasel', 'rich', 'requests') if m in sys.modules))"
    )
    assert out == "[]"


def test_the_real_spacy_cli_loads_on_first_use():
    out = _run(
        "from replylint import lint_text; lint_text('Hi.', lang='en');"
        "import spacy.cli; print(callable(spacy.cli.download), callable(__import__('spacy').info))"
    )
    assert out == "True True"
