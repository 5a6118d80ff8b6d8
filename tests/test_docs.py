"""The README stays true (after sqlite-utils' tests/test_docs.py): every command and every option is documented,
and the quick start's commands, run as a newcomer would, print what the README shows."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import click
import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _group() -> click.Group:
    from regrets.cli import cli

    return cli


def _commands() -> dict[str, click.Command]:
    group = _group()
    ctx = click.Context(group)
    out = {}
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if cmd is not None and not cmd.hidden:
            out[name] = cmd
    return out


def test_every_command_is_in_the_readme():
    missing = [name for name in _commands() if f"regrets {name}" not in README]
    assert missing == [], f"document these commands in README.md: {missing}"


@pytest.mark.parametrize("name", ["analyze", "draft", "scan"])
def test_every_option_of_the_main_commands_is_in_the_readme(name):
    cmd = _commands()[name]
    documented = set(re.findall(r"(?<![\w-])(--?[a-z][a-z0-9-]*)", README))
    missing = sorted(opt for p in cmd.params if isinstance(p, click.Option) and not p.hidden
                     for opt in p.opts if opt.startswith("--") and opt not in documented)
    assert missing == [], f"document these options of `regrets {name}` in README.md: {missing}"


def _shown_after(command_start: str) -> tuple[str, str]:
    """The README command line starting with `command_start` and the output block right after its code block."""
    m = re.search(r"```bash\n(" + re.escape(command_start) + r"[^\n]*)\n```\n\n```\n(.*?)```", README, re.S)
    assert m, f"README: no `{command_start}` example followed by its output"
    return m.group(1), m.group(2)


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    args = shlex.split(command)
    assert args[0] == "regrets"
    exe = Path(sys.executable).with_name("regrets")
    env = {**os.environ, "NO_COLOR": "1", "REGRETS_CONFIG": str(cwd / "no-config.toml")}
    (cwd / "no-config.toml").write_text("")
    return subprocess.run([str(exe), *args[1:]], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_quick_start_analysis_prints_what_the_readme_shows(tmp_path):
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    command, shown = _shown_after("regrets analyze")
    res = _run(command, tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout.rstrip() == shown.rstrip()


def test_the_quick_start_drafts_print_what_the_readme_shows(tmp_path):
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    command = next(line for line in re.findall(r"^regrets draft .*$", README, re.M) if "examples/inbox.mbox" in line)
    shown = README.split("`regrets draft` on the same mailbox prints:\n\n```\n", 1)[1].split("```", 1)[0]
    res = _run(command, tmp_path)
    assert res.returncode == 0, res.stderr
    assert (res.stdout + res.stderr).strip().splitlines() == shown.strip().splitlines()
    assert len(list((tmp_path / "drafts").glob("*.eml"))) == 4


def test_the_readme_test_command_is_what_ci_runs():
    command = README.split("## Run the tests\n\n```bash\n", 1)[1].split("```", 1)[0].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests = command.split("&&")[-1].strip()
    assert tests.startswith("python -m pytest")
    assert re.search(rf"^{re.escape(tests)}$", ci, re.M), "`.ci/run` must run the README's test command"
