"""The JSON report: a stable shape (version 1) for scripts and editors."""

from __future__ import annotations

import json

from replylint.linter import FileResult


def _entry(r: FileResult) -> dict:
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
    return {
        "version": 1,
        "files": [_entry(r) for r in results],
        "summary": {
            "files": sum(1 for r in results if r.member is None),
            "findings": sum(len(r.findings) for r in results),
            "errors": sum(1 for r in results if r.error),
        },
        "error": None,  # the run's own failure (a broken config): see reporters/run_error.py
    }


def render_json(results: list[FileResult], color: bool = False) -> str:
    return json.dumps(report_data(results), ensure_ascii=False, indent=2) + "\n"
