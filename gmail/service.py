"""Build the Gmail API client from the discovery document bundled with google-api-python-client.

`REGRETS_GMAIL_API_ROOT` (e.g. ``http://127.0.0.1:8025/``) points every call -- JSON, uploads and
``/batch`` -- at another server, such as our emulator.

Quirk: ``client_options={"api_endpoint": ...}`` is not enough. Batch requests keep using the discovery
``rootUrl`` + ``batchPath`` and media uploads keep ``https://``; patching ``rootUrl``/``baseUrl`` in the
bundled document fixes both (see googleapiclient/discovery.py ``_add_basic_methods`` and
``_fix_up_media_path_base_url``; ../shared/reference/gmail-api.md section 6).
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources

API_ROOT_ENV = "REGRETS_GMAIL_API_ROOT"
PLACEHOLDER_TOKEN = "regrets-local-emulator"  # sent when talking to a local server; never a real token


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


def build_gmail(credentials=None, *, http=None, root: str | None = None):
    """A Gmail `Resource`. With an API root override and no credentials, a placeholder bearer token is sent."""
    from googleapiclient.discovery import build_from_document

    root = root if root is not None else api_root()
    if credentials is None and http is None:
        if not root:
            raise ValueError("credentials are required to talk to Gmail")
        from google.oauth2.credentials import Credentials

        credentials = Credentials(token=PLACEHOLDER_TOKEN)
    kwargs = {"http": http} if http is not None else {"credentials": credentials}
    return build_from_document(_discovery_doc(root), **kwargs)
