//! Which names of a gazetteer fire where they are probably not names? Run it over your own
//! corpus before and after you add people: a short name that the text also uses as an ordinary
//! word ("Rice", "Young", "Power") shows up here with its lower-case count beside its matches.
//!
//! ```text
//! cargo run --release --example audit_names -- [--gazetteer FILE.jsonl] [--top N] PATH...
//! cargo run --release --example audit_names -- [--date YYYY-MM-DD] --show "President Michel met Kim Jong Un."
//! ```
//!
//! PATHs are text files, JSON Lines files of `{"text": …}` documents, or directories of those.
//! The report lists, for each short-name form, how often it matched, how often the same word
//! appears in lower case (an ordinary word), and how many people it may mean; last, the total
//! of matches of short names that the corpus writes in lower case at least as often ("suspect").

use diplograph::gazetteer::SurfaceForm;
use diplograph::{Gazetteer, Matcher};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut paths = Vec::new();
    let mut extra = None;
    let mut top = 40usize;
    let mut show = None;
    let mut date = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--gazetteer" => extra = Some(PathBuf::from(args.next().ok_or("--gazetteer FILE")?)),
            "--top" => top = args.next().ok_or("--top N")?.parse()?,
            "--show" => show = Some(args.next().ok_or("--show TEXT")?),
            "--date" => date = Some(args.next().ok_or("--date YYYY-MM-DD")?.parse()?),
            _ => paths.push(PathBuf::from(a)),
        }
    }
    let gazetteer = match extra {
        Some(path) => {
            let mut b = Gazetteer::builder();
            b.with_bundled();
            b.load_path(path)?;
            b.build()
        }
        None => (*Gazetteer::bundled()).clone(),
    };
    let matcher = Matcher::new(&gazetteer)?;

    if let Some(text) = show {
        for m in matcher.find_iter(&text) {
            let who: Vec<String> = m
                .candidates()
                .iter()
                .take(6)
                .map(|c| format!("{} ({:?})", gazetteer.entity(c.entity).name, c.form))
                .collect();
            let found = &text[m.start..m.end];
            println!(
                "{:>4}..{:<4} {:<28} {}",
                m.start,
                m.end,
                found,
                who.join("; ")
            );
        }
        // and what extraction made of them, in context
        let extractor = diplograph::Extractor::builder()
            .gazetteer(gazetteer)
            .build()?;
        let mut doc = diplograph::Document::new("show", text.as_str());
        doc.date = date;
        println!("resolved:");
        for m in extractor.analyze(&doc).mentions {
            let found = &text[m.start..m.end];
            println!(
                "{:>4}..{:<4} {:<28} {} ({})",
                m.start, m.end, found, m.entity.id, m.via
            );
        }
        return Ok(());
    }

    let mut texts = Vec::new();
    for p in &paths {
        collect(p, &mut texts)?;
    }
    let mut matched: HashMap<String, (usize, usize)> = HashMap::new();
    let mut lower: HashMap<String, usize> = HashMap::new();
    let mut bytes = 0;
    for text in &texts {
        bytes += text.len();
        for m in matcher.find_iter(text) {
            let found = &text[m.start..m.end];
            if m.form() == SurfaceForm::ShortName && !found.contains(' ') {
                let e = matched.entry(found.to_owned()).or_insert((0, 0));
                e.0 += 1;
                e.1 = m.candidates().len();
            }
        }
        for w in text.split(|c: char| !c.is_alphabetic()) {
            if w.chars().next().is_some_and(char::is_lowercase) {
                *lower.entry(w.to_owned()).or_default() += 1;
            }
        }
    }
    let mut rows: Vec<(&String, usize, usize, usize)> = matched
        .iter()
        .map(|(form, &(n, people))| {
            let low = lower.get(&form.to_lowercase()).copied().unwrap_or(0);
            (form, n, low, people)
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse((r.2.min(r.1), r.1)));
    println!(
        "{} documents, {:.1} MB, {} patterns",
        texts.len(),
        bytes as f64 / 1e6,
        matcher.pattern_count()
    );
    println!(
        "{:<20} {:>8} {:>10} {:>7}",
        "short name", "matches", "lower-case", "people"
    );
    for (form, n, low, people) in rows.iter().take(top) {
        println!("{form:<20} {n:>8} {low:>10} {people:>7}");
    }
    // a form the corpus writes in lower case at least as often as it matched is more often an
    // ordinary word than a name
    let suspect: Vec<_> = rows.iter().filter(|r| r.2 >= r.1).collect();
    let suspect_matches: usize = suspect.iter().map(|r| r.1).sum();
    let all: usize = rows.iter().map(|r| r.1).sum();
    println!(
        "short-name matches {all}; suspect (the word is as often written in lower case): {} forms, {suspect_matches} matches",
        suspect.len()
    );
    Ok(())
}

fn collect(path: &Path, out: &mut Vec<String>) -> Result<(), Box<dyn std::error::Error>> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            collect(&p, out)?;
        }
        return Ok(());
    }
    let bytes = std::fs::read(path)?;
    let text = String::from_utf8_lossy(&bytes);
    if path.extension().is_some_and(|e| e == "jsonl") {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                out.push(t.to_owned());
            }
        }
    } else if path.extension().is_some_and(|e| e == "txt") {
        out.push(text.into_owned());
    }
    Ok(())
}
