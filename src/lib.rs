//! diplograph turns English news text into a knowledge graph of geopolitical actors — people,
//! countries, organizations — and what they did to each other, with evidence for every fact.
//!
//! # Overview
//!
//! Data flows one way:
//!
//! ```text
//! Document ─ segment ─ match ─ resolve ─ extract (─ parse, where needed) ─▶ Relation ─▶ KnowledgeGraph ─▶ query / export
//! ```
//!
//! * [`Gazetteer`]: who is who. The bundled one covers every UN member and observer state plus
//!   Kosovo and Taiwan, about 190 organizations and 1,600+ office holders with dated terms; add
//!   your own entities in code or from JSON Lines files.
//! * [`Matcher`]: one Aho-Corasick automaton over every surface form of the gazetteer.
//! * [`Lexicon`]: trigger phrases, titles, referring phrases and modality cues — data, not code.
//! * [`Extractor`]: documents in, [`Relation`]s out, each with its source, target, object,
//!   [`Modality`], date, place, CAMEO/PLOVER codes and the sentence it came from. Where its
//!   window rules find no argument, it asks the dependency tree of the sentence.
//! * [`syntax`]: a part-of-speech tagger and dependency parser of the crate's own (trained on
//!   the Universal Dependencies English Web Treebank, weights compiled in), usable on its own.
//! * [`KnowledgeGraph`]: relations merged into facts with all their evidence; queries, questions
//!   and exports (JSON Lines, JSON, CSV for Neo4j, GraphML, DOT, N-Triples).
//!
//! # Example: from text to answers
//!
//! ```
//! use diplograph::{Document, Extractor, KnowledgeGraph, Modality};
//!
//! let doc = Document::new(
//!     "example",
//!     "Ukrainian President Volodymyr Zelensky met U.S. special envoy Steve Witkoff in Paris. \
//!      Twenty-six countries of the Coalition of the Willing pledged to send troops if a peace deal is signed.",
//! )
//! .with_date("2025-09-04".parse().unwrap());
//!
//! let relations = Extractor::bundled().extract(&doc);
//! assert_eq!(relations[0].kind.as_str(), "met");
//! assert_eq!(relations[0].target.as_ref().unwrap().name, "Steve Witkoff");
//!
//! let kg = KnowledgeGraph::from_relations(relations);
//! let answer = &kg.ask("who pledged troops?").unwrap().answers[0];
//! assert_eq!(answer.source.name, "Coalition of the Willing");
//! assert_eq!(answer.fact.modality, Modality::Conditional);
//! assert!(answer.fact.evidence.iter().next().unwrap().sentence.contains("Twenty-six countries"));
//! ```
//!
//! # Example: your own actors
//!
//! ```
//! use diplograph::{Document, Entity, EntityKind, Extractor, Gazetteer};
//!
//! let mut builder = Gazetteer::builder();
//! builder.with_bundled();
//! builder.load_str(
//!     "my-actors.jsonl",
//!     r#"{"id":"org:example-pact","kind":"organization","name":"Example Pact","organization":{"category":"alliance"}}"#,
//! ).unwrap();
//! let extractor = Extractor::builder().gazetteer(builder.build()).build().unwrap();
//! let doc = Document::new("d", "The Example Pact sanctioned Belarus.");
//! assert_eq!(extractor.extract(&doc)[0].source.id.as_str(), "org:example-pact");
//! ```
//!
//! # Example: finding entities only
//!
//! ```
//! use diplograph::{Gazetteer, Matcher};
//! let g = Gazetteer::bundled();
//! let m = Matcher::new(&g).unwrap();
//! let ids: Vec<&str> = m
//!     .find_iter("A woman in Oman met NATO's chief.\nKREMLIN REJECTS PLAN\nThe U.S. congressman left.")
//!     .map(|x| g.entity(x.entity()).id.as_str())
//!     .collect();
//! assert_eq!(ids, ["country:OMN", "org:nato", "country:RUS", "country:USA"]);
//! ```
//!
//! # From Python
//!
//! The repository's `python/` crate builds a Python package of the same API with PyO3
//! (`pip install ./python`; `Extractor`, `KnowledgeGraph`, pandas and networkx hand-over, and
//! `diplograph.dask` for archives larger than one machine). This crate keeps no Python
//! dependency.
//!
//! # Features
//!
//! * `parallel` (default): [`Extractor::extract_all`] runs over documents with rayon.
//! * `cli`: the `diplograph` command-line tool (brings clap; includes `train`).
//! * `train`: training the syntax model from a treebank (`diplograph::syntax::train`).
#![warn(missing_docs)]

mod date;
mod document;
pub mod extract;
mod fxhash;
pub mod gazetteer;
pub mod graph;
pub mod query;
mod relation;
pub mod syntax;
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
pub use relation::{CustomKind, EntityRef, Evidence, Modality, Relation, RelationKind};

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
