//! The command line, run as users run it. Exit codes: 0 when every input was read, 1 when some
//! input failed (the rest still processed and written), 2 for bad arguments.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_diplograph"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("diplograph-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The `doc` of every relation `extract` wrote, in output order.
fn docs_of(o: &Output) -> Vec<String> {
    stdout(o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn sample() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/paris-meeting-sample.txt"
    ))
}

#[test]
fn gazetteer_stats() {
    let o = run(&["gazetteer", "--stats"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["countries"].as_u64().unwrap() >= 195);
    assert!(v["organizations"].as_u64().unwrap() >= 150);
    assert!(v["people"].as_u64().unwrap() >= 800);
}

#[test]
fn gazetteer_jsonl_lists_every_entity_and_validates() {
    let o = run(&["gazetteer"]);
    assert!(o.status.success());
    let lines = stdout(&o).lines().count();
    let stats: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["gazetteer", "--stats"]))).unwrap();
    assert_eq!(lines as u64, stats["entities"].as_u64().unwrap());
    let v = run(&["gazetteer", "--validate"]);
    assert!(v.status.success(), "{}", stdout(&v));
}

#[test]
fn extract_text_file_to_jsonl() {
    let o = run(&["extract", sample().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rels: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(rels.len() >= 10);
    for r in &rels {
        assert_eq!(r["doc"], "paris-meeting-sample");
        for field in ["kind", "source", "modality", "sentence", "span"] {
            assert!(!r[field].is_null(), "{field} missing in {r}");
        }
        assert_eq!(r["date"], "2025-10-09", "date read from the text");
    }
    assert!(rels.iter().any(|r| r["kind"] == "pledged"
        && r["object"] == "troops"
        && r["modality"] == "conditional"));
}

#[test]
fn extract_json_format_is_one_array() {
    let o = run(&["extract", "--format", "json", sample().to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v.as_array().unwrap().len() >= 10);
}

#[test]
fn stdin_jsonl_with_a_bad_line_reports_it_and_keeps_the_rest() {
    let mut child = bin()
        .args(["extract", "-", "--stats"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = concat!(
        r#"{"id":"a","date":"2025-08-15","text":"Donald Trump met Vladimir Putin in Anchorage."}"#,
        "\n",
        "this is not json\n",
        r#"{"id":"b","date":"2025-08-18","text":"Zelensky met Trump at the White House."}"#,
        "\n",
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(1),
        "a failed line makes the exit code 1"
    );
    let err = stderr(&o);
    assert!(err.contains("<stdin>:2:"), "{err}");
    assert!(err.contains("\"documents\": 2"), "{err}");
    let docs = docs_of(&o);
    assert!(
        docs.contains(&"a".to_string()) && docs.contains(&"b".to_string()),
        "{docs:?}"
    );
}

#[test]
fn directory_with_an_unreadable_file_still_extracts_the_others() {
    let d = temp_dir("dir");
    std::fs::write(
        d.join("good.txt"),
        "Narendra Modi met Xi Jinping in Tianjin.",
    )
    .unwrap();
    // invalid UTF-8 is replaced, with a warning, not rejected
    std::fs::write(
        d.join("latin1.txt"),
        b"Emmanuel Macron met Olaf Scholz in Paris \xe9t\xe9.",
    )
    .unwrap();
    let o = run(&[
        "extract",
        d.to_str().unwrap(),
        d.join("missing.txt").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("missing.txt: cannot read"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("invalid UTF-8"), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("\"doc\":\"good\"") && out.contains("\"doc\":\"latin1\""),
        "{out}"
    );
}

#[test]
fn graph_query_and_exports() {
    let d = temp_dir("graph");
    let graph = d.join("graph.json");
    let o = run(&[
        "extract",
        sample().to_str().unwrap(),
        "--graph",
        graph.to_str().unwrap(),
        "-o",
        d.join("rels.jsonl").to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));

    let q = run(&["query", graph.to_str().unwrap(), "who pledged troops?"]);
    assert!(q.status.success());
    let text = stdout(&q);
    assert!(
        text.contains("United Kingdom")
            && text.contains("conditional")
            && text.contains("pledged to deploy troops"),
        "{text}"
    );

    let q = run(&[
        "query",
        graph.to_str().unwrap(),
        "who pledged troops?",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&q)).unwrap();
    assert_eq!(v["answers"].as_array().unwrap().len(), 2);

    let bad = run(&[
        "query",
        graph.to_str().unwrap(),
        "what is the meaning of life?",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("understood forms"));

    for (format, needle) in [
        ("graphml", "<graphml"),
        ("dot", "digraph"),
        ("ntriples", "urn:diplograph:"),
        ("jsonl", "\"kind\""),
    ] {
        let e = run(&["export", graph.to_str().unwrap(), "--format", format]);
        assert!(e.status.success(), "{format}: {}", stderr(&e));
        assert!(stdout(&e).contains(needle), "{format}");
    }
    let csv = d.join("csv");
    let e = run(&[
        "export",
        graph.to_str().unwrap(),
        "--format",
        "csv",
        "-o",
        csv.to_str().unwrap(),
    ]);
    assert!(e.status.success());
    assert!(std::fs::read_to_string(csv.join("nodes.csv"))
        .unwrap()
        .starts_with("id:ID"));
    assert!(std::fs::read_to_string(csv.join("edges.csv"))
        .unwrap()
        .starts_with(":START_ID"));
}

#[test]
fn bad_arguments_and_files() {
    assert_eq!(run(&["extract"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        run(&["extract", "x.txt", "--date", "2025-02-30"])
            .status
            .code(),
        Some(2)
    );
    let o = run(&["query", "/nonexistent/graph.json", "who met Putin?"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/nonexistent/graph.json: cannot read"));
    let d = temp_dir("badgaz");
    let g = d.join("bad.jsonl");
    std::fs::write(&g, "{\"id\":\"org:x\"}\n").unwrap();
    let o = run(&[
        "extract",
        sample().to_str().unwrap(),
        "--gazetteer",
        g.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("bad.jsonl:1:"), "{}", stderr(&o));
}

#[test]
fn user_gazetteer_adds_actors() {
    let d = temp_dir("usergaz");
    let g = d.join("mine.jsonl");
    std::fs::write(&g, r#"{"id":"person:amara-okafor","kind":"person","name":"Amara Okafor","person":{"short_names":["Okafor"],"offices":[{"title":"special envoy","role":"envoy","of":"org:african-union","start":"2025"}]}}"#).unwrap();
    let t = d.join("doc.txt");
    std::fs::write(
        &t,
        "Amara Okafor met Kenyan President William Ruto in Nairobi.",
    )
    .unwrap();
    let o = run(&[
        "extract",
        t.to_str().unwrap(),
        "--gazetteer",
        g.to_str().unwrap(),
        "--date",
        "2025-06-01",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("person:amara-okafor") && stdout(&o).contains("person:william-ruto")
    );
}

#[test]
fn syntax_parse_writes_conllu_for_plain_text() {
    let mut child = bin()
        .args(["syntax", "parse", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("The envoy met the minister. They didn't talk.".as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let out = stdout(&o);
    let sentences = diplograph::syntax::conllu::read(out.as_bytes(), Path::new("stdout")).unwrap();
    assert_eq!(sentences.len(), 2);
    assert_eq!(sentences[1].forms, ["They", "did", "n't", "talk", "."]);
    // one root per sentence, every head inside it
    for s in &sentences {
        assert_eq!(s.heads.iter().filter(|h| h.is_none()).count(), 1);
    }
}

#[test]
fn syntax_eval_ends_with_a_json_line() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/syntax/sample.conllu"
    );
    let o = run(&["syntax", "eval", file]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let v: serde_json::Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    assert_eq!(v["sentences"], 2);
    assert_eq!(v["tokens"], 13);
    for key in ["upos", "uas", "las"] {
        let x = v[key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&x), "{key} = {x}");
    }
    assert!(v["las"].as_f64().unwrap() <= v["uas"].as_f64().unwrap());
}

#[test]
fn syntax_commands_name_a_bad_file() {
    let dir = temp_dir("syntax-bad");
    let bad_model = dir.join("broken.model");
    std::fs::write(&bad_model, b"DGSYNTX\0 not really a model").unwrap();
    let o = bin()
        .args(["syntax", "parse", "--model"])
        .arg(&bad_model)
        .arg(sample())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("broken.model"), "{}", stderr(&o));

    let bad_treebank = dir.join("bad.conllu");
    std::fs::write(&bad_treebank, "1\tword\n").unwrap();
    let o = bin()
        .args(["syntax", "eval"])
        .arg(&bad_treebank)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("bad.conllu:1"), "{}", stderr(&o));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_document_whose_date_scan_meets_a_wide_character_loses_nothing() {
    let dir = temp_dir("wide-date");
    let bad = dir.join("bad.txt");
    let good = dir.join("good.txt");
    std::fs::write(
        &bad,
        "Report 1234-5678\u{e9} Putin met Xi Jinping in Beijing.",
    )
    .unwrap();
    std::fs::write(&good, "Narendra Modi met Xi Jinping in Tianjin.").unwrap();
    let o = run(&["extract", bad.to_str().unwrap(), good.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = docs_of(&o);
    assert!(docs.contains(&"bad".to_string()), "{docs:?}");
    assert!(docs.contains(&"good".to_string()), "{docs:?}");
}

/// Every file of every fuzz seed corpus and regression folder.
fn fuzz_inputs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for base in ["fuzz/seeds", "tests/data/fuzz-regressions"] {
        for target in std::fs::read_dir(root.join(base)).unwrap() {
            for f in std::fs::read_dir(target.unwrap().path()).unwrap() {
                files.push(f.unwrap().path());
            }
        }
    }
    files.sort();
    files
}

#[test]
fn the_fuzz_corpora_as_input_files_never_crash_the_cli() {
    let files = fuzz_inputs();
    assert!(files.len() >= 100, "{} fuzz inputs", files.len());
    // as text documents, without a date (so every one goes through the date scan)
    let o = bin().arg("extract").args(&files).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stdout(&o).is_empty(), "the extract seeds state relations");
    for l in stdout(&o).lines() {
        serde_json::from_str::<serde_json::Value>(l).unwrap();
    }
    // as JSONL documents: most lines are no document records, and say so; none crashes
    let dir = temp_dir("fuzz-jsonl");
    for (i, f) in files.iter().enumerate() {
        std::fs::copy(f, dir.join(format!("{i:04}.jsonl"))).unwrap();
    }
    let o = run(&["extract", dir.to_str().unwrap()]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(".jsonl:"),
        "bad lines are named by file and line"
    );
    assert!(!stdout(&o).is_empty(), "the document seeds state relations");
}

#[test]
fn a_document_larger_than_a_batch_is_written_as_it_is_read_and_in_order() {
    // a 2 MB document between two small ones: its relations are streamed, not collected, and
    // the output keeps the input order (small, large, small)
    let dir = temp_dir("large-line");
    let large_text = "Putin met Xi. Modi spoke with Ishiba by phone. ".repeat(45_000);
    let input = dir.join("docs.jsonl");
    let line = |id: &str, text: &str| {
        serde_json::json!({"id": id, "date": "2025-03-01", "text": text}).to_string() + "\n"
    };
    let content = line("first", "Macron met Scholz in Berlin.")
        + &line("large", &large_text)
        + &line("last", "Starmer thanked Japan.");
    assert!(content.len() > 2_000_000);
    std::fs::write(&input, content).unwrap();
    let o = run(&["extract", input.to_str().unwrap(), "--threads", "2"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = docs_of(&o);
    let large = docs.iter().filter(|d| *d == "large").count();
    assert_eq!(large, 2 * 45_000, "one meeting and one call a repetition");
    assert_eq!(docs.first().map(String::as_str), Some("first"));
    assert_eq!(docs.last().map(String::as_str), Some("last"));
    let first_large = docs.iter().position(|d| d == "large").unwrap();
    assert!(docs[first_large..first_large + large]
        .iter()
        .all(|d| d == "large"));
}

#[test]
fn bench_reports_the_limit_and_every_configuration_against_it() {
    let dir = temp_dir("bench");
    let corpus = dir.join("corpus.jsonl");
    let line = |id: usize| {
        serde_json::json!({"id": format!("d{id}"), "date": "2025-03-01",
            "text": "Macron met Scholz in Berlin. Japan pledged aid to Ukraine."})
        .to_string()
            + "\n"
    };
    std::fs::write(&corpus, (0..200).map(line).collect::<String>()).unwrap();
    let o = run(&[
        "bench",
        corpus.to_str().unwrap(),
        "--mb",
        "0.01",
        "--runs",
        "1",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for row in [
        "limit: bare Aho-Corasick scan",
        "library, one thread",
        "library, two threads",
        "command line, JSONL in and out, one thread",
        "command line, JSONL in and out, two threads",
    ] {
        assert!(out.contains(row), "{row} missing from\n{out}");
    }
    let json: serde_json::Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    for key in [
        "limit_mb_s",
        "library_1_mb_s",
        "library_2_mb_s",
        "cli_1_mb_s",
        "cli_2_mb_s",
    ] {
        assert!(json[key].as_f64().is_some_and(|v| v > 0.0), "{key}: {json}");
    }
    // three relations a document (the meeting, Macron's visit to Germany, the pledge): the
    // corpus stops at the first document past 10 kB
    let docs = 10_000usize.div_ceil(58);
    assert_eq!(json["relations"].as_u64(), Some(3 * docs as u64), "{json}");

    // a bad corpus line is named by file and line; a bad size is refused
    std::fs::write(&corpus, "{\"id\": \"a\", \"text\": \"x\"}\nnot json\n").unwrap();
    let o = run(&["bench", corpus.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("corpus.jsonl:2"), "{}", stderr(&o));
    let o = run(&["bench", "--mb", "0"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--mb"), "{}", stderr(&o));
}
