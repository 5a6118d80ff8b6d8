"""A local stand-in for Google's signing-key endpoint, for tests, the benchmark and the demo.

`LocalKeyServer` makes an RSA key and a self-signed certificate, serves them on 127.0.0.1 in the format of
https://www.googleapis.com/oauth2/v1/certs (``{kid: x509 PEM}``, with ``Cache-Control: max-age``), and signs
ID tokens shaped like the ones Google sends add-ons (iss, aud = endpoint URL, email of the add-on service
account, email_verified, iat/exp one hour apart). The add-on verifies them with exactly the code that verifies
Google's tokens; it accepts them only because its certs URL points here, which only tests and the loopback-only
demo do. There is no switch that skips verification.
"""
from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from google.auth import crypt, jwt

HOST = "127.0.0.1"
CERTS_PATH = "/oauth2/v1/certs"


def _make_key_and_cert(common_name: str) -> tuple[bytes, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


class SigningKey:
    """An RSA key with a key id, able to sign Google-style ID tokens."""

    def __init__(self, kid: str | None = None, common_name: str = "regrets-local-test-key") -> None:
        self.kid = kid or uuid.uuid4().hex
        self.private_pem, self.cert_pem = _make_key_and_cert(common_name)
        self.signer = crypt.RSASigner.from_string(self.private_pem, key_id=self.kid)

    def sign(self, claims: dict[str, Any], *, header: dict[str, Any] | None = None) -> str:
        return jwt.encode(self.signer, claims, header=header).decode("ascii")


class LocalKeyServer:
    """Serves signing certificates on 127.0.0.1 like Google's v1 certs endpoint; mints ID tokens."""

    def __init__(self, *, max_age: int = 3600, keys: int = 1) -> None:
        self.keys = [SigningKey() for _ in range(keys)]
        self.max_age = max_age
        self.fetches = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ---- lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> LocalKeyServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                if self.path.split("?")[0] != CERTS_PATH:
                    self._send(404, b'{"error": "not found"}')
                    return
                owner.fetches += 1
                body = json.dumps({k.kid: k.cert_pem.decode() for k in owner.keys}).encode()
                self._send(200, body, {"Cache-Control": f"public, max-age={owner.max_age}, must-revalidate"})

            def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self._server = ThreadingHTTPServer((HOST, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="local-keys", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> LocalKeyServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def certs_url(self) -> str:
        if self._server is None:
            raise RuntimeError("key server not started")
        return f"http://{HOST}:{self._server.server_address[1]}{CERTS_PATH}"

    # ---- tokens ----------------------------------------------------------------------------------------------
    def mint(self, audience: str, email: str, *, issuer: str = "https://accounts.google.com",
             lifetime: int = 3600, issued_at: float | None = None, email_verified: bool = True,
             key: SigningKey | None = None, **extra: Any) -> str:
        """An ID token like the add-on SYSTEM_ID_TOKEN: aud = endpoint URL, email = add-on service account."""
        iat = int(issued_at if issued_at is not None else time.time())
        claims = {"iss": issuer, "aud": audience, "azp": "104857600000000000000", "sub": "104857600000000000000",
                  "email": email, "email_verified": email_verified, "iat": iat, "exp": iat + lifetime, **extra}
        return (key or self.keys[0]).sign(claims)
