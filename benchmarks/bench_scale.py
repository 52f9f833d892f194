"""Benchmark: the pandas path against the Dask path on corpora 1x, 4x and 16x the dev corpus.

    .venv/bin/python benchmarks/bench_scale.py [--factors 1 4 16] [--command words]
                                               [--workers 2] [--memory-limit 2GB] [--repeat 1]

Corpora are made by recombining the dev corpus' paragraphs into new articles
(:func:`_shared.recombined_corpus`, seeded) and written once as JSON Lines
under ``$TMPDIR/akhbar-scale/``. Each path runs as a user would run it, as a
command: ``akhbar words FILE`` and ``akhbar words FILE --engine dask
--workers 2``. Printed per corpus and path: wall time, time per million
characters of body text, and the peak memory of the whole process tree
(the command and every process it started — scheduler, nannies, workers —
summed, sampled every 0.2 s with psutil), and whether the two outputs are
byte-identical. The pandas path is skipped (and said so) where the machine
has not twice its expected memory free.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import ROOT, recombined_corpus, require

FOLDER = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "akhbar-scale"
AKHBAR = [sys.executable, "-m", "akhbar"]
# Memory the pandas path needs per million characters of body text (README: ~9 GB per G).
PANDAS_BYTES_PER_CHAR = 11


def corpus_file(factor: float) -> tuple[Path, int]:
    """The recombined corpus as JSON Lines (made once), and its characters of body text."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    path, info = FOLDER / f"recombined-{factor:g}x.jsonl", FOLDER / f"recombined-{factor:g}x.json"
    if not info.exists():
        corpus = recombined_corpus(factor, seed=0)
        corpus["published"] = corpus["published"].dt.strftime("%Y-%m-%d %H:%M:%S")
        with open(path, "w", encoding="utf-8") as file:
            file.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in corpus.to_dict("records"))
        info.write_text(json.dumps({"articles": len(corpus),
                                    "characters": int(corpus["body"].str.len().sum())}))
    return path, json.loads(info.read_text())["characters"]


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run(command: list[str], out: Path) -> tuple[float, int, int]:
    """Wall seconds, peak memory of the process tree, exit status."""
    start = time.perf_counter()
    with open(out, "wb") as stdout:
        child = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL, cwd=ROOT)
        process, peak = psutil.Process(child.pid), 0
        while child.poll() is None:
            peak = max(peak, _tree_rss(process))
            time.sleep(0.2)
    return time.perf_counter() - start, peak, child.returncode


def bench(factor: float, args) -> list[dict]:
    path, chars = corpus_file(factor)
    base = [*AKHBAR, args.command, str(path), "--format", "csv"]
    if args.command == "words":
        base += ["--top", str(10**9)]
    runs = {"pandas": base,
            "dask": [*base, "--engine", "dask", "--workers", str(args.workers),
                     "--memory-limit", args.memory_limit]}
    free = psutil.virtual_memory().available
    rows = []
    for name, command in runs.items():
        if name == "pandas" and free < 2 * PANDAS_BYTES_PER_CHAR * chars:
            print(f"  {factor:g}x pandas: SKIPPED ({free >> 30} GB free, needs"
                  f" ~{PANDAS_BYTES_PER_CHAR * chars >> 30} GB)")
            continue
        for attempt in range(args.repeat):
            out = FOLDER / f"out-{args.command}-{factor:g}x-{name}.csv"
            wall, peak, status = run(command, out)
            load = os.getloadavg()[0]
            rows.append({"factor": factor, "path": name, "wall": wall,
                         "per_m": wall / (chars / 1e6), "peak_gb": peak / 2**30,
                         "status": status, "load": load, "out": out, "chars": chars})
            print(f"  {factor:g}x {name:<6} {wall:7.1f} s  {wall / (chars / 1e6):6.3f} s/M chars"
                  f"  peak {peak / 2**30:5.2f} GB  exit {status}  load {load:.1f}", flush=True)
    outputs = {r["path"]: r["out"] for r in rows}
    if len(outputs) == 2:
        same = outputs["pandas"].read_bytes() == outputs["dask"].read_bytes()
        print(f"  {factor:g}x outputs identical: {same}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--factors", type=float, nargs="+", default=[1, 4, 16])
    parser.add_argument("--command", choices=("words", "speakers"), default="words")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--memory-limit", default="2GB")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    from _shared import DEV_CORPUS

    if require(DEV_CORPUS) is None:
        return 0
    memory = psutil.virtual_memory()
    print(f"machine: {os.cpu_count()} cores, {memory.total >> 30} GB, {memory.available >> 30} GB"
          f" free, load average {os.getloadavg()[0]:.1f}")
    for factor in args.factors:
        bench(factor, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
