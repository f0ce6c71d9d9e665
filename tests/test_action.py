"""The GitHub Action (action.yml): its metadata checked against the metadata syntax, and
its step scripts run the way a runner runs them, from a fresh copy of the repository,
with the GITHUB_* variables a runner sets."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text()
)
EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")

# GitHub's metadata syntax for composite actions
# (docs.github.com/en/actions/reference/metadata-syntax-for-github-actions), as a schema.
_ID = "^[_a-zA-Z][a-zA-Z0-9_-]*$"
COMPOSITE_ACTION_SCHEMA = {
    "type": "object",
    "required": ["name", "description", "runs"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string"},
        "author": {"type": "string"},
        "description": {"type": "string"},
        "branding": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "icon": {"type": "string"},
                "color": {
                    "enum": ["white", "black", "yellow", "blue", "green", "orange", "red"]
                    + ["purple", "gray-dark"]
                },
            },
        },
        "inputs": {
            "type": "object",
            "additionalProperties": False,
            "patternProperties": {
                _ID: {
                    "type": "object",
                    "required": ["description"],
                    "additionalProperties": False,
                    "properties": {
                        "description": {"type": "string"},
                        "required": {"type": "boolean"},
                        "default": {"type": "string"},
                        "deprecationMessage": {"type": "string"},
                    },
                }
            },
        },
        "outputs": {
            "type": "object",
            "additionalProperties": False,
            "patternProperties": {
                _ID: {
                    "type": "object",
                    "required": ["description", "value"],
                    "additionalProperties": False,
                    "properties": {"description": {"type": "string"}, "value": {"type": "string"}},
                }
            },
        },
        "runs": {
            "type": "object",
            "required": ["using", "steps"],
            "additionalProperties": False,
            "properties": {
                "using": {"const": "composite"},
                "steps": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "oneOf": [{"required": ["run", "shell"]}, {"required": ["uses"]}],
                        "properties": {
                            "run": {"type": "string"},
                            "shell": {"enum": ["bash", "pwsh", "python", "sh", "cmd"]},
                            "uses": {"type": "string"},
                            "with": {"type": "object"},
                            "name": {"type": "string"},
                            "id": {"type": "string", "pattern": _ID},
                            "if": {"type": "string"},
                            "env": {"type": "object", "additionalProperties": {"type": "string"}},
                            "working-directory": {"type": "string"},
                            "continue-on-error": {"type": ["boolean", "string"]},
                        },
                    },
                },
            },
        },
    },
}


def test_action_metadata_is_valid() -> None:
    jsonschema.validate(ACTION, COMPOSITE_ACTION_SCHEMA)
    steps = ACTION["runs"]["steps"]
    ids = {s["id"] for s in steps if "id" in s}
    for name, output in ACTION["outputs"].items():
        step, _, key = EXPRESSION.fullmatch(output["value"]).group(1).partition(".outputs.")
        assert step.removeprefix("steps.") in ids, name
    for step in steps:
        # Inputs reach scripts through env only: an expression in the script text would be
        # spliced in before bash parses it (script injection).
        assert not EXPRESSION.search(step.get("run", "")), step["name"]
        for value in step.get("env", {}).values():
            for expression in EXPRESSION.findall(value):
                context, _, key = expression.partition(".")
                assert context in ("inputs", "github"), expression
                if context == "inputs":
                    assert key in ACTION["inputs"], expression


def _expand(value: str, inputs: dict[str, str], action_path: Path) -> str:
    def one(match: re.Match) -> str:
        context, _, key = match.group(1).partition(".")
        if context == "inputs":
            return inputs[key]
        assert match.group(1) == "github.action_path", match.group(1)
        return str(action_path)

    return EXPRESSION.sub(one, value)


def _fresh_copy(dest: Path) -> Path:
    """The files a checkout of this repository has (tracked ones), as `uses:` fetches it."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout to make a fresh copy of the repository")
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = ROOT / os.fsdecode(name)
        if source.is_file():
            target = dest / os.fsdecode(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return dest


class Runner:
    """Runs the action's steps as a GitHub runner does: `bash --noprofile --norc -eo
    pipefail` on the script, the step's env with expressions evaluated, GITHUB_PATH
    entries put in front of PATH for later steps, outputs read from GITHUB_OUTPUT."""

    def __init__(self, tmp: Path, inputs: dict[str, str]) -> None:
        self.action_path = _fresh_copy(tmp / "_actions" / "replylint" / "replylint" / "v")
        self.workspace = tmp / "workspace"
        self.workspace.mkdir()
        self.temp = tmp / "runner-temp"
        self.temp.mkdir()
        self.files = {n: tmp / n for n in ("output", "path", "env", "summary")}
        for file in self.files.values():
            file.write_text("")
        self.inputs = {k: v.get("default", "") for k, v in ACTION["inputs"].items()} | inputs
        self.paths: list[str] = []

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_"))}
        env.update(
            CI="true",
            GITHUB_ACTIONS="true",
            GITHUB_WORKSPACE=str(self.workspace),
            GITHUB_ACTION_PATH=str(self.action_path),
            GITHUB_OUTPUT=str(self.files["output"]),
            GITHUB_PATH=str(self.files["path"]),
            GITHUB_ENV=str(self.files["env"]),
            GITHUB_STEP_SUMMARY=str(self.files["summary"]),
            GITHUB_REPOSITORY="acme/support-templates",
            GITHUB_SERVER_URL="https://github.com",
            GITHUB_SHA="0123456789abcdef0123456789abcdef01234567",
            GITHUB_REF="refs/pull/7/merge",
            GITHUB_EVENT_NAME="pull_request",
            RUNNER_TEMP=str(self.temp),
            RUNNER_OS="Linux",
        )
        env["PATH"] = os.pathsep.join([*reversed(self.paths), env.get("PATH", "")])
        return env

    def run(self, step_name: str) -> subprocess.CompletedProcess:
        step = next(s for s in ACTION["runs"]["steps"] if s["name"] == step_name)
        self.files["output"].write_text("")
        env = self.environment()
        env.update({k: _expand(v, self.inputs, self.action_path) for k, v in step["env"].items()})
        script = self.temp / "step.sh"
        script.write_text(step["run"], encoding="utf-8")
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=self.workspace,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        self.paths += [p for p in self.files["path"].read_text().splitlines() if p]
        self.files["path"].write_text("")
        return result

    def outputs(self) -> dict[str, str]:
        lines = self.files["output"].read_text().splitlines()
        return dict(line.split("=", 1) for line in lines if "=" in line)


def _template_repository(workspace: Path) -> None:
    (workspace / "templates" / "da").mkdir(parents=True)
    (workspace / "templates" / "en-late.txt").write_text(
        "Hi Ann,\nGreat news! Your parcel was delayed. We'll get back to you soon.\n"
    )
    (workspace / "templates" / "da" / "ok.txt").write_text(
        "Hej Jens,\nVi beklager, at din pakke er forsinket. Den er fremme i morgen før kl. 12.\n"
    )
    (workspace / "templates" / ".keep.txt").write_text("")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_action_check_step_annotates_and_writes_sarif(tmp_path: Path) -> None:
    runner = Runner(tmp_path, {"paths": "templates\n"})
    _template_repository(runner.workspace)
    (runner.workspace / "templates" / "broken.txt").write_bytes(b"Hej \xe6\xf8\n")
    # What the install step puts on GITHUB_PATH, here the replylint under test.
    runner.paths.append(str(Path(sys.executable).parent))
    result = runner.run("replylint check")
    assert result.returncode == 2, result.stderr  # the unreadable file decides
    out = result.stdout
    assert re.search(r"^::error file=templates/en-late\.txt,line=2,col=\d+,", out, re.M), out
    assert "::warning file=templates/en-late.txt" in out
    assert "::error file=templates/broken.txt,title=replylint::not valid UTF-8" in out
    assert "templates/da/ok.txt" not in out and ".keep.txt" not in out
    assert "templates/broken.txt: not valid UTF-8" in result.stderr
    assert runner.outputs() == {"exit-code": "2", "sarif-file": "replylint.sarif"}
    log = json.loads((runner.workspace / "replylint.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(log, SARIF_SCHEMA)
    run = log["runs"][0]
    assert {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    } == {"templates/en-late.txt"}
    assert run["versionControlProvenance"][0] == {
        "repositoryUri": "https://github.com/acme/support-templates",
        "revisionId": "0123456789abcdef0123456789abcdef01234567",
    }
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"].startswith("not valid")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_action_inputs_fail_on_config_and_a_broken_config(tmp_path: Path) -> None:
    runner = Runner(tmp_path, {"paths": "templates/en-late.txt templates/da", "fail-on": "never"})
    _template_repository(runner.workspace)
    runner.paths.append(str(Path(sys.executable).parent))
    result = runner.run("replylint check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::error file=templates/en-late.txt" in result.stdout
    assert runner.outputs()["exit-code"] == "0"
    # A config file that the inputs name and that is broken: the SARIF still says so.
    (runner.workspace / "ci.toml").write_text('fail-on = "sometimes"\n')
    runner.inputs.update({"config": "ci.toml", "fail-on": "", "sarif-file": "out/r.sarif"})
    (runner.workspace / "out").mkdir()
    result = runner.run("replylint check")
    assert result.returncode == 2
    assert "ci.toml:1: 'fail-on' must be one of" in result.stderr
    assert result.stdout.startswith("::error title=replylint::ci.toml:1:")
    log = json.loads((runner.workspace / "out" / "r.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(log, SARIF_SCHEMA)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "ci.toml:1:" in invocation["toolConfigurationNotifications"][0]["message"]["text"]
    assert runner.outputs() == {"exit-code": "2", "sarif-file": "out/r.sarif"}


@pytest.mark.skipif(
    not os.environ.get("REPLYLINT_TEST_ACTION_INSTALL"),
    reason="installs replylint and its dependencies into a new virtual environment "
    "(a minute or more); set REPLYLINT_TEST_ACTION_INSTALL=1 to run it",
)
def test_action_install_step_then_check_from_a_fresh_copy(tmp_path: Path) -> None:
    runner = Runner(tmp_path, {"python": sys.executable})
    _template_repository(runner.workspace)
    installed = runner.run("Install replylint")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert runner.paths == [str(runner.temp / "replylint-venv" / "bin")]
    assert installed.stdout.startswith("replylint, version ")
    result = runner.run("replylint check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "::error file=templates/en-late.txt" in result.stdout
    assert (runner.workspace / "replylint.sarif").is_file()
