//! Text handling: sentence segmentation with byte offsets, and typographic folding.

mod fold;
mod fold_table;
mod segment;

pub(crate) use fold::fnv1a;
pub use fold::{fold, slug};
pub use segment::{sentences, Sentence, Sentences, MAX_SENTENCE_BYTES};

/// The largest char boundary of `text` at or below byte `i` (`str::floor_char_boundary`, which
/// the crate's minimum Rust version lacks): where a cut by byte count may fall.
pub(crate) fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
