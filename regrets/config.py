"""User configuration: ~/.config/regrets/config.toml (or $REGRETS_CONFIG). Optional; flags win over it.

    me = "sam.lee@gmail.com"
    name = "Sam Lee"
    zone = "Asia/Jakarta"
    templates = "~/my-regrets-templates"
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from .errors import UsageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "regrets"


def load() -> dict[str, Any]:
    path = Path(os.environ.get("REGRETS_CONFIG") or config_dir() / "config.toml")
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"config file {path} is not valid TOML: {exc}") from None
