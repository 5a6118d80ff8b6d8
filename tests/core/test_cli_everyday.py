"""The command line as a user meets it (issue 11, "Command line"; issue 9 §5): help everywhere, a bare --now, a
wrong --me, drafts by urgency in colour, templates checked before anything is written, config errors that say
where, one exit-code table, the README's environment table, shell completion, and start-up that loads only
the command asked for. Through the real console script (subprocess) or click's CliRunner on its entry point."""
from __future__ import annotations

import ast
import email
import email.policy
import os
import pty
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from regrets.cli import cli as entry_group
from regrets.errors import EXIT_CODES, ExitCode, exit_code_for

from .conftest import MAIL, NOW_ISO, OWNER

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
HEAVY = ("googleapiclient", "httplib2", "flask", "werkzeug", "requests", "google.auth", "jinja2")


def regrets(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess:
    """The installed `regrets` console script, with no user config (REGRETS_CONFIG unset, XDG_CONFIG_HOME empty)."""
    exe = shutil.which("regrets") or str(Path(sys.executable).with_name("regrets"))
    base = {k: v for k, v in os.environ.items() if k not in ("REGRETS_CONFIG", "NO_COLOR")}
    return subprocess.run([exe, *args], stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120, cwd=cwd,
                          env={**base, **(env or {})})


def invoke(*args: str, **env: str):
    """`regrets ARGS` in-process through the console script's group (prog name as installed)."""
    return CliRunner().invoke(entry_group, list(args), prog_name="regrets", env=env or None)


def all_commands() -> list[tuple[str, ...]]:
    """Every command path: ('analyze',), ..., ('addon', 'deployment')."""
    out: list[tuple[str, ...]] = []

    def walk(group: click.Group, path: tuple[str, ...]) -> None:
        ctx = click.Context(group)
        for name in group.list_commands(ctx):
            cmd = group.get_command(ctx, name)
            out.append((*path, name))
            if isinstance(cmd, click.Group):
                walk(cmd, (*path, name))

    walk(entry_group, ())
    return out


# --------------------------------------------------------------------------------------------- help

def test_every_command_is_listed():
    names = {c[0] for c in all_commands()}
    assert names == {"analyze", "draft", "auth", "scan", "drafts", "emulator", "serve", "addon"}
    assert ("addon", "deployment") in all_commands()


@pytest.mark.parametrize("path", [(), *all_commands()], ids=lambda p: " ".join(p) or "regrets")
def test_dash_h_is_help_everywhere(path):
    short, long = invoke(*path, "-h"), invoke(*path, "--help")
    assert short.exit_code == 0, short.output
    assert short.output == long.output and short.output.startswith("Usage: regrets")
    assert "-h, --help" in short.output


def test_top_level_help_shows_whole_descriptions():
    proc = regrets("--help", env={"COLUMNS": "80"})
    assert proc.returncode == 0, proc.stderr
    listing = proc.stdout.split("\nCommands:\n", 1)[1]
    text = re.sub(r"\s+", "", listing)  # click wraps long lines (after a hyphen too)
    assert "..." not in listing and "…" not in listing
    ctx = click.Context(entry_group)
    for name in entry_group.list_commands(ctx):
        cmd = entry_group.get_command(ctx, name)
        first = " ".join(cmd.help.split("\n\n")[0].split())
        first = first[: first.index(". ") + 1] if ". " in first else first
        assert re.sub(r"\s+", "", f"{name} {first}") in text, (name, first)


def test_help_examples_use_paths_that_exist():
    """Every path in a help's example lines is in the repository (output folders such as --out DIR aside)."""
    checked = 0
    for path in all_commands():
        text = invoke(*path, "--help").output
        for line in text.splitlines():
            words = line.split()
            if not words or words[0] != "regrets":
                continue
            for prev, word in zip(words, words[1:], strict=False):
                if prev == "--out" or word.startswith("-"):
                    continue
                if re.search(r"\.(mbox|eml)$|/$|\*", word):  # a mail file, a folder or a glob
                    assert list(ROOT.glob(word)), f"`{' '.join(path)} --help` shows {word}, not in the repository"
                    checked += 1
    assert checked >= 2  # analyze and draft show one each


# --------------------------------------------------------------------------------------------- --now, --me

def test_bare_now_is_read_in_the_config_zone_and_said_once(cli, tmp_path, monkeypatch):
    conf = tmp_path / "config.toml"
    conf.write_text('zone = "Asia/Jakarta"\n')
    monkeypatch.setenv("REGRETS_CONFIG", str(conf))
    res = cli("analyze", "--json", "--me", OWNER, "--now", "2026-11-26T09:00", str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0, res.stderr
    assert res.records()[0]["hours_left"] == 188.0  # 09:00 WIB
    assert res.stderr.count("note: --now") == 1
    assert f"read as 2026-11-26T09:00:00+07:00 in Asia/Jakarta (from zone in {conf})" in res.stderr


@pytest.mark.parametrize("tz, hours", [("Asia/Jakarta", 188.0), ("America/New_York", 176.0)])
def test_bare_now_falls_back_to_the_machines_zone(tz, hours):
    """No --zone, no config: the machine's zone (TZ here; /etc/localtime without it), named in the note."""
    proc = regrets("analyze", "--json", "--me", OWNER, "--now", "2026-11-26T09:00", str(MAIL / "invite_plain_en.eml"),
                   env={"TZ": tz})
    assert proc.returncode == 0, proc.stderr
    import json

    assert json.loads(proc.stdout)["hours_left"] == hours
    assert proc.stderr.count("note: --now 2026-11-26T09:00 has no UTC offset") == 1
    assert f"in {tz} (this machine's zone; --zone changes it)" in proc.stderr


def test_now_with_an_offset_says_nothing(cli):
    res = cli("analyze", "--me", OWNER, "--now", NOW_ISO, str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0 and "note:" not in res.stderr


def test_a_me_in_none_of_the_threads_is_warned_about_once(cli, inbox):
    res = cli("analyze", "--now", NOW_ISO, "--me", "nobody@example.org", str(inbox))
    assert res.exit_code == 0
    warnings = [ln for ln in res.stderr.splitlines() if ln.startswith("warning:")]
    assert warnings == ["warning: --me 'nobody@example.org' is a recipient of none of the 7 threads read: check it "
                        "(it decides whether you accepted, and it is the drafts' From)"]
    assert "warning" not in cli("analyze", "--now", NOW_ISO, "--me", OWNER, str(inbox)).stderr


def test_a_me_missing_from_some_invitations_is_one_warning_naming_them(cli, tmp_path):
    from .conftest import make_mail

    (tmp_path / "mine.eml").write_bytes(make_mail(message_id="<m1@x.com>"))
    (tmp_path / "theirs.eml").write_bytes(make_mail(to="Kim <kim@example.org>", message_id="<m2@x.com>"))
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(tmp_path / "d"), str(tmp_path))
    assert res.exit_code == 0, res.stderr
    (line,) = [ln for ln in res.stderr.splitlines() if ln.startswith("warning:")]
    assert "not among the recipients of 1 of the 2 invitation threads" in line and "theirs.eml" in line


def test_me_from_the_config_is_named_as_such(cli, tmp_path, monkeypatch):
    conf = tmp_path / "config.toml"
    conf.write_text('me = "nobody@example.org"\n')
    monkeypatch.setenv("REGRETS_CONFIG", str(conf))
    res = cli("analyze", "--now", NOW_ISO, str(MAIL / "invite_plain_en.eml"))
    assert f"warning: me = 'nobody@example.org' in {conf} is a recipient of none" in res.stderr


# --------------------------------------------------------------------------------------------- draft: order, colour

def _printed_order(stdout: str) -> list[str]:
    """The In-Reply-To of each draft in the order `regrets draft` printed them."""
    out = []
    for line in stdout.splitlines():
        path = Path(line.split()[1])
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        out.append(msg["In-Reply-To"])
    return out


def test_draft_prints_most_urgent_first(cli, inbox, tmp_path):
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(tmp_path / "d"), str(inbox))
    assert res.exit_code == 0, res.stderr
    # critical, urgent, soon, unknown (no fixed time), normal -- as `analyze` sorts
    assert _printed_order(res.stdout) == ["<c@x.com>", "<u@x.com>", "<s@x.com>", "<k@x.com>", "<n@x.com>"]
    assert "\x1b[" not in res.stdout  # not a terminal: no colour


def _on_a_terminal(*args: str, env: dict[str, str] | None = None) -> str:
    """stdout of `regrets ARGS` when stdout is a terminal (a pseudo-terminal)."""
    master, slave = pty.openpty()
    exe = shutil.which("regrets") or str(Path(sys.executable).with_name("regrets"))
    base = {k: v for k, v in os.environ.items() if k not in ("REGRETS_CONFIG", "NO_COLOR")}
    proc = subprocess.Popen([exe, *args], stdout=slave, stderr=subprocess.PIPE, env={**base, **(env or {})})
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    assert proc.returncode == 0, proc.stderr.read()
    return b"".join(chunks).decode()


def test_critical_and_urgent_are_coloured_on_a_terminal_unless_no_color(inbox, tmp_path):
    args = ("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(tmp_path / "d"), str(inbox))
    shown = _on_a_terminal(*args)
    crit = [ln for ln in shown.splitlines() if "[critical:" in ln]
    urgent = [ln for ln in shown.splitlines() if "[urgent:" in ln]
    assert len(crit) == 1 and "\x1b[31m" in crit[0]  # red
    assert len(urgent) == 1 and "\x1b[33m" in urgent[0]  # yellow
    calm = [ln for ln in shown.splitlines() if ".eml" in ln and "[" not in re.sub(r"\x1b\[[0-9;]*m", "", ln)]
    assert calm and all("\x1b[" not in ln for ln in calm)
    assert "\x1b[" not in _on_a_terminal(*args, env={"NO_COLOR": "1"})
    table = _on_a_terminal("analyze", "--now", NOW_ISO, "--me", OWNER, str(inbox))
    assert "\x1b[31m" in table.splitlines()[1] and "\x1b[" not in table.splitlines()[0]


# --------------------------------------------------------------------------------------------- templates

def test_a_broken_template_stops_the_run_before_any_file_is_written(cli, inbox, tmp_path):
    """The first invitations are declines; the cancel template is broken in a branch none of them takes."""
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "cancel_en.txt.j2").write_text("{{ greeting }}\n{% if short_notice %}{{ favourite_colour }}{% endif %}\n")
    out = tmp_path / "d"
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(out), "--templates", str(tpl), str(inbox))
    assert res.exit_code == 2 and not out.exists()
    (line,) = res.stderr.splitlines()
    assert line.startswith(f"Error: template {tpl / 'cancel_en.txt.j2'} line 2: unknown variable 'favourite_colour'")
    assert "Fix it, or move it out of your templates folder" in line
    assert not re.search(r"\b(TemplateProblem|UndefinedError|TemplateSyntaxError|Exception)\b", line)


@pytest.mark.parametrize("text, line, what", [
    ("{{ greeting }}\n\n{% if role %}\nunclosed\n", r"\d", "Unexpected end of template"),
    ("{{ greeting }}\n{{ 1 // 0 if referral else 2 }}\n", 2, "failed while rendering: integer division or modulo by zero"),
    ("{{ greeting | truncate('ten') }}\n", 1, "failed while rendering"),
])
def test_template_errors_name_the_file_and_the_line(cli, tmp_path, text, line, what):
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "decline_en.txt.j2").write_text(text)
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(tmp_path / "d"), "--templates", str(tpl),
              str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 2 and not (tmp_path / "d").exists()
    assert re.match(re.escape(f"Error: template {tpl / 'decline_en.txt.j2'} line ") + str(line) + re.escape(f": {what}"),
                    res.stderr), res.stderr
    assert "Error: " not in res.stderr.split("Error: ", 1)[1] and ".." not in res.stderr.replace("...", "")
    assert not re.search(r"\b[A-Z][a-z]+(Error|Problem)\b", res.stderr)


def test_only_the_templates_a_run_can_use_are_checked(cli, tmp_path):
    """--lang id --intent decline: a broken English or cancel template cannot stop it."""
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    for name in ("decline_en.txt.j2", "cancel_en.txt.j2", "cancel_id.txt.j2"):
        (tpl / name).write_text("{{ nope }}\n")
    res = cli("draft", "--now", NOW_ISO, "--me", OWNER, "--out", str(tmp_path / "d"), "--templates", str(tpl),
              "--lang", "id", "--intent", "decline", str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0, res.stderr


def test_the_built_in_templates_pass_the_check_and_samples_cover_every_variable():
    from regrets import templating
    from regrets.compose import ComposeOptions, template_context

    templating.check(None, templating.names_needed(None, None))
    assert templating.names_needed(None, None) == ["decline_en.txt.j2", "decline_id.txt.j2", "cancel_en.txt.j2",
                                                   "cancel_id.txt.j2"]
    assert templating.names_needed("decline", "id") == ["decline_id.txt.j2"]
    assert templating.names_needed("cancel", "en") == ["decline_en.txt.j2", "cancel_en.txt.j2"]
    from regrets.model import Analysis

    from .conftest import NOW

    ctx = template_context(Analysis(is_invite=True), ComposeOptions(), NOW, "decline", "en")
    assert set(ctx) == set(templating.TEMPLATE_VARIABLES) == set(templating._FULL) | {"intent", "language"}


# --------------------------------------------------------------------------------------------- config

def test_a_bad_zone_in_the_config_is_blamed_on_the_config(cli, tmp_path, monkeypatch):
    conf = tmp_path / "config.toml"
    conf.write_text('zone = "Mars/Olympus"\n')
    monkeypatch.setenv("REGRETS_CONFIG", str(conf))
    res = cli("analyze", str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 2
    assert res.stderr == f"Error: zone = 'Mars/Olympus' in {conf} is not an IANA time zone (example: Asia/Jakarta)\n"
    assert "--zone" not in res.stderr
    res = cli("analyze", "--zone", "Mars/Olympus", str(MAIL / "invite_plain_en.eml"))
    assert res.stderr.startswith("Error: --zone 'Mars/Olympus' is not an IANA time zone")
    res = cli("analyze", "--zone", "Asia/Jakarta", "--now", NOW_ISO, str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0  # the flag wins: the config's zone is never read


@pytest.mark.parametrize("text, needle", [('me = "not an address"\n', "me = 'not an address' in {conf}"),
                                          ("me = 3\n", "me in {conf} must be text in quotes"),
                                          ('templates = "/no/such/folder"\n', "templates in {conf} names /no/such")])
def test_bad_config_values_name_the_file(cli, tmp_path, monkeypatch, text, needle):
    conf = tmp_path / "config.toml"
    conf.write_text(text)
    monkeypatch.setenv("REGRETS_CONFIG", str(conf))
    res = cli("draft", "--now", NOW_ISO, "--out", str(tmp_path / "d"), str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 2 and needle.format(conf=conf) in res.stderr, res.stderr


def test_unknown_config_keys_are_warned_about(cli, tmp_path, monkeypatch):
    conf = tmp_path / "config.toml"
    conf.write_text(f'emai = "{OWNER}"\nzon = "Asia/Jakarta"\n')
    monkeypatch.setenv("REGRETS_CONFIG", str(conf))
    res = cli("analyze", "--now", NOW_ISO, str(MAIL / "invite_plain_en.eml"))
    assert res.exit_code == 0
    assert f"warning: {conf}: unknown key 'emai' ignored" in res.stderr
    assert f"warning: {conf}: unknown key 'zon' (did you mean 'zone'?) ignored" in res.stderr
    assert res.stderr.count("unknown key") == 2


def test_a_regrets_config_naming_no_file_fails(tmp_path):
    missing = tmp_path / "nope.toml"
    proc = regrets("analyze", str(MAIL / "invite_plain_en.eml"), env={"REGRETS_CONFIG": str(missing),
                                                                      "XDG_CONFIG_HOME": str(tmp_path / "x")})
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == (f"Error: REGRETS_CONFIG={missing} names no file: create it, or unset REGRETS_CONFIG to "
                           f"use {tmp_path / 'x' / 'regrets' / 'config.toml'}\n")


# --------------------------------------------------------------------------------------------- exit codes, env vars

def _readme_table(heading: str) -> list[list[str]]:
    section = README.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [ln for ln in section.splitlines() if ln.startswith("|")][2:]
    return [[c.strip() for c in row.strip("|").split("|")] for row in rows]


def test_the_readme_exit_code_table_is_the_code():
    rows = _readme_table("Exit codes")
    assert [int(r[0]) for r in rows] == [c.value for c in ExitCode]
    for row, code in zip(rows, ExitCode, strict=True):
        assert row[1].lower().startswith(code.name.lower().replace("_", " ")), (row, code)
    assert "Exit codes" in invoke("--help").output and "5 cannot listen" in " ".join(invoke("--help").output.split())


def test_every_error_category_has_its_code():
    from addon.config import AddonConfigError
    from gmail.errors import ApiFailure, AuthProblem, GmailProblem, GmailSettingProblem
    from regrets.errors import CannotListen, RegretsError, TemplateProblem, UnreadablePath, UsageError

    assert {exc: exit_code_for(exc("x")) for exc in (UsageError, UnreadablePath, TemplateProblem, AuthProblem,
                                                     ApiFailure, GmailSettingProblem, AddonConfigError, CannotListen,
                                                     GmailProblem, RegretsError)} == {
        UsageError: 2, UnreadablePath: 2, TemplateProblem: 2, AuthProblem: 3, ApiFailure: 4, GmailSettingProblem: 2,
        AddonConfigError: 2, CannotListen: 5, GmailProblem: 1, RegretsError: 1}
    assert {code for _, code in EXIT_CODES} | {ExitCode.OK, ExitCode.FAILED} == set(ExitCode)
    assert AuthProblem("x").exit_code == 3  # the attribute reads the same table


def test_no_module_sets_its_own_exit_code():
    for folder in ("regrets", "gmail", "addon"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"^\s+exit_code\s*=", text, re.M), f"{path}: exit codes live in regrets/errors.py"


def _env_names_in_code() -> set[str]:
    names: set[str] = set()
    files = [*ROOT.glob("regrets/**/*.py"), *ROOT.glob("gmail/**/*.py"), *ROOT.glob("addon/**/*.py"),
             *ROOT.glob("tests/**/*.py"), ROOT / ".ci" / "run"]
    for path in files:
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"""(?:os\.environ\.get\(|os\.environ\[|os\.getenv\()\s*["']([A-Z_][A-Z0-9_]+)["']""", text))
        names |= set(re.findall(r"""^\s*[A-Z_]*ENV\s*=\s*["']([A-Z_][A-Z0-9_]+)["']""", text, re.M))
    return names


def test_every_environment_variable_is_in_the_readme_table():
    documented = {name for row in _readme_table("Environment variables") for name in re.findall(r"`([A-Z_][A-Z0-9_]+)`", row[0])}
    used = _env_names_in_code() - {"HOME", "PATH", "PYTHONPATH", "COLUMNS", "LANG", "LC_ALL", "XDG_RUNTIME_DIR"}
    assert {"REGRETS_CONFIG", "REGRETS_DATA_DIR", "REGRETS_ADDON_DATABASE_URL", "NO_COLOR"} <= used
    assert used - documented == set(), "add these to the README's Environment variables table"


# --------------------------------------------------------------------------------------------- completion, git

def test_shell_completion_as_the_readme_says():
    assert 'eval "$(_REGRETS_COMPLETE=bash_source regrets)"' in README
    script = regrets(env={"_REGRETS_COMPLETE": "bash_source"})
    assert script.returncode == 0 and "complete -o nosort -F _regrets_completion regrets" in script.stdout
    words = regrets(env={"_REGRETS_COMPLETE": "bash_complete", "COMP_WORDS": "regrets dr", "COMP_CWORD": "1"})
    assert words.stdout.split() == ["plain,draft", "plain,drafts"]
    opts = regrets(env={"_REGRETS_COMPLETE": "bash_complete", "COMP_WORDS": "regrets scan --other", "COMP_CWORD": "2"})
    assert opts.stdout.split() == ["plain,--other-roles"]


def test_the_quick_start_leaves_git_status_clean():
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    check = subprocess.run(["git", "check-ignore", "-q", "drafts/reply-0123abcd.eml"], cwd=ROOT)
    assert check.returncode == 0, "drafts/ (regrets draft's default --out) must be ignored in the checkout"


# --------------------------------------------------------------------------------------------- start-up, structure

def _modules_after(*args: str) -> set[str]:
    code = ("import sys\nsys.argv = ['regrets', *sys.argv[1:]]\nfrom regrets.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nprint('\\n'.join(sorted(sys.modules)), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                          env={k: v for k, v in os.environ.items() if k != "REGRETS_CONFIG"})
    return set(proc.stderr.split())


@pytest.mark.parametrize("args", [("analyze", "--help"), ("--help",), ("scan", "--help"), ("serve", "--help")])
def test_help_loads_no_google_library_and_no_web_framework(args):
    loaded = _modules_after(*args)
    assert "regrets.cli" in loaded
    heavy = sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert heavy == [], heavy
    if args[0] == "analyze":
        assert not {m for m in loaded if m.startswith(("gmail", "addon", "regrets.analyze", "regrets.datetext"))}


def test_analyze_itself_loads_no_adapter():
    loaded = _modules_after("analyze", "--json", "--now", NOW_ISO, str(MAIL / "invite_plain_en.eml"))
    assert "regrets.analyze" in loaded
    assert not {m for m in loaded if m.split(".")[0] in ("gmail", "addon", "googleapiclient", "httplib2", "flask")}


def _imports(path: Path, package: str) -> set[str]:
    """Modules `path` imports, absolute (relative imports resolved against `package`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            out |= {base} | {f"{base}.{a.name}" for a in node.names}
    return out


def test_no_module_imports_the_cli_module_and_the_core_no_adapter():
    for folder in ("regrets", "gmail", "addon"):
        for path in (ROOT / folder).rglob("*.py"):
            rel = path.relative_to(ROOT).with_suffix("")
            package = ".".join(rel.parts[:-1]) if rel.name != "__init__" else ".".join(rel.parts[:-1])
            imported = _imports(path, package)
            if rel.as_posix() not in ("regrets/cli", "regrets/__main__"):
                assert "regrets.cli" not in imported, f"{rel} imports regrets.cli (use regrets.options)"
            if folder == "regrets":
                assert not {m for m in imported if m.split(".")[0] in ("gmail", "addon")}, rel


def test_a_reader_that_leaves_early_ends_the_output_quietly():
    """`regrets analyze --json ... | head -1`: no traceback, no 'Error: unexpected BrokenPipeError'."""
    exe = shutil.which("regrets") or str(Path(sys.executable).with_name("regrets"))
    proc = subprocess.Popen([exe, "analyze", "--json", "--now", NOW_ISO, str(ROOT / "tests" / "core" / "golden")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().startswith(b"{")
    proc.stdout.close()  # the reader leaves while more than a pipe's worth (64 KiB) is still to come
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Error" not in err and "Traceback" not in err and "BrokenPipe" not in err, err


def test_dash_h_also_when_a_command_runs_on_its_own():
    """Tests (and `python -c`) start commands without the group; -h works there too, and afterwards through it
    (click keeps the help option a command made first)."""
    from addon.cli import serve_command
    from gmail.emulator.cli import emulator_command

    for cmd in (serve_command, emulator_command):
        assert CliRunner().invoke(cmd, ["-h"]).exit_code == 0
    assert invoke("serve", "-h").exit_code == 0 and invoke("emulator", "-h").exit_code == 0


def test_threads_only_skimmed_in_a_big_mailbox_are_not_counted_against_me(cli, tmp_path):
    # a mailbox's pass 1 reads no recipients: a newsletter it set aside says nothing about --me
    from .conftest import NEWSLETTER, make_mail, mbox_bytes

    box = tmp_path / "takeout.mbox"
    box.write_bytes(mbox_bytes([make_mail(message_id="<inv@x.com>"),
                                make_mail(to="Garden Club <list@garden.example>", subject="Garden news",
                                          body=NEWSLETTER, message_id="<news@garden.example>")]))
    res = cli("analyze", "--now", NOW_ISO, "--me", OWNER, str(box))
    assert res.exit_code == 0 and "warning" not in res.stderr, res.stderr
