//! Plain-English questions: "who pledged troops?", "whom did Putin meet in September 2025?".

use super::{Answer, Query};
use crate::date::Date;
use crate::gazetteer::{EntityId, EntityKind};
use crate::graph::{Fact, KnowledgeGraph};
use crate::relation::{EntityRef, Modality, RelationKind};
use serde::Serialize;

/// The question forms understood, for error messages and help.
pub const QUESTION_FORMS: &[&str] = &[
    "who pledged <object>?",
    "who pledged <object> to <entity>?",
    "what did <entity> pledge [to <entity>]?",
    "who met [with] <entity>?",
    "whom did <entity> meet?",
    "who spoke to|with <entity>?",
    "who sanctioned|visited|thanked|criticized|accused|threatened|praised <entity>?",
    "who demanded <something> [from <entity>]?",
    "how are <entity> and <entity> connected? | how is <entity> connected to <entity>?",
    "who met|spoke to|visited|thanked … the most people|leaders|countries|organizations?",
    "… in <Month> <year> | in <year> | on <YYYY-MM-DD> (at the end of any form)",
];

/// Why a question could not be answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The question has none of the understood forms.
    #[error("question not understood: {question:?}; understood forms: {}", QUESTION_FORMS.join(" | "))]
    Unrecognized {
        /// The question as asked.
        question: String,
    },
    /// A name in the question matches no entity in the graph or the gazetteer.
    #[error("no entity called {name:?} in the graph or the gazetteer")]
    UnknownEntity {
        /// The name.
        name: String,
    },
}

/// The answers to a question, with what it was understood to ask.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct QuestionAnswers<'g> {
    /// What the question was understood to ask, in words.
    pub understood: String,
    /// The answers, those with evidence from the most documents first (repeated sentences of
    /// one document count once); negated facts are left out. For "how are A and B
    /// connected?", the facts of the chain, in order from A.
    pub answers: Vec<Answer<'g>>,
    /// For "who met the most leaders?": the entities with the most distinct counterparts,
    /// most first (the answers are then empty).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ranking: Vec<Ranked>,
}

/// One line of a ranking: an entity and how many distinct counterparts it has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Ranked {
    /// The entity.
    pub entity: EntityRef,
    /// Its distinct counterparts in facts of the kind asked about.
    pub count: usize,
}

/// The documents behind a fact: what an answer's rank rests on.
fn documents_behind(fact: &Fact) -> usize {
    fact.evidence
        .iter()
        .map(|e| e.doc.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

const VERBS: &[(&str, &str, &str)] = &[
    ("pledge", "pledged", "pledged"),
    ("promise", "promised", "pledged"),
    ("offer", "offered", "pledged"),
    ("meet", "met", "met"),
    ("speak", "spoke", "spoke"),
    ("talk", "talked", "spoke"),
    ("call", "called", "spoke"),
    ("visit", "visited", "visited"),
    ("sanction", "sanctioned", "sanctioned"),
    ("demand", "demanded", "demanded"),
    ("thank", "thanked", "thanked"),
    ("criticize", "criticized", "criticized"),
    ("criticise", "criticised", "criticized"),
    ("accuse", "accused", "accused"),
    ("threaten", "threatened", "threatened"),
    ("praise", "praised", "praised"),
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Splits a trailing date phrase off: "… in September 2025", "… in 2004", "… on 2025-09-04".
fn date_suffix(q: &str) -> (&str, Option<(Date, Date)>) {
    let words: Vec<&str> = q.split_whitespace().collect();
    let n = words.len();
    let lower = |i: usize| words[i].to_lowercase();
    // the text before the last k words
    let cut = |k: usize| -> &str {
        let mut rest = q;
        for _ in 0..k {
            rest = rest.trim_end();
            rest = &rest[..rest.rfind(char::is_whitespace).unwrap_or(0)];
        }
        rest.trim_end()
    };
    if n >= 3 && lower(n - 3) == "in" {
        if let (Some(m), Ok(y)) = (
            MONTHS.iter().position(|m| *m == lower(n - 2)),
            words[n - 1].parse::<i32>(),
        ) {
            let from = Date::new(y, m as u8 + 1, 1);
            let to = from.map(|f| {
                let next = if m == 11 {
                    Date::new(y + 1, 1, 1)
                } else {
                    Date::new(y, m as u8 + 2, 1)
                };
                next.map_or(f, |d| d.add_days(-1))
            });
            if let (Some(f), Some(t)) = (from, to) {
                return (cut(3), Some((f, t)));
            }
        }
    }
    if n >= 2 && (lower(n - 2) == "in" || lower(n - 2) == "on") {
        if let Ok(y) = words[n - 1].parse::<i32>() {
            if (1900..=2200).contains(&y) {
                if let (Some(f), Some(t)) = (Date::new(y, 1, 1), Date::new(y, 12, 31)) {
                    return (cut(2), Some((f, t)));
                }
            }
        }
        if let Ok(d) = words[n - 1].parse::<Date>() {
            return (cut(2), Some((d, d)));
        }
    }
    (q, None)
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    (s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix))
    .then(|| &s[prefix.len()..])
}

impl KnowledgeGraph {
    /// Answers a plain-English question; see [`QUESTION_FORMS`]. Negated facts are left out.
    pub fn ask(&self, question: &str) -> Result<QuestionAnswers<'_>, QueryError> {
        let unrecognized = || QueryError::Unrecognized {
            question: question.to_owned(),
        };
        let q = question.trim().trim_end_matches(['?', '.', '!']).trim();
        let (q, dates) = date_suffix(q);
        let q = q.trim();
        let entity = |name: &str| -> Result<String, QueryError> {
            let name = name.trim().trim_matches(|c: char| c == '"' || c == '\'');
            if name.is_empty() || self.resolve_name(name).is_empty() {
                return Err(QueryError::UnknownEntity {
                    name: name.to_owned(),
                });
            }
            Ok(name.to_owned())
        };
        if let Some(answers) = self.connection_question(q, &entity)? {
            return Ok(answers);
        }
        if let Some(answers) = self.ranking_question(q) {
            return Ok(answers);
        }
        let mut query: Query<'_> = self.query();
        let understood: String;
        if let Some(rest) = strip_prefix_ci(q, "who ") {
            // who <past> …
            let rest = rest.trim_start();
            let (verb, kind) = VERBS
                .iter()
                .find_map(|(_, past, kind)| {
                    strip_prefix_ci(rest, past)
                        .filter(|r| r.is_empty() || r.starts_with(' '))
                        .map(|r| (r.trim(), *kind))
                })
                .ok_or_else(unrecognized)?;
            let kind = RelationKind::parse(kind);
            query.kind(kind.clone());
            if matches!(kind, RelationKind::Pledged | RelationKind::Demanded) {
                // who pledged <object> [to|for|from <entity>]
                let (object, party) = split_last_preposition(verb, &["to", "for", "from"]);
                if !object.is_empty() {
                    query.object(object);
                }
                let mut text = format!("who {kind} {object}");
                if let Some(p) = party {
                    let p = entity(p)?;
                    query.target(&p);
                    text.push_str(&format!(" to {p}"));
                }
                understood = text.trim().to_owned();
            } else {
                let target = strip_prefix_ci(verb, "with ")
                    .or_else(|| strip_prefix_ci(verb, "to "))
                    .unwrap_or(verb);
                let t = entity(target)?;
                query.target(&t);
                understood = format!("who {kind} {t}");
            }
        } else if let Some(rest) = strip_prefix_ci(q, "whom did ")
            .or_else(|| strip_prefix_ci(q, "who did "))
            .or_else(|| strip_prefix_ci(q, "what did "))
        {
            let asks_what = q.to_ascii_lowercase().starts_with("what");
            // <entity> <base> [to|with <entity>]; ASCII case folding keeps byte offsets valid
            // in `rest` (full Unicode lower-casing can change lengths: "İ" → "i̇")
            let lower = rest.to_ascii_lowercase();
            let (pos, base, kind) = VERBS
                .iter()
                .filter_map(|(base, _, kind)| {
                    lower
                        .match_indices(base)
                        .map(|(i, _)| i)
                        .find(|&i| {
                            i > 0
                                && lower[..i].ends_with(' ')
                                && lower[i + base.len()..]
                                    .chars()
                                    .next()
                                    .is_none_or(|c| c == ' ')
                        })
                        .map(|i| (i, *base, *kind))
                })
                .min_by_key(|x| x.0)
                .ok_or_else(unrecognized)?;
            let who = entity(&rest[..pos])?;
            let kind = RelationKind::parse(kind);
            let after = rest[pos + base.len()..].trim();
            query.kind(kind.clone()).source(&who);
            let mut text = format!(
                "{} did {who} {base}",
                if asks_what { "what" } else { "whom" }
            );
            if let Some(t) = strip_prefix_ci(after, "to ")
                .or_else(|| strip_prefix_ci(after, "with "))
                .or_else(|| strip_prefix_ci(after, "for "))
            {
                let t = entity(t)?;
                query.target(&t);
                text.push_str(&format!(" to {t}"));
            } else if !after.is_empty() {
                return Err(unrecognized());
            }
            understood = text;
        } else {
            return Err(unrecognized());
        }
        let mut understood = understood;
        if let Some((from, to)) = dates {
            query.between(from, to);
            understood.push_str(&format!(" between {from} and {to}"));
        }
        let mut answers: Vec<Answer<'_>> =
            query.exclude_modality(Modality::Negated).run().collect();
        // stable: among equals, fact order
        answers.sort_by_cached_key(|a| std::cmp::Reverse(documents_behind(a.fact)));
        Ok(QuestionAnswers {
            understood,
            answers,
            ranking: Vec::new(),
        })
    }

    /// "how are A and B connected?", "how is A connected to B?": the shortest chain of facts.
    fn connection_question(
        &self,
        q: &str,
        entity: &dyn Fn(&str) -> Result<String, QueryError>,
    ) -> Result<Option<QuestionAnswers<'_>>, QueryError> {
        let pair = if let Some(rest) = strip_prefix_ci(q, "how are ") {
            let lower = rest.to_ascii_lowercase();
            let Some(body) = lower.strip_suffix(" connected").map(|b| &rest[..b.len()]) else {
                return Ok(None);
            };
            let Some(at) = body.to_ascii_lowercase().rfind(" and ") else {
                return Ok(None);
            };
            (&body[..at], &body[at + 5..])
        } else if let Some(rest) = strip_prefix_ci(q, "how is ") {
            let lower = rest.to_ascii_lowercase();
            let Some((at, len)) = [" connected to ", " connected with "]
                .iter()
                .find_map(|sep| lower.find(sep).map(|i| (i, sep.len())))
            else {
                return Ok(None);
            };
            (&rest[..at], &rest[at + len..])
        } else {
            return Ok(None);
        };
        let (a, b) = (entity(pair.0)?, entity(pair.1)?);
        let mut best: Option<(EntityId, Vec<&Fact>)> = None;
        for from in self.resolve_name(&a) {
            for to in self.resolve_name(&b) {
                if let Some(chain) = self.shortest_connection(from.as_str(), to.as_str()) {
                    if best.as_ref().is_none_or(|(_, c)| chain.len() < c.len()) {
                        best = Some((from.clone(), chain));
                    }
                }
            }
        }
        let mut answers = Vec::new();
        if let Some((start, chain)) = best {
            let mut at = start;
            for fact in chain {
                let other = fact
                    .other(at.as_str())
                    .cloned()
                    .unwrap_or_else(|| fact.source.clone());
                // a symmetric fact reads from where the chain stands ("B met C" after "A met B");
                // a directed one keeps its direction
                let (source, target) = if fact.source != at && fact.kind.is_symmetric() {
                    (at.clone(), Some(fact.source.clone()))
                } else {
                    (fact.source.clone(), fact.target.clone())
                };
                answers.push(Answer {
                    fact,
                    source: self.entity_ref(&source),
                    target: target.map(|t| self.entity_ref(&t)),
                });
                at = other;
            }
        }
        Ok(Some(QuestionAnswers {
            understood: format!("how {a} and {b} are connected"),
            answers,
            ranking: Vec::new(),
        }))
    }

    /// "who met the most leaders?", "who visited the most countries?": a ranking.
    fn ranking_question(&self, q: &str) -> Option<QuestionAnswers<'_>> {
        let rest = strip_prefix_ci(q, "who ")?;
        let lower = rest.to_ascii_lowercase();
        let at = lower.find(" the most ")?;
        let (verb, counted) = (&lower[..at], lower[at + " the most ".len()..].trim());
        let verb = verb
            .strip_suffix(" with")
            .or_else(|| verb.strip_suffix(" to"))
            .unwrap_or(verb);
        let (_, _, kind) = VERBS.iter().find(|(_, past, _)| *past == verb)?;
        let counterpart = match counted {
            "people" | "leaders" | "persons" | "officials" | "heads of state" => {
                Some(EntityKind::Person)
            }
            "countries" | "states" | "nations" => Some(EntityKind::Country),
            "organizations" | "organisations" => Some(EntityKind::Organization),
            "actors" | "parties" | "entities" => None,
            _ => return None,
        };
        let kind = RelationKind::parse(kind);
        let ranking = self
            .ranking(&kind, counterpart)
            .into_iter()
            .map(|(entity, count)| Ranked { entity, count })
            .collect();
        Some(QuestionAnswers {
            understood: format!("who {kind} the most {counted}"),
            answers: Vec::new(),
            ranking,
        })
    }
}

/// "$2 billion in aid to Ukraine" → ("$2 billion in aid", Some("Ukraine")); "to Ukraine" →
/// ("", Some("Ukraine")).
fn split_last_preposition<'a>(s: &'a str, preps: &[&str]) -> (&'a str, Option<&'a str>) {
    // ASCII case folding only: byte offsets found in `lower` must be valid in `s`
    let lower = s.to_ascii_lowercase();
    for p in preps {
        if lower.starts_with(&format!("{p} ")) {
            return ("", Some(s[p.len() + 1..].trim()));
        }
    }
    let last = preps
        .iter()
        .filter_map(|p| {
            let pat = format!(" {p} ");
            lower.rfind(&pat).map(|i| (i, pat.len()))
        })
        .max_by_key(|x| x.0);
    match last {
        Some((i, len)) => (s[..i].trim(), Some(s[i + len..].trim())),
        None => (s.trim(), None),
    }
}
