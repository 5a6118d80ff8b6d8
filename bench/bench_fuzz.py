#!/usr/bin/env python3
"""Fuzz campaign: hostile and pathological mail through `regrets analyze` and `regrets draft`.

    python bench/bench_fuzz.py                          # 20,000 through analyze, 1,000 through draft, seed 2026
    python bench/bench_fuzz.py --analyze 2000 --draft 100 --budget 600   # a shorter run
    python bench/bench_fuzz.py --show 1234              # write case 1234 to ./fuzz-1234.eml (or .mbox) to replay it
    python bench/bench_fuzz.py --linearity-only         # only the growth check

What is sent (bench/fuzzmail.py, deterministic per seed and index): truncation, odd and bogus charsets, broken
MIME boundaries, 100- to 1,000-deep multipart nesting, giant headers (1 MB subjects, 100k References, 50k
headers), giant lines (up to 5 MB without a line break), NUL bytes, bogus .ics (VTIMEZONE rules SECONDLY/MINUTELY
from 1600, RRULE COUNT=10^9, thousands of events, RDATE lists, bad and huge TZIDs), dates in year 0 / 9999 / with
20 digits, RFC 2047 bombs (thousands of encoded words, nested, broken base64, odd charsets), long runs of weekday
names and of dates, tab/newline and blank-line runs, HTML bodies of divs up to 16 MB (flat, nested, unclosed),
many and huge character references, and mbox threads with the owner's reply; 15 % get a generic mutation on top.

How: each batch (default 500 messages) runs in a fresh child process, which writes every message to a file and
runs the real click command in-process on it (`regrets analyze --json --me ... --now ... FILE`, or `regrets draft
... --force --out DIR FILE`), timing it. Reported per campaign:
- tracebacks: an exception escaping the command (what a user would see), grouped by type and place;
- internal errors: an exception the batch's last-resort guards caught ("could not analyse", "could not be read"):
  no traceback for the user, but a bug;
- hangs: a message still running after --hang seconds (stopped by an alarm in the child);
- slow: messages over 2 s (goal: none), with the slowest;
- peak RSS per batch (VmHWM of the child, reset before each case so the generator's own copy of a message is
  not counted; goal <= 300 MB), the child's address space capped at --max-memory MB
  so that a runaway message fails as MemoryError instead of taking the machine down;
- linearity: for each growth class, seconds per MB of `analyze` at sizes from 16 KB to 4 MB (goal: the per-byte
  cost never grows with the size).
The figures of a full run are in README.md (Benchmarks).
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import resource
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fuzzmail  # noqa: E402
from benchutil import peak_rss_mb  # noqa: E402

SLOW_S = 2.0
RSS_GOAL_MB = 300


class Hang(BaseException):
    """Raised by the alarm; a BaseException so that no `except Exception` guard in regrets swallows it."""


def _alarm(signum, frame):
    raise Hang()


def reset_peak_rss() -> bool:
    """Start a new high-water mark (Linux: writing 5 to /proc/self/clear_refs resets VmHWM), so that a case's peak
    is what regrets used on it, not what the generator used to build it. False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def run_one(cli, mode: str, path: Path, out_dir: Path, hang_s: float) -> tuple[str, str, float]:
    """Run one command on one file in this process: (outcome, detail, seconds). Outcomes: ok, traceback, internal,
    hang. 'internal' is a warning from a last-resort guard, 'ok' includes messages reported as malformed."""
    args = (["analyze", "--json"] if mode == "analyze" else ["draft", "--force", "--out", str(out_dir)])
    args += ["--me", fuzzmail.OWNER, "--now", fuzzmail.NOW, str(path)]
    out, err = io.StringIO(), io.StringIO()
    signal.setitimer(signal.ITIMER_REAL, hang_s)
    t0 = time.perf_counter()
    outcome, detail = "ok", ""
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                cli.main(args=args, prog_name="regrets", standalone_mode=True)
            except SystemExit:
                pass
    except Hang:
        outcome, detail = "hang", f"still running after {hang_s:.0f}s"
    except BaseException as exc:  # noqa: BLE001 - this is what the campaign looks for
        tb = traceback.extract_tb(exc.__traceback__)
        where = next((f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(tb)
                      if "/regrets/" in f.filename.replace("\\", "/")), f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?")
        outcome, detail = "traceback", f"{exc.__class__.__name__} at {where}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    secs = time.perf_counter() - t0
    if outcome == "ok":
        guarded = [ln for ln in err.getvalue().splitlines() if "could not analyse" in ln or "could not be read" in ln]
        if guarded:
            line = guarded[0]
            outcome, detail = "internal", line[line.find("could not"):][:200]  # without the temporary path
    return outcome, detail, secs


def child(mode: str, seed: int, start: int, stop: int, hang_s: float) -> None:
    """Run cases [start, stop) and print one JSON line per case, then the batch's peak RSS."""
    from regrets.cli import cli

    signal.signal(signal.SIGALRM, _alarm)
    batch_peak = 0.0  # the highest peak of regrets on one case (the high-water mark is reset before each case)
    with tempfile.TemporaryDirectory(prefix="regrets-fuzz-") as tmp:
        folder = Path(tmp)
        for i in range(start, stop):
            c = fuzzmail.case(seed, i)
            print(json.dumps({"start": i}), flush=True)
            path = folder / f"case-{i}{c.suffix}"
            path.write_bytes(fuzzmail.as_file_bytes(c))
            meta = {"i": i, "class": c.klass, "mutation": c.mutation, "bytes": len(c.data)}
            del c  # the generator's copy of the message is not regrets' memory
            gc.collect()
            reset = reset_peak_rss()
            out_dir = folder / "drafts"
            outcome, detail, secs = run_one(cli, mode, path, out_dir, hang_s)
            path.unlink()
            for f in out_dir.glob("*") if out_dir.exists() else ():
                f.unlink()
            rss = peak_rss_mb()
            batch_peak = max(batch_peak, rss) if reset else rss
            print(json.dumps({**meta, "seconds": secs, "outcome": outcome, "detail": detail, "rss_mb": rss}), flush=True)
    print(json.dumps({"done": True, "rss_mb": batch_peak}), flush=True)


def _limit_memory(mb: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (mb * 2 ** 20, mb * 2 ** 20))
    return apply


def campaign(mode: str, seed: int, total: int, batch: int, hang_s: float, max_mb: int, deadline: float,
             log=sys.stderr, first: int = 0) -> dict:
    """Run cases [first, first + total) in batches of fresh child processes; returns the findings."""
    results: list[dict] = []
    batches: list[dict] = []
    i = first
    total += first
    while i < total and time.monotonic() < deadline:
        stop = min(total, i + batch)
        proc = subprocess.Popen([sys.executable, __file__, "--child", mode, str(seed), str(i), str(stop), str(hang_s)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                preexec_fn=_limit_memory(max_mb))
        current, rss = None, None
        for line in proc.stdout:
            rec = json.loads(line)
            if "start" in rec:
                current = rec["start"]
            elif "done" in rec:
                rss = rec["rss_mb"]
            else:
                results.append(rec)
                current = None
        proc.wait()
        if current is not None:  # the child died on this message (killed, out of memory in C, crashed)
            c = fuzzmail.case(seed, current)
            results.append({"i": current, "class": c.klass, "mutation": c.mutation, "bytes": len(c.data), "seconds": 0.0,
                            "outcome": "traceback", "detail": f"child process died (exit {proc.returncode})"})
            stop = current + 1
        batches.append({"start": i, "stop": stop, "rss_mb": rss})
        done = [r for r in results if r["i"] >= i]
        bad = sum(r["outcome"] != "ok" for r in done)
        print(f"  {mode} {i:>6}-{stop - 1:<6} peak RSS {rss if rss is not None else float('nan'):6.0f} MB, "
              f"max {max((r['seconds'] for r in done), default=0):5.2f} s, {bad} finding(s)", file=log, flush=True)
        i = stop
    return {"mode": mode, "results": results, "batches": batches}


def summarise(run: dict) -> dict:
    res = run["results"]
    by = Counter(r["outcome"] for r in res)
    slow = sorted((r for r in res if r["seconds"] > SLOW_S), key=lambda r: -r["seconds"])
    groups: dict[str, list[int]] = defaultdict(list)
    for r in res:
        if r["outcome"] != "ok":
            groups[f"{r['outcome']}: {r['detail']}"].append(r["i"])
    rss = [b["rss_mb"] for b in run["batches"] if b["rss_mb"] is not None]
    # the messages that raised their batch's high-water mark above the goal
    heavy = []
    starts = {b["start"] for b in run["batches"]}
    prev = 0.0
    for r in sorted(res, key=lambda r: r["i"]):
        if r["i"] in starts:
            prev = 0.0  # a new child process
        if r.get("rss_mb") is not None:
            if r["rss_mb"] > RSS_GOAL_MB and r["rss_mb"] > prev:
                heavy.append({k: r[k] for k in ("i", "class", "mutation", "bytes", "rss_mb")})
            prev = max(prev, r["rss_mb"])
    per_class: dict[str, list[float]] = defaultdict(list)
    for r in res:
        per_class[r["class"]].append(r["seconds"])
    return {
        "mode": run["mode"], "messages": len(res), "tracebacks": by["traceback"], "internal": by["internal"],
        "hangs": by["hang"], "slow": len(slow), "max_seconds": max((r["seconds"] for r in res), default=0.0),
        "slowest": [{k: r[k] for k in ("i", "class", "mutation", "bytes", "seconds")} for r in slow[:10]],
        "findings": {k: v[:10] for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))},
        "finding_counts": {k: len(v) for k, v in groups.items()},
        "peak_rss_mb": max(rss, default=None), "batches": len(run["batches"]), "heavy": heavy[:10],
        "class_max_seconds": {k: round(max(v), 3) for k, v in sorted(per_class.items())},
    }


def linearity(sizes: list[int], classes: list[str]) -> list[dict]:
    """Seconds per MB of `regrets analyze` for each growth class at each size (in-process, best of 2)."""
    from regrets.cli import cli

    rows = []
    with tempfile.TemporaryDirectory(prefix="regrets-grow-") as tmp:
        for klass in classes:
            row = {"class": klass, "per_mb": {}}
            for size in sizes:
                data = fuzzmail.grow(klass, size)
                path = Path(tmp) / f"{klass}-{size}.eml"
                path.write_bytes(data)
                best = min(run_one(cli, "analyze", path, Path(tmp), 600)[2] for _ in range(2))
                row["per_mb"][size] = best / (len(data) / 2 ** 20)
                row.setdefault("seconds", {})[size] = best
            first, last = row["per_mb"][sizes[0]], row["per_mb"][sizes[-1]]
            row["growth"] = last / first if first else float("inf")
            rows.append(row)
            print(f"  {klass:<14} " + "  ".join(f"{s // 1024:>5} KB {row['seconds'][s]:6.3f}s ({row['per_mb'][s]:6.2f} s/MB)"
                                                for s in sizes) + f"   per-byte x{row['growth']:.2f}", file=sys.stderr, flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--analyze", type=int, default=20_000, help="messages through `regrets analyze` (default 20000)")
    ap.add_argument("--draft", type=int, default=1_000, help="messages through `regrets draft` (default 1000)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--batch", type=int, default=500, help="messages per child process (default 500)")
    ap.add_argument("--first", type=int, default=0, help="index of the first message (to replay a stretch)")
    ap.add_argument("--hang", type=float, default=60.0, help="seconds after which a message counts as a hang (default 60)")
    ap.add_argument("--max-memory", type=int, default=2048, help="address-space cap of a child, MB (default 2048)")
    ap.add_argument("--budget", type=float, default=4 * 3600, help="stop starting batches after this many seconds")
    ap.add_argument("--sizes", default="16384,65536,262144,1048576,4194304", help="linearity sizes in bytes")
    ap.add_argument("--linearity-only", action="store_true")
    ap.add_argument("--no-linearity", action="store_true")
    ap.add_argument("--json", metavar="FILE", help="also write the full summary as JSON")
    ap.add_argument("--show", type=int, metavar="I", help="write case I to ./fuzz-I.eml|.mbox and exit")
    ap.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        mode, seed, start, stop, hang = args.child
        child(mode, int(seed), int(start), int(stop), float(hang))
        return
    if args.show is not None:
        c = fuzzmail.case(args.seed, args.show)
        path = Path(f"fuzz-{args.show}{c.suffix}")
        path.write_bytes(fuzzmail.as_file_bytes(c))
        print(f"{path}: class {c.klass}{' + ' + c.mutation if c.mutation else ''}, {len(c.data):,} bytes")
        return

    t0 = time.monotonic()
    deadline = t0 + args.budget
    summary: dict = {"seed": args.seed, "runs": []}
    if not args.linearity_only:
        for mode, n in (("analyze", args.analyze), ("draft", args.draft)):
            if n:
                print(f"{mode}: {n} messages, batches of {args.batch}", file=sys.stderr, flush=True)
                summary["runs"].append(summarise(campaign(mode, args.seed, n, args.batch, args.hang, args.max_memory, deadline,
                                                          first=args.first)))
    if not args.no_linearity:
        print("linearity (regrets analyze, seconds per MB of message):", file=sys.stderr, flush=True)
        sizes = [int(s) for s in args.sizes.split(",")]
        summary["linearity"] = linearity(sizes, fuzzmail.GROWTH_CLASSES)
    summary["wall_seconds"] = time.monotonic() - t0

    print()
    for s in summary["runs"]:
        rss = s["peak_rss_mb"]
        print(f"{s['mode']}: {s['messages']} messages in {s['batches']} batches | tracebacks {s['tracebacks']} | internal "
              f"errors {s['internal']} | hangs {s['hangs']} | over {SLOW_S:.0f} s: {s['slow']} (max {s['max_seconds']:.2f} s) | "
              f"peak RSS per batch {rss if rss is not None else float('nan'):.0f} MB (goal <= {RSS_GOAL_MB})")
        for k, v in s["findings"].items():
            print(f"    {s['finding_counts'][k]:>5} x {k}   e.g. cases {v[:5]}")
        for r in s["heavy"][:5]:
            print(f"    memory: case {r['i']} {r['class']}{'+' + r['mutation'] if r['mutation'] else ''} {r['bytes']:,} bytes "
                  f"raised the peak to {r['rss_mb']:.0f} MB")
        for r in s["slowest"][:5]:
            print(f"    slow: case {r['i']} {r['class']}{'+' + r['mutation'] if r['mutation'] else ''} {r['bytes']:,} bytes "
                  f"{r['seconds']:.2f} s")
    if summary.get("linearity"):
        worst = max(summary["linearity"], key=lambda r: r["growth"])
        print(f"linearity: worst per-byte growth x{worst['growth']:.2f} ({worst['class']}) from "
              f"{min(worst['per_mb']) // 1024} KB to {max(worst['per_mb']) // 1024} KB")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1, default=str))
    ok = all(s["tracebacks"] == s["internal"] == s["hangs"] == s["slow"] == 0 and (s["peak_rss_mb"] or 0) <= RSS_GOAL_MB
             for s in summary["runs"])
    print("goals met" if ok else "goals NOT met")


if __name__ == "__main__":
    main()
