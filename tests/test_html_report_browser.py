"""The HTML report in a real browser: headless Chromium renders it, runs none of the
draft's scripts, wraps long lines, folds headers away and filters files (layout read
through DevTools on a pipe, tests/devtools.py), and produces screenshots."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from devtools import HEADLESS_FLAGS
from helpers import cli as run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = HEADLESS_FLAGS

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


LONG_LINE = (
    "Your parcel was delayed at the depot and we are sorry for the trouble it caused. " * 3
    + "We will get back to you as soon as possible."
)
REPLY_EML = (
    "From: Support <support@example.com>\nTo: Jens <jens@example.dk>\n"
    "Subject: Re: Min ordre\nX-Mailer: Headermarker 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Hej Jens,\n\nVi har sendt en ny pakke til dig i dag.\n\n"
    "Den 3. jun. 2024 kl. 10.12 skrev Jens <jens@example.dk>:\n"
    "> Min pakke er stadig ikke kommet! Det er for dårligt.\n"
)

# Layout as Chromium computed it, read through DevTools (the page itself runs no script).
_LAYOUT = """(() => {
  const visible = el => el.getClientRects().length > 0;
  const sections = [...document.querySelectorAll('section.file')];
  const mark = [...document.querySelectorAll('mark')]
    .find(m => m.textContent === 'as soon as possible');
  const r = mark.getBoundingClientRect();
  const quoted = [...document.querySelectorAll('blockquote')]
    .find(b => b.textContent.includes('Min pakke er stadig'));
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    mark: {left: r.left, right: r.right, width: r.width},
    text: document.body.innerText,
    quotedVisible: quoted !== undefined && visible(quoted),
    quotedInDraft: quoted !== undefined && quoted.closest('.draft') !== null,
    visibleFiles: sections.filter(visible).map(s => s.querySelector('.path').textContent),
  };
})()"""


def test_report_wraps_folds_and_filters_in_chromium(tmp_path: Path) -> None:
    from devtools import Browser

    (tmp_path / "a-long.txt").write_text(f"Hi Tom,\n{LONG_LINE}\n", encoding="utf-8")
    (tmp_path / "b-reply.eml").write_text(REPLY_EML, encoding="utf-8")
    (tmp_path / "c-clean.txt").write_text("Hi Ann,\nThank you for your order.\n", encoding="utf-8")
    report = tmp_path / "report.html"
    run("check", "--format", "html", "--output", str(report), ".", cwd=tmp_path)
    assert "2:2" in report.read_text(encoding="utf-8")  # the finding is at column 2xx
    with Browser(CHROMIUM, tmp_path / "profile", width=1000, height=900) as browser:
        browser.open(report.as_uri())
        before = browser.evaluate(_LAYOUT)
        browser.evaluate("document.getElementById('only-findings').click()")
        after = browser.evaluate(_LAYOUT)
        browser.screenshot(tmp_path / "report.png")
    # lines wrap: nothing scrolls sideways, the far-right finding is inside the window
    assert before["scrollWidth"] <= before["clientWidth"] == 1000
    assert before["mark"]["left"] >= 0 and before["mark"]["right"] <= before["clientWidth"]
    assert before["mark"]["width"] > 0
    # the draft is text; headers are folded away, the customer's quote is apart but shown
    assert "Vi har sendt en ny pakke" in before["text"]
    assert "Headermarker" not in before["text"] and "Content-Type" not in before["text"]
    assert before["quotedVisible"] and not before["quotedInDraft"]
    # the filter hides the clean file only
    assert before["visibleFiles"] == ["a-long.txt", "b-reply.eml", "c-clean.txt"]
    assert after["visibleFiles"] == ["a-long.txt", "b-reply.eml"]
    assert (tmp_path / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
