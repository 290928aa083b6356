//! Gazetteer matching throughput (MB/s): the bundled gazetteer, and the same plus 50,000
//! generated names; each beside the bare automaton scan with the same patterns.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use diplograph::gazetteer::{Office, PersonFacts};
use diplograph::{Entity, EntityId, EntityKind, Gazetteer, Matcher, Role};

#[path = "support/corpus.rs"]
mod corpus;

/// 50,000 distinct person names from syllables, deterministic.
fn generated_gazetteer() -> Gazetteer {
    const A: &[&str] = &[
        "ka", "lo", "mi", "su", "ta", "ve", "ro", "ne", "di", "za", "bo", "fe", "gu", "hi", "ju",
        "pe",
    ];
    let mut b = Gazetteer::builder();
    b.with_bundled();
    let mut n = 0u32;
    'outer: for a in A {
        for c in A {
            for d in A {
                for e in A {
                    let first = format!("{}{}{}", a.to_uppercase(), c, d);
                    let last = format!("{}{}{}n", e.to_uppercase(), d, a);
                    let name = format!("{first} {last}");
                    let mut p = Entity::new(format!("person:gen-{n}"), EntityKind::Person, name);
                    let mut facts = PersonFacts::default();
                    facts.offices.push(
                        Office::new("Minister", Role::Other, EntityId::new("country:FRA"))
                            .with_start("2020".parse().unwrap()),
                    );
                    p.person = Some(facts);
                    b.add(p).expect("generated entity is valid");
                    n += 1;
                    if n == 50_000 {
                        break 'outer;
                    }
                }
            }
        }
    }
    b.build()
}

fn bench(c: &mut Criterion) {
    let corpus = corpus::load();
    let text: String = corpus
        .docs
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    eprintln!("matching on {} ({} bytes)", corpus.name, corpus.bytes);
    let mut group = c.benchmark_group("matching");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);

    let bundled = Gazetteer::bundled();
    let m = Matcher::new(&bundled).expect("bundled automaton");
    group.bench_function("bundled/limit_bare_scan", |b| {
        b.iter(|| m.automaton().find_iter(black_box(text.as_str())).count())
    });
    group.bench_function("bundled/mentions", |b| {
        b.iter(|| m.find_iter(black_box(&text)).count())
    });

    let big = generated_gazetteer();
    let mb = Matcher::new(&big).expect("automaton with generated names");
    eprintln!("with generated names: {} patterns", mb.pattern_count());
    group.bench_function("plus_50k_names/limit_bare_scan", |b| {
        b.iter(|| mb.automaton().find_iter(black_box(text.as_str())).count())
    });
    group.bench_function("plus_50k_names/mentions", |b| {
        b.iter(|| mb.find_iter(black_box(&text)).count())
    });
    group.finish();

    let mut build = c.benchmark_group("build");
    build.sample_size(10);
    build.bench_function("bundled_gazetteer_load", |b| {
        b.iter(|| Gazetteer::builder().with_bundled().build().len())
    });
    build.bench_function("bundled_automaton", |b| {
        b.iter(|| Matcher::new(black_box(&bundled)).map(|m| m.pattern_count()))
    });
    build.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
