"""ID-token verification through real HTTP: real RS256 tokens from a local key server, google-auth verifying."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import pytest

from addon.auth import CachedCertsRequest, TokenVerifier
from addon.config import AddonConfig
from addon.keys import SigningKey

from .conftest import BASE_URL, SERVICE_ACCOUNT

PATHS = ["/homepage", "/on-message", "/actions/draft", "/actions/open-draft", "/actions/refresh"]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def assert_401(resp, reason: str) -> None:
    assert resp.status_code == 401, resp.text
    body = resp.json()
    assert body["error"] == "unauthorized"
    assert reason in body["reason"]
    assert "Traceback" not in resp.text
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.fixture(params=["threads"])
def gmail_mode(request) -> str:
    """Token checks come before any Gmail call: one Gmail mode is enough here."""
    return request.param


@pytest.mark.parametrize("path", PATHS)
def test_every_endpoint_requires_a_token(addon, path):
    assert_401(addon.post(path, addon.event(), token=None), "missing Authorization")
    assert_401(addon.post(path, addon.event(), headers={"Authorization": "Basic dXNlcjpwYXNz"}, token=None),
               "not a Bearer")


def test_valid_token_passes(addon):
    r = addon.post("/homepage", {"commonEventObject": {"hostApp": "GMAIL"}})
    assert r.status_code == 200
    assert r.json()["action"]["navigations"][0]["pushCard"]["name"] == "regrets-home"


def test_forged_signature(addon):
    # same kid as the real key, signed by another key: the signature check must fail
    attacker = SigningKey(kid=addon.keys.keys[0].kid)
    claims = {"iss": "https://accounts.google.com", "aud": BASE_URL + "/homepage", "email": SERVICE_ACCOUNT,
              "email_verified": True, "iat": int(time.time()), "exp": int(time.time()) + 3600}
    assert_401(addon.post("/homepage", addon.event(), token=attacker.sign(claims)), "bad signature")
    # unknown key id
    assert_401(addon.post("/homepage", addon.event(), token=SigningKey().sign(claims)), "bad signature")


def test_tampered_claims(addon):
    good = addon.token("/homepage", email="someone@else.example")
    head, _, sig = good.split(".")
    claims = {"iss": "https://accounts.google.com", "aud": BASE_URL + "/homepage", "email": SERVICE_ACCOUNT,
              "email_verified": True, "iat": int(time.time()), "exp": int(time.time()) + 3600}
    forged = f"{head}.{b64(json.dumps(claims).encode())}.{sig}"
    assert_401(addon.post("/homepage", addon.event(), token=forged), "bad signature")


def test_alg_none_and_hs256_confusion(addon):
    claims = {"iss": "https://accounts.google.com", "aud": BASE_URL + "/homepage", "email": SERVICE_ACCOUNT,
              "email_verified": True, "iat": int(time.time()), "exp": int(time.time()) + 3600}
    none_tok = f"{b64(json.dumps({'alg': 'none', 'typ': 'JWT'}).encode())}.{b64(json.dumps(claims).encode())}.x"
    assert_401(addon.post("/homepage", addon.event(), token=none_tok), "invalid token")
    key = addon.keys.keys[0]
    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": key.kid}).encode())
    body = b64(json.dumps(claims).encode())
    mac = hmac.new(key.cert_pem, f"{head}.{body}".encode(), hashlib.sha256).digest()
    assert_401(addon.post("/homepage", addon.event(), token=f"{head}.{body}.{b64(mac)}"), "unsupported algorithm")


def test_expired_and_not_yet_valid(addon):
    old = addon.token("/homepage", issued_at=time.time() - 7200, lifetime=3600)
    assert_401(addon.post("/homepage", addon.event(), token=old), "expired")
    future = addon.token("/homepage", issued_at=time.time() + 600)
    assert_401(addon.post("/homepage", addon.event(), token=future), "not yet valid")


def test_not_before_is_honoured_with_the_exp_skew(addon):
    """google-auth ignores `nbf`: a token valid only from an hour ahead was accepted."""
    later = addon.token("/homepage", nbf=int(time.time()) + 3600)
    assert_401(addon.post("/homepage", addon.event(), token=later), "not yet valid")
    skew = addon.app.extensions["regrets_addon"]["verifier"].config.clock_skew_seconds
    beyond = addon.token("/homepage", nbf=int(time.time()) + skew + 5)
    assert_401(addon.post("/homepage", addon.event(), token=beyond), "not yet valid")
    within = addon.token("/homepage", nbf=int(time.time()) + skew - 5)  # a clock a little ahead of ours
    assert addon.post("/homepage", addon.event(), token=within).status_code == 200
    assert addon.post("/homepage", addon.event(), token=addon.token("/homepage", nbf=int(time.time()) - 60)).ok
    assert_401(addon.post("/homepage", addon.event(), token=addon.token("/homepage", nbf="soon")), "malformed")


def test_wrong_audience(addon):
    # a valid token for another endpoint of the same add-on
    assert_401(addon.post("/on-message", addon.event(), token=addon.token("/homepage")), "wrong audience")
    # a token for the URL the server is actually reached at (what Host-derived checks would expect)
    local = addon.keys.mint(addon.url + "/homepage", SERVICE_ACCOUNT)
    assert_401(addon.post("/homepage", addon.event(), token=local), "wrong audience")
    # forwarded headers do not change the expected audience
    fwd = {"Host": "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http"}
    evil = addon.keys.mint("http://evil.example/homepage", SERVICE_ACCOUNT)
    assert_401(addon.post("/homepage", addon.event(), token=evil, headers=fwd), "wrong audience")
    assert addon.post("/homepage", addon.event(), headers=fwd).status_code == 200
    # query-string variants of the audience are not the endpoint URL
    q = addon.keys.mint(BASE_URL + "/homepage?x=1", SERVICE_ACCOUNT)
    assert_401(addon.post("/homepage", addon.event(), token=q), "wrong audience")


def test_wrong_issuer(addon):
    assert_401(addon.post("/homepage", addon.event(), token=addon.token("/homepage", issuer="https://evil.example")),
               "wrong issuer")
    ok = addon.token("/homepage", issuer="accounts.google.com")  # the other spelling Google uses
    assert addon.post("/homepage", addon.event(), token=ok).status_code == 200


def test_wrong_service_account(addon):
    other_project = "service-999999999999@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
    assert_401(addon.post("/homepage", addon.event(), token=addon.token("/homepage", email=other_project)),
               "service account")
    assert_401(addon.post("/homepage", addon.event(), token=addon.token("/homepage", email_verified=False)),
               "not verified")
    no_email = addon.keys.keys[0].sign({"iss": "https://accounts.google.com", "aud": BASE_URL + "/homepage",
                                        "iat": int(time.time()), "exp": int(time.time()) + 3600})
    assert_401(addon.post("/homepage", addon.event(), token=no_email), "service account")


def test_garbage_tokens(addon):
    for tok in ["abc", "a.b.c", "x" * 9000 + ".a.b", "eyJhbGciOiJSUzI1NiJ9.e30.AAAA"]:
        r = addon.post("/homepage", addon.event(), token=tok)
        assert r.status_code == 401 and "Traceback" not in r.text
        assert tok[:20] not in r.json()["reason"]


def test_auth_is_checked_before_the_body(addon):
    r = addon.post("/on-message", None, token=None, raw=b"not json at all")
    assert r.status_code == 401


def test_certs_are_cached_not_fetched_per_request(addon):
    before = addon.keys.fetches
    for _ in range(5):
        assert addon.post("/homepage", addon.event()).status_code == 200
    verifier = addon.app.extensions["regrets_addon"]["verifier"]
    assert verifier.request.fetches <= 1
    assert addon.keys.fetches - before <= 1


def test_certs_cache_honours_max_age_and_refreshes_on_unknown_kid(keys, monkeypatch):
    req = CachedCertsRequest(keys.certs_url)
    cfg = AddonConfig(base_url=BASE_URL, service_account=SERVICE_ACCOUNT, certs_url=keys.certs_url)
    v = TokenVerifier(cfg, req)
    tok = keys.mint(BASE_URL + "/homepage", SERVICE_ACCOUNT)
    for _ in range(3):
        v.verify(f"Bearer {tok}", BASE_URL + "/homepage")
    assert req.fetches == 1
    # a rotated-in key: the first token naming it triggers one early refetch (rate-limited)
    new_key = SigningKey()
    keys.keys.append(new_key)
    try:
        monkeypatch.setattr("addon.auth.REFRESH_ON_UNKNOWN_KID_EVERY", 0.0)
        claims_tok = keys.mint(BASE_URL + "/homepage", SERVICE_ACCOUNT, key=new_key)
        v.verify(f"Bearer {claims_tok}", BASE_URL + "/homepage")
        assert req.fetches == 2
    finally:
        keys.keys.remove(new_key)


def test_certs_endpoint_down_gives_401_not_500(keys):
    cfg = AddonConfig(base_url=BASE_URL, service_account=SERVICE_ACCOUNT, certs_url="http://127.0.0.1:9/certs")
    v = TokenVerifier(cfg)
    tok = keys.mint(BASE_URL + "/homepage", SERVICE_ACCOUNT)
    with pytest.raises(Exception) as info:
        v.verify(f"Bearer {tok}", BASE_URL + "/homepage")
    assert "signing keys" in str(info.value)
