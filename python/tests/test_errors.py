"""Errors arrive as Python exceptions carrying the Rust message."""

import pytest

import diplograph


def test_bad_gazetteer_file_names_file_and_line(tmp_path):
    path = tmp_path / "actors.jsonl"
    path.write_text(
        '{"id":"org:a","kind":"organization","name":"A League","organization":{"category":"alliance"}}\n'
        '{"id":"org:b","kind":"organization"}\n'
    )
    with pytest.raises(diplograph.GazetteerError) as e:
        diplograph.Extractor(gazetteer=[path])
    assert "actors.jsonl:2:" in str(e.value)
    assert isinstance(e.value, diplograph.DiplographError)


def test_unknown_category_and_invalid_utf8(tmp_path):
    path = tmp_path / "cats.jsonl"
    path.write_text('{"id":"org:a","kind":"organization","name":"A","organization":{"category":"club"}}\n')
    with pytest.raises(diplograph.GazetteerError, match=r"cats\.jsonl:1:.*club"):
        diplograph.Extractor(gazetteer=[path])
    bad = tmp_path / "bytes.jsonl"
    bad.write_bytes(b'{"id":"org:a"}\n{"id":"\xff"}\n')
    with pytest.raises(diplograph.GazetteerError, match=r"bytes\.jsonl:2: invalid UTF-8"):
        diplograph.Extractor(gazetteer=[bad])
    with pytest.raises(diplograph.GazetteerError, match="cannot read"):
        diplograph.Extractor(gazetteer=[tmp_path / "missing.jsonl"])


def test_questions_not_understood():
    kg = diplograph.KnowledgeGraph()
    with pytest.raises(diplograph.QueryError, match="not understood"):
        kg.ask("what is the weather?")
    with pytest.raises(diplograph.QueryError, match="no entity"):
        kg.ask("whom did Zzyzx Qwerty meet?")


def test_bad_arguments():
    ex = diplograph.Extractor()
    with pytest.raises(ValueError, match="2025-13-40"):
        ex.extract("Text.", date="2025-13-40")
    with pytest.raises(TypeError, match="document 1"):
        list(ex.extract_many(["fine", 42]))
    with pytest.raises(ValueError, match="document 0.*text"):
        list(ex.extract_many([{"id": "x"}]))
    with pytest.raises(ValueError, match="threads"):
        ex.extract_many([], threads=0)
    kg = diplograph.KnowledgeGraph()
    with pytest.raises(ValueError, match="modality"):
        kg.query(modality="maybe")
    with pytest.raises(ValueError, match="format"):
        kg.export("xml")
    with pytest.raises(diplograph.DiplographError, match="not a knowledge graph"):
        diplograph.KnowledgeGraph.from_json("{")
    with pytest.raises(TypeError):
        diplograph.KnowledgeGraph([object()])


def test_odd_text_does_not_raise():
    ex = diplograph.Extractor()
    assert ex.extract("") == []
    assert ex.extract("\x00\ufffd" * 1000 + "!!!???" * 500) == []


def test_a_bad_document_loses_nothing_and_the_stream_goes_on():
    ex = diplograph.Extractor()
    docs = [
        {"id": "a", "text": "Emmanuel Macron met Olaf Scholz in Berlin."},
        42,
        {"id": "c", "text": "Japan imposed new sanctions on Russia."},
    ]
    for threads in (1, 2, None):
        stream = ex.extract_many(docs, threads=threads)
        seen = []
        with pytest.raises(TypeError, match="document 1"):
            for r in stream:
                seen.append(r.doc)
        assert seen and set(seen) == {"a"}, "relations before the bad document come first"
        after = [r.doc for r in stream]
        assert after and set(after) == {"c"}, "iteration goes on after it"
