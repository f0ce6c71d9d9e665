"""`--jobs` and the run loop: cores from the affinity mask, a safe start method,
pipelines built in the workers for the files they get, results streamed in order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import cli

from replylint import runner

CORPUS = Path(__file__).parent / "corpus"


def test_cores_come_from_the_affinity_mask(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert runner.usable_cores() == 1
    assert runner.default_jobs(500) == 1


def test_cores_fall_back_to_the_count_without_an_affinity_mask(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 6)
    assert runner.usable_cores() == 6
    assert runner.default_jobs(runner.PARALLEL_MIN_FILES - 1) == 1


@pytest.mark.parametrize(("platform", "method"), [("linux", "fork"), ("darwin", "spawn")])
def test_fork_only_on_linux(monkeypatch: pytest.MonkeyPatch, platform: str, method: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert runner.start_method() == method


_PROBE = """
import json, sys
from replylint import analysis, runner
from replylint.runner import RunOptions, check_paths

real = runner._check_in_worker

def probe(*job):
    results = real(*job)
    results[0].notices.append("built:" + ",".join(analysis.loaded_languages()))
    return results

if sys.argv[1] == "spawn":  # a spawned worker imports runner afresh: nothing to patch
    runner.start_method = lambda: "spawn"
else:
    runner._check_in_worker = probe
results = check_paths(sys.argv[2:], RunOptions(), jobs=2)
print(json.dumps({
    "parent": analysis.loaded_languages(),
    "order": [r.path for r in results],
    "built": sorted({n for r in results for n in r.notices if n.startswith("built:")}),
}))
"""


def _probe(method: str, *paths: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, method, *paths],
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def test_workers_build_only_the_languages_their_files_need() -> None:
    drafts = sorted(str(p) for p in (CORPUS / "sv").glob("*.txt"))[:6]
    seen = _probe("fork", *drafts)
    assert seen["parent"] == []  # nothing built before forking
    assert seen["built"] == ["built:sv"]
    assert seen["order"] == drafts


@pytest.mark.skipif(sys.platform == "win32", reason="the probe patches a module in-process")
def test_spawned_workers_give_the_report_of_one_process() -> None:
    drafts = sorted(str(p) for p in (CORPUS / "et").glob("*.txt"))[:3]
    drafts += sorted(str(p) for p in (CORPUS / "zh").glob("*.txt"))[:3]
    seen = _probe("spawn", *drafts)
    assert seen["order"] == drafts
    assert seen["parent"] == []
    one = cli("check", "--format", "json", "--jobs", "1", *drafts)
    two = cli("check", "--format", "json", "--jobs", "2", *drafts)
    assert one.stdout == two.stdout


def test_results_are_yielded_as_files_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    drafts = sorted(str(p) for p in (CORPUS / "da").glob("*.txt"))[:3]
    checked: list[str] = []
    real = runner.check_input

    def counting(shown, path, options=None):
        checked.append(shown)
        return real(shown, path, options)

    monkeypatch.setattr(runner, "check_input", counting)
    stream = runner.iter_results(drafts, runner.RunOptions(), jobs=1)
    first = next(stream)
    assert first.path == drafts[0] and checked == drafts[:1]
    assert [r.path for r in stream] == drafts[1:]


def test_clean_drafts_keep_no_text_unless_a_report_shows_it(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Hi Ann,\nThanks for your order. It ships today.\n", encoding="utf-8")
    late = tmp_path / "late.txt"
    late.write_text("Hi Ann,\nGreat news! Your order is late. We will reply soon.\n")
    lean = runner.RunOptions(keep_clean_text=False)
    by_path = {r.path: r for r in runner.check_paths([str(clean), str(late)], lean, jobs=1)}
    assert by_path[str(clean)].original == "" and not by_path[str(clean)].findings
    assert by_path[str(late)].findings and "Great news" in by_path[str(late)].original
    html = cli("check", "--format", "html", str(clean))
    assert html.returncode == 0 and b"It ships today" in html.stdout
