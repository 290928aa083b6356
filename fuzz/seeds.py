#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets: fuzz/seeds/<target>/seed-<hash>.

Seeds are the project's own texts (the relation fixtures' sentences, the examples' sample
texts), gazetteer and document lines, dates in every spelling the date finder reads, questions,
and a graph written by the CLI; plus the inputs that once broke something. libFuzzer mutates
from there, so every target starts inside the code it is meant to reach:

    cargo +nightly fuzz run extract fuzz/corpus/extract fuzz/seeds/extract -- -dict=fuzz/diplograph.dict

It also writes the libFuzzer dictionary `fuzz/diplograph.dict`: the lexicon's trigger
phrases, modality cues, titles and references, the gazetteer's commonest names and demonyms,
dates, quotes and the JSON keys of documents, so that mutations insert whole words the
extractor reacts to instead of hoping random bytes spell them.

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


def dict_entry(word):
    """One dictionary line in libFuzzer's syntax: printable ASCII as is, the rest as \\xNN."""
    out = []
    for byte in word.encode("utf-8"):
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append("\\x%02X" % byte)
    return '"' + "".join(out) + '"'


def lexicon_words():
    lex = ROOT / "data" / "lexicon"
    for line in (lex / "triggers.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            yield from rec.get("phrases", [])
            yield from rec.get("object_words", [])
            yield from rec.get("infinitives", [])
    for line in (lex / "cues.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield from json.loads(line).get("phrases", [])
    for name in ["titles.jsonl", "references.jsonl"]:
        for line in (lex / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                yield rec.get("title") or rec.get("phrase")
    words = json.loads((lex / "words.json").read_text(encoding="utf-8"))
    for value in words.values():
        if isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))


def gazetteer_words(limit=400):
    """Country names, demonyms and acronyms, and the short names of the people with the most
    offices: the names news repeats."""
    out = []
    for name in ["countries.jsonl", "organizations.jsonl"]:
        for line in (ROOT / "data" / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out.append(rec["name"])
            for facts in [rec.get("country") or {}, rec.get("organization") or {}]:
                out += facts.get("demonyms", [])[:1] + facts.get("acronyms", [])[:1]
    people = []
    for line in (ROOT / "data" / "people.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        person = rec.get("person") or {}
        people.append((len(person.get("offices", [])), rec["name"], person.get("short_names", [])))
    people.sort(key=lambda p: (-p[0], p[1]))
    for _, name, shorts in people[:limit]:
        out.append(name)
        out += shorts[:1]
    return out


def write_dictionary(extra):
    words = list(lexicon_words()) + gazetteer_words() + extra
    seen, lines = set(), []
    for w in words:
        # libFuzzer keeps dictionary words of at most 64 bytes
        if not w or len(w.encode("utf-8")) > 64 or w in seen:
            continue
        seen.add(w)
        lines.append(f"w{len(lines)}={dict_entry(w)}")
    path = ROOT / "fuzz" / "diplograph.dict"
    header = "# libFuzzer dictionary written by fuzz/seeds.py: do not edit by hand.\n"
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


PUNCTUATION_AND_DATES = [
    ". ", ", ", "; ", ": ", " -- ", " - ", "\n\n", " (", ") ", "'s ", "\u2019s ", "\u201c",
    "\u201d", "\"", "'", "\u00ab", "\u00bb", "(Reuters) - ", "(AP) -- ", "said", "told reporters",
    "he", "she", "they", "his", "her", "their", "the two leaders", "his counterpart",
    "on Monday", "on Tuesday", "last week", "next month", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Jan.", "Sept.", "2004", "2019", "2025-09-04", "March 3, 2024", "3 March 2024",
    '{"id":', '"text":', '"date":', '"title":', "null", "\\u00e9",
]


def main():
    words = write_dictionary(PUNCTUATION_AND_DATES)
    print(f"fuzz/diplograph.dict: {words} words")
    cases = list(fixture_cases())
    texts = [c["text"] for c in cases]
    # a few longer documents: fixture sentences run together into paragraphs
    paragraphs = ["\n\n".join(texts[i : i + 12]) for i in range(0, len(texts), 12)]
    counts = {}
    counts["extract"] = write("extract", texts + paragraphs)
    # the structured target reads its input as choices, not text: any bytes are a document,
    # and these give it some of every length
    counts["extract_structured"] = write("extract_structured", texts[::2] + paragraphs[::2])
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
