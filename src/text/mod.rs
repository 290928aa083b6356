//! Text handling: sentence segmentation with byte offsets, and typographic folding.

mod fold;
mod segment;

pub use fold::{fold, slug};
pub use segment::{sentences, Sentence, Sentences, MAX_SENTENCE_BYTES};
