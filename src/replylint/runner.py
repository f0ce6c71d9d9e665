"""Check many inputs: walk paths, read each, lint it, never let one bad file stop the rest."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from replylint.archives import in_maildir, looks_like_mbox, read_mbox
from replylint.config import Config
from replylint.document import Document
from replylint.files import UnreadableFile, open_regular, read_bounded, read_head
from replylint.findings import Finding, Severity
from replylint.lexicon import LexiconError
from replylint.linter import ArchiveMember, FileResult, lint_documents
from replylint.sources import (
    MAX_FILE_BYTES,
    NothingToCheck,
    SourceError,
    format_of,
    read_bytes,
    read_path,
)
from replylint.suppressions import apply_suppressions, find_suppressions
from replylint.walk import walk


@dataclass
class RunOptions:
    """Command-line choices; None means "as the config (or the default) says"."""

    config: Config = field(default_factory=Config)
    lang: str | None = None
    context: str | None = None
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    stdin_format: str | None = None
    suppressions: bool = True
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    template_globs: tuple[str, ...] = ()
    respect_gitignore: bool = True
    progress: bool = False  # a progress bar for large archives (the caller knows the terminal)
    min_severity: str | None = None  # findings below it are not reported
    stdin_filename: str | None = None  # the name stdin stands for (config, format, reports)
    keep_clean_text: bool = True  # an html report: it shows every draft, clean ones too

    @property
    def all_template_globs(self) -> tuple[str, ...]:
        return self.template_globs + self.config.template_globs


def _apply_severity(findings: list[Finding], severity: dict[str, str]) -> list[Finding]:
    adjusted = []
    for finding in findings:
        level = severity.get(finding.rule)
        if level == "off":
            continue
        if level in ("error", "warning"):
            finding = replace(finding, severity=Severity(level))
        adjusted.append(finding)
    return adjusted


def lint_with_settings(
    documents: list[Document], shown: str, fmt: str, options: RunOptions
) -> FileResult:
    """Lint read documents the way every entry point does: the command line's choices
    over the config's (per-file sections included), then suppressions, then severities.

    The suppression checks (`unused-suppression`, `invalid-suppression`) are rules like
    the others: selected, ignored and re-severitied the same way. A suppression naming
    a rule that did not run is not judged unused.
    """
    from replylint.catalog import is_meta, rule_catalog
    from replylint.rules import RULES_BY_ID

    config = options.config
    settings = config.settings_for(shown)
    select = options.select if options.select is not None else settings.select
    ignore = (
        options.ignore
        | settings.ignore
        | {rule for rule, level in settings.severity.items() if level == "off"}
    )
    active = {r for r in rule_catalog() if (select is None or r in select) and r not in ignore}
    ran = {r for r in RULES_BY_ID if r in active}
    result = lint_documents(
        documents,
        lang=options.lang or settings.lang,
        context=options.context or settings.context,
        select=ran or None,
        ignore=() if ran else set(RULES_BY_ID),  # only suppression checks selected
        extra_lexicons=config.extra_lexicons,
        max_response_time=config.max_response_time,
    )
    if options.suppressions:
        found = find_suppressions(result.original, fmt)
        if found:
            result.findings = apply_suppressions(
                result.findings, found, set(RULES_BY_ID), judged=ran
            )
            result.findings = [
                f
                for f in result.findings
                if not is_meta(rule_catalog()[f.rule]) or f.rule in active
            ]
    result.findings = _apply_severity(result.findings, settings.severity)
    if options.min_severity:
        floor = Severity(options.min_severity).rank
        result.findings = [f for f in result.findings if f.severity.rank >= floor]
    return result


def check_one(
    shown: str, path: Path | None, options: RunOptions | None = None, data: bytes | None = None
) -> FileResult:
    """Lint one input; any problem reading it becomes the result's one-line error.
    `data` is standard input when the caller has already read it."""
    options = options or RunOptions()
    config = options.config
    if path is None and options.stdin_filename:
        shown = options.stdin_filename
        fmt = options.stdin_format or format_of(shown, options.all_template_globs)
    elif path is None:
        fmt = options.stdin_format
    else:
        fmt = format_of(shown, options.all_template_globs)
    if fmt is None and path is not None and in_maildir(path):
        fmt = "eml"
    max_bytes = config.max_file_size or MAX_FILE_BYTES
    try:
        if path is None:
            data = read_stdin(max_bytes) if data is None else data
            documents = read_bytes(data, shown, fmt=fmt, max_bytes=max_bytes)
        else:
            documents = read_path(path, shown, fmt=fmt, max_bytes=max_bytes)
    except NothingToCheck as exc:
        return FileResult(path=shown, notices=[str(exc)])
    except SourceError as exc:
        return FileResult(path=shown, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - a reader bug must not cost the other files
        return FileResult(path=shown, error=f"could not read: {_one_line(exc)}")
    try:
        return lint_with_settings(documents, shown, fmt or format_of(shown) or "text", options)
    except LexiconError:
        raise  # a broken extra lexicon stops the run with its file and line
    except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the others
        return FileResult(
            path=shown, error=f"internal error while checking ({_one_line(exc)}); please report it"
        )


def _one_line(exc: BaseException) -> str:
    first_line = (str(exc).splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {first_line}" if first_line else type(exc).__name__


def read_stdin(max_bytes: int) -> bytes:
    """Standard input, read with the size bound (`- < /dev/zero` must not fill memory)."""
    try:
        return read_bounded(sys.stdin.buffer, max_bytes)
    except UnreadableFile as exc:
        raise SourceError(str(exc)) from None
    except (OSError, AttributeError, ValueError) as exc:  # closed or missing stdin
        raise SourceError(f"cannot read standard input: {_one_line(exc)}") from None


# What counts as a message with nothing to check: an archive passes over it quietly.
_NOTHING_TO_CHECK = ("empty draft", "no draft text", "no text/plain or text/html part")
ARCHIVE_PROGRESS_MIN_BYTES = 1024 * 1024


def _is_archive(shown: str, path: Path | None, options: RunOptions) -> bool:
    if path is None:
        return options.stdin_format == "mbox"
    if format_of(shown, options.all_template_globs) == "mbox":
        return True
    if format_of(shown, options.all_template_globs) is not None or not path.is_file():
        return False
    return looks_like_mbox(read_head(path, 4096))


def check_archive(
    shown: str, path: Path | None, options: RunOptions, data: bytes | None = None
) -> list[FileResult]:
    """Each message of an mbox checked as an e-mail, streamed one at a time.

    Results are kept only for messages with findings or errors, shifted to the
    archive's lines; the archive's own entry says how many messages it held.
    """
    import click

    max_bytes = options.config.max_file_size or MAX_FILE_BYTES
    archive = FileResult(path=shown, messages=0)
    results: list[FileResult] = [archive]
    skipped: list[int] = []
    try:
        if data is not None:
            handle = io.BytesIO(data)
        else:
            handle = sys.stdin.buffer if path is None else open_regular(path)
        size = 0 if path is None else os.fstat(handle.fileno()).st_size
    except UnreadableFile as exc:
        return [FileResult(path=shown, error=str(exc))]
    except OSError as exc:
        return [FileResult(path=shown, error=exc.strerror or str(exc))]
    bar = None
    if options.progress and size >= ARCHIVE_PROGRESS_MIN_BYTES:
        bar = click.progressbar(length=size, label=f"Checking {shown}", file=sys.stderr)
    try:
        with bar if bar is not None else _nothing():
            for message in read_mbox(handle, max_bytes):
                archive.messages = message.index
                if bar is not None:
                    bar.update(message.size)
                member = ArchiveMember(message.index, message.line, message.message_id)
                if message.size > max_bytes:
                    error = (
                        f"{member.label} (line {member.line}): {message.size} bytes, "
                        f"over the {max_bytes}-byte limit (max-file-size)"
                    )
                    results.append(FileResult(path=shown, error=error, member=member))
                    continue
                result = _check_message(message.data, shown, member, options)
                if result is None:
                    skipped.append(message.index)
                elif result.error or result.findings:
                    results.append(result)
    except OSError as exc:
        archive.error = f"cannot read: {exc.strerror or exc}"
    finally:
        if path is not None:
            handle.close()
    if archive.messages == 0:
        archive.error = "no messages in this mbox (no 'From ' line opens one)"
    if archive.messages == 1:
        # One message (a git format-patch file): report it as the file it is.
        results = [replace(r, member=None) for r in results[1:]] or [
            replace(archive, messages=None)
        ]
        for r in results:
            r.notices = archive.notices + r.notices
    if skipped:
        listed = ", ".join(str(i) for i in skipped[:10]) + (", …" if len(skipped) > 10 else "")
        archive.notices.append(f"{len(skipped)} message(s) with no draft text to check: {listed}")
    return results


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc) -> None:
        return None


def _check_message(
    data: bytes, shown: str, member: ArchiveMember, options: RunOptions
) -> FileResult | None:
    """One archive message, its positions moved to the archive's lines; None when it
    has no draft text at all (a forward, a calendar reply), which archives hold plenty of."""
    label = f"{member.label} (line {member.line})"
    try:
        documents = read_bytes(data, shown, fmt="eml")
        result = lint_with_settings(documents, shown, "eml", options)
    except SourceError as exc:
        if str(exc).startswith(_NOTHING_TO_CHECK):
            return None
        return FileResult(path=shown, error=f"{label}: {exc}", member=member)
    except LexiconError:
        raise
    except Exception as exc:  # noqa: BLE001 - one message's bug must not stop the archive
        first_line = (str(exc).splitlines() or [""])[0][:200]
        return FileResult(
            path=shown,
            error=f"{label}: internal error while checking ({type(exc).__name__}: "
            f"{first_line}); please report it",
            member=member,
        )
    offset = member.line - 1
    result.findings = [
        replace(f, line=f.line + offset, end_line=f.end_line + offset) for f in result.findings
    ]
    result.member, result.line_offset = member, offset
    if not result.findings:
        result.original = ""  # only messages with findings keep their text for the report
        result.drafts, result.quoted = [], ""
    return result


def check_input(
    shown: str, path: Path | None, options: RunOptions | None = None
) -> list[FileResult]:
    """Lint one input: a draft gives one result, an archive one per message that needs one."""
    options = options or RunOptions()
    if _is_archive(shown, path, options):
        return check_archive(shown, path, options)
    if path is None and options.stdin_format is None:
        try:
            data = read_stdin(options.config.max_file_size or MAX_FILE_BYTES)
        except SourceError as exc:
            return [FileResult(path=shown, error=str(exc))]
        if looks_like_mbox(data[:4096]):
            return check_archive(shown, None, options, data)
        return [check_one(shown, None, options, data)]
    return [check_one(shown, path, options)]


def inputs(
    paths: Iterable[str], options: RunOptions, empty: list[str] | None = None
) -> list[tuple[str, Path | None]]:
    """What a run reads; directories where the walk found nothing go to `empty`."""
    config = options.config
    return list(
        walk(
            paths,
            include=options.include or config.include,
            exclude=options.exclude + config.exclude,
            template_globs=options.all_template_globs,
            respect_gitignore=options.respect_gitignore,
            empty=empty,
        )
    )


PARALLEL_MIN_FILES = 20  # below this, starting workers costs more than it saves


def usable_cores() -> int:
    """Cores this process may run on: the affinity mask (a container's or taskset's
    limit), not every core of the machine."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # macOS and Windows have no affinity mask
        return os.cpu_count() or 1


def default_jobs(count: int) -> int:
    """All usable cores when there are more than a few files, else one process."""
    return usable_cores() if count >= PARALLEL_MIN_FILES else 1


def start_method() -> str:
    """`fork` only on Linux, where it is safe and lets workers share what the parent
    imported; macOS's system libraries may crash in a forked child, so spawn there
    (and on Windows, which has nothing else)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _before_fork() -> None:
    """Import the analysis code (spaCy) once, so forked workers share it. No pipeline
    is built here: each worker builds only the languages its files turn out to need."""
    import replylint.linter  # noqa: F401


_WORKER_OPTIONS: RunOptions | None = None
_WORKER_STARTED = None  # shared bytes: _WORKER_STARTED[i] is 1 once a worker took input i
WORKER_DIED = (
    "the worker process checking this file died (killed by a signal, or out of memory); "
    "the other files were checked"
)


def _init_worker(options: RunOptions, started) -> None:
    global _WORKER_OPTIONS, _WORKER_STARTED
    _WORKER_OPTIONS, _WORKER_STARTED = options, started


def _check_in_worker(index: int, shown: str, path: Path) -> list[FileResult]:
    if _WORKER_STARTED is not None:
        _WORKER_STARTED[index] = 1
    return [_lean(r, _WORKER_OPTIONS) for r in check_input(shown, path, _WORKER_OPTIONS)]


def max_jobs() -> int:
    """More worker processes than cores cannot make CPU-bound linting faster, only
    use more memory (`--jobs 100000` would fork until memory runs out)."""
    return usable_cores()


IN_FLIGHT_PER_WORKER = 4  # files handed to the pool per worker: enough that none idles
MAX_AHEAD = 256  # results finished out of order and held until the earlier ones arrive


@dataclass
class _Flow:
    """What a pool round and the ordered reader tell each other."""

    held: int = 0  # results the reader holds back for an earlier file
    broken: bool = False  # a worker died: the round ended before all its files came back


def _pool_round(
    batch: list[tuple[int, str, Path]],
    workers: int,
    options: RunOptions,
    context,
    started,
    flow: _Flow,
) -> Iterator[tuple[int, list[FileResult]]]:
    """Check `batch` over `workers` processes, yielding each file's results as it comes
    back. Files are handed over in input order, a few per worker at a time, and none
    while MAX_AHEAD results wait for an earlier one: memory stays bounded however many
    files there are. `flow.broken` says the pool broke (a worker was killed)."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(
        min(workers, len(batch)),
        mp_context=context,
        initializer=_init_worker,
        initargs=(options, started),
    )
    jobs = iter(batch)
    running: dict = {}
    try:
        while True:
            while len(running) < workers * IN_FLIGHT_PER_WORKER and (
                flow.held + len(running) < MAX_AHEAD or not running
            ):
                job = next(jobs, None)
                if job is None:
                    break
                running[pool.submit(_check_in_worker, *job)] = job[0]
            if not running:
                return
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=running.__getitem__):
                index = running.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    flow.broken = True
                    continue
                yield index, results
            if flow.broken:
                return
    except BrokenProcessPool:
        flow.broken = True
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _check_in_pool(
    files: list[tuple[int, str, Path]],
    jobs: int,
    options: RunOptions,
    progress: Callable[[Iterable], Iterable] | None,
) -> Iterator[tuple[int, list[FileResult]]]:
    """Every file's results in input order, each passed on as soon as the files before
    it are done, even when workers die: the files a dead worker had taken are each
    retried alone, and one that kills its worker again is reported as an error; the
    files no worker had taken yet go to a fresh pool."""
    import multiprocessing

    context = multiprocessing.get_context(start_method())
    if context.get_start_method() == "fork":
        _before_fork()
    started = context.RawArray("b", max(i for i, _, _ in files) + 1)
    flow = _Flow()
    held: dict[int, list[FileResult]] = {}
    done: set[int] = set()
    position = 0  # files[position] is the next to pass on

    def release() -> Iterator[tuple[int, list[FileResult]]]:
        nonlocal position
        while position < len(files) and files[position][0] in held:
            index = files[position][0]
            position += 1
            flow.held = len(held) - 1
            yield index, held.pop(index)
        flow.held = len(held)

    pending = files
    while pending:
        flow.broken = False
        stream = _pool_round(pending, jobs, options, context, started, flow)
        for index, results in progress(stream) if progress else stream:
            held[index] = results
            done.add(index)
            yield from release()
        progress = None  # the bar follows the first round only
        if not flow.broken:
            break
        left = [job for job in pending if job[0] not in done]
        suspects = [job for job in left if started[job[0]]]
        for job in suspects:
            alone = list(_pool_round([job], 1, options, context, started, _Flow()))
            held[job[0]] = alone[0][1] if alone else [FileResult(path=job[1], error=WORKER_DIED)]
            done.add(job[0])
        if not suspects:  # workers die before taking any file: do not loop forever
            for job in left:
                held[job[0]] = [FileResult(path=job[1], error=WORKER_DIED)]
                done.add(job[0])
        yield from release()
        pending = [job for job in left if job[0] not in done]
    yield from release()


def _lean(result: FileResult, options: RunOptions | None) -> FileResult:
    """A result as the reporters need it: without an HTML report (the only one that
    shows drafts as the customer reads them, and clean drafts too), the source text
    only where a finding's line is shown, so little is pickled and held per draft."""
    if options is not None and not options.keep_clean_text:
        result.drafts, result.quoted = [], ""
        if not result.findings:
            result.original = ""
    return result


def iter_results(
    paths: Iterable[str],
    options: RunOptions | None = None,
    progress_for: Callable[[int], Callable[[Iterable], Iterable] | None] | None = None,
    jobs: int | None = None,
    empty: list[str] | None = None,
) -> Iterator[FileResult]:
    """Check every input and yield its results in input order whatever the number of
    workers; with jobs > 1 files are spread over worker processes, and a worker that
    dies costs at most the file it was checking. Results are passed on as they come:
    with workers, each as soon as the files before it are done. Standard input is always
    read by this process. `progress_for(count)` may return a wrapper that shows
    progress. Directories that held nothing to read are added to `empty`.
    """
    options = options or RunOptions()
    found = inputs(paths, options, empty)
    progress = progress_for(len(found)) if progress_for else None
    jobs = default_jobs(len(found)) if jobs is None else max(1, jobs)
    jobs = min(jobs, max_jobs())
    files = [(i, shown, path) for i, (shown, path) in enumerate(found) if path is not None]
    if jobs == 1 or len(files) < 2:
        for shown, path in progress(found) if progress else found:
            for result in check_input(shown, path, options):
                yield _lean(result, options)
        return
    ordered = _check_in_pool(files, jobs, options, progress)
    for index, (shown, path) in enumerate(found):
        if path is None:
            yield from (_lean(r, options) for r in check_input(shown, path, options))
            continue
        got, results = next(ordered)
        assert got == index, (got, index)  # the pool passes files on in input order
        yield from results


def check_paths(
    paths: Iterable[str],
    options: RunOptions | None = None,
    progress_for: Callable[[int], Callable[[Iterable], Iterable] | None] | None = None,
    jobs: int | None = None,
    empty: list[str] | None = None,
) -> list[FileResult]:
    """Every input's results as a list, in input order (see iter_results)."""
    return list(iter_results(paths, options, progress_for, jobs, empty))
