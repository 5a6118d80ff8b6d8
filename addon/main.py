"""functions-framework target for Cloud Run functions / Cloud Functions:

    functions-framework --source addon/main.py --target regrets_addon
    gcloud functions deploy regrets-addon --gen2 --runtime python312 --trigger-http --entry-point regrets_addon ...

The function hands each request to the same Flask app `create_app()` builds (configured from the environment),
so paths, verification and answers are identical to the gunicorn deployment.
"""
from __future__ import annotations

import io
import threading
from typing import Any

import flask
import functions_framework

from addon.app import create_app
from addon.events import MAX_EVENT_BYTES

_app: flask.Flask | None = None
_lock = threading.Lock()


def _get_app() -> flask.Flask:
    global _app
    if _app is None:
        with _lock:
            if _app is None:
                _app = create_app()
    return _app


@functions_framework.http
def regrets_addon(request: flask.Request) -> Any:
    """Dispatch to the add-on app by path (/homepage, /on-message, /actions/...)."""
    app = _get_app()
    # functions-framework reads the body again after the call (its `read_request` hook), so the add-on app gets
    # a copy of it instead of the shared input stream. The body is capped like in the app (413 above 1 MB).
    if (request.content_length or 0) > MAX_EVENT_BYTES:
        return flask.jsonify({"error": "request entity too large"}), 413
    data = request.get_data()
    environ = dict(request.environ)
    environ["wsgi.input"] = io.BytesIO(data)
    environ["CONTENT_LENGTH"] = str(len(data))
    with app.request_context(environ):
        return app.full_dispatch_request()
