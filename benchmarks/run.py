"""replylint's benchmark: cold start, warm latency, throughput, memory and a peer.

    python benchmarks/run.py            # after `pip install .`; installs proselint if missing

Prints a table and writes it, with the machine, to BENCHMARKS.md. Paired
figures are measured side by side in the same run (alternating), so a noisy
machine affects both sides alike. Runs in about four minutes on two cores.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus_gen import LANGS, build  # noqa: E402
from server_latency import server_latency  # noqa: E402

REPLYLINT = shutil.which("replylint") or str(Path(sys.executable).with_name("replylint"))
TARGETS = {
    "cold": 1.3,  # x the spaCy baseline
    "p95": 10.0,  # ms per draft
    "throughput": 500.0,  # drafts/s with every core
    "rss": 400.0,  # MB
    "peer": 1.0,  # replylint / proselint wall time per draft
    "server": 50.0,  # ms from didChange to publishDiagnostics, warm
}


def wall(command: list[str], **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, **kwargs
    )
    return time.perf_counter() - start


def cold_start(draft: Path, runs: int = 5) -> tuple[float, float]:
    baseline = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    ours = [REPLYLINT, "check", "--no-config", str(draft)]
    wall(ours)  # the first run after install fills the compiled-pattern cache
    pairs = [(wall(baseline), wall(ours)) for _ in range(runs)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def warm_latency(drafts: dict[str, Path], runs: int = 200) -> dict[str, tuple[float, float]]:
    from replylint import lint_path

    figures = {}
    for lang, path in drafts.items():
        lint_path(path)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            lint_path(path)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        figures[lang] = (statistics.median(times), times[int(len(times) * 0.95) - 1])
    return figures


def throughput(corpus: Path, jobs: int) -> float:
    seconds = wall(
        [
            REPLYLINT,
            "check",
            "--no-config",
            "--quiet",
            "--format",
            "json",
            "--output",
            os.devnull,
            "--jobs",
            str(jobs),
            str(corpus),
        ]
    )
    return len(list(corpus.iterdir())) / seconds


def peak_rss_mb(drafts: dict[str, Path]) -> float:
    code = (
        "import resource, sys\n"
        "from replylint import lint_path\n"
        "for p in sys.argv[1:]: lint_path(p)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, drafts.values())],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    kilobytes = int(out.strip().splitlines()[-1])
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 1024 / 1024


def ensure_proselint() -> str | None:
    found = shutil.which("proselint") or str(Path(sys.executable).with_name("proselint"))
    if not Path(found).exists():
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "proselint"], check=False
        )
        found = str(Path(sys.executable).with_name("proselint"))
    return found if Path(found).exists() else None


def peer(txt_drafts: list[Path], proselint: str) -> tuple[float, float]:
    ours = [
        REPLYLINT,
        "check",
        "--no-config",
        "--quiet",
        "--jobs",
        "1",
        "--format",
        "json",
        "--output",
        os.devnull,
        *map(str, txt_drafts),
    ]
    theirs = [proselint, "check", *map(str, txt_drafts)]
    pairs = [(wall(ours), wall(theirs)) for _ in range(2)]
    per_draft = len(txt_drafts)
    return (
        statistics.median(p[0] for p in pairs) / per_draft,
        statistics.median(p[1] for p in pairs) / per_draft,
    )


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for package in ("replylint", "spacy", "langdetect", "click", "jinja2", "proselint"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions.append(f"{package} {importlib.metadata.version(package)}")
    return [
        f"- CPU: {cpu}, {os.cpu_count()} cores",
        f"- Python {platform.python_version()} on {platform.system()} {platform.release()}",
        f"- {', '.join(versions)}",
    ]


def verdict(value: float, target: float, higher_is_better: bool = False) -> str:
    ok = value >= target if higher_is_better else value <= target
    if ok:
        return "met"
    factor = target / value if higher_is_better else value / target
    return f"missed by {factor:.1f}x"


def main() -> None:
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="replylint-bench-"))
    corpus = work / "corpus"
    files = build(corpus)
    one = {lang: next(p for p in files if p.name.endswith(f"-{lang}.txt")) for lang in LANGS}
    cores = os.cpu_count() or 1

    print("cold start ...", flush=True)
    base, ours = cold_start(one["en"])
    print("warm latency ...", flush=True)
    latency = warm_latency(one)
    print("server latency ...", flush=True)
    served = server_latency([REPLYLINT, "server"], one)
    print("throughput ...", flush=True)
    single = throughput(corpus, 1)
    parallel = throughput(corpus, cores)
    print("memory ...", flush=True)
    rss = peak_rss_mb(one)
    print("peer ...", flush=True)
    proselint = ensure_proselint()
    txt = [p for p in files if p.suffix == ".txt"][:300]
    peer_figures = peer(txt, proselint) if proselint else None

    rows = [
        "| figure | replylint | reference | target | verdict |",
        "| --- | --- | --- | --- | --- |",
        f'| cold start: `replylint check one.txt` vs `python -c "import spacy; '
        f"spacy.blank('en')\"` (median of 5, alternating) | {ours:.2f} s | {base:.2f} s | "
        f"≤ {TARGETS['cold']}x | {ours / base:.2f}x, {verdict(ours / base, TARGETS['cold'])} |",
    ]
    for lang, (p50, p95) in latency.items():
        rows.append(
            f"| warm latency, {lang}, ~150-word draft via the Python API (200 runs) | "
            f"p50 {p50:.1f} ms, p95 {p95:.1f} ms | | p95 ≤ {TARGETS['p95']:.0f} ms | "
            f"{verdict(p95, TARGETS['p95'])} |"
        )
    for lang in LANGS:
        p50, p95 = served[lang]
        rows.append(
            f"| server per-change latency, {lang}, ~150-word draft: didChange to "
            f"publishDiagnostics over stdio, edits {int(1000 * 0.17)} ms apart (40 edits) | "
            f"p50 {p50:.1f} ms, p95 {p95:.1f} ms | | p95 ≤ {TARGETS['server']:.0f} ms | "
            f"{verdict(p95, TARGETS['server'])} |"
        )
    p50, p95 = served["burst"]
    rows.append(
        "| server, bursts of 5 keystrokes 30 ms apart: last keystroke to its diagnostics "
        f"(150 ms debounce + check; 40 bursts) | p50 {p50:.1f} ms, p95 {p95:.1f} ms | | | |"
    )
    rows += [
        f"| throughput, {len(files)} drafts (.txt, .eml, Jinja2), one process | "
        f"{single:.0f} drafts/s | | | |",
        f"| throughput, same drafts, `--jobs {cores}` | {parallel:.0f} drafts/s | | "
        f"≥ {TARGETS['throughput']:.0f} drafts/s | "
        f"{verdict(parallel, TARGETS['throughput'], higher_is_better=True)} |",
        f"| peak RSS, all five languages loaded | {rss:.0f} MB | | ≤ {TARGETS['rss']:.0f} MB | "
        f"{verdict(rss, TARGETS['rss'])} |",
    ]
    if peer_figures:
        ours_per, theirs_per = peer_figures
        ratio = ours_per / theirs_per
        rows.append(
            f"| peer: wall time per draft on {len(txt)} .txt drafts, one process each, "
            f"startup included (proselint checks other things; this compares the cost "
            f"per draft of a linter of this kind) | {ours_per * 1000:.1f} ms | proselint "
            f"{theirs_per * 1000:.1f} ms | < 1x | {ratio:.2f}x, {verdict(ratio, 1.0)} |"
        )
    else:
        rows.append("| peer: proselint | not measured: proselint could not be installed | | | |")
    elapsed = time.perf_counter() - started
    table = "\n".join(rows)
    print("\n" + table)
    report = "\n".join(
        [
            "# Benchmarks",
            "",
            "Written by `python benchmarks/run.py` (deterministic corpus from "
            "`benchmarks/corpus_gen.py`: 5,000 drafts of about 150 words, the five languages in "
            "turn, 60 % .txt, 20 % .eml, 20 % Jinja2).",
            "",
            *machine(),
            f"- run took {elapsed:.0f} s",
            "",
            table,
            "",
        ]
    )
    (ROOT / "BENCHMARKS.md").write_text(report, encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
