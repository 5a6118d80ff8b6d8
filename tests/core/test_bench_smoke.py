"""The benchmarks stay runnable: the analyze benchmark's measured workload runs on a small mailbox (the
benchmark calls the core in-process, so a change to the pipeline's API must keep it working)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_analyze_benchmark_workload_runs():
    res = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_analyze.py"), "--child", "regrets",
                          str(ROOT / "examples" / "inbox.mbox")], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    figures = json.loads(res.stdout.strip().splitlines()[-1])
    assert figures["seconds"] > 0 and figures["maxrss_mb"] > 0
