"""Start-up pays only for what the run uses: one lexicon, the readers and reporter asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from replylint.language import SUPPORTED
from replylint.lexicon import detection_data, load_lexicon

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize("lang", SUPPORTED)
def test_detection_data_is_what_the_whole_lexicon_says(lang: str) -> None:
    from replylint.lexicon import builtin_lexicon_dir

    full = load_lexicon(builtin_lexicon_dir() / f"{lang}.toml")
    assert detection_data(lang) == (full.markers, full.letters)
    assert full.markers


_RUN = """
import json, sys
from replylint.cli import main
from replylint.lexicon import load_builtin
try:
    main(["check", "--no-config", "--format", sys.argv[1], *sys.argv[2:]])
except SystemExit:
    pass
print(json.dumps({
    "lexicons": load_builtin.cache_info().currsize,
    "modules": sorted(m for m in sys.modules if m.startswith(("jinja2", "replylint."))),
}), file=sys.stderr)
"""


def _startup(fmt: str, *paths: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, fmt, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_a_danish_text_draft_parses_one_lexicon_and_no_other_reader_or_reporter() -> None:
    seen = _startup("text", sorted((CORPUS / "da").glob("*.txt"))[0])
    assert seen["lexicons"] == 1
    modules = set(seen["modules"])
    assert "replylint.reporters.text" in modules
    for unused in (
        "jinja2",
        "replylint.reporters.html_report",
        "replylint.reporters.sarif",
        "replylint.sources.email_message",
        "replylint.sources.jinja_template",
        "replylint.sources.html_text",
    ):
        assert unused not in modules, unused


def test_a_template_and_the_html_report_load_what_they_need(tmp_path: Path) -> None:
    template = tmp_path / "reply.txt.j2"
    template.write_text("Hi {{ name }},\nYour order ships today.\n", encoding="utf-8")
    seen = _startup("html", template)
    modules = set(seen["modules"])
    assert {"jinja2", "replylint.sources.jinja_template", "replylint.reporters.html_report"} <= (
        modules
    )
