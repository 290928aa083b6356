//! The dependency parser: the arc-hybrid transition system, scored by an averaged perceptron.
//!
//! A configuration is a stack, a buffer and the arcs built so far. The root is the last item of
//! the buffer, so the word left on the stack at the end is attached to it. Three moves:
//!
//! * `SHIFT` moves the buffer's first word onto the stack;
//! * `LEFT(l)` makes the buffer's first word the head of the stack's top word and pops it;
//! * `RIGHT(l)` makes the word below the top the head of the top word and pops it.
//!
//! `LEFT` onto the root is only allowed for the last word on the stack, which gives every parse
//! exactly one root. See `README.md` beside this file for the features and the training oracle.

use super::tagger::lower_hash;
use super::upos::UPos;
use super::weights::{feature, mix, Scores, WeightTable};

/// The class of `SHIFT`; `LEFT(l)` is `1 + 2l`, `RIGHT(l)` is `2 + 2l`.
pub(crate) const SHIFT: usize = 0;

/// The move a class stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Move {
    Shift,
    Left(u16),
    Right(u16),
}

impl Move {
    pub(crate) fn from_class(class: usize) -> Move {
        if class == SHIFT {
            Move::Shift
        } else if class % 2 == 1 {
            Move::Left(((class - 1) / 2) as u16)
        } else {
            Move::Right(((class - 2) / 2) as u16)
        }
    }

    pub(crate) fn class(self) -> usize {
        match self {
            Move::Shift => SHIFT,
            Move::Left(l) => 1 + 2 * usize::from(l),
            Move::Right(l) => 2 + 2 * usize::from(l),
        }
    }
}

/// The number of classes for `labels` relation labels.
pub(crate) fn classes(labels: usize) -> usize {
    1 + 2 * labels
}

const NONE: usize = usize::MAX;
const NO_LABEL: u16 = u16::MAX;

/// Children of one word that features look at.
#[derive(Clone, Copy)]
struct Children {
    /// Leftmost and second leftmost.
    left: [usize; 2],
    /// Rightmost and second rightmost.
    right: [usize; 2],
    left_count: u8,
    right_count: u8,
    /// The labels of the left and right children, as bit sets (labels past 63 share bit 63).
    left_labels: u64,
    right_labels: u64,
}

impl Default for Children {
    fn default() -> Self {
        Children {
            left: [NONE; 2],
            right: [NONE; 2],
            left_count: 0,
            right_count: 0,
            left_labels: 0,
            right_labels: 0,
        }
    }
}

/// A parser configuration over `n` words; the root is word `n`.
pub(crate) struct State {
    n: usize,
    pub(crate) stack: Vec<usize>,
    /// The buffer's first word (`n` is the root).
    pub(crate) front: usize,
    pub(crate) heads: Vec<usize>,
    pub(crate) labels: Vec<u16>,
    children: Vec<Children>,
}

impl State {
    pub(crate) fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(16),
            front: 0,
            heads: vec![NONE; n + 1],
            labels: vec![NO_LABEL; n + 1],
            children: vec![Children::default(); n + 1],
        }
    }

    pub(crate) fn is_final(&self) -> bool {
        self.stack.is_empty() && self.front >= self.n
    }

    pub(crate) fn can_shift(&self) -> bool {
        self.front < self.n
    }

    pub(crate) fn can_left(&self) -> bool {
        !self.stack.is_empty() && (self.front < self.n || self.stack.len() == 1)
    }

    pub(crate) fn can_right(&self) -> bool {
        self.stack.len() >= 2
    }

    /// Whether `class` may be taken here (the trainer's oracle asks; parsing decides the three
    /// moves at once in `best_allowed`) (`root_label`: the label reserved for the root arc).
    #[cfg(feature = "train")]
    pub(crate) fn allows(&self, class: usize, root_label: u16) -> bool {
        match Move::from_class(class) {
            Move::Shift => self.can_shift(),
            Move::Left(l) => self.can_left() && ((self.front == self.n) == (l == root_label)),
            Move::Right(l) => self.can_right() && l != root_label,
        }
    }

    pub(crate) fn apply(&mut self, m: Move) {
        match m {
            Move::Shift => {
                self.stack.push(self.front);
                self.front += 1;
            }
            Move::Left(l) => {
                if let Some(dep) = self.stack.pop() {
                    self.attach(self.front, dep, l);
                }
            }
            Move::Right(l) => {
                if let Some(dep) = self.stack.pop() {
                    if let Some(&head) = self.stack.last() {
                        self.attach(head, dep, l);
                    }
                }
            }
        }
    }

    fn attach(&mut self, head: usize, dep: usize, label: u16) {
        self.heads[dep] = head;
        self.labels[dep] = label;
        let bit = 1u64 << u64::from(label.min(63));
        let c = &mut self.children[head];
        if dep < head {
            c.left_count = c.left_count.saturating_add(1);
            c.left_labels |= bit;
            if c.left[0] == NONE || dep < c.left[0] {
                c.left[1] = c.left[0];
                c.left[0] = dep;
            } else if c.left[1] == NONE || dep < c.left[1] {
                c.left[1] = dep;
            }
        } else {
            c.right_count = c.right_count.saturating_add(1);
            c.right_labels |= bit;
            if c.right[0] == NONE || dep > c.right[0] {
                c.right[1] = c.right[0];
                c.right[0] = dep;
            } else if c.right[1] == NONE || dep > c.right[1] {
                c.right[1] = dep;
            }
        }
    }

    fn stack_at(&self, k: usize) -> usize {
        if k < self.stack.len() {
            self.stack[self.stack.len() - 1 - k]
        } else {
            NONE
        }
    }

    fn buffer_at(&self, k: usize) -> usize {
        let i = self.front + k;
        if i <= self.n {
            i
        } else {
            NONE
        }
    }
}

/// What the parser knows of each word: its word hash and its tag.
pub(crate) struct Words {
    words: Vec<u64>,
    tags: Vec<u64>,
}

const NONE_WORD: u64 = 0x4e4f_4e45;
const ROOT_WORD: u64 = 0x524f_4f54;
const NONE_TAG: u64 = 40;
const ROOT_TAG: u64 = 41;
const NONE_LABEL: u64 = 500;

impl Words {
    pub(crate) fn new(forms: &[&str], tags: &[UPos]) -> Words {
        Words::from_hashes(forms.iter().map(|f| lower_hash(f)), tags)
    }

    /// From the words' [`lower_hash`]es, where the tagger has computed them already.
    pub(crate) fn from_hashes(hashes: impl Iterator<Item = u64>, tags: &[UPos]) -> Words {
        let mut words: Vec<u64> = hashes.collect();
        let mut t: Vec<u64> = tags.iter().map(|t| t.index() as u64).collect();
        words.push(ROOT_WORD);
        t.push(ROOT_TAG);
        Words { words, tags: t }
    }

    #[inline]
    fn word(&self, i: usize) -> u64 {
        if i == NONE {
            NONE_WORD
        } else {
            self.words[i]
        }
    }

    #[inline]
    fn tag(&self, i: usize) -> u64 {
        if i == NONE {
            NONE_TAG
        } else {
            self.tags[i]
        }
    }
}

/// Writes the features of configuration `s` over `w` into `out`.
pub(crate) fn features(s: &State, w: &Words, out: &mut Vec<u64>) {
    out.clear();
    let s0 = s.stack_at(0);
    let s1 = s.stack_at(1);
    let s2 = s.stack_at(2);
    let b0 = s.buffer_at(0);
    let b1 = s.buffer_at(1);
    let b2 = s.buffer_at(2);
    let kids = |i: usize| -> Children {
        if i == NONE {
            Children::default()
        } else {
            s.children[i]
        }
    };
    let label = |i: usize| -> u64 {
        if i == NONE {
            NONE_LABEL
        } else {
            u64::from(s.labels[i])
        }
    };
    let (c0, c1, cb) = (kids(s0), kids(s1), kids(b0));
    let (s0w, s0t) = (w.word(s0), w.tag(s0));
    let (s1w, s1t) = (w.word(s1), w.tag(s1));
    let (s2w, s2t) = (w.word(s2), w.tag(s2));
    let (b0w, b0t) = (w.word(b0), w.tag(b0));
    let (b1w, b1t) = (w.word(b1), w.tag(b1));
    let (b2w, b2t) = (w.word(b2), w.tag(b2));
    let s0wt = mix(s0w, s0t);
    let s1wt = mix(s1w, s1t);
    let b0wt = mix(b0w, b0t);
    let b1wt = mix(b1w, b1t);
    let (s0l1, s0l2, s0r1, s0r2) = (c0.left[0], c0.left[1], c0.right[0], c0.right[1]);
    let (s1r1, s1r2, s1l1) = (c1.right[0], c1.right[1], c1.left[0]);
    let (b0l1, b0l2) = (cb.left[0], cb.left[1]);
    let distance = |a: usize, b: usize| -> u64 {
        if a == NONE || b == NONE {
            0
        } else {
            match b.abs_diff(a) {
                d @ 0..=4 => d as u64,
                5..=7 => 5,
                8..=12 => 6,
                _ => 7,
            }
        }
    };
    let d0 = distance(s0, b0);
    let d1 = distance(s1, s0);
    // A punctuation mark between the two words the next arc would join often says "don't".
    out.extend_from_slice(&[
        feature(1, s0w, 0, 0),
        feature(2, s0t, 0, 0),
        feature(3, s0wt, 0, 0),
        feature(4, s1w, 0, 0),
        feature(5, s1t, 0, 0),
        feature(6, s1wt, 0, 0),
        feature(7, b0w, 0, 0),
        feature(8, b0t, 0, 0),
        feature(9, b0wt, 0, 0),
        feature(10, b1w, 0, 0),
        feature(11, b1t, 0, 0),
        feature(12, b1wt, 0, 0),
        feature(13, b2w, 0, 0),
        feature(14, b2t, 0, 0),
        feature(15, s2t, 0, 0),
        feature(16, s2w, 0, 0),
        feature(17, s0wt, b0wt, 0),
        feature(18, s0wt, b0w, 0),
        feature(19, s0w, b0wt, 0),
        feature(20, s0wt, b0t, 0),
        feature(21, s0t, b0wt, 0),
        feature(22, s0w, b0w, 0),
        feature(23, s0t, b0t, 0),
        feature(24, s1wt, s0wt, 0),
        feature(25, s1w, s0w, 0),
        feature(26, s1t, s0t, 0),
        feature(27, s1t, s0w, 0),
        feature(28, s1w, s0t, 0),
        feature(29, b0t, b1t, 0),
        feature(30, b0w, b1w, 0),
        feature(31, b0t, b1t, b2t),
        feature(32, s0t, b0t, b1t),
        feature(33, s1t, s0t, b0t),
        feature(34, s2t, s1t, s0t),
        feature(35, s0t, w.tag(s0l1), b0t),
        feature(36, s0t, w.tag(s0r1), b0t),
        feature(37, s0t, b0t, w.tag(b0l1)),
        feature(38, s1t, s0t, w.tag(s0l1)),
        feature(39, s1t, s0t, w.tag(s0r1)),
        feature(40, s1t, w.tag(s1r1), s0t),
        feature(41, s0w, d0, 0),
        feature(42, s0t, d0, 0),
        feature(43, b0w, d0, 0),
        feature(44, b0t, d0, 0),
        feature(45, s0w, b0w, d0),
        feature(46, s0t, b0t, d0),
        feature(47, s1t, s0t, d1),
        feature(48, s1w, s0w, d1),
        feature(49, s0wt, u64::from(c0.right_count), 0),
        feature(50, s0t, u64::from(c0.right_count), 0),
        feature(51, s0wt, u64::from(c0.left_count), 0),
        feature(52, s0t, u64::from(c0.left_count), 0),
        feature(53, b0wt, u64::from(cb.left_count), 0),
        feature(54, b0t, u64::from(cb.left_count), 0),
        feature(55, s1t, u64::from(c1.right_count), 0),
        feature(56, w.word(s0l1), 0, 0),
        feature(57, w.tag(s0l1), 0, 0),
        feature(58, label(s0l1), 0, 0),
        feature(59, w.word(s0r1), 0, 0),
        feature(60, w.tag(s0r1), 0, 0),
        feature(61, label(s0r1), 0, 0),
        feature(62, w.word(b0l1), 0, 0),
        feature(63, w.tag(b0l1), 0, 0),
        feature(64, label(b0l1), 0, 0),
        feature(65, w.tag(s1r1), label(s1r1), 0),
        feature(66, w.tag(s0l2), label(s0l2), 0),
        feature(67, w.tag(s0r2), label(s0r2), 0),
        feature(68, w.tag(b0l2), label(b0l2), 0),
        feature(69, s0t, w.tag(s0l1), w.tag(s0l2)),
        feature(70, s0t, w.tag(s0r1), w.tag(s0r2)),
        feature(71, b0t, w.tag(b0l1), w.tag(b0l2)),
        feature(72, s0w, c0.left_labels, 0),
        feature(73, s0t, c0.left_labels, 0),
        feature(74, s0w, c0.right_labels, 0),
        feature(75, s0t, c0.right_labels, 0),
        feature(76, b0w, cb.left_labels, 0),
        feature(77, b0t, cb.left_labels, 0),
        feature(78, s1t, w.tag(s1r2), label(s1r2)),
        feature(79, s1t, w.tag(s1l1), label(s1l1)),
        feature(80, s0t, label(s0l1), label(s0r1)),
        feature(81, b0t, b1wt, 0),
        feature(82, s1t, c1.right_labels, 0),
    ]);
}

/// The parser's trained state.
#[derive(Clone)]
pub(crate) struct TransitionParser {
    pub(crate) weights: WeightTable,
    pub(crate) root_label: u16,
}

/// Buffers reused from sentence to sentence.
pub(crate) struct ParseScratch {
    features: Vec<u64>,
    scores: Box<Scores>,
}

impl Default for ParseScratch {
    fn default() -> Self {
        ParseScratch {
            features: Vec::new(),
            scores: Box::new([0; 256]),
        }
    }
}

impl TransitionParser {
    /// Parses `words` (of `n` words) greedily; returns heads (`n` for the root) and labels.
    pub(crate) fn parse(&self, n: usize, words: &Words, scratch: &mut ParseScratch) -> State {
        let mut state = State::new(n);
        let classes = self.weights.classes();
        while !state.is_final() {
            // with the stack empty only SHIFT is possible, and with one word left on it and the
            // buffer done only its root arc: no need to score (a tenth of all moves)
            if state.stack.is_empty() {
                state.apply(Move::Shift);
                continue;
            }
            if state.stack.len() == 1 && !state.can_shift() {
                state.apply(Move::Left(self.root_label));
                continue;
            }
            features(&state, words, &mut scratch.features);
            let scores = &mut *scratch.scores;
            scores[..classes].fill(0);
            self.weights.score(&scratch.features, scores);
            let best = best_allowed(&state, &scores[..classes], self.root_label);
            state.apply(Move::from_class(best));
        }
        state
    }
}

/// The best-scoring class that `state` allows (there always is one before the final state).
///
/// Called at every step, so the legality of the three moves is decided once and the labels
/// scanned in plain loops (no per-class test).
pub(crate) fn best_allowed<T: PartialOrd + Copy>(
    state: &State,
    scores: &[T],
    root_label: u16,
) -> usize {
    let mut best: Option<(usize, T)> = None;
    let mut consider = |class: usize| {
        if let Some(&score) = scores.get(class) {
            match best {
                Some((_, b)) if score <= b => {}
                _ => best = Some((class, score)),
            }
        }
    };
    if state.can_shift() {
        consider(SHIFT);
    }
    let labels = scores.len().saturating_sub(1) / 2;
    if state.can_left() {
        if state.front >= state.n {
            consider(Move::Left(root_label).class());
        } else {
            for l in (0..labels as u16).filter(|&l| l != root_label) {
                consider(Move::Left(l).class());
            }
        }
    }
    if state.can_right() {
        for l in (0..labels as u16).filter(|&l| l != root_label) {
            consider(Move::Right(l).class());
        }
    }
    match best {
        Some((class, _)) => class,
        // Only a model with no label but the root's gets here; any move keeps the loop finite.
        None if state.can_shift() => SHIFT,
        None if state.can_right() => Move::Right(0).class(),
        None => Move::Left(root_label).class(),
    }
}
