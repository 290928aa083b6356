//! `diplograph bench`: the limit and diplograph on the same text, in the same run.
//!
//! The limit is a bare scan of the text with the gazetteer's own automaton (every surface
//! form, counting matches and nothing else): no extractor that finds those names can read text
//! faster. Beside it, the library with one and two threads, and the command line's own path —
//! JSON Lines documents in, JSON Lines relations out, through the same functions `extract`
//! runs — with one and two threads. Each figure is the median of several runs; the ratio to the
//! limit is what carries from one machine to another.

use super::{extract_stream, Format, RelationWriter, Result, Totals};
use diplograph::{Date, Document, Extractor};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The text the benchmark reads.
pub(crate) struct Corpus {
    pub(crate) name: String,
    pub(crate) docs: Vec<Document>,
    pub(crate) bytes: usize,
}

const SAMPLE: &str = include_str!("../../../examples/data/paris-meeting-sample.txt");

impl Corpus {
    /// Documents from JSON Lines files, up to `limit` bytes of text; without files, the
    /// bundled sample article repeated to `limit` bytes.
    pub(crate) fn load(files: &[PathBuf], limit: usize) -> Result<Corpus> {
        let mut docs = Vec::new();
        let mut bytes = 0;
        'files: for path in files {
            let file = std::fs::File::open(path)
                .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
            for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
                let line = line.map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
                if line.trim().is_empty() {
                    continue;
                }
                let doc = Document::from_json_line(&line)
                    .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
                bytes += doc.text.len();
                docs.push(doc);
                if bytes >= limit {
                    break 'files;
                }
            }
        }
        if !files.is_empty() {
            if docs.is_empty() {
                return Err("the corpus files hold no documents".into());
            }
            let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
            return Ok(Corpus {
                name: names.join(", "),
                docs,
                bytes,
            });
        }
        let date: Date = "2025-10-09".parse()?;
        while bytes < limit {
            let doc = Document::new(format!("sample-{}", docs.len()), SAMPLE).with_date(date);
            bytes += doc.text.len();
            docs.push(doc);
        }
        Ok(Corpus {
            name: "examples/data/paris-meeting-sample.txt, repeated".into(),
            docs,
            bytes,
        })
    }
}

/// One measured configuration.
struct Figure {
    what: &'static str,
    seconds: f64,
}

/// The median time of `runs` runs of `f`.
fn median_seconds(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn pool(threads: usize) -> Result<rayon::ThreadPool> {
    Ok(rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?)
}

/// Runs every configuration on `corpus` and prints the table (and, last, one JSON line).
pub(crate) fn run(extractor: &Extractor, corpus: &Corpus, runs: usize) -> Result<bool> {
    let docs = &corpus.docs;
    let limit = extractor.matcher().automaton();
    let jsonl: Vec<u8> = docs
        .iter()
        .flat_map(|d| {
            let mut line = serde_json::to_vec(d).unwrap_or_default();
            line.push(b'\n');
            line
        })
        .collect();
    let one = pool(1)?;
    let two = pool(2)?;
    let mut relations = 0;
    let cli = |threads: &rayon::ThreadPool| -> std::result::Result<usize, String> {
        threads.install(|| {
            let mut writer = RelationWriter::new(std::io::sink(), Format::Jsonl);
            let mut totals = Totals::default();
            extract_stream(
                extractor,
                Path::new("<bench>"),
                jsonl.as_slice(),
                None,
                &mut writer,
                &mut totals,
            )
            .map_err(|e| e.to_string())?;
            Ok(totals.relations)
        })
    };
    // one untimed pass: the model, the headline automaton and the place table are loaded on
    // first need, and the first run should not pay for them
    cli(&one)?;
    let mut figures = vec![Figure {
        what: "limit: bare Aho-Corasick scan, the same surface forms",
        seconds: median_seconds(runs, || {
            let found: usize = docs.iter().map(|d| limit.find_iter(&d.text).count()).sum();
            std::hint::black_box(found);
        }),
    }];
    figures.push(Figure {
        what: "library, one thread (Extractor::relations)",
        seconds: median_seconds(runs, || {
            relations = docs.iter().map(|d| extractor.relations(d).count()).sum();
        }),
    });
    figures.push(Figure {
        what: "library, two threads (Extractor::extract_all)",
        seconds: median_seconds(runs, || {
            let all = two.install(|| extractor.extract_all(docs));
            std::hint::black_box(all.len());
        }),
    });
    let mut failed = None;
    for (what, threads) in [
        ("command line, JSONL in and out, one thread", &one),
        ("command line, JSONL in and out, two threads", &two),
    ] {
        let seconds = median_seconds(runs, || {
            if let Err(e) = cli(threads) {
                failed = Some(e);
            }
        });
        figures.push(Figure { what, seconds });
    }
    if let Some(e) = failed {
        return Err(e.into());
    }

    let mb = corpus.bytes as f64 / 1e6;
    let limit_rate = mb / figures[0].seconds;
    let mut out = std::io::stdout().lock();
    writeln!(out, "diplograph bench, {} on {}", today(), machine())?;
    writeln!(
        out,
        "corpus: {} ({:.1} MB of text, {} documents, {} relations); median of {} runs; MB = 10^6 bytes",
        corpus.name,
        mb,
        docs.len(),
        relations,
        runs.max(1)
    )?;
    writeln!(out)?;
    writeln!(out, "| {:<56} | {:>9} | {:>8} |", "", "MB/s", "÷ limit")?;
    writeln!(out, "| {:-<56} | {:->9} | {:->8} |", "", "", "")?;
    let mut json = serde_json::Map::new();
    json.insert("mb".into(), mb.into());
    json.insert("relations".into(), relations.into());
    for (i, f) in figures.iter().enumerate() {
        let rate = mb / f.seconds;
        let ratio = if i == 0 {
            "1".to_string()
        } else {
            format!("{:.1} %", 100.0 * rate / limit_rate)
        };
        writeln!(out, "| {:<56} | {:>9.1} | {:>8} |", f.what, rate, ratio)?;
        json.insert(
            ["limit", "library_1", "library_2", "cli_1", "cli_2"][i].to_string() + "_mb_s",
            ((rate * 10.0).round() / 10.0).into(),
        );
    }
    writeln!(out)?;
    writeln!(out, "{}", serde_json::Value::Object(json))?;
    Ok(true)
}

/// Today's date (UTC).
fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    Date::new(1970, 1, 1)
        .map(|epoch| epoch.add_days(days as i64).to_string())
        .unwrap_or_default()
}

/// The processor and how many threads it runs, as far as the system says.
fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    format!("{model}, {cores} threads available")
}
