#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets: fuzz/seeds/<target>/seed-<hash>.

Seeds are the project's own texts (the relation fixtures' sentences, the examples' sample
texts), gazetteer and document lines, dates in every spelling the date finder reads, questions,
and a graph written by the CLI; plus the inputs that once broke something. libFuzzer mutates
from there, so every target starts inside the code it is meant to reach:

    cargo +nightly fuzz run extract fuzz/corpus/extract fuzz/seeds/extract -- -dict=fuzz/diplograph.dict

Run from the repository root after `cargo build --release --features cli`:

    python3 fuzz/seeds.py
"""
import hashlib
import json
import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "seeds"


def write(target, items):
    d = OUT / target
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    for item in items:
        data = item.encode("utf-8") if isinstance(item, str) else item
        name = "seed-" + hashlib.sha1(data).hexdigest()[:12]
        (d / name).write_bytes(data)
    return len(list(d.iterdir()))


def fixture_cases():
    for f in sorted((ROOT / "tests" / "data" / "relations").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def main():
    cases = list(fixture_cases())
    texts = [c["text"] for c in cases]
    # a few longer documents: fixture sentences run together into paragraphs
    paragraphs = ["\n\n".join(texts[i : i + 12]) for i in range(0, len(texts), 12)]
    counts = {}
    counts["extract"] = write("extract", texts + paragraphs)
    counts["matcher"] = write("matcher", texts[::3] + paragraphs)
    counts["question"] = write(
        "question",
        [
            "who pledged troops?",
            "whom did Putin meet?",
            "who met Kim Jong Un in 2018?",
            "what did Japan pledge to Ukraine?",
            "who sanctioned Russia?",
            "who visited China in 2023?",
            "how are Obama and Putin connected?",
            "who spoke with Zelensky by phone?",
            "who thanked whom?",
            "who demanded what of Iran?",
            "did Trump meet Putin?",
            "who met the most leaders?",
        ],
    )
    gazetteer_lines = []
    for name in ["people.jsonl", "countries.jsonl", "organizations.jsonl"]:
        path = ROOT / "data" / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            gazetteer_lines += lines[:: max(1, len(lines) // 15)][:15]
    broken = [
        '{"id": "person:x", "kind": "person"}',
        '{"id": "country:XX", "kind": "country", "name": "X", "aliases": [1]}',
        '{"id": "org:y", "kind": "organization", "name": ""}',
        "not json at all",
    ]
    counts["gazetteer_load"] = write(
        "gazetteer_load",
        gazetteer_lines + ["\n".join(gazetteer_lines[:5])] + broken,
    )
    dates = [
        "2025-09-04",
        "2025-10",
        "2019",
        "Leaders met on Thursday, Sept. 4, 2025, in Paris.",
        "Published 4 September 2025 12:00 BST",
        "Report 1234-5678\u00e9 Putin met Xi Jinping in Beijing.",
        "2025-02-30",
        "March 31, 2024 -- WASHINGTON (Reuters)",
        "0000-00-00",
    ]
    counts["dates"] = write("dates", dates)
    documents = [
        json.dumps({"id": f"case-{i}", "date": c.get("date"), "text": c["text"]})
        for i, c in enumerate(cases[::4])
    ] + [
        '{"id": 17, "text": "Modi met Xi."}',
        '{"id": "t", "title": "Headline", "text": "", "date": "2024-01-01T10:00:00Z"}',
        '{"id": null, "text": "x"}',
        '{"text": "no id"}',
        '{"id": "a", "text": "Putin met Xi", "date": "yesterday"}',
    ]
    counts["document_json"] = write("document_json", documents)
    binary = ROOT / "target" / "release" / "diplograph"
    graphs = []
    if binary.exists():
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            for i in range(0, len(paragraphs), 4):
                doc = tmp / f"d{i}.txt"
                doc.write_text(paragraphs[i], encoding="utf-8")
                graph = tmp / f"g{i}.json"
                subprocess.run(
                    [str(binary), "extract", "--date", "2025-09-04", str(doc),
                     "--graph", str(graph), "-o", str(tmp / "r.jsonl")],
                    check=True,
                )
                graphs.append(graph.read_bytes())
    else:
        raise SystemExit(f"{binary} is missing: cargo build --release --features cli first")
    counts["graph_json"] = write("graph_json", graphs + ['{"entities": [], "facts": []}'])
    for target, n in sorted(counts.items()):
        print(f"{target}: {n} seeds")


if __name__ == "__main__":
    main()
