#!/usr/bin/env python3
"""Benchmark the Gmail add-on backend against the local Gmail emulator.

    python bench/bench_addon.py [--requests 300] [--concurrent 200] [--workers 4] [--json]

Everything runs as separate processes on 127.0.0.1: the Gmail emulator (`regrets emulator`, demo mailbox), the
add-on under gunicorn, and a trivial Flask JSON handler under the same gunicorn settings (the baseline); this
process is the client and serves the signing keys. Reported:

1. cold start: process start to the first contextual-trigger (/on-message) answer, and the same for the
   trivial handler (process start to first answer);
2. warm p50/p95 of /on-message (client-observed, over HTTP) and of the trivial handler, and their ratio
   (target: add-on warm p50 <= 2x trivial); the add-on's own Server-Timing is shown too;
3. Gmail calls per card (target 1) and per draft (target 2), from the emulator's counters;
4. `--concurrent` simultaneous /on-message requests against gunicorn with `--workers` workers: errors (target 0);
5. two add-on instances (gunicorn, `--workers` workers each) on one draft record -- SQLite on this host, and
   PostgreSQL when `--database-url postgresql://…` is given: 50 simultaneous Draft clicks for one conversation
   split across them (target: 1 draft, 0 errors), and the p50 of a repeated click (one Gmail read + the record).

Only stdlib at import time, so gunicorn can load `bench_addon:trivial_app()` from this file quickly.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE_URL = "https://regrets-addon-bench.a.run.app"
SERVICE_ACCOUNT = "service-123456789012@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
OWNER = "sam.rivera@gmail.com"
NOW = "2026-11-26T09:00:00+07:00"


def trivial_app():
    """The baseline: a Flask app with one JSON handler that reads the JSON body and answers a small JSON card."""
    from flask import Flask, jsonify, request

    app = Flask("trivial")

    @app.post("/on-message")
    def on_message():
        event = request.get_json(force=True, silent=True) or {}
        return jsonify({"action": {"navigations": [{"pushCard": {"header": {"title": str(len(event))}}}]}})

    @app.get("/healthz")
    def healthz():
        return jsonify({"ok": True})

    return app


# ---- processes ---------------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_emulator(mbox: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    code = ("import sys; from datetime import datetime; from gmail.emulator import Emulator; "
            f"e = Emulator([{str(mbox)!r}], me={OWNER!r}, now=datetime.fromisoformat({NOW!r}), port={port}); "
            "print('ready', flush=True); e.serve_forever()")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    url = f"http://127.0.0.1:{port}/"
    wait_http(url + "_emulator/stats", "GET")
    return proc, url


def gunicorn(app: str, port: int, workers: int, env: dict[str, str], chdir: Path = ROOT, threads: int = 1) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "gunicorn", "--chdir", str(chdir), "-w", str(workers), "-b", f"127.0.0.1:{port}",
           "--backlog", "2048", "--log-level", "warning"]
    if threads > 1:
        cmd += ["-k", "gthread", "--threads", str(threads)]
    return subprocess.Popen(cmd + [app], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def wait_http(url: str, method: str = "GET", timeout: float = 60, **kw) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.request(method, url, timeout=2, **kw).status_code < 500:
                return
        except requests.RequestException:  # refused, or accepted by a worker still booting (read timeout)
            time.sleep(0.01)
    raise RuntimeError(f"{url} did not come up")


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def warm(a_url, t_url, threads, n, invite, post, token) -> dict[str, float]:
    tok = token("/on-message")
    bodies = [invite(threads[i % len(threads)]) for i in range(n)]
    for b in bodies[:30]:  # warm-up: imports, certs, connections
        post(a_url, "/on-message", b, tok)
        post(t_url, "/on-message", b, tok)
    lat_a, lat_t, server_a, gmail_a = [], [], [], []
    for b in bodies:  # interleaved, so both see the same machine state
        t0 = time.perf_counter()
        r = post(a_url, "/on-message", b, tok)
        lat_a.append(time.perf_counter() - t0)
        assert r.status_code == 200, r.text
        timing = dict(part.strip().split(";dur=") for part in r.headers["Server-Timing"].split(","))
        server_a.append(float(timing["app"]))
        gmail_a.append(float(timing["gmail"]))
        t0 = time.perf_counter()
        r = post(t_url, "/on-message", b, tok)
        lat_t.append(time.perf_counter() - t0)
        assert r.status_code == 200
    own = [x * 1000 - g for x, g in zip(lat_a, gmail_a, strict=True)]
    return {
        "addon_p50": round(pct(lat_a, 50) * 1000, 2), "addon_p95": round(pct(lat_a, 95) * 1000, 2),
        "trivial_p50": round(pct(lat_t, 50) * 1000, 2), "trivial_p95": round(pct(lat_t, 95) * 1000, 2),
        "ratio_p50": round(pct(lat_a, 50) / pct(lat_t, 50), 2),
        "ratio_p95": round(pct(lat_a, 95) / pct(lat_t, 95), 2),
        "addon_server_timing_p50": round(pct(server_a, 50), 2),
        "addon_server_timing_p95": round(pct(server_a, 95), 2),
        "addon_gmail_wait_p50": round(pct(gmail_a, 50), 2),
        # the add-on's own cost: client-observed latency minus the time it waited for Gmail
        "addon_minus_gmail_p50": round(pct(own, 50), 2),
        "ratio_minus_gmail_p50": round(pct(own, 50) / (pct(lat_t, 50) * 1000), 2),
    }


def gmail_calls(http, emu_url, a_url, threads, invite, post) -> dict[str, object]:
    def calls(fn) -> dict[str, int]:
        http.post(emu_url + "_emulator/reset")
        fn()
        return http.get(emu_url + "_emulator/stats").json()["requests"]

    per_card = [sum(calls(lambda t=t: post(a_url, "/on-message", invite(t))).values()) for t in threads]
    form = {"intent": {"stringInputs": {"value": ["decline"]}}}

    def draft_body(t: str) -> dict:
        ev = invite(t)
        ev["commonEventObject"] = {**ev["commonEventObject"], "formInputs": form,
                                   "parameters": {"threadId": t, "messageId": t}}
        return ev

    per_draft = calls(lambda: post(a_url, "/actions/draft", draft_body(threads[0])))
    repeat = calls(lambda: post(a_url, "/actions/draft", draft_body(threads[0])))
    return {"per_card_max": max(per_card), "per_card_mean": round(statistics.mean(per_card), 2),
            "per_draft": sum(per_draft.values()), "per_draft_methods": per_draft,
            "per_repeated_draft_click": sum(repeat.values())}


# ---- the benchmark -----------------------------------------------------------------------------------------------
def two_instances(http, emu_url, tid, workers, env, invite, token, label) -> dict[str, object]:
    """Two gunicorn instances on one draft record: a 50-click storm split across them, then repeated clicks."""
    import threading

    import requests

    if label == "postgres":  # a clean record for this conversation
        import psycopg

        with psycopg.connect(env["REGRETS_ADDON_DATABASE_URL"], autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS regrets_addon_drafts")
    for d in http.get(emu_url + "gmail/v1/users/me/drafts", headers={"Authorization": "Bearer x"}).json().get("drafts", []):
        http.delete(emu_url + f"gmail/v1/users/me/drafts/{d['id']}", headers={"Authorization": "Bearer x"})
    ports = [free_port(), free_port()]
    procs = [gunicorn("addon.app:create_app()", p, workers, env, threads=2) for p in ports]
    try:
        urls = [f"http://127.0.0.1:{p}" for p in ports]
        for u in urls:
            wait_http(u + "/healthz")
        body = invite(tid)
        body["commonEventObject"]["formInputs"] = {"intent": {"stringInputs": {"value": ["decline"]}}}
        body["commonEventObject"]["parameters"] = {"threadId": tid, "messageId": tid, "mode": "anyway"}
        data, tok = json.dumps(body), token("/actions/draft")
        gate = threading.Barrier(50)

        def click(i: int) -> tuple[str, float]:
            with requests.Session() as s:
                gate.wait(60)
                t0 = time.perf_counter()
                r = s.post(urls[i % 2] + "/actions/draft", data=data, timeout=60,
                           headers={"Authorization": f"Bearer {tok}", "Content-Type": "application/json"})
                ok = r.status_code == 200 and "openCreatedDraftActionMarkup" in r.text
                return ("ok" if ok else f"http {r.status_code}"), time.perf_counter() - t0

        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=50) as pool:
            storm = list(pool.map(click, range(50)))
        wall = time.perf_counter() - t0
        drafts = len(http.get(emu_url + "gmail/v1/users/me/drafts", headers={"Authorization": "Bearer x"})
                     .json().get("drafts", []))
        repeat = [click_once(http, urls[i % 2], data, tok) for i in range(40)]
        return {"clicks": 50, "drafts": drafts, "errors": sum(1 for r, _ in storm if r != "ok"),
                "storm_wall_s": round(wall, 2), "storm_p95_ms": round(pct([d for _, d in storm], 95) * 1000, 1),
                "repeat_click_p50_ms": round(statistics.median(repeat) * 1000, 2), "workers_each": workers}
    finally:
        for p in procs:
            stop(p)


def click_once(http, url: str, data: str, tok: str) -> float:
    t0 = time.perf_counter()
    r = http.post(url + "/actions/draft", data=data, timeout=30,
                  headers={"Authorization": f"Bearer {tok}", "Content-Type": "application/json"})
    assert r.status_code == 200
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=300, help="warm requests per handler")
    ap.add_argument("--concurrent", type=int, default=200)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--database-url", default=None,
                    help="also run section 5 on this PostgreSQL database (its regrets_addon_drafts table is emptied)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    import requests

    from addon.keys import LocalKeyServer

    mbox = ROOT / "addon" / "preview" / "demo_mail.mbox"
    keys = LocalKeyServer().start()
    emu, emu_url = start_emulator(mbox)
    state = tempfile.TemporaryDirectory(prefix="regrets-bench-")
    env = {**os.environ, "REGRETS_ADDON_BASE_URL": BASE_URL, "REGRETS_ADDON_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
           "REGRETS_GOOGLE_CERTS_URL": keys.certs_url, "REGRETS_GMAIL_API_ROOT": emu_url,
           "REGRETS_ADDON_STATE_DIR": state.name, "PYTHONDONTWRITEBYTECODE": "1"}
    http = requests.Session()
    out: dict[str, object] = {}
    try:
        threads = [t["id"] for t in http.get(emu_url + "gmail/v1/users/me/threads",
                                             headers={"Authorization": "Bearer x"}).json()["threads"]]
        invite = lambda tid: {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB",  # noqa: E731
                                                    "timeZone": {"id": "Europe/Vienna", "offset": 3600000}},
                              "authorizationEventObject": {"userOAuthToken": "ya29.bench"},
                              "gmail": {"threadId": tid, "messageId": tid, "accessToken": "bench-access"}}

        def token(path: str) -> str:
            return keys.mint(BASE_URL + path, SERVICE_ACCOUNT)

        def post(url: str, path: str, body: dict, tok: str | None = None) -> requests.Response:
            return http.post(url + path, data=json.dumps(body),
                             headers={"Authorization": f"Bearer {tok or token(path)}",
                                      "Content-Type": "application/json"}, timeout=30)

        # 1. cold start (gunicorn, 1 worker): process start -> first answer
        cold_addon, cold_trivial = [], []
        for _ in range(args.cold_runs):
            for app, chdir, bucket in (("addon.app:create_app()", ROOT, cold_addon),
                                       ("bench_addon:trivial_app()", ROOT / "bench", cold_trivial)):
                port = free_port()
                body = json.dumps(invite(threads[0]))
                tok = token("/on-message")
                t0 = time.perf_counter()
                proc = gunicorn(app, port, 1, env, chdir)
                try:
                    while True:
                        try:
                            r = requests.post(f"http://127.0.0.1:{port}/on-message", data=body, timeout=30,
                                              headers={"Authorization": f"Bearer {tok}",
                                                       "Content-Type": "application/json"})
                            if r.status_code == 200:
                                break
                        except requests.ConnectionError:
                            time.sleep(0.005)
                    bucket.append(time.perf_counter() - t0)
                finally:
                    stop(proc)
        out["cold_start_s"] = {"addon": round(statistics.median(cold_addon), 3),
                               "trivial": round(statistics.median(cold_trivial), 3),
                               "ratio": round(statistics.median(cold_addon) / statistics.median(cold_trivial), 2)}

        # 2 + 3. warm latency and Gmail calls (1 worker each, sequential client); the add-on with its card cache
        # (repeat opens of a conversation Gmail returns unchanged skip the analysis) and without it
        out["warm_ms"] = {}
        for label, cache_size in (("cache_on", "512"), ("cache_off", "0")):
            a_port, t_port = free_port(), free_port()
            addon_proc = gunicorn("addon.app:create_app()", a_port, 1, {**env, "REGRETS_ADDON_CARD_CACHE": cache_size})
            trivial_proc = gunicorn("bench_addon:trivial_app()", t_port, 1, env, ROOT / "bench")
            a_url, t_url = f"http://127.0.0.1:{a_port}", f"http://127.0.0.1:{t_port}"
            try:
                wait_http(a_url + "/healthz")
                wait_http(t_url + "/healthz")
                out["warm_ms"][label] = warm(a_url, t_url, threads, args.requests, invite, post, token)
                if label == "cache_on":
                    out["gmail_calls"] = gmail_calls(http, emu_url, a_url, threads, invite, post)
            finally:
                stop(addon_proc)
                stop(trivial_proc)

        # 4. concurrency: N simultaneous requests, several workers
        port = free_port()
        proc = gunicorn("addon.app:create_app()", port, args.workers, env, threads=4)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_http(url + "/healthz")
            tok = token("/on-message")
            bodies = [json.dumps(invite(threads[i % len(threads)])) for i in range(args.concurrent)]

            def one(body: str) -> str:
                try:
                    r = requests.post(url + "/on-message", data=body, timeout=60,
                                      headers={"Authorization": f"Bearer {tok}", "Content-Type": "application/json"})
                    if r.status_code != 200:
                        return f"http {r.status_code}"
                    name = r.json()["action"]["navigations"][0]["pushCard"]["name"]
                    return "error card" if name.startswith("regrets-error") else "ok"
                except Exception as exc:  # noqa: BLE001 - counted and reported
                    return type(exc).__name__

            t0 = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.concurrent) as pool:
                results = list(pool.map(one, bodies))
            elapsed = time.perf_counter() - t0
            errors = [r for r in results if r != "ok"]
            out["concurrent"] = {"requests": args.concurrent, "workers": args.workers, "threads_per_worker": 4,
                                 "errors": len(errors), "error_kinds": sorted(set(errors)),
                                 "wall_s": round(elapsed, 2), "req_per_s": round(args.concurrent / elapsed, 1)}
        finally:
            stop(proc)

        # 5. two instances on one draft record
        out["instances"] = {}
        records = {"sqlite": {"REGRETS_ADDON_STATE_DIR": tempfile.mkdtemp(prefix="regrets-bench-shared-")}}
        if args.database_url:
            records["postgres"] = {"REGRETS_ADDON_DATABASE_URL": args.database_url}
        for label, record_env in records.items():
            out["instances"][label] = two_instances(http, emu_url, threads[0], args.workers,
                                                    {**env, **record_env}, invite, token, label)
    finally:
        stop(emu)
        keys.stop()
        state.cleanup()

    if args.json:
        print(json.dumps(out, indent=2))
        return
    c, g, k = out["cold_start_s"], out["gmail_calls"], out["concurrent"]
    print(f"cold start (process start -> first answer, gunicorn 1 worker, median of {args.cold_runs}):")
    print(f"  add-on /on-message {c['addon']:.3f} s   trivial Flask {c['trivial']:.3f} s   ratio {c['ratio']}x")
    for label, w in out["warm_ms"].items():
        print(f"warm /on-message over HTTP, card cache {label[6:]} ({args.requests} requests over "
              f"{len(threads)} conversations, emulator with 0 ms latency):")
        print(f"  add-on  p50 {w['addon_p50']} ms  p95 {w['addon_p95']} ms   (inside the app: p50 "
              f"{w['addon_server_timing_p50']} ms, p95 {w['addon_server_timing_p95']} ms)")
        print(f"  trivial p50 {w['trivial_p50']} ms  p95 {w['trivial_p95']} ms")
        print(f"  ratio   p50 {w['ratio_p50']}x  p95 {w['ratio_p95']}x   (target p50 <= 2x)")
        print(f"  of which waiting for the Gmail emulator: p50 {w['addon_gmail_wait_p50']} ms; add-on without that "
              f"wait: p50 {w['addon_minus_gmail_p50']} ms = {w['ratio_minus_gmail_p50']}x trivial")
    print(f"Gmail calls: per card {g['per_card_max']} (target 1), per draft {g['per_draft']} {g['per_draft_methods']} "
          f"(target 2), repeated draft click {g['per_repeated_draft_click']}")
    print(f"{k['requests']} concurrent requests, gunicorn {k['workers']} workers x {k['threads_per_worker']} threads: "
          f"{k['errors']} errors {k['error_kinds'] or ''} in {k['wall_s']} s ({k['req_per_s']} req/s)")
    for label, i in out["instances"].items():
        print(f"two instances x {i['workers_each']} workers on one {label} draft record: {i['clicks']} simultaneous "
              f"Draft clicks -> {i['drafts']} draft(s) (target 1), {i['errors']} errors, storm p95 "
              f"{i['storm_p95_ms']} ms; repeated click p50 {i['repeat_click_p50_ms']} ms")


if __name__ == "__main__":
    main()
