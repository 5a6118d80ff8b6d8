"""Build the Gmail API client from the discovery document bundled with google-api-python-client.

`REGRETS_GMAIL_API_ROOT` (e.g. ``http://127.0.0.1:8025/``) points every call -- JSON, uploads and
``/batch`` -- at another server, such as our emulator.

Quirk: ``client_options={"api_endpoint": ...}`` is not enough. Batch requests keep using the discovery
``rootUrl`` + ``batchPath`` and media uploads keep ``https://``; patching ``rootUrl``/``baseUrl`` in the
bundled document fixes both (see ``_add_basic_methods`` and ``_fix_up_media_path_base_url`` in
https://github.com/googleapis/google-api-python-client/blob/main/googleapiclient/discovery.py).

Transport: unless the caller passes its own `http`, calls go over `gmail.transport.RequestsHttp`, which never
re-sends a POST after a dropped connection (httplib2, the library's default, does: a drafts.create whose
answer was lost would be made twice behind our back).
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources

API_ROOT_ENV = "REGRETS_GMAIL_API_ROOT"
PLACEHOLDER_TOKEN = "regrets-local-emulator"  # sent when talking to a local server; never a real token
CLI_TIMEOUT_SECONDS = 60.0  # per socket operation; a batch of 20 full threads can take a while on a slow link


def api_root() -> str | None:
    """The overriding API root from the environment, normalised to end in '/', or None for real Gmail."""
    root = os.environ.get(API_ROOT_ENV, "").strip()
    if not root:
        return None
    return root if root.endswith("/") else root + "/"


@lru_cache(maxsize=4)
def _discovery_doc(root: str | None) -> str:
    pkg = resources.files("googleapiclient.discovery_cache") / "documents" / "gmail.v1.json"
    doc = json.loads(pkg.read_text(encoding="utf-8"))
    if root:
        doc["rootUrl"] = root
        doc["baseUrl"] = root + doc.get("servicePath", "gmail/v1/users/")
        doc["batchPath"] = "batch/gmail/v1"
    return json.dumps(doc)


def no_resend_http(credentials=None, *, timeout: float = CLI_TIMEOUT_SECONDS):
    """The CLI's transport: `RequestsHttp`, with OAuth headers and refreshes by google-auth when `credentials`
    are given, else the placeholder bearer token a local server expects."""
    from .transport import RequestsHttp, SessionPool  # here: `regrets scan --help` needs no HTTP library

    pool = SessionPool(timeout)
    if credentials is None:
        return RequestsHttp(PLACEHOLDER_TOKEN, pool)
    from google_auth_httplib2 import AuthorizedHttp

    return AuthorizedHttp(credentials, http=RequestsHttp(None, pool))


def build_gmail(credentials=None, *, http=None, root: str | None = None):
    """A Gmail `Resource` over the no-resend transport (or `http`). With an API root override and no
    credentials, a placeholder bearer token is sent."""
    from googleapiclient.discovery import build_from_document

    root = root if root is not None else api_root()
    if http is None:
        if credentials is None and not root:
            raise ValueError("credentials are required to talk to Gmail")
        http = no_resend_http(credentials)
    return build_from_document(_discovery_doc(root), http=http)
