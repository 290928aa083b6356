//! Who is who: the entity model, the bundled default gazetteer, and user gazetteers.
//!
//! A gazetteer file is JSON Lines, one [`Entity`] per line (blank lines and lines starting with
//! `#` are skipped). The bundled gazetteer (`data/*.jsonl` in the source tree, compiled into the
//! library) covers every UN member and observer state plus Kosovo and Taiwan, about 190
//! international organizations and groupings, and nearly 18,000 office holders with dated terms
//! (heads of state and government, ministers and officials since 1990, the US Congress;
//! `data/README.md` names the sources).
//!
//! # CAMEO actor dictionaries
//!
//! Event-data users keep their actors in CAMEO dictionaries (the PETRARCH/TABARI format of the
//! Phoenix and ICEWS actor files). [`GazetteerBuilder::load_cameo_actors`] reads one as it is:
//! entries and their `+` synonyms become names, dated codes (`[RUSGOV 991231-080507]`) become
//! offices with [`Role::Official`] and the code kept, an entry with a country's or
//! organization's code joins it. Lines it cannot read are reported with their line numbers and
//! skipped. The CAMEO code of every actor then travels with the relations
//! ([`Gazetteer::cameo_actor`]), so output lines up with Phoenix and ICEWS data.
//!
//! ```
//! use diplograph::{Entity, EntityKind, Gazetteer};
//!
//! // Start from the bundled data and add an actor of your own.
//! let mut builder = Gazetteer::builder();
//! builder.with_bundled();
//! builder.add(Entity::new("org:example-forum", EntityKind::Organization, "Example Forum")).unwrap();
//! let gazetteer = builder.build();
//! assert!(gazetteer.get("country:UKR").is_some());
//! assert_eq!(gazetteer.get("org:example-forum").unwrap().name, "Example Forum");
//!
//! // Office holders are dated: the Italian prime minister in 2004 and in 2025.
//! let pm = |date: &str| gazetteer
//!     .office_holders("country:ITA", diplograph::Role::HeadOfGovernment, date.parse().unwrap())
//!     .next()
//!     .map(|(person, _office)| person.name.clone());
//! assert_eq!(pm("2004-06-01").as_deref(), Some("Silvio Berlusconi"));
//! assert_eq!(pm("2025-09-04").as_deref(), Some("Giorgia Meloni"));
//! ```

mod cameo;
mod entity;
mod error;
mod validate;

pub use cameo::{CameoReport, SkippedLine};
pub use entity::{
    CountryFacts, Entity, EntityId, EntityKind, Office, OrganizationCategory, OrganizationFacts,
    PersonFacts, Role, SurfaceForm, UnStatus,
};
pub use error::GazetteerError;
pub use validate::ValidationIssue;

use crate::date::Date;
use once_cell::sync::Lazy;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::fxhash::{FxHashMap, FxHashSet};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The bundled data files, compiled into the library.
const BUNDLED_FILES: &[(&str, &str)] = &[
    (
        "data/countries.jsonl",
        include_str!("../../data/countries.jsonl"),
    ),
    (
        "data/organizations.jsonl",
        include_str!("../../data/organizations.jsonl"),
    ),
    ("data/people.jsonl", include_str!("../../data/people.jsonl")),
];

static BUNDLED: Lazy<Arc<Gazetteer>> = Lazy::new(|| {
    let mut b = GazetteerBuilder::new();
    for (name, text) in BUNDLED_FILES {
        // The bundled files are checked by the test suite; failing here is a build defect.
        b.load_str(name, text)
            .expect("bundled gazetteer data is valid");
    }
    Arc::new(b.into_gazetteer())
});

/// Open terms count up to this decade in [`GazetteerStats::people_by_decade`].
const STATS_LATEST_DECADE: i32 = 2020;

/// Index of an entity inside one [`Gazetteer`]: a cheap copy, valid only for that gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityIndex(pub(crate) u32);

impl EntityIndex {
    /// The position in [`Gazetteer::iter`] order.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An immutable set of entities with lookup by id, name and office. Build one with
/// [`Gazetteer::builder`], or share the bundled one with [`Gazetteer::bundled`].
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    // (looked up for every mention and title a sentence resolves, so hashed fast too; the
    // keys are the gazetteer's own)
    by_id: FxHashMap<EntityId, EntityIndex>,
    by_name: FxHashMap<String, Vec<EntityIndex>>,
    offices: FxHashMap<(EntityId, Role), Vec<(EntityIndex, u16)>>,
    /// Capital cities (name keys) and their countries.
    capitals: FxHashMap<String, EntityIndex>,
    /// Words that open the names of several people: given names ("John", "Sergey") and the
    /// family names that come first ("Kim"). Asked for capitalised words of every sentence
    /// read, so hashed fast.
    given_names: FxHashSet<String>,
}

/// Counts by kind, as printed by `diplograph gazetteer --stats`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct GazetteerStats {
    /// Number of entities.
    pub entities: usize,
    /// Number of countries.
    pub countries: usize,
    /// Number of organizations.
    pub organizations: usize,
    /// Number of people.
    pub people: usize,
    /// Number of dated office terms.
    pub offices: usize,
    /// Number of surface forms (names, aliases, demonyms, acronyms, short names) before variants.
    pub surface_forms: usize,
    /// People with at least one office whose start is known.
    pub people_with_dated_offices: usize,
    /// People by decade of office (`"1990s"`): those with a term that overlaps the decade.
    pub people_by_decade: BTreeMap<String, usize>,
    /// People by the source of their offices (`curated`, `wikidata`, `phoenix`, …): a person
    /// counts once under each source that gave one of their terms.
    pub people_by_source: BTreeMap<String, usize>,
}

impl Gazetteer {
    /// A builder that starts empty.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// The bundled gazetteer, parsed once on first use and shared.
    pub fn bundled() -> Arc<Gazetteer> {
        Arc::clone(&BUNDLED)
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// True when there are no entities.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.index_of(id).map(|i| self.entity(i))
    }

    /// The index of the entity with this id.
    pub fn index_of(&self, id: &str) -> Option<EntityIndex> {
        self.by_id.get(&EntityId::new(id)).copied()
    }

    /// The entity at `index`.
    ///
    /// # Panics
    /// If `index` came from another gazetteer and is out of range.
    pub fn entity(&self, index: EntityIndex) -> &Entity {
        &self.entities[index.index()]
    }

    /// All entities, in load order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Entity> + '_ {
        self.entities.iter()
    }

    /// Entities whose name, alias, acronym, demonym or short name is `name`, compared without case,
    /// diacritics or a leading "the".
    ///
    /// ```
    /// let g = diplograph::Gazetteer::bundled();
    /// let ids: Vec<&str> = g.find_by_name("the kremlin").map(|e| e.id.as_str()).collect();
    /// assert_eq!(ids, ["country:RUS"]);
    /// ```
    pub fn find_by_name<'g>(&'g self, name: &str) -> impl Iterator<Item = &'g Entity> + 'g {
        let key = name_key(name);
        self.by_name
            .get(&key)
            .into_iter()
            .flatten()
            .map(move |&i| self.entity(i))
    }

    /// Whether `word` opens the names of at least [`GIVEN_NAME_PEOPLE`] people of the
    /// gazetteer: a given name ("John", "Sergey"), or a family name written first ("Kim"). A
    /// text that names "John Rood" names a person, whether or not the gazetteer knows him.
    ///
    /// ```
    /// let g = diplograph::Gazetteer::bundled();
    /// assert!(g.is_given_name("John"));
    /// assert!(!g.is_given_name("Ministry"));
    /// ```
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }

    /// The country whose capital is `city`, compared as [`find_by_name`](Gazetteer::find_by_name)
    /// compares. A capital that stands for its government ("Moscow") is also a surface form of
    /// its country; this answers for every capital, "Mexico City" too.
    ///
    /// ```
    /// let g = diplograph::Gazetteer::bundled();
    /// assert_eq!(g.country_with_capital("Mexico City").unwrap().id.as_str(), "country:MEX");
    /// assert!(g.country_with_capital("Lyon").is_none());
    /// ```
    pub fn country_with_capital(&self, city: &str) -> Option<&Entity> {
        self.capitals.get(&name_key(city)).map(|&i| self.entity(i))
    }

    /// People holding an office with `role` of `of` (a country or organization id) on `date`,
    /// surest first.
    pub fn office_holders<'g>(
        &'g self,
        of: &str,
        role: Role,
        date: Date,
    ) -> impl Iterator<Item = (&'g Entity, &'g Office)> + 'g {
        let mut found: Vec<(u8, &Entity, &Office)> = self
            .offices
            .get(&(EntityId::new(of), role))
            .into_iter()
            .flatten()
            .filter_map(|&(i, o)| {
                let e = self.entity(i);
                let office = &e.offices()[o as usize];
                let c = office.confidence_at(date);
                (c > 0).then_some((c, e, office))
            })
            .collect();
        // surest first; among equals the latest start (a successor beats a stale open term)
        found.sort_by(|a, b| {
            b.0.cmp(&a.0).then_with(|| {
                b.2.start
                    .map(|s| s.first_day())
                    .cmp(&a.2.start.map(|s| s.first_day()))
            })
        });
        found.into_iter().map(|(_, e, o)| (e, o))
    }

    /// The CAMEO actor code of entity `index` on `date` (or at any time when `date` is `None`),
    /// as Phoenix and ICEWS event data would code it: a country's or organization's own code, a
    /// person's from the office they held then (`RUSGOV` for a Russian minister, `USALEG` for a
    /// US senator, `IGOUNO` for a UN official), `None` when nothing says.
    ///
    /// ```
    /// let g = diplograph::Gazetteer::bundled();
    /// let ix = g.index_of("country:FRA").unwrap();
    /// assert_eq!(g.cameo_actor(ix, None).as_deref(), Some("FRA"));
    /// let merkel = g.index_of("person:angela-merkel").unwrap();
    /// assert_eq!(g.cameo_actor(merkel, "2015-03-01".parse().ok()).as_deref(), Some("DEUGOV"));
    /// ```
    pub fn cameo_actor(&self, index: EntityIndex, date: Option<Date>) -> Option<String> {
        let e = self.entity(index);
        if e.kind != EntityKind::Person {
            return e.cameo.clone();
        }
        let offices = e.offices();
        let at = |o: &&Office| date.is_none_or(|d| o.covers(d));
        let coded = offices.iter().filter(at).find_map(|o| o.cameo.clone());
        // a person in office in two places at once (the French president is co-prince of
        // Andorra) is coded by the one they hold most offices of, then by the best-dated term
        let weight = |o: &Office| {
            let terms = offices.iter().filter(|x| x.of == o.of).count();
            (terms, o.start.is_some_and(|s| s.is_exact()))
        };
        let mut covering: Vec<&Office> = offices.iter().filter(at).collect();
        covering.sort_by_key(|o| std::cmp::Reverse(weight(o)));
        coded.or_else(|| e.cameo.clone()).or_else(|| {
            covering.iter().find_map(|o| {
                let of = self.get(o.of.as_str())?;
                let code = of.cameo.as_deref()?;
                Some(match of.kind {
                    EntityKind::Country if is_legislator(&o.title) => format!("{code}LEG"),
                    EntityKind::Country => format!("{code}GOV"),
                    _ => code.to_owned(),
                })
            })
        })
    }

    /// Counts by kind.
    pub fn stats(&self) -> GazetteerStats {
        let mut s = GazetteerStats {
            entities: self.entities.len(),
            ..GazetteerStats::default()
        };
        for e in &self.entities {
            match e.kind {
                EntityKind::Country => s.countries += 1,
                EntityKind::Organization => s.organizations += 1,
                EntityKind::Person => s.people += 1,
            }
            s.offices += e.offices().len();
            s.surface_forms += e.surface_forms().count();
            if e.offices().iter().any(|o| o.start.is_some()) {
                s.people_with_dated_offices += 1;
            }
            let mut decades = BTreeSet::new();
            let mut sources = BTreeSet::new();
            for o in e.offices() {
                sources.insert(o.source.clone().unwrap_or_else(|| "unspecified".into()));
                let Some(start) = o.start else {
                    continue;
                };
                let first = start.first_day().year() / 10 * 10;
                let last = o
                    .end
                    .map_or(STATS_LATEST_DECADE, |d| d.last_day().year() / 10 * 10);
                decades.extend((first..=last.min(STATS_LATEST_DECADE)).step_by(10));
            }
            for d in decades {
                *s.people_by_decade.entry(format!("{d}s")).or_default() += 1;
            }
            for src in sources {
                *s.people_by_source.entry(src).or_default() += 1;
            }
        }
        s
    }

    /// Whole-gazetteer checks: references resolve, ids and codes are well formed, dates are
    /// ordered, and no full name is shared by accident. Empty when all is well.
    pub fn validate(&self) -> Vec<ValidationIssue> {
        validate::check_all(&self.entities)
    }

    /// Writes the gazetteer as JSON Lines, one entity per line, in the format it loads.
    pub fn write_jsonl<W: Write>(&self, mut out: W) -> std::io::Result<()> {
        for e in &self.entities {
            serde_json::to_writer(&mut out, e)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

fn name_key(name: &str) -> String {
    let folded = crate::text::fold(name.trim()).to_lowercase();
    folded
        .strip_prefix("the ")
        .map(str::to_owned)
        .unwrap_or(folded)
}

/// Builds a [`Gazetteer`]: start empty or from the bundled data, add entities, load files.
///
/// Adding an entity whose id is already present merges it into the existing one: the new name
/// wins (the old one becomes an alias), and aliases, short names, offices, acronyms and members
/// are added. Loading a file is all or nothing: a bad line leaves the builder as it was.
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    entities: Vec<Entity>,
    by_id: HashMap<EntityId, usize>,
}

impl GazetteerBuilder {
    /// An empty builder.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds the bundled entities.
    pub fn with_bundled(&mut self) -> &mut GazetteerBuilder {
        for e in Gazetteer::bundled().iter() {
            self.insert(e.clone());
        }
        self
    }

    /// Adds one entity after checking it (id prefix, names, codes, office dates).
    pub fn add(&mut self, entity: Entity) -> Result<&mut GazetteerBuilder, GazetteerError> {
        validate::check_entity(&entity).map_err(|message| GazetteerError::Invalid {
            origin: "code".into(),
            id: entity.id.to_string(),
            message,
        })?;
        self.insert(entity);
        Ok(self)
    }

    /// Loads a JSON Lines gazetteer file.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("diplograph-doc-load");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let path = dir.join("bad.jsonl");
    /// std::fs::write(&path, "{\"id\":\"org:ok\",\"kind\":\"organization\",\"name\":\"Ok\",\
    ///     \"organization\":{\"category\":\"forum\"}}\n{\"id\": 5}\n").unwrap();
    /// let mut b = diplograph::Gazetteer::builder();
    /// let err = b.load_path(&path).unwrap_err().to_string();
    /// assert!(err.contains("bad.jsonl:2:"), "{err}");
    /// assert!(b.build().is_empty()); // all or nothing
    /// ```
    pub fn load_path(
        &mut self,
        path: impl AsRef<Path>,
    ) -> Result<&mut GazetteerBuilder, GazetteerError> {
        let path = path.as_ref();
        self.load_reader(path, open(path)?)
    }

    /// Loads a gazetteer file of either format: JSON Lines (a `.jsonl` or `.json` file, or one
    /// whose first record starts with `{`) or a CAMEO actor dictionary (anything else). Returns
    /// the lines a CAMEO dictionary had to skip (none for JSON Lines, which loads all or
    /// nothing).
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("diplograph-doc-load-file");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let path = dir.join("actors.txt");
    /// std::fs::write(&path, "BLUE_RIVER_COMMISSION_ [IGOBRC]\n+BRC_\n").unwrap();
    /// let mut b = diplograph::Gazetteer::builder();
    /// assert!(b.load_file(&path).unwrap().is_empty());
    /// let g = b.build();
    /// assert_eq!(g.find_by_name("BRC").next().unwrap().cameo.as_deref(), Some("IGOBRC"));
    /// ```
    pub fn load_file(
        &mut self,
        path: impl AsRef<Path>,
    ) -> Result<Vec<SkippedLine>, GazetteerError> {
        let path = path.as_ref();
        let json_extension = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("json"));
        let text = std::fs::read(path).map_err(|source| GazetteerError::Io {
            path: path.to_owned(),
            source,
        })?;
        let first_record = text
            .split(|&b| b == b'\n')
            .map(|l| l.trim_ascii())
            .find(|l| !l.is_empty() && !l.starts_with(b"#"));
        if json_extension || first_record.is_some_and(|l| l.starts_with(b"{")) {
            self.load_reader(path, text.as_slice())?;
            return Ok(Vec::new());
        }
        Ok(self.load_cameo_reader(path, text.as_slice())?.skipped)
    }

    /// Loads JSON Lines from a reader; `name` is used in error messages.
    pub fn load_reader<R: BufRead>(
        &mut self,
        name: impl AsRef<Path>,
        mut reader: R,
    ) -> Result<&mut GazetteerBuilder, GazetteerError> {
        let path: PathBuf = name.as_ref().to_owned();
        let mut parsed = Vec::new();
        for_each_line(&path, &mut reader, |line_no, bytes| {
            let line = std::str::from_utf8(bytes).map_err(|_| GazetteerError::Utf8 {
                path: path.clone(),
                line: line_no,
            })?;
            if let Some(e) = parse_line(&path, line_no, line)? {
                parsed.push(e);
            }
            Ok(())
        })?;
        for e in parsed {
            self.insert(e);
        }
        Ok(self)
    }

    /// Loads JSON Lines from a string; `name` is used in error messages.
    pub fn load_str(
        &mut self,
        name: impl AsRef<Path>,
        text: &str,
    ) -> Result<&mut GazetteerBuilder, GazetteerError> {
        self.load_reader(name, text.as_bytes())
    }

    /// The finished gazetteer.
    pub fn build(&self) -> Gazetteer {
        index(self.entities.clone())
    }

    /// The finished gazetteer without a copy of the entities: loading the bundled data this way
    /// keeps its peak memory near what the gazetteer itself holds.
    fn into_gazetteer(self) -> Gazetteer {
        index(self.entities)
    }

    fn insert(&mut self, e: Entity) {
        match self.by_id.get(&e.id) {
            Some(&i) => merge(&mut self.entities[i], e),
            None => {
                self.by_id.insert(e.id.clone(), self.entities.len());
                self.entities.push(e);
            }
        }
    }
}

/// How many people's names a word must open to count as a given name: one is a name, several
/// a naming custom ("Tayyip" opens one name, "Mohammed" hundreds).
pub const GIVEN_NAME_PEOPLE: usize = 3;

/// The gazetteer over `entities`, with its lookup tables.
fn index(mut entities: Vec<Entity>) -> Gazetteer {
    entities.shrink_to_fit();
    entities.iter_mut().for_each(Entity::shrink_to_fit);
    let mut by_id = FxHashMap::default();
    by_id.reserve(entities.len());
    let mut by_name: FxHashMap<String, Vec<EntityIndex>> = FxHashMap::default();
    let mut offices: FxHashMap<(EntityId, Role), Vec<(EntityIndex, u16)>> = FxHashMap::default();
    let mut capitals = FxHashMap::default();
    let mut openings: HashMap<&str, usize> = HashMap::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        let mut words = e.name.split_whitespace();
        if let (Some(first), Some(_)) = (words.next(), words.next()) {
            let name_like = first.chars().count() >= 2
                && first.starts_with(char::is_uppercase)
                && first.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
            if name_like {
                *openings.entry(first).or_default() += 1;
            }
        }
    }
    let given_names = openings
        .into_iter()
        .filter(|&(_, people)| people >= GIVEN_NAME_PEOPLE)
        .map(|(w, _)| w.to_owned())
        .collect();
    for (i, e) in entities.iter().enumerate() {
        let ix = EntityIndex(i as u32);
        if let Some(capital) = e.country.as_ref().and_then(|c| c.capital.as_deref()) {
            capitals.entry(name_key(capital)).or_insert(ix);
        }
        by_id.insert(e.id.clone(), ix);
        for (form, _) in e.surface_forms() {
            let v = by_name.entry(name_key(form)).or_default();
            if !v.contains(&ix) {
                v.push(ix);
            }
        }
        for (o, office) in e.offices().iter().enumerate().take(u16::MAX as usize) {
            offices
                .entry((office.of.clone(), office.role))
                .or_default()
                .push((ix, o as u16));
        }
    }
    Gazetteer {
        entities,
        by_id,
        by_name,
        offices,
        capitals,
        given_names,
    }
}

/// Members of a legislature: CAMEO codes them `LEG`, not `GOV`.
fn is_legislator(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    [
        "senator",
        "representative",
        "member of parliament",
        "congress",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// `path`, opened for reading line by line; a failure names the file.
fn open(path: &Path) -> Result<std::io::BufReader<std::fs::File>, GazetteerError> {
    std::fs::File::open(path)
        .map(std::io::BufReader::new)
        .map_err(|source| GazetteerError::Io {
            path: path.to_owned(),
            source,
        })
}

/// Calls `f` with each line of `reader` (its bytes, newline included) and its 1-based number;
/// stops at the first error, a read error being reported against `path`.
fn for_each_line<R: BufRead>(
    path: &Path,
    reader: &mut R,
    mut f: impl FnMut(usize, &[u8]) -> Result<(), GazetteerError>,
) -> Result<(), GazetteerError> {
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|source| GazetteerError::Io {
                path: path.to_owned(),
                source,
            })?;
        if n == 0 {
            return Ok(());
        }
        line_no += 1;
        f(line_no, &buf)?;
    }
}

fn parse_line(path: &Path, line_no: usize, line: &str) -> Result<Option<Entity>, GazetteerError> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return Ok(None);
    }
    let e: Entity = serde_json::from_str(trimmed).map_err(|err| GazetteerError::Parse {
        path: path.to_owned(),
        line: line_no,
        message: err.to_string(),
    })?;
    validate::check_entity(&e).map_err(|message| GazetteerError::Invalid {
        origin: format!("{}:{}", path.display(), line_no),
        id: e.id.to_string(),
        message,
    })?;
    Ok(Some(e))
}

fn push_new<T: PartialEq>(into: &mut Vec<T>, items: Vec<T>) {
    for x in items {
        if !into.contains(&x) {
            into.push(x);
        }
    }
}

fn merge(old: &mut Entity, new: Entity) {
    if old.name != new.name {
        let previous = std::mem::replace(&mut old.name, new.name);
        push_new(&mut old.aliases, vec![previous]);
    }
    let name = old.name.clone();
    push_new(&mut old.aliases, new.aliases);
    old.aliases.retain(|a| *a != name);
    if new.wikidata.is_some() {
        old.wikidata = new.wikidata;
    }
    if new.cameo.is_some() {
        old.cameo = new.cameo;
    }
    if new.country.is_some() {
        old.country = new.country;
    }
    match (&mut old.organization, new.organization) {
        (Some(o), Some(n)) => {
            o.category = n.category;
            push_new(&mut o.acronyms, n.acronyms);
            push_new(&mut o.members, n.members);
            push_new(&mut o.seats, n.seats);
            if n.country.is_some() {
                o.country = n.country;
            }
        }
        (slot, n @ Some(_)) => *slot = n,
        _ => {}
    }
    match (&mut old.person, new.person) {
        (Some(p), Some(n)) => {
            push_new(&mut p.short_names, n.short_names);
            push_new(&mut p.offices, n.offices);
        }
        (slot, n @ Some(_)) => *slot = n,
        _ => {}
    }
}
