"""Coverage-guided fuzzing of the e-mail, HTML and Jinja2 readers (atheris).

    pip install '.[fuzz]'
    python fuzz/fuzz_readers.py eml -max_total_time=600 fuzz/corpus/eml

A reader may refuse an input with SourceError (that is its one-line error);
anything else escaping, or a position outside the file, is a bug and crashes
the fuzzer with the input saved. Whatever it finds becomes a test in
tests/test_robustness.py.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from replylint.document import source_lines
    from replylint.linter import lint_documents
    from replylint.sources import SourceError, read_bytes

FORMAT = sys.argv.pop(1) if len(sys.argv) > 1 and sys.argv[1] in ("eml", "html", "jinja") else "eml"
LINT = "--lint" in sys.argv
if LINT:
    sys.argv.remove("--lint")


def check_positions(result) -> None:
    lines = source_lines(result.original)
    for f in result.findings:
        assert 1 <= f.line <= len(lines), (f, len(lines))
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, f
        assert (f.end_line, f.end_column) >= (f.line, f.column), f


def test_one_input(data: bytes) -> None:
    try:
        documents = read_bytes(data, f"fuzz.{FORMAT}", fmt=FORMAT)
    except SourceError:
        return
    for document in documents:
        assert len(document.origin) == len(document.draft)
        assert all(0 <= o <= len(document.original) for o in document.origin)
    if LINT:
        check_positions(lint_documents(documents, lang="en"))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
