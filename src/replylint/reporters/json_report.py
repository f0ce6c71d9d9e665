"""The JSON report: a stable shape (version 1) for scripts and editors."""

from __future__ import annotations

import json
from collections.abc import Callable

from replylint.linter import FileResult
from replylint.reporters import render_all


def entry(r: FileResult) -> dict:
    entry = {
        "path": r.path,
        "language": r.language,
        "context": r.context,
        "findings": [f.to_dict() for f in r.findings],
        "error": r.error,
        "notices": r.notices,
    }
    if r.member is not None:  # one message of an mbox
        entry["message"] = {
            "index": r.member.index,
            "message_id": r.member.message_id,
            "line": r.member.line,
        }
    if r.messages is not None:  # the mbox itself
        entry["messages"] = r.messages
    return entry


def report_data(results: list[FileResult]) -> dict:
    """The data every structured format shares."""
    files = [entry(r) for r in results]
    return document(files, _summary(results))


def _summary(results: list[FileResult]) -> dict:
    return {
        "files": sum(1 for r in results if r.member is None),
        "findings": sum(len(r.findings) for r in results),
        "errors": sum(1 for r in results if r.error),
    }


def document(files: list, summary: dict) -> dict:
    return {
        "version": 1,
        "files": files,
        "summary": summary,
        "error": None,  # the run's own failure (a broken config): see reporters/run_error.py
    }


_MARK = "\0replylint: the streamed list\0"


class ListStream:
    """A JSON document written while one of its lists fills: the text before the list
    (once the first item comes, or at the end), each item as it comes, then the rest:
    byte for byte what `json.dumps(document, ensure_ascii=False, indent=2)` gives, so a
    report need not hold its items. `skeleton(items)` builds the document around them;
    what comes before the list must not depend on anything learnt later."""

    def __init__(self, skeleton: Callable[[list], dict]) -> None:
        self.skeleton = skeleton
        self.head, self.indent, _ = self._split()
        self.items = 0

    def _split(self) -> tuple[str, str, str]:
        text = json.dumps(self.skeleton([_MARK]), ensure_ascii=False, indent=2) + "\n"
        at = text.index(json.dumps(_MARK))
        line_start = text.rindex("\n", 0, at) + 1
        return (
            text[: line_start - 1],
            "\n" + text[line_start:at],
            text[at + len(json.dumps(_MARK)) :],
        )

    def add(self, item: object) -> str:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", self.indent)
        lead = "," if self.items else self.head
        self.items += 1
        return lead + self.indent + text

    def finish(self) -> str:
        """The rest of the document (the skeleton is asked again: its later parts may
        have changed while the items went by)."""
        _, _, tail = self._split()
        if self.items:
            return tail
        return self.head + tail[tail.index("]") :]


class JsonReport:
    """The JSON report, each file's entry written as it arrives."""

    def __init__(self) -> None:
        self.summary = {"files": 0, "findings": 0, "errors": 0}
        self.stream = ListStream(lambda files: document(files, self.summary))

    def add(self, r: FileResult) -> str:
        self.summary["files"] += r.member is None
        self.summary["findings"] += len(r.findings)
        self.summary["errors"] += bool(r.error)
        return self.stream.add(entry(r))

    def finish(self) -> str:
        return self.stream.finish()


def render_json(results: list[FileResult], color: bool = False) -> str:
    return render_all(JsonReport(), results)
