//! Reading CAMEO actor dictionaries, the format of the PETRARCH and TABARI event coders and of
//! the Phoenix and ICEWS actor files, so that a user's existing dictionary works as it is.
//!
//! The format, as far as it carries names and roles:
//!
//! ```text
//! # a comment; `; a comment` in older TABARI files; <!-- an XML comment, -->
//! FIDEL_CASTRO_  # an entry: words joined by `_` (or spaces); a final `_` is ignored
//! +FIDEL_ALEJANDRO_CASTRO_RUZ_   a synonym of the entry above
//!     [CUBGOV 761203-080224]     a dated code: YYMMDD or YYYYMMDD, `>FROM`, `<UNTIL`, `A-B`
//!     [CUBELI]                   an undated (default) code
//! AFGHANISTAN_  [AFG]            an entry with its code on the same line
//! TROOP {TROOPS} [~MIL]          `{…}`: further phrases (plurals) of the entry
//! ```
//!
//! An entry with dated codes is a person: each dated code becomes an office of the country
//! whose CAMEO code (or ISO alpha-3 code) starts it, with [`Role::Official`] and the code kept.
//! An entry with only an undated code joins the country or organization that has that code
//! (its phrases become aliases: `+KABUL_` under `AFGHANISTAN_`), or else becomes an
//! organization of its own carrying the code. One-word synonyms of a person are short names
//! ("Putin"); longer ones are aliases.

use super::entity::{
    Entity, EntityId, EntityKind, Office, OrganizationCategory, OrganizationFacts, PersonFacts,
    Role,
};
use super::{GazetteerBuilder, GazetteerError};
use crate::date::PartialDate;
use crate::text::fold;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// What loading a CAMEO actor dictionary did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CameoReport {
    /// Entries read (primary phrases).
    pub entries: usize,
    /// Entries that became people, new or merged into a known person.
    pub people: usize,
    /// Entries whose names joined a known country or organization by its code.
    pub joined: usize,
    /// Entries that became organizations of their own.
    pub organizations: usize,
    /// Lines that could not be read, each with where and why; everything else was loaded.
    pub skipped: Vec<SkippedLine>,
}

/// A line of a dictionary that was skipped, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SkippedLine {
    /// The file.
    pub path: PathBuf,
    /// The 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for SkippedLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

/// One dated or undated code of an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Restriction {
    code: String,
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    dated: bool,
}

#[derive(Debug, Default)]
struct Entry {
    /// The line of the primary phrase.
    line: usize,
    phrase: String,
    synonyms: Vec<String>,
    codes: Vec<Restriction>,
}

/// Office titles for the sector codes that follow a country code in a role.
const SECTORS: &[(&str, &str)] = &[
    ("GOV", "Government"),
    ("ELI", "Political elite"),
    ("MIL", "Military"),
    ("SPY", "Intelligence"),
    ("LEG", "Legislature"),
    ("JUD", "Judiciary"),
    ("OPP", "Opposition"),
    ("GOVMIL", "Government (defence)"),
    ("GOVBUS", "Government (economy)"),
    ("GOVAGR", "Government (agriculture)"),
    ("GOVMED", "Government (media)"),
    ("GOVEDU", "Government (education)"),
    ("GOVHLH", "Government (health)"),
    ("GOVDEV", "Government (development)"),
    ("GOVJUD", "Government (justice)"),
    ("GOVLAB", "Government (labour)"),
    ("GOVENV", "Government (environment)"),
    ("GOVHRI", "Government (human rights)"),
    ("GOVLEG", "Government (legislature)"),
    ("GOVREL", "Government (religion)"),
    ("GOVCOP", "Government (police)"),
    ("GOVREF", "Government (refugees)"),
    ("GOVSPY", "Government (intelligence)"),
];

impl GazetteerBuilder {
    /// Loads a CAMEO actor dictionary (PETRARCH, TABARI, Phoenix, ICEWS style; see
    /// [the format](crate::gazetteer#cameo-actor-dictionaries)). Lines that cannot be read are
    /// skipped and listed in the report with their line numbers; the rest is loaded. Only a
    /// file that cannot be opened or read is an error.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("diplograph-doc-cameo");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let path = dir.join("actors.txt");
    /// std::fs::write(&path, "\
    /// ADA_LOVELACE_NOVAK_  # a minister of our own
    /// +LOVELACE_NOVAK_
    ///     [HRVGOV 150101-191231]
    ///     [HRVGOV 2020-01-01]
    /// ").unwrap();
    /// let mut b = diplograph::Gazetteer::builder();
    /// b.with_bundled();
    /// let report = b.load_cameo_actors(&path).unwrap();
    /// assert_eq!(report.people, 1);
    /// assert_eq!(report.skipped.len(), 1); // the malformed date restriction, reported
    /// assert!(report.skipped[0].to_string().contains("actors.txt:4:"));
    /// let g = b.build();
    /// let ada = g.find_by_name("Ada Lovelace Novak").next().unwrap();
    /// assert_eq!(ada.offices()[0].of.as_str(), "country:HRV");
    /// assert_eq!(ada.offices()[0].cameo.as_deref(), Some("HRVGOV"));
    /// ```
    pub fn load_cameo_actors(
        &mut self,
        path: impl AsRef<Path>,
    ) -> Result<CameoReport, GazetteerError> {
        let path = path.as_ref();
        self.load_cameo_reader(path, super::open(path)?)
    }

    /// Loads a CAMEO actor dictionary from a reader; `name` is used in the report and errors.
    pub fn load_cameo_reader<R: BufRead>(
        &mut self,
        name: impl AsRef<Path>,
        mut reader: R,
    ) -> Result<CameoReport, GazetteerError> {
        let path = name.as_ref().to_owned();
        let mut report = CameoReport::default();
        let mut entries: Vec<Entry> = Vec::new();
        let mut in_comment = false;
        super::for_each_line(&path, &mut reader, |line_no, bytes| {
            let skip = |message: String| SkippedLine {
                path: path.clone(),
                line: line_no,
                message,
            };
            let Ok(raw) = std::str::from_utf8(bytes) else {
                report.skipped.push(skip("not valid UTF-8".into()));
                return Ok(());
            };
            let line = strip_comments(raw.trim_end_matches(['\n', '\r']), &mut in_comment);
            if line.trim().is_empty() || line.trim_start().starts_with('<') {
                return Ok(());
            }
            let indented = line.starts_with([' ', '\t']);
            let body = line.trim();
            if let Some(synonym) = body.strip_prefix('+') {
                match entries.last_mut() {
                    Some(e) => match phrase_of(synonym) {
                        Some(p) => e.synonyms.push(p),
                        None => report.skipped.push(skip("synonym without a name".into())),
                    },
                    None => report.skipped.push(skip("synonym before any entry".into())),
                }
                return Ok(());
            }
            if indented && body.starts_with('[') {
                let codes = match restrictions(body) {
                    Ok(codes) => codes,
                    Err(message) => {
                        report.skipped.push(skip(message));
                        return Ok(());
                    }
                };
                match entries.last_mut() {
                    Some(e) => e.codes.extend(codes),
                    None => report
                        .skipped
                        .push(skip("date restriction before any entry".into())),
                }
                return Ok(());
            }
            // an entry: phrase, optional {further phrases}, optional [codes]
            let cut = body.find(['[', '{']).unwrap_or(body.len());
            let Some(phrase) = phrase_of(&body[..cut]) else {
                report.skipped.push(skip(format!("no name in {body:?}")));
                return Ok(());
            };
            let mut entry = Entry {
                line: line_no,
                phrase,
                ..Entry::default()
            };
            let rest = &body[cut..];
            if let Some(open) = rest.find('{') {
                match rest[open..].find('}') {
                    Some(close) => entry.synonyms.extend(
                        rest[open + 1..open + close]
                            .split_whitespace()
                            .filter_map(phrase_of),
                    ),
                    None => {
                        report.skipped.push(skip("unclosed '{'".into()));
                        return Ok(());
                    }
                }
            }
            match restrictions(rest) {
                Ok(codes) => entry.codes = codes,
                Err(message) => {
                    report.skipped.push(skip(message));
                    return Ok(());
                }
            }
            entries.push(entry);
            Ok(())
        })?;
        report.entries = entries.len();
        self.add_cameo_entries(&path, entries, &mut report);
        report.skipped.sort_by_key(|s| s.line);
        Ok(report)
    }

    fn add_cameo_entries(&mut self, path: &Path, entries: Vec<Entry>, report: &mut CameoReport) {
        let source = format!(
            "cameo:{}",
            path.file_name().map_or_else(
                || path.display().to_string(),
                |f| f.to_string_lossy().into_owned()
            )
        );
        // who carries which code: a country's own code or its ISO alpha-3 code
        let mut by_code: HashMap<String, EntityId> = HashMap::new();
        for e in &self.entities {
            if let Some(c) = &e.country {
                by_code
                    .entry(c.iso3.clone())
                    .or_insert_with(|| e.id.clone());
            }
        }
        for e in &self.entities {
            if let Some(code) = &e.cameo {
                by_code.insert(code.clone(), e.id.clone());
            }
        }
        // people already known by a name of the entry join it, whatever their id
        let mut people: HashMap<String, EntityId> = HashMap::new();
        for e in self
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
        {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                people.entry(fold(n)).or_insert_with(|| e.id.clone());
            }
        }
        for entry in entries {
            let person = entry.codes.iter().any(|r| r.dated);
            let name = spell(&entry.phrase, person);
            let synonyms: Vec<String> = entry
                .synonyms
                .iter()
                .map(|s| spell(s, person))
                .filter(|s| *s != name)
                .collect();
            if person {
                let known = std::iter::once(&name)
                    .chain(&synonyms)
                    .find_map(|n| people.get(&fold(n)))
                    .cloned();
                let id = known.unwrap_or_else(|| EntityId::person_from_name(&name));
                let name = match self.by_id.get(&id) {
                    // merging keeps the known name: the new one would replace it
                    Some(&i) => self.entities[i].name.clone(),
                    None => name,
                };
                let mut e = Entity::new(id.as_str(), EntityKind::Person, name.clone());
                let (short, long): (Vec<String>, Vec<String>) =
                    synonyms.into_iter().partition(|s| !s.contains(' '));
                e.aliases = long
                    .into_iter()
                    .chain(std::iter::once(spell(&entry.phrase, true)))
                    .filter(|a| *a != name)
                    .collect();
                let mut facts = PersonFacts {
                    short_names: short,
                    offices: Vec::new(),
                };
                for r in entry.codes.iter().filter(|r| r.dated) {
                    let country = r.code.get(..3).and_then(|c| by_code.get(c));
                    let of = by_code.get(&r.code).or(country);
                    let Some(of) = of else {
                        continue;
                    };
                    let sector = if by_code.get(&r.code) == Some(of) {
                        ""
                    } else {
                        &r.code[3..]
                    };
                    let title = SECTORS
                        .iter()
                        .find(|(s, _)| *s == sector)
                        .map_or_else(|| format!("Official ({})", r.code), |(_, t)| (*t).into());
                    facts.offices.push(Office {
                        title,
                        role: Role::Official,
                        of: of.clone(),
                        start: r.start,
                        end: r.end,
                        as_of: None,
                        cameo: Some(r.code.clone()),
                        source: Some(source.clone()),
                    });
                }
                e.cameo = entry
                    .codes
                    .iter()
                    .find(|r| !r.dated)
                    .map(|r| r.code.clone());
                e.person = Some(facts);
                if let Err(message) = super::validate::check_entity(&e) {
                    report.skipped.push(skipped_entry(path, &entry, message));
                    continue;
                }
                self.insert(e);
                report.people += 1;
                continue;
            }
            let Some(code) = entry.codes.first().map(|r| r.code.clone()) else {
                // a phrase without any code names nothing we can place
                continue;
            };
            if let Some(id) = by_code.get(&code).cloned() {
                let known = &mut self.entities[self.by_id[&id]];
                for n in std::iter::once(name).chain(synonyms) {
                    if n != known.name && !known.aliases.contains(&n) {
                        known.aliases.push(n);
                    }
                }
                report.joined += 1;
                continue;
            }
            let slug = crate::text::slug(&name);
            let mut e = Entity::new(format!("org:{slug}"), EntityKind::Organization, name);
            e.aliases = synonyms;
            e.cameo = Some(code.clone());
            e.organization = Some(Box::new(OrganizationFacts::new(
                OrganizationCategory::Other,
            )));
            if let Err(message) = super::validate::check_entity(&e) {
                report.skipped.push(skipped_entry(path, &entry, message));
                continue;
            }
            by_code.insert(code, e.id.clone());
            self.insert(e);
            report.organizations += 1;
        }
    }
}

/// An entry that breaks a rule of the entity model (reported at its primary phrase's line).
fn skipped_entry(path: &Path, entry: &Entry, message: String) -> SkippedLine {
    SkippedLine {
        path: path.to_owned(),
        line: entry.line,
        message: format!("entry {:?}: {message}", entry.phrase),
    }
}

/// `line` without `# …`, `; …` and `<!-- … -->` comments; `in_comment` carries an XML
/// comment across lines.
fn strip_comments(line: &str, in_comment: &mut bool) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    loop {
        if *in_comment {
            match rest.find("-->") {
                Some(end) => {
                    rest = &rest[end + 3..];
                    *in_comment = false;
                }
                None => return out,
            }
        }
        match rest.find("<!--") {
            Some(start) => {
                out.push_str(&rest[..start]);
                rest = &rest[start + 4..];
                *in_comment = true;
            }
            None => {
                out.push_str(rest);
                break;
            }
        }
    }
    if let Some(cut) = out.find(['#', ';']) {
        out.truncate(cut);
    }
    out
}

/// The words of a phrase (`FIDEL_CASTRO_` → `FIDEL CASTRO`), if it has a letter.
fn phrase_of(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let phrase = words.join(" ");
    phrase.chars().any(char::is_alphabetic).then_some(phrase)
}

/// The codes in `[…]` groups of `s`.
fn restrictions(s: &str) -> Result<Vec<Restriction>, String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let close = rest[open..]
            .find(']')
            .ok_or_else(|| "unclosed '['".to_owned())?;
        let inner = rest[open + 1..open + close].trim();
        rest = &rest[open + close + 1..];
        let mut parts = inner.split_whitespace();
        let Some(code) = parts.next() else {
            return Err("empty code '[]'".into());
        };
        // agent codes ("~GOV") qualify an actor; they name none
        let code = code.trim_matches('~');
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(format!("bad code {code:?}"));
        }
        let (start, end, dated) = match parts.next() {
            None => (None, None, false),
            Some(span) => {
                let (a, b) = span_dates(span)?;
                (a, b, true)
            }
        };
        out.push(Restriction {
            code: code.to_owned(),
            start,
            end,
            dated,
        });
    }
    Ok(out)
}

type Span = (Option<PartialDate>, Option<PartialDate>);

fn span_dates(span: &str) -> Result<Span, String> {
    let malformed =
        || format!("bad date restriction {span:?} (expected YYMMDD-YYMMDD, >YYMMDD or <YYMMDD)");
    let date = |s: &str| cameo_date(s).ok_or_else(malformed);
    if let Some(from) = span.strip_prefix('>') {
        return Ok((Some(date(from)?), None));
    }
    if let Some(until) = span.strip_prefix('<') {
        return Ok((None, Some(date(until)?)));
    }
    let (a, b) = span.split_once('-').ok_or_else(malformed)?;
    let (a, b) = (date(a)?, date(b)?);
    if a.first_day() > b.last_day() {
        return Err(format!("date restriction {span:?} ends before it starts"));
    }
    Ok((Some(a), Some(b)))
}

/// `761203` → 1976-12-03 (two-digit years from 30 on are 19xx, as PETRARCH reads them),
/// `20070101` → 2007-01-01.
fn cameo_date(s: &str) -> Option<PartialDate> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (year, rest) = match s.len() {
        8 => (s[..4].parse::<i32>().ok()?, &s[4..]),
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (if yy >= 30 { 1900 + yy } else { 2000 + yy }, &s[2..])
        }
        _ => return None,
    };
    format!("{year:04}-{}-{}", &rest[..2], &rest[2..])
        .parse()
        .ok()
}

/// Lower-case particles inside a name ("Dominique de Villepin", "Bashar al-Assad").
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "de", "da", "das", "do", "dos", "del", "della", "di", "du",
    "van", "von", "der", "den", "ter", "y", "e", "of", "the", "and",
];

/// A dictionary phrase as news writes it: `FIDEL CASTRO` → "Fidel Castro", `BASHAR AL-ASSAD`
/// → "Bashar al-Assad", `JOHN MCCAIN` → "John McCain"; for bodies, acronyms stay in capitals
/// (`U.N.`, `UN`). A phrase already in mixed case is kept as written.
fn spell(phrase: &str, person: bool) -> String {
    if phrase.chars().any(char::is_lowercase) {
        return phrase.to_owned();
    }
    let words: Vec<&str> = phrase.split(' ').collect();
    let last = words.len() - 1;
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        let acronym = !person
            && (w.contains('.') || w.len() <= 2 || !w.chars().any(|c| "AEIOUY".contains(c)));
        let roman = i > 0 && matches!(lower.as_str(), "ii" | "iii" | "iv" | "vi");
        let spelled = if acronym || roman {
            (*w).to_owned()
        } else if i > 0 && i < last && PARTICLES.contains(&lower.as_str()) {
            lower
        } else {
            w.split('-')
                .enumerate()
                .map(|(j, part)| {
                    let p = part.to_lowercase();
                    if i > 0 && j == 0 && w.contains('-') && matches!(p.as_str(), "al" | "el") {
                        p
                    } else {
                        capitalise(&p)
                    }
                })
                .collect::<Vec<String>>()
                .join("-")
        };
        // "Abd al Aziz" is written "Abd al-Aziz"
        match out.last_mut() {
            Some(prev) if i > 1 && matches!(prev.as_str(), "al" | "el") => {
                prev.push('-');
                prev.push_str(&spelled);
            }
            _ => out.push(spelled),
        }
    }
    out.join(" ")
}

fn capitalise(lower: &str) -> String {
    let mut chars = lower.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let rest: String = chars.collect();
    // McCain, O'Brien, D'Alema
    if let Some(tail) = rest
        .strip_prefix('c')
        .filter(|t| first == 'm' && t.len() > 1)
    {
        return format!("Mc{}", capitalise(tail));
    }
    if let Some(tail) = rest.strip_prefix('\'').filter(|t| !t.is_empty()) {
        return format!("{}'{}", first.to_uppercase(), capitalise(tail));
    }
    format!("{}{rest}", first.to_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_follows_news_usage() {
        assert_eq!(spell("FIDEL CASTRO", true), "Fidel Castro");
        assert_eq!(spell("BASHAR AL-ASSAD", true), "Bashar al-Assad");
        assert_eq!(
            spell("DOMINIQUE DE VILLEPIN", true),
            "Dominique de Villepin"
        );
        assert_eq!(spell("JOHN MCCAIN", true), "John McCain");
        assert_eq!(spell("ABD AL AZIZ AL HAKIM", true), "Abd al-Aziz al-Hakim");
        assert_eq!(spell("MASSIMO D'ALEMA", true), "Massimo D'Alema");
        assert_eq!(spell("KING ABDULLAH II", true), "King Abdullah II");
        assert_eq!(spell("U.N.", false), "U.N.");
        assert_eq!(spell("THE UNITED NATIONS", false), "The United Nations");
        assert_eq!(spell("Already Spelled", true), "Already Spelled");
    }

    #[test]
    fn dates_read_as_petrarch_reads_them() {
        let d = |s: &str| cameo_date(s).map(|d| d.to_string());
        assert_eq!(d("761203").as_deref(), Some("1976-12-03"));
        assert_eq!(d("080224").as_deref(), Some("2008-02-24"));
        assert_eq!(d("20070101").as_deref(), Some("2007-01-01"));
        assert_eq!(d("071331"), None);
        assert_eq!(d("2007"), None);
        let reversed = span_dates("080224-761203").unwrap_err();
        assert!(reversed.contains("ends before it starts"), "{reversed}");
        assert!(span_dates("08-0224")
            .unwrap_err()
            .starts_with("bad date restriction"));
    }

    #[test]
    fn comments_of_three_kinds_are_removed() {
        let mut open = false;
        assert_eq!(strip_comments("A_B_ # note", &mut open).trim(), "A_B_");
        assert_eq!(strip_comments("A_B_ ; note", &mut open).trim(), "A_B_");
        assert_eq!(strip_comments("A <!-- x --> B", &mut open), "A  B");
        assert_eq!(strip_comments("C <!-- starts", &mut open), "C ");
        assert!(open);
        assert_eq!(strip_comments("still inside", &mut open), "");
        assert_eq!(strip_comments("ends --> D", &mut open), " D");
        assert!(!open);
    }

    #[test]
    fn restrictions_parse_and_reject() {
        let r = restrictions("[RUSGOV 991231-080507] [RUSELI]").unwrap();
        assert_eq!(r.len(), 2);
        assert!(r[0].dated && !r[1].dated);
        assert_eq!(r[0].end.unwrap().to_string(), "2008-05-07");
        assert!(restrictions("[RUSGOV 99-1231]").is_err());
        assert!(restrictions("[RUSGOV 991231").is_err());
        assert!(restrictions("[]").is_err());
        assert_eq!(restrictions("[~MIL]").unwrap()[0].code, "MIL");
    }
}
