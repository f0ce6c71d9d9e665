"""JUnit XML: a test case per checked file, a failure per finding, an error per unreadable one."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from replylint.linter import FileResult
from replylint.reporters.display import shown


def render_junit(results: list[FileResult], color: bool = False) -> str:
    failures = sum(1 for r in results if r.findings)
    errors = sum(1 for r in results if r.error)
    suites = ET.Element("testsuites", name="replylint")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="replylint",
        tests=str(len(results)),
        failures=str(failures),
        errors=str(errors),
        skipped="0",
    )
    for result in results:
        # XML 1.0 cannot carry most control characters even escaped: show them instead.
        path = shown(result.path)
        label = f" ({shown(result.member.label)})" if result.member else ""
        case = ET.SubElement(suite, "testcase", classname="replylint", name=path + label, file=path)
        if result.error:
            error = shown(result.error)
            ET.SubElement(case, "error", message=error, type="unreadable").text = error
            continue
        for f in result.findings:
            message = shown(f.message)
            failure = ET.SubElement(case, "failure", message=f"[{f.rule}] {message}", type=f.rule)
            detail = f"{path}:{f.line}:{f.column}: {f.severity.value} [{f.rule}] {message}"
            failure.text = detail + (f"\n{shown(f.suggestion)}" if f.suggestion else "")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"
