//! Text handling: sentence segmentation with byte offsets, and typographic folding.

mod fold;
mod fold_table;
mod segment;

pub(crate) use fold::fnv1a;
pub use fold::{fold, slug};
pub use segment::{sentences, Sentence, Sentences, MAX_SENTENCE_BYTES};
