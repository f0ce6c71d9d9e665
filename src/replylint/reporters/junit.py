"""JUnit XML: a test case per checked file, a failure per finding, an error per unreadable one."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from replylint.linter import FileResult


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
        case = ET.SubElement(
            suite,
            "testcase",
            classname="replylint",
            name=result.path + (f" ({result.member.label})" if result.member else ""),
            file=result.path,
        )
        if result.error:
            ET.SubElement(
                case, "error", message=result.error, type="unreadable"
            ).text = result.error
            continue
        for f in result.findings:
            failure = ET.SubElement(case, "failure", message=f"[{f.rule}] {f.message}", type=f.rule)
            detail = f"{result.path}:{f.line}:{f.column}: {f.severity.value} [{f.rule}] {f.message}"
            failure.text = detail + (f"\n{f.suggestion}" if f.suggestion else "")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"
