"""Add-on settings: where it is published, which service account may call it, where Google's keys are.

Read from the environment (``AddonConfig.from_env``) or passed to ``create_app`` directly (tests, the demo).
Outside demo mode the server refuses to start without ``REGRETS_ADDON_BASE_URL`` and
``REGRETS_ADDON_SERVICE_ACCOUNT``: without them no request could be verified.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from regrets.errors import UsageError

BASE_URL_ENV = "REGRETS_ADDON_BASE_URL"
SERVICE_ACCOUNT_ENV = "REGRETS_ADDON_SERVICE_ACCOUNT"
CERTS_URL_ENV = "REGRETS_GOOGLE_CERTS_URL"
GMAIL_ROOT_ENV = "REGRETS_GMAIL_API_ROOT"
STATE_DIR_ENV = "REGRETS_ADDON_STATE_DIR"
CARD_CACHE_ENV = "REGRETS_ADDON_CARD_CACHE"
DATABASE_URL_ENV = "REGRETS_ADDON_DATABASE_URL"

# Google's OAuth2 signing certificates, {kid: x509 PEM} (google-auth's default for verify_oauth2_token).
GOOGLE_CERTS_URL = "https://www.googleapis.com/oauth2/v1/certs"
# google-auth accepts exactly these issuers for Google ID tokens (google/oauth2/id_token.py _GOOGLE_ISSUERS).
GOOGLE_ISSUERS = ("accounts.google.com", "https://accounts.google.com")

_SA = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


class AddonConfigError(UsageError):
    """The add-on cannot start with this configuration (the message says what to set)."""


@dataclass(frozen=True)
class AddonConfig:
    """Everything the add-on backend needs to know. `clock` is for tests and the demo (a fixed 'now')."""

    base_url: str = ""  # public URL of the app root, e.g. https://regrets-abc-uc.a.run.app
    service_account: str = ""  # the add-on's service account (gcloud workspace-add-ons get-authorization)
    certs_url: str = GOOGLE_CERTS_URL
    gmail_api_root: str | None = None  # None: real Gmail (or REGRETS_GMAIL_API_ROOT, read by gmail.service)
    demo: bool = False
    clock: Callable[[], datetime] | None = None
    state_dir: str | None = None  # the SQLite draft record's folder (default: a private temp folder)
    database_url: str | None = field(default=None, repr=False)  # postgresql://… : the draft record in PostgreSQL, shared by every instance
    clock_skew_seconds: int = 10
    card_cache_size: int = 512  # conversations whose analysis is kept (no bodies); 0 = off
    extra: Mapping[str, Any] = field(default_factory=dict)  # demo wiring (key server, emulator), never secrets

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> AddonConfig:
        env = os.environ if env is None else env
        cfg = cls(
            base_url=(env.get(BASE_URL_ENV) or "").strip(),
            service_account=(env.get(SERVICE_ACCOUNT_ENV) or "").strip(),
            certs_url=(env.get(CERTS_URL_ENV) or "").strip() or GOOGLE_CERTS_URL,
            gmail_api_root=(env.get(GMAIL_ROOT_ENV) or "").strip() or None,
            state_dir=(env.get(STATE_DIR_ENV) or "").strip() or None,
            database_url=(env.get(DATABASE_URL_ENV) or "").strip() or None,
            card_cache_size=_int(env.get(CARD_CACHE_ENV), 512),
        )
        return replace(cfg, **overrides) if overrides else cfg

    @classmethod
    def coerce(cls, value: AddonConfig | Mapping[str, Any] | None) -> AddonConfig:
        """`create_app(None)` reads the environment; a mapping overrides environment values by field name."""
        if isinstance(value, AddonConfig):
            return value
        if value is None:
            return cls.from_env()
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(value) - known)
        if unknown:
            raise AddonConfigError(f"unknown add-on setting(s): {', '.join(unknown)}")
        return cls.from_env(**dict(value))

    def validated(self) -> AddonConfig:
        """Normalise and check; raise AddonConfigError with what is missing or wrong."""
        base = self.base_url.strip().rstrip("/")
        missing = [name for name, v in ((BASE_URL_ENV, base), (SERVICE_ACCOUNT_ENV, self.service_account)) if not v]
        if missing:
            raise AddonConfigError(
                f"set {' and '.join(missing)} (the add-on's public URL and its service account from "
                "`gcloud workspace-add-ons get-authorization`), or run the local demo with `regrets serve --demo`")
        parts = urlsplit(base)
        if parts.scheme not in ("https", "http") or not parts.netloc or parts.query or parts.fragment:
            raise AddonConfigError(f"{BASE_URL_ENV} must be an absolute URL without query, e.g. https://addon.example.com")
        if self.demo and not (parts.scheme == "http" and _is_loopback(parts.hostname or "")):
            raise AddonConfigError("demo mode serves on loopback only (http://127.0.0.1:PORT)")
        if parts.scheme == "http" and not _is_loopback(parts.hostname or ""):
            raise AddonConfigError(f"{BASE_URL_ENV} must use https (Google calls add-ons over HTTPS only)")
        if not _SA.match(self.service_account):
            raise AddonConfigError(f"{SERVICE_ACCOUNT_ENV} is not an email address")
        certs = urlsplit(self.certs_url)
        if certs.scheme not in ("https", "http") or not certs.netloc:
            raise AddonConfigError(f"{CERTS_URL_ENV} must be an absolute URL")
        if self.database_url and urlsplit(self.database_url).scheme not in ("postgresql", "postgres"):
            raise AddonConfigError(f"{DATABASE_URL_ENV} must be a postgresql://… URL")
        return replace(self, base_url=base)

    def endpoint_url(self, path: str) -> str:
        """The exact public URL Google calls for `path`: this is the ID token's expected audience."""
        return self.base_url.rstrip("/") + path

    def now(self) -> datetime:
        return self.clock() if self.clock is not None else datetime.now(timezone.utc)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        raise AddonConfigError(f"{CARD_CACHE_ENV} must be a whole number") from None


def _is_loopback(host: str) -> bool:
    return host in ("127.0.0.1", "localhost", "::1")
