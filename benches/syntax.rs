//! Speed of the syntax stage on news sentences: the tagger alone and tagging plus parsing, in
//! tokens per second (one thread), and reading the bundled model.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use diplograph::syntax::{tokenize, SyntaxModel};

#[path = "support/corpus.rs"]
mod corpus;

/// At most this many sentences, so that a run stays short.
const SENTENCES: usize = 4000;

fn bench(c: &mut Criterion) {
    let corpus = corpus::load();
    let sentences: Vec<&str> = corpus
        .docs
        .iter()
        .flat_map(|d| diplograph::text::sentences(&d.text).map(|s| s.text))
        .take(SENTENCES)
        .collect();
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| tokenize(s).into_iter().map(|r| &s[r]).collect())
        .collect();
    let tokens: usize = words.iter().map(Vec::len).sum();
    eprintln!(
        "syntax bench: {} sentences, {tokens} tokens, from {} ({} bytes)",
        sentences.len(),
        corpus.name,
        corpus.bytes
    );
    let model = SyntaxModel::bundled();

    let mut g = c.benchmark_group("syntax");
    g.throughput(Throughput::Elements(tokens as u64));
    g.sample_size(10);
    g.bench_function("tag", |b| {
        b.iter(|| {
            words
                .iter()
                .map(|w| model.tag(black_box(w)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("tag_and_parse", |b| {
        b.iter(|| {
            words
                .iter()
                .map(|w| model.parse_words(black_box(w)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("tokenize_tag_and_parse", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| model.parse(black_box(s)).len())
                .sum::<usize>()
        })
    });
    g.finish();

    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/syntax/en_ewt.model"
    ))
    .expect("the bundled model file");
    let mut g = c.benchmark_group("syntax_model");
    g.sample_size(10);
    g.bench_function("load", |b| {
        b.iter(|| SyntaxModel::from_bytes(black_box(&bytes)).map(|m| m.labels().count()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
