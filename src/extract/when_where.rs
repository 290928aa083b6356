//! Dates and places of relations, read from the sentence.

use super::items::SentenceView;
use super::lexicon::Lexicon;
use crate::date::Date;
use crate::relation::Modality;

/// The date a sentence gives nearest to item `near`, resolved against the document date:
/// "Sept. 4, 2025", "4 September", "on Thursday" (the latest Thursday up to the document date,
/// or the next one for planned events), "yesterday". Falls back to the document date.
pub(crate) fn date_of(
    view: &SentenceView,
    doc: &str,
    lex: &Lexicon,
    near: usize,
    doc_date: Option<Date>,
    modality: Modality,
) -> Option<Date> {
    let words = lex.words();
    let mut found: Vec<(usize, Date)> = Vec::new();
    let number = |k: usize| -> Option<u32> {
        let it = view.items.get(k)?;
        if !it.is_word() {
            return None;
        }
        view.lower(k).parse().ok()
    };
    // next word item after k, skipping punctuation
    let next_word = |k: usize| -> Option<usize> {
        (k + 1..view.len().min(k + 3)).find(|&m| view.items[m].is_word())
    };
    // the year written after item k, else the document's year
    let year_after = |k: usize| -> Option<i32> {
        next_word(k)
            .and_then(number)
            .filter(|y| (1900..=2200).contains(y))
            .map(|y| y as i32)
            .or(doc_date.map(|d| d.year()))
    };
    for k in 0..view.len() {
        if !view.items[k].is_word() {
            continue;
        }
        let lower = view.lower(k);
        let capitalised = view
            .text(doc, k)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if let (Some(&month), true) = (words.months.get(lower), capitalised) {
            // "Sept. 4, 2025" / "September 4"
            if let Some(d) = next_word(k).and_then(|m| number(m).map(|n| (m, n))) {
                let (m, day) = d;
                if (1..=31).contains(&day) {
                    if let Some(date) = year_after(m).and_then(|y| Date::new(y, month, day as u8)) {
                        found.push((k, date));
                        continue;
                    }
                }
            }
            // "4 September 2025"
            if let Some(day) = k
                .checked_sub(1)
                .and_then(number)
                .filter(|d| (1..=31).contains(d))
            {
                if let Some(date) = year_after(k).and_then(|y| Date::new(y, month, day as u8)) {
                    found.push((k, date));
                }
            }
            continue;
        }
        let Some(doc_date) = doc_date else { continue };
        if let Some(wd) = words.weekdays.iter().position(|w| w == lower) {
            let today = i64::from(doc_date.weekday());
            let wd = wd as i64;
            let date = if modality == Modality::Planned {
                doc_date.add_days((wd - today).rem_euclid(7))
            } else {
                doc_date.add_days(-(today - wd).rem_euclid(7))
            };
            found.push((k, date));
            continue;
        }
        match lower {
            "yesterday" => found.push((k, doc_date.add_days(-1))),
            "today" => found.push((k, doc_date)),
            "tomorrow" => found.push((k, doc_date.add_days(1))),
            _ => {}
        }
    }
    found
        .into_iter()
        .min_by_key(|(k, _)| k.abs_diff(near))
        .map(|(_, d)| d)
        .or(doc_date)
}

/// The place a sentence names after "in" or "at": capitalised words or a place-like actor,
/// nearest after the trigger, else before it.
pub(crate) fn place_of(
    view: &SentenceView,
    doc: &str,
    lex: &Lexicon,
    near: usize,
) -> Option<String> {
    let words = lex.words();
    let mut candidates = Vec::new();
    for k in 0..view.len() {
        if !view.items[k].is_word() || !matches!(view.lower(k), "in" | "at") {
            continue;
        }
        let mut a = k + 1;
        if a < view.len() && view.items[a].is_word() && view.lower(a) == "the" {
            a += 1;
        }
        let mut b = a;
        while b < view.len() && b - a < 4 {
            let it = &view.items[b];
            let text = view.text(doc, b);
            let capital = text.chars().next().is_some_and(char::is_uppercase);
            let calendar = words.months.contains_key(view.lower(b))
                || words.weekdays.iter().any(|w| w == view.lower(b));
            // a country or its seat names a place; an organization or person does not
            let place_actor = capital && it.actor().is_some_and(|a| a.place_like);
            if it.actor().is_some_and(|a| !a.place_like) {
                break;
            }
            if (it.is_word() && capital && !calendar) || place_actor {
                b += 1;
            } else {
                break;
            }
        }
        if b > a {
            let start = view.items[k + 1].start;
            let text = &doc[start..view.items[b - 1].end];
            candidates.push((k, text.to_owned()));
        }
    }
    let after = candidates.iter().find(|(k, _)| *k > near).cloned();
    after
        .or_else(|| candidates.into_iter().last())
        .map(|(_, t)| t)
}
