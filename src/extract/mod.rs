//! Extraction: matching, resolution, triggers, arguments, modality and dates.

mod matcher;

pub use matcher::{Candidate, Matcher, MatcherBuilder, Mention, Mentions};
