//! Every fuzz target's checks, replayed on its seeds (`fuzz/seeds/<target>/`, written by
//! `fuzz/seeds.py`) and on the inputs that once broke it (`tests/data/fuzz-regressions/<target>/`).
//! A target without any input fails: a replay that reads nothing proves nothing.

use diplograph::{
    first_date_in, Date, Document, Extractor, Gazetteer, KnowledgeGraph, Matcher, PartialDate,
};
use std::path::Path;

fn inputs(target: &str) -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        root.join("fuzz/seeds").join(target),
        root.join("tests/data/fuzz-regressions").join(target),
    ] {
        if let Ok(rd) = std::fs::read_dir(&dir) {
            files.extend(rd.map(|e| e.unwrap().path()));
        }
    }
    files.sort();
    let data: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    assert!(
        !data.is_empty(),
        "no seeds or regressions for fuzz target {target}"
    );
    data
}

fn small_graph() -> KnowledgeGraph {
    let doc = Document::new(
        "g",
        "Zelensky met Witkoff in Paris. If a deal is signed, Britain pledged to send troops to Ukraine. \
         Japan imposed sanctions on Russia. Trump spoke with Putin.",
    )
    .with_date("2025-09-04".parse().unwrap());
    KnowledgeGraph::from_relations(Extractor::bundled().extract(&doc))
}

#[test]
fn question() {
    let kg = small_graph();
    let mut answered = 0;
    for data in inputs("question") {
        let q = String::from_utf8_lossy(&data);
        if let Ok(a) = kg.ask(&q) {
            assert!(a.answers.iter().all(|x| !x.fact.evidence.is_empty()));
            answered += 1;
        }
    }
    assert!(answered > 0, "no seed question was understood");
}

#[test]
fn extract() {
    let mut found = 0;
    for data in inputs("extract") {
        let text = String::from_utf8_lossy(&data).into_owned();
        let doc = Document::new("f", text.clone()).with_date("2025-09-04".parse().unwrap());
        let rels = Extractor::bundled().extract(&doc);
        for r in &rels {
            assert_eq!(&text[r.span[0]..r.span[1]], r.sentence);
        }
        found += rels.len();
    }
    assert!(found > 0, "the seeds state no relation");
}

#[test]
fn matcher() {
    let m = Matcher::new(&Gazetteer::bundled()).unwrap();
    let mut found = 0;
    for data in inputs("matcher") {
        let text = String::from_utf8_lossy(&data).into_owned();
        let mut last_end = 0;
        for x in m.find_iter(&text) {
            assert!(x.start >= last_end && x.start < x.end && x.end <= text.len());
            assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
            last_end = x.end;
            found += 1;
        }
    }
    assert!(found > 0);
}

#[test]
fn gazetteer_load() {
    let (mut loaded, mut refused) = (0, 0);
    for data in inputs("gazetteer_load") {
        let mut b = Gazetteer::builder();
        match b.load_reader("fuzz.jsonl", data.as_slice()) {
            Ok(_) => {
                let g = b.build();
                let _ = g.validate();
                Matcher::new(&g).unwrap();
                loaded += 1;
            }
            Err(e) => {
                // the error names the input and the line
                assert!(e.to_string().contains("fuzz.jsonl:"), "{e}");
                refused += 1;
            }
        }
    }
    assert!(
        loaded > 0 && refused > 0,
        "{loaded} loaded, {refused} refused"
    );
}

#[test]
fn graph_json() {
    let mut read = 0;
    for data in inputs("graph_json") {
        if let Ok(g) = serde_json::from_slice::<KnowledgeGraph>(&data) {
            let back: KnowledgeGraph =
                serde_json::from_slice(&serde_json::to_vec(&g).unwrap()).unwrap();
            assert_eq!(back, g);
            let mut sink = Vec::new();
            g.write_graphml(&mut sink).unwrap();
            g.write_csv(&mut Vec::new(), &mut Vec::new()).unwrap();
            read += 1;
        }
    }
    assert!(read > 0);
}

#[test]
fn dates() {
    let mut found = 0;
    for data in inputs("dates") {
        let text = String::from_utf8_lossy(&data);
        if let Some(d) = first_date_in(&text) {
            assert_eq!(d.to_string().parse::<Date>().unwrap(), d);
            found += 1;
        }
        if let Ok(p) = text.parse::<PartialDate>() {
            assert!(p.contains(p.first_day()) && p.contains(p.last_day()));
        }
    }
    assert!(found > 0);
}

#[test]
fn document_json() {
    let (mut read, mut refused) = (0, 0);
    for data in inputs("document_json") {
        let Ok(line) = std::str::from_utf8(&data) else {
            continue;
        };
        match Document::from_json_line(line) {
            Ok(doc) => {
                let json = serde_json::to_string(&doc).unwrap();
                assert_eq!(Document::from_json_line(&json).unwrap(), doc);
                read += 1;
            }
            Err(_) => refused += 1,
        }
    }
    assert!(read > 0 && refused > 0, "{read} read, {refused} refused");
}

#[test]
fn a_date_written_next_to_a_wide_character() {
    // "1234-5678é": the tenth byte of the word falls inside "é"
    assert_eq!(first_date_in("Report 1234-5678\u{e9} Putin met Xi."), None);
    assert_eq!(
        first_date_in("2025-09-04\u{e9} Putin met Xi.").map(|d| d.to_string()),
        Some("2025-09-04".into())
    );
}

#[test]
fn question_with_case_folding_that_changes_lengths() {
    // "İ" lower-cases to two characters: offsets into a lower-cased copy are not offsets into
    // the question
    let kg = small_graph();
    for q in [
        "who pledged İİİ to İstanbul?",
        "whom did İİ Putin meet?",
        "what did İ pledge to Ukraine?",
    ] {
        assert!(kg.ask(q).is_ok_and(|a| a.answers.is_empty()) || kg.ask(q).is_err());
    }
}
