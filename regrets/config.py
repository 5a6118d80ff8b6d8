"""User configuration: ``$REGRETS_CONFIG``, else ``$XDG_CONFIG_HOME/regrets/config.toml`` (``~/.config/...``).
Optional; flags win over it.

    me = "sam.lee@gmail.com"
    name = "Sam Lee"
    zone = "Asia/Jakarta"
    templates = "~/my-regrets-templates"

The default file may be absent; a file that ``REGRETS_CONFIG`` names must exist (a typo there would otherwise
silently drop every setting). Every value remembers where it came from, so an error can say "zone in
/home/sam/.config/regrets/config.toml" rather than blame a flag the user never typed. Keys Regrets does not know
are listed in `Config.unknown` for the CLI to warn about (this module prints nothing).
"""
from __future__ import annotations

import difflib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

CONFIG_ENV = "REGRETS_CONFIG"
KEYS = {
    "me": "your address (the drafts' From)",
    "name": "your name as signed",
    "zone": "your IANA time zone",
    "templates": "a folder of your own letter templates",
}


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "regrets"


@dataclass(frozen=True)
class Config:
    """The settings read from one file (`path` None: no file)."""

    path: Path | None = None
    values: dict[str, str] = field(default_factory=dict)
    unknown: tuple[str, ...] = ()  # keys in the file that Regrets does not know, each with a suggestion

    def get(self, key: str) -> str | None:
        return self.values.get(key) or None

    def origin(self, key: str) -> str:
        """How an error names this setting: ``zone in /home/sam/.config/regrets/config.toml``."""
        return f"{key} in {self.path}"


def load() -> Config:
    """The user's settings; a missing explicit file, invalid TOML or a value that is not text is a UsageError."""
    explicit = (os.environ.get(CONFIG_ENV) or "").strip()
    path = Path(explicit).expanduser() if explicit else config_dir() / "config.toml"
    if not path.is_file():
        if explicit:
            raise UsageError(f"{CONFIG_ENV}={explicit} names no file: create it, or unset {CONFIG_ENV} to use "
                             f"{config_dir() / 'config.toml'}")
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"config file {path} is not valid TOML ({exc}): fix it, or see the README's Configuration "
                         "section") from None
    values: dict[str, str] = {}
    unknown: list[str] = []
    for key, value in data.items():
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            unknown.append(f"{key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
            continue
        if not isinstance(value, str):
            raise UsageError(f"{key} in {path} must be text in quotes, e.g. {key} = \"...\" ({KEYS[key]} in "
                             "quotes)")
        values[key] = value.strip()
    return Config(path, values, tuple(unknown))
