//! Accuracy against a treebank, counted as in the CoNLL 2018 shared task: every word counts,
//! punctuation included, and labels are compared without subtypes (`nsubj:pass` = `nsubj`).

use std::time::Instant;

use serde::Serialize;

use super::conllu::TreebankSentence;
use super::SyntaxModel;

/// Tagging and parsing accuracy on a set of sentences, with the speed they were parsed at.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Evaluation {
    /// Share of words with the right universal tag.
    pub upos: f64,
    /// Share of words with the right head.
    pub uas: f64,
    /// Share of words with the right head and relation (without subtype).
    pub las: f64,
    /// Sentences parsed.
    pub sentences: usize,
    /// Words parsed.
    pub tokens: usize,
    /// Words tagged and parsed per second (one thread).
    pub tokens_per_s: f64,
}

/// Tags and parses each sentence's own words with `model` and compares with the treebank.
pub fn evaluate(model: &SyntaxModel, sentences: &[TreebankSentence]) -> Evaluation {
    score(model, sentences, false)
}

/// Parses each sentence's own words with the treebank's own tags: how well the parser does
/// when the tagger makes no mistake (UPOS is then 1).
pub fn evaluate_with_gold_tags(model: &SyntaxModel, sentences: &[TreebankSentence]) -> Evaluation {
    score(model, sentences, true)
}

fn score(model: &SyntaxModel, sentences: &[TreebankSentence], gold_tags: bool) -> Evaluation {
    let started = Instant::now();
    let parses: Vec<_> = sentences
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            if gold_tags {
                model.parse_tagged(&words, &s.tags)
            } else {
                model.parse_words(&words)
            }
        })
        .collect();
    let seconds = started.elapsed().as_secs_f64();
    let (mut tokens, mut tags, mut heads, mut labelled) = (0usize, 0usize, 0usize, 0usize);
    for (gold, parse) in sentences.iter().zip(&parses) {
        for i in 0..gold.len() {
            tokens += 1;
            tags += usize::from(parse.tag(i) == gold.tags[i]);
            if parse.head(i) == gold.heads[i] {
                heads += 1;
                let universal = gold.labels[i].split(':').next().unwrap_or("");
                labelled += usize::from(parse.relation(i) == universal);
            }
        }
    }
    let share = |k: usize| {
        if tokens == 0 {
            0.0
        } else {
            k as f64 / tokens as f64
        }
    };
    Evaluation {
        upos: share(tags),
        uas: share(heads),
        las: share(labelled),
        sentences: sentences.len(),
        tokens,
        tokens_per_s: if seconds > 0.0 {
            tokens as f64 / seconds
        } else {
            0.0
        },
    }
}
