"""Extraction over Dask bags: archives larger than one machine.

Extraction is per document and merging graphs is associative and order-independent, so Dask
does the rest: partitions of documents are extracted on the workers (each worker process with
one Rust thread per partition task; run as many worker processes as cores), and the
per-partition graphs are reduced with ``KnowledgeGraph.merge`` in a tree. The same code runs on
``dask.distributed.Client()`` on a laptop and on a cluster (``dask scheduler`` and ``dask worker
tcp://…`` on each host): an ``Extractor`` travels to the workers by value, your own gazetteer
files included, so the workers need none of the caller's files.

    import dask.bag as db
    import diplograph.dask as ddg

    docs = ddg.read_jsonl("archive/*.jsonl")          # a bag of document dicts
    kg = ddg.graph_from_bag(docs).compute()            # one merged KnowledgeGraph
    relations = ddg.extract_bag(docs)                  # or a bag of Relation objects
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any, Iterable, List, Optional

import dask.bag as db

from ._diplograph import Extractor, KnowledgeGraph, Relation

__all__ = ["read_jsonl", "extract_bag", "graph_from_bag", "merge_graphs"]


def read_jsonl(paths: Any, blocksize: Optional[int] = 32 * 2**20) -> db.Bag:
    """A bag of document dicts from JSON Lines files (``id``, ``text``, ``date``, … per line;
    a glob, a path or a list of them). ``blocksize`` bytes per partition (default 32 MiB)."""
    return db.read_text(paths, blocksize=blocksize).map(json.loads)


def _extract_partition(docs: Iterable[Any], extractor: Optional[Extractor]) -> List[Relation]:
    ex = extractor if extractor is not None else Extractor()
    return list(ex.extract_many(docs, threads=1))


def _graph_of_partition(docs: Iterable[Any], extractor: Optional[Extractor]) -> KnowledgeGraph:
    ex = extractor if extractor is not None else Extractor()
    kg = KnowledgeGraph()
    kg.extend(ex.extract_many(docs, threads=1))
    return kg


def merge_graphs(graphs: Iterable[KnowledgeGraph]) -> KnowledgeGraph:
    """The union of graphs (the reduction's combining step; any order gives the same graph)."""
    merged = KnowledgeGraph()
    for g in graphs:
        merged.merge(g)
    return merged


def extract_bag(bag: db.Bag, extractor: Optional[Extractor] = None) -> db.Bag:
    """A bag of ``Relation`` from a bag of documents (dicts, ``(id, date, text)`` tuples or
    strings, as ``Extractor.extract_many`` takes), extracted partition by partition on the
    workers. ``extractor`` defaults to the bundled one."""
    return bag.map_partitions(_extract_partition, extractor)


def graph_from_bag(
    bag: db.Bag, extractor: Optional[Extractor] = None, split_every: Optional[int] = None
) -> Any:
    """One ``KnowledgeGraph`` of a bag of documents, as a Dask object: ``.compute()`` it. Each
    partition's relations become a graph on its worker; graphs are merged ``split_every`` at a
    time (Dask's default: 8) up a tree, so no worker holds more than a few graphs at once.

    With your own ``extractor``, call ``kg.set_gazetteer(extractor)`` on the computed graph so
    that questions read your entities' aliases too (a graph travels without its gazetteer)."""
    return bag.reduction(
        partial(_graph_of_partition, extractor=extractor),
        merge_graphs,
        split_every=split_every,
    )
