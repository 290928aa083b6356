//! Rules every entity must follow, and whole-gazetteer checks.

use super::entity::{Entity, EntityKind, SurfaceForm};
use serde::Serialize;
use std::collections::HashMap;

/// Checks one entity on its own; returns what is wrong with it.
pub(crate) fn check_entity(e: &Entity) -> Result<(), String> {
    let prefix = e.kind.id_prefix();
    let rest = match e.id.as_str().split_once(':') {
        Some((p, rest)) if p == prefix => rest,
        _ => return Err(format!("id must start with \"{prefix}:\" for a {}", e.kind)),
    };
    if rest.is_empty() || rest.chars().any(|c| c.is_whitespace()) {
        return Err("id needs a non-empty part after the colon, without spaces".into());
    }
    if e.name.trim().is_empty() {
        return Err("empty name".into());
    }
    if let Some((form, _)) = e.surface_forms().find(|(s, _)| s.trim().is_empty()) {
        return Err(format!("empty surface form {form:?}"));
    }
    let facts = [
        e.country.is_some(),
        e.organization.is_some(),
        e.person.is_some(),
    ];
    let expected = match e.kind {
        EntityKind::Country => [true, false, false],
        EntityKind::Organization => [false, true, false],
        EntityKind::Person => [false, false, true],
    };
    if facts.iter().zip(expected).any(|(has, may)| *has && !may) {
        return Err(format!("carries facts of another kind than {}", e.kind));
    }
    if let Some(c) = &e.country {
        let upper = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_uppercase());
        if !upper(&c.iso2, 2) {
            return Err(format!(
                "ISO alpha-2 code {:?} is not two capital letters",
                c.iso2
            ));
        }
        if !upper(&c.iso3, 3) || rest != c.iso3 {
            return Err(format!(
                "ISO alpha-3 code {:?} must be three capital letters and the id's suffix",
                c.iso3
            ));
        }
    }
    for o in e.offices() {
        if o.title.trim().is_empty() {
            return Err("office with an empty title".into());
        }
        if let (Some(s), Some(end)) = (o.start, o.end) {
            if s.first_day() > end.last_day() {
                return Err(format!(
                    "office {:?} of {} ends ({end}) before it starts ({s})",
                    o.title, o.of
                ));
            }
        }
    }
    Ok(())
}

/// Something worth a look in a gazetteer as a whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ValidationIssue {
    /// The entity concerned.
    pub id: String,
    /// What is wrong.
    pub message: String,
}

/// Whole-gazetteer checks: references resolve, and no full name is silently shared.
///
/// Short names (surnames) may be shared: that ambiguity is declared by putting them in
/// `short_names`, and resolved from context. Any other surface form claimed by two entities is an
/// accident and reported.
pub(crate) fn check_all(entities: &[Entity]) -> Vec<ValidationIssue> {
    let ids: HashMap<&str, EntityKind> = entities.iter().map(|e| (e.id.as_str(), e.kind)).collect();
    let mut issues = Vec::new();
    let mut owners: HashMap<&str, Vec<&str>> = HashMap::new();
    for e in entities {
        if let Err(message) = check_entity(e) {
            issues.push(ValidationIssue {
                id: e.id.to_string(),
                message,
            });
        }
        let mut refs: Vec<&str> = e.offices().iter().map(|o| o.of.as_str()).collect();
        if let Some(o) = &e.organization {
            refs.extend(o.members.iter().map(|m| m.as_str()));
            refs.extend(o.country.iter().map(|m| m.as_str()));
            refs.extend(o.seats.iter().map(|m| m.as_str()));
        }
        if let Some(c) = &e.country {
            refs.extend(c.sovereign.iter().map(|m| m.as_str()));
        }
        for r in refs {
            if !ids.contains_key(r) {
                issues.push(ValidationIssue {
                    id: e.id.to_string(),
                    message: format!("refers to unknown entity {r}"),
                });
            }
        }
        let mut mine: Vec<&str> = e
            .surface_forms()
            .filter(|(_, f)| *f != SurfaceForm::ShortName)
            .map(|(s, _)| s)
            .collect();
        mine.sort_unstable();
        mine.dedup();
        for s in mine {
            owners.entry(s).or_default().push(e.id.as_str());
        }
    }
    let mut shared: Vec<_> = owners.into_iter().filter(|(_, o)| o.len() > 1).collect();
    shared.sort();
    for (form, who) in shared {
        issues.push(ValidationIssue {
            id: who[0].to_owned(),
            message: format!(
                "surface form {form:?} is shared with {}",
                who[1..].join(", ")
            ),
        });
    }
    issues
}
