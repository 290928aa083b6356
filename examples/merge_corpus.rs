//! Several documents into one graph: extract in parallel, build one graph per document, and
//! merge them (merging is associative and order-independent, so it can run as a reduce step).
//!
//! ```text
//! cargo run --release --example merge_corpus [-- corpus.jsonl]
//! ```
//!
//! The input is JSON Lines `{"id", "date", "title", "text"}`; without one a few bundled
//! sentences are used.

use diplograph::{Document, Extractor, KnowledgeGraph};
use rayon::prelude::*;
use std::io::BufRead;

const SAMPLE: &[&str] = &[
    r#"{"id":"s1","date":"2025-08-15","text":"Donald Trump met Vladimir Putin in Anchorage on Friday."}"#,
    r#"{"id":"s2","date":"2025-08-16","text":"U.S. President Donald Trump met Russian President Vladimir Putin at a military base in Alaska. Trump later spoke with Zelensky."}"#,
    r#"{"id":"s3","date":"2025-08-18","text":"Zelensky met Trump at the White House on Monday, joined by European leaders. NATO Secretary-General Mark Rutte met Trump too."}"#,
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let lines: Vec<String> = match std::env::args().nth(1) {
        Some(path) => std::io::BufReader::new(std::fs::File::open(&path)?)
            .lines()
            .collect::<Result<_, _>>()?,
        None => SAMPLE.iter().map(|s| s.to_string()).collect(),
    };
    let docs: Vec<Document> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .filter_map(|(i, l)| match Document::from_json_line(l) {
            Ok(d) => Some(d),
            Err(e) => {
                eprintln!("line {}: {e}", i + 1);
                None
            }
        })
        .collect();
    let extractor = Extractor::bundled();
    let kg = docs
        .par_iter()
        .map(|d| KnowledgeGraph::from_relations(extractor.extract(d)))
        .reduce(KnowledgeGraph::new, |a, b| a.merged(&b));
    println!(
        "{} documents → {} entities, {} facts",
        docs.len(),
        kg.entity_count(),
        kg.fact_count()
    );
    for f in kg.facts() {
        println!(
            "  {} {} {}  ({} pieces of evidence from {:?})",
            f.source,
            f.kind,
            f.target.as_ref().map_or("—", |t| t.as_str()),
            f.evidence.len(),
            f.evidence
                .iter()
                .map(|e| e.doc.as_str())
                .collect::<std::collections::BTreeSet<_>>()
        );
    }
    Ok(())
}
