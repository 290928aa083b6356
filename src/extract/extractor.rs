//! The extractor: documents in, relations out.

use super::arguments::arguments;
use super::items::{ActorRef, ItemKind, MentionVia, Quotation, SentenceView, Via};
use super::lexicon::{Lexicon, TriggerEntry, WordClass};
use super::matcher::{Matcher, MatcherBuilder, MatcherError, Mention};
use super::modality::{modality_of, SentenceWords};
use super::participants::{self, executive_countries, Listed, MeetingHost, ParticipantList};
use super::resolve::{
    introduce_listed_people, joint_sources, opening_pair, resolve_sentence, sentence_pair,
    DocContext, Salient,
};
use super::tree::SentenceTree;
use super::when_where::{
    pick_date, pick_place, sentence_dates, sentence_places, DateMention, Place,
};
use crate::date::Date;
use crate::document::Document;
use crate::fxhash::FxHashSet;
use crate::gazetteer::{EntityIndex, EntityKind, Gazetteer, OrganizationCategory};
use crate::relation::{EntityRef, Modality, Relation, RelationKind};
use crate::syntax::SyntaxModel;
use crate::text::sentences;
use once_cell::sync::Lazy;
use serde::Serialize;
use std::sync::Arc;

/// Reads documents and returns the relations they state. Build it once: it holds both automata.
///
/// ```
/// use diplograph::{Document, Extractor, Modality};
/// let doc = Document::new("ex", "Polish President Karol Nawrocki did not meet German Chancellor Friedrich Merz. \
///     If a ceasefire holds, Germany pledged to send engineers to Ukraine.")
///     .with_date("2025-10-02".parse().unwrap());
/// let rels = Extractor::bundled().extract(&doc);
/// let pledge = rels.iter().find(|r| r.kind.as_str() == "pledged").unwrap();
/// assert_eq!(pledge.source.name, "Germany");
/// assert_eq!(pledge.target.as_ref().unwrap().name, "Ukraine");
/// assert_eq!(pledge.object.as_deref(), Some("engineers"));
/// assert_eq!(pledge.modality, Modality::Conditional);
/// let meeting = rels.iter().find(|r| r.kind.as_str() == "met").unwrap();
/// assert_eq!(meeting.modality, Modality::Negated);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    gazetteer: Arc<Gazetteer>,
    lexicon: Arc<Lexicon>,
    matcher: Matcher,
    syntax: Option<SyntaxModel>,
}

/// Configures an [`Extractor`].
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    gazetteer: Option<Arc<Gazetteer>>,
    lexicon: Option<Arc<Lexicon>>,
    syntax: Option<SyntaxModel>,
    no_syntax: bool,
    matcher: MatcherBuilder,
}

impl ExtractorBuilder {
    /// Use this gazetteer instead of the bundled one.
    pub fn gazetteer(&mut self, g: impl Into<Arc<Gazetteer>>) -> &mut Self {
        self.gazetteer = Some(g.into());
        self
    }

    /// Use this lexicon instead of the bundled one.
    pub fn lexicon(&mut self, l: impl Into<Arc<Lexicon>>) -> &mut Self {
        self.lexicon = Some(l.into());
        self
    }

    /// Use this tagger and parser instead of the bundled ones (see [`crate::syntax`]).
    pub fn syntax(&mut self, model: SyntaxModel) -> &mut Self {
        self.syntax = Some(model);
        self.no_syntax = false;
        self
    }

    /// Whether to parse the sentences whose arguments the window rules cannot find (default:
    /// yes). Parsing finds subjects across clauses and partners after adverbs and in lists,
    /// and costs most of the extraction time where it runs; without it extraction is several
    /// times faster and finds fewer relations (figures in the README).
    pub fn parse_sentences(&mut self, yes: bool) -> &mut Self {
        self.no_syntax = !yes;
        self
    }

    /// Build the gazetteer automaton as a DFA (faster scans, slower build, more memory).
    pub fn dfa(&mut self, yes: bool) -> &mut Self {
        self.matcher.dfa(yes);
        self
    }

    /// Builds the extractor; fails only when the gazetteer is too large for its automaton.
    pub fn build(&self) -> Result<Extractor, MatcherError> {
        // The gazetteer's automaton takes most of the time; the lexicon and the syntax model
        // are read meanwhile, on a thread of their own (a third of a start-up on two cores).
        let (gazetteer, lexicon, syntax, matcher) = std::thread::scope(|scope| {
            let rest = scope.spawn(|| {
                let lexicon = self.lexicon.clone().unwrap_or_else(Lexicon::bundled);
                let syntax = (!self.no_syntax).then(|| {
                    self.syntax
                        .clone()
                        .unwrap_or_else(|| SyntaxModel::bundled().clone())
                });
                (lexicon, syntax)
            });
            let gazetteer = self.gazetteer.clone().unwrap_or_else(Gazetteer::bundled);
            let matcher = self.matcher.build(&gazetteer);
            let (lexicon, syntax) = match rest.join() {
                Ok(rest) => rest,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            (gazetteer, lexicon, syntax, matcher)
        });
        let matcher = matcher?;
        Ok(Extractor {
            gazetteer,
            lexicon,
            matcher,
            syntax,
        })
    }
}

/// How a title that gives its first-person voice opens ("Remarks by …").
const AUTHOR_OPENINGS: &[&str] = &[
    "statement from ",
    "statement by ",
    "remarks by ",
    "remarks of ",
    "letter from ",
    "message from ",
    "op-ed by ",
    "proclamation by ",
];

static BUNDLED: Lazy<Extractor> = Lazy::new(|| {
    // the bundled gazetteer's automaton is built by the test suite; failing here is a build defect
    ExtractorBuilder::default()
        .build()
        .expect("the bundled gazetteer's automaton builds")
});

/// Whether `target` is a country `source` holds office in (at `date` if any, else ever), or
/// the country of an organization's headquarters. A person "visiting" it is going home
/// ("Tillerson landed in Washington"), as is an official of an organization in the country of
/// its headquarters (the EU's foreign-policy chief in Brussels), and the organization itself;
/// and an official urging or thanking it addresses their own people.
fn is_home(
    ctx: &DocContext<'_>,
    source: ActorRef,
    target: Option<ActorRef>,
    date: Option<Date>,
) -> bool {
    match target {
        Some(ActorRef::Known(t)) => home_countries(ctx, source, date).contains(&t),
        _ => false,
    }
}

/// A symmetric relation's kind and parties, in either order.
fn pair_key(r: &Relation) -> (String, String, String) {
    let a = r.source.id.to_string();
    let b = r
        .target
        .as_ref()
        .map(|t| t.id.to_string())
        .unwrap_or_default();
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    (r.kind.as_str().to_owned(), a, b)
}

/// Whether item `k` ends the clause a trigger's arguments stand in.
fn is_clause_end(view: &SentenceView, k: usize) -> bool {
    matches!(view.lower(k), "." | ";" | ":" | "\u{2014}")
        || (view.items[k].is_word() && matches!(view.lower(k), "and" | "but" | "while" | "after"))
}

/// The countries a known actor holds (or held) office in — for an office of an organization,
/// the countries of its headquarters; for an organization, its own (headquarters, or the
/// country of a national body): at `date` if any, else ever.
pub(super) fn home_countries(
    ctx: &DocContext<'_>,
    who: ActorRef,
    date: Option<Date>,
) -> Vec<EntityIndex> {
    let i = match who {
        ActorRef::Known(i) => i,
        // (a person the gazetteer does not know has the home their title gave, if any)
        ActorRef::New(n) => {
            return ctx
                .new_people
                .get(n as usize)
                .and_then(|p| p.home)
                .into_iter()
                .collect();
        }
    };
    let g = &ctx.gazetteer;
    fn seats(e: &crate::gazetteer::Entity) -> &[crate::gazetteer::EntityId] {
        e.organization
            .as_ref()
            .map_or(&[], |org| org.seats.as_slice())
    }
    // (several terms in one country are one home: "President" and "Government" from two sources)
    let countries = |at: Option<Date>| -> Vec<EntityIndex> {
        let who = g.entity(i);
        let mut out: Vec<EntityIndex> = who
            .offices()
            .iter()
            .filter(|o| at.is_none_or(|d| o.covers(d)))
            .flat_map(|o| {
                let body = g.index_of(o.of.as_str()).map(|b| g.entity(b));
                std::iter::once(&o.of)
                    .filter(|of| of.prefix() == Some("country"))
                    .chain(body.map_or(&[][..], seats))
            })
            .chain(seats(who))
            // (a national body's or party's country is its home too)
            .chain(who.organization.as_ref().and_then(|o| o.country.as_ref()))
            .filter_map(|c| g.index_of(c.as_str()))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };
    match countries(date) {
        now if !now.is_empty() => now,
        _ => countries(None),
    }
}

/// Where a meeting named by the trigger at item `ti` took place, when the sentence says so
/// plainly: a place that follows the trigger's arguments (ending at `end`) with nothing but
/// names, dates and adverbs between ("met Sandu today in Warsaw"), or else one before its
/// first source (item `source`: "Today in Jeddah, Biden met …"). A place further on belongs
/// to something else: "met … to prepare for the summit in Madrid", "… to discuss developments
/// in Niger".
fn meeting_place<'p>(
    view: &SentenceView,
    doc: &str,
    places: &'p [Place],
    source: usize,
    ti: usize,
    end: usize,
) -> Option<&'p Place> {
    // "In Nigeria, …", "Today in Jeddah, …", "On Friday in Kyiv, …": the sentence opens with
    // the place (after a date at most), and a comma closes it before the subject
    let fronted = places.first().filter(|p| {
        p.at < source
            && (0..p.at).all(|k| {
                view.items[k].is_word()
                    && (view.is(k, WordClass::WEEKDAY)
                        || matches!(view.lower(k), "today" | "yesterday" | "on" | "earlier"))
            })
            && (p.at + 1..source).any(|k| view.lower(k) == ",")
    });
    let Some(p) = places.iter().find(|p| p.at >= ti) else {
        return fronted;
    };
    // names, titles, dates and "on the margins of the … Summit" may stand between
    let between_ok = (end.max(ti)..p.at).all(|k| {
        let l = view.lower(k);
        !view.items[k].is_word()
            || view.text(doc, k).starts_with(char::is_uppercase)
            || view.is(k, WordClass::WEEKDAY | WordClass::PLACE_GAP)
            || l.ends_with("ly")
            || l.bytes().all(|b| b.is_ascii_digit())
    });
    (p.at <= end.max(ti) + 12 && between_ok)
        .then_some(p)
        .or(fronted)
}

/// Whether the place opening a sentence is where its subject (at item `source`) was: only a
/// comma, dates and names stand between ("In Paris on Friday, Defense Secretary Esper said"),
/// not a clause of its own
/// ("In Japan, when Trump proclaimed …, Khamenei declared").
fn fronted_for(view: &SentenceView, doc: &str, place: &Place, source: usize) -> bool {
    (place.end..source).all(|k| {
        !view.items[k].is_word()
            || view.text(doc, k).starts_with(char::is_uppercase)
            || view.is(k, WordClass::WEEKDAY | WordClass::MONTH)
            || view.text(doc, k).bytes().all(|b| b.is_ascii_digit())
            || matches!(
                view.lower(k),
                "on" | "today" | "yesterday" | "last" | "week"
            )
    })
}

/// Who travelled to which country, as an act in person tells it: the guest of a host went to
/// the host's country (or to the place named), a person who met someone in a place abroad
/// went there, and so did one who did anything else there (of kind `kind`, its source only,
/// and only where the place follows the arguments, which end at item `end`). A party whose
/// office is in that country stayed home; a person the gazetteer does not know has no known
/// home, so is said to travel by none of these.
#[allow(clippy::too_many_arguments)]
fn implied_visits(
    ctx: &DocContext<'_>,
    entry: &TriggerEntry,
    kind: &RelationKind,
    pairs: &[(ActorRef, Option<ActorRef>)],
    place: Option<&Place>,
    end: usize,
    date: Option<Date>,
) -> Vec<(ActorRef, ActorRef)> {
    let abroad = |who: ActorRef, country: ActorRef| match (who, country) {
        (ActorRef::Known(w), ActorRef::Known(c)) => {
            ctx.gazetteer.entity(w).kind == EntityKind::Person
                && !home_countries(ctx, who, date).contains(&c)
        }
        _ => false,
    };
    let mut out = Vec::new();
    for &(source, target) in pairs {
        if *kind != RelationKind::Met {
            // who acted was there; whom it was done to need not be ("condemned the coup in
            // Myanmar" names where the coup was)
            if let Some(country) = place
                .filter(|p| p.at >= end)
                .and_then(|p| p.country)
                .filter(|&c| target != Some(c))
            {
                if abroad(source, country) && !out.contains(&(source, country)) {
                    out.push((source, country));
                }
            }
            continue;
        }
        let Some(target) = target else {
            continue;
        };
        let here = place.and_then(|p| p.country);
        if entry.hosts {
            // one home country, or the place the sentence names
            let host_home = match home_countries(ctx, source, date).as_slice() {
                [one] => Some(ActorRef::Known(*one)),
                _ => None,
            };
            if let Some(country) = here.or(host_home) {
                if abroad(target, country) {
                    out.push((target, country));
                }
            }
        } else if let Some(country) = here {
            for who in [source, target] {
                if abroad(who, country) && !out.contains(&(who, country)) {
                    out.push((who, country));
                }
            }
        }
    }
    out
}

/// Whether the tagger reads `phrase` as ending in a noun, a proper noun, a number or a symbol
/// ("$2 billion", "air defence systems"), as the object of a pledge must.
fn names_a_thing(model: &SyntaxModel, lexicon: &Lexicon, phrase: &str) -> bool {
    use crate::syntax::UPos;
    // a day is when, not what ("vowed Tuesday")
    let day = phrase.trim().to_ascii_lowercase();
    if lexicon.word_sets.is(&day, WordClass::WEEKDAY)
        || matches!(day.as_str(), "today" | "yesterday" | "tomorrow" | "tonight")
    {
        return false;
    }
    let spans = crate::syntax::tokenize(phrase);
    let words: Vec<&str> = spans.iter().map(|r| &phrase[r.clone()]).collect();
    let tags = model.tag(&words);
    let last = words
        .iter()
        .zip(&tags)
        .rev()
        .find(|(_, t)| **t != UPos::Punct)
        .map(|(_, t)| *t);
    matches!(
        last,
        Some(UPos::Noun | UPos::Propn | UPos::Num | UPos::Sym | UPos::X) | None
    )
}

/// What the triggers of one sentence read — its words, dates and places — computed on first
/// use (most trigger hits find no arguments and need none of it) and then shared.
#[derive(Default)]
struct SentenceFacts<'v> {
    words: std::cell::OnceCell<SentenceWords<'v>>,
    dates: std::cell::OnceCell<Vec<(usize, DateMention)>>,
    places: std::cell::OnceCell<Vec<Place>>,
    tree: std::cell::OnceCell<SentenceTree>,
    /// The items the tree covers, if one is needed: up to a few past the sentence's last
    /// trigger.
    tree_until: usize,
}

/// An entity found in a document, after resolution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ResolvedMention {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Who it is.
    pub entity: EntityRef,
    /// How the text named it.
    pub via: MentionVia,
}

/// Everything extraction found in one document.
#[derive(Clone, Debug, Default, Serialize)]
#[non_exhaustive]
pub struct Analysis {
    /// Resolved mentions, in text order (qualifiers such as "French" in "French President" included).
    pub mentions: Vec<ResolvedMention>,
    /// Relations, in text order.
    pub relations: Vec<Relation>,
}

impl Extractor {
    /// The CAMEO and PLOVER codes of a visit, as the lexicon's visit phrases give them.
    fn visit_codes(&self) -> (String, String) {
        self.lexicon
            .triggers()
            .iter()
            .find(|e| e.kind == RelationKind::Visited)
            .map_or_else(
                || ("042".to_owned(), "CONSULT".to_owned()),
                |e| (e.cameo.clone(), e.plover.clone()),
            )
    }

    /// The extractor over the bundled gazetteer and lexicon, built once and shared.
    pub fn bundled() -> &'static Extractor {
        &BUNDLED
    }

    /// A builder.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &Arc<Gazetteer> {
        &self.gazetteer
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Arc<Lexicon> {
        &self.lexicon
    }

    /// The gazetteer matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The relations `doc` states, in text order.
    pub fn extract(&self, doc: &Document) -> Vec<Relation> {
        self.run(doc, false, self.matcher.find_iter(&doc.text))
            .relations
    }

    /// The relations a piece of text states, in text order, for when there is no document to
    /// speak of: `date` (the day it was written) dates relative expressions ("on Tuesday") and
    /// picks the office holders of the day; the relations' `doc` is empty.
    ///
    /// ```
    /// use diplograph::Extractor;
    /// let relations = Extractor::bundled().extract_text(
    ///     "Prime Minister Keir Starmer spoke with President Emmanuel Macron on Tuesday.",
    ///     Some("2025-03-06".parse().unwrap()),
    /// );
    /// assert_eq!(relations[0].target.as_ref().unwrap().name, "Emmanuel Macron");
    /// assert_eq!(relations[0].date.unwrap().to_string(), "2025-03-04");
    /// ```
    pub fn extract_text(&self, text: &str, date: Option<Date>) -> Vec<Relation> {
        let mut doc = Document::new(String::new(), text);
        doc.date = date;
        self.extract(&doc)
    }

    /// Relations and resolved mentions.
    pub fn analyze(&self, doc: &Document) -> Analysis {
        self.run(doc, true, self.matcher.find_iter(&doc.text))
    }

    /// Extracts many documents, in parallel when the `parallel` feature is on (the default).
    /// Results come back in input order.
    pub fn extract_all(&self, docs: &[Document]) -> Vec<Vec<Relation>> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            docs.par_iter().map(|d| self.extract(d)).collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            docs.iter().map(|d| self.extract(d)).collect()
        }
    }

    /// The relations `doc` states, given the gazetteer mentions already found in it with this
    /// extractor's [`matcher`](Extractor::matcher) — when you ran the matcher anyway (to count
    /// or highlight mentions), extraction need not scan the text again. Mentions that are not
    /// this matcher's, out of order, overlapping or outside the text are ignored.
    ///
    /// ```
    /// use diplograph::{Document, Extractor};
    /// let ex = Extractor::bundled();
    /// let doc = Document::new("d", "Emmanuel Macron met Olaf Scholz in Berlin.");
    /// let mentions: Vec<_> = ex.matcher().find_iter(&doc.text).collect();
    /// assert_eq!(mentions.len(), 3);
    /// assert_eq!(ex.extract_with_mentions(&doc, &mentions), ex.extract(&doc));
    /// ```
    pub fn extract_with_mentions(&self, doc: &Document, mentions: &[Mention<'_>]) -> Vec<Relation> {
        let text = doc.text.as_str();
        let mut end = 0;
        let fitting = mentions.iter().filter(move |m| {
            let fits = m.start >= end
                && m.start < m.end
                && m.end <= text.len()
                && text.is_char_boundary(m.start)
                && text.is_char_boundary(m.end)
                && self.matcher.owns(m);
            if fits {
                end = m.end;
            }
            fits
        });
        self.run(doc, false, fitting.copied()).relations
    }

    fn run<'m>(
        &'m self,
        doc: &Document,
        want_mentions: bool,
        found: impl Iterator<Item = Mention<'m>>,
    ) -> Analysis {
        let mut out = Analysis::default();
        let mut reading = Reading::new(self, doc, found);
        let mentions = want_mentions.then_some(&mut out.mentions);
        reading.read_all(&mut out.relations, mentions);
        out
    }

    /// The relations `doc` states, in text order, as they are found: a sentence is read when
    /// the relations before it have been taken. [`extract`](Extractor::extract) collects them;
    /// a caller that writes each one out holds no more than one sentence's relations at a
    /// time, however long the document.
    ///
    /// ```
    /// use diplograph::{Document, Extractor};
    /// let doc = Document::new("d", "Macron met Scholz. Modi met Ishiba. Putin met Xi.")
    ///     .with_date("2024-05-01".parse().unwrap());
    /// let ex = Extractor::bundled();
    /// let first = ex.relations(&doc).next().unwrap();
    /// assert_eq!(first.source.name, "Emmanuel Macron");
    /// assert_eq!(ex.relations(&doc).count(), ex.extract(&doc).len());
    /// ```
    pub fn relations<'e, 'd>(&'e self, doc: &'d Document) -> Relations<'e, 'd> {
        Relations {
            reading: Reading::new(self, doc, self.matcher.find_iter(&doc.text)),
            ready: Vec::new().into_iter(),
        }
    }

    /// The person a document's title gives as its first-person voice: "Statement from
    /// President Joe Biden on …", "Remarks by Director Michael Kratsios at …", "Letter from
    /// …". The first person the title names, if the gazetteer knows one by that name (or one
    /// holding office on `date` by that short name).
    fn author_of(&self, title: &str, date: Option<Date>) -> Option<EntityIndex> {
        let head = title.trim_start();
        let opens = AUTHOR_OPENINGS.iter().any(|o| {
            head.get(..o.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(o))
        });
        if !opens {
            return None;
        }
        let (author, name) = self.first_person(head, date)?;
        // "Remarks by President Biden and President Niinistö …": a transcript of several
        // voices has no one first person (but "Statement from President Biden on Ukraine and
        // …" has one)
        let after = head[name.end..].trim_start();
        let after = after
            .strip_prefix("of ")
            .map_or(after, |rest| rest.split_once(' ').map_or("", |(_, r)| r));
        if after.starts_with("and ") || after.starts_with("& ") {
            return None;
        }
        Some(author)
    }

    /// The name of a title's first-person voice whom the gazetteer lacks, where a title word
    /// precedes it: "Remarks by Director Michael Kratsios at …" → "Michael Kratsios" (two or
    /// three capitalised words, the first a given name the gazetteer knows; never one of
    /// several voices, "… by Director X and Director Y").
    fn new_author(&self, title: &str) -> Option<String> {
        let head = title.trim_start();
        let rest = AUTHOR_OPENINGS.iter().find_map(|o| {
            head.get(..o.len())
                .filter(|h| h.eq_ignore_ascii_case(o))
                .map(|_| &head[o.len()..])
        })?;
        // (a comma or colon ends the name: "… Michael Kratsios, Director of …")
        let rest = rest.split([',', ':', ';']).next().unwrap_or_default();
        let words: Vec<&str> = rest.split_whitespace().collect();
        let sets = &self.lexicon.word_sets;
        let titled = words
            .iter()
            .take_while(|w| sets.is(&w.to_lowercase(), WordClass::TITLE_WORD))
            .count();
        if titled == 0 {
            return None;
        }
        let name_word = |w: &&&str| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
                && !sets.is(&w.to_lowercase(), WordClass::TITLE_WORD)
        };
        let name: Vec<&str> = words[titled..]
            .iter()
            .take_while(name_word)
            .take(3)
            .copied()
            .collect();
        let after = words.get(titled + name.len()).copied();
        let one_voice = !matches!(after, Some("and" | "&"));
        (name.len() >= 2 && one_voice && self.gazetteer.is_given_name(name[0]))
            .then(|| name.join(" "))
    }

    /// The person whose meeting or call a readout reports, as its title names them first and
    /// as the owner of the event: "Readout of President Joe Biden's Meeting with CEOs" (not
    /// "Readout of the Vice President's Call with President Giammattei", whose first person
    /// is the other party).
    fn readout_subject(&self, title: &str, date: Option<Date>) -> Option<EntityIndex> {
        const OPENING: &str = "readout of ";
        let head = title.trim_start();
        let rest = head
            .get(..OPENING.len())
            .filter(|h| h.eq_ignore_ascii_case(OPENING))
            .map(|_| &head[OPENING.len()..])?;
        let (who, name) = self.first_person(rest, date)?;
        let after = &rest[name.end..];
        let owner = after.starts_with("'s ") || after.starts_with("\u{2019}s ");
        // only title words may stand before the name ("Readout of *Vice President* Harris's")
        let titled = rest[..name.start]
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
        (owner && titled).then_some(who)
    }

    /// The person a statement's title says it is about: the first named after its " on "
    /// ("Statement from President Joe Biden *on Prime Minister Justin Trudeau*").
    fn statement_about(&self, title: &str, date: Option<Date>) -> Option<EntityIndex> {
        let lower = title.to_ascii_lowercase();
        let on = lower.find(" on ")?;
        let (about, _) = self.first_person(&title[on + 4..], date)?;
        Some(about)
    }

    /// The first person `text` names, if the gazetteer knows one by that name (or one holding
    /// office on `date` by that short name), with the byte offsets of the name.
    fn first_person(
        &self,
        text: &str,
        date: Option<Date>,
    ) -> Option<(EntityIndex, std::ops::Range<usize>)> {
        let g = &self.gazetteer;
        let person =
            |c: &&crate::extract::matcher::Candidate| g.entity(c.entity).kind == EntityKind::Person;
        let mention = self
            .matcher
            .find_iter(text)
            .find(|m| m.candidates().iter().any(|c| person(&c)))?;
        let people: Vec<EntityIndex> = mention
            .candidates()
            .iter()
            .filter(person)
            .map(|c| c.entity)
            .collect();
        let who = match people.as_slice() {
            [one] => *one,
            several => {
                let date = date?;
                let mut in_office = several
                    .iter()
                    .filter(|&&e| g.entity(e).offices().iter().any(|o| o.covers(date)));
                match (in_office.next(), in_office.next()) {
                    (Some(&e), None) => e,
                    _ => return None,
                }
            }
        };
        Some((who, mention.start..mention.end))
    }

    /// The visit a wire story's dateline tells: "LOURDES, France - A frail Pope John Paul II
    /// celebrated …" — the person the story opens with, named as its subject, was in the
    /// dateline's country, if that is not a country they hold office in.
    fn dateline_visit(&self, ctx: &DocContext<'_>, doc: &Document) -> Option<Relation> {
        let text = doc.text.as_str();
        let line = super::dateline::find(text)?;
        let g = &self.gazetteer;
        let country_named = |name: &str| {
            g.find_by_name(name)
                .find(|e| e.kind == EntityKind::Country)
                .and_then(|e| g.index_of(e.id.as_str()))
        };
        let country = match line.country {
            Some(name) => country_named(name)?,
            None => super::places::PlaceBook::bundled()
                .country_of_city(g, line.city)
                .or_else(|| country_named(line.city))?,
        };
        let story = &text[line.end..crate::text::floor_char_boundary(text, line.end + 120)];
        let (person, name) = self.first_person(story, doc.date)?;
        // the subject opens the story: "A frail Pope …", not "Militants loyal to … cleric X"
        // nor "Tony Blair's government"
        let lead = &story[..name.start];
        let subject = lead.split_whitespace().count() <= 4
            && !lead.contains([',', ';', '(', '"', '\u{201c}'])
            && !lead.split_whitespace().any(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "to" | "of" | "by" | "with" | "for" | "from" | "on" | "at" | "in" | "and"
                )
            })
            && !story[name.end..].starts_with(['\'', '\u{2019}']);
        let who = ActorRef::Known(person);
        let homes = home_countries(ctx, who, doc.date);
        if !subject || homes.is_empty() || homes.contains(&country) {
            return None;
        }
        // "SEOUL (Reuters) - North Korea's leader Kim Jong Un said …": a leader introduced by
        // his own country's possessive is reported on from abroad, not visiting
        let home_possessive = self.matcher.find_iter(lead).any(|m| {
            let owns = lead[m.end..].starts_with(['\'', '\u{2019}']);
            owns && m.candidates().iter().any(|c| homes.contains(&c.entity))
        });
        if home_possessive {
            return None;
        }
        let sentence = crate::text::sentences(text).find(|s| s.end > line.end)?;
        let (cameo, plover) = self.visit_codes();
        Some(Relation {
            doc: doc.id.clone(),
            kind: RelationKind::Visited,
            source: ctx.entity_ref(who),
            target: Some(ctx.entity_ref(ActorRef::Known(country))),
            object: None,
            modality: Modality::Asserted,
            date: doc.date,
            place: Some(line.city.to_owned()),
            cameo,
            plover,
            sentence: sentence.text.to_owned(),
            span: [sentence.start, sentence.end],
            trigger: text[line.start..line.end].trim_end().to_owned(),
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn relations_of_trigger<'v>(
        &self,
        ctx: &DocContext<'_>,
        view: &'v SentenceView,
        shared: &SentenceFacts<'v>,
        doc: &Document,
        s: &crate::text::Sentence<'_>,
        hit: &aho_corasick::Match,
        seen: &mut FxHashSet<(String, String, String, Option<String>)>,
        out: &mut Vec<Relation>,
        host: &mut Option<MeetingHost>,
    ) {
        let text = doc.text.as_str();
        // the trigger must cover whole word items, none of them an actor
        // items are in text order: binary search, not a scan per trigger
        let ti = view.items.partition_point(|i| i.start < hit.start());
        let last = view.items.partition_point(|i| i.end < hit.end());
        if view.items.get(ti).is_none_or(|i| i.start != hit.start())
            || view.items.get(last).is_none_or(|i| i.end != hit.end())
        {
            return;
        }
        // a possessive pronoun inside the phrase is part of it ("expressed *his* appreciation
        // to"), even when resolution made it an actor
        let inside_phrase_ok = |k: usize| {
            k > ti
                && view.items[k]
                    .actor()
                    .is_some_and(|a| a.via == Via::Reference && view.is(k, WordClass::DETERMINER))
        };
        if last < ti
            || (ti..=last)
                .any(|k| matches!(view.items[k].kind, ItemKind::Actor(_)) && !inside_phrase_ok(k))
        {
            return;
        }
        let tj = last + 1;
        // a trigger in capitals inside a proper name is a word of the name: "the Attorney
        // General's *Call to* Action", "the Dream and *Promise* Act" (after a word or a
        // possessor: not where a line or clause opens, "New Zealand: *Will provide* NZD 2
        // million"; not in a headline, where every word is capitalised; nor before a title, a
        // style or a date: "the *Summit with* President Xi", "a State *Visit with* His
        // Majesty", "the *Summit* Monday")
        let capitalised = |k: usize| view.is_capitalised_word(text, k);
        let in_name = !view.title_case
            && !view.headline
            && ti > 0
            && (view.items[ti - 1].is_word()
                || view.items[ti - 1].actor().is_some_and(|a| a.possessive))
            && capitalised(ti)
            && tj < view.len()
            && capitalised(tj)
            && view.items[tj].actor().is_none()
            && !view.is(
                tj,
                WordClass::MONTH
                    | WordClass::WEEKDAY
                    | WordClass::TITLE_WORD
                    | WordClass::HONORIFIC
                    | WordClass::COURTESY_TITLE
                    | WordClass::DETERMINER,
            );
        if in_name {
            return;
        }
        // (the place-telling entries of a phrase come last, and are read only where the
        // phrase's events told no visit: "met with Sandu in Warsaw" tells its own)
        let found_before = out.len();
        let entries = &self.lexicon.trigger_patterns[hit.pattern().as_usize()];
        let events = entries
            .iter()
            .filter(|&&e| !self.lexicon.triggers()[e].tells_place_only());
        let places = entries
            .iter()
            .filter(|&&e| self.lexicon.triggers()[e].tells_place_only());
        for &e in events.chain(places) {
            let entry = &self.lexicon.triggers()[e];
            let tree = || {
                shared.tree.get_or_init(|| {
                    SentenceTree::new(self.syntax.as_ref(), text, view, shared.tree_until)
                })
            };
            // a trigger that only tells where its source was needs a place abroad in its
            // sentence, and is not worth a parse
            let place_only = entry.tells_place_only();
            if place_only {
                let visit_told = out[found_before..]
                    .iter()
                    .any(|r| r.kind == RelationKind::Visited);
                if visit_told {
                    continue;
                }
                let places = shared
                    .places
                    .get_or_init(|| sentence_places(view, text, &self.lexicon, ctx.gazetteer));
                if places.iter().all(|p| p.country.is_none()) {
                    continue;
                }
            }
            // nor is a noun without its preposition ("the summit", "new sanctions") whose
            // prepositions the rest of the sentence lacks, and which no "to" or auxiliary
            // makes a verb ("to *visit* Cuba", "did not *visit* Mexico", "will also *visit*
            // Jordan"): the tree finds nothing the window rules miss for it (on the throughput
            // corpus a fifth of all parses were asked for by such nouns)
            let verb_use = (ti.saturating_sub(2)..ti).any(|k| {
                view.items[k].is_word()
                    && (view.lower(k) == "to" || view.is(k, WordClass::AUXILIARY))
            });
            let bare_noun = entry.noun
                && !view.is(tj - 1, WordClass::PREPOSITION)
                && !verb_use
                && !entry.target_prepositions().any(|p| {
                    (tj..view.len()).any(|k| view.items[k].is_word() && view.lower(k) == p)
                });
            let args = if place_only || bare_noun {
                let unparsed = SentenceTree::new(None, text, view, 0);
                arguments(ctx, view, text, entry, ti, tj, &|| &unparsed)
            } else {
                arguments(ctx, view, text, entry, ti, tj, &tree)
            };
            let Some(mut args) = args else {
                continue;
            };
            // what is pledged is a thing: an object phrase that does not end in a noun or a
            // number ("offered *precisely*", "promised an *unbelievably small*") is no object
            if let (Some(object), Some(model)) = (&args.object, &self.syntax) {
                if !names_a_thing(model, &self.lexicon, object) {
                    if entry.needs_object {
                        continue;
                    }
                    args.object = None;
                }
            }
            // a meeting held "by phone" or "by video" is a call ("reached agreement by phone
            // with", "met by video link with")
            // (or one that is "virtual": "host X for a virtual bilateral meeting")
            let wire_word = |k: usize| {
                view.items[k].is_word()
                    && ((matches!(
                        view.lower(k),
                        "phone" | "telephone" | "video" | "videoconference"
                    ) && k > 0
                        && matches!(view.lower(k - 1), "by" | "the" | "via" | "a"))
                        || matches!(view.lower(k), "virtual" | "virtually"))
            };
            let by_wire = entry.kind == RelationKind::Met
                && (tj..(args.end + 6).min(view.len()))
                    .take_while(|&k| k < args.end || !is_clause_end(view, k))
                    .any(wire_word);
            let kind = if by_wire {
                RelationKind::Spoke
            } else {
                entry.kind.clone()
            };
            let words = shared.words.get_or_init(|| SentenceWords::new(view));
            let mut modality = modality_of(
                view,
                words,
                &self.lexicon,
                args.source_item,
                ti,
                tj,
                args.end,
            );
            if let Some(floor) = entry.modality {
                if super::modality::rank(floor) > super::modality::rank(modality) {
                    modality = floor;
                }
            }
            // "I want to thank …", "we would like to thank …": saying so is the thanks
            let performative = entry.kind == RelationKind::Thanked
                && ti >= 2
                && view.lower(ti - 1) == "to"
                && matches!(view.lower(ti - 2), "want" | "wanted" | "like" | "wish");
            if performative && modality == Modality::Planned {
                modality = Modality::Asserted;
            }
            let dates = shared
                .dates
                .get_or_init(|| sentence_dates(view, text, &self.lexicon, doc.date));
            let date = pick_date(dates, ti, doc.date, modality);
            let places = shared
                .places
                .get_or_init(|| sentence_places(view, text, &self.lexicon, ctx.gazetteer));
            // "told reporters in Oslo": the act tells where its source was
            // (a verb's phrase read as a noun names an event, not an act of the source:
            // "cancelled *a meeting* with Putin in Argentina", "the Trump-Rouhani *meeting* in
            // New York"; a noun entry found its source as the noun's own: "after *a* meeting in
            // Brazil, Scholz …")
            if place_only && args.targets.is_empty() {
                let noun = !entry.noun
                    && ti > 0
                    && (view.is(ti - 1, WordClass::DETERMINER)
                        || matches!(view.lower(ti - 1), "'s" | "\u{2019}s"));
                let venue = meeting_place(view, text, places, args.source_item, ti, args.end)
                    .filter(|p| p.at > ti || fronted_for(view, text, p, args.source_item));
                let Some(country) = venue.and_then(|p| p.country).filter(|_| !noun) else {
                    continue;
                };
                args.targets.push(country);
            }
            let place_found = pick_place(places, ti);
            let place = place_found.map(|p| p.text.clone());
            // the document's first meeting or call, with or without its partners, is the one
            // its participant lists name the partners of
            // (its hosts are people: a state's talks list no one's guests)
            let took_place = matches!(modality, Modality::Asserted | Modality::Planned);
            let people: Vec<ActorRef> = args
                .sources
                .iter()
                .copied()
                .filter(|&p| ctx.kind_of(p) == EntityKind::Person)
                .collect();
            if host.is_none()
                && kind.is_symmetric()
                && took_place
                && !args.pairwise
                && !people.is_empty()
            {
                let homes = people
                    .iter()
                    .flat_map(|&p| home_countries(ctx, p, date))
                    .collect();
                *host = Some(MeetingHost {
                    sources: people,
                    homes,
                    kind: kind.clone(),
                    modality,
                    date,
                    place: place.clone(),
                    cameo: entry.cameo.clone(),
                    plover: entry.plover.clone(),
                });
            }
            if args.unpaired {
                continue;
            }
            // who did it to whom: every source with every target, or for the parties of
            // "talks between A, B and C" every pair once
            let parties = &args.sources;
            let pairs: Vec<(ActorRef, Option<ActorRef>)> = if args.pairwise {
                (0..parties.len())
                    .flat_map(|a| {
                        (a + 1..parties.len()).map(move |b| (parties[a], Some(parties[b])))
                    })
                    .collect()
            } else if args.targets.is_empty() {
                parties.iter().map(|&p| (p, None)).collect()
            } else {
                parties
                    .iter()
                    .flat_map(|&p| args.targets.iter().map(move |&t| (p, Some(t))))
                    .collect()
            };
            for &(source, target) in &pairs {
                // (nor does an official urge, thank or promise their own country: "I encourage
                // Americans to …" is no demand on the United States, "pledged U.S. support"
                // no pledge to it)
                // (nor does one blame their own country for a government before theirs:
                // "Trump criticized the Obama administration")
                let own_country = matches!(
                    kind,
                    RelationKind::Demanded
                        | RelationKind::Thanked
                        | RelationKind::Pledged
                        | RelationKind::Criticized
                        | RelationKind::Accused
                ) && ctx.kind_of(source) == EntityKind::Person
                    && is_home(ctx, source, target, doc.date);
                // (and a state meets and speaks with no one of its own: "the Biden-Harris
                // Administration met with Members of Congress")
                // (nor gives anything to its own people: "$450 million to support President
                // Biden's agenda" is no American pledge to Biden; a body that only sits there,
                // the World Bank, may be given to)
                let within_one_state = target.is_some_and(|t| {
                    let country_and_its_own = |a: ActorRef, b: ActorRef| {
                        ctx.kind_of(a) == EntityKind::Country && is_home(ctx, b, Some(a), doc.date)
                    };
                    match kind {
                        RelationKind::Met | RelationKind::Spoke => {
                            country_and_its_own(source, t) || country_and_its_own(t, source)
                        }
                        RelationKind::Pledged => {
                            ctx.kind_of(t) == EntityKind::Person && country_and_its_own(source, t)
                        }
                        _ => false,
                    }
                });
                // (nor did two members of one government who went along together: "Obama was
                // joined by Secretary of State John Kerry")
                let companions = entry.companions
                    && target.is_some_and(|t| {
                        let ours = executive_countries(ctx, source, date);
                        executive_countries(ctx, t, date)
                            .iter()
                            .any(|c| ours.contains(c))
                    });
                // (nor do two of one family: "Trump and first lady Melania Trump were greeted",
                // "the President and the First Lady will host")
                let one_family = matches!(kind, RelationKind::Met | RelationKind::Spoke)
                    && target.is_some_and(|t| {
                        ctx.surname(source)
                            .is_some_and(|a| ctx.surname(t).is_some_and(|b| a == b))
                    });
                // (a newspaper or broadcaster reports; it is no party to what it reports: "BBC
                // visits Iran school", "WASHINGTON (Reuters) - … imposed sanctions"; its own
                // statements stay: "Xinhua accused Japan", "a Times editorial praises")
                let news_source = !matches!(
                    kind,
                    RelationKind::Accused | RelationKind::Criticized | RelationKind::Praised
                ) && ctx.org_category(source)
                    == Some(OrganizationCategory::NewsAgency);
                if Some(source) == target
                    || news_source
                    || within_one_state
                    || companions
                    || one_family
                    || (entry.known_source && !matches!(source, ActorRef::Known(_)))
                    || (entry.kind == RelationKind::Visited && is_home(ctx, source, target, None))
                    || own_country
                {
                    continue;
                }
                let source = ctx.entity_ref(source);
                let target = target.map(|t| ctx.entity_ref(t));
                let key = (
                    kind.as_str().to_owned(),
                    source.id.to_string(),
                    target
                        .as_ref()
                        .map(|t| t.id.to_string())
                        .unwrap_or_default(),
                    args.object.clone(),
                );
                if !seen.insert(key) {
                    continue;
                }
                out.push(Relation {
                    doc: doc.id.clone(),
                    kind: kind.clone(),
                    source,
                    target,
                    object: args.object.clone(),
                    modality,
                    date,
                    place: place.clone(),
                    cameo: entry.cameo.clone(),
                    plover: entry.plover.clone(),
                    sentence: s.text.to_owned(),
                    span: [s.start, s.end],
                    trigger: text[hit.start()..hit.end()].to_owned(),
                });
            }
            // a meeting in person also tells who travelled where
            // so does any other act done in person in a place abroad ("announced the
            // sanctions at a news conference in Manila") — of its source only; a call is not
            let in_person = kind != RelationKind::Spoke && kind != RelationKind::Visited;
            if in_person && modality != Modality::Negated {
                let venue = meeting_place(view, text, places, args.source_item, ti, args.end);
                for (traveller, country) in
                    implied_visits(ctx, entry, &kind, &pairs, venue, args.end, date)
                {
                    let traveller = ctx.entity_ref(traveller);
                    let country = ctx.entity_ref(country);
                    let key = (
                        RelationKind::Visited.as_str().to_owned(),
                        traveller.id.to_string(),
                        country.id.to_string(),
                        None,
                    );
                    if !seen.insert(key) {
                        continue;
                    }
                    let (cameo, plover) = self.visit_codes();
                    out.push(Relation {
                        doc: doc.id.clone(),
                        kind: RelationKind::Visited,
                        source: traveller,
                        target: Some(country),
                        object: None,
                        modality,
                        date,
                        place: place.clone(),
                        cameo,
                        plover,
                        sentence: s.text.to_owned(),
                        span: [s.start, s.end],
                        trigger: text[hit.start()..hit.end()].to_owned(),
                    });
                }
            }
        }
    }

    fn collect_mentions(
        &self,
        ctx: &DocContext<'_>,
        view: &SentenceView,
        out: &mut Vec<ResolvedMention>,
    ) {
        for it in &view.items {
            let ItemKind::Actor(a) = &it.kind else {
                continue;
            };
            let Some(who) = a.who else { continue };
            out.push(ResolvedMention {
                start: it.start,
                end: it.end,
                entity: ctx.entity_ref(who),
                via: a.via,
            });
        }
    }
}

/// The relations of one document, read a sentence at a time; see [`Extractor::relations`].
pub struct Relations<'e, 'd> {
    reading: Reading<'e, 'd, crate::extract::matcher::Mentions<'e, 'd>>,
    /// The relations of the sentence last read not yet handed out.
    ready: std::vec::IntoIter<Relation>,
}

impl Iterator for Relations<'_, '_> {
    type Item = Relation;

    fn next(&mut self) -> Option<Relation> {
        loop {
            if let Some(r) = self.ready.next() {
                return Some(r);
            }
            let mut sentence = Vec::new();
            if !self.reading.read_sentence(&mut sentence, None) {
                return None;
            }
            self.ready = sentence.into_iter();
        }
    }
}

impl std::fmt::Debug for Relations<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Relations")
            .field("doc", &self.reading.doc.id)
            .field("read_to", &self.reading.read_to)
            .finish_non_exhaustive()
    }
}

/// Where reading a document stands: the state that runs from one sentence to the next
/// (who was named, the quotation and paragraph), the mentions and triggers not yet reached.
/// Mentions and triggers are taken from their scans as the sentences advance and dropped once
/// passed, so reading holds one sentence's worth of them, not the document's.
struct Reading<'e, 'd, I: Iterator<Item = Mention<'e>>> {
    extractor: &'e Extractor,
    doc: &'d Document,
    sentences: crate::text::Sentences<'d>,
    triggers: std::iter::Peekable<super::lexicon::TriggerHits<'e, 'd>>,
    found: std::iter::Peekable<I>,
    /// Mentions taken from `found` that the sentences have not passed yet.
    mentions: Vec<Mention<'e>>,
    /// The triggers inside the current sentence.
    sentence_triggers: Vec<aho_corasick::Match>,
    ctx: DocContext<'e>,
    view: SentenceView,
    quotation: Quotation,
    paragraph: usize,
    /// Whether the current paragraph is a photo caption or the like.
    caption: bool,
    /// The end of the last sentence read.
    read_to: usize,
    done: bool,
    /// The visit the story's dateline tells, handed out with the first sentence.
    dateline_visit: Option<Relation>,
    /// Where the story begins past a wire service's credit ("AP - "), if it opens with one.
    story_start: Option<usize>,
    /// The document's first meeting or call: whom its participant lists met.
    meeting_host: Option<MeetingHost>,
    /// Where the document's last participant heading ends: reading goes on to it.
    last_heading: Option<usize>,
    /// The participant list the current paragraph belongs to, if any.
    list: Option<ParticipantList>,
    /// The paragraph `list` was last decided for.
    list_paragraph: usize,
    /// The meetings and calls told so far, as [`pair_key`]s, where a participant list may
    /// tell them again.
    told_pairs: FxHashSet<(String, String, String)>,
    /// The people of the list being read, told once it ends.
    pending: Vec<Listed>,
}

impl<'e, 'd, I: Iterator<Item = Mention<'e>>> Reading<'e, 'd, I> {
    fn new(extractor: &'e Extractor, doc: &'d Document, found: I) -> Self {
        let text = doc.text.as_str();
        let mut ctx = DocContext::new(
            &extractor.gazetteer,
            &extractor.lexicon,
            &extractor.matcher,
            doc.date,
        );
        ctx.syntax = extractor.syntax.as_ref();
        ctx.author = doc
            .title
            .as_deref()
            .and_then(|t| extractor.author_of(t, doc.date))
            .map(ActorRef::Known);
        // an author the gazetteer lacks is met here for the first time, by the title's name
        if ctx.author.is_none() {
            if let Some(name) = doc.title.as_deref().and_then(|t| extractor.new_author(t)) {
                let surname = name.rsplit(' ').next().unwrap_or_default().to_owned();
                ctx.author = Some(ctx.introduce(name, surname, None, None));
            }
        }
        // "Statement from President Biden on Prime Minister Trudeau": the person a statement
        // is about is who its "him" and "his" first stand for
        let about = ctx
            .author
            .and(doc.title.as_deref())
            .and_then(|t| extractor.statement_about(t, doc.date))
            .map(ActorRef::Known)
            .filter(|&p| Some(p) != ctx.author);
        if let Some(p) = about {
            ctx.remember(Salient {
                who: Some(p),
                subject: false,
                paragraph: 0,
            });
        }
        // "Readout of President Joe Biden's Meeting with CEOs": whose meeting it was is who
        // "the President" of its first line stands for
        let readout_of = doc
            .title
            .as_deref()
            .and_then(|t| extractor.readout_subject(t, doc.date))
            .map(ActorRef::Known);
        if let (Some(p), None) = (readout_of, about) {
            ctx.remember(Salient {
                who: Some(p),
                subject: true,
                paragraph: 0,
            });
        }
        let dateline_visit = extractor.dateline_visit(&ctx, doc);
        Reading {
            extractor,
            doc,
            sentences: sentences(text),
            triggers: extractor.lexicon.trigger_hits(text).peekable(),
            found: found.peekable(),
            mentions: Vec::new(),
            sentence_triggers: Vec::new(),
            ctx,
            dateline_visit,
            story_start: super::dateline::story_after_credit(text),
            view: SentenceView::default(),
            quotation: Quotation::default(),
            paragraph: usize::MAX,
            caption: false,
            read_to: 0,
            done: false,
            meeting_host: None,
            last_heading: participants::last_heading(&extractor.lexicon, text),
            list: None,
            list_paragraph: usize::MAX,
            told_pairs: FxHashSet::default(),
            pending: Vec::new(),
        }
    }

    fn read_all(
        &mut self,
        relations: &mut Vec<Relation>,
        mut mentions: Option<&mut Vec<ResolvedMention>>,
    ) {
        while self.read_sentence(relations, mentions.as_deref_mut()) {}
    }

    /// Adds the meetings of the participant list just read (true if any), unless most of
    /// the people it names whom the gazetteer knows sit in the host's own government: a
    /// cabinet meeting or a council of agency heads is one party meeting itself.
    fn tell_listed(&mut self, relations: &mut Vec<Relation>) -> bool {
        let listed = std::mem::take(&mut self.pending);
        let known = listed.iter().filter(|l| l.known).count();
        let government = listed.iter().filter(|l| l.host_government).count();
        let internal = government >= 2 && 2 * government >= known;
        let before = relations.len();
        for person in listed {
            if internal || person.host_government {
                continue;
            }
            for r in person.meetings {
                if self.told_pairs.insert(pair_key(&r)) {
                    relations.push(r);
                }
            }
        }
        relations.len() > before
    }

    /// Reads the next sentence, adding its relations (and, when asked, its resolved mentions);
    /// false once the document has nothing more to give.
    fn read_sentence(
        &mut self,
        relations: &mut Vec<Relation>,
        mentions_out: Option<&mut Vec<ResolvedMention>>,
    ) -> bool {
        if self.done {
            return false;
        }
        let first_new = relations.len();
        if let Some(visit) = self.dateline_visit.take() {
            relations.push(visit);
        }
        let ex = self.extractor;
        let text = self.doc.text.as_str();
        let want_mentions = mentions_out.is_some();
        let Some(mut s) = self.sentences.next() else {
            self.done = true;
            // (what a list at the document's end told is handed out before the end)
            return self.tell_listed(relations);
        };
        // a wire service's credit is no part of the story's first sentence: "AP - *The man*
        // …" opens where the story does
        if let Some(story) = self.story_start.filter(|&b| s.start < b && b < s.end) {
            s.start = story;
            s.text = &text[story..s.end];
        }
        self.read_to = s.end;
        // triggers that cross into this sentence from the one before count for neither
        while self.triggers.next_if(|t| t.start() < s.start).is_some() {}
        if self.last_heading.is_some() && s.paragraph != self.list_paragraph {
            self.list_paragraph = s.paragraph;
            let (start, end) = participants::line_around(text, s.start);
            let line = &text[start..end];
            let list = match participants::heading(&ex.lexicon, line, start) {
                Some(heading) => Some(heading),
                None if participants::ends_list(line) => None,
                None => self.list,
            };
            if list != self.list {
                self.tell_listed(relations);
            }
            self.list = list;
        }
        let listing = self
            .list
            .filter(|l| !l.host_side && s.end > l.from && self.meeting_host.is_some());
        // Relations come from trigger sentences, and what a sentence says can only shape the
        // sentences after it: without mentions to report, the text past the last trigger's
        // sentence is never read (often most of an article; all of one with no trigger) —
        // unless a participant list may follow.
        let list_ahead = self.meeting_host.is_some()
            && (self.list.is_some() || self.last_heading.is_some_and(|h| s.start <= h));
        if !want_mentions && self.triggers.peek().is_none() && !list_ahead {
            self.done = true;
            return self.tell_listed(relations);
        }
        if s.paragraph != self.paragraph {
            self.paragraph = s.paragraph;
            self.quotation = Quotation::default();
            self.ctx.speaker = None;
            self.ctx.paragraph = s.paragraph;
            self.caption = false;
        }
        // a caption runs from its opening to the end of its line
        self.caption |= ex.lexicon.is_caption(s.text);
        // mentions are found as the sentences advance, so the scan stops where reading stops
        self.mentions.retain(|m| m.start >= s.start);
        while let Some(m) = self.found.next_if(|m| m.start < s.end) {
            if m.start >= s.start {
                self.mentions.push(m);
            }
        }
        let m_end = self.mentions.iter().take_while(|m| m.end <= s.end).count();
        self.sentence_triggers.clear();
        while let Some(t) = self.triggers.next_if(|t| t.end() <= s.end) {
            self.sentence_triggers.push(t);
        }
        // ("said" alone tells where someone was only of a person the sentence names)
        let events = self
            .sentence_triggers
            .iter()
            .any(|t| !ex.lexicon.only_places(t.pattern().as_usize()));
        if m_end == 0 && !events && listing.is_none() {
            // nothing to resolve or extract: only follow the quotation state
            self.quotation.follow_span(text, s.start, s.end);
            return true;
        }
        self.view.fill(
            &ex.lexicon.word_sets,
            text,
            s.start,
            s.end,
            &self.mentions[..m_end],
            &mut self.quotation,
        );
        resolve_sentence(&mut self.ctx, &mut self.view, text);
        if let Some(out) = mentions_out {
            ex.collect_mentions(&self.ctx, &self.view, out);
        }
        if !self.sentence_triggers.is_empty() && !self.caption {
            let view = &self.view;
            let triggers = &self.sentence_triggers;
            // what every trigger of the sentence reads, computed once for all of them
            // (a trigger that only tells where its source was needs no tree: "said in Oslo")
            let last_trigger_item = triggers
                .iter()
                .filter(|hit| !ex.lexicon.only_places(hit.pattern().as_usize()))
                .map(|hit| view.items.partition_point(|i| i.end <= hit.end()))
                .max()
                .unwrap_or(0);
            let shared = SentenceFacts {
                tree_until: last_trigger_item + super::tree::LOOKAHEAD,
                ..SentenceFacts::default()
            };
            let mut seen = FxHashSet::default();
            // a phrase that yielded relations speaks for the trigger words inside it
            // ("a bilateral *meeting* with" is one meeting, not two)
            let mut spoken_for: Vec<(usize, usize)> = Vec::new();
            let sentence_first = relations.len();
            for hit in triggers {
                if spoken_for
                    .iter()
                    .any(|&(a, b)| a <= hit.start() && hit.end() <= b)
                {
                    continue;
                }
                let before = relations.len();
                ex.relations_of_trigger(
                    &self.ctx,
                    view,
                    &shared,
                    self.doc,
                    &s,
                    hit,
                    &mut seen,
                    relations,
                    &mut self.meeting_host,
                );
                if relations.len() > before {
                    spoken_for.push((hit.start(), hit.end()));
                }
            }
            // a meeting or call of two people, or two people who did one thing together
            // ("A and B visited Riyadh"): the next sentence's "They" is them
            let told = &relations[sentence_first..];
            let pair = if told.iter().any(|r| r.kind.is_symmetric()) {
                sentence_pair(&self.ctx)
            } else {
                None
            };
            if let Some(pair) = pair.or_else(|| joint_sources(&self.ctx, told)) {
                self.ctx.next_participants = Some(pair);
            }
        }
        // "Russia and China vetoed the draft. They said …": two parties that open a sentence
        // as its subject are the next sentence's "They", whatever they did
        if self.ctx.next_participants.is_none() {
            self.ctx.next_participants = opening_pair(&self.view, text);
        }
        // (a pair the sentences told, either way round, a list does not tell again)
        if self.last_heading.is_some() {
            for r in &relations[first_new..] {
                if r.kind.is_symmetric() {
                    self.told_pairs.insert(pair_key(r));
                }
            }
        }
        if let (Some(list), Some(host)) = (listing, &self.meeting_host) {
            introduce_listed_people(&mut self.ctx, &mut self.view, text, list.from);
            let listed = participants::listed_people(
                &self.ctx,
                &self.view,
                &ex.lexicon,
                self.doc,
                &s,
                list,
                host,
            );
            self.pending.extend(listed);
        }
        self.mentions.drain(..m_end);
        true
    }
}
