//! Inputs that once crashed a fuzz target (`fuzz/`), replayed through the same checks:
//! `tests/data/fuzz-regressions/<target>/*`.

use diplograph::{Document, Extractor, Gazetteer, KnowledgeGraph, Matcher};
use std::path::Path;

fn inputs(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz-regressions")
        .join(target);
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = rd.map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .map(|f| std::fs::read(f).unwrap())
        .collect()
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
fn question_regressions() {
    let kg = small_graph();
    let cases = inputs("question");
    assert!(!cases.is_empty());
    for data in cases {
        let q = String::from_utf8_lossy(&data);
        if let Ok(a) = kg.ask(&q) {
            assert!(a.answers.iter().all(|x| !x.fact.evidence.is_empty()));
        }
    }
}

#[test]
fn extraction_and_matcher_regressions() {
    let m = Matcher::new(&Gazetteer::bundled()).unwrap();
    for target in ["extract", "matcher"] {
        for data in inputs(target) {
            let text = String::from_utf8_lossy(&data).into_owned();
            for x in m.find_iter(&text) {
                assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
            }
            for r in Extractor::bundled().extract(&Document::new("f", text.clone())) {
                assert_eq!(&text[r.span[0]..r.span[1]], r.sentence);
            }
        }
    }
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
        let _ = kg.ask(q);
    }
}
