//! Modality: whether the sentence claims the event happened, was reported, is planned,
//! depends on a condition, or did not happen. Cues are data (`cues.jsonl`); a negation cue
//! outranks a condition, which outranks a plan, which outranks a report.

use super::items::SentenceView;
use super::lexicon::{CueScope, Lexicon};
use crate::relation::Modality;

/// Verbs of denial that report a clause with "that".
const DENIALS: &[&str] = &["denied", "denies", "deny", "denying"];

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

/// The word items of a sentence, lower-cased, computed once per sentence: modality cues are
/// looked up in slices of it.
pub(crate) struct SentenceWords<'v> {
    items: Vec<usize>,
    words: Vec<&'v str>,
}

impl<'v> SentenceWords<'v> {
    pub fn new(view: &'v SentenceView) -> Self {
        let items: Vec<usize> = (0..view.len())
            .filter(|&k| view.items[k].is_word())
            .collect();
        let words = items.iter().map(|&k| view.lower(k)).collect();
        SentenceWords { items, words }
    }

    /// The words of items `a..b`.
    fn range(&self, a: usize, b: usize) -> &[&'v str] {
        let from = self.items.partition_point(|&k| k < a);
        let to = self.items.partition_point(|&k| k < b).max(from);
        &self.words[from..to]
    }
}

/// The modality of a trigger spanning items `ti..tj` whose arguments end at item `args_end`.
///
/// Cues before the trigger count only after its source ("X did *not* meet Y"): a negation in an
/// earlier clause about someone else does not reach it.
pub(crate) fn modality_of(
    view: &SentenceView,
    words: &SentenceWords<'_>,
    lex: &Lexicon,
    source_item: usize,
    ti: usize,
    tj: usize,
    args_end: usize,
) -> Modality {
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
    let n = view.len();
    let before_all = words.range(from, ti);
    let tj = tj.min(n);
    let after_all = words.range(tj, n);
    let sentence = words.range(0, n);
    let mut best = Modality::Asserted;
    for (modality, scope, window, phrases) in &lex.word_sets.cues {
        if rank(*modality) <= rank(best) {
            continue;
        }
        let scoped: &[&str] = match scope {
            CueScope::Before => &before_all[before_all.len().saturating_sub(*window)..],
            CueScope::After => {
                let skip = words.range(tj, args_end.max(tj).min(n)).len();
                let end = (skip + window).min(after_all.len());
                &after_all[skip.min(end)..end]
            }
            CueScope::Sentence => sentence,
        };
        if phrases.iter().any(|p| contains_phrase(scoped, p)) {
            best = *modality;
        }
    }
    // a denial whose reported clause the source opens negates it too: "Putin *denied that* he
    // had met Trump", "the Kremlin *denied that* Putin had spoken with …"
    let lead = words.range(source_item.saturating_sub(3), source_item.min(ti));
    let denied = source_item < ti && matches!(lead, [.., verb, "that"] if DENIALS.contains(verb));
    if denied {
        best = Modality::Negated;
    }
    // a pronoun source with its auxiliary inside ("*he'll* meet", "*they’ll* visit") is one
    // actor item, which the cues after the source do not see
    let contracted_will = source_item < ti
        && !view.items[source_item].is_word()
        && matches!(
            view.lower(source_item).rsplit_once(['\'', '\u{2019}']),
            Some((_, "ll"))
        );
    if contracted_will && rank(best) < rank(Modality::Planned) {
        best = Modality::Planned;
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
