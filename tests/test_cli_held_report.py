"""A report held for standard output spills to a temporary file past a few megabytes
(memory on 20,000 drafts), and comes out exactly as it would have from memory."""

from pathlib import Path

import pytest
from helpers import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit"])
def test_a_held_report_spilled_to_disk_is_byte_identical(fmt, monkeypatch):
    import replylint.cli as cli_module

    in_memory = cli("check", "--format", fmt, str(EXAMPLES))
    monkeypatch.setattr(cli_module, "_HELD_IN_MEMORY", 64)  # spill after 64 characters
    monkeypatch.setattr(cli_module, "_HELD_CHUNK", 100)  # and write it back in pieces
    spilled = cli("check", "--format", fmt, str(EXAMPLES))
    assert spilled.returncode == in_memory.returncode == 1
    assert len(in_memory.stdout) > 1000
    assert spilled.stdout == in_memory.stdout
