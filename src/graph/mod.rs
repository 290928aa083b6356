//! The knowledge graph: entities are nodes, relations are edges carrying every piece of evidence.
//!
//! A fact is identified by its kind, source, target, object and modality (for `met` and
//! `spoke` the pair is unordered). Seeing the same fact again — another sentence, a repeated
//! caption, another article — adds evidence, dates and places to it; it never makes a second
//! edge. Storage is canonical (sorted maps), so [`KnowledgeGraph::merge`] is associative and
//! order-independent, and equal graphs serialise to identical JSON.
//!
//! ```
//! use diplograph::{Document, Extractor, KnowledgeGraph, RelationKind};
//! let ex = Extractor::bundled();
//! let a = Document::new("a", "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Tianjin.")
//!     .with_date("2025-08-31".parse().unwrap());
//! let b = Document::new("b", "Xi Jinping met Narendra Modi on Sunday.")
//!     .with_date("2025-08-31".parse().unwrap());
//! let mut kg = KnowledgeGraph::from_relations(ex.extract(&a));
//! kg.merge(&KnowledgeGraph::from_relations(ex.extract(&b)));
//! // one meeting, two pieces of evidence (and Modi's visit to China, from the first)
//! let met: Vec<_> = kg.facts().filter(|f| f.kind == RelationKind::Met).collect();
//! assert_eq!(met.len(), 1);
//! assert_eq!(met[0].evidence.len(), 2);
//! ```

mod export;

pub use export::UNSPECIFIED_ID;

use crate::date::Date;
use crate::gazetteer::{EntityId, EntityKind, Gazetteer};
use crate::relation::{EntityRef, Evidence, Modality, Relation, RelationKind};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// What identifies a fact: two relations with the same key are the same fact.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FactKey {
    /// What happened.
    pub kind: RelationKind,
    /// Who did it (for symmetric kinds, the smaller id of the pair).
    pub source: EntityId,
    /// To or with whom.
    pub target: Option<EntityId>,
    /// What, lower-cased and with spaces folded.
    pub object: Option<String>,
    /// Whether and how it was claimed.
    pub modality: Modality,
}

/// One fact of the graph with all that supports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Fact {
    /// What happened.
    pub kind: RelationKind,
    /// Who did it.
    pub source: EntityId,
    /// To or with whom; `None` when the text does not say ("26 countries pledged troops").
    pub target: Option<EntityId>,
    /// What, as first written ("long-range missiles").
    pub object: Option<String>,
    /// Whether and how it was claimed.
    pub modality: Modality,
    /// CAMEO code.
    pub cameo: String,
    /// PLOVER event type.
    pub plover: String,
    /// Dates it was reported for.
    pub dates: BTreeSet<Date>,
    /// Places named with it.
    pub places: BTreeSet<String>,
    /// Every sentence that states it.
    pub evidence: BTreeSet<Evidence>,
}

impl Fact {
    /// The earliest date, if any.
    pub fn first_date(&self) -> Option<Date> {
        self.dates.iter().next().copied()
    }

    /// The key that identifies this fact.
    pub fn key(&self) -> FactKey {
        key_of(
            &self.kind,
            &self.source,
            self.target.as_ref(),
            self.object.as_deref(),
            self.modality,
        )
    }

    /// Whether `id` is the source or the target.
    pub fn involves(&self, id: &str) -> bool {
        self.source.as_str() == id || self.target.as_ref().is_some_and(|t| t.as_str() == id)
    }

    /// The other party to `id` in this fact.
    pub fn other(&self, id: &str) -> Option<&EntityId> {
        if self.source.as_str() == id {
            self.target.as_ref()
        } else if self.target.as_ref().is_some_and(|t| t.as_str() == id) {
            Some(&self.source)
        } else {
            None
        }
    }
}

fn normalise_object(o: &str) -> String {
    o.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn key_of(
    kind: &RelationKind,
    source: &EntityId,
    target: Option<&EntityId>,
    object: Option<&str>,
    modality: Modality,
) -> FactKey {
    let (source, target) = match target {
        Some(t) if kind.is_symmetric() && t < source => (t.clone(), Some(source.clone())),
        _ => (source.clone(), target.cloned()),
    };
    FactKey {
        kind: kind.clone(),
        source,
        target,
        object: object.map(normalise_object),
        modality,
    }
}

/// A knowledge graph of entities and facts. See the [module docs](self).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnowledgeGraph {
    #[serde(with = "as_list")]
    entities: BTreeMap<EntityId, EntityRef>,
    #[serde(with = "as_list")]
    facts: BTreeMap<FactKey, Fact>,
    #[serde(skip)]
    names: NameBook,
}

/// The gazetteer a graph looks names up in when asked: a setting of the graph, not part of
/// its content (two graphs with the same facts are equal whatever they look names up in).
#[derive(Clone, Default)]
struct NameBook(Option<Arc<Gazetteer>>);

impl PartialEq for NameBook {
    fn eq(&self, _: &NameBook) -> bool {
        true
    }
}

impl Eq for NameBook {}

impl std::fmt::Debug for NameBook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self.0 {
            Some(_) => "NameBook(given)",
            None => "NameBook(bundled)",
        })
    }
}

/// JSON has string keys only: the maps travel as sorted lists and are re-keyed on reading.
mod as_list {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    /// A value that knows its own map key.
    pub(super) trait Keyed {
        type Key: Ord;
        fn map_key(&self) -> Self::Key;
    }

    impl Keyed for crate::relation::EntityRef {
        type Key = crate::gazetteer::EntityId;
        fn map_key(&self) -> Self::Key {
            self.id.clone()
        }
    }

    impl Keyed for super::Fact {
        type Key = super::FactKey;
        fn map_key(&self) -> Self::Key {
            self.key()
        }
    }

    pub fn serialize<S: Serializer, K, V: Serialize>(
        m: &BTreeMap<K, V>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(m.values())
    }

    pub fn deserialize<'de, D: Deserializer<'de>, V: Deserialize<'de> + Keyed>(
        d: D,
    ) -> Result<BTreeMap<V::Key, V>, D::Error> {
        let v: Vec<V> = Vec::deserialize(d)?;
        Ok(v.into_iter().map(|x| (x.map_key(), x)).collect())
    }
}

impl KnowledgeGraph {
    /// An empty graph.
    pub fn new() -> KnowledgeGraph {
        KnowledgeGraph::default()
    }

    /// The same graph, looking names up in `gazetteer` when asked ("what did Ukraine's
    /// president pledge?"): the one the relations were extracted with. Without one, questions
    /// read names with the bundled gazetteer.
    ///
    /// ```
    /// use diplograph::{Document, Extractor, Gazetteer, KnowledgeGraph};
    /// use std::sync::Arc;
    /// let line = r#"{"id":"org:tidewater-league","name":"Tidewater League","kind":"organization","aliases":["TWL"]}"#;
    /// let mine = Arc::new(Gazetteer::builder().with_bundled().load_str("mine.jsonl", line).unwrap().build());
    /// let ex = Extractor::builder().gazetteer(mine.clone()).build().unwrap();
    /// let doc = Document::new("d", "The Tidewater League sanctioned Russia.");
    /// let kg = KnowledgeGraph::from_relations(ex.extract(&doc)).with_gazetteer(mine);
    /// assert_eq!(kg.query().source("TWL").run().count(), 1);
    /// ```
    pub fn with_gazetteer(mut self, gazetteer: Arc<Gazetteer>) -> KnowledgeGraph {
        self.names = NameBook(Some(gazetteer));
        self
    }

    /// The gazetteer names are looked up in: the one given with
    /// [`with_gazetteer`](KnowledgeGraph::with_gazetteer), or the bundled one.
    pub fn gazetteer(&self) -> Arc<Gazetteer> {
        self.names.0.clone().unwrap_or_else(Gazetteer::bundled)
    }

    /// A graph of these relations.
    pub fn from_relations(relations: impl IntoIterator<Item = Relation>) -> KnowledgeGraph {
        let mut kg = KnowledgeGraph::new();
        kg.extend(relations);
        kg
    }

    /// Adds relations; repeated facts gain evidence.
    pub fn extend(&mut self, relations: impl IntoIterator<Item = Relation>) {
        for r in relations {
            self.add(r);
        }
    }

    /// Adds one relation.
    pub fn add(&mut self, r: Relation) {
        self.add_entity(r.source.clone());
        if let Some(t) = &r.target {
            self.add_entity(t.clone());
        }
        let evidence = r.evidence();
        let key = key_of(
            &r.kind,
            &r.source.id,
            r.target.as_ref().map(|t| &t.id),
            r.object.as_deref(),
            r.modality,
        );
        let fact = self.facts.entry(key.clone()).or_insert_with(|| Fact {
            kind: r.kind.clone(),
            source: key.source.clone(),
            target: key.target.clone(),
            object: r.object.clone(),
            modality: r.modality,
            cameo: r.cameo.clone(),
            plover: r.plover.clone(),
            dates: BTreeSet::new(),
            places: BTreeSet::new(),
            evidence: BTreeSet::new(),
        });
        if let (Some(mine), Some(theirs)) = (&fact.object, &r.object) {
            // keep one spelling whatever the order of arrival
            if theirs < mine {
                fact.object = Some(theirs.clone());
            }
        }
        fact.dates.extend(r.date);
        fact.places.extend(r.place);
        fact.evidence.insert(evidence);
    }

    fn add_entity(&mut self, e: EntityRef) {
        match self.entities.get_mut(&e.id) {
            // one name and one link whatever the order of arrival
            Some(have) => {
                if e.name < have.name {
                    have.name = e.name;
                }
                if e.wikidata.is_some() && (have.wikidata.is_none() || e.wikidata < have.wikidata) {
                    have.wikidata = e.wikidata;
                }
                // a person's code changes with office: the node keeps the least, in any order
                if e.cameo_actor.is_some()
                    && (have.cameo_actor.is_none() || e.cameo_actor < have.cameo_actor)
                {
                    have.cameo_actor = e.cameo_actor;
                }
            }
            None => {
                self.entities.insert(e.id.clone(), e);
            }
        }
    }

    /// Merges `other` into this graph. `a.merge(b)` then `.merge(c)` equals any other order.
    pub fn merge(&mut self, other: &KnowledgeGraph) {
        for e in other.entities.values() {
            self.add_entity(e.clone());
        }
        for (k, f) in &other.facts {
            match self.facts.get_mut(k) {
                Some(mine) => {
                    if let (Some(a), Some(b)) = (&mine.object, &f.object) {
                        if b < a {
                            mine.object = Some(b.clone());
                        }
                    }
                    mine.dates.extend(f.dates.iter().copied());
                    mine.places.extend(f.places.iter().cloned());
                    mine.evidence.extend(f.evidence.iter().cloned());
                }
                None => {
                    self.facts.insert(k.clone(), f.clone());
                }
            }
        }
    }

    /// The union of two graphs.
    pub fn merged(mut self, other: &KnowledgeGraph) -> KnowledgeGraph {
        self.merge(other);
        self
    }

    /// Entities, by id.
    pub fn entities(&self) -> impl ExactSizeIterator<Item = &EntityRef> + '_ {
        self.entities.values()
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&EntityRef> {
        self.entities.get(&EntityId::new(id))
    }

    /// Facts, in key order.
    pub fn facts(&self) -> impl ExactSizeIterator<Item = &Fact> + '_ {
        self.facts.values()
    }

    /// Number of entities.
    pub fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// Number of facts.
    pub fn fact_count(&self) -> usize {
        self.facts.len()
    }

    /// The graph as a petgraph `DiGraph` for your own algorithms: one node per entity, one
    /// edge per fact with a target (facts without one stay on [`KnowledgeGraph::facts`]).
    ///
    /// ```
    /// use diplograph::{Document, Extractor, KnowledgeGraph};
    /// let doc = Document::new("d", "Narendra Modi met Xi Jinping. Modi thanked Xi.");
    /// let kg = KnowledgeGraph::from_relations(Extractor::bundled().extract(&doc));
    /// let g = kg.to_petgraph();
    /// assert_eq!((g.node_count(), g.edge_count()), (2, 2));
    /// ```
    pub fn to_petgraph(&self) -> DiGraph<&EntityRef, &Fact> {
        let mut g = DiGraph::with_capacity(self.entities.len(), self.facts.len());
        let index: HashMap<&EntityId, NodeIndex> = self
            .entities
            .iter()
            .map(|(id, e)| (id, g.add_node(e)))
            .collect();
        for f in self.facts.values() {
            if let (Some(&a), Some(&b)) = (
                index.get(&f.source),
                f.target.as_ref().and_then(|t| index.get(t)),
            ) {
                g.add_edge(a, b, f);
            }
        }
        g
    }

    /// The JSON Lines relation records of the contract (one per fact and piece of evidence),
    /// each with the date and place its own sentence gave.
    pub fn relations(&self) -> impl Iterator<Item = Relation> + '_ {
        self.facts.values().flat_map(move |f| {
            f.evidence.iter().map(move |ev| Relation {
                doc: ev.doc.clone(),
                kind: f.kind.clone(),
                source: self.entity_ref(&f.source),
                target: f.target.as_ref().map(|t| self.entity_ref(t)),
                object: f.object.clone(),
                modality: f.modality,
                // each sentence's own date and place, not the fact's first: one fact seen in
                // Kazan in 2024 and in Tianjin in 2025 exports each with its own
                date: ev.date,
                place: ev.place.clone(),
                cameo: f.cameo.clone(),
                plover: f.plover.clone(),
                sentence: ev.sentence.clone(),
                span: ev.span,
                trigger: ev.trigger.clone(),
            })
        })
    }

    pub(crate) fn entity_ref(&self, id: &EntityId) -> EntityRef {
        self.entities.get(id).cloned().unwrap_or_else(|| EntityRef {
            id: id.clone(),
            name: id.to_string(),
            wikidata: None,
            cameo_actor: None,
            aliases: Vec::new(),
            kind: match id.prefix() {
                Some("country") => EntityKind::Country,
                Some("org") => EntityKind::Organization,
                _ => EntityKind::Person,
            },
        })
    }
}
