"""The HTML report in a real browser: headless Chromium renders it, runs none of the
draft's scripts, and produces a screenshot (kept for a human to look at)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import cli as run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium")


def test_report_renders_and_runs_no_draft_script(tmp_path: Path) -> None:
    (tmp_path / "xss.txt").write_text(
        "Hi Ann,\nGreat news! Your parcel was delayed. "
        "<script>document.title='pwned';document.body.innerHTML='pwned'</script>\n"
        "<img src=x onerror=\"document.title='pwned'\">\n",
        encoding="utf-8",
    )
    (tmp_path / "zh.txt").write_text(
        "您好，\n您的包裹延误了，我们会尽快给您回复。\n", encoding="utf-8"
    )
    report = tmp_path / "report.html"
    run("check", "--format", "html", "--output", str(report), ".", cwd=tmp_path)
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "<title>replylint report</title>" in dom
    assert "pwned" not in dom.split("<body>")[0]  # the title was not changed by a script
    assert dom.count("<mark class=") >= 3 and "延误" in dom
    screenshot = Path(__file__).parent / "artifacts" / "html-report.png"
    screenshot.parent.mkdir(exist_ok=True)
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--window-size=1200,1000",
            f"--screenshot={screenshot}",
            report.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    data = screenshot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
