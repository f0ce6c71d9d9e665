"""Reports for a run that could not start (a broken config file or extra lexicon).

A CI step that uploads `replylint.sarif` or parses JSON must see the failure in the
report it reads, not a missing file or an empty list that looks like a clean run.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from replylint.reporters.github import escape_data
from replylint.reporters.sarif import sarif_log


def render_run_error(fmt: str, message: str) -> str | None:
    """The report in `fmt` that says the run failed with `message`; None for human formats."""
    if fmt == "json":
        data = {
            "version": 1,
            "files": [],
            "summary": {"files": 0, "findings": 0, "errors": 1},
            "error": message,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        log = sarif_log([])
        invocation = log["runs"][0]["invocations"][0]
        invocation["executionSuccessful"] = False
        invocation["toolConfigurationNotifications"] = [
            {"level": "error", "message": {"text": message}}
        ]
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
    if fmt == "junit":
        suites = ET.Element("testsuites", name="replylint")
        suite = ET.SubElement(
            suites, "testsuite", name="replylint", tests="1", failures="0", errors="1"
        )
        case = ET.SubElement(suite, "testcase", classname="replylint", name="configuration")
        ET.SubElement(case, "error", message=message, type="configuration").text = message
        ET.indent(suites)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"
    if fmt == "rdjsonl":
        path = message.split(":", 1)[0]
        diagnostic = {
            "message": f"replylint could not run: {message}",
            "location": {"path": path},
            "severity": "ERROR",
            "source": {"name": "replylint"},
            "code": {"value": "configuration"},
        }
        return json.dumps(diagnostic, ensure_ascii=False) + "\n"
    if fmt == "github":
        return f"::error title=replylint::{escape_data(message)}\n"
    return None
