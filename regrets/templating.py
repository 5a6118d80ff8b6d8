"""The letters' Jinja2 templates: where they are loaded from, the variables they get, and the one translation of
every Jinja problem into a `TemplateProblem` that names the file and the line.

Templates come from the user's folder (``--templates DIR`` or ``templates`` in the config) first, then the
built-ins (package ``regrets.templates``). `check` loads every template a run may need (with what they include or
extend), finds variables Regrets does not provide in every branch (jinja2.meta, not only the branch a sample
takes), and renders each with a full and an empty sample: a run calls it before it writes anything, so a broken
template stops the run before the first draft, not half-way.
"""
from __future__ import annotations

import traceback
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta
import jinja2.nodes

from . import letter_locale
from .decision import INTENTS
from .errors import TemplateProblem
from .model import LANGUAGES

TEMPLATE_VARIABLES = {
    "greeting": "opening line, e.g. 'Dear Marisol,' / 'Yth. Ibu Yohana Siregar,' / 'Halo Pak Joko,'",
    "you": "how the Indonesian body addresses the reader: 'Ibu', 'Bapak' or 'Bapak/Ibu' ('you' in English)",
    "recruiter_name": "the recruiter's full name, or None (None too when the reply goes to a no-reply/ATS address)",
    "recruiter_first_name": "the name a casual greeting uses, or None",
    "recruiter_title": "'Ibu' / 'Bapak' when the thread or the name says so, else None",
    "company": "company name, or None",
    "role": "role / position, or None",
    "interview_when": "the interview's date, time and zone in the letter's language, or None",
    "booked": "True when a scheduling system confirmed a booked slot (the letter names the slot it frees)",
    "intent": "'decline' or 'cancel'",
    "language": "'en' or 'id'",
    "american": "True when an English letter goes to a US recipient (US date form and spelling)",
    "reason": "the optional reason as a clause without its connector, or None",
    "reason_clause": "the reason with its connector ('as I have accepted another offer', 'karena alasan pribadi'), or None",
    "reason_decides": "True when the reason already says 'decided'/'memutuskan' (say the decision another way)",
    "other_roles": "area of other roles the sender is open to, or None",
    "referral": "True when the sender offers a referral",
    "formality": "'formal' or 'casual'",
    "short_notice": "True when the interview is less than 48 hours away",
    "closing": "sign-off, e.g. 'Kind regards,' / 'Hormat saya,'",
    "sender_name": "the sender's display name",
}

# Two samples every template must render with: everything given, and everything optional left out.
_FULL: dict[str, Any] = {
    "greeting": "Dear Keisha,", "you": "you", "recruiter_name": "Keisha Grant", "recruiter_first_name": "Keisha",
    "recruiter_title": "Ibu", "company": "Orbital Freight", "role": "Backend Engineer",
    "interview_when": "Thursday, 3 December 2026 at 2:00 PM PST", "booked": True, "american": True,
    "reason": "I have accepted another offer", "reason_clause": "as I have accepted another offer",
    "reason_decides": True, "other_roles": "data engineering", "referral": True, "formality": "formal",
    "short_notice": True, "closing": "Kind regards,", "sender_name": "Sam Lee",
}
_EMPTY: dict[str, Any] = {
    **{k: None for k in _FULL}, "greeting": "Dear Hiring Team,", "you": "you", "booked": False, "american": False,
    "reason_decides": False, "referral": False, "formality": "casual", "short_notice": False, "closing": "Best,",
    "sender_name": "Sam Lee",
}


def template_name(intent: str, language: str) -> str:
    return f"{intent}_{language}.txt.j2"


def names_needed(intent: str | None, language: str | None) -> list[str]:
    """Every template a run with these options may render. A cancel falls back to a decline when the
    interview has no date, so the decline templates are always needed."""
    intents = ["decline"] + (["cancel"] if intent in (None, "cancel") else [])
    langs = [language] if language else list(LANGUAGES)
    return [template_name(i, lang) for i in intents if i in INTENTS for lang in langs]


def environment(templates_dir: Path | None) -> jinja2.Environment:
    """The environment for a user folder (None: built-ins only); an absent folder is a TemplateProblem."""
    if templates_dir is not None and not Path(templates_dir).is_dir():
        raise TemplateProblem(f"templates folder {templates_dir} does not exist: create it, or point --templates "
                              "(or `templates` in the config) at the folder that holds your templates")
    return _cached_environment(str(templates_dir) if templates_dir is not None else None)


@jinja2.pass_context
def _spell(ctx: jinja2.runtime.Context, word: str) -> str:
    """`{{ "apologise" | spell }}`: the word in the recipient's English (American for US recipients)."""
    return letter_locale.american_spelling(word) if ctx.get("american") else word


@lru_cache(maxsize=16)
def _cached_environment(templates_dir: str | None) -> jinja2.Environment:
    """One environment per templates folder: templates compile once per process (Jinja reloads a template whose
    file changed, so an edited user template is still picked up)."""
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(templates_dir))
    loaders.append(jinja2.FileSystemLoader(str(resources.files("regrets.templates"))))
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True, autoescape=False)
    env.filters["spell"] = _spell
    return env


def render(templates_dir: Path | None, name: str, context: Mapping[str, Any]) -> str:
    """The template `name` rendered with `context`; any problem is a TemplateProblem naming file and line."""
    env = environment(templates_dir)
    try:
        return env.get_template(name).render(**context)
    except Exception as exc:  # noqa: BLE001 - a user template can fail in any way; each is reported the same
        raise problem(exc, name, env) from None


def check(templates_dir: Path | None, names: Iterable[str]) -> None:
    """Load and render every template in `names` (and what they include) before a run writes anything."""
    env = environment(templates_dir)
    for name in names:
        try:
            for loaded in _with_references(env, name):
                _check_variables(env, loaded)
            for sample in (_FULL, _EMPTY):
                env.get_template(name).render(**sample, intent=name.split("_")[0], language=name[-9:-7])
        except TemplateProblem:
            raise
        except Exception as exc:  # noqa: BLE001
            raise problem(exc, name, env) from None


def _with_references(env: jinja2.Environment, name: str) -> list[str]:
    """`name` and every template it includes, imports or extends (by literal name), each once."""
    seen: list[str] = []
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.append(current)
        source = env.loader.get_source(env, current)[0]  # type: ignore[union-attr]
        todo += [r for r in jinja2.meta.find_referenced_templates(env.parse(source, current)) if r]
    return seen


def _check_variables(env: jinja2.Environment, name: str) -> None:
    source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
    ast = env.parse(source, name, filename)
    unknown = jinja2.meta.find_undeclared_variables(ast) - set(TEMPLATE_VARIABLES) - set(env.globals)
    if unknown:
        first = min((n.lineno, n.name) for n in ast.find_all(jinja2.nodes.Name) if n.name in unknown)
        raise TemplateProblem(f"{_where(name, filename)} line {first[0]}: unknown variable {first[1]!r} "
                              f"(available: {', '.join(sorted(TEMPLATE_VARIABLES))}). {_fix(filename)}")


def problem(exc: BaseException, name: str, env: jinja2.Environment) -> TemplateProblem:
    """One message for any Jinja problem: which file, which line, what, and what to do."""
    if isinstance(exc, TemplateProblem):
        return exc
    if isinstance(exc, jinja2.TemplateNotFound):
        missing = exc.name or name
        return TemplateProblem(f"template {missing} not found (wanted by {name}): add it to your templates folder, "
                               "or remove the include that asks for it")
    if isinstance(exc, jinja2.TemplateSyntaxError):
        filename = exc.filename or _filename(env, exc.name or name)
        return TemplateProblem(f"{_where(exc.name or name, filename)} line {exc.lineno}: {_clause(exc.message)}. "
                               f"{_fix(filename)}")
    filename, line = _template_frame(exc)
    filename = filename or _filename(env, name)
    at = f" line {line}" if line else ""
    if isinstance(exc, jinja2.UndefinedError):
        what = f"unknown variable ({exc.message}; available: {', '.join(sorted(TEMPLATE_VARIABLES))})"
    else:
        what = f"failed while rendering: {_clause(str(exc))}"
    return TemplateProblem(f"{_where(name, filename)}{at}: {what}. {_fix(filename)}")


def _clause(text: str | None) -> str:
    """Jinja's message as a clause of ours (without its own final full stop)."""
    return (text or "").strip().rstrip(".")


def _template_frame(exc: BaseException) -> tuple[str | None, int | None]:
    """The innermost template file and line of a rendering error (Jinja rewrites tracebacks to template lines)."""
    found: tuple[str | None, int | None] = (None, None)
    for frame, line in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename.endswith(".j2"):
            found = (frame.f_code.co_filename, line)
    return found


def _filename(env: jinja2.Environment, name: str) -> str | None:
    try:
        return env.loader.get_source(env, name)[1]  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001
        return None


def _builtin(filename: str | None) -> bool:
    return filename is not None and Path(filename).parent == Path(str(resources.files("regrets.templates")))


def _where(name: str, filename: str | None) -> str:
    if _builtin(filename):
        return f"built-in template {name}"
    return f"template {filename or name}"


def _fix(filename: str | None) -> str:
    if _builtin(filename):
        return "Reinstall regrets: its own templates are damaged."
    return "Fix it, or move it out of your templates folder to use the built-in one."
