"""JUnit XML: a test case per checked file, a failure per finding, an error per unreadable one."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from replylint.linter import FileResult
from replylint.reporters import render_all
from replylint.reporters.display import shown


def _case(result: FileResult) -> ET.Element:
    # XML 1.0 cannot carry most control characters even escaped: show them instead.
    path = shown(result.path)
    label = f" ({shown(result.member.label)})" if result.member else ""
    case = ET.Element("testcase", classname="replylint", name=path + label, file=path)
    if result.error:
        error = shown(result.error)
        ET.SubElement(case, "error", message=error, type="unreadable").text = error
        return case
    for f in result.findings:
        message = shown(f.message)
        failure = ET.SubElement(case, "failure", message=f"[{f.rule}] {message}", type=f.rule)
        detail = f"{path}:{f.line}:{f.column}: {f.severity.value} [{f.rule}] {message}"
        failure.text = detail + (f"\n{shown(f.suggestion)}" if f.suggestion else "")
    return case


class JunitReport:
    """JUnit XML: its head counts every file, so each file's test case is held (a few
    attributes; not the file's text) and the document written at the end."""

    def __init__(self) -> None:
        self.cases: list[ET.Element] = []
        self.failures = self.errors = 0

    def add(self, result: FileResult) -> str:
        self.failures += bool(result.findings)
        self.errors += bool(result.error)
        self.cases.append(_case(result))
        return ""

    def finish(self) -> str:
        suites = ET.Element("testsuites", name="replylint")
        suite = ET.SubElement(
            suites,
            "testsuite",
            name="replylint",
            tests=str(len(self.cases)),
            failures=str(self.failures),
            errors=str(self.errors),
            skipped="0",
        )
        suite.extend(self.cases)
        ET.indent(suites)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"


def render_junit(results: list[FileResult], color: bool = False) -> str:
    return render_all(JunitReport(), results)
