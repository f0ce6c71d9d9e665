"""The pre-commit hook, run the way a template repository runs it (`pre-commit try-repo`)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOOKS = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")


def test_hook_file_pattern_covers_eml_and_jinja_but_not_code() -> None:
    pattern = re.search(r"^\s*files:\s*(\S+)\s*$", HOOKS, re.MULTILINE).group(1)
    for name in ("a.txt", "b.eml", "c.html", "d.htm", "e.md", "f.html.j2", "g.jinja", "h.jinja2"):
        assert re.search(pattern, name), name
    for name in ("setup.py", "logo.png", "data.json"):
        assert not re.search(pattern, name), name
    assert "require_serial: true" in HOOKS


def test_hook_excludes_a_repositorys_own_documents_but_not_templates() -> None:
    files = re.search(r"^\s*files:\s*(\S+)\s*$", HOOKS, re.MULTILINE).group(1)
    exclude = re.search(r"^\s*exclude:\s*(\S+)\s*$", HOOKS, re.MULTILINE).group(1)
    for name in ("README.md", "docs/CHANGELOG.md", "LICENSE.txt", "requirements-dev.txt"):
        assert re.search(files, name) and re.search(exclude, name), name
    assert re.search(exclude, ".github/PULL_REQUEST_TEMPLATE.md")
    for name in (
        "templates/readme-reply.txt.j2",
        "da/refund.md",
        "support/late.txt",
        "notice.txt",
        "x.eml",
    ):
        assert not re.search(exclude, name), name


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_pre_commit_try_repo_on_a_template_repository(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    repo = tmp_path / "templates-repo"
    (repo / "templates" / "da").mkdir(parents=True)
    (repo / "templates" / "good.txt").write_text(
        "Hi Ann,\nWe're sorry your parcel is late. It arrives tomorrow before noon.\n"
    )
    (repo / "templates" / "da" / "forsinkelse.txt.j2").write_text(
        "Hej {{ kunde.fornavn }},\nDin pakke er desværre forsinket.\n"
        "{% if vip %}Vi ringer i morgen kl. 10.{% else %}Vi vender tilbage hurtigst muligt."
        "{% endif %}\n",
        encoding="utf-8",
    )
    (repo / "templates" / "reply.eml").write_bytes(
        b"From: a@example.com\nTo: b@example.com\nSubject: Re: x\n\n"
        b"Hi Tom,\nHere is your new label.\n\nOn Mon, 3 Jun 2024 at 10:12, Tom wrote:\n"
        b"> My parcel never arrived!\n"
    )
    (repo / "setup.py").write_text("print('Great news! We will get back to you soon.')\n")
    # A template repository's own documents, and an empty placeholder: not drafts.
    late = "Great news! Your parcel was delayed. We'll get back to you soon.\n"
    (repo / "README.md").write_text(f"# Templates\n\nExample of what not to write: {late}")
    (repo / "LICENSE.txt").write_text(f"MIT\n{late}")
    (repo / "requirements.txt").write_text("jinja2\n")
    (repo / "templates" / "archive").mkdir()
    (repo / "templates" / "archive" / ".keep.txt").write_text("")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "replylint", "--all-files"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "templates/da/forsinkelse.txt.j2:2:" in out and "{% else %}" in out
    assert "templates/reply.eml:" in out and "missing-apology" in out
    assert "good.txt" not in out and "setup.py" not in out
    for name in ("README.md", "LICENSE.txt", "requirements.txt", ".keep.txt"):
        assert name not in out, out
