"""The add-on's development server (`regrets serve`, the demo): werkzeug on a socket we bind ourselves, so a port
in use is one `CannotListen` error (exit code 5) instead of werkzeug's two printed lines and ``sys.exit(1)``
(werkzeug/serving.py ``BaseWSGIServer.__init__``). Production runs gunicorn and never comes here."""
from __future__ import annotations

import os
import socket
from typing import Any

from regrets.errors import CannotListen


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (0: any free port)."""
    try:
        return socket.create_server((host, port))
    except OSError as exc:
        why = os.strerror(exc.errno) if exc.errno else str(exc)  # create_server appends the address to strerror
        raise CannotListen(f"cannot listen on {host}:{port} ({why}): stop what uses the port, or give "
                           "another --port (0 picks a free one)") from None


def wsgi_server(host: str, port: int, app: Any) -> Any:
    """A threaded werkzeug server for `app` that logs requests without query strings."""
    from werkzeug.serving import make_server

    from .accesslog import RedactingRequestHandler

    sock = listen(host, port)
    try:
        server = make_server(host, port, app, threaded=True, request_handler=RedactingRequestHandler, fd=sock.fileno())
    finally:
        sock.close()  # werkzeug serves a duplicate of the descriptor
    # what HTTPServer.server_bind sets, which werkzeug skips for a socket it is given
    server.server_name, server.server_port = host, server.socket.getsockname()[1]
    return server
