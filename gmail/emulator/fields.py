"""Partial responses: the global ``fields`` parameter (https://developers.google.com/gmail/api/guides/performance).

Grammar subset: comma-separated selectors; ``a/b`` selects b inside a; ``a(b,c)`` selects b and c inside a;
``*`` selects everything at that level. Arrays are filtered element by element.
"""
from __future__ import annotations

from typing import Any

from . import errors

Selector = dict[str, "Selector | None"]  # None: keep the whole value


def parse_fields(text: str) -> Selector:
    """Parse a fields expression into a nested selector (400 on unbalanced parentheses)."""
    pos = 0

    def merge(into: Selector, key: str, sub: Selector | None) -> None:
        if key in into:
            old = into[key]
            if old is None or sub is None:
                into[key] = None
            else:
                for k, v in sub.items():
                    merge(old, k, v)
        else:
            into[key] = sub

    def parse_list(closer: str | None) -> Selector:
        nonlocal pos
        sel: Selector = {}
        while pos < len(text):
            if text[pos] in " ,":
                pos += 1
                continue
            if closer and text[pos] == closer:
                return sel
            if text[pos] == ")":
                raise errors.invalid_argument(f"Invalid field selection {text}")
            path = parse_path()
            merge(sel, path[0], path[1])
        if closer:
            raise errors.invalid_argument(f"Invalid field selection {text}")
        return sel

    def parse_path() -> tuple[str, Selector | None]:
        nonlocal pos
        start = pos
        while pos < len(text) and text[pos] not in ",()/ ":
            pos += 1
        name = text[start:pos]
        if not name:
            raise errors.invalid_argument(f"Invalid field selection {text}")
        if pos < len(text) and text[pos] == "/":
            pos += 1
            sub_name, sub_sel = parse_path()
            return name, {sub_name: sub_sel}
        if pos < len(text) and text[pos] == "(":
            pos += 1
            inner = parse_list(")")
            pos += 1
            return name, inner
        return name, None

    return parse_list(None)


def apply_fields(value: Any, sel: Selector | None) -> Any:
    """Keep only the selected parts of a JSON value."""
    if sel is None:
        return value
    if isinstance(value, list):
        return [apply_fields(v, sel) for v in value]
    if not isinstance(value, dict):
        return value
    if "*" in sel:
        return {k: apply_fields(v, sel.get(k)) if k in sel else v for k, v in value.items()}
    return {k: apply_fields(value[k], sub) for k, sub in sel.items() if k in value}
