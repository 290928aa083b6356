//! Dates and places of relations, read from the sentence.

use super::items::{ActorRef, SentenceView};
use super::lexicon::Lexicon;
use super::places::{described_place, PlaceBook};
use crate::date::Date;
use crate::gazetteer::Gazetteer;
use crate::relation::Modality;

/// A date expression in a sentence, before it is resolved for one relation.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DateMention {
    /// "Sept. 4, 2025", "4 September", "yesterday".
    Fixed(Date),
    /// "on Thursday": Monday = 0; which Thursday depends on the relation's modality.
    Weekday(i64),
}

/// The date expressions of a sentence with their item positions, found once per sentence:
/// "Sept. 4, 2025", "4 September", "on Thursday", "yesterday".
pub(crate) fn sentence_dates(
    view: &SentenceView,
    doc: &str,
    lex: &Lexicon,
    doc_date: Option<Date>,
) -> Vec<(usize, DateMention)> {
    let words = lex.words();
    let mut found: Vec<(usize, DateMention)> = Vec::new();
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
                        found.push((k, DateMention::Fixed(date)));
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
                    found.push((k, DateMention::Fixed(date)));
                }
            }
            continue;
        }
        let Some(doc_date) = doc_date else { continue };
        if let Some(wd) = words.weekdays.iter().position(|w| w == lower) {
            found.push((k, DateMention::Weekday(wd as i64)));
            continue;
        }
        match lower {
            "yesterday" => found.push((k, DateMention::Fixed(doc_date.add_days(-1)))),
            "today" => found.push((k, DateMention::Fixed(doc_date))),
            "tomorrow" => found.push((k, DateMention::Fixed(doc_date.add_days(1)))),
            _ => {}
        }
    }
    found
}

/// The date nearest to item `near`, resolved against the document date (a weekday is the latest
/// one up to the document date, or the next one for planned events); else the document date.
pub(crate) fn pick_date(
    dates: &[(usize, DateMention)],
    near: usize,
    doc_date: Option<Date>,
    modality: Modality,
) -> Option<Date> {
    let Some(&(_, mention)) = dates.iter().min_by_key(|(k, _)| k.abs_diff(near)) else {
        return doc_date;
    };
    match (mention, doc_date) {
        (DateMention::Fixed(d), _) => Some(d),
        (DateMention::Weekday(wd), Some(doc_date)) => {
            let today = i64::from(doc_date.weekday());
            Some(if modality == Modality::Planned {
                doc_date.add_days((wd - today).rem_euclid(7))
            } else {
                doc_date.add_days(-(today - wd).rem_euclid(7))
            })
        }
        (DateMention::Weekday(_), None) => None,
    }
}

/// A place a sentence names after "in" or "at".
#[derive(Clone, Debug)]
pub(crate) struct Place {
    /// The item of its "in" or "at".
    pub at: usize,
    /// The item after its name.
    pub end: usize,
    /// As written ("Paris", "the Elysee Palace").
    pub text: String,
    /// The country it lies in, when the gazetteer or the city list knows it.
    pub country: Option<ActorRef>,
}

/// The places a sentence names after "in" or "at" (capitalised words or a country or its
/// seat), with their item positions, found once per sentence.
pub(crate) fn sentence_places(
    view: &SentenceView,
    doc: &str,
    lex: &Lexicon,
    gazetteer: &Gazetteer,
) -> Vec<Place> {
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
        // "in the eastern Chinese city of Wenzhou": the name after its description
        let described = described_place(view, doc, a);
        if let Some((_, name)) = described {
            a = name;
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
            // (a one-word name inside a capitalised run is part of the place: "Bletchley
            // *Park*", "Camp *David*")
            let inside_name = b > a
                && view.items[b - 1].is_word()
                && view.is_capitalised_word(doc, b - 1)
                && !view.text(doc, b).contains(' ');
            if it.actor().is_some_and(|a| !a.place_like) && !inside_name {
                break;
            }
            if (it.is_word() && capital && !calendar)
                || place_actor
                || (capital && inside_name && it.actor().is_some())
            {
                b += 1;
            } else {
                break;
            }
        }
        if b > a {
            let start = view.items[k + 1].start;
            let text = &doc[start..view.items[b - 1].end];
            // "in Fasano, Italy": a town the city list does not know, and its country
            let country_after_comma = || {
                let mut c = b + 1;
                if view.items.get(b).is_some_and(|_| view.lower(b) == ",") {
                    if c < view.len() && view.items[c].is_word() && view.lower(c) == "the" {
                        c += 1;
                    }
                    return view
                        .items
                        .get(c)
                        .filter(|it| it.actor().is_some_and(|x| x.place_like))
                        .and_then(|it| it.party());
                }
                None
            };
            // the city must be the whole name: "Windsor Castle" and "the Washington Institute"
            // are no cities; its country or an abbreviation may follow ("Munich Germany",
            // "Washington D.C."), and a possessive owns what follows ("Poland's Presidential
            // Chancellery")
            let trailer = |k: usize| {
                view.items[k].actor().is_some_and(|x| x.place_like)
                    || view
                        .text(doc, k)
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c == '.')
            };
            let whole_city = || {
                let name = &doc[view.items[a].start..view.items[b - 1].end];
                PlaceBook::bundled()
                    .country_of_city(gazetteer, name)
                    .map(ActorRef::Known)
            };
            let country = whole_city()
                .or_else(|| {
                    PlaceBook::bundled()
                        .country_at(gazetteer, view, doc, a)
                        .filter(|&(_, end)| {
                            end <= b
                                && ((end..b).all(trailer)
                                    || view.items[end - 1].actor().is_some_and(|x| x.possessive))
                        })
                        .map(|(c, _)| c)
                })
                .or_else(country_after_comma)
                .or_else(|| described.and_then(|(country, _)| country));
            candidates.push(Place {
                at: k,
                end: b,
                text: text.to_owned(),
                country,
            });
        }
    }
    candidates
}

/// The place nearest after item `near`, else the last one before it.
pub(crate) fn pick_place(places: &[Place], near: usize) -> Option<&Place> {
    places
        .iter()
        .find(|p| p.at > near)
        .or_else(|| places.last())
}
