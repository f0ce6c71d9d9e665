"""Which files a `replylint check PATH...` run reads.

Directories are walked for the formats replylint reads (plus the user's
template globs, and every message in a Maildir's `cur/` and `new/`);
`--include`/`--exclude` globs filter what was found; files git ignores are
skipped inside a git work tree; symlinks are followed once and only while they
stay inside the walked directory, so a symlink loop cannot hang the walk and a
link to `/` cannot pull the system in. FIFOs and devices are passed over (a walk
must never block on one); a directory that cannot be listed, a dangling link and
a link loop are reported as that input's error. Files named explicitly are
always read.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

from replylint.archives import is_maildir
from replylint.files import file_kind, read_head
from replylint.sources import format_of

STDIN = "-"


def _matches(path: str, globs: Iterable[str]) -> bool:
    posix = path.replace(os.sep, "/")
    name = posix.rsplit("/", 1)[-1]
    return any(
        fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(name, g) or fnmatch.fnmatch(posix, f"*/{g}")
        for g in globs
    )


def _git_ignored(paths: list[str]) -> set[str]:
    """The subset of `paths` git ignores; empty outside a work tree or without git."""
    git = shutil.which("git")
    if not git or not paths:
        return set()
    by_dir: dict[str, list[str]] = {}
    for path in paths:
        by_dir.setdefault(str(Path(path).parent), []).append(path)
    ignored: set[str] = set()
    for directory, members in by_dir.items():
        try:
            result = subprocess.run(
                [git, "-C", directory, "check-ignore", "--stdin", "-z"],
                input=b"\0".join(os.fsencode(os.path.realpath(m)) for m in members) + b"\0",
                capture_output=True,
                timeout=30,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if result.returncode not in (0, 1):
            continue
        hits = {h for h in result.stdout.split(b"\0") if h}
        ignored.update(m for m in members if os.fsencode(os.path.realpath(m)) in hits)
    return ignored


def _inside(real: str, root_real: str) -> bool:
    return real == root_real or os.path.commonpath([real, root_real]) == root_real


def _walk_directory(root: Path, template_globs: tuple[str, ...]) -> Iterator[Path]:
    """Draft files under `root`. A directory that cannot be listed is yielded itself (so
    reading it reports why); symlinks leading out of `root`, FIFOs, devices and binary
    files are passed over."""
    root_real = os.path.realpath(root)
    seen_dirs: set[tuple[int, int]] = set()
    unreadable: list[OSError] = []
    for directory, dirnames, filenames in os.walk(
        root, onerror=unreadable.append, followlinks=True
    ):
        yield from (Path(e.filename) for e in unreadable if e.filename)
        unreadable.clear()
        try:
            stat = os.stat(directory)
        except OSError:
            dirnames[:] = []
            continue
        key = (stat.st_dev, stat.st_ino)
        if key in seen_dirs or not _inside(os.path.realpath(directory), root_real):
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        here = Path(directory)
        skipped = {".git", ".hg", ".svn"} | ({"tmp"} if is_maildir(here) else set())
        dirnames[:] = sorted(d for d in dirnames if d not in skipped)
        # A Maildir's cur/ and new/ hold one message per file, under names like
        # "1700000000.M1P2.host:2,S": every file there is read as an e-mail.
        mail = here.name in ("cur", "new") and is_maildir(here.parent)
        for name in sorted(filenames):
            if mail and name.startswith("."):
                continue
            if not (mail or format_of(name, template_globs)):
                continue
            candidate = here / name
            if os.path.islink(candidate) and not _inside(os.path.realpath(candidate), root_real):
                continue
            kind = file_kind(candidate)
            if kind == "regular" and not _is_binary(candidate):
                yield candidate
            elif kind == "broken":
                yield candidate  # a dangling link or a loop: reading it says which
    yield from (Path(e.filename) for e in unreadable if e.filename)


def _is_binary(path: Path) -> bool:
    """A NUL byte early on: an image or archive with a text-like name, skipped in walks."""
    return b"\x00" in read_head(path, 8192)


def walk(
    paths: Iterable[str],
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    template_globs: tuple[str, ...] = (),
    respect_gitignore: bool = True,
    empty: list[str] | None = None,
) -> Iterator[tuple[str, Path | None]]:
    """(shown path, filesystem path) for every input; directories in sorted order.
    Directories in which the walk found nothing to read are added to `empty`."""
    for given in paths:
        if given == STDIN:
            yield STDIN, None
            continue
        path = Path(given)
        if not path.is_dir():
            yield printable(given), path
            continue
        found = [
            str(f)
            for f in _walk_directory(path, template_globs)
            if (not include or _matches(str(f), include)) and not _matches(str(f), exclude)
        ]
        ignored = _git_ignored(found) if respect_gitignore else set()
        seen: set[str] = set()
        for name in found:
            real = os.path.realpath(name)
            if name in ignored or real in seen:
                continue
            seen.add(real)
            yield printable(name), Path(name)
        if not seen and empty is not None:
            empty.append(printable(given))


def printable(name: str) -> str:
    """A file name as reports can print it: undecodable bytes become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
