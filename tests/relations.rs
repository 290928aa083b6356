//! Data-driven extraction cases: every `tests/data/relations/*.jsonl` file, one case per line.
//!
//! A case has `text`, an optional document `date`, and:
//! * `expect`: relations that must be found. Each names a `kind` and any of `source`, `target`
//!   (`null` for none), `object` (words the object must contain), `modality`, `date`, `place`.
//!   Without `modality`, a negated relation does not count as found. `met` and `spoke` match in
//!   either direction.
//! * `absent`: relations that must not be claimed (same fields; without `modality`, negated
//!   relations are not claims and do not count).
//! * `only` (default `true`): nothing but the expected relations may be claimed. A case opts out
//!   with `"only": false` only where the text states more than the case is about.
//! * `pending`: a known gap, with the reason. The case must still fail; when it passes, drop the
//!   marker (the test says so).

use diplograph::{Document, Extractor, Gazetteer, Modality, Relation};
use serde::Deserialize;
use serde_json::Value;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    date: Option<String>,
    /// The document's headline, where the case is about what a title tells.
    #[serde(default)]
    title: Option<String>,
    text: String,
    #[serde(default)]
    expect: Vec<serde_json::Map<String, Value>>,
    #[serde(default)]
    absent: Vec<serde_json::Map<String, Value>>,
    #[serde(default = "yes")]
    only: bool,
    #[serde(default)]
    pending: Option<String>,
}

fn yes() -> bool {
    true
}

fn field_matches(r: &Relation, spec: &serde_json::Map<String, Value>, swapped: bool) -> bool {
    let (source, target) = if swapped {
        (
            r.target.as_ref().map(|t| t.id.as_str()),
            Some(r.source.id.as_str()),
        )
    } else {
        (
            Some(r.source.id.as_str()),
            r.target.as_ref().map(|t| t.id.as_str()),
        )
    };
    for (k, v) in spec {
        let ok = match k.as_str() {
            "kind" => v.as_str() == Some(r.kind.as_str()),
            "source" => v.as_str() == source,
            "target" => v.as_str() == target,
            "object" => match (v.as_str(), &r.object) {
                (Some(want), Some(have)) => have.to_lowercase().contains(&want.to_lowercase()),
                (None, None) => true,
                _ => false,
            },
            "modality" => v.as_str() == Some(r.modality.as_str()),
            "date" => v.as_str() == r.date.map(|d| d.to_string()).as_deref(),
            "place" => v.as_str() == r.place.as_deref(),
            other => panic!("unknown field {other:?} in a case"),
        };
        if !ok {
            return false;
        }
    }
    true
}

fn matches(r: &Relation, spec: &serde_json::Map<String, Value>) -> bool {
    if !spec.contains_key("modality") && r.modality == Modality::Negated {
        return false;
    }
    field_matches(r, spec, false) || (r.kind.is_symmetric() && field_matches(r, spec, true))
}

fn describe(r: &Relation) -> String {
    format!(
        "{} {} -> {} obj={:?} {} date={:?} place={:?}",
        r.kind,
        r.source.id,
        r.target.as_ref().map_or("null", |t| t.id.as_str()),
        r.object,
        r.modality.as_str(),
        r.date.map(|d| d.to_string()),
        r.place
    )
}

fn check(case: &Case, rels: &[Relation]) -> Vec<String> {
    let mut problems = Vec::new();
    for e in &case.expect {
        if !rels.iter().any(|r| matches(r, e)) {
            problems.push(format!("missing {}", Value::Object(e.clone())));
        }
    }
    for a in &case.absent {
        for r in rels.iter().filter(|r| matches(r, a)) {
            problems.push(format!("must not claim {}", describe(r)));
        }
    }
    if case.only {
        for r in rels.iter().filter(|r| r.modality != Modality::Negated) {
            if !case.expect.iter().any(|e| matches(r, e)) {
                problems.push(format!("unexpected {}", describe(r)));
            }
        }
    }
    problems
}

fn referenced_ids(case: &Case) -> impl Iterator<Item = &str> {
    case.expect.iter().chain(&case.absent).flat_map(|spec| {
        ["source", "target"]
            .into_iter()
            .filter_map(|k| spec.get(k).and_then(Value::as_str))
    })
}

#[test]
fn relation_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/relations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let gazetteer = Gazetteer::bundled();
    let extractor = Extractor::bundled();
    let (mut total, mut pending) = (0, 0);
    let mut failures = Vec::new();
    for file in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "jsonl"))
    {
        let text = std::fs::read_to_string(file).unwrap();
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let here = format!("{}:{}", file.file_name().unwrap().to_string_lossy(), i + 1);
            let case: Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{here}: {e}"));
            for id in referenced_ids(&case) {
                let known = gazetteer.get(id).is_some() || id.starts_with("person:");
                assert!(known, "{here}: {id} is not in the gazetteer");
            }
            total += 1;
            let mut doc = Document::new(format!("case-{}", i + 1), case.text.clone());
            doc.date = case.date.as_deref().map(|d| d.parse().unwrap());
            doc.title = case.title.clone();
            let rels = extractor.extract(&doc);
            let problems = check(&case, &rels);
            match (&case.pending, problems.is_empty()) {
                (None, true) => {}
                (None, false) => failures.push(format!(
                    "{here} {}:\n    {}",
                    case.name,
                    problems.join("\n    ")
                )),
                (Some(_), false) => pending += 1,
                (Some(why), true) => failures.push(format!(
                    "{here} {}: passes now, remove `pending` ({why})",
                    case.name
                )),
            }
        }
    }
    eprintln!("{total} relation cases, {pending} pending");
    assert!(total >= 150, "only {total} cases");
    assert!(
        failures.is_empty(),
        "{} of {total} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
