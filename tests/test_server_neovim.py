"""Headless Neovim with the README's set-up (examples/editors/replylint.lua) against
`replylint server`: a mutt temp file is recognised as mail, the server starts and
its diagnostics land in the buffer at the right byte columns of a Chinese draft."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from lsp_session import server_command

from replylint.config import discover
from replylint.runner import RunOptions, check_one

ROOT = Path(__file__).resolve().parent.parent
NVIM = shutil.which("nvim")

READ_BACK = """
local out = vim.g.replylint_out
local ok = vim.wait(60000, function()
  return #vim.diagnostic.get(0) > 0
end, 50)
local found = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(found, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
    source = d.source, severity = d.severity,
  })
end
local result = { ok = ok, filetype = vim.bo.filetype, diagnostics = found }
vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.cmd("qa!")
"""


@pytest.mark.skipif(NVIM is None, reason="nvim is not installed (.ci/run installs Debian's neovim)")
def test_neovim_reads_the_servers_diagnostics(tmp_path: Path) -> None:
    # A real mutt temp file name, so Neovim's own filetype rule makes it "mail".
    handle, name = tempfile.mkstemp(prefix="mutt-replylint-1000-", dir="/tmp")
    os.close(handle)
    draft = Path(name)
    try:
        draft.write_text((ROOT / "examples" / "zh-bad.txt").read_text(encoding="utf-8"))
        script = tmp_path / "read_back.lua"
        script.write_text(READ_BACK, encoding="utf-8")
        out = tmp_path / "diagnostics.json"
        command = "{" + ", ".join(json.dumps(part) for part in server_command()) + "}"
        settings = (
            f"lua vim.g.replylint_cmd = {command}; vim.g.replylint_out = {json.dumps(str(out))}"
        )
        subprocess.run(
            [
                NVIM,
                "--headless",
                "--clean",
                "--cmd",
                settings,
                "-c",
                f"luafile {ROOT / 'examples' / 'editors' / 'replylint.lua'}",
                "-c",
                "edit",  # re-read the file so FileType fires with the set-up loaded
                "-c",
                f"luafile {script}",
                str(draft),
            ],
            cwd=tmp_path,
            timeout=120,
            check=False,
            stdin=subprocess.DEVNULL,
            capture_output=True,
        )
        result = json.loads(out.read_text(encoding="utf-8"))
        expected_findings = check_one(
            str(draft), draft, RunOptions(config=discover([str(draft)]))
        ).findings
        lines = draft.read_text(encoding="utf-8").splitlines()
    finally:
        draft.unlink()
    assert result["filetype"] == "mail"
    assert result["ok"], "no diagnostics arrived within 60 s"

    def byte_column(line: int, column: int) -> int:
        return len(lines[line - 1][: column - 1].encode("utf-8"))

    expected = sorted(
        (f.line - 1, byte_column(f.line, f.column), byte_column(f.end_line, f.end_column), f.rule)
        for f in expected_findings
    )
    seen = sorted((d["lnum"], d["col"], d["end_col"], d["code"]) for d in result["diagnostics"])
    assert seen == expected
    assert {d["source"] for d in result["diagnostics"]} == {"replylint"}
    # Neovim's byte columns differ from code points here, so the encoding chain is proven.
    code_points = sorted((f.line - 1, f.column - 1) for f in expected_findings)
    assert [(line, col) for line, col, _, _ in seen] != code_points
