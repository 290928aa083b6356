//! Queries over a [`KnowledgeGraph`]: a typed builder, graph helpers and plain-English questions.
//!
//! ```
//! use diplograph::{Document, Extractor, KnowledgeGraph, Modality, RelationKind};
//! let doc = Document::new("d", "If a truce holds, Britain pledged to send troops to Ukraine. \
//!     Japan pledged $1 billion in aid to Ukraine.").with_date("2025-03-02".parse().unwrap());
//! let kg = KnowledgeGraph::from_relations(Extractor::bundled().extract(&doc));
//!
//! // the builder
//! let answers: Vec<_> = kg.query().kind(RelationKind::Pledged).object("troops").run().collect();
//! assert_eq!(answers.len(), 1);
//! assert_eq!(answers[0].source.name, "United Kingdom");
//! assert_eq!(answers[0].fact.modality, Modality::Conditional);
//!
//! // a question
//! let a = kg.ask("what did Japan pledge to Ukraine?").unwrap();
//! assert_eq!(a.answers[0].fact.object.as_deref(), Some("$1 billion in aid"));
//! assert!(kg.ask("how is the weather?").is_err());
//! ```

mod question;

pub use question::{QueryError, QuestionAnswers, Ranked, QUESTION_FORMS};

use crate::date::Date;
use crate::gazetteer::{EntityId, EntityKind};
use crate::graph::{Fact, KnowledgeGraph};
use crate::relation::{EntityRef, Modality, RelationKind};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One answer: a fact with its parties resolved, in the order the query asked for them.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Answer<'g> {
    /// The fact, with its evidence.
    pub fact: &'g Fact,
    /// Who did it; for a symmetric fact (met, spoke) the party the query asked about.
    pub source: EntityRef,
    /// To or with whom; for a symmetric fact, the other party.
    pub target: Option<EntityRef>,
}

/// A query under construction; see [`KnowledgeGraph::query`]. Every filter narrows the answers.
#[derive(Clone, Debug)]
pub struct Query<'g> {
    kg: &'g KnowledgeGraph,
    kinds: Vec<RelationKind>,
    source: Option<BTreeSet<EntityId>>,
    target: Option<BTreeSet<EntityId>>,
    involving: Option<BTreeSet<EntityId>>,
    object_words: Vec<String>,
    modalities: Option<Vec<Modality>>,
    excluded: Vec<Modality>,
    from: Option<Date>,
    to: Option<Date>,
    source_kind: Option<EntityKind>,
    target_kind: Option<EntityKind>,
}

fn fold_key(s: &str) -> String {
    let f = crate::text::fold(s.trim()).to_lowercase();
    f.strip_prefix("the ").map(str::to_owned).unwrap_or(f)
}

impl KnowledgeGraph {
    /// Starts a query over every fact.
    pub fn query(&self) -> Query<'_> {
        Query {
            kg: self,
            kinds: Vec::new(),
            source: None,
            target: None,
            involving: None,
            object_words: Vec::new(),
            modalities: None,
            excluded: Vec::new(),
            from: None,
            to: None,
            source_kind: None,
            target_kind: None,
        }
    }

    /// The entities `name` may mean: an id, a name in the graph (or its surname), or any name,
    /// alias, acronym or demonym the graph's [gazetteer](KnowledgeGraph::gazetteer) knows.
    pub fn resolve_name(&self, name: &str) -> BTreeSet<EntityId> {
        let mut out = BTreeSet::new();
        if self.entity(name.trim()).is_some() {
            out.insert(EntityId::new(name.trim()));
            return out;
        }
        let key = fold_key(name);
        for e in self.entities() {
            let n = fold_key(&e.name);
            if n == key || n.ends_with(&format!(" {key}")) {
                out.insert(e.id.clone());
            }
        }
        for e in self.gazetteer().find_by_name(name) {
            out.insert(e.id.clone());
        }
        out
    }

    /// Entities connected to `id` by a fact, with the fact.
    pub fn neighbours<'g>(&'g self, id: &str) -> impl Iterator<Item = (EntityRef, &'g Fact)> + 'g {
        let id = id.to_owned();
        self.facts()
            .filter_map(move |f| f.other(&id).map(|o| (self.entity_ref(o), f)))
    }

    /// Every fact involving `id`, earliest first (undated last).
    pub fn timeline(&self, id: &str) -> Vec<&Fact> {
        let mut v: Vec<&Fact> = self.facts().filter(|f| f.involves(id)).collect();
        v.sort_by_key(|f| (f.first_date().is_none(), f.first_date()));
        v
    }

    /// The shortest chain of facts linking `a` and `b`, in either direction; `None` when they
    /// are not connected (negated facts do not connect).
    pub fn shortest_connection(&self, a: &str, b: &str) -> Option<Vec<&Fact>> {
        // the petgraph view, undirected, without negated facts
        let mut g = self.to_petgraph();
        g.retain_edges(|g, e| g[e].modality != Modality::Negated);
        let g = g.into_edge_type::<petgraph::Undirected>();
        let find = |id: &str| g.node_indices().find(|&n| g[n].id.as_str() == id);
        let (start, goal) = (find(a)?, find(b)?);
        let (_, nodes) = petgraph::algo::astar(&g, start, |n| n == goal, |_| 1u32, |_| 0)?;
        Some(
            nodes
                .windows(2)
                .filter_map(|w| g.edges_connecting(w[0], w[1]).next().map(|e| *e.weight()))
                .collect(),
        )
    }

    /// Entities ranked by how many distinct counterparts they have in facts of `kind`
    /// (optionally counting only counterparts of `counterpart_kind`): "who met most leaders".
    /// Negated facts do not count.
    pub fn ranking(
        &self,
        kind: &RelationKind,
        counterpart_kind: Option<EntityKind>,
    ) -> Vec<(EntityRef, usize)> {
        let mut partners: BTreeMap<&EntityId, BTreeSet<&EntityId>> = BTreeMap::new();
        for f in self
            .facts()
            .filter(|f| &f.kind == kind && f.modality != Modality::Negated)
        {
            let Some(t) = &f.target else { continue };
            let ok = |id: &EntityId| counterpart_kind.is_none_or(|k| self.entity_ref(id).kind == k);
            if ok(t) {
                partners.entry(&f.source).or_default().insert(t);
            }
            if kind.is_symmetric() && ok(&f.source) {
                partners.entry(t).or_default().insert(&f.source);
            }
        }
        let mut v: Vec<(EntityRef, usize)> = partners
            .into_iter()
            .map(|(id, s)| (self.entity_ref(id), s.len()))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)));
        v
    }
}

impl<'g> Query<'g> {
    /// Only facts of this kind (call again to allow several).
    pub fn kind(&mut self, kind: RelationKind) -> &mut Self {
        self.kinds.push(kind);
        self
    }

    /// Only facts whose source is `name` (an id, name, alias or acronym). For symmetric kinds
    /// (`met`, `spoke`) either party counts.
    pub fn source(&mut self, name: &str) -> &mut Self {
        self.source = Some(self.kg.resolve_name(name));
        self
    }

    /// Only facts whose target is `name`. For symmetric kinds either party counts.
    pub fn target(&mut self, name: &str) -> &mut Self {
        self.target = Some(self.kg.resolve_name(name));
        self
    }

    /// Only facts in which `name` is source or target.
    pub fn involving(&mut self, name: &str) -> &mut Self {
        self.involving = Some(self.kg.resolve_name(name));
        self
    }

    /// Only facts whose object contains every word of `words` ("troops", "long-range missiles").
    pub fn object(&mut self, words: &str) -> &mut Self {
        self.object_words.extend(
            words
                .split_whitespace()
                .map(|w| fold_key(w).trim_end_matches('s').to_owned()),
        );
        self
    }

    /// Only facts with one of these modalities.
    pub fn modalities(&mut self, m: &[Modality]) -> &mut Self {
        self.modalities = Some(m.to_vec());
        self
    }

    /// Leave out facts with this modality (e.g. `Negated`).
    pub fn exclude_modality(&mut self, m: Modality) -> &mut Self {
        self.excluded.push(m);
        self
    }

    /// Only facts dated within `from..=to` (facts without dates are left out).
    pub fn between(&mut self, from: Date, to: Date) -> &mut Self {
        self.from = Some(from);
        self.to = Some(to);
        self
    }

    /// Only facts whose source is of this kind.
    pub fn source_kind(&mut self, k: EntityKind) -> &mut Self {
        self.source_kind = Some(k);
        self
    }

    /// Only facts whose target is of this kind.
    pub fn target_kind(&mut self, k: EntityKind) -> &mut Self {
        self.target_kind = Some(k);
        self
    }

    fn matches(&self, f: &Fact) -> bool {
        if !self.kinds.is_empty() && !self.kinds.contains(&f.kind) {
            return false;
        }
        let in_set = |set: &Option<BTreeSet<EntityId>>, id: Option<&EntityId>| {
            set.as_ref()
                .is_none_or(|s| id.is_some_and(|i| s.contains(i)))
        };
        let (src, tgt) = (Some(&f.source), f.target.as_ref());
        let parties_ok = if f.kind.is_symmetric() {
            (in_set(&self.source, src) && in_set(&self.target, tgt))
                || (in_set(&self.source, tgt) && in_set(&self.target, src))
        } else {
            in_set(&self.source, src) && in_set(&self.target, tgt)
        };
        if !parties_ok {
            return false;
        }
        if let Some(s) = &self.involving {
            if !s.contains(&f.source) && !f.target.as_ref().is_some_and(|t| s.contains(t)) {
                return false;
            }
        }
        if !self.object_words.is_empty() {
            let Some(o) = &f.object else { return false };
            let words: Vec<String> = fold_key(o)
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .map(|w| w.trim_end_matches('s').to_owned())
                .collect();
            if !self
                .object_words
                .iter()
                .all(|w| words.iter().any(|x| x == w))
            {
                return false;
            }
        }
        if let Some(m) = &self.modalities {
            if !m.contains(&f.modality) {
                return false;
            }
        }
        if self.excluded.contains(&f.modality) {
            return false;
        }
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if !f.dates.iter().any(|d| from <= *d && *d <= to) {
                return false;
            }
        }
        let kind_of = |id: &EntityId| self.kg.entity_ref(id).kind;
        if self.source_kind.is_some_and(|k| kind_of(&f.source) != k) {
            return false;
        }
        if let Some(k) = self.target_kind {
            if f.target.as_ref().is_none_or(|t| kind_of(t) != k) {
                return false;
            }
        }
        true
    }

    /// Whether a symmetric fact was found from its target's side ("whom did Macron meet?"
    /// finding the fact stored as Biden–Macron): its answer then names the parties the other
    /// way round, the asked-about one first.
    fn found_reversed(&self, f: &Fact) -> bool {
        let in_set = |set: &Option<BTreeSet<EntityId>>, id: Option<&EntityId>| {
            set.as_ref()
                .is_none_or(|s| id.is_some_and(|i| s.contains(i)))
        };
        f.kind.is_symmetric()
            && f.target.is_some()
            && !(in_set(&self.source, Some(&f.source)) && in_set(&self.target, f.target.as_ref()))
    }

    /// The answers, in fact order. An answer's source and target are as the query put them:
    /// for a symmetric fact (met, spoke) found from the other side, the fact's parties swapped.
    pub fn run(&self) -> impl Iterator<Item = Answer<'g>> {
        let kg = self.kg;
        let answers: Vec<Answer<'g>> = kg
            .facts()
            .filter(|f| self.matches(f))
            .map(|f| {
                let source = kg.entity_ref(&f.source);
                let target = f.target.as_ref().map(|t| kg.entity_ref(t));
                match target {
                    Some(target) if self.found_reversed(f) => Answer {
                        fact: f,
                        source: target,
                        target: Some(source),
                    },
                    target => Answer {
                        fact: f,
                        source,
                        target,
                    },
                }
            })
            .collect();
        answers.into_iter()
    }
}
