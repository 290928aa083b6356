//! The question parser on arbitrary text, over a small real graph: an answer or an error.
#![no_main]
use diplograph::{Document, Extractor, KnowledgeGraph};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn graph() -> &'static KnowledgeGraph {
    static G: OnceLock<KnowledgeGraph> = OnceLock::new();
    G.get_or_init(|| {
        let doc = Document::new(
            "g",
            "Zelensky met Witkoff in Paris. If a deal is signed, Britain pledged to send troops to Ukraine. \
             Japan imposed sanctions on Russia. Trump spoke with Putin.",
        )
        .with_date("2025-09-04".parse().unwrap());
        KnowledgeGraph::from_relations(Extractor::bundled().extract(&doc))
    })
}

fuzz_target!(|data: &[u8]| {
    let q = String::from_utf8_lossy(data);
    if let Ok(a) = graph().ask(&q) {
        for ans in a.answers {
            assert!(!ans.fact.evidence.is_empty());
        }
    }
});
