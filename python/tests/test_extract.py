"""Extraction through the bindings: the same relations as the Rust CLI, field by field; the
shapes of input `extract_many` takes; streaming and threads."""

import datetime
import json

import pytest

import diplograph
from conftest import DOCUMENTS, run_cli, write_own_gazetteer


@pytest.fixture(scope="module")
def ex():
    return diplograph.Extractor()


def test_relations_equal_the_cli_field_by_field(ex, cli, tmp_path, documents):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in documents))
    from_cli = run_cli(cli, ["extract", str(path), "--threads", "1"])
    from_python = [r.to_dict() for r in ex.extract_many(documents, threads=1)]
    assert len(from_cli) >= 8, from_cli  # the documents state at least this many
    assert len(from_python) == len(from_cli)
    for mine, theirs in zip(from_python, from_cli):
        assert mine.keys() == theirs.keys()
        for field in theirs:
            assert mine[field] == theirs[field], (field, mine, theirs)


def test_extract_of_one_text_equals_extract_many(ex, documents):
    for d in documents:
        # the date argument is strict; a record's date is read leniently, as the CLI does
        date = (d.get("date") or "")[:10] or None
        one = ex.extract(d["text"], id=d["id"], date=date)
        many = [r for r in ex.extract_many([d]) if r.doc == d["id"]]
        assert one == many


def test_relation_attributes(ex):
    (meeting, *_rest) = ex.extract(
        DOCUMENTS[0]["text"], id="x", date=datetime.date(2025, 9, 4)
    )
    assert meeting.kind == "met"
    assert meeting.source.name == "Volodymyr Zelensky"
    assert meeting.source.kind == "person"
    assert meeting.source.id.startswith("person:")
    assert meeting.target.name == "Steve Witkoff"
    assert meeting.modality == "asserted"
    assert meeting.date == datetime.date(2025, 9, 4)
    assert meeting.place == "Paris"
    assert meeting.doc == "x"
    start, end = meeting.span
    assert DOCUMENTS[0]["text"].encode()[start:end].decode() == meeting.sentence
    assert meeting.trigger == "met"
    assert meeting.cameo and meeting.plover
    assert "Zelensky" in repr(meeting)


def test_entities_carry_their_other_names(ex):
    (meeting, *_rest) = ex.extract(
        "Prime Minister Najib Mikati met Foreign Minister Jolanta Vexler in Beirut.",
        date=datetime.date(2022, 10, 11),
    )
    assert meeting.source.name == "Mohammad Najib Azmi Mikati"
    assert "Najib Mikati" in meeting.source.aliases
    assert meeting.source.to_dict()["aliases"] == meeting.source.aliases
    # a person the gazetteer does not know has none
    assert meeting.target.aliases == []
    assert "aliases" not in meeting.target.to_dict()


def test_modality_and_dates_come_through(ex, documents):
    rels = list(ex.extract_many(documents))
    pledge = next(r for r in rels if r.kind == "pledged" and r.source.id == "country:GBR")
    assert pledge.modality == "conditional"
    assert "troops" in pledge.object
    negated = [r for r in rels if r.modality == "negated"]
    assert [(r.source.name, r.target.name) for r in negated] == [("Giorgia Meloni", "Viktor Orbán")]
    call = next(r for r in rels if r.kind == "spoke")
    assert call.date == datetime.date(2025, 3, 4)  # "on Tuesday" before 2025-03-06


def test_input_shapes_give_the_same_relations(ex, documents):
    as_dicts = [r.to_dict() for r in ex.extract_many(documents)]
    as_tuples = [
        r.to_dict()
        for r in ex.extract_many((d["id"], d.get("date"), d["text"]) for d in documents)
    ]
    assert as_tuples == as_dicts
    # a bare string's id is its position, and it has no date: the undated document (t-5, at
    # position 4) gives the same relations either way
    as_strings = [r.to_dict() for r in ex.extract_many(d["text"] for d in documents)]
    assert {r["doc"] for r in as_strings} <= {str(i) for i in range(len(documents))}
    undated = [dict(r, doc="t-5") for r in as_strings if r["doc"] == "4"]
    assert undated and undated == [r for r in as_dicts if r["doc"] == "t-5"]


def test_streaming_keeps_input_order_and_reads_lazily(ex):
    consumed = []

    def docs():
        for i in range(600):  # more than one batch of 256
            consumed.append(i)
            yield {"id": f"d{i}", "text": f"Emmanuel Macron met Olaf Scholz in Berlin. Day {i}."}

    stream = ex.extract_many(docs(), threads=2)
    first = next(stream)
    assert first.doc == "d0"
    assert len(consumed) < 600, "the input is read a batch at a time"
    rest = list(stream)
    ids = [first.doc] + [r.doc for r in rest]
    assert len(ids) >= 600
    in_order = [d for i, d in enumerate(ids) if i == 0 or ids[i - 1] != d]
    assert in_order == [f"d{i}" for i in range(600)]


@pytest.mark.parametrize("threads", [1, 2, None])
def test_thread_counts_give_equal_results(ex, documents, threads):
    base = [r.to_dict() for r in ex.extract_many(documents, threads=1)]
    assert [r.to_dict() for r in ex.extract_many(documents * 3, threads=threads)] == base * 3


def test_parse_off_is_an_extractor_of_its_own(documents):
    fast = diplograph.Extractor(parse=False)
    assert not fast.parse
    assert diplograph.Extractor().parse
    assert list(fast.extract_many(documents))  # still finds window-rule relations


def test_your_own_gazetteer(tmp_path):
    path = write_own_gazetteer(tmp_path / "mine.jsonl")
    ex = diplograph.Extractor(gazetteer=[path])
    (r,) = ex.extract("The Tidewater League sanctioned Belarus.")
    assert (r.source.id, r.kind, r.target.id) == ("org:tidewater-league", "sanctioned", "country:BLR")
    assert ex.gazetteer_size == diplograph.Extractor().gazetteer_size + 1
    only = diplograph.Extractor(gazetteer=[str(path)], bundled=False)
    assert only.gazetteer_size == 1
