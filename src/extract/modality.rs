//! Modality: whether the sentence claims the event happened, was reported, is planned,
//! depends on a condition, or did not happen. Cues are data (`cues.jsonl`); a negation cue
//! outranks a condition, which outranks a plan, which outranks a report.

use super::items::SentenceView;
use super::lexicon::{CueScope, Lexicon};
use crate::relation::Modality;

pub(crate) fn rank(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 0,
        Modality::Reported => 1,
        Modality::Planned => 2,
        Modality::Conditional => 3,
        Modality::Negated => 4,
    }
}

fn contains_phrase(words: &[&str], phrase: &[String]) -> bool {
    // contracted cues live inside words: "didn't", "he'll"
    if phrase.len() == 1 && (phrase[0].starts_with('\'') || phrase[0] == "n't") {
        return words.iter().any(|w| w.ends_with(phrase[0].as_str()));
    }
    !phrase.is_empty()
        && words
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| *a == b))
}

/// The modality of a trigger spanning items `ti..tj` whose arguments end at item `args_end`.
///
/// Cues before the trigger count only after its source ("X did *not* meet Y"): a negation in an
/// earlier clause about someone else does not reach it.
pub(crate) fn modality_of(
    view: &SentenceView,
    lex: &Lexicon,
    source_item: usize,
    ti: usize,
    tj: usize,
    args_end: usize,
) -> Modality {
    let word_items = |range: std::ops::Range<usize>| -> Vec<&str> {
        range
            .filter(|&k| view.items[k].is_word())
            .map(|k| view.lower(k))
            .collect()
    };
    // A passive agent stands after the trigger: then the whole clause before counts. A
    // possessive source right before a noun trigger ("cancelled *his* visit", "ahead of
    // *Trump's* summit") lets the cues just before it count too.
    let from = if source_item >= ti {
        0
    } else if view.items[source_item]
        .actor()
        .is_some_and(|a| a.possessive)
        && (source_item + 1 == ti
            || (source_item + 2 == ti && view.items[source_item + 1].actor().is_some()))
    {
        source_item.saturating_sub(4)
    } else {
        source_item + 1
    };
    let before_all = word_items(from..ti);
    let after_all = word_items(tj.min(view.len())..view.len());
    let sentence = word_items(0..view.len());
    let mut best = Modality::Asserted;
    for (modality, scope, window, phrases) in &lex.word_sets.cues {
        if rank(*modality) <= rank(best) {
            continue;
        }
        let words: &[&str] = match scope {
            CueScope::Before => &before_all[before_all.len().saturating_sub(*window)..],
            CueScope::After => {
                let skip = word_items(tj.min(view.len())..args_end.max(tj).min(view.len())).len();
                let end = (skip + window).min(after_all.len());
                &after_all[skip.min(end)..end]
            }
            CueScope::Sentence => &sentence,
        };
        if phrases.iter().any(|p| contains_phrase(words, p)) {
            best = *modality;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_word_runs() {
        let w = ["he", "did", "not", "meet"];
        assert!(contains_phrase(&w, &["did".into(), "not".into()]));
        assert!(!contains_phrase(&w, &["not".into(), "did".into()]));
        assert!(contains_phrase(&["didn't"], &["n't".into()]));
    }
}
