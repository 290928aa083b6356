"""Scale-out on Dask: two worker processes over TCP on loopback give exactly the graph of one
process."""

import json

import pytest

import diplograph

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402

import diplograph.dask as ddg  # noqa: E402
from conftest import write_own_gazetteer  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def corpus(documents, copies=40):
    # distinct ids, so that every copy is evidence of its own
    return [dict(d, id=f"{d['id']}-{k}") for k in range(copies) for d in documents]


def test_two_worker_processes_over_tcp_merge_to_the_single_process_graph(client, documents):
    info = client.scheduler_info()
    assert info["address"].startswith("tcp://127.0.0.1")
    assert len(info["workers"]) == 2
    docs = corpus(documents)
    single = diplograph.KnowledgeGraph(diplograph.Extractor().extract_many(docs, threads=1))
    bag = db.from_sequence(docs, npartitions=12)
    with distributed.get_task_stream(client) as tasks:
        distributed_graph = ddg.graph_from_bag(bag, split_every=3).compute()
    assert isinstance(distributed_graph, diplograph.KnowledgeGraph)
    assert distributed_graph == single
    assert distributed_graph.to_json() == single.to_json()
    assert len({t["worker"] for t in tasks.data}) == 2, "both workers took part"


def test_extract_bag_gives_the_relations_of_extract_many(client, documents):
    docs = corpus(documents, copies=5)
    expected = [r.to_dict() for r in diplograph.Extractor().extract_many(docs)]
    got = ddg.extract_bag(db.from_sequence(docs, npartitions=4)).compute()
    assert [r.to_dict() for r in got] == expected


def test_an_extractor_with_your_gazetteer_travels_by_value(client, tmp_path):
    path = write_own_gazetteer(tmp_path / "mine.jsonl")
    ex = diplograph.Extractor(gazetteer=[path])
    path.unlink()  # the workers must not need the file
    docs = [{"id": f"d{i}", "text": "The Tidewater League sanctioned Belarus."} for i in range(8)]
    kg = ddg.graph_from_bag(db.from_sequence(docs, npartitions=4), extractor=ex).compute()
    (fact,) = kg.facts()
    assert (fact.source, fact.kind, fact.target) == ("org:tidewater-league", "sanctioned", "country:BLR")
    assert len(fact.evidence) == 8
    # back from the workers, the graph reads names with the bundled gazetteer until told
    with pytest.raises(diplograph.QueryError):
        kg.ask("whom did the TWL sanction?")
    kg.set_gazetteer(ex)
    assert kg.ask("whom did the TWL sanction?")[0].target.id == "country:BLR"


def test_read_jsonl(tmp_path, documents):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in documents))
    bag = ddg.read_jsonl(str(path))
    assert bag.compute() == documents
