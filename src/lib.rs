//! diplograph
#![warn(missing_docs)]

mod date;
mod document;
pub mod extract;
pub mod gazetteer;
pub mod graph;
pub mod query;
mod relation;
pub mod text;

pub use date::{Date, DateError, PartialDate};
pub use document::{first_date_in, Document, DocumentError};
pub use extract::{Analysis, Extractor, Lexicon, Matcher, Mention};
pub use gazetteer::{
    Entity, EntityId, EntityIndex, EntityKind, Gazetteer, GazetteerBuilder, GazetteerError, Office,
    Role,
};
pub use graph::{Fact, KnowledgeGraph};
pub use query::{Answer, Query, QueryError};
pub use relation::{EntityRef, Evidence, Modality, Relation, RelationKind};
