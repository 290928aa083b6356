//! The text the benchmarks run on: `DIPLOGRAPH_BENCH_CORPUS` (a JSONL file as written by
//! `shared/bench/make_corpus.py`), else the project's sibling `../shared/corpus/news/*.jsonl`
//! real news, else the bundled sample article repeated. Capped at `DIPLOGRAPH_BENCH_MB`
//! megabytes (default 8) to keep `cargo bench` short.

use diplograph::Document;
use std::io::BufRead;
use std::path::PathBuf;

pub struct Corpus {
    pub name: String,
    pub docs: Vec<Document>,
    pub bytes: usize,
}

pub fn load() -> Corpus {
    let cap = std::env::var("DIPLOGRAPH_BENCH_MB")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(8.0);
    let cap = (cap * 1e6) as usize;
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = Vec::new();
    if let Ok(p) = std::env::var("DIPLOGRAPH_BENCH_CORPUS") {
        files.push(PathBuf::from(p));
    } else if let Ok(rd) = std::fs::read_dir(manifest.join("../shared/corpus/news")) {
        let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        v.sort();
        files.extend(v);
    }
    let mut docs = Vec::new();
    let mut bytes = 0;
    'files: for f in &files {
        let Ok(file) = std::fs::File::open(f) else {
            continue;
        };
        for line in std::io::BufReader::new(file).lines().map_while(Result::ok) {
            if let Ok(d) = Document::from_json_line(&line) {
                bytes += d.text.len();
                docs.push(d);
                if bytes >= cap {
                    break 'files;
                }
            }
        }
    }
    let name = if docs.is_empty() {
        let text = include_str!("../../examples/data/paris-meeting-sample.txt");
        while bytes < cap.min(2_000_000) {
            let d = Document::new(format!("sample-{}", docs.len()), text)
                .with_date("2025-10-09".parse().unwrap());
            bytes += d.text.len();
            docs.push(d);
        }
        "bundled sample article, repeated".to_string()
    } else {
        format!(
            "{} ({:.1} MB)",
            files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            bytes as f64 / 1e6
        )
    };
    eprintln!("benchmark corpus: {name}, {} documents", docs.len());
    Corpus { name, docs, bytes }
}
