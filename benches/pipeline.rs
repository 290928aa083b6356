//! Throughput of each stage and end to end, each group beside the limit: a bare Aho-Corasick
//! scan (count matches only) with the same surface forms, on the same text.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use diplograph::{Document, Extractor, KnowledgeGraph, Modality, RelationKind};

#[path = "support/corpus.rs"]
mod corpus;

fn bench(c: &mut Criterion) {
    let corpus = corpus::load();
    let ex = Extractor::bundled();
    let limit = ex.matcher().automaton();
    let bytes = corpus.bytes as u64;

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("limit_bare_scan", |b| {
        b.iter(|| {
            corpus
                .docs
                .iter()
                .map(|d| limit.find_iter(black_box(d.text.as_str())).count())
                .sum::<usize>()
        })
    });
    g.bench_function("segmentation", |b| {
        b.iter(|| {
            corpus
                .docs
                .iter()
                .map(|d| diplograph::text::sentences(black_box(&d.text)).count())
                .sum::<usize>()
        })
    });
    g.bench_function("matching", |b| {
        b.iter(|| {
            corpus
                .docs
                .iter()
                .map(|d| ex.matcher().find_iter(black_box(&d.text)).count())
                .sum::<usize>()
        })
    });
    // resolution and extraction (with segmentation and the trigger scan they drive) on
    // mentions found beforehand
    let found: Vec<Vec<diplograph::Mention<'_>>> = corpus
        .docs
        .iter()
        .map(|d| ex.matcher().find_iter(&d.text).collect())
        .collect();
    g.bench_function("resolution_and_extraction", |b| {
        b.iter(|| {
            corpus
                .docs
                .iter()
                .zip(&found)
                .map(|(d, m)| ex.extract_with_mentions(black_box(d), m).len())
                .sum::<usize>()
        })
    });
    g.bench_function("end_to_end_one_thread", |b| {
        b.iter(|| {
            corpus
                .docs
                .iter()
                .map(|d| ex.extract(black_box(d)).len())
                .sum::<usize>()
        })
    });
    // The same without the syntax stage (window rules only): what parsing costs.
    let without_parsing = diplograph::Extractor::builder()
        .parse_sentences(false)
        .build()
        .expect("the bundled gazetteer's automaton builds");
    g.bench_function("end_to_end_one_thread_without_parsing", |b| {
        b.iter(|| {
            corpus
                .docs
                .iter()
                .map(|d| without_parsing.extract(black_box(d)).len())
                .sum::<usize>()
        })
    });
    // What the command line does, on one thread: JSONL documents in, JSONL relations out
    // (parsing and serialising included); throughput still counts document text bytes only.
    let jsonl: String = corpus
        .docs
        .iter()
        .map(|d| serde_json::to_string(d).expect("documents serialise") + "\n")
        .collect();
    g.bench_function("end_to_end_jsonl_one_thread", |b| {
        let mut sink: Vec<u8> = Vec::with_capacity(1 << 20);
        b.iter(|| {
            sink.clear();
            for line in black_box(&jsonl).lines() {
                let doc = Document::from_json_line(line).expect("bench lines are documents");
                for r in ex.extract(&doc) {
                    serde_json::to_writer(&mut sink, &r).expect("relations serialise");
                    sink.push(b'\n');
                }
            }
            sink.len()
        })
    });
    g.bench_function("end_to_end_parallel", |b| {
        b.iter(|| ex.extract_all(black_box(&corpus.docs)).len())
    });
    g.finish();

    let relations: Vec<Vec<diplograph::Relation>> = ex.extract_all(&corpus.docs);
    let mut g = c.benchmark_group("graph");
    g.sample_size(10);
    g.bench_function("build", |b| {
        b.iter(|| KnowledgeGraph::from_relations(relations.iter().flatten().cloned()).fact_count())
    });
    let halves: Vec<KnowledgeGraph> = relations
        .chunks(relations.len().div_ceil(2).max(1))
        .map(|c| KnowledgeGraph::from_relations(c.iter().flatten().cloned()))
        .collect();
    g.bench_function("merge_two_halves", |b| {
        b.iter(|| {
            halves
                .iter()
                .fold(KnowledgeGraph::new(), |acc, h| acc.merged(h))
                .fact_count()
        })
    });
    let kg = KnowledgeGraph::from_relations(relations.into_iter().flatten());
    g.bench_function("query_pledges_excluding_negated", |b| {
        b.iter(|| {
            kg.query()
                .kind(RelationKind::Pledged)
                .exclude_modality(Modality::Negated)
                .run()
                .count()
        })
    });
    g.bench_function("question_who_met_putin", |b| {
        b.iter(|| kg.ask("who met Putin?").map(|a| a.answers.len()))
    });
    g.finish();
    eprintln!("corpus: {}", corpus.name);

    // Hostile input: one "sentence" of n repeated mentions. Constant throughput across sizes
    // means time grows linearly with the input, not quadratically.
    let mut g = c.benchmark_group("repeated_mentions");
    g.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let doc = diplograph::Document::new("r", format!("{} met Xi.", "Putin, ".repeat(n)));
        g.throughput(Throughput::Bytes(doc.text.len() as u64));
        g.bench_function(format!("{n}"), |b| {
            b.iter(|| ex.extract(black_box(&doc)).len())
        });
    }
    g.finish();

    // Hostile input against news, in the same run: text as dense as text gets in triggers,
    // mentions or coordinations, each as much text as the news sample, read as the command line
    // reads it (one thread, relations streamed). Each should run at no less than a fifth of
    // the news throughput.
    let mut news = String::new();
    for d in &corpus.docs {
        if news.len() >= HOSTILE_BYTES {
            break;
        }
        news.push_str(&d.text);
        news.push_str("\n\n");
    }
    let filled = |unit: &str| unit.repeat(HOSTILE_BYTES / unit.len() + 1);
    let cases = [
        ("news", news),
        // a trigger every third word and no sentence end: 4 KB pieces of "met"
        ("trigger_dense", filled("Putin met Xi ")),
        // a trigger every third word, every sentence a relation
        ("trigger_dense_sentences", filled("Putin met Xi. ")),
        // nothing but names, and a verb after every twelfth
        (
            "mention_dense",
            filled("Putin, Xi, Modi, Macron, Starmer, Erdogan, Lula, Ishiba, Biden, Scholz, Meloni and Sanchez met. "),
        ),
        // every subject with every object
        (
            "coordination_dense",
            filled("Putin and Xi and Modi and Macron met Erdogan and Biden and Scholz and Meloni. "),
        ),
        // coordinations without a sentence end
        (
            "coordination_dense_unbroken",
            filled("Putin and Xi and Modi and Macron met Erdogan and Biden and Scholz and Meloni and "),
        ),
    ];
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for (name, text) in cases {
        let doc = Document::new(name, text).with_date("2025-03-01".parse().unwrap());
        g.throughput(Throughput::Bytes(doc.text.len() as u64));
        g.bench_function(name, |b| b.iter(|| ex.relations(black_box(&doc)).count()));
    }
    g.finish();
}

/// How much text each hostile case reads.
const HOSTILE_BYTES: usize = 1 << 20;

criterion_group!(benches, bench);
criterion_main!(benches);
