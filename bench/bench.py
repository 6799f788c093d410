"""Benchmark claimcheck: start-up, throughput, scaling with input size, and batch speed-up.

    python bench/bench.py            # the full run (a few minutes), figures for the README
    python bench/bench.py --quick    # a smoke run of every section (seconds)

Timing: start-up figures are medians of interleaved runs (as the targets ask); throughput is a
sustained rate; scaling and batch figures are the best of several runs, since on a shared machine
other work only ever adds time. Uses only the standard library and claimcheck, run with the Python
of the environment claimcheck is installed in (its `claimcheck` console script is found next to
that Python). Prints a table and writes JSON (bench/results/latest.json unless --output says otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLE = HERE / "article.txt"
FLOOR = "import click, rich, pydantic, rapidfuzz"
KB = 1000

TARGETS = {
    "startup_text_ratio": 1.2,  # <= x the import floor
    "startup_json_ratio": 1.0,  # < the import floor
    "articles_per_second": 500,  # >= on one core
    "growth_ratio": 1.1 * 100,  # 10 MB time <= 1.1 x 100 x the 100 KB time
    "peak_rss_mb": 200,  # <= at 10 MB
    "batch_speedup": 1.7,  # --jobs 2 vs --jobs 1, >=
}


def claimcheck_script() -> str:
    """The console script installed beside this Python (the environment being measured)."""
    here = Path(sys.executable).parent / ("claimcheck.exe" if os.name == "nt" else "claimcheck")
    found = str(here) if here.exists() else shutil.which("claimcheck")
    if not found:
        sys.exit("bench: the claimcheck console script is not installed in this environment")
    return found


def corpus() -> list[str]:
    """The example articles and the benchmark article: what the throughput loop cycles through."""
    texts = [ARTICLE.read_text(encoding="utf-8")]
    examples = ROOT / "examples"
    if examples.is_dir():
        for path in sorted(examples.rglob("*")):
            if path.suffix in (".txt", ".md", ".html") and path.is_file():
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def wall(cmd: list[str], ok: tuple[int, ...] = (0, 1)) -> float:
    """Seconds one command takes, output discarded."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode not in ok:
        sys.exit(f"bench: {' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return seconds


def medians(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command, runs interleaved so that machine noise hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, cmd in commands.items():  # one warm-up each: disk cache, .pyc files
        wall(cmd)
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(wall(cmd))
    return {name: statistics.median(ts) for name, ts in times.items()}


# --- (a) start-up -------------------------------------------------------------------------------


def bench_startup(runs: int) -> dict[str, object]:
    script = claimcheck_script()
    med = medians(
        {
            "floor": [sys.executable, "-c", FLOOR],
            "text": [script, str(ARTICLE)],
            "json": [script, "--format", "json", str(ARTICLE)],
        },
        runs,
    )
    return {
        "runs": runs,
        "floor_command": f"python -c {FLOOR!r}",
        "floor_ms": round(med["floor"] * 1000, 1),
        "text_ms": round(med["text"] * 1000, 1),
        "json_ms": round(med["json"] * 1000, 1),
        "text_ratio": round(med["text"] / med["floor"], 2),
        "json_ratio": round(med["json"] / med["floor"], 2),
    }


# --- (b) throughput ------------------------------------------------------------------------------


def bench_throughput(seconds: float) -> dict[str, object]:
    import claimcheck

    texts = corpus()
    trial = claimcheck.load_trial()
    for text in texts:  # warm-up: caches, compiled vocabularies
        claimcheck.check_text(text, trial)
    n = 0
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for text in texts:
            claimcheck.check_text(text, trial)
        n += len(texts)
    words = sum(len(t.split()) for t in texts) / len(texts)
    return {
        "corpus_articles": len(texts),
        "mean_words": round(words),
        "articles": n,
        "seconds": round(elapsed, 3),
        "articles_per_second": round(n / elapsed, 1),
    }


# --- (c) scaling with input size ------------------------------------------------------------------

_SIZE_CHILD = r"""
import json, resource, statistics, sys, time
import claimcheck
from claimcheck.render import Format, render

size, article, budget = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
unit = open(article, encoding="utf-8").read()
text = (unit * (size // len(unit) + 1))[:size]
trial = claimcheck.load_trial()
render(Format.JSON, [claimcheck.check_text(unit, trial)])  # warm-up
def rss():
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB on Linux
before = rss()
times = []
while (len(times) < 3 and sum(times) < 30) or (sum(times) < budget and len(times) < 50):
    start = time.perf_counter()
    render(Format.JSON, [claimcheck.check_text(text, trial)])
    times.append(time.perf_counter() - start)
print(json.dumps({"seconds": min(times), "median_seconds": statistics.median(times), "repeats": len(times),
                  "baseline_rss_mb": round(before, 1), "peak_rss_mb": round(rss(), 1)}))
"""


def bench_scaling(sizes: list[int], budget: float) -> dict[str, object]:
    rows = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, "-c", _SIZE_CHILD, str(size), str(ARTICLE), str(budget)],
            capture_output=True, text=True, check=False,
        )
        if out.returncode:
            sys.exit(f"bench: the {size}-byte run failed: {out.stderr[-500:]}")
        row = {"bytes": size, **json.loads(out.stdout)}
        row["seconds"], row["median_seconds"] = round(row["seconds"], 6), round(row["median_seconds"], 6)
        rows.append(row)
    big, small = rows[-1], next(r for r in rows if r["bytes"] * 100 == rows[-1]["bytes"])
    return {
        "what": "check_text + JSON render, best of at least 3 runs in a fresh process per size; "
                "peak RSS of that process",
        "sizes": rows,
        "growth": f"{big['bytes'] // KB} KB vs {small['bytes'] // KB} KB",
        "growth_ratio": round(big["seconds"] / small["seconds"], 1),
        "peak_rss_mb": big["peak_rss_mb"],
    }


# --- (d) batch speed-up ----------------------------------------------------------------------------


def _burn(seconds: float) -> float:
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass
    return time.process_time() - start


def cores_available(seconds: float) -> float:
    """How many cores two CPU-bound processes actually get right now (2.0 on an idle 2-core box)."""
    import multiprocessing

    with multiprocessing.Pool(2) as pool:
        pool.map(_burn, [0.01, 0.01])  # workers started
        start = time.perf_counter()
        cpu = sum(pool.map(_burn, [seconds, seconds], chunksize=1))
        return cpu / (time.perf_counter() - start)


def bench_batch(records: int, runs: int) -> dict[str, object]:
    import resource

    script = claimcheck_script()
    texts = corpus()
    walls: dict[int, list[float]] = {1: [], 2: []}
    cpus: dict[int, list[float]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        with batch.open("w", encoding="utf-8") as f:
            for i in range(records):
                f.write(json.dumps({"id": i, "text": texts[i % len(texts)]}) + "\n")
        base = [script, "--input-format", "jsonl", str(batch), "-o", str(Path(tmp) / "out.jsonl")]
        for _ in range(runs):
            for jobs in (1, 2):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)  # includes the pool workers
                walls[jobs].append(wall([*base, "--jobs", str(jobs)]))
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus[jobs].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    # Best of the runs: on a shared machine, other work only ever adds time.
    best = {jobs: min(ts) for jobs, ts in walls.items()}
    cpu = {jobs: statistics.median(ts) for jobs, ts in cpus.items()}
    return {
        "records": records,
        "runs": runs,
        "cpu_count": os.cpu_count(),
        "cores_available": round(cores_available(0.3 if runs == 1 else 1.0), 2),
        "jobs1_seconds": round(best[1], 3),
        "jobs2_seconds": round(best[2], 3),
        "jobs1_records_per_second": round(records / best[1], 1),
        "jobs2_records_per_second": round(records / best[2], 1),
        "jobs1_cpu_seconds": round(cpu[1], 3),
        "jobs2_cpu_seconds": round(cpu[2], 3),
        "jobs2_cores_used": round(cpu[2] / statistics.median(walls[2]), 2),
        "speedup": round(best[1] / best[2], 2),
    }


# --- report -----------------------------------------------------------------------------------------


def verdicts(results: dict[str, dict[str, object]]) -> list[tuple[str, str, str, bool]]:
    """(measure, value, target, met) rows for the table and the JSON."""
    s, t, c, b = (results[k] for k in ("startup", "throughput", "scaling", "batch"))
    num: Callable[[object], float] = lambda v: float(v)
    return [
        ("(a) claimcheck FILE, text / import floor", f"{s['text_ratio']}x ({s['text_ms']} ms)",
         f"<= {TARGETS['startup_text_ratio']}x ({s['floor_ms']} ms)",
         num(s["text_ratio"]) <= TARGETS["startup_text_ratio"]),
        ("(a) claimcheck --format json / import floor", f"{s['json_ratio']}x ({s['json_ms']} ms)",
         f"< {TARGETS['startup_json_ratio']}x", num(s["json_ratio"]) < TARGETS["startup_json_ratio"]),
        ("(b) check_text, one core", f"{t['articles_per_second']} articles/s",
         f">= {TARGETS['articles_per_second']}",
         num(t["articles_per_second"]) >= TARGETS["articles_per_second"]),
        (f"(c) growth, {c['growth']}", f"{c['growth_ratio']}x", f"<= {TARGETS['growth_ratio']:.0f}x",
         num(c["growth_ratio"]) <= TARGETS["growth_ratio"]),
        ("(c) peak memory, largest input", f"{c['peak_rss_mb']} MB", f"<= {TARGETS['peak_rss_mb']} MB",
         num(c["peak_rss_mb"]) <= TARGETS["peak_rss_mb"]),
        ("(d) batch --jobs 2 vs --jobs 1, best of runs", f"{b['speedup']}x", f">= {TARGETS['batch_speedup']}x",
         num(b["speedup"]) >= TARGETS["batch_speedup"]),
    ]


def table(rows: list[tuple[str, str, str, bool]], results: dict[str, dict[str, object]]) -> str:
    lines = [f"{'measure':<46} {'value':<22} {'target':<20} met"]
    lines += [f"{m:<46} {v:<22} {t:<20} {'yes' if ok else 'NO'}" for m, v, t, ok in rows]
    lines.append("")
    lines.append(f"{'input':>10} {'seconds':>10} {'peak RSS MB':>12}")
    for row in results["scaling"]["sizes"]:  # type: ignore[union-attr]
        lines.append(f"{row['bytes'] // KB:>7} KB {row['seconds']:>10.4f} {row['peak_rss_mb']:>12}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="A fast smoke run of every section.")
    parser.add_argument("--output", type=Path, default=HERE / "results" / "latest.json",
                        help="Where to write the JSON results.")
    args = parser.parse_args(argv)
    quick = args.quick

    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    results: dict[str, dict[str, object]] = {}
    results["startup"] = bench_startup(runs=3 if quick else 15)
    results["throughput"] = bench_throughput(seconds=0.3 if quick else 3.0)
    sizes = [1 * KB, 10 * KB, 100 * KB] if quick else [10 * KB, 100 * KB, 1000 * KB, 10000 * KB]
    results["scaling"] = bench_scaling(sizes, budget=0.2 if quick else 1.0)
    # Enough records for several seconds at --jobs 1, so that start-up does not decide the ratio.
    per_second = float(results["throughput"]["articles_per_second"])  # type: ignore[arg-type]
    records = 40 if quick else min(100_000, max(200, int(per_second * 10)))
    results["batch"] = bench_batch(records=records, runs=1 if quick else 3)
    rows = verdicts(results)

    import claimcheck

    payload = {
        "meta": {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "quick": quick,
            "claimcheck": claimcheck.__version__,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpu_count": os.cpu_count(),
            "load_average_before": load,
            "load_average_after": os.getloadavg() if load else None,
        },
        **results,
        "targets": [{"measure": m, "value": v, "target": t, "met": ok} for m, v, t, ok in rows],
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(table(rows, results))
    free = float(results["batch"]["cores_available"])  # type: ignore[arg-type]
    if free < 1.8:
        print(f"\n(d) two CPU-bound processes got {free} cores here just now (other work on the machine),"
              " so the --jobs 2 speed-up cannot reach 1.7x whatever claimcheck does")
    if load:
        after = payload["meta"]["load_average_after"]  # type: ignore[index]
        print(f"\nload average (1 min) before {load[0]:.2f}, after {after[0]:.2f} on {os.cpu_count()} cores")
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
