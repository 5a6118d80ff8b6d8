"""`regrets serve` / `regrets addon deployment` (real processes where it matters), the functions-framework target
and gunicorn serving the app factory."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner

from addon.cli import addon_group, serve_command
from addon.deployment import SCOPES

from .conftest import BASE_URL, SERVICE_ACCOUNT, ServedApp
from .procs import Gunicorn, clean_env

ROOT = Path(__file__).resolve().parents[2]
REGRETS = [sys.executable, "-c", "from regrets.cli import main; main()"]


def test_deployment_json():
    r = CliRunner().invoke(addon_group, ["deployment", "--base-url", "https://regrets-x.a.run.app/"])
    assert r.exit_code == 0, r.output
    out = r.stdout if hasattr(r, "stdout") else r.output
    d = json.loads(out[out.index("{"): out.rindex("}") + 1])
    assert d["oauthScopes"] == list(SCOPES)
    assert all("gmail.addons" in s or s.endswith("script.locale") for s in d["oauthScopes"])
    common, gmail = d["addOns"]["common"], d["addOns"]["gmail"]
    assert common["homepageTrigger"]["runFunction"] == "https://regrets-x.a.run.app/homepage"
    assert common["useLocaleFromApp"] is True
    assert common["logoUrl"] == "https://regrets-x.a.run.app/logo.png"
    assert gmail["contextualTriggers"] == [{"unconditional": {}, "onTriggerFunction": "https://regrets-x.a.run.app/on-message"}]
    assert d["addOns"]["httpOptions"]["authorizationHeader"] == "SYSTEM_ID_TOKEN"


def test_deployment_lists_the_button_endpoints_and_needs_https():
    p = subprocess.run(REGRETS + ["addon", "deployment", "--base-url", "https://a.example"], capture_output=True,
                       text=True, env=clean_env(), timeout=60)
    assert p.returncode == 0
    json.loads(p.stdout)  # stdout is only the JSON (redirect it to a file for gcloud)
    for path in ("/actions/draft", "/actions/open-draft", "/actions/refresh"):
        assert "https://a.example" + path in p.stderr
    bad = subprocess.run(REGRETS + ["addon", "deployment", "--base-url", "http://a.example"], capture_output=True,
                         text=True, env=clean_env(), timeout=60)
    assert bad.returncode == 2 and bad.stderr.startswith("Error:")


def test_serve_refuses_to_start_without_configuration():
    p = subprocess.run(REGRETS + ["serve", "--port", "0"], capture_output=True, text=True, env=clean_env(), timeout=60)
    assert p.returncode == 2
    assert "REGRETS_ADDON_BASE_URL" in p.stderr and "REGRETS_ADDON_SERVICE_ACCOUNT" in p.stderr
    assert "Traceback" not in p.stderr
    p = subprocess.run(REGRETS + ["serve", "--port", "0"], capture_output=True, text=True, timeout=60,
                       env=clean_env(REGRETS_ADDON_BASE_URL="https://a.example"))
    assert p.returncode == 2 and "REGRETS_ADDON_SERVICE_ACCOUNT" in p.stderr


def test_create_app_refuses_bad_configuration():
    from addon.app import create_app
    from addon.config import AddonConfigError

    for cfg in ({"base_url": "", "service_account": SERVICE_ACCOUNT},
                {"base_url": "https://a.example", "service_account": ""},
                {"base_url": "http://a.example", "service_account": SERVICE_ACCOUNT},
                {"base_url": "https://a.example?x=1", "service_account": SERVICE_ACCOUNT},
                {"base_url": "https://a.example", "service_account": "not-an-email"},
                {"base_url": "https://a.example", "service_account": SERVICE_ACCOUNT, "demo": True},
                {"base_url": "https://a.example", "service_account": SERVICE_ACCOUNT, "bogus": 1}):
        with pytest.raises(AddonConfigError):
            create_app(cfg)


def test_demo_is_loopback_only():
    r = CliRunner().invoke(serve_command, ["--demo", "--host", "0.0.0.0", "--port", "0"])
    assert r.exit_code != 0
    assert "loopback only" in str(r.exception) or "loopback only" in r.output


def test_functions_framework_target(keys, tmp_path):
    """functions-framework's own app, built from addon/main.py, answers like the Flask app."""
    import functions_framework

    env = {"REGRETS_ADDON_BASE_URL": BASE_URL, "REGRETS_ADDON_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
           "REGRETS_GOOGLE_CERTS_URL": keys.certs_url, "REGRETS_ADDON_STATE_DIR": str(tmp_path)}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        import addon.main

        addon.main._app = None
        app = functions_framework.create_app(target="regrets_addon", source=str(ROOT / "addon" / "main.py"))
        served = ServedApp(app)
        try:
            tok = keys.mint(BASE_URL + "/homepage", SERVICE_ACCOUNT)
            r = requests.post(served.url + "/homepage", json={"commonEventObject": {"hostApp": "GMAIL"}},
                              headers={"Authorization": f"Bearer {tok}"}, timeout=30)
            assert r.status_code == 200
            assert r.json()["action"]["navigations"][0]["pushCard"]["name"] == "regrets-home"
            bad = requests.post(served.url + "/on-message", json={}, timeout=30)
            assert bad.status_code == 401
        finally:
            served.stop()
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def test_gunicorn_serves_the_factory(keys, tmp_path):
    state = tmp_path / "state"
    g = Gunicorn({"REGRETS_ADDON_BASE_URL": BASE_URL, "REGRETS_ADDON_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
                  "REGRETS_GOOGLE_CERTS_URL": keys.certs_url, "REGRETS_ADDON_STATE_DIR": str(state)},
                 tmp_path / "gunicorn.log").wait()
    try:
        tok = keys.mint(BASE_URL + "/homepage", SERVICE_ACCOUNT)
        r = requests.post(f"{g.url}/homepage", json={"commonEventObject": {"hostApp": "GMAIL"}},
                          headers={"Authorization": f"Bearer {tok}"}, timeout=30)
        assert r.status_code == 200
    finally:
        g.stop()


@pytest.mark.parametrize("demo", [False, True], ids=["serve", "serve --demo"])
def test_serve_on_a_busy_port_is_one_error_line_and_exit_5(demo):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        env = clean_env() if demo else clean_env(REGRETS_ADDON_BASE_URL=BASE_URL,
                                                  REGRETS_ADDON_SERVICE_ACCOUNT=SERVICE_ACCOUNT)
        p = subprocess.run(REGRETS + ["serve", "--port", str(port), *(["--demo"] if demo else [])],
                           capture_output=True, text=True, env=env, timeout=60)
    assert p.returncode == 5, p.stderr
    assert p.stderr == (f"Error: cannot listen on 127.0.0.1:{port} (Address already in use): stop what uses the port, "
                        "or give another --port (0 picks a free one)\n")
    assert p.stdout == ""


def test_a_port_that_is_not_a_number_is_a_usage_error():
    p = subprocess.run(REGRETS + ["serve"], capture_output=True, text=True, timeout=60,
                       env=clean_env(PORT="eighty", REGRETS_ADDON_BASE_URL=BASE_URL,
                                     REGRETS_ADDON_SERVICE_ACCOUNT=SERVICE_ACCOUNT))
    assert p.returncode == 2 and p.stderr == "Error: PORT='eighty' is not a port number: set it to one, or give --port\n"
