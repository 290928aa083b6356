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

/// Asks the processor to bring `value`'s cache line in, without waiting for it.
#[inline(always)]
fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint: it reads nothing the program sees and never faults,
    // and the address is that of a live reference.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>((value as *const T).cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

impl Bucket {
    /// The slot holding `tag`, if any (the last, should two share it).
    #[inline(always)]
    fn slot_of(&self, tag: u16) -> Option<usize> {
        let hits = self.hits(tag);
        (hits != 0).then(|| ((31 - hits.leading_zeros()) / LANE_BITS) as usize)
    }

    /// A mask with two bits set for each slot whose tag is `tag` (the byte mask of a 16-bit
    /// compare): the eight tags compared in one instruction, for every feature of every
    /// parser move.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn hits(&self, tag: u16) -> u32 {
        use std::arch::x86_64::{
            __m128i, _mm_cmpeq_epi16, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi16,
        };
        // SAFETY: SSE2 is part of every x86_64 processor, and the load reads the 16 bytes of
        // `self.tags` (an unaligned load: no alignment is assumed).
        unsafe {
            let tags = _mm_loadu_si128(self.tags.as_ptr().cast::<__m128i>());
            let equal = _mm_cmpeq_epi16(tags, _mm_set1_epi16(tag as i16));
            _mm_movemask_epi8(equal) as u32
        }
    }

    #[cfg(not(target_arch = "x86_64"))]
    #[inline(always)]
    fn hits(&self, tag: u16) -> u32 {
        self.hits_portable(tag)
    }

    /// [`Bucket::hits`] one slot at a time.
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    #[inline(always)]
    fn hits_portable(&self, tag: u16) -> u32 {
        let mut hits = 0u32;
        for (k, &t) in self.tags.iter().enumerate() {
            hits |= (u32::from(t == tag) * 0b11) << (LANE_BITS as usize * k);
        }
        hits
    }
}

/// Bits a slot takes in [`Bucket::hits`].
const LANE_BITS: u32 = 2;

const SLOTS: usize = 8;

/// Scores of the classes, one slot for every value a class byte can take (a table scores at
/// most 252 classes; the slots past them stay unread).
pub(crate) type Scores = [i32; 256];

/// Classes added at once from a dense row (eight `i32` lanes of a vector register).
const LANES: usize = 8;

/// The length of a dense row for `classes` classes: padded with zeros to whole groups of
/// [`LANES`], so that adding a row takes no scalar remainder (at most 256 for 252 classes; the
/// padding adds zeros to score slots past the classes, which stay zero and unread).
fn dense_stride(classes: usize) -> usize {
    classes.div_ceil(LANES) * LANES
}
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
    /// Weights of features with many, one row of `dense_stride(classes)` a feature: tag and tag-pair
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
            let stride = dense_stride(classes);
            let number = self.dense.len() / stride;
            if number >= 1 << 32 {
                return Err(ModelError::Invalid("too many weights".into()));
            }
            entry_classes = [DENSE, 0];
            entry_weights = [(number >> 16) as u16 as i16, number as u16 as i16];
            let at = self.dense.len();
            self.dense.resize(at + stride, 0);
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

    /// Adds the weights of every feature in `features` to `scores`, indexed by class (a
    /// class is a byte, so every class has its slot and no addition needs a bounds check).
    ///
    /// The table is larger than the processor's caches, so most look-ups miss. The work is
    /// done in passes: the first asks for every feature's bucket to be fetched (prefetches
    /// do not wait, so the misses of all the features are in flight at once instead of one
    /// after another), the second reads the buckets, the third fetches the overflow lists and
    /// dense rows they name, and the last adds those.
    #[inline]
    pub(crate) fn score(&self, features: &[u64], scores: &mut Scores) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has just been found to support AVX2.
            unsafe { self.score_avx2(features, scores) };
            return;
        }
        self.score_portable(features, scores);
    }

    /// [`WeightTable::score`] compiled for AVX2: the same code, but the dense rows' widening
    /// additions (a large part of the work) then take eight classes an instruction, not four.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn score_avx2(&self, features: &[u64], scores: &mut Scores) {
        self.score_portable(features, scores);
    }

    #[inline(always)]
    fn score_portable(&self, features: &[u64], scores: &mut Scores) {
        const BATCH: usize = 128;
        let count = self.buckets.len();
        for chunk in features.chunks(BATCH) {
            let mut at = [0u32; BATCH];
            for (a, &key) in at.iter_mut().zip(chunk) {
                let b = self.index(key);
                prefetch(&self.buckets[b]);
                *a = b as u32;
            }
            // rows kept outside the buckets, as `place << 16 | len << 8 | kind`
            let mut far = [0u64; BATCH];
            let mut far_count = 0;
            for (&first, &key) in at.iter().zip(chunk) {
                let first = first as usize;
                let tag = Self::tag(key);
                let mut b = first;
                let (bucket, k) = loop {
                    let bucket = &self.buckets[b];
                    if let Some(hit) = bucket.slot_of(tag) {
                        break (bucket, hit);
                    }
                    if bucket.tags[SLOTS - 1] == 0 {
                        break (bucket, SLOTS);
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
                if c0 == DENSE || c0 == OVERFLOW {
                    // read in a pass of their own, after every feature's bucket has been:
                    // their loads too are then in flight together
                    let place = (u64::from(w0 as u16) << 16) | u64::from(w1 as u16);
                    far[far_count] = (place << 16) | (u64::from(c1) << 8) | u64::from(c0);
                    far_count += 1;
                    continue;
                }
                // (an unused second slot is `NO_CLASS` with weight 0: adding it is harmless)
                scores[usize::from(c0)] += i32::from(w0);
                scores[usize::from(c1)] += i32::from(w1);
            }
            let far = &far[..far_count];
            let stride = dense_stride(self.classes);
            for &entry in far {
                let place = (entry >> 16) as usize;
                if entry as u8 == OVERFLOW {
                    if let Some(e) = self.overflow.get(place) {
                        prefetch(e);
                    }
                } else if let Some(first) = self.dense.get(place * stride) {
                    // the row's first cache line (fetching each of its lines measured no faster
                    // for the instructions it took)
                    prefetch(first);
                }
            }
            for &entry in far {
                let place = (entry >> 16) as usize;
                if entry as u8 == DENSE {
                    let start = place * stride;
                    if let Some(row) = self.dense.get(start..start + stride) {
                        // whole groups of eight: no scalar remainder loop
                        let groups = scores[..stride].chunks_exact_mut(LANES);
                        for (s, w) in groups.zip(row.chunks_exact(LANES)) {
                            for (s, &w) in s.iter_mut().zip(w) {
                                *s += i32::from(w);
                            }
                        }
                    }
                } else {
                    let len = usize::from((entry >> 8) as u8);
                    for &(class, w) in self.overflow.get(place..place + len).unwrap_or(&[]) {
                        scores[usize::from(class)] += i32::from(w);
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
        let mut s = [0i32; 256];
        t.score(
            &[
                feature(1, 2, 3, 4),
                feature(5, 5, 5, 5),
                feature(9, 9, 9, 9),
            ],
            &mut s,
        );
        assert_eq!(s[..3], [5, 7, -3]);
    }

    #[test]
    fn inline_overflow_and_dense_rows_all_score_as_plain_sums() {
        // rows of 1, 2, 5 and 90 weights: kept inline, inline, in overflow and dense
        let classes = 103;
        let rows: Vec<Row> = (0..400u64)
            .map(|i| {
                let n = [1, 2, 5, 90][(i % 4) as usize];
                let weights = (0..n)
                    .map(|j| {
                        (
                            ((i * 7 + j * 13) % classes) as u16,
                            (i as i16 - 200) * (j as i16 + 1),
                        )
                    })
                    .collect::<std::collections::BTreeMap<_, _>>()
                    .into_iter()
                    .collect();
                (feature(i, 1, 2, 3), weights)
            })
            .collect();
        let table = WeightTable::from_rows(classes as usize, rows.clone(), rows.len()).unwrap();
        // every other feature, and some the table lacks
        let asked: Vec<u64> = (0..450u64)
            .step_by(2)
            .map(|i| feature(i, 1, 2, 3))
            .collect();
        let mut expected = [0i32; 256];
        for (key, weights) in &rows {
            if asked.contains(key) {
                for &(c, w) in weights {
                    expected[usize::from(c)] += i32::from(w);
                }
            }
        }
        let mut fast = [0i32; 256];
        table.score(&asked, &mut fast);
        let mut portable = [0i32; 256];
        table.score_portable(&asked, &mut portable);
        assert_eq!(fast[..], expected[..]);
        assert_eq!(portable[..], expected[..]);
    }

    #[test]
    fn slot_search_finds_the_last_slot_holding_a_tag() {
        let bucket = Bucket {
            tags: [7, 3, 9, 3, 0, 0, 0, 0],
            ..Bucket::default()
        };
        for tag in [0u16, 3, 7, 9, 11] {
            assert_eq!(bucket.hits(tag), bucket.hits_portable(tag), "tag {tag}");
        }
        assert_eq!(bucket.slot_of(3), Some(3));
        assert_eq!(bucket.slot_of(7), Some(0));
        assert_eq!(bucket.slot_of(11), None);
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
