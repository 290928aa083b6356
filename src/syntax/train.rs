//! Training the tagger and the parser from a treebank (feature `train`).
//!
//! Both are averaged perceptrons. The tagger learns from gold tags with its own earlier choices
//! as left context. The parser learns from tags the tagger predicted (each training sentence
//! tagged by a tagger that did not see it: jackknifing), so that it is trained on the kind of
//! tags it will be given, and with the arc-hybrid system's *dynamic oracle*: at every step the
//! oracle says which moves lose no more gold arcs than necessary from the configuration at
//! hand, so that after the first iteration the trainer can follow the model's own (sometimes
//! wrong) moves and learn to recover from them.

use crate::fxhash::{FxHashMap, FxHashSet};

use super::conllu::TreebankSentence;
use super::model::{Model, ModelError, ModelWriter};
use super::parser::{self, best_allowed, classes, Move, State, Words};
use super::tagger::{self, best_tag, lower_hash, word_infos, WordInfo};
use super::upos::UPos;
use super::weights::{Row, WeightTable};
use super::SyntaxModel;

/// How to train.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    tagger_iterations: usize,
    parser_iterations: usize,
    folds: usize,
    prune: f64,
    min_feature_count: u32,
    stacked: bool,
    seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            tagger_iterations: 8,
            parser_iterations: 15,
            folds: 4,
            prune: 1.0,
            min_feature_count: 1,
            stacked: false,
            seed: 0x5eed,
        }
    }
}

impl TrainOptions {
    /// Passes over the training data for the tagger (default 8).
    pub fn tagger_iterations(&mut self, n: usize) -> &mut Self {
        self.tagger_iterations = n.max(1);
        self
    }

    /// Passes over the training data for the parser (default 15).
    pub fn parser_iterations(&mut self, n: usize) -> &mut Self {
        self.parser_iterations = n.max(1);
        self
    }

    /// Folds for jackknifed training tags (default 4; 1 trains the parser on gold tags).
    pub fn folds(&mut self, n: usize) -> &mut Self {
        self.folds = n.max(1);
        self
    }

    /// Averaged weights smaller than this (in units of one perceptron update) are dropped
    /// from the saved model (default 1.0, which drops the features updated only once): they
    /// are most of the size and change few decisions (on EWT test, 84.6 % against 84.7 %
    /// attachment with every weight kept, at half the size).
    pub fn prune(&mut self, threshold: f64) -> &mut Self {
        self.prune = threshold.max(0.0);
        self
    }

    /// Parser features seen fewer times than this in the gold parses of the training data are
    /// never learned (default 1: all are). A cut-off of 2 halves the table and costs about 0.4
    /// points of attachment score on EWT dev.
    pub fn min_feature_count(&mut self, n: u32) -> &mut Self {
        self.min_feature_count = n.max(1);
        self
    }

    /// A second tagger pass that also sees the first pass's tags to the right (default off:
    /// on EWT dev it tagged no better, 94.94 % against 94.95 %, and it doubles tagging time).
    pub fn stacked(&mut self, yes: bool) -> &mut Self {
        self.stacked = yes;
        self
    }

    /// The seed of the shuffling and exploration (default fixed, so training is reproducible).
    pub fn seed(&mut self, seed: u64) -> &mut Self {
        self.seed = seed;
        self
    }
}

/// Training could not run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TrainError {
    /// The treebank has no sentences.
    #[error("the training treebank has no sentences")]
    Empty,
    /// The treebank has no `root` relation.
    #[error("the training treebank has no `root` relation")]
    NoRoot,
    /// More relation labels than the model format holds.
    #[error("{0} relation labels (at most 127)")]
    TooManyLabels(usize),
    /// The trained model could not be written.
    #[error(transparent)]
    Model(#[from] ModelError),
}

/// A small, fast, reproducible random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

#[derive(Clone, Copy)]
struct Param {
    class: u16,
    weight: i32,
    total: i64,
    stamp: u32,
}

/// An averaged perceptron over hashed features.
struct Perceptron {
    params: FxHashMap<u64, Vec<Param>>,
    /// When set, only these features are learned.
    allowed: Option<FxHashSet<u64>>,
    clock: u32,
}

impl Perceptron {
    fn new() -> Self {
        Perceptron {
            params: FxHashMap::default(),
            allowed: None,
            clock: 1,
        }
    }

    fn score(&self, features: &[u64], scores: &mut [i64]) {
        scores.fill(0);
        for f in features {
            if let Some(row) = self.params.get(f) {
                for p in row {
                    scores[usize::from(p.class)] += i64::from(p.weight);
                }
            }
        }
    }

    fn tick(&mut self) {
        self.clock += 1;
    }

    fn update(&mut self, truth: usize, guess: usize, features: &[u64]) {
        let clock = self.clock;
        for &f in features {
            if self.allowed.as_ref().is_some_and(|a| !a.contains(&f)) {
                continue;
            }
            let row = self.params.entry(f).or_default();
            for (class, delta) in [(truth, 1), (guess, -1)] {
                let class = class as u16;
                let p = match row.iter_mut().position(|p| p.class == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Param {
                            class,
                            weight: 0,
                            total: 0,
                            stamp: clock,
                        });
                        row.last_mut().unwrap_or_else(|| unreachable!())
                    }
                };
                p.total += i64::from(p.weight) * i64::from(clock - p.stamp);
                p.stamp = clock;
                p.weight += delta;
            }
        }
    }

    /// The averaged weights, quantised to `i16` (scaled so that the largest fills the range:
    /// only their ratios matter) and pruned.
    fn averaged(&self, prune: f64) -> Vec<Row> {
        let clock = f64::from(self.clock);
        let average = |p: &Param| {
            (p.total as f64 + f64::from(p.weight) * (clock - f64::from(p.stamp))) / clock
        };
        let max = self
            .params
            .values()
            .flatten()
            .map(|p| average(p).abs())
            .fold(0.0f64, f64::max)
            .max(1e-9);
        let scale = max / 32_000.0;
        let mut rows = Vec::with_capacity(self.params.len());
        for (&key, row) in &self.params {
            let mut kept: Vec<(u16, i16)> = row
                .iter()
                .filter_map(|p| {
                    let a = average(p);
                    let q = (a / scale).round();
                    (a.abs() >= prune && q != 0.0).then_some((p.class, q as i16))
                })
                .collect();
            if !kept.is_empty() {
                kept.sort_by_key(|e| e.0);
                kept.truncate(255);
                rows.push((key, kept));
            }
        }
        rows
    }
}

/// The tags each word was seen with, for words seen at least twice (so that, as at run time,
/// rare words look unknown).
fn tag_dictionary(sentences: &[&TreebankSentence]) -> FxHashMap<u64, u32> {
    let mut counts: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
    for s in sentences {
        for (form, tag) in s.forms.iter().zip(&s.tags) {
            let e = counts.entry(lower_hash(form)).or_default();
            e.0 += 1;
            e.1 |= 1 << tag.index();
        }
    }
    counts
        .into_iter()
        .filter(|(_, (n, _))| *n >= 2)
        .map(|(k, (_, mask))| (k, mask))
        .collect()
}

/// Trains one tagger pass; `guides`, one per sentence, are the first pass's tags for a
/// second pass.
fn train_tagger(
    sentences: &[&TreebankSentence],
    guides: Option<&[&[UPos]]>,
    dictionary: &FxHashMap<u64, u32>,
    iterations: usize,
    rng: &mut Rng,
    progress: &mut dyn FnMut(&str),
) -> Perceptron {
    let mut model = Perceptron::new();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut infos: Vec<WordInfo> = Vec::new();
    let mut features = Vec::new();
    let mut scores = [0i64; 17];
    let pass = if guides.is_some() { "second" } else { "first" };
    for iteration in 0..iterations {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let s = sentences[k];
            let guide = guides.map(|g| g[k]);
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            word_infos(&forms, dictionary, &mut infos);
            let mut tags: Vec<UPos> = Vec::with_capacity(forms.len());
            for (i, &gold) in s.tags.iter().enumerate() {
                tagger::features(&infos, i, &tags, guide, &mut features);
                model.score(&features, &mut scores);
                let guess = best_tag(&scores);
                model.tick();
                if guess != gold {
                    model.update(gold.index(), guess.index(), &features);
                }
                right += usize::from(guess == gold);
                total += 1;
                tags.push(guess);
            }
        }
        progress(&format!(
            "tagger ({pass} pass) iteration {}: training accuracy {:.4}",
            iteration + 1,
            right as f64 / total.max(1) as f64
        ));
    }
    model
}

fn table_of(model: &Perceptron, classes: usize) -> Result<WeightTable, ModelError> {
    let rows = model.averaged(0.0);
    let n = rows.len();
    WeightTable::from_rows(classes, rows, n)
}

/// Tags sentences with the passes trained so far.
fn tag_all(
    first: &WeightTable,
    second: Option<&WeightTable>,
    dictionary: &FxHashMap<u64, u32>,
    sentences: &[&TreebankSentence],
) -> Vec<Vec<UPos>> {
    let mut infos = Vec::new();
    let mut buffer = Vec::new();
    sentences
        .iter()
        .map(|s| {
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            word_infos(&forms, dictionary, &mut infos);
            let tags = tagger::run_pass(first, &infos, None, &mut buffer);
            match second {
                Some(t) => tagger::run_pass(t, &infos, Some(&tags), &mut buffer),
                None => tags,
            }
        })
        .collect()
}

/// A training sentence for the parser: tags as the tagger predicts them, gold tree.
struct ParserSentence<'a> {
    forms: Vec<&'a str>,
    tags: Vec<UPos>,
    heads: Vec<usize>,
    labels: Vec<u16>,
}

/// The cost of each allowed move: how many more gold arcs it makes unreachable.
fn costs(state: &State, gold: &ParserSentence, root_label: u16, out: &mut [i32]) {
    let heads = &gold.heads;
    let front = state.front;
    let n = heads.len();
    let top = state.stack.last().copied();
    let below = if state.stack.len() >= 2 {
        Some(state.stack[state.stack.len() - 2])
    } else {
        None
    };
    // Dependents of the top word still in the buffer are lost by LEFT or RIGHT alike.
    let lost_children = top.map_or(0, |s0| {
        (front..n).filter(|&k| heads[k] == s0).count() as i32
    });
    let shift_cost = if state.can_shift() {
        let b = front;
        let mut c = 0;
        for &k in &state.stack {
            if heads[k] == b {
                c += 1;
            }
            if heads[b] == k && Some(k) != top {
                c += 1;
            }
        }
        c
    } else {
        i32::MAX
    };
    for (class, slot) in out.iter_mut().enumerate() {
        *slot = if !state.allows(class, root_label) {
            i32::MAX
        } else {
            match Move::from_class(class) {
                Move::Shift => shift_cost,
                Move::Left(l) => {
                    let s0 = top.unwrap_or(0);
                    let h = heads[s0];
                    let mut c = lost_children;
                    if h == front {
                        c += i32::from(l != gold.labels[s0]);
                    } else if Some(h) == below || h >= front {
                        c += 1;
                    }
                    c
                }
                Move::Right(l) => {
                    let s0 = top.unwrap_or(0);
                    let h = heads[s0];
                    let mut c = lost_children;
                    if Some(h) == below {
                        c += i32::from(l != gold.labels[s0]);
                    } else if h >= front {
                        c += 1;
                    }
                    c
                }
            }
        };
    }
}

fn train_parser(
    sentences: &[ParserSentence],
    labels: usize,
    root_label: u16,
    iterations: usize,
    min_count: u32,
    rng: &mut Rng,
    progress: &mut dyn FnMut(&str),
) -> Perceptron {
    let classes = classes(labels);
    let mut model = Perceptron::new();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut features = Vec::new();
    let mut scores = vec![0i64; classes];
    let mut cost = vec![0i32; classes];
    if min_count > 1 {
        // Count the features of the configurations on the way to each gold tree.
        let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
        for s in sentences {
            let words = Words::new(&s.forms, &s.tags);
            let mut state = State::new(s.forms.len());
            while !state.is_final() {
                parser::features(&state, &words, &mut features);
                for &f in &features {
                    *counts.entry(f).or_default() += 1;
                }
                costs(&state, s, root_label, &mut cost);
                let least = cost.iter().copied().min().unwrap_or(0);
                let next = cost.iter().position(|&c| c == least).unwrap_or(0);
                state.apply(Move::from_class(next));
            }
        }
        let total = counts.len();
        let allowed: FxHashSet<u64> = counts
            .into_iter()
            .filter(|&(_, n)| n >= min_count)
            .map(|(f, _)| f)
            .collect();
        progress(&format!(
            "parser features seen at least {min_count} times: {} of {total}",
            allowed.len()
        ));
        model.allowed = Some(allowed);
    }
    for iteration in 0..iterations {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let s = &sentences[k];
            let words = Words::new(&s.forms, &s.tags);
            let mut state = State::new(s.forms.len());
            while !state.is_final() {
                parser::features(&state, &words, &mut features);
                model.score(&features, &mut scores);
                costs(&state, s, root_label, &mut cost);
                let guess = best_allowed(&state, &scores, root_label);
                let least = cost.iter().copied().min().unwrap_or(0);
                let mut best: Option<usize> = None;
                for c in 0..classes {
                    if cost[c] == least && best.is_none_or(|b| scores[c] > scores[b]) {
                        best = Some(c);
                    }
                }
                let best = best.unwrap_or(guess);
                model.tick();
                total += 1;
                if cost[guess] > least {
                    model.update(best, guess, &features);
                } else {
                    right += 1;
                }
                let follow = if iteration > 0 && rng.chance(0.9) {
                    guess
                } else {
                    best
                };
                state.apply(Move::from_class(follow));
            }
        }
        progress(&format!(
            "parser iteration {}: moves without avoidable loss {:.4}",
            iteration + 1,
            right as f64 / total.max(1) as f64
        ));
    }
    model
}

/// Trains a tagger and a parser on `train`; returns the model and the bytes of its file.
///
/// `progress` receives a line per step (iterations, folds).
pub fn train(
    train: &[TreebankSentence],
    options: &TrainOptions,
    progress: &mut dyn FnMut(&str),
) -> Result<(SyntaxModel, Vec<u8>), TrainError> {
    let sentences: Vec<&TreebankSentence> = train.iter().filter(|s| !s.is_empty()).collect();
    if sentences.is_empty() {
        return Err(TrainError::Empty);
    }
    let mut rng = Rng(options.seed | 1);

    let mut label_names: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.labels.iter().cloned())
        .collect();
    label_names.sort();
    label_names.dedup();
    if label_names.len() > 127 {
        return Err(TrainError::TooManyLabels(label_names.len()));
    }
    let root_label = label_names
        .iter()
        .position(|l| l == "root")
        .ok_or(TrainError::NoRoot)? as u16;
    let label_index: FxHashMap<&str, u16> = label_names
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u16))
        .collect();

    // Jackknifed tags: each fold tagged by passes trained on the other folds. The first
    // pass's serve as the second pass's guides (so that it learns from guides as wrong as
    // they will be), and the final ones are the parser's training tags.
    let folds = options.folds.max(1);
    let stacked = options.stacked && folds > 1;
    let mut first_tags: Vec<Vec<UPos>> = sentences.iter().map(|s| s.tags.clone()).collect();
    let mut predicted = first_tags.clone();
    let mut fold_models = Vec::new();
    if folds > 1 {
        for fold in 0..folds {
            let (held, kept_at): (Vec<usize>, Vec<usize>) =
                (0..sentences.len()).partition(|i| i % folds == fold);
            let kept: Vec<&TreebankSentence> = kept_at.iter().map(|&i| sentences[i]).collect();
            let held_sentences: Vec<&TreebankSentence> =
                held.iter().map(|&i| sentences[i]).collect();
            let dictionary = tag_dictionary(&kept);
            let model = train_tagger(
                &kept,
                None,
                &dictionary,
                options.tagger_iterations,
                &mut rng,
                &mut |_| {},
            );
            let first = table_of(&model, 17)?;
            for (i, tags) in held
                .iter()
                .zip(tag_all(&first, None, &dictionary, &held_sentences))
            {
                first_tags[*i] = tags;
            }
            fold_models.push((held, held_sentences, kept_at, kept, dictionary, first));
            progress(&format!(
                "jackknife fold {} of {folds}: first pass tagged",
                fold + 1
            ));
        }
        predicted = first_tags.clone();
    }
    if stacked {
        for (fold, (held, held_sentences, kept_at, kept, dictionary, first)) in
            fold_models.iter().enumerate()
        {
            let guides: Vec<&[UPos]> = kept_at.iter().map(|&i| first_tags[i].as_slice()).collect();
            let model = train_tagger(
                kept,
                Some(&guides),
                dictionary,
                options.tagger_iterations,
                &mut rng,
                &mut |_| {},
            );
            let second = table_of(&model, 17)?;
            for (i, tags) in
                held.iter()
                    .zip(tag_all(first, Some(&second), dictionary, held_sentences))
            {
                predicted[*i] = tags;
            }
            progress(&format!(
                "jackknife fold {} of {folds}: second pass tagged",
                fold + 1
            ));
        }
    }

    let dictionary = tag_dictionary(&sentences);
    let first_model = train_tagger(
        &sentences,
        None,
        &dictionary,
        options.tagger_iterations,
        &mut rng,
        progress,
    );
    let second_model = if stacked {
        let guides: Vec<&[UPos]> = first_tags.iter().map(Vec::as_slice).collect();
        Some(train_tagger(
            &sentences,
            Some(&guides),
            &dictionary,
            options.tagger_iterations,
            &mut rng,
            progress,
        ))
    } else {
        None
    };

    let parser_sentences: Vec<ParserSentence> = sentences
        .iter()
        .zip(predicted)
        .map(|(s, tags)| {
            let n = s.len();
            ParserSentence {
                forms: s.forms.iter().map(String::as_str).collect(),
                tags,
                heads: s.heads.iter().map(|h| h.unwrap_or(n)).collect(),
                labels: s.labels.iter().map(|l| label_index[l.as_str()]).collect(),
            }
        })
        .collect();
    let parser_model = train_parser(
        &parser_sentences,
        label_names.len(),
        root_label,
        options.parser_iterations,
        options.min_feature_count,
        &mut rng,
        progress,
    );

    let mut writer = ModelWriter::new(&label_names, root_label, &dictionary);
    // the tagger's table is small: all of it is kept
    writer.table(17, &first_model.averaged(0.0));
    writer.flag(second_model.is_some());
    if let Some(second) = &second_model {
        writer.table(17, &second.averaged(0.0));
    }
    writer.table(
        classes(label_names.len()),
        &parser_model.averaged(options.prune),
    );
    let bytes = writer.finish();
    let model = Model::from_bytes(&bytes)?;
    Ok((SyntaxModel::from_model(model), bytes))
}
