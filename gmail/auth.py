"""Signing in to Gmail for the CLI: Google's installed-app OAuth flow with the user's own OAuth client file.

Files (in the user config folder, ``$XDG_CONFIG_HOME/regrets`` or ``~/.config/regrets``, mode 0700):
- ``credentials.json``: the Desktop-app OAuth client downloaded from Google Cloud (the user's, never shipped;
  ``credentials.example.json`` shows its layout);
- ``gmail-token.json``: the saved sign-in (refresh token), written with mode 0600.

Scopes, the narrowest that work (per-method scope lists in the discovery document bundled with
google-api-python-client, googleapiclient/discovery_cache/documents/gmail.v1.json; scope descriptions at
https://developers.google.com/workspace/gmail/api/auth/scopes):
- default ``gmail.readonly`` (threads, messages, attachments, drafts.list/get, sendAs, profile) +
  ``gmail.compose`` (drafts.create; it cannot read mail, apply labels or create labels);
- with ``--label``: ``gmail.modify``. Applying a label (threads.modify) accepts only ``gmail.modify`` or full
  ``mail.google.com``; ``gmail.labels`` can create labels but not put them on threads. gmail.modify also covers
  reading and drafts, so it is asked for alone.
The token's granted scopes are checked before any call, so a missing permission is explained up front.

Known failure: refresh tokens of an OAuth app whose consent screen is in "Testing" expire after 7 days and the
refresh fails with ``invalid_grant`` (tarickb/sasl-xoauth2#29); publishing the app ("In production") avoids it.

When ``REGRETS_GMAIL_API_ROOT`` is set no OAuth happens at all (see gmail/service.py).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from regrets.config import config_dir

from .errors import SETUP_HINT, AuthProblem
from .privatefile import remove_leftovers, write_private

GMAIL = "https://www.googleapis.com/auth/gmail."
READONLY = GMAIL + "readonly"
COMPOSE = GMAIL + "compose"
MODIFY = GMAIL + "modify"
FULL = "https://mail.google.com/"
DEFAULT_SCOPES = (READONLY, COMPOSE)
LABEL_SCOPES = (MODIFY,)

TOKEN_FILE = "gmail-token.json"
TOKEN_TEMP_PREFIX = ".gmail-token-"  # temporary files of an atomic token write
CLIENT_FILE = "credentials.json"


def token_path() -> Path:
    return config_dir() / TOKEN_FILE


def client_path() -> Path:
    return config_dir() / CLIENT_FILE


def scopes_for(label: bool) -> tuple[str, ...]:
    return LABEL_SCOPES if label else DEFAULT_SCOPES


def missing_permissions(granted: Iterable[str], *, label: bool) -> list[str]:
    """What the granted scopes cannot do: 'read', 'compose', 'label'."""
    g = set(granted)
    out = []
    if not g & {READONLY, MODIFY, FULL}:
        out.append("read")
    if not g & {COMPOSE, MODIFY, FULL}:
        out.append("compose")
    if label and not g & {MODIFY, FULL}:
        out.append("label")
    return out


def save_token(creds: Any, path: Path | None = None) -> Path:
    """Write the credentials JSON atomically with mode 0600 (the folder 0700)."""
    return write_private(path or token_path(), creds.to_json(), prefix=TOKEN_TEMP_PREFIX)


def _forget(path: Path) -> str:
    try:
        path.unlink()
        return f" The saved sign-in {path} was deleted."
    except FileNotFoundError:
        return ""
    except OSError as exc:
        return f" Delete {path} by hand ({exc.strerror})."


def refresh_problem(exc: BaseException, path: Path | None = None) -> AuthProblem:
    """An actionable message for a failed token refresh; a dead token is deleted."""
    path = path or token_path()
    text = str(exc)
    if any(code in text for code in ("invalid_grant", "invalid_scope", "unauthorized_client", "deleted_client",
                                     "invalid_client")):
        gone = _forget(path)
        return AuthProblem(
            "Gmail sign-in has expired or was revoked (Google answered: "
            f"{text.split(':', 1)[0].strip() or 'invalid_grant'}).{gone} Run `regrets auth` to sign in again. "
            "If this happens about every 7 days, your OAuth consent screen is in 'Testing': publish the app "
            f"('In production') in Google Cloud, {SETUP_HINT}.")
    return AuthProblem(f"Could not refresh the Gmail sign-in ({exc.__class__.__name__}). Check the network and "
                       "try again; if it keeps failing, run `regrets auth`.")


def load_credentials(path: Path | None = None, *, label: bool = False, request: Any = None):
    """The saved credentials, refreshed when expired; an AuthProblem explains any way this can fail.

    `request` is the google.auth transport used to refresh (default: a requests-based one)."""
    from google.auth.exceptions import RefreshError, TransportError
    from google.oauth2.credentials import Credentials

    path = path or token_path()
    remove_leftovers(path.parent, TOKEN_TEMP_PREFIX)  # from runs killed while saving a refreshed token
    if not path.is_file():
        return _not_signed_in(path, label)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        creds = Credentials.from_authorized_user_info(info)
    except (OSError, ValueError) as exc:
        gone = _forget(path)
        raise AuthProblem(f"The saved Gmail sign-in is damaged ({exc.__class__.__name__}).{gone} "
                          "Run `regrets auth` again.") from None
    missing = missing_permissions(creds.scopes or info.get("scopes") or (), label=label)
    if missing:
        what = "apply labels" if missing == ["label"] else "do " + " and ".join(missing)
        again = "regrets auth --label" if label else "regrets auth"
        raise AuthProblem(f"The saved Gmail sign-in does not allow Regrets to {what} (the permissions asked for "
                          f"changed). Run `{again}` to sign in again with the right permissions.")
    if not creds.valid:
        if not creds.refresh_token:
            gone = _forget(path)
            raise AuthProblem(f"The saved Gmail sign-in has no refresh token.{gone} Run `regrets auth` again.")
        if request is None:
            from google.auth.transport.requests import Request

            request = Request()
        try:
            creds.refresh(request)
        except RefreshError as exc:
            raise refresh_problem(exc, path) from None
        except TransportError as exc:
            raise AuthProblem(f"Could not reach Google to refresh the Gmail sign-in ({exc.__class__.__name__}). "
                              "Check the network and try again.") from None
        save_token(creds, path)
    return creds


def _not_signed_in(path: Path, label: bool):
    raise AuthProblem(f"Not signed in to Gmail (no {path}). Run `regrets auth{' --label' if label else ''}` first; "
                      f"{SETUP_HINT}.")


def check_client_file(path: Path) -> dict[str, Any]:
    """The OAuth client file's contents, or an AuthProblem saying what is wrong with it."""
    if not path.is_file():
        raise AuthProblem(
            f"No OAuth client file at {path}. In Google Cloud: create a project, enable the Gmail API, create an "
            "OAuth client of type 'Desktop app', download its JSON and save it there (or pass --credentials PATH); "
            f"{SETUP_HINT}.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AuthProblem(f"{path} is not a valid OAuth client file ({exc.__class__.__name__}).") from None
    if isinstance(data, dict) and "web" in data and "installed" not in data:
        raise AuthProblem(f"{path} is a 'Web application' OAuth client; Regrets needs a 'Desktop app' client "
                          f"(its JSON starts with \"installed\"); {SETUP_HINT}.")
    inst = data.get("installed") if isinstance(data, dict) else None
    if not isinstance(inst, dict) or not inst.get("client_id") or not inst.get("client_secret"):
        raise AuthProblem(f"{path} does not look like a Desktop-app OAuth client file (expected an \"installed\" "
                          "object with client_id and client_secret); see credentials.example.json.")
    if "YOUR_CLIENT_ID" in str(inst.get("client_id")) or "YOUR_CLIENT_SECRET" in str(inst.get("client_secret")):
        raise AuthProblem(f"{path} still holds the placeholders of credentials.example.json; download your own "
                          f"client file from Google Cloud, {SETUP_HINT}.")
    return data


def sign_in(client_file: Path | None = None, *, label: bool = False, token: Path | None = None,
            open_browser: bool = True, host: str = "localhost", port: int = 0, browser: str | None = None,
            timeout_seconds: int | None = 300):
    """Run the installed-app flow (a local redirect server on `host`:`port`) and save the token (0600)."""
    from google_auth_oauthlib.flow import InstalledAppFlow
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error

    client_file = client_file or client_path()
    check_client_file(client_file)
    scopes = list(scopes_for(label))
    flow = InstalledAppFlow.from_client_secrets_file(str(client_file), scopes=scopes)
    try:
        creds = flow.run_local_server(
            host=host, port=port, open_browser=open_browser, browser=browser, timeout_seconds=timeout_seconds,
            authorization_prompt_message="Open this address in a browser to let Regrets use your Gmail:\n{url}",
            success_message="Regrets is signed in to Gmail. You can close this window.")
    except Warning as exc:  # oauthlib: "Scope has changed from ... to ..." (a box left unticked)
        raise AuthProblem(f"Google granted different permissions than Regrets asked for ({exc}). Run `regrets auth` "
                          "again and allow every permission on the consent screen.") from None
    except OAuth2Error as exc:
        raise AuthProblem(f"Google sign-in did not complete ({exc.error}). Run `regrets auth` to try again.") from None
    except AttributeError:
        # run_local_server returns nothing to fetch when the wait times out (wsgi app saw no redirect)
        raise AuthProblem("No answer from the browser sign-in in time. Run `regrets auth` again.") from None
    missing = missing_permissions(creds.granted_scopes or creds.scopes or scopes, label=label)
    if missing:
        raise AuthProblem("Google granted fewer permissions than Regrets needs (cannot "
                          f"{' or '.join(missing)}). Run `regrets auth` again and allow every permission.")
    return creds, save_token(creds, token or token_path())
