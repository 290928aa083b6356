//! The part-of-speech tagger: a greedy, left-to-right averaged perceptron.
//!
//! Each word is tagged from its own spelling (lower-cased form, prefixes, suffixes, shape), its
//! neighbours' spellings two words either way, the two tags already chosen to its left, and the
//! *ambiguity classes* of the words around it: the set of tags the training data gave each word.
//! The look-ahead through ambiguity classes stands in for the right-hand tags a left-to-right
//! tagger cannot see yet.

use crate::fxhash::FxHashMap;

use super::upos::UPos;
use super::weights::{feature, mix, word, Scores, WeightTable};

/// What the tagger knows of one word before tagging: hashes computed once per sentence.
#[derive(Clone, Copy, Default)]
pub(crate) struct WordInfo {
    pub(crate) form: u64,
    pub(crate) lower: u64,
    pub(crate) prefixes: [u64; 3],
    pub(crate) suffixes: [u64; 4],
    pub(crate) shape: u64,
    /// The tags the training data saw this word with, as a bit set (0: never seen).
    pub(crate) ambiguity: u32,
}

/// Stands for the words before the first and after the last.
const START: u64 = 0x5354_4152_54aa_aaaa;
const END: u64 = 0x454e_4400_55bb_bbbb;
/// Stands for "no tag" before the first word.
const NO_TAG: u64 = 99;

/// The hash of a word with digits folded to `9` and letters lower-cased.
pub(crate) fn lower_hash(form: &str) -> u64 {
    let mut buf = [0u8; 32];
    let bytes = form.as_bytes();
    if bytes.len() > buf.len() || !bytes.is_ascii() {
        let lowered: String = form
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c.is_ascii_digit() { '9' } else { c })
            .collect();
        return word(lowered.as_bytes());
    }
    for (b, &c) in buf.iter_mut().zip(bytes) {
        *b = if c.is_ascii_digit() {
            b'9'
        } else {
            c.to_ascii_lowercase()
        };
    }
    word(&buf[..bytes.len()])
}

/// Computes the spelling hashes of every word (ambiguity classes from `dictionary`).
pub(crate) fn word_infos(
    forms: &[&str],
    dictionary: &FxHashMap<u64, u32>,
    out: &mut Vec<WordInfo>,
) {
    out.clear();
    let mut lowered = String::new();
    let mut bounds: Vec<usize> = Vec::new();
    for form in forms {
        lowered.clear();
        lowered.extend(form.chars().flat_map(char::to_lowercase));
        // Character boundaries, so that prefixes and suffixes count characters, not bytes.
        bounds.clear();
        bounds.extend(lowered.char_indices().map(|(i, _)| i));
        bounds.push(lowered.len());
        let chars = bounds.len() - 1;
        let bytes = lowered.as_bytes();
        let prefix = |k: usize| mix(k as u64, word(&bytes[..bounds[k.min(chars)]]));
        let suffix = |k: usize| {
            mix(
                10 + k as u64,
                word(&bytes[bounds[chars.saturating_sub(k)]..]),
            )
        };
        let lower = lower_hash(form);
        out.push(WordInfo {
            form: word(form.as_bytes()),
            lower,
            prefixes: [prefix(1), prefix(2), prefix(3)],
            suffixes: [suffix(1), suffix(2), suffix(3), suffix(4)],
            shape: shape(form),
            ambiguity: dictionary.get(&lower).copied().unwrap_or(0),
        });
    }
}

/// The word's shape: `X` for upper case, `x` for lower case, `d` for digits, other characters
/// as they are, with runs longer than two shortened ("McCain" → `XxXx`, "1,000" → `d,dd`).
fn shape(form: &str) -> u64 {
    let mut h = 0x0073_6861_7065u64;
    let mut last = '\0';
    let mut run = 0;
    for c in form.chars().take(24) {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if class == last {
            run += 1;
            if run >= 2 {
                continue;
            }
        } else {
            run = 0;
        }
        last = class;
        h = mix(h, u64::from(class));
    }
    h
}

/// Writes the features of word `i` given the tags already chosen to its left and, for the
/// second pass, the first pass's tags of the whole sentence (`guide`).
pub(crate) fn features(
    words: &[WordInfo],
    i: usize,
    tags: &[UPos],
    guide: Option<&[UPos]>,
    out: &mut Vec<u64>,
) {
    out.clear();
    let at = |j: isize| -> Option<&WordInfo> {
        if j < 0 {
            None
        } else {
            words.get(j as usize)
        }
    };
    let i = i as isize;
    let w = &words[i as usize];
    let lower = |j: isize| at(j).map_or(if j < 0 { START } else { END }, |x| x.lower);
    let amb = |j: isize| at(j).map_or(if j < 0 { START } else { END }, |x| u64::from(x.ambiguity));
    let shp = |j: isize| at(j).map_or(if j < 0 { START } else { END }, |x| x.shape);
    let suf3 = |j: isize| at(j).map_or(if j < 0 { START } else { END }, |x| x.suffixes[2]);
    let tag = |j: isize| -> u64 {
        if j < 0 {
            NO_TAG
        } else {
            tags.get(j as usize).map_or(NO_TAG, |t| t.index() as u64)
        }
    };
    let (t1, t2) = (tag(i - 1), tag(i - 2));
    out.extend_from_slice(&[
        feature(0, 0, 0, 0),
        feature(1, w.lower, 0, 0),
        feature(2, w.suffixes[0], 0, 0),
        feature(3, w.suffixes[1], 0, 0),
        feature(4, w.suffixes[2], 0, 0),
        feature(5, w.suffixes[3], 0, 0),
        feature(6, w.prefixes[0], 0, 0),
        feature(7, w.prefixes[1], 0, 0),
        feature(8, w.prefixes[2], 0, 0),
        feature(9, w.shape, 0, 0),
        feature(10, lower(i - 1), 0, 0),
        feature(11, lower(i - 2), 0, 0),
        feature(12, lower(i + 1), 0, 0),
        feature(13, lower(i + 2), 0, 0),
        feature(14, suf3(i - 1), 0, 0),
        feature(15, suf3(i + 1), 0, 0),
        feature(16, t1, 0, 0),
        feature(17, t2, 0, 0),
        feature(18, t1, t2, 0),
        feature(19, t1, w.lower, 0),
        feature(20, lower(i - 1), w.lower, 0),
        feature(21, w.lower, lower(i + 1), 0),
        feature(22, u64::from(w.ambiguity), 0, 0),
        feature(23, amb(i + 1), 0, 0),
        feature(24, amb(i + 2), 0, 0),
        feature(25, t1, amb(i + 1), 0),
        feature(26, u64::from(w.ambiguity), amb(i + 1), 0),
        feature(27, shp(i + 1), 0, 0),
        feature(28, shp(i - 1), 0, 0),
        feature(29, u64::from(i == 0), w.shape, 0),
        feature(30, w.form, 0, 0),
        feature(31, t1, u64::from(w.ambiguity), 0),
        feature(32, u64::from(w.ambiguity), w.suffixes[2], 0),
        feature(33, u64::from(i == 0), w.lower, 0),
    ]);
    if let Some(guide) = guide {
        let g = |j: isize| -> u64 {
            if j < 0 {
                NO_TAG
            } else {
                guide
                    .get(j as usize)
                    .map_or(NO_TAG + 1, |t| t.index() as u64)
            }
        };
        out.extend_from_slice(&[
            feature(40, g(i), 0, 0),
            feature(41, g(i + 1), 0, 0),
            feature(42, g(i + 2), 0, 0),
            feature(43, g(i + 1), g(i + 2), 0),
            feature(44, t1, g(i + 1), 0),
            feature(45, w.lower, g(i + 1), 0),
            feature(46, g(i), g(i + 1), 0),
            feature(47, w.lower, g(i), 0),
            feature(48, w.suffixes[2], g(i + 1), 0),
            feature(49, t1, g(i), g(i + 1)),
        ]);
    }
}

/// The tagger's trained state: a first pass, and a second pass that also sees the first
/// pass's tags to the right of each word (stacking).
#[derive(Clone)]
pub(crate) struct Tagger {
    pub(crate) weights: WeightTable,
    pub(crate) second: Option<WeightTable>,
    pub(crate) dictionary: FxHashMap<u64, u32>,
}

impl Tagger {
    /// Tags every word of `forms`.
    pub(crate) fn tag(&self, forms: &[&str], scratch: &mut TagScratch) -> Vec<UPos> {
        word_infos(forms, &self.dictionary, &mut scratch.words);
        let first = run_pass(&self.weights, &scratch.words, None, &mut scratch.features);
        match &self.second {
            Some(second) => run_pass(second, &scratch.words, Some(&first), &mut scratch.features),
            None => first,
        }
    }
}

/// One greedy left-to-right pass.
pub(crate) fn run_pass(
    weights: &WeightTable,
    words: &[WordInfo],
    guide: Option<&[UPos]>,
    buffer: &mut Vec<u64>,
) -> Vec<UPos> {
    let mut tags = Vec::with_capacity(words.len());
    let mut scores: Scores = [0; 256];
    for i in 0..words.len() {
        features(words, i, &tags, guide, buffer);
        scores[..17].fill(0);
        weights.score(buffer, &mut scores);
        tags.push(best_tag(&scores[..17]));
    }
    tags
}

/// The highest-scoring tag (the first on ties, so results are deterministic).
pub(crate) fn best_tag<T: PartialOrd + Copy>(scores: &[T]) -> UPos {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate().take(17) {
        if s > scores[best] {
            best = i;
        }
    }
    UPos::from_index(best).unwrap_or(UPos::X)
}

/// Buffers reused from sentence to sentence.
#[derive(Default)]
pub(crate) struct TagScratch {
    words: Vec<WordInfo>,
    features: Vec<u64>,
}

impl TagScratch {
    /// The [`lower_hash`] of each word last tagged (the parser reads the same hashes).
    pub(crate) fn lower_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.words.iter().map(|w| w.lower)
    }
}
