//! The entity model: people, countries and organizations, with the facts news needs.

use crate::date::{Date, PartialDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable entity identifier: `country:UKR` (ISO 3166-1 alpha-3), `org:nato`,
/// `person:volodymyr-zelensky`.
///
/// The part before the colon names the kind; the rest is unique within it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(String);

impl EntityId {
    /// Wraps an identifier string (not checked; see [`crate::Gazetteer::validate`]).
    pub fn new(id: impl Into<String>) -> EntityId {
        EntityId(id.into())
    }

    /// The identifier as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The kind prefix (`"country"`, `"org"`, `"person"`), if the id has one.
    pub fn prefix(&self) -> Option<&str> {
        self.0.split_once(':').map(|(p, _)| p)
    }

    /// A person id made from a name: lower-case ASCII words joined by hyphens.
    ///
    /// ```
    /// use diplograph::EntityId;
    /// assert_eq!(EntityId::person_from_name("Margus Tsahkna").as_str(), "person:margus-tsahkna");
    /// assert_eq!(EntityId::person_from_name("Recep Tayyip Erdoğan").as_str(), "person:recep-tayyip-erdogan");
    /// // no Latin letters: a hash of the name, never a bare "person:" shared by all such names
    /// let (a, b) = (EntityId::person_from_name("Токаев"), EntityId::person_from_name("Путин"));
    /// assert_ne!(a, b);
    /// assert!(a.as_str().len() > "person:".len());
    /// ```
    pub fn person_from_name(name: &str) -> EntityId {
        EntityId(format!("person:{}", crate::text::slug(name)))
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for EntityId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for EntityId {
    fn from(s: &str) -> EntityId {
        EntityId(s.to_owned())
    }
}

/// What sort of actor an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person: a head of state, minister, envoy, official.
    Person,
    /// A sovereign state, observer state, or a territory that news treats as one.
    Country,
    /// An international organization, grouping, government body, armed group or news agency.
    Organization,
}

impl EntityKind {
    /// The lower-case name used in ids and JSON (`"person"`, `"country"`, `"organization"`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
        }
    }

    /// The id prefix this kind uses.
    pub fn id_prefix(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organization => "org",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One actor with its names and facts. One line of a gazetteer file.
///
/// ```
/// use diplograph::{Entity, EntityKind};
/// let line = r#"{"id":"org:nordic-council","kind":"organization","name":"Nordic Council",
///                "organization":{"category":"forum","members":["country:DNK","country:NOR"]}}"#;
/// let e: Entity = serde_json::from_str(line).unwrap();
/// assert_eq!(e.kind, EntityKind::Organization);
/// assert_eq!(e.organization.unwrap().members.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Entity {
    /// The stable id.
    pub id: EntityId,
    /// Person, country or organization.
    pub kind: EntityKind,
    /// The canonical name, as English-language news writes it.
    pub name: String,
    /// Other full names it goes by ("Russian Federation", "Volodymyr Zelenskyy").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The Wikidata item, where the source gave one (`Q3874799`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// The CAMEO actor code of a country or organization (`CUB`, `IGOUNO`), as the Phoenix and
    /// ICEWS event data code it. People take theirs from their offices (see
    /// [`Gazetteer::cameo_actor`](crate::Gazetteer::cameo_actor)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// Facts about a country (boxed: few entities are countries, and an entity without them
    /// should not carry their room).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Box<CountryFacts>>,
    /// Facts about an organization (boxed, as country facts are).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Box<OrganizationFacts>>,
    /// Facts about a person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonFacts>,
}

impl Entity {
    /// A bare entity with no aliases or facts; fill in the fields you need.
    ///
    /// ```
    /// use diplograph::{Entity, EntityKind};
    /// let mut e = Entity::new("org:example-pact", EntityKind::Organization, "Example Pact");
    /// e.aliases.push("the Pact".into());
    /// assert_eq!(e.id.as_str(), "org:example-pact");
    /// ```
    pub fn new(id: impl Into<String>, kind: EntityKind, name: impl Into<String>) -> Entity {
        Entity {
            id: EntityId::new(id),
            kind,
            name: name.into(),
            aliases: Vec::new(),
            wikidata: None,
            cameo: None,
            country: None,
            organization: None,
            person: None,
        }
    }

    /// Gives back the spare capacity that loading left in its lists: a gazetteer keeps tens of
    /// thousands of them for the life of the program.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.aliases.shrink_to_fit();
        if let Some(c) = &mut self.country {
            c.demonyms.shrink_to_fit();
            c.metonyms.shrink_to_fit();
        }
        if let Some(o) = &mut self.organization {
            o.acronyms.shrink_to_fit();
            o.members.shrink_to_fit();
            o.seats.shrink_to_fit();
        }
        if let Some(p) = &mut self.person {
            p.short_names.shrink_to_fit();
            p.offices.shrink_to_fit();
        }
    }

    /// The offices this entity has held (empty for non-people).
    pub fn offices(&self) -> &[Office] {
        self.person.as_ref().map_or(&[], |p| &p.offices)
    }

    /// Every surface form by which the matcher may find this entity, with what sort of form it is.
    pub fn surface_forms(&self) -> impl Iterator<Item = (&str, SurfaceForm)> {
        let names = std::iter::once((self.name.as_str(), SurfaceForm::Name)).chain(
            self.aliases
                .iter()
                .map(|a| (a.as_str(), SurfaceForm::Alias)),
        );
        let country = self.country.iter().flat_map(|c| {
            c.demonyms
                .iter()
                .map(|d| (d.as_str(), SurfaceForm::Demonym))
                .chain(
                    c.metonyms
                        .iter()
                        .map(|m| (m.as_str(), SurfaceForm::Metonym)),
                )
        });
        let org = self.organization.iter().flat_map(|o| {
            o.acronyms
                .iter()
                .map(|a| (a.as_str(), SurfaceForm::Acronym))
        });
        let person = self.person.iter().flat_map(|p| {
            p.short_names
                .iter()
                .map(|s| (s.as_str(), SurfaceForm::ShortName))
        });
        names.chain(country).chain(org).chain(person)
    }
}

/// How a surface form names its entity; resolution treats each differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SurfaceForm {
    /// The canonical name.
    Name,
    /// Another full name.
    Alias,
    /// A country's demonym or adjective ("French", "North Korean").
    Demonym,
    /// A seat of government standing for it ("the Kremlin", "Downing Street") or the capital.
    Metonym,
    /// An organization's acronym ("NATO").
    Acronym,
    /// A person's surname or short name ("Zelensky"): may be shared, resolved by context.
    ShortName,
}

impl SurfaceForm {
    /// The snake-case name it serializes to ("short_name").
    pub fn as_str(self) -> &'static str {
        match self {
            SurfaceForm::Name => "name",
            SurfaceForm::Alias => "alias",
            SurfaceForm::Demonym => "demonym",
            SurfaceForm::Metonym => "metonym",
            SurfaceForm::Acronym => "acronym",
            SurfaceForm::ShortName => "short_name",
        }
    }
}

/// Facts about a country.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CountryFacts {
    /// The official long name ("French Republic").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official_name: Option<String>,
    /// ISO 3166-1 alpha-2 (`"FR"`; Kosovo uses the user-assigned `"XK"`).
    pub iso2: String,
    /// ISO 3166-1 alpha-3 (`"FRA"`; Kosovo uses the user-assigned `"XKX"`).
    pub iso3: String,
    /// Demonyms and adjectives ("French", "Ukrainians").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demonyms: Vec<String>,
    /// The capital city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capital: Option<String>,
    /// Names of the seat of government or capital that stand for the government ("the Kremlin").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metonyms: Vec<String>,
    /// Standing at the United Nations.
    pub un_status: UnStatus,
    /// For a territory, the country it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sovereign: Option<EntityId>,
}

/// A country's standing at the United Nations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum UnStatus {
    /// A member state.
    Member,
    /// A permanent observer state (the Holy See, Palestine).
    Observer,
    /// Neither (Kosovo, Taiwan).
    NonMember,
    /// A dependent territory (Greenland, Hong Kong).
    Territory,
}

/// Facts about an organization.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct OrganizationFacts {
    /// Acronyms, written as the press writes them ("NATO", "E.U.").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acronyms: Vec<String>,
    /// What sort of body it is.
    pub category: OrganizationCategory,
    /// Member countries or organizations, where they are well known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<EntityId>,
    /// For a national body (the Pentagon, the Knesset), its country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<EntityId>,
    /// The countries where its headquarters stand (NATO and the EU in Belgium, the UN in the
    /// United States): its officials at home there are not visiting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seats: Vec<EntityId>,
}

impl OrganizationFacts {
    /// Facts of an organization of this category, with no acronyms, members or seats yet.
    pub fn new(category: OrganizationCategory) -> OrganizationFacts {
        OrganizationFacts {
            category,
            ..OrganizationFacts::default()
        }
    }

    /// News agencies and broadcasters: being "told" something by an official is reporting, not diplomacy.
    pub fn is_news_media(&self) -> bool {
        self.category == OrganizationCategory::NewsAgency
    }

    /// Groupings of states that "member states", "the bloc" or "world leaders" may refer back to.
    pub fn is_grouping_of_states(&self) -> bool {
        use OrganizationCategory::*;
        matches!(
            self.category,
            Alliance | Union | Forum | Coalition | RegionalOrganization | Cartel | UnBody
        )
    }
}

/// Declares [`OrganizationCategory`] from one list of variants and their names, so that the
/// enum, its [`ALL`](OrganizationCategory::ALL) and its names cannot drift apart.
macro_rules! organization_categories {
    ($($(#[doc = $doc:literal])* $variant:ident => $name:literal,)+) => {
        /// What sort of body an organization is. Written in snake case in gazetteer files
        /// (`"regional_organization"`); an unknown category is an error naming the file and line.
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[non_exhaustive]
        pub enum OrganizationCategory {
            $($(#[doc = $doc])* #[serde(rename = $name)] $variant,)+
            /// Anything else, such as organizations read from a CAMEO dictionary, which says no
            /// more.
            #[default]
            #[serde(rename = "other")]
            Other,
        }

        impl OrganizationCategory {
            /// Every category, in declaration order.
            pub const ALL: &'static [OrganizationCategory] =
                &[$(OrganizationCategory::$variant,)+ OrganizationCategory::Other];

            /// The snake-case name used in gazetteer files ("regional_organization").
            pub fn as_str(self) -> &'static str {
                match self {
                    $(OrganizationCategory::$variant => $name,)+
                    OrganizationCategory::Other => "other",
                }
            }
        }
    };
}

organization_categories! {
    /// A military alliance (NATO).
    Alliance => "alliance",
    /// A political and economic union of states (the European Union).
    Union => "union",
    /// An institution of such a union (the European Commission).
    UnionInstitution => "union_institution",
    /// A forum of states or leaders (the G7, BRICS).
    Forum => "forum",
    /// A coalition of states formed for a purpose (the Coalition of the Willing).
    Coalition => "coalition",
    /// A regional organization of states (the African Union, ASEAN).
    RegionalOrganization => "regional_organization",
    /// A principal organ of the United Nations (the Security Council).
    UnBody => "un_body",
    /// A specialised agency, fund or programme of the United Nations (UNICEF, the WHO).
    UnAgency => "un_agency",
    /// A peacekeeping mission.
    Peacekeeping => "peacekeeping",
    /// An international court or tribunal.
    Court => "court",
    /// A development bank or monetary institution (the IMF, the World Bank).
    FinancialInstitution => "financial_institution",
    /// A producers' cartel (OPEC).
    Cartel => "cartel",
    /// A national government body (the Pentagon, the Knesset).
    GovernmentBody => "government_body",
    /// A political party or movement.
    PoliticalOrganization => "political_organization",
    /// An armed group, rebel or militant movement.
    ArmedGroup => "armed_group",
    /// A non-governmental organization.
    Ngo => "ngo",
    /// A police organization (Interpol).
    Police => "police",
    /// A news agency or broadcaster.
    NewsAgency => "news_agency",
}

impl std::fmt::Display for OrganizationCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for OrganizationCategory {
    type Err = String;

    fn from_str(s: &str) -> Result<OrganizationCategory, String> {
        OrganizationCategory::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| format!("unknown organization category {s:?}"))
    }
}

/// Facts about a person.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PersonFacts {
    /// Surnames or short names by which news refers to the person once introduced ("Zelensky").
    /// Unlike aliases, these may be shared by several people; context decides.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub short_names: Vec<String>,
    /// Offices held, in any order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<Office>,
}

/// One term in one office.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Office {
    /// The title as news uses it ("President", "Prime Minister", "special envoy").
    pub title: String,
    /// What the office is, for resolving "the Italian prime minister".
    pub role: Role,
    /// The country or organization of the office.
    pub of: EntityId,
    /// First day (or month, or year) in office; unknown when absent.
    #[serde(default)]
    pub start: Option<PartialDate>,
    /// Last day in office; absent while in office.
    #[serde(default)]
    pub end: Option<PartialDate>,
    /// For an open term from a dated snapshot, the date the source last confirmed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// The CAMEO actor code of the term, where the source gave one (`CUBGOV`, `RUSGOVMIL`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// Where the fact was read (`curated`, `wikidata`, `ungdc`, `phoenix`, `us-congress`, or a
    /// user's own label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Office {
    /// An office with no dates, CAMEO code or source yet.
    pub fn new(title: impl Into<String>, role: Role, of: EntityId) -> Office {
        Office {
            title: title.into(),
            role,
            of,
            start: None,
            end: None,
            as_of: None,
            cameo: None,
            source: None,
        }
    }

    /// The same office, held from `start`.
    pub fn with_start(mut self, start: PartialDate) -> Office {
        self.start = Some(start);
        self
    }

    /// The same office, held until `end`.
    pub fn with_end(mut self, end: PartialDate) -> Office {
        self.end = Some(end);
        self
    }

    /// The same office, with where the fact comes from.
    pub fn with_source(mut self, source: impl Into<String>) -> Office {
        self.source = Some(source.into());
        self
    }

    /// Whether the term may include `date` (partial dates count generously).
    pub fn covers(&self, date: Date) -> bool {
        self.start.is_none_or(|s| s.first_day() <= date)
            && self.end.is_none_or(|e| date <= e.last_day())
    }

    /// Whether the term may include `date` and, if it is an open term from a dated snapshot,
    /// the snapshot is recent enough to vouch for it: an office last confirmed in 2014 says
    /// nothing about who held it in 2024.
    ///
    /// ```
    /// use diplograph::Office;
    /// let office: Office = serde_json::from_str(r#"{"title":"Government","role":"official",
    ///     "of":"country:CUB","start":"2006-07-31","as_of":"2014-01"}"#).unwrap();
    /// assert!(office.vouches_for("2012-05-01".parse().unwrap()));
    /// assert!(!office.vouches_for("2024-05-01".parse().unwrap()));
    /// ```
    pub fn vouches_for(&self, date: Date) -> bool {
        /// How long after its last confirmation an open term still counts.
        const SNAPSHOT_YEARS: i32 = 4;
        self.covers(date)
            && match (self.end, self.as_of) {
                (None, Some(asof)) => date.year() <= asof.first_day().year() + SNAPSHOT_YEARS,
                _ => true,
            }
    }

    /// How sure we are that the term includes `date`: exact day bounds and confirmed open terms
    /// rank above year-precision windows and stale snapshots. Higher is surer; 0 means not covered.
    pub fn confidence_at(&self, date: Date) -> u8 {
        if !self.covers(date) {
            return 0;
        }
        let mut score = 4;
        if self.start.is_some_and(|s| s.is_exact()) {
            score += 2;
        }
        match (self.end, self.as_of) {
            (Some(e), _) if e.is_exact() => score += 2,
            (None, None) => score += 2,
            (None, Some(asof)) if date <= asof.last_day() => score += 1,
            (None, Some(_)) => score -= 2,
            _ => {}
        }
        score
    }
}

/// What an office is, independent of its local title.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// President, monarch, supreme leader.
    HeadOfState,
    /// Prime minister, premier, chancellor.
    HeadOfGovernment,
    /// Vice president, crown prince.
    DeputyHeadOfState,
    /// Foreign minister, secretary of state, foreign secretary, high representative.
    ForeignMinister,
    /// Defence minister or secretary.
    DefenceMinister,
    /// A special envoy or representative.
    Envoy,
    /// An adviser, chief of staff, aide.
    Adviser,
    /// A spokesperson or press secretary.
    Spokesperson,
    /// Secretary-general, president or director of an organization.
    HeadOfOrganization,
    /// A governor-general representing a monarch.
    Viceroy,
    /// A member of a government, its military or its political elite whose post the source does
    /// not name: event-data actor dictionaries record membership (`CUBGOV`), not the office.
    /// Any title may precede such a person's name.
    Official,
    /// Any other office.
    #[serde(other)]
    Other,
}
