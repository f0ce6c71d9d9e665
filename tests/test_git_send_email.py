"""examples/mail/sendemail-validate under a real `git send-email`: the commit message
and cover letter are checked, the diff is not, and the reasons name the patch file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOOK = ROOT / "examples" / "mail" / "sendemail-validate"
GIT = shutil.which("git")


def _has_send_email() -> bool:
    if GIT is None:
        return False
    exec_path = subprocess.run([GIT, "--exec-path"], capture_output=True, text=True).stdout
    return (Path(exec_path.strip()) / "git-send-email").exists()


pytestmark = pytest.mark.skipif(
    not _has_send_email(), reason="needs `git send-email` (Debian's git-email; .ci/run installs it)"
)
BLAME_IN_DIFF = "+As I already told you, you should have read the FAQ.\n+Great news!\n"


@pytest.fixture()
def repo(tmp_path: Path):
    """A repository with the hook installed and a sendmail that records what it gets."""
    work = tmp_path / "repo"
    work.mkdir()
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "GIT_AUTHOR_NAME": "Ann Dev",
        "GIT_AUTHOR_EMAIL": "ann@example.com",
        "GIT_COMMITTER_NAME": "Ann Dev",
        "GIT_COMMITTER_EMAIL": "ann@example.com",
        "HOME": str(tmp_path),
    }

    def git(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [GIT, *args], cwd=work, env=env, capture_output=True, text=True, check=check
        )

    git("init", "-q")
    (work / "faq.txt").write_text("FAQ\n")
    git("add", "faq.txt")
    git("commit", "-qm", "Add the FAQ")
    shutil.copy(HOOK, work / ".git" / "hooks" / "sendemail-validate")
    sink = tmp_path / "sent"
    sink.mkdir()
    sendmail = tmp_path / "sendmail"
    sendmail.write_text(f'#!/bin/sh\ncat > "$(mktemp -p {sink})"\n')
    sendmail.chmod(0o755)

    def send(
        message: str, patch_text: str, blurb: str = "This series adds our opening hours."
    ) -> tuple[subprocess.CompletedProcess, int]:
        with (work / "faq.txt").open("a") as handle:
            handle.write(patch_text.replace("+", ""))
        git("commit", "-qam", message)
        patches = git("format-patch", "--cover-letter", "-1", "-o", "out").stdout.split()
        cover = work / patches[0]
        text = cover.read_text().replace("*** SUBJECT HERE ***", "FAQ update")
        cover.write_text(text.replace("*** BLURB HERE ***", blurb))
        result = git(
            "send-email",
            "--confirm=never",
            "--to=customer@example.com",
            f"--smtp-server={sendmail}",
            *patches,
            check=False,
        )
        shutil.rmtree(work / "out")
        return result, len(list(sink.iterdir()))

    return send


def test_a_patch_whose_diff_reads_badly_is_sent(repo) -> None:
    result, sent = repo("FAQ: opening hours\n\nThe FAQ now lists our opening hours.", BLAME_IN_DIFF)
    assert result.returncode == 0, result.stderr
    assert sent == 2  # the cover letter and the patch


def test_a_commit_message_with_blame_stops_the_send(repo) -> None:
    result, sent = repo(
        "FAQ: refunds\n\nAs I already told you, you should have read the FAQ.", "+Refunds.\n"
    )
    assert result.returncode != 0 and sent == 0
    assert "rejected by sendemail-validate hook" in result.stderr
    assert "0001-FAQ-refunds.patch:6:1: error [customer-blame]" in result.stderr + result.stdout


def test_the_cover_letter_blurb_is_checked(repo) -> None:
    result, sent = repo(
        "FAQ: hours\n\nThe FAQ now lists our opening hours.",
        "+Hours.\n",
        blurb="Per my last email, you should have read the FAQ.",
    )
    assert result.returncode != 0 and sent == 0
    assert "0000-cover-letter.patch:6:1: error [customer-blame]" in result.stderr + result.stdout
