"""Throughput of the Python bindings against the Rust CLI, in one run on one corpus.

    python python/bench/throughput.py CORPUS.jsonl [--mb 20] [--cli target/release/diplograph]

Takes the first ``--mb`` megabytes of text of CORPUS (whole JSON Lines records), then times:

1. the Rust CLI, one thread (``diplograph extract FILE --threads 1``);
2. Python ``Extractor.extract_many(..., threads=1)``, reading and parsing the same file with
   ``json.loads`` (as a user would);
3. Dask ``graph_from_bag`` on a ``LocalCluster`` of 1 and of 2 worker processes (one thread
   each; the clusters are started and their workers' models loaded before the clock starts).

Megabytes are megabytes of document text (as ``diplograph bench`` counts them). Prints a table,
the ratios the bindings are held to (Python ≥ 0.8 × CLI, two Dask workers ≥ 1.6 × one), and one
JSON line.
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

import diplograph

REPO = Path(__file__).resolve().parents[2]


def take(corpus: str, megabytes: float, out: Path) -> tuple[int, int]:
    """Copies whole records from ``corpus`` until their text reaches ``megabytes``; returns
    (documents, text bytes)."""
    limit = int(megabytes * 1e6)
    docs = text_bytes = 0
    with open(corpus, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            text_bytes += len(json.loads(line)["text"].encode())
            docs += 1
            dst.write(line)
            if text_bytes >= limit:
                break
    return docs, text_bytes


def best_of(runs: int, job) -> float:
    return min(job() for _ in range(runs))


def time_cli(cli: str, path: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [cli, "extract", str(path), "--threads", "1", "-o", os.devnull],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def time_python(path: Path) -> float:
    ex = diplograph.Extractor()
    started = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        n = sum(1 for _ in ex.extract_many((json.loads(line) for line in f), threads=1))
    seconds = time.perf_counter() - started
    assert n > 0
    return seconds


def _warm() -> int:
    return len(diplograph.Extractor().extract("Emmanuel Macron met Olaf Scholz."))


def time_dask(path: Path, workers: int, runs: int, partitions: int) -> float:
    import distributed

    import diplograph.dask as ddg

    size = path.stat().st_size
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as client:
        client.run(_warm)

        def once() -> float:
            bag = ddg.read_jsonl(str(path), blocksize=max(1, size // partitions))
            started = time.perf_counter()
            kg = ddg.graph_from_bag(bag).compute()
            seconds = time.perf_counter() - started
            assert kg.fact_count > 0
            return seconds

        seconds = best_of(runs, once)
    cluster.close()
    return seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="a JSON Lines corpus (make one with ../shared/bench/make_corpus.py)")
    ap.add_argument("--mb", type=float, default=20, help="megabytes of text to time (default 20)")
    ap.add_argument("--runs", type=int, default=2, help="runs of each, the best kept (default 2)")
    # each partition's graph is serialized, shipped and merged: on 20 MB, 8 partitions ran
    # 1.86x faster on two workers than on one, 16 partitions 1.61x, 32 partitions 1.68x (the
    # one-worker rate falling from 6.2 to 5.2 MB/s as the partitions shrink)
    ap.add_argument("--partitions", type=int, default=8, help="Dask partitions (default 8)")
    ap.add_argument("--cli", default=str(REPO / "target" / "release" / "diplograph"))
    args = ap.parse_args()
    if not Path(args.cli).exists():
        print(f"no CLI at {args.cli}: cargo build --release --features cli", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "slice.jsonl"
        docs, text_bytes = take(args.corpus, args.mb, path)
        mb = text_bytes / 1e6
        print(f"{docs} documents, {mb:.1f} MB of text from {args.corpus}; best of {args.runs}")
        cli = best_of(args.runs, lambda: time_cli(args.cli, path))
        one = Path(tmp) / "one.jsonl"
        one.write_text(json.dumps({"id": "one", "text": "Emmanuel Macron met Olaf Scholz."}) + "\n")
        startup = best_of(args.runs, lambda: time_cli(args.cli, one))
        python = best_of(args.runs, lambda: time_python(path))
        dask1 = time_dask(path, 1, args.runs, args.partitions)
        dask2 = time_dask(path, 2, args.runs, args.partitions)

    rates = {
        "cli_1_thread": mb / cli,
        "python_extract_many_1_thread": mb / python,
        "dask_1_worker": mb / dask1,
        "dask_2_workers": mb / dask2,
    }
    for name, rate in rates.items():
        print(f"  {name:<30} {rate:7.2f} MB/s")
    print(f"  (the CLI's figure includes its start-up and model load: {startup:.2f} s a run)")
    python_vs_cli = rates["python_extract_many_1_thread"] / rates["cli_1_thread"]
    two_vs_one = rates["dask_2_workers"] / rates["dask_1_worker"]
    print(f"  python / CLI                   {python_vs_cli:7.2f}   (held to >= 0.80)")
    print(f"  dask 2 workers / 1 worker      {two_vs_one:7.2f}   (held to >= 1.60)")
    print(json.dumps({
        "documents": docs,
        "megabytes": round(mb, 2),
        **{k: round(v, 3) for k, v in rates.items()},
        "python_vs_cli": round(python_vs_cli, 3),
        "dask_2_vs_1": round(two_vs_one, 3),
        "cli_startup_s": round(startup, 3),
        "cpus": os.cpu_count(),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
