"""SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards.

Paths are relative URIs against %SRCROOT% (the working directory), columns are
counted in Unicode code points (`columnKind`), and each result carries a
fingerprint of its rule, file and line text so an alert keeps its identity when
lines above it move.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import quote

from replylint import __version__
from replylint.document import source_lines
from replylint.files import real_path
from replylint.linter import FileResult
from replylint.reporters import render_all
from replylint.reporters.json_report import ListStream
from replylint.rules import ALL_RULES
from replylint.suppressions import META_RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/replylint/replylint"
_LEVELS = {"error": "error", "warning": "warning"}


def artifact_uri(path: str) -> str:
    """A relative, percent-encoded URI for a checked path (as given when outside the cwd)."""
    if path == "-":
        return "stdin"
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = real_path(candidate).relative_to(real_path(Path.cwd()))
        except ValueError:
            return real_path(candidate).as_uri()
    return quote(candidate.as_posix().removeprefix("./"))


def _rules() -> list[dict]:
    return [
        {
            "id": rule.id,
            "name": "".join(part.capitalize() for part in rule.id.split("-")),
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.rationale},
            "help": {
                "text": f"{rule.rationale} Run `replylint explain {rule.id}` for examples.",
                "markdown": f"{rule.rationale}\n\nRun `replylint explain {rule.id}` for "
                "a bad and a good example in each language.",
            },
            "defaultConfiguration": {"level": _LEVELS[rule.severity.value]},
            "properties": {"tags": ["customer-support", "tone"]},
        }
        for rule in (*ALL_RULES, *META_RULES)
    ]


def _fingerprint(rule: str, uri: str, line_text: str, occurrence: int) -> str:
    digest = hashlib.sha256(f"{rule}\0{uri}\0{' '.join(line_text.split())}".encode()).hexdigest()
    return f"{digest[:32]}:{occurrence}"


_RULE_INDEX = {rule.id: i for i, rule in enumerate((*ALL_RULES, *META_RULES))}


def _file_results(result: FileResult) -> tuple[list[dict], dict | None]:
    """One file's SARIF results, or the notification that it could not be checked."""
    uri = artifact_uri(result.path)
    artifact = {"uri": uri, "uriBaseId": "%SRCROOT%"}
    location = {"physicalLocation": {"artifactLocation": artifact}}
    if result.error:
        return [], {"level": "error", "message": {"text": result.error}, "locations": [location]}
    lines = source_lines(result.original)
    seen: dict[str, int] = {}
    sarif_results = []
    for f in result.findings:
        line_text = result.line_text(lines, f.line) or ""
        key = _fingerprint(f.rule, uri, line_text, 0)
        seen[key] = seen.get(key, 0) + 1
        message = f.message + (f" {f.suggestion}" if f.suggestion else "")
        sarif_results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": _RULE_INDEX[f.rule],
                "level": _LEVELS[f.severity.value],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            **location["physicalLocation"],
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "endLine": f.end_line,
                                "endColumn": f.end_column,
                            },
                        }
                    }
                ],
                "partialFingerprints": {
                    "primaryLocationLineHash": _fingerprint(f.rule, uri, line_text, seen[key])
                },
            }
        )
    return sarif_results, None


def _log(sarif_results: list, notifications: list[dict], root: str) -> dict:
    run = {
        "tool": {
            "driver": {
                "name": "replylint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": _rules(),
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
                "workingDirectory": {"uri": root},
            }
        ],
    }
    if os.environ.get("GITHUB_SHA"):
        run["versionControlProvenance"] = [
            {
                "repositoryUri": f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/"
                f"{os.environ.get('GITHUB_REPOSITORY', '')}",
                "revisionId": os.environ["GITHUB_SHA"],
            }
        ]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _root() -> str:
    return real_path(Path.cwd()).as_uri().rstrip("/") + "/"


def sarif_log(results: list[FileResult]) -> dict:
    """The SARIF log of `results` as data."""
    sarif_results: list[dict] = []
    notifications: list[dict] = []
    for result in results:
        found, notification = _file_results(result)
        sarif_results += found
        if notification is not None:
            notifications.append(notification)
    return _log(sarif_results, notifications, _root())


class SarifReport:
    """The SARIF log, each result written as its file arrives; only the notifications
    (files that could not be checked, which come after the results) are held."""

    def __init__(self) -> None:
        self.notifications: list[dict] = []
        root = _root()
        self.stream = ListStream(lambda items: _log(items, self.notifications, root))

    def add(self, result: FileResult) -> str:
        found, notification = _file_results(result)
        if notification is not None:
            self.notifications.append(notification)
        return "".join(self.stream.add(item) for item in found)

    def finish(self) -> str:
        return self.stream.finish()


def render_sarif(results: list[FileResult], color: bool = False) -> str:
    return render_all(SarifReport(), results)
