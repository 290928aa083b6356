//! Feature hashing and the compact, read-only weight table both classifiers score with.
//!
//! A feature is a 64-bit hash of a template number and the values it combines (word hashes,
//! tag and label indices). The table maps a feature to the few classes it has a weight for:
//! perceptron updates touch two classes at a time, so most features carry one to four weights,
//! and storing them sparsely keeps the shipped model to a few megabytes. Weights are quantised
//! to `i16` and summed in `i32`, which makes scores exact and parsing deterministic.

use super::model::ModelError;

const MULTIPLIER: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Folds `value` into the running hash `h` (the Fx step).
#[inline]
pub(crate) fn mix(h: u64, value: u64) -> u64 {
    (h.rotate_left(5) ^ value).wrapping_mul(MULTIPLIER)
}

/// A feature and its weights, as (class, quantised weight).
#[cfg(any(test, feature = "train"))]
pub(crate) type Row = (u64, Vec<(u16, i16)>);

/// The hash of a feature: a template number and up to three values.
#[inline]
pub(crate) fn feature(template: u64, a: u64, b: u64, c: u64) -> u64 {
    let h = mix(mix(mix(mix(0x9e37_79b9_7f4a_7c15, template), a), b), c);
    // A final avalanche, so that the table's high index bits depend on every input bit.
    let h = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// The hash of a word's bytes.
#[inline]
pub(crate) fn word(bytes: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(b));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(b));
    }
    h
}

/// Eight features' tags and weights in one cache line. A feature lives in the bucket its hash
/// picks or, when that is full, in the next one with room; slots fill in order, so a bucket
/// whose last tag is 0 ends every search that reaches it.
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Bucket {
    /// 16 bits of each feature's hash, never 0 (0 means "empty").
    tags: [u16; 8],
    /// The classes of each slot's inline weights (`NO_CLASS` where unused); `[OVERFLOW, len]`
    /// marks a feature with more than two weights, kept in `overflow` from the offset that
    /// the two weight fields hold.
    classes: [[u8; 2]; 8],
    weights: [[i16; 2]; 8],
}

const SLOTS: usize = 8;
const NO_CLASS: u8 = u8::MAX;
const OVERFLOW: u8 = u8::MAX - 1;
/// Marks a feature whose weights are a dense row of `dense` (the row number in the weights).
const DENSE: u8 = u8::MAX - 2;
const MAX_PER_FEATURE: usize = 255;

/// A read-only map from features to sparse class weights.
#[derive(Clone)]
pub(crate) struct WeightTable {
    classes: usize,
    buckets: Vec<Bucket>,
    /// Weights of features with a few more than two, as (class, weight).
    overflow: Vec<(u8, i16)>,
    /// Weights of features with many, one row of `classes` a feature: tag and tag-pair
    /// features weigh in on most classes, and a dense row is added in a few vector operations
    /// instead of one scattered addition per class.
    dense: Vec<i16>,
    weights: usize,
    /// The most features the table was made for, and how many it holds.
    capacity: usize,
    features: usize,
}

impl WeightTable {
    /// Builds the table from `(feature, [(class, weight)])` rows.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn from_rows(
        classes: usize,
        rows: impl IntoIterator<Item = Row>,
        features: usize,
    ) -> Result<WeightTable, ModelError> {
        let mut table = WeightTable::with_capacity(classes, features)?;
        for (key, row) in rows {
            table.insert(key, &row)?;
        }
        Ok(table)
    }

    /// An empty table for `classes` classes and at most `features` features.
    pub(crate) fn with_capacity(
        classes: usize,
        features: usize,
    ) -> Result<WeightTable, ModelError> {
        if classes == 0 || classes >= usize::from(DENSE) {
            return Err(ModelError::Invalid(format!(
                "{classes} classes (at most {})",
                DENSE - 1
            )));
        }
        // Six features a bucket on average: few buckets overflow into the next, and the table
        // stays no larger than it must be (it is read from memory, not cache).
        let count = (features / 6 + 2).max(2);
        Ok(WeightTable {
            classes,
            buckets: vec![Bucket::default(); count],
            overflow: Vec::new(),
            dense: Vec::new(),
            weights: 0,
            capacity: features,
            features: 0,
        })
    }

    /// Adds one feature's weights (an empty row adds nothing).
    pub(crate) fn insert(&mut self, key: u64, row: &[(u16, i16)]) -> Result<(), ModelError> {
        if row.is_empty() {
            return Ok(());
        }
        let classes = self.classes;
        self.features += 1;
        if self.features > self.capacity {
            return Err(ModelError::Invalid(format!(
                "more features than the {} announced",
                self.capacity
            )));
        }
        if row.len() > MAX_PER_FEATURE {
            return Err(ModelError::Invalid(format!(
                "a feature has {} weights (at most {MAX_PER_FEATURE})",
                row.len()
            )));
        }
        if let Some(&(class, _)) = row.iter().find(|(c, _)| usize::from(*c) >= classes) {
            return Err(ModelError::Invalid(format!(
                "class {class} out of range (the table has {classes})"
            )));
        }
        self.weights += row.len();
        let mut entry_classes = [NO_CLASS; 2];
        let mut entry_weights = [0i16; 2];
        if row.len() <= 2 {
            for (k, &(class, w)) in row.iter().enumerate() {
                entry_classes[k] = class as u8;
                entry_weights[k] = w;
            }
        } else if row.len() * 4 > classes {
            let number = self.dense.len() / classes;
            if number >= 1 << 32 {
                return Err(ModelError::Invalid("too many weights".into()));
            }
            entry_classes = [DENSE, 0];
            entry_weights = [(number >> 16) as u16 as i16, number as u16 as i16];
            let at = self.dense.len();
            self.dense.resize(at + classes, 0);
            for &(class, w) in row {
                self.dense[at + usize::from(class)] = w;
            }
        } else {
            let start = self.overflow.len();
            if start >= 1 << 32 {
                return Err(ModelError::Invalid("too many weights".into()));
            }
            entry_classes = [OVERFLOW, row.len() as u8];
            entry_weights = [(start >> 16) as u16 as i16, start as u16 as i16];
            self.overflow.extend(row.iter().map(|&(c, w)| (c as u8, w)));
        }
        let count = self.buckets.len();
        let mut b = self.index(key);
        loop {
            let bucket = &mut self.buckets[b];
            if let Some(k) = bucket.tags.iter().position(|&t| t == 0) {
                bucket.tags[k] = Self::tag(key);
                bucket.classes[k] = entry_classes;
                bucket.weights[k] = entry_weights;
                return Ok(());
            }
            b = if b + 1 == count { 0 } else { b + 1 };
        }
    }

    /// The feature's bucket: the high 32 bits of the hash scaled to the bucket count.
    #[inline]
    fn index(&self, key: u64) -> usize {
        (((key >> 32) * self.buckets.len() as u64) >> 32) as usize
    }

    /// 16 bits of the hash's high half (the half the model file keeps), never 0. The bucket
    /// index comes from the top bits of that half, the tag from its bottom bits.
    #[inline]
    fn tag(key: u64) -> u16 {
        ((key >> 32) as u16).max(1)
    }

    /// The number of classes scored.
    pub(crate) fn classes(&self) -> usize {
        self.classes
    }

    /// Adds the weights of every feature in `features` to `scores` (one per class).
    ///
    /// The table is larger than the processor's caches, so most look-ups miss. The work is
    /// done in two passes: the first touches every feature's bucket — loads that do not
    /// depend on each other, so that the processor has many misses in flight at once instead
    /// of waiting for each in turn — and the second reads them.
    #[inline]
    pub(crate) fn score(&self, features: &[u64], scores: &mut [i32]) {
        const BATCH: usize = 128;
        let count = self.buckets.len();
        for chunk in features.chunks(BATCH) {
            let mut at = [0usize; BATCH];
            let mut touch = 0u16;
            for (a, &key) in at.iter_mut().zip(chunk) {
                *a = self.index(key);
                touch ^= self.buckets[*a].tags[0];
            }
            std::hint::black_box(touch);
            let mut far = [(0u8, 0u8, 0usize); BATCH];
            let mut far_count = 0;
            for (&first, &key) in at.iter().zip(chunk) {
                let tag = Self::tag(key);
                let mut b = first;
                let (bucket, k) = loop {
                    let bucket = &self.buckets[b];
                    let mut hit = SLOTS;
                    for (k, &t) in bucket.tags.iter().enumerate() {
                        if t == tag {
                            hit = k;
                        }
                    }
                    if hit < SLOTS || bucket.tags[SLOTS - 1] == 0 {
                        break (bucket, hit);
                    }
                    b = if b + 1 == count { 0 } else { b + 1 };
                    if b == first {
                        break (bucket, SLOTS);
                    }
                };
                if k == SLOTS {
                    continue;
                }
                let [c0, c1] = bucket.classes[k];
                let [w0, w1] = bucket.weights[k];
                let place = (usize::from(w0 as u16) << 16) | usize::from(w1 as u16);
                if c0 == DENSE || c0 == OVERFLOW {
                    // rows kept outside the bucket are read in a third pass, after every
                    // feature's bucket has been: their loads too are then in flight together
                    far[far_count] = (c0, c1, place);
                    far_count += 1;
                    continue;
                }
                if let Some(s) = scores.get_mut(usize::from(c0)) {
                    *s += i32::from(w0);
                }
                if let Some(s) = scores.get_mut(usize::from(c1)) {
                    *s += i32::from(w1);
                }
            }
            // (touched in a pass of their own before they are read, like the buckets: a miss
            // on one overflow row no longer waits for the misses before it)
            let mut touch = 0u8;
            for &(kind, _, place) in &far[..far_count] {
                if kind == OVERFLOW {
                    touch ^= self.overflow.get(place).map_or(0, |e| e.0);
                }
            }
            std::hint::black_box(touch);
            for &(kind, len, place) in &far[..far_count] {
                if kind == DENSE {
                    let start = place * self.classes;
                    if let Some(row) = self.dense.get(start..start + self.classes) {
                        for (s, &w) in scores.iter_mut().zip(row) {
                            *s += i32::from(w);
                        }
                    }
                } else {
                    let end = place + usize::from(len);
                    for &(class, w) in self.overflow.get(place..end).unwrap_or(&[]) {
                        if let Some(s) = scores.get_mut(usize::from(class)) {
                            *s += i32::from(w);
                        }
                    }
                }
            }
        }
    }

    /// Stored weights, for reporting the model's size.
    pub(crate) fn len(&self) -> usize {
        self.weights
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_sum_the_weights_of_present_features_only() {
        let rows = vec![
            (feature(1, 2, 3, 4), vec![(0u16, 5i16), (2, -3)]),
            (feature(9, 9, 9, 9), vec![(1, 7)]),
        ];
        let t = WeightTable::from_rows(3, rows, 2).unwrap();
        let mut s = [0i32; 3];
        t.score(
            &[
                feature(1, 2, 3, 4),
                feature(5, 5, 5, 5),
                feature(9, 9, 9, 9),
            ],
            &mut s,
        );
        assert_eq!(s, [5, 7, -3]);
    }

    #[test]
    fn out_of_range_classes_are_rejected() {
        let rows = vec![(1u64, vec![(3u16, 1i16)])];
        assert!(WeightTable::from_rows(3, rows, 1).is_err());
    }

    #[test]
    fn word_hashes_differ_by_length_and_content() {
        assert_ne!(word(b"a"), word(b"a\0"));
        assert_ne!(word(b"abcdefgh1"), word(b"abcdefgh2"));
        assert_eq!(word(b"talks"), word(b"talks"));
    }
}
