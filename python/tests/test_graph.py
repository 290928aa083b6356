"""The knowledge graph through the bindings: questions, queries, round trips, exports, pandas
and networkx."""

import datetime
import pickle

import pytest

import diplograph


@pytest.fixture(scope="module")
def relations(documents):
    return list(diplograph.Extractor().extract_many(documents))


@pytest.fixture(scope="module")
def kg(relations):
    return diplograph.KnowledgeGraph(relations)


def test_questions_answer_with_evidence(kg):
    answers = kg.ask("who pledged troops?")
    assert "troops" in answers.understood
    assert len(answers) == 1
    top = answers[0]
    assert top.source.name == "United Kingdom"
    assert top.fact.modality == "conditional"
    assert "peace deal" in top.fact.evidence[0].sentence
    assert [a.source.id for a in answers] == [a.source.id for a in answers.answers]


def test_symmetric_answers_name_the_asked_party_first(kg):
    for asked, name in [("Trump", "Donald Trump"), ("Kim Jong Un", "Kim Jong Un")]:
        answers = kg.ask(f"whom did {asked} meet?")
        assert answers and all(a.source.name == name for a in answers), answers


def test_query_filters(kg):
    met = kg.query(kind="met")
    assert met and all(a.fact.kind == "met" for a in met)
    negated = kg.query(kind="met", modality="negated")
    assert [(a.source.name, a.target.name) for a in negated] == [("Giorgia Meloni", "Viktor Orbán")]
    assert all(a.fact.modality != "negated" for a in kg.query(exclude_modality=["negated"]))
    in_2018 = kg.query(between=("2018-01-01", datetime.date(2018, 12, 31)))
    assert in_2018 and all(
        any(d.year == 2018 for d in a.fact.dates) for a in in_2018
    )
    assert all(a.target.kind == "country" for a in kg.query(target_kind="country"))
    assert kg.query(source="Canada", object="aid")[0].fact.object.startswith("$1 billion")


def test_ranking_and_connections(kg):
    ranking = kg.ranking("met", "person")
    assert ranking[0][1] >= ranking[-1][1]
    assert all(isinstance(e, diplograph.Entity) and n > 0 for e, n in ranking)
    path = kg.shortest_connection("person:kim-jong-un", "person:donald-trump")
    assert path and path[0].kind in ("met", "thanked")
    assert kg.timeline("person:donald-trump")


def test_json_round_trip_and_pickle(kg):
    again = diplograph.KnowledgeGraph.from_json(kg.to_json())
    assert again == kg
    assert pickle.loads(pickle.dumps(kg)) == kg
    assert again.fact_count == kg.fact_count and again.entity_count == kg.entity_count
    r = kg.relations()[0]
    assert pickle.loads(pickle.dumps(r)) == r
    e = r.source
    assert pickle.loads(pickle.dumps(e)) == e and hash(e) == hash(r.source)


def test_merge_is_order_independent(relations):
    parts = [diplograph.KnowledgeGraph(relations[i::3]) for i in range(3)]
    whole = diplograph.KnowledgeGraph(relations)
    for order in ([0, 1, 2], [2, 0, 1], [1, 2, 0]):
        merged = diplograph.KnowledgeGraph()
        for i in order:
            merged.merge(parts[i])
        assert merged == whole
    merged.merge(merged)
    assert merged == whole


def test_graph_from_relation_dicts(relations, kg):
    assert diplograph.KnowledgeGraph.from_relations([r.to_dict() for r in relations]) == kg


def test_relations_frame_shape(kg, relations):
    pd = pytest.importorskip("pandas")
    df = kg.relations_frame()
    assert isinstance(df, pd.DataFrame)
    assert len(df) == sum(len(f.evidence) for f in kg.facts())
    assert list(df.columns[:5]) == ["doc", "kind", "source_id", "source_name", "source_kind"]
    assert str(df["date"].dtype).startswith("datetime64")
    assert set(df["kind"]) == {f.kind for f in kg.facts()}
    direct = diplograph.relations_frame(relations)
    assert len(direct) == len(relations) and list(direct.columns) == list(df.columns)


def test_to_networkx_shape(kg):
    nx = pytest.importorskip("networkx")
    g = kg.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == kg.entity_count
    with_target = [f for f in kg.facts() if f.target is not None]
    assert g.number_of_edges() == len(with_target)
    f = with_target[0]
    data = g.get_edge_data(f.source, f.target)[f"{f.kind}|{f.modality}|{f.object or ''}"]
    assert data["kind"] == f.kind and data["evidence"] == len(f.evidence)
    assert g.nodes[f.source]["name"] == kg.entity(f.source).name


@pytest.mark.parametrize("fmt", ["jsonl", "json", "graphml", "dot", "ntriples"])
def test_exports(kg, fmt):
    out = kg.export(fmt)
    assert isinstance(out, str) and out
    if fmt == "graphml":
        nx = pytest.importorskip("networkx")
        import io

        g = nx.read_graphml(io.BytesIO(out.encode()))
        assert g.number_of_nodes() == kg.entity_count
    if fmt == "jsonl":
        assert len(out.splitlines()) == len(kg.relations())


def test_csv_export_is_a_pair(kg):
    nodes, edges = kg.export("csv")
    assert nodes.startswith("id:ID,") and edges.startswith(":START_ID,")


def test_connection_and_ranking_questions(kg):
    # the test documents: Kim met Trump, and Trump thanked Kim; one fact links them, read from
    # the party asked about first when it is a meeting, in its own direction when a thanks
    for first, second in [("Donald Trump", "Kim Jong Un"), ("Kim Jong Un", "Donald Trump")]:
        (step,) = kg.ask(f"how is {first} connected to {second}?")
        assert {step.source.name, step.target.name} == {first, second}
        if step.fact.kind == "met":
            assert step.source.name == first
        else:
            assert (step.source.name, step.fact.kind) == ("Donald Trump", "thanked")
    assert len(kg.ask("how are Keir Starmer and Kim Jong Un connected?")) == 0
    ranked = kg.ask("who met the most leaders?")
    assert len(ranked) == 0 and ranked.ranking
    counts = [n for _, n in ranked.ranking]
    assert counts == sorted(counts, reverse=True)
    assert all(isinstance(e, diplograph.Entity) for e, _ in ranked.ranking)
