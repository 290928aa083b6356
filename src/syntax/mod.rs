//! Syntax: universal part-of-speech tags and a dependency tree for a sentence.
//!
//! This stage knows nothing of actors or triggers. It cuts a sentence into tokens the way the
//! Universal Dependencies English treebanks do ([`tokenize`]), tags each with one of the
//! seventeen [`UPos`] tags, and parses the tagged words into a dependency tree with the labels
//! of UD English (`nsubj`, `obj`, `obl`, `nsubj:pass`, `acl:relcl`, …). The tagger is a greedy
//! averaged perceptron; the parser is a greedy arc-hybrid transition parser scored by an
//! averaged perceptron and trained with a dynamic oracle. Both are plain Rust, and the bundled
//! weights (trained on the UD English Web Treebank; see `data/README.md`) are compiled into the
//! crate and read once, on first use. `README.md` beside this module explains the design.
//!
//! # Example
//!
//! ```
//! use diplograph::syntax::{SyntaxModel, UPos};
//!
//! let parse = SyntaxModel::bundled().parse("The envoy flew to Warsaw and met the defence minister.");
//! let flew = parse.position("flew").unwrap();
//! assert_eq!(parse.tag(flew), UPos::Verb);
//! assert_eq!(parse.root(), Some(flew));
//! // "met" shares the subject of "flew", the verb it is coordinated with
//! let met = parse.position("met").unwrap();
//! assert_eq!((parse.head(met), parse.relation(met)), (Some(flew), "conj"));
//! let subject = parse.dependents(flew).find(|&d| parse.relation(d) == "nsubj").unwrap();
//! assert_eq!(parse.form(subject), "envoy");
//! let object = parse.dependents(met).find(|&d| parse.relation(d) == "obj").unwrap();
//! assert_eq!(parse.form(object), "minister");
//! ```

pub mod conllu;
mod eval;
mod model;
mod parser;
mod tagger;
mod tokenize;
#[cfg(feature = "train")]
pub mod train;
mod upos;
mod weights;

use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use once_cell::sync::Lazy;

pub use eval::{evaluate, evaluate_with_gold_tags, Evaluation};
pub use model::ModelError;
pub use tokenize::tokenize;
pub use upos::{UPos, UnknownTag};

use model::Model;
use parser::{ParseScratch, Words};
use tagger::TagScratch;

/// The bundled model's bytes (UD English EWT; see `data/README.md`).
static BUNDLED_BYTES: &[u8] = include_bytes!("../../data/syntax/en_ewt.model");

static BUNDLED: Lazy<SyntaxModel> = Lazy::new(|| {
    SyntaxModel::from_bytes(BUNDLED_BYTES)
        .expect("the bundled syntax model is valid (checked by the tests)")
});

/// A trained tagger and parser. Cloning is cheap (the weights are shared).
#[derive(Clone)]
pub struct SyntaxModel {
    model: Arc<Model>,
}

impl std::fmt::Debug for SyntaxModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyntaxModel")
            .field("labels", &self.model.labels.len())
            .field("tagger_weights", &self.model.tagger.weights.len())
            .field("parser_weights", &self.model.parser.weights.len())
            .finish()
    }
}

impl SyntaxModel {
    /// The model trained on UD English EWT that ships with the crate, read on first use.
    pub fn bundled() -> &'static SyntaxModel {
        &BUNDLED
    }

    /// Reads a model from the bytes of a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<SyntaxModel, ModelError> {
        Ok(SyntaxModel {
            model: Arc::new(Model::from_bytes(bytes)?),
        })
    }

    /// Reads a model file (as written by `diplograph syntax train`).
    pub fn from_file(path: impl AsRef<Path>) -> Result<SyntaxModel, ModelError> {
        Ok(SyntaxModel {
            model: Arc::new(Model::from_file(path.as_ref())?),
        })
    }

    #[cfg(feature = "train")]
    pub(crate) fn from_model(model: Model) -> SyntaxModel {
        SyntaxModel {
            model: Arc::new(model),
        }
    }

    /// The relation labels the parser assigns.
    pub fn labels(&self) -> impl Iterator<Item = &str> + '_ {
        self.model.labels.iter().map(|l| &**l)
    }

    /// Whether the treebank the tagger learned from uses `word` (in any case) as an ordinary
    /// word: seen there at least twice, with some tag other than a proper noun's. "Resources"
    /// is one, "Hruby" is not: a capitalised word that is none is likely a name.
    pub(crate) fn is_common_word(&self, word: &str) -> bool {
        let proper = 1u32 << UPos::Propn.index();
        self.model
            .tagger
            .dictionary
            .get(&tagger::lower_hash(word))
            .is_some_and(|&tags| tags & !proper != 0)
    }

    /// Tags words already cut into tokens.
    pub fn tag(&self, words: &[&str]) -> Vec<UPos> {
        self.model.tagger.tag(words, &mut TagScratch::default())
    }

    /// Tokenizes, tags and parses one sentence. Token spans are byte ranges into `sentence`.
    pub fn parse(&self, sentence: &str) -> Parse {
        let spans = tokenize(sentence);
        self.parse_spans(sentence.to_string(), spans)
    }

    /// Tags and parses words already cut into tokens.
    pub fn parse_words(&self, words: &[&str]) -> Parse {
        let (text, spans) = join(words);
        self.parse_spans(text, spans)
    }

    /// Parses words whose tags are given (for measuring the parser alone).
    pub fn parse_tagged(&self, words: &[&str], tags: &[UPos]) -> Parse {
        let (text, spans) = join(words);
        let tags = tags
            .iter()
            .copied()
            .chain(std::iter::repeat(UPos::X))
            .take(words.len())
            .collect::<Vec<_>>();
        let parsed = Words::new(words, &tags);
        self.finish_parse(text, spans, tags, parsed)
    }

    fn parse_spans(&self, text: String, spans: Vec<Range<usize>>) -> Parse {
        let forms: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
        let mut scratch = TagScratch::default();
        let tags = self.model.tagger.tag(&forms, &mut scratch);
        let words = Words::from_hashes(scratch.lower_hashes(), &tags);
        self.finish_parse(text, spans, tags, words)
    }

    fn finish_parse(
        &self,
        text: String,
        spans: Vec<Range<usize>>,
        tags: Vec<UPos>,
        words: Words,
    ) -> Parse {
        let n = spans.len();
        let state = self
            .model
            .parser
            .parse(n, &words, &mut ParseScratch::default());
        let heads = state.heads[..n]
            .iter()
            .map(|&h| if h >= n { None } else { Some(h) })
            .collect();
        let labels = state.labels[..n]
            .iter()
            .map(|&l| {
                if usize::from(l) < self.model.labels.len() {
                    l
                } else {
                    self.model.parser.root_label
                }
            })
            .collect();
        Parse {
            text,
            spans,
            tags,
            heads,
            labels,
            names: Arc::clone(&self.model.labels),
        }
    }
}

fn join(words: &[&str]) -> (String, Vec<Range<usize>>) {
    let mut text = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    let mut spans = Vec::with_capacity(words.len());
    for w in words {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(w);
        spans.push(start..text.len());
    }
    (text, spans)
}

/// A tagged and parsed sentence: tokens, their tags, and a dependency tree over them.
///
/// Tokens are numbered from 0. Every token but one has a head; the one without is the root.
#[derive(Clone, Debug)]
pub struct Parse {
    text: String,
    spans: Vec<Range<usize>>,
    tags: Vec<UPos>,
    heads: Vec<Option<usize>>,
    labels: Vec<u16>,
    names: Arc<[Box<str>]>,
}

impl Parse {
    /// A parse of no tokens.
    pub(crate) fn empty() -> Parse {
        Parse {
            text: String::new(),
            spans: Vec::new(),
            tags: Vec::new(),
            heads: Vec::new(),
            labels: Vec::new(),
            names: Arc::from(Vec::<Box<str>>::new()),
        }
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Token `i`'s text.
    pub fn form(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|r| self.text.get(r.clone()))
            .unwrap_or("")
    }

    /// Token `i`'s byte range in the sentence (for [`SyntaxModel::parse_words`], in the words
    /// joined by single spaces).
    pub fn span(&self, i: usize) -> Range<usize> {
        self.spans.get(i).cloned().unwrap_or(0..0)
    }

    /// Whether token `i` is directly followed by the next token, without a space.
    pub fn space_after(&self, i: usize) -> bool {
        match (self.spans.get(i), self.spans.get(i + 1)) {
            (Some(a), Some(b)) => a.end < b.start,
            _ => true,
        }
    }

    /// Token `i`'s universal part-of-speech tag.
    pub fn tag(&self, i: usize) -> UPos {
        self.tags.get(i).copied().unwrap_or(UPos::X)
    }

    /// Token `i`'s head, or `None` for the root.
    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads.get(i).copied().flatten()
    }

    /// The full relation of token `i` to its head, with any subtype (`"nsubj:pass"`).
    pub fn label(&self, i: usize) -> &str {
        self.labels
            .get(i)
            .and_then(|&l| self.names.get(usize::from(l)))
            .map_or("dep", |l| &**l)
    }

    /// The universal relation of token `i` to its head, without subtype (`"nsubj"`).
    pub fn relation(&self, i: usize) -> &str {
        let label = self.label(i);
        label.split(':').next().unwrap_or(label)
    }

    /// The root token (the one without a head).
    pub fn root(&self) -> Option<usize> {
        self.heads.iter().position(Option::is_none)
    }

    /// The tokens whose head is `i`, in sentence order.
    pub fn dependents(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.heads
            .iter()
            .enumerate()
            .filter(move |(_, h)| **h == Some(i))
            .map(|(d, _)| d)
    }

    /// The heads above `i`, nearest first, ending at the root.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut at = Some(i);
        let mut steps = 0;
        std::iter::from_fn(move || {
            // A tree has no cycles; the step limit only guards against a damaged one.
            steps += 1;
            if steps > self.len() {
                return None;
            }
            at = at.and_then(|x| self.head(x));
            at
        })
    }

    /// The first token whose text is `form`.
    pub fn position(&self, form: &str) -> Option<usize> {
        (0..self.len()).find(|&i| self.form(i) == form)
    }

    /// The tokens of the subtree rooted at `i` (`i` included), as the span from the first to
    /// the last.
    pub fn subtree_range(&self, i: usize) -> Range<usize> {
        let (mut lo, mut hi) = (i, i);
        for d in 0..self.len() {
            if d == i || self.ancestors(d).any(|a| a == i) {
                lo = lo.min(d);
                hi = hi.max(d);
            }
        }
        lo..hi + 1
    }
}
