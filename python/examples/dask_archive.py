"""A news archive in JSON Lines, read into one knowledge graph on a Dask cluster.

    python python/examples/dask_archive.py ARCHIVE_DIR [--workers 2]
    python python/examples/dask_archive.py ARCHIVE_DIR --scheduler tcp://10.0.0.5:8786

ARCHIVE_DIR is a folder of ``*.jsonl`` files (or files themselves), one document per line with
``id``, ``text`` and, best, ``date``. Without ``--scheduler`` the example starts a
``LocalCluster`` of ``--workers`` processes on this machine; with it, it uses the cluster that
``dask scheduler`` and ``dask worker tcp://…`` started, on any number of hosts (each worker needs
``pip install diplograph`` and the files at the same path, or a shared store such as
``s3://…``, which ``dask.bag.read_text`` reads directly).

It prints the throughput, the workers' peak memory, and the answers a reader asks first. With
``--relations OUT_DIR`` it writes the relations instead, as JSON Lines (one file per partition,
the CLI's records), without building a graph: memory then stays flat however large the archive.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import threading
import time

import distributed

import diplograph
import diplograph.dask as ddg


def input_files(paths: list[str]) -> list[str]:
    files: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            files.extend(sorted(glob.glob(os.path.join(p, "*.jsonl"))))
        else:
            files.extend(sorted(glob.glob(p)))
    return files


class PeakMemory:
    """Samples every worker's resident memory while the job runs."""

    def __init__(self, client: distributed.Client, every: float = 0.5) -> None:
        self.client, self.every, self.peak = client, every, {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                for worker, rss in self.client.run(_rss).items():
                    self.peak[worker] = max(self.peak.get(worker, 0), rss)
            except Exception:  # a worker may be busy starting or leaving; sample again
                pass
            self._stop.wait(self.every)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _rss() -> int:
    import psutil

    return psutil.Process().memory_info().rss


def _record(relation: diplograph.Relation) -> str:
    return relation.to_json()


def _warm() -> int:
    # load the bundled model and automaton before the clock starts
    return len(diplograph.Extractor().extract("Emmanuel Macron met Olaf Scholz."))


def main() -> int:
    default = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpus", "news")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="JSONL folders or files (default: ../shared/corpus/news)")
    ap.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    ap.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    ap.add_argument("--blocksize-mb", type=float, default=8, help="MB of input per partition (default 8)")
    ap.add_argument("--top", type=int, default=5, help="answers to print per question (default 5)")
    ap.add_argument("--relations", metavar="OUT_DIR", help="write relations as JSON Lines here instead")
    args = ap.parse_args()

    files = input_files(args.paths or [default])
    if not files:
        print(f"no .jsonl files in {args.paths or [default]}", file=sys.stderr)
        return 2
    megabytes = sum(os.path.getsize(f) for f in files) / 1e6

    if args.scheduler:
        client = distributed.Client(args.scheduler)
    else:
        cluster = distributed.LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = distributed.Client(cluster)
    workers = len(client.scheduler_info()["workers"])
    client.run(_warm)

    docs = ddg.read_jsonl(files, blocksize=int(args.blocksize_mb * 2**20))
    with PeakMemory(client) as memory:
        started = time.perf_counter()
        if args.relations:
            os.makedirs(args.relations, exist_ok=True)
            records = ddg.extract_bag(docs).map(_record)
            records.to_textfiles(os.path.join(args.relations, "relations-*.jsonl"))
            kg = None
        else:
            kg = ddg.graph_from_bag(docs).compute()
        seconds = time.perf_counter() - started

    print(f"{len(files)} file(s), {megabytes:.1f} MB on {workers} worker(s): {seconds:.1f} s, "
          f"{megabytes / seconds:.2f} MB/s")
    if memory.peak:
        print("peak worker RSS: " + ", ".join(f"{rss / 2**20:.0f} MiB" for rss in memory.peak.values()))
    if kg is None:
        written = glob.glob(os.path.join(args.relations, "relations-*.jsonl"))
        count = sum(sum(1 for _ in open(f, encoding="utf-8")) for f in written)
        print(f"{count} relations written to {len(written)} files in {args.relations}")
        client.close()
        return 0
    relations = sum(len(f.evidence) for f in kg.facts())
    print(f"{relations} relations, {kg.fact_count} facts, {kg.entity_count} entities")

    print("\nwho met the most people:")
    for entity, count in kg.ranking("met", "person")[: args.top]:
        print(f"  {entity.name}: {count}")
    leader = next(iter(kg.ranking("met", "person")), None)
    questions = ["who pledged troops?", "who sanctioned Russia?"]
    if leader is not None:
        questions.insert(0, f"whom did {leader[0].name} meet?")
    for q in questions:
        try:
            answers = kg.ask(q)
        except diplograph.QueryError as e:
            print(f"\n{q}\n  ({e})")
            continue
        print(f"\n{q} ({len(answers)} answers)")
        for a in answers.answers[: args.top]:
            who = a.target.name if q.startswith("whom") and a.target else a.source.name
            print(f"  {who}  [{len(a.fact.evidence)} sentences] {a.fact.evidence[0].sentence[:100]}")
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
