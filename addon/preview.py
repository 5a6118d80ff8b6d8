"""The local preview page, registered only in demo mode (loopback only; see `addon.demo`).

It lists the demo mailbox's threads, renders the card JSON the real endpoints return as HTML, and posts the same
event JSON Gmail would when a button is clicked. Test ID tokens come from ``POST /_demo/token``: they are signed
by the demo's own key (made at start) and checked by exactly the verification code that checks Google's tokens;
the app accepts them only because the demo configuration points its certs URL at the demo key server.
"""
from __future__ import annotations

import email
import re
import email.policy
from importlib import resources
from typing import Any

from flask import Flask, Response, abort, jsonify, request

from gmail import b64url
from gmail.transport import RequestsHttp

from . import paths
from .auth import TokenVerifier
from .handlers import Context

PREVIEW_FILES = {"preview.js": "text/javascript", "preview.css": "text/css"}
_ASSET_NAME = re.compile(r"^[a-z0-9_\-]{1,40}\.(?:svg|woff2)$")


def register_preview(app: Flask, ctx: Context, verifier: TokenVerifier) -> None:
    cfg = ctx.config
    keys = cfg.extra.get("keys")
    svc = ctx.gmail.service  # the demo talks to the emulator with the placeholder token for listing

    preview_http = RequestsHttp("regrets-demo-preview", ctx.gmail.pool)

    def gm_execute(req: Any) -> Any:
        return req.execute(http=preview_http)

    @app.get("/")
    def index() -> Response:
        html = (resources.files("addon") / "preview" / "index.html").read_text(encoding="utf-8")
        return Response(html, mimetype="text/html")

    @app.get("/preview/<name>")
    def preview_file(name: str) -> Response:
        if name not in PREVIEW_FILES:
            abort(404)
        data = (resources.files("addon") / "preview" / name).read_text(encoding="utf-8")
        return Response(data, mimetype=PREVIEW_FILES[name])

    @app.get("/static/icons/<name>")
    def icon(name: str) -> Response:
        """The images the preview draws for the cards' known icons (addon/static/icons/README.md)."""
        return _asset(("static", "icons"), name, ".svg", "image/svg+xml")

    @app.get("/preview/fonts/<name>")
    def font(name: str) -> Response:
        return _asset(("preview", "fonts"), name, ".woff2", "font/woff2")

    @app.get("/_demo/info")
    def info() -> Response:
        return jsonify({"baseUrl": cfg.base_url, "owner": cfg.extra.get("owner"), "now": cfg.now().isoformat(),
                        "demo": True, "loopbackOnly": True, "endpoints": {p: cfg.endpoint_url(p) for p in paths.ALL}})

    @app.get("/_demo/threads")
    def threads() -> Response:
        out = []
        listing = gm_execute(svc.users().threads().list(userId="me", maxResults=50))
        drafts_by_thread: dict[str, list[str]] = {}
        for d in gm_execute(svc.users().drafts().list(userId="me", maxResults=100)).get("drafts") or []:
            drafts_by_thread.setdefault(d["message"]["threadId"], []).append(d["id"])
        for t in listing.get("threads") or []:
            res = gm_execute(svc.users().threads().get(userId="me", id=t["id"], format="metadata",
                                                       metadataHeaders=["Subject", "From", "Date"]))
            msgs = [m for m in res.get("messages") or [] if "DRAFT" not in (m.get("labelIds") or [])]
            if not msgs:
                continue
            first, last = msgs[0], msgs[-1]
            hdr = {h["name"].lower(): h["value"] for h in first.get("payload", {}).get("headers", [])}
            last_hdr = {h["name"].lower(): h["value"] for h in last.get("payload", {}).get("headers", [])}
            drafts = len(res.get("messages") or []) - len(msgs)
            out.append({
                "threadId": t["id"], "messageId": last["id"],
                # the forms Gmail's add-on events use (see addon.events.api_id): decimal web ids
                "eventThreadId": f"thread-f:{int(t['id'], 16)}", "eventMessageId": f"msg-f:{int(last['id'], 16)}",
                "subject": hdr.get("subject", ""), "from": last_hdr.get("from", ""), "date": last_hdr.get("date", ""),
                "snippet": last.get("snippet", ""), "messages": len(msgs), "drafts": drafts,
                "draftIds": drafts_by_thread.get(t["id"], []),  # drafts.list: the demo is not an add-on
            })
        return jsonify({"threads": out})

    @app.post("/_demo/token")
    def token() -> Any:
        if keys is None:
            abort(404)
        body = request.get_json(silent=True) or {}
        url = str(body.get("url") or "")
        allowed = {cfg.endpoint_url(p) for p in paths.ALL}
        if url not in allowed:
            return jsonify({"error": "not an endpoint of this add-on"}), 400
        return jsonify({"token": keys.mint(url, cfg.service_account)})

    @app.get("/_demo/drafts/<draft_id>")
    def draft(draft_id: str) -> Any:
        from googleapiclient.errors import HttpError

        try:
            res = gm_execute(svc.users().drafts().get(userId="me", id=draft_id, format="raw"))
        except HttpError as exc:
            return jsonify({"error": f"draft not found ({exc.resp.status})"}), 404
        raw = b64url.decode(res["message"]["raw"])
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        return jsonify({
            "draftId": res["id"], "threadId": res["message"].get("threadId"),
            "labelIds": res["message"].get("labelIds") or [],
            "headers": {k: str(msg[k]) for k in ("From", "To", "Subject", "In-Reply-To", "References", "X-Regrets")
                        if msg[k] is not None},
            "text": text,
        })


def _asset(folder: tuple[str, ...], name: str, suffix: str, mimetype: str) -> Response:
    if not _ASSET_NAME.match(name) or not name.endswith(suffix):
        abort(404)
    path = resources.files("addon").joinpath(*folder, name)
    if not path.is_file():
        abort(404)
    return Response(path.read_bytes(), mimetype=mimetype, headers={"Cache-Control": "public, max-age=3600"})
