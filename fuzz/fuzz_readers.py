"""Coverage-guided fuzzing of the readers (atheris).

    pip install '.[fuzz]'
    python fuzz/fuzz_readers.py TARGET -max_total_time=600 fuzz/corpus/TARGET

Targets: `eml`, `html`, `jinja` (bytes straight into that reader), `charset` (a
message whose declared charset and transfer encoding the fuzzer picks, byte-to-byte
codecs included) and `include` (a template and the files it includes, written to a
scratch directory). A reader may refuse an input with SourceError (that is its
one-line error); anything else escaping, a position outside the file, more than
64 alternatives or a draft far larger than its input is a bug and crashes the
fuzzer with the input saved. Whatever it finds becomes a test in
tests/fuzz_regressions/ or tests/test_hostile.py.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from replylint.document import source_lines
    from replylint.linter import lint_documents
    from replylint.sources import SourceError, read_bytes, read_path

TARGETS = ("eml", "html", "jinja", "charset", "include")
FORMAT = sys.argv.pop(1) if len(sys.argv) > 1 and sys.argv[1] in TARGETS else "eml"
LINT = "--lint" in sys.argv
if LINT:
    sys.argv.remove("--lint")
CHARSETS = [
    "utf-8",
    "utf-7",
    "utf-16",
    "utf-32",
    "iso-8859-1",
    "windows-1252",
    "gb2312",
    "gbk",
    "big5",
    "iso-2022-jp",
    "shift_jis",
    "koi8-r",
    "rot13",
    "zlib_codec",
    "bz2_codec",
    "base64_codec",
    "hex",
    "uu_codec",
    "unicode_escape",
    "punycode",
    "idna",
    "undefined",
]
SCRATCH = Path(tempfile.mkdtemp(prefix="replylint-fuzz-"))


def check_positions(result) -> None:
    lines = source_lines(result.original)
    for f in result.findings:
        assert 1 <= f.line <= len(lines), (f, len(lines))
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, f
        assert (f.end_line, f.end_column) >= (f.line, f.column), f


def check_documents(documents, size: int) -> None:
    assert len(documents) <= 64
    for document in documents:
        assert len(document.origin) == len(document.draft)
        assert all(0 <= o <= len(document.original) for o in document.origin)
        assert len(document.draft) <= 4 * size + 64, (len(document.draft), size)
    if LINT:
        check_positions(lint_documents(documents, lang="en"))


def _message(data: bytes) -> bytes:
    provider = atheris.FuzzedDataProvider(data)
    charset = provider.PickValueInList(CHARSETS + [provider.ConsumeUnicodeNoSurrogates(12)])
    encoding = provider.PickValueInList(["base64", "quoted-printable", "8bit", "7bit"])
    body = provider.ConsumeBytes(provider.remaining_bytes())
    if encoding == "base64":
        body = base64.encodebytes(body)
    elif encoding == "quoted-printable":
        body = quopri.encodestring(body)
    header = (
        "From: a@example.com\nTo: b@example.com\nSubject: x\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset={charset}\n"
        f"Content-Transfer-Encoding: {encoding}\n\n"
    )
    return header.encode("utf-8", "surrogateescape") + body


def _template_files(data: bytes) -> Path:
    provider = atheris.FuzzedDataProvider(data)
    names = ["main.txt.j2", "a.j2", "b.j2"]
    for name in names:
        text = provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 400))
        tags = "".join(
            f"{{% include '{provider.PickValueInList(names[1:])}' %}}"
            for _ in range(provider.ConsumeIntInRange(0, 4))
        )
        cut = provider.ConsumeIntInRange(0, len(text))
        (SCRATCH / name).write_text(text[:cut] + tags + text[cut:], encoding="utf-8")
    return SCRATCH / "main.txt.j2"


def test_one_input(data: bytes) -> None:
    try:
        if FORMAT == "charset":
            message = _message(data)
            documents = read_bytes(message, "fuzz.eml", fmt="eml")
            size = len(message)
        elif FORMAT == "include":
            main = _template_files(data)
            documents = read_path(main, "main.txt.j2", fmt="jinja")
            size = sum(p.stat().st_size for p in SCRATCH.iterdir()) * 200  # 200 includes
        else:
            documents = read_bytes(data, f"fuzz.{FORMAT}", fmt=FORMAT)
            size = len(data)
    except (SourceError, binascii.Error):
        return
    check_documents(documents, size)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
