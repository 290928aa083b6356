//! Relations: who did what to whom, with modality, date, place and evidence.
//!
//! A [`Relation`] serialises to one JSON object of the JSONL relation contract:
//!
//! ```
//! use diplograph::{Document, Extractor};
//! let doc = Document::new("d1", "Japanese Prime Minister Shigeru Ishiba met Indian Prime Minister Narendra Modi in Tokyo.")
//!     .with_date("2025-08-29".parse().unwrap());
//! let rel = &Extractor::bundled().extract(&doc)[0];
//! let json = serde_json::to_value(rel).unwrap();
//! assert_eq!(json["kind"], "met");
//! assert_eq!(json["source"]["id"], "person:shigeru-ishiba");
//! assert_eq!(json["target"]["name"], "Narendra Modi");
//! assert_eq!(json["modality"], "asserted");
//! assert_eq!(json["place"], "Tokyo");
//! ```

use crate::date::Date;
use crate::gazetteer::{Entity, EntityId, EntityKind};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// What happened. The bundled lexicon knows the kinds below; a user lexicon may add others.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum RelationKind {
    /// Met in person (CAMEO 04x, PLOVER CONSULT).
    Met,
    /// Spoke, by phone, video or in person (CAMEO 040/041).
    Spoke,
    /// Promised something: troops, money, weapons, guarantees (CAMEO 03x, PLOVER AGREE).
    Pledged,
    /// Visited a country (CAMEO 042).
    Visited,
    /// Imposed sanctions, penalties, embargoes or tariffs (CAMEO 163, PLOVER SANCTION).
    Sanctioned,
    /// Demanded, urged, called on (CAMEO 10x, PLOVER REQUEST).
    Demanded,
    /// Thanked (CAMEO 051).
    Thanked,
    /// Criticised or condemned (CAMEO 111).
    Criticized,
    /// Accused or blamed (CAMEO 112).
    Accused,
    /// Threatened or warned (CAMEO 13x).
    Threatened,
    /// Praised or hailed (CAMEO 051).
    Praised,
    /// A kind from a user lexicon, made by [`RelationKind::parse`].
    Other(CustomKind),
}

/// The name of a relation kind that is none of the bundled ones: lower-case, and never the
/// name of a bundled kind, so that a kind has one value whichever way it was made.
///
/// ```
/// use diplograph::RelationKind;
/// let k = RelationKind::parse("Mediated");
/// assert_eq!(k.as_str(), "mediated");
/// assert_eq!(RelationKind::parse("MET"), RelationKind::Met);
/// let back: RelationKind = serde_json::from_str(&serde_json::to_string(&k).unwrap()).unwrap();
/// assert_eq!(back, k);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CustomKind(String);

impl CustomKind {
    /// The lower-case name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl RelationKind {
    /// The lower-case name used in JSON and queries.
    pub fn as_str(&self) -> &str {
        match self {
            RelationKind::Met => "met",
            RelationKind::Spoke => "spoke",
            RelationKind::Pledged => "pledged",
            RelationKind::Visited => "visited",
            RelationKind::Sanctioned => "sanctioned",
            RelationKind::Demanded => "demanded",
            RelationKind::Thanked => "thanked",
            RelationKind::Criticized => "criticized",
            RelationKind::Accused => "accused",
            RelationKind::Threatened => "threatened",
            RelationKind::Praised => "praised",
            RelationKind::Other(k) => k.as_str(),
        }
    }

    /// Whether `a kind b` means the same as `b kind a` (meeting, speaking).
    pub fn is_symmetric(&self) -> bool {
        matches!(self, RelationKind::Met | RelationKind::Spoke)
    }

    /// Parses a kind name (any case, surrounding space ignored); other names than the
    /// bundled kinds' become [`RelationKind::Other`].
    pub fn parse(s: &str) -> RelationKind {
        match s.trim().to_lowercase().as_str() {
            "met" => RelationKind::Met,
            "spoke" => RelationKind::Spoke,
            "pledged" => RelationKind::Pledged,
            "visited" => RelationKind::Visited,
            "sanctioned" => RelationKind::Sanctioned,
            "demanded" => RelationKind::Demanded,
            "thanked" => RelationKind::Thanked,
            "criticized" => RelationKind::Criticized,
            "accused" => RelationKind::Accused,
            "threatened" => RelationKind::Threatened,
            "praised" => RelationKind::Praised,
            other => RelationKind::Other(CustomKind(other.to_owned())),
        }
    }
}

impl fmt::Display for RelationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RelationKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RelationKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(RelationKind::parse(&s))
    }
}

/// An entity as a relation names it: id, name and kind. People the gazetteer does not know
/// ("Estonian Foreign Minister Margus Tsahkna") get an id made from their name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EntityRef {
    /// The id (`country:UKR`, `person:margus-tsahkna`).
    pub id: EntityId,
    /// The canonical name.
    pub name: String,
    /// Person, country or organization.
    pub kind: EntityKind,
    /// The Wikidata id (`Q212`), where the gazetteer knows it: the entity travels with its
    /// link, so exports need no gazetteer of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// The CAMEO actor code (`RUS`, `RUSGOV`, `IGOUNO`) where the gazetteer knows it, so that
    /// output lines up with Phoenix and ICEWS event data. A person's code is the one of the
    /// office held on the relation's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo_actor: Option<String>,
    /// The gazetteer's other names of the entity ("Najib Mikati" beside "Mohammad Najib Azmi
    /// Mikati", "U.S." beside "United States"), so that a reader matching names against
    /// another source's finds the entity under the name that source uses. Empty (and left
    /// out of JSON) for people the gazetteer does not know.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl EntityRef {
    /// The reference to a gazetteer entity (a person's CAMEO code needs a date: see
    /// [`Gazetteer::cameo_actor`](crate::Gazetteer::cameo_actor)).
    pub fn of(e: &Entity) -> EntityRef {
        EntityRef {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            wikidata: e.wikidata.clone(),
            cameo_actor: e.cameo.clone(),
            aliases: e.aliases.clone(),
        }
    }
}

/// The modality of a relation: whether and how the text claims it happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// Attributed to others ("reportedly", "according to").
    Reported,
    /// Announced or expected, not yet done ("will meet", "is preparing").
    Planned,
    /// Depends on a condition ("if a peace deal is signed").
    Conditional,
    /// Said not to have happened ("did not meet", "stalls on a meeting").
    Negated,
}

impl Modality {
    /// Lower-case name as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Planned => "planned",
            Modality::Conditional => "conditional",
            Modality::Negated => "negated",
        }
    }
}

/// The sentence a relation was read from, with the date and place it gives.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// The document id.
    pub doc: String,
    /// The sentence text.
    pub sentence: String,
    /// Byte offsets of the sentence in the document text.
    pub span: [usize; 2],
    /// The words that signalled the relation ("pledged to send").
    pub trigger: String,
    /// When, as this sentence tells it (the same fact may be reported for several dates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Where, as this sentence tells it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// One relation: who did what to whom, as the text claims it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Relation {
    /// The document id.
    pub doc: String,
    /// What happened.
    pub kind: RelationKind,
    /// Who did it.
    pub source: EntityRef,
    /// To or with whom, when the text says.
    pub target: Option<EntityRef>,
    /// What was pledged, demanded or sanctioned ("troops", "$2 billion in military aid").
    pub object: Option<String>,
    /// Whether and how the text claims it.
    pub modality: Modality,
    /// When: a date in the sentence, a weekday resolved against the document's date, or the
    /// document's date.
    pub date: Option<Date>,
    /// Where, when the sentence says ("Paris", "the Elysee Palace").
    pub place: Option<String>,
    /// CAMEO event code.
    pub cameo: String,
    /// PLOVER event type.
    pub plover: String,
    /// The sentence text.
    pub sentence: String,
    /// Byte offsets of the sentence in the document.
    pub span: [usize; 2],
    /// The words that signalled it.
    pub trigger: String,
}

impl Relation {
    /// The evidence part of the relation.
    pub fn evidence(&self) -> Evidence {
        Evidence {
            doc: self.doc.clone(),
            sentence: self.sentence.clone(),
            span: self.span,
            trigger: self.trigger.clone(),
            date: self.date,
            place: self.place.clone(),
        }
    }
}
