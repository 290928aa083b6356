//! diplograph
#![warn(missing_docs)]

mod date;
pub mod extract;
pub mod gazetteer;
pub mod text;

pub use date::{Date, DateError, PartialDate};
pub use extract::{Matcher, Mention};
pub use gazetteer::{Entity, EntityId, EntityIndex, EntityKind, Gazetteer, GazetteerBuilder, GazetteerError, Office, Role};
