//! Data-driven matcher cases: `tests/data/matcher.jsonl`, one case per line.
//!
//! `expect` lists the (text, entity id) mentions that must be found, in order and nothing else;
//! `absent` lists entity ids that must not be found at all.

use diplograph::{Gazetteer, Matcher};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    expect: Vec<(String, String)>,
    #[serde(default)]
    absent: Vec<String>,
}

#[test]
fn matcher_fixtures() {
    let g = Gazetteer::bundled();
    let m = Matcher::new(&g).unwrap();
    let cases = include_str!("data/matcher.jsonl");
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in cases
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Case =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("matcher.jsonl:{}: {e}", i + 1));
        n += 1;
        let found: Vec<(String, String)> = m
            .find_iter(&case.text)
            .map(|x| {
                (
                    case.text[x.start..x.end].to_owned(),
                    g.entity(x.entity()).id.to_string(),
                )
            })
            .collect();
        if found != case.expect {
            failures.push(format!(
                "{}: expected {:?}, found {:?}",
                case.name, case.expect, found
            ));
        }
        for id in &case.absent {
            if found.iter().any(|(_, f)| f == id) {
                failures.push(format!("{}: {id} must not be found", case.name));
            }
        }
    }
    assert!(n >= 25, "only {n} cases read");
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn spans_are_char_boundaries_on_odd_text() {
    let g = Gazetteer::bundled();
    let m = Matcher::new(&g).unwrap();
    let text = "É\u{0301}Ukraine\u{200B}Ukraine’s 🇺🇦 UKRAINE—Україна";
    let mut found = 0;
    for x in m.find_iter(text) {
        assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
        assert!(x.start < x.end);
        found += 1;
    }
    assert!(
        found >= 2,
        "the plain spellings of Ukraine are found ({found})"
    );
}
