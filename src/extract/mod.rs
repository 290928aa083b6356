//! Extraction: segment → match → resolve → extract.
//!
//! [`Extractor`] runs the whole pipeline over a [`Document`](crate::Document). The pieces are
//! public where they are useful on their own: the gazetteer [`Matcher`] and the trigger
//! [`Lexicon`].

mod arguments;
mod dateline;
mod extractor;
mod items;
mod lexicon;
mod matcher;
mod modality;
mod openings;
mod participants;
mod places;
mod resolve;
mod tree;
mod when_where;

pub use extractor::{Analysis, Extractor, ExtractorBuilder, Relations, ResolvedMention};
pub use items::MentionVia;
pub use lexicon::{
    CueEntry, CueScope, Lexicon, LexiconBuilder, LexiconError, ReferenceCondition, ReferenceEntry,
    Referent, SourceFrame, TargetFrame, TitleEntry, TriggerEntry, WordLists,
};
pub use matcher::{Candidate, Matcher, MatcherBuilder, MatcherError, Mention, Mentions};
