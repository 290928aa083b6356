//! Participant lists: the names a readout lists under a heading ("**Participants:**",
//! "Industry Participants", "The roundtable participants included:") after telling of a
//! meeting. Each listed guest met the meeting's host; the host's own side, which the heading
//! or the guest's title names ("Administration Participants", "…, Assistant to the
//! President"), met no one of its own.
//!
//! Lines are read as they come: a heading opens a list, lines that do not read as prose
//! continue it (a bulleted name, or a run of "Name, Title, Company" entries), and the first
//! line of prose closes it.

use super::items::{ActorRef, SentenceView, Via};
use super::lexicon::Lexicon;
use super::resolve::DocContext;
use crate::date::Date;
use crate::document::Document;
use crate::gazetteer::{EntityIndex, EntityKind, SurfaceForm};
use crate::relation::{Modality, Relation, RelationKind};

/// The first meeting or call a document tells of: whom its participant lists met.
#[derive(Clone, Debug)]
pub(crate) struct MeetingHost {
    pub sources: Vec<ActorRef>,
    /// The countries the sources are at home in: a listed minister of one of them is on the
    /// host's side.
    pub homes: Vec<EntityIndex>,
    pub kind: RelationKind,
    pub modality: Modality,
    pub date: Option<Date>,
    pub place: Option<String>,
    pub cameo: String,
    pub plover: String,
}

/// A participant list being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ParticipantList {
    /// The heading names the host's own side ("Administration Participants").
    pub host_side: bool,
    /// The byte where the list's entries begin (past the heading).
    pub from: usize,
    /// The heading's noun ("Participants"), as the relations' trigger.
    pub noun: (usize, usize),
}

/// Characters of emphasis around a heading ("**<u>Participants</u>**").
fn is_markup(c: char) -> bool {
    matches!(c, '*' | '_' | '#' | '|') || c.is_whitespace()
}

/// `line` without the emphasis and HTML tags around it, as a byte range of it.
fn strip_markup(line: &str) -> (usize, usize) {
    let mut start = 0;
    let mut end = line.len();
    loop {
        let rest = &line[start..end];
        let trimmed = rest.trim_start_matches(is_markup);
        let mut moved = rest.len() - trimmed.len();
        if trimmed.starts_with('<') {
            if let Some(close) = trimmed.find('>').filter(|&c| c <= 10) {
                moved += close + 1;
            }
        }
        if moved == 0 {
            break;
        }
        start += moved;
    }
    loop {
        let rest = &line[start..end];
        let trimmed = rest.trim_end_matches(is_markup);
        let mut moved = rest.len() - trimmed.len();
        if trimmed.ends_with('>') {
            if let Some(open) = trimmed.rfind('<').filter(|&o| trimmed.len() - o <= 11) {
                moved += trimmed.len() - open;
            }
        }
        if moved == 0 {
            break;
        }
        end -= moved;
    }
    (start, end.max(start))
}

/// Verbs that may end a heading ("Participants *included*:").
const HEADING_VERBS: &[&str] = &["include", "included", "includes", "were", "are", "list"];

/// The most words a heading holds.
const MAX_HEADING_WORDS: usize = 10;

/// Reads `line` (one paragraph, at byte `at` of the document) as a participant heading: the
/// list's state if it is one. A heading is a short line, or the start of a line up to a
/// colon, whose words name participants and end there or in "include(d)".
pub(crate) fn heading(lexicon: &Lexicon, line: &str, at: usize) -> Option<ParticipantList> {
    let (start, end) = strip_markup(line);
    let body = &line[start..end];
    let (head, list_from) = match body.find(':') {
        Some(colon) if colon <= 100 => {
            // the entries start past the colon and the emphasis that closes the heading
            let after = &body[colon + 1..];
            let skipped = after.len() - after.trim_start_matches(is_markup).len();
            let mut from = start + colon + 1 + skipped;
            let rest = &line[from..];
            if rest.starts_with("</") {
                from += rest.find('>').map_or(0, |c| c + 1);
            }
            (&body[..colon], at + from.min(line.len()))
        }
        // a line of its own: the entries are on the lines after it
        _ if body.len() <= 80 && !body.ends_with('.') => (body, at + line.len()),
        _ => return None,
    };
    let (hs, he) = strip_markup(head);
    let head = &head[hs..he];
    let words: Vec<(usize, &str)> = head
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - head.as_ptr() as usize, w))
        .collect();
    if words.is_empty() || words.len() > MAX_HEADING_WORDS {
        return None;
    }
    let nouns = &lexicon.words().participant_nouns;
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
            .to_lowercase()
    };
    let p = words
        .iter()
        .position(|(_, w)| nouns.iter().any(|n| *n == bare(w)))?;
    // after the noun: nothing, or a phrase ending in "included" ("at the forum included")
    let after = &words[p + 1..];
    let ends_well = after.is_empty()
        || after
            .last()
            .is_some_and(|(_, w)| HEADING_VERBS.contains(&bare(w).as_str()));
    if !ends_well {
        return None;
    }
    let qualifier = words[..p]
        .iter()
        .map(|(_, w)| bare(w))
        .collect::<Vec<_>>()
        .join(" ");
    let host_side = lexicon
        .words()
        .host_side_words
        .iter()
        .any(|h| contains_words(&qualifier, h));
    let (offset, noun) = words[p];
    let noun_at = at + start + hs + offset;
    Some(ParticipantList {
        host_side,
        from: list_from,
        noun: (
            noun_at,
            noun_at + noun.trim_end_matches(|c: char| !c.is_alphanumeric()).len(),
        ),
    })
}

/// Whether `phrase` stands in `text` as whole words.
fn contains_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether a line after a heading ends its list: prose — a line that opens with no list
/// mark and ends a sentence of several words ("This is part of a series of discussions …").
pub(crate) fn ends_list(line: &str) -> bool {
    let (start, end) = strip_markup(line);
    let body = &line[start..end];
    let marked = body.starts_with(['-', '\u{2022}', '\u{00b7}', '\u{2013}'])
        || line[..start].contains('*')
        || {
            let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            digits > 0 && body[digits..].starts_with(['.', ')'])
        };
    let sentence_end = body
        .trim_end_matches(['"', '\u{201d}', '\''])
        .ends_with(['.', '!', '?']);
    !marked && sentence_end && body.split_whitespace().count() >= 8
}

/// The byte where the paragraph holding byte `at` starts, and where it ends.
pub(crate) fn line_around(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    (start, end)
}

/// Where the document's last participant heading ends, if it has one (most do not, and are
/// then read no further than their last trigger).
pub(crate) fn last_heading(lexicon: &Lexicon, text: &str) -> Option<usize> {
    // the nouns without their first letter, which may be a capital
    let tails: Vec<&str> = lexicon
        .words()
        .participant_nouns
        .iter()
        .filter_map(|n| n.get(1..))
        .filter(|t| !t.is_empty())
        .collect();
    if !tails.iter().any(|t| text.contains(t)) {
        return None;
    }
    let mut last = None;
    let mut at = 0;
    for line in text.split('\n') {
        if tails.iter().any(|t| line.contains(t)) && heading(lexicon, line, at).is_some() {
            last = Some(at + line.len());
        }
        at += line.len() + 1;
    }
    last
}

/// A person a participant list names, and the meetings the list tells of them.
pub(crate) struct Listed {
    /// Whether the gazetteer knows them, and as holding an executive office of a host's
    /// country on the date (a minister of the host's own government).
    pub known: bool,
    pub host_government: bool,
    pub meetings: Vec<Relation>,
}

/// The people a participant list names in the sentence in `view` (its entries past
/// `list.from`), each with the meetings it tells: they met each of the host's sources, as the
/// host's meeting was told (kind, modality, date, place). The host's own side met no one of
/// its own: a person among the host's sources, or one whose title puts them on it ("Senior
/// Advisor *to the President*").
pub(crate) fn listed_people(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    lexicon: &Lexicon,
    doc: &Document,
    s: &crate::text::Sentence<'_>,
    list: ParticipantList,
    host: &MeetingHost,
) -> Vec<Listed> {
    let text = doc.text.as_str();
    let listed: Vec<(usize, ActorRef)> = view
        .items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.start >= list.from)
        // (named in full: a surname alone in a list is someone else's — "Bishop Ann Lee")
        .filter(|(_, it)| {
            it.actor().is_some_and(|a| {
                a.via == Via::NewName
                    || matches!(a.via, Via::Form(f) if f != SurfaceForm::ShortName)
            })
        })
        .filter_map(|(k, it)| Some((k, it.actor()?.who?)))
        .filter(|&(_, p)| ctx.kind_of(p) == EntityKind::Person)
        .collect();
    let mut out = Vec::new();
    for (n, &(k, participant)) in listed.iter().enumerate() {
        // the entry's own words: up to the next person listed
        let entry_end = listed
            .get(n + 1)
            .map_or(s.end, |&(next, _)| view.items[next].start);
        let entry = text[view.items[k].end..entry_end].to_lowercase();
        let titled_host_side = lexicon
            .words()
            .host_side_titles
            .iter()
            .any(|t| contains_words(&entry, t));
        if titled_host_side || host.sources.contains(&participant) {
            continue;
        }
        let meetings = host
            .sources
            .iter()
            .filter(|&&source| {
                ctx.surname(source)
                    .is_none_or(|a| ctx.surname(participant) != Some(a))
            })
            .map(|&source| Relation {
                doc: doc.id.clone(),
                kind: host.kind.clone(),
                source: ctx.entity_ref(source),
                target: Some(ctx.entity_ref(participant)),
                object: None,
                modality: host.modality,
                date: host.date,
                place: host.place.clone(),
                cameo: host.cameo.clone(),
                plover: host.plover.clone(),
                sentence: s.text.to_owned(),
                span: [s.start, s.end],
                trigger: text[list.noun.0..list.noun.1].to_owned(),
            })
            .collect();
        out.push(Listed {
            known: matches!(participant, ActorRef::Known(_)),
            host_government: executive_countries(ctx, participant, host.date)
                .iter()
                .any(|c| host.homes.contains(c)),
            meetings,
        });
    }
    out
}

/// Titles of seats in a legislature or in a state's own government: their holders are no
/// part of a national government's side ("Representative", "Governor").
const NOT_EXECUTIVE_TITLES: &[&str] = &[
    "representative",
    "speaker",
    "senator",
    "delegate",
    "resident commissioner",
    "member of parliament",
    "governor",
    "mayor",
];

/// The countries in whose executive `person`, a person the gazetteer knows, holds an office on
/// `date` (a minister, an adviser; not a seat in a legislature, and not a membership the
/// event-data dictionaries record without its office).
pub(crate) fn executive_countries(
    ctx: &DocContext<'_>,
    person: ActorRef,
    date: Option<Date>,
) -> Vec<EntityIndex> {
    let (ActorRef::Known(p), Some(date)) = (person, date) else {
        return Vec::new();
    };
    let Some(offices) = ctx.gazetteer.entity(p).person.as_ref().map(|x| &x.offices) else {
        return Vec::new();
    };
    offices
        .iter()
        .filter(|o| {
            let title = o.title.to_lowercase();
            o.role != crate::gazetteer::Role::Official
                && o.covers(date)
                && !NOT_EXECUTIVE_TITLES.iter().any(|t| title.starts_with(t))
        })
        .filter_map(|o| ctx.gazetteer.index_of(o.of.as_str()))
        .filter(|&c| ctx.gazetteer.entity(c).kind == EntityKind::Country)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_heading_is_found_among_the_lines() {
        let text = "Officials met with mayors.\n*Participants:*\n- Ann Lee, Mayor\nThe end.";
        assert_eq!(last_heading(&lexicon(), text), Some(42));
        assert_eq!(last_heading(&lexicon(), "The participants met."), None);
    }

    fn lexicon() -> std::sync::Arc<Lexicon> {
        Lexicon::bundled()
    }

    #[test]
    fn headings_are_short_lines_naming_participants() {
        let cases = [
            ("**<u>Industry Participants</u>**", Some(false)),
            ("**<u>Administration Participants</u>**", Some(true)),
            ("*Participants included:*", Some(false)),
            ("The roundtable participants included:", Some(false)),
            ("Biden-Harris Administration Participants:", Some(true)),
            (
                "**Participants include:** Governor Ann Lee Dr. Bo Park, CEO, Acme",
                Some(false),
            ),
            ("The participants discussed the economy.", None),
            (
                "Participants in the call included President Ruto of Kenya, and others",
                None,
            ),
            ("Participants shared their views on trade:", None),
        ];
        for (line, expected) in cases {
            assert_eq!(
                heading(&lexicon(), line, 0).map(|h| h.host_side),
                expected,
                "{line}"
            );
        }
    }

    #[test]
    fn entries_on_the_heading_line_start_past_its_colon() {
        let line = "**Participants include:** Governor Ann Lee";
        let h = heading(&lexicon(), line, 100).unwrap();
        assert_eq!(&line[h.from - 100..], "Governor Ann Lee");
        assert_eq!(&line[h.noun.0 - 100..h.noun.1 - 100], "Participants");
        let alone = "*Participants*";
        let h = heading(&lexicon(), alone, 7).unwrap();
        assert_eq!(h.from, 7 + alone.len());
    }

    #[test]
    fn prose_ends_a_list_and_entries_do_not() {
        assert!(ends_list(
            "This is part of a series of discussions between officials and leaders."
        ));
        assert!(!ends_list(
            "- Congresswoman Ann Lee (OH-03), Chair of the Caucus."
        ));
        assert!(!ends_list("1. Ann Lee, Director of the Office of Policy."));
        assert!(!ends_list(
            "Ann Lee, Chief Executive Officer, Acme Bo Park, Founder, Initech"
        ));
        assert!(!ends_list("*Denotes virtual participant"));
    }
}
