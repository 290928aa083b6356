//! Mention resolution: from matched surface forms to the actors a sentence is about.
//!
//! Everything here reads the gazetteer's facts and the lexicon's word lists; no code names a
//! particular person or country. In order, per sentence:
//! 1. gazetteer mentions: names and aliases directly; shared short names ("Kim") by who was
//!    named in full earlier in the document, then by who held office on the document's date;
//! 2. surnames of people introduced earlier in the document by title;
//! 3. title phrases: "French President Emmanuel Macron" (France qualifies Macron),
//!    "Estonian Foreign Minister Margus Tsahkna" (a new person), "the Ukrainian president"
//!    (the office holder on the document's date);
//! 4. demonyms: an actor before an actor noun ("Russian forces"), an adjective otherwise;
//! 5. quotation speakers: a person labelling a quotation ("Macron: “…”") or named beside a
//!    speech verb ("…,” Trump said");
//! 6. references by salience: "he", "the group", "member states", "26 countries", "I" in a
//!    quote, a title addressed in a quote ("Thank you, Mr. President").

use super::items::{ActorInfo, ActorRef, ItemKind, SentenceView, Via};
use super::lexicon::{Lexicon, ReferenceCondition, Referent, WordClass};
use super::matcher::Matcher;
use crate::date::Date;
use crate::fxhash::{FxHashMap, FxHashSet};
use crate::gazetteer::{
    EntityId, EntityIndex, EntityKind, Gazetteer, Office, OrganizationCategory, Role, SurfaceForm,
};
use crate::relation::{EntityRef, Relation};
use crate::syntax::SyntaxModel;

/// A person the gazetteer does not know, introduced in this document by title.
#[derive(Clone, Debug)]
pub(crate) struct NewPerson {
    pub name: String,
    pub surname: String,
    /// The country whose office the text gave them ("*Israeli* National Security Advisor
    /// Tzachi Hanegbi", "Minister of Energy X *of Saudi Arabia*"), if it did.
    pub home: Option<EntityIndex>,
    /// The title the text introduced them with, all its words in lower case ("mayor" for
    /// "*Mayor* Jane Castor"): "the Mayor" later is them, "the Secretary" is not "*Under
    /// Secretary of State* Jane Doe".
    pub title: Option<String>,
}

/// A party as mentioned: whether as a subject (not after a preposition), and where.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Salient {
    /// `None` for a person the gazetteer does not know ("Sondland said …"): it still takes
    /// "he" and "she", which then stay unresolved rather than jump to someone else.
    pub who: Option<ActorRef>,
    pub subject: bool,
    pub paragraph: usize,
}

/// How many recent mentions references and short names may reach back over.
pub(crate) const SALIENCE_WINDOW: usize = 256;

/// What one document has established so far.
pub(crate) struct DocContext<'e> {
    pub gazetteer: &'e Gazetteer,
    pub lexicon: &'e Lexicon,
    pub matcher: &'e Matcher,
    pub date: Option<Date>,
    pub new_people: Vec<NewPerson>,
    /// Parties in order of mention, most recent last; only the last [`SALIENCE_WINDOW`] or so
    /// are kept (an antecedent further back is no antecedent, and unbounded look-backs would
    /// make long documents quadratic).
    pub recent: Vec<Salient>,
    /// The current paragraph (line) index.
    pub paragraph: usize,
    /// Where in `recent` the current sentence's mentions begin.
    pub sentence_start: usize,
    /// The two people a "They" opening the current sentence stands for: those of a meeting or
    /// call the previous sentence told, or of its own opening "They".
    pub participants: Option<(ActorRef, ActorRef)>,
    /// The same for the next sentence (set as this one is read).
    pub next_participants: Option<(ActorRef, ActorRef)>,
    /// People named in full so far.
    pub named_in_full: FxHashSet<EntityIndex>,
    /// Their surnames (see [`surname_of`]), for the surnames the gazetteer leaves unlisted.
    pub surnames: FxHashMap<Box<str>, Vec<EntityIndex>>,
    /// The speaker of the current quotation.
    pub speaker: Option<ActorRef>,
    /// Who speaks in the first person outside quotations: the author a document's title
    /// names ("Statement from President Joe Biden on …").
    pub author: Option<ActorRef>,
    /// The syntax model, whose tag dictionary tells ordinary English words from names (none
    /// when syntax is turned off).
    pub syntax: Option<&'e SyntaxModel>,
}

impl<'e> DocContext<'e> {
    /// A person the gazetteer lacks, named in full as `name`, met here for the first time (or
    /// again, when the country of their office may become known): later mentions of
    /// `surname` are theirs.
    pub fn introduce(
        &mut self,
        name: String,
        surname: String,
        home: Option<EntityIndex>,
        title: Option<String>,
    ) -> ActorRef {
        let n = match self.new_people.iter().position(|p| p.name == name) {
            Some(n) => {
                let known = &mut self.new_people[n];
                known.home = known.home.or(home);
                known.title = known.title.take().or(title);
                n
            }
            None => {
                self.new_people.push(NewPerson {
                    name,
                    surname,
                    home,
                    title,
                });
                self.new_people.len() - 1
            }
        };
        ActorRef::New(n as u32)
    }

    /// Records a mention, forgetting the oldest beyond the salience window.
    pub fn remember(&mut self, s: Salient) {
        if self.recent.len() >= 2 * SALIENCE_WINDOW {
            self.recent.drain(..SALIENCE_WINDOW);
            self.sentence_start = self.sentence_start.saturating_sub(SALIENCE_WINDOW);
        }
        self.recent.push(s);
    }

    pub fn new(
        gazetteer: &'e Gazetteer,
        lexicon: &'e Lexicon,
        matcher: &'e Matcher,
        date: Option<Date>,
    ) -> Self {
        DocContext {
            gazetteer,
            lexicon,
            matcher,
            date,
            new_people: Vec::new(),
            recent: Vec::new(),
            paragraph: 0,
            sentence_start: 0,
            participants: None,
            next_participants: None,
            named_in_full: FxHashSet::default(),
            surnames: FxHashMap::default(),
            speaker: None,
            author: None,
            syntax: None,
        }
    }

    pub fn kind_of(&self, a: ActorRef) -> EntityKind {
        match a {
            ActorRef::Known(i) => self.gazetteer.entity(i).kind,
            ActorRef::New(_) => EntityKind::Person,
        }
    }

    /// The surname of a person, known or new (none for a name that is a style: "Charles III").
    pub fn surname(&self, a: ActorRef) -> Option<&str> {
        match a {
            ActorRef::Known(i) => {
                let e = self.gazetteer.entity(i);
                (e.kind == EntityKind::Person)
                    .then(|| surname_of(&e.name))
                    .flatten()
            }
            ActorRef::New(n) => self.new_people.get(n as usize).map(|p| p.surname.as_str()),
        }
    }

    pub fn entity_ref(&self, a: ActorRef) -> EntityRef {
        match a {
            ActorRef::Known(i) => EntityRef {
                cameo_actor: self.gazetteer.cameo_actor(i, self.date),
                ..EntityRef::of(self.gazetteer.entity(i))
            },
            ActorRef::New(n) => {
                let p = &self.new_people[n as usize];
                EntityRef {
                    id: crate::gazetteer::EntityId::person_from_name(&p.name),
                    name: p.name.clone(),
                    kind: EntityKind::Person,
                    wikidata: None,
                    cameo_actor: None,
                    // "John C. Rood" is as often "John Rood"
                    aliases: plain_name(&p.name).into_iter().collect(),
                }
            }
        }
    }

    pub fn org_category(&self, a: ActorRef) -> Option<OrganizationCategory> {
        match a {
            ActorRef::Known(i) => self
                .gazetteer
                .entity(i)
                .organization
                .as_ref()
                .map(|o| o.category),
            ActorRef::New(_) => None,
        }
    }

    /// Who held an office of `of` named by `title` on `date`: the surest holder of the first of
    /// `roles` that has one, a holder whose office is called exactly `title` ("President")
    /// before one of another title.
    fn office_holder(
        &self,
        of: &str,
        title: &str,
        roles: &[Role],
        date: Date,
    ) -> Option<EntityIndex> {
        roles.iter().find_map(|&role| {
            let holders: Vec<_> = self.gazetteer.office_holders(of, role, date).collect();
            holders
                .iter()
                .find(|(_, o)| o.title.eq_ignore_ascii_case(title))
                .or_else(|| holders.first())
                .and_then(|(person, _)| self.gazetteer.index_of(person.id.as_str()))
        })
    }

    /// Who held on `date` an office of `of` of no state role titled exactly `title` ("Queen",
    /// "Princess of Wales"): the consorts and titles of rank a country names.
    fn titled_holders<'s>(
        &'s self,
        of: &str,
        title: &'s str,
        date: Date,
    ) -> impl Iterator<Item = EntityIndex> + 's {
        self.gazetteer
            .office_holders(of, Role::Other, date)
            .filter(move |(_, o)| o.title.eq_ignore_ascii_case(title))
            .filter_map(|(person, _)| self.gazetteer.index_of(person.id.as_str()))
    }

    /// Records that person `e` has been named in full, so that their surname alone names them
    /// from now on.
    fn named_in_full_now(&mut self, e: EntityIndex) {
        if self.named_in_full.insert(e) {
            if let Some(surname) = surname_of(&self.gazetteer.entity(e).name) {
                self.surnames.entry(surname.into()).or_default().push(e);
            }
        }
    }

    fn resolve_candidates(&mut self, pattern: usize) -> Option<ActorRef> {
        let candidates = self.matcher.candidates_of(pattern);
        let mut full = candidates
            .iter()
            .filter(|c| c.form != SurfaceForm::ShortName);
        if let (Some(only), None) = (full.next(), full.next()) {
            let e = only.entity;
            if self.gazetteer.entity(e).kind == EntityKind::Person {
                self.named_in_full_now(e);
            }
            return Some(ActorRef::Known(e));
        }
        // a short name: whoever was named in full most recently, else the only one named in
        // full at all
        if let Some(s) = self.recent.iter().rev().find(|s| {
            matches!(s.who, Some(ActorRef::Known(i)) if candidates.iter().any(|c| c.entity == i) && self.named_in_full.contains(&i))
        }) {
            return s.who;
        }
        let mut named = candidates
            .iter()
            .filter(|c| self.named_in_full.contains(&c.entity));
        if let (Some(c), None) = (named.next(), named.next()) {
            return Some(ActorRef::Known(c.entity));
        }
        // otherwise whoever held office on the document's date, if exactly one did; a named
        // office (president, minister, envoy) before a mere membership of a government, so that
        // "Obama" is the president, not an official who shares the name
        match self.date {
            Some(date) => {
                let holding = |named_only: bool| -> Vec<EntityIndex> {
                    candidates
                        .iter()
                        .filter(|c| {
                            self.gazetteer.entity(c.entity).offices().iter().any(|o| {
                                o.vouches_for(date) && !(named_only && o.role == Role::Official)
                            })
                        })
                        .map(|c| c.entity)
                        .collect()
                };
                match holding(false).as_slice() {
                    [one] => Some(ActorRef::Known(*one)),
                    [] => None,
                    _ => match holding(true).as_slice() {
                        [one] => Some(ActorRef::Known(*one)),
                        _ => None,
                    },
                }
            }
            None => {
                let named: Vec<EntityIndex> = candidates
                    .iter()
                    .filter(|c| {
                        let offices = self.gazetteer.entity(c.entity).offices();
                        offices.is_empty() || offices.iter().any(|o| o.role != Role::Official)
                    })
                    .map(|c| c.entity)
                    .collect();
                match (candidates, named.as_slice()) {
                    ([one], _) => Some(ActorRef::Known(one.entity)),
                    (_, [one]) => Some(ActorRef::Known(*one)),
                    _ => None,
                }
            }
        }
    }
}

/// The end of the run of title words that starts at item `i` ("Foreign Minister", "Secretary
/// of State"), if a title starts there.
fn title_run_end(view: &SentenceView, i: usize) -> Option<usize> {
    let starts = view.items.get(i).is_some_and(|it| it.is_word())
        && view.is(i, WordClass::TITLE_WORD)
        && !view.is(i, WordClass::PREPOSITION);
    if !starts {
        return None;
    }
    let mut j = i;
    while j < view.len() && view.items[j].is_word() && view.is(j, WordClass::TITLE_WORD) {
        j += 1;
    }
    Some(j)
}

/// The start of the run of title words that ends right before item `i` (`i` itself if none).
fn title_run_start(view: &SentenceView, i: usize) -> usize {
    let mut a = i;
    while a > 0 && view.items[a - 1].is_word() && view.is(a - 1, WordClass::TITLE_WORD) {
        a -= 1;
    }
    a
}

/// Whether the month name at `i` is rather a surname ("Theresa May … *Mrs May* said", "thanked
/// *May* for"): after a title, or standing where no date does — not after a preposition, a
/// determiner or a word of time ("in May", "last May", "expiring May"), not before a number
/// ("May 5", "May 2019"), and not a sentence's opening modal ("May God bless …").
fn month_names_person(view: &SentenceView, doc: &str, i: usize) -> bool {
    let titled = i > 0
        && view.items[i - 1].is_word()
        && view.is(i - 1, WordClass::COURTESY_TITLE | WordClass::TITLE_WORD);
    if titled {
        return true;
    }
    let next_is_number = view.items.get(i + 1).is_some_and(|_| {
        view.text(doc, i + 1)
            .starts_with(|c: char| c.is_ascii_digit())
    });
    let dated_before = i > 0
        && (view.is(
            i - 1,
            WordClass::PREPOSITION | WordClass::DETERMINER | WordClass::NUMBER_WORD,
        ) || matches!(
            view.lower(i - 1),
            "early"
                | "mid"
                | "late"
                | "last"
                | "next"
                | "this"
                | "that"
                | "each"
                | "every"
                | "since"
                | "until"
                | "till"
                | "through"
                | "expiring"
                | "beyond"
                | "and"
                | "or"
                | "to"
                | "-"
        ) || view
            .text(doc, i - 1)
            .starts_with(|c: char| c.is_ascii_digit()));
    let modal = i == 0
        && view.items.get(i + 1).is_some_and(|_| {
            view.is(i + 1, WordClass::SUBJECT_PRONOUN | WordClass::DETERMINER)
                || view.lower(i + 1) == "god"
        });
    !next_is_number && !dated_before && !modal
}

/// The state that `leader` headed on the document's date (any, without a date).
fn state_led_by(ctx: &DocContext<'_>, leader: EntityIndex) -> Option<EntityIndex> {
    leading_office(ctx, leader).and_then(|o| ctx.gazetteer.index_of(o.of.as_str()))
}

/// The office by which `leader` heads a state or government on the document's date (or
/// headed it last before).
fn leading_office<'g>(ctx: &DocContext<'g>, leader: EntityIndex) -> Option<&'g Office> {
    let heads = || {
        ctx.gazetteer
            .entity(leader)
            .offices()
            .iter()
            .filter(|o| matches!(o.role, Role::HeadOfState | Role::HeadOfGovernment))
    };
    // (or led before: "the Obama administration announced sanctions" in a 2017 article names
    // the government he had headed, not the man)
    heads()
        .find(|o| ctx.date.is_none_or(|d| o.covers(d)))
        .or_else(|| {
            let date = ctx.date?;
            heads()
                .filter_map(|o| Some((o.start?.first_day(), o)))
                .filter(|&(start, _)| start <= date)
                .max_by_key(|&(start, _)| start)
                .map(|(_, o)| o)
        })
}

/// The country of which the country's name at item `i` also names a division, where the
/// sentence reads it so: a division's title holds it ("Governor Brian Kemp *of Georgia*",
/// "Sen. … of Georgia"), or the sentence names other places of that country ("will travel to
/// *Georgia* and North Carolina"). Places the gazetteer names as actors ("Washington") do not
/// count: they name the state, not a place in it.
fn division_reading(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    i: usize,
) -> Option<EntityIndex> {
    let sets = &ctx.lexicon.word_sets;
    let other = ctx
        .gazetteer
        .index_of(sets.division_homonyms.get(view.text(doc, i))?)?;
    // "Governor Brian Kemp of": the title, then the name's capitalised words or mention
    let titled = i >= 2 && view.lower(i - 1) == "of" && {
        let mut k = i - 2;
        while k > 0
            && i - k <= 6
            && (view.items[k].actor().is_some()
                || view.is_capitalised_word(doc, k)
                || view.lower(k) == ".")
            && !sets.division_titles.contains(view.lower(k))
        {
            k -= 1;
        }
        k + 2 < i && sets.division_titles.contains(view.lower(k))
    };
    let places = super::places::PlaceBook::bundled();
    let place_of_other = |k: usize| {
        k != i
            && view.items[k].actor().is_none()
            && view.is_capitalised_word(doc, k)
            && places
                .country_at(ctx.gazetteer, view, doc, k)
                .is_some_and(|(c, _)| c == ActorRef::Known(other))
    };
    (titled || (0..view.len()).any(place_of_other)).then_some(other)
}

/// Whether a leader's name before `word` names the government they head ("the Obama
/// *administration*").
fn is_government_noun(word: &str) -> bool {
    matches!(word, "administration" | "government" | "cabinet")
}

/// Whether an actor noun of one or two words follows the demonym at item `i` ("Chinese
/// *officials*", "the Russian *foreign ministry*", "her Kenyan *counterparts*") and no person
/// right after the noun says whom it names ("French counterparts *Catherine Colonna* and …").
fn heads_actor_noun(ctx: &DocContext<'_>, view: &SentenceView, i: usize) -> bool {
    let word = |k: usize| (k < view.len() && view.items[k].is_word()).then(|| view.lower(k));
    // (a possessor's counterparts are never the possessor, so the plural is no actor noun
    // of the lexicon; after a demonym it names that state's office holders all the same)
    let noun_end = match (word(i + 1), word(i + 2)) {
        (Some(a), _) if a == "counterparts" || view.is(i + 1, WordClass::ACTOR_NOUN) => i + 2,
        (Some(a), Some(b)) if ctx.lexicon.word_sets.is_pair(a, b, WordClass::ACTOR_NOUN) => i + 3,
        _ => return false,
    };
    let person_after = view
        .items
        .get(noun_end)
        .and_then(|it| it.party())
        .is_some_and(|p| ctx.kind_of(p) == EntityKind::Person);
    !person_after
}

/// Whether the demonym at `i` is one of several countries joined before an actor noun: "the
/// *French* and German leaders", "*Japanese*, South Korean and U.S. officials" — each names its
/// state, as the last one does.
fn coordinated_before_actor_noun(ctx: &DocContext<'_>, view: &SentenceView, i: usize) -> bool {
    const MAX_COUNTRIES: usize = 6;
    let country = |k: usize| {
        view.items
            .get(k)
            .and_then(|it| it.actor())
            .is_some_and(|a| {
                !a.possessive
                    && !a.modifier
                    && a.who.is_some_and(|w| ctx.kind_of(w) == EntityKind::Country)
            })
    };
    let mut at = i;
    for _ in 0..MAX_COUNTRIES {
        let joined = at + 2 < view.len() && matches!(view.lower(at + 1), "and" | ",");
        // ("French, and German": a serial comma before the last)
        let next = if joined && view.lower(at + 1) == "," && view.lower(at + 2) == "and" {
            at + 3
        } else {
            at + 2
        };
        if !joined || !country(next) {
            return false;
        }
        if heads_actor_noun(ctx, view, next) {
            return true;
        }
        at = next;
    }
    false
}

/// The person named in full in this document whose surname is `word`: the only one, or of
/// several the latest mentioned.
fn named_person_by_surname(ctx: &DocContext<'_>, word: &str) -> Option<EntityIndex> {
    match ctx.surnames.get(word)?.as_slice() {
        [only] => Some(*only),
        several => ctx.recent.iter().rev().find_map(|s| match s.who {
            Some(ActorRef::Known(p)) if several.contains(&p) => Some(p),
            _ => None,
        }),
    }
}

/// The one person named in full in this document whose name (or an alias, past a courtesy
/// title such as "Sheikh") opens with `given` and goes on: "Mohamed" for "Mohamed bin Zayed Al
/// Nahyan". None where two such people were named.
fn person_by_given_name(ctx: &DocContext<'_>, given: &str) -> Option<EntityIndex> {
    let word_sets = &ctx.lexicon.word_sets;
    let opens = |name: &str| {
        // (most names do not hold the word at all: no need to split them)
        if !name.contains(given) {
            return false;
        }
        let mut words = name.split_whitespace().skip_while(|w| {
            word_sets
                .class_of(&w.to_lowercase())
                .has(WordClass::COURTESY_TITLE)
        });
        words.next() == Some(given) && words.next().is_some()
    };
    let mut found = ctx.named_in_full.iter().filter(|&&e| {
        let person = ctx.gazetteer.entity(e);
        person.kind == EntityKind::Person
            && (opens(&person.name) || person.aliases.iter().any(|a| opens(a)))
    });
    let first = *found.next()?;
    found.next().is_none().then_some(first)
}

/// The person new to the gazetteer that this document introduced with `surname`: the only
/// one, or of several the latest mentioned ("Jorge Rodríguez … Delcy Rodríguez … Rodríguez
/// said").
fn new_person_by_surname(ctx: &DocContext<'_>, surname: &str) -> Option<usize> {
    let mut ids = ctx
        .new_people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.surname == surname)
        .map(|(n, _)| n);
    let first = ids.next()?;
    if ids.next().is_none() {
        return Some(first);
    }
    let latest = ctx.recent.iter().rev().find_map(|s| match s.who {
        Some(ActorRef::New(m)) if ctx.new_people[m as usize].surname == surname => Some(m as usize),
        _ => None,
    });
    latest.or_else(|| ctx.new_people.iter().rposition(|p| p.surname == surname))
}

/// Whom a surname names where this document introduced person `n` (new to the gazetteer) by
/// it: that person, unless a person the gazetteer knows, of the same surname, was named in full
/// since ("Jorge Rodríguez, president of … interim President Delcy Rodríguez … Rodríguez
/// said").
fn surname_owner(ctx: &DocContext<'_>, surname: &str, n: usize) -> ActorRef {
    let new = ActorRef::New(n as u32);
    let known = ctx
        .surnames
        .get(surname)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let latest = ctx.recent.iter().rev().find_map(|s| match s.who {
        Some(w) if w == new => Some(w),
        Some(ActorRef::Known(e)) if known.contains(&e) => Some(ActorRef::Known(e)),
        _ => None,
    });
    latest.unwrap_or(new)
}

/// The surname a person's canonical name ends with ("Ali" of "Irfaan Ali"), if it is one: a
/// capitalised word of three letters or more, in a name that is no style ("Abdullah II of
/// Jordan", "Charles III").
fn surname_of(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let last = words.next_back()?;
    words.next_back()?;
    let is_word = last.chars().count() >= 3
        && last.starts_with(|c: char| c.is_uppercase())
        && last
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !last.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    (is_word && !name.contains(" of ")).then_some(last)
}

/// Makes the name words `name` one actor item for a person the gazetteer does not know, named
/// by the text from item `from` (the name, or the title and name: "Pope Francis") — the same
/// person as any earlier one of that name in the document.
fn introduce_person(
    ctx: &mut DocContext<'_>,
    view: &mut SentenceView,
    doc: &str,
    mut from: usize,
    mut name: std::ops::Range<usize>,
    home: Option<EntityIndex>,
    title: Option<String>,
) {
    // an ordinary English word that is no given name, before two words more, is the end of
    // the title before the name: "Chief *Scout* Dwayne Fields"
    while name.len() > 2
        && from == name.start
        && ctx
            .syntax
            .is_some_and(|model| model.is_common_word(view.text(doc, name.start)))
        && !ctx.gazetteer.is_given_name(view.text(doc, name.start))
    {
        name.start += 1;
        from += 1;
    }
    // words that are no name: every one an ordinary English word, none a given name ("Chief
    // *Operating Officer*", but "Secretary *Bill Burns*")
    let ordinary_words = ctx.syntax.is_some_and(|model| {
        name.clone().all(|m| {
            let text = view.text(doc, m);
            model.is_common_word(text) && !ctx.gazetteer.is_given_name(text)
        })
    });
    // (nor is a phrase with a possessive inside: "President *Biden's Investing* in America")
    let possessive_inside = (name.start..name.end - 1).any(|m| {
        is_possessive_word(view.text(doc, m))
            || view.items[m].actor().is_some_and(|a| a.possessive)
            || apostrophe_after(view, doc, m)
    });
    if ordinary_words || possessive_inside {
        return;
    }
    // ("Gordon Sondland's": the person is named without the possessive)
    let unpossessed = |t: &str| possessive_stem(t).unwrap_or(t).to_owned();
    let full = unpossessed(&doc[view.items[from].start..view.items[name.end - 1].end]);
    // "Lloyd J. Austin III" is the gazetteer's "Lloyd Austin": a name that is a known
    // person's but for middle initials and a numeral is theirs
    let known = plain_name(&full).and_then(|plain| {
        let mut people = ctx
            .gazetteer
            .find_by_name(&plain)
            .filter(|e| e.kind == EntityKind::Person);
        let person = people.next()?;
        people
            .next()
            .is_none()
            .then(|| ctx.gazetteer.index_of(person.id.as_str()))
            .flatten()
    });
    if let Some(person) = known {
        view.collapse(
            name.start,
            name.end,
            actor(ActorRef::Known(person), Via::Form(SurfaceForm::Name)),
        );
        return;
    }
    let surname = unpossessed(view.text(doc, name.end - 1));
    let who = ctx.introduce(full, surname, home, title);
    view.collapse(name.start, name.end, actor(who, Via::NewName));
}

/// The country an office of `q` is held in: `q` itself, or the country of a national body
/// ("the Pentagon"); not where an international body sits ("North Korea's *UN* ambassador"
/// is no American).
fn country_of_office(ctx: &DocContext<'_>, q: EntityIndex) -> Option<EntityIndex> {
    let entity = ctx.gazetteer.entity(q);
    if entity.kind == EntityKind::Country {
        return Some(q);
    }
    let country = entity.organization.as_ref()?.country.as_ref()?;
    ctx.gazetteer.index_of(country.as_str())
}

/// Whether item `k` is a full stop (an abbreviation's period: "Sen*.*", "Dr*.*").
fn is_period(view: &SentenceView, k: usize) -> bool {
    view.items
        .get(k)
        .is_some_and(|it| matches!(it.kind, ItemKind::Punct))
        && view.lower(k) == "."
}

/// Past the periods of abbreviated titles and the title words after them, from item `j`
/// right after a title word: "Sen*.* Asa Hutchinson", "Lt*. Gen.* Michael Flynn".
fn past_abbreviated_titles(view: &SentenceView, doc: &str, mut j: usize) -> usize {
    while j > 0
        && is_period(view, j)
        && view.items[j - 1].is_word()
        && view.is(j - 1, WordClass::TITLE_WORD)
        && view.text(doc, j - 1).chars().count() <= 4
        && view.items[j].start == view.items[j - 1].end
    {
        j += 1;
        while j < view.len() && view.items[j].is_word() && view.is(j, WordClass::TITLE_WORD) {
            j += 1;
        }
    }
    j
}

/// Past a courtesy title between an office and a name ("Advisor *Dr.* Eyal Hulata"): the
/// title word itself, or only its period when the office's words took the word.
fn past_courtesy_title(view: &SentenceView, j: usize) -> usize {
    if j > 0
        && is_period(view, j)
        && view.items[j - 1].is_word()
        && view.is(j - 1, WordClass::COURTESY_TITLE)
    {
        return j + 1;
    }
    if view.items.get(j).is_some_and(|it| it.is_word()) && view.is(j, WordClass::COURTESY_TITLE) {
        return if is_period(view, j + 1) { j + 2 } else { j + 1 };
    }
    j
}

/// `name` without its middle initials and then a regnal-style number ("Lloyd J. Austin III" →
/// "Lloyd Austin"), if it has initials and two words remain. ("Jr." stays: a son is not his
/// father.)
fn plain_name(name: &str) -> Option<String> {
    let initial = |w: &str| {
        let mut chars = w.chars();
        matches!(
            (chars.next(), chars.next(), chars.next()),
            (Some(c), Some('.'), None) if c.is_uppercase()
        )
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut kept: Vec<&str> = words.iter().copied().filter(|w| !initial(w)).collect();
    if kept.len() == words.len() {
        return None;
    }
    if kept.len() > 2 && matches!(kept.last().copied(), Some("II" | "III" | "IV")) {
        kept.pop();
    }
    (kept.len() >= 2).then(|| kept.join(" "))
}

/// The end of a run of at most `max` name words from item `j`: capitalised words that are no
/// title words, with middle initials ("Eduardo M. Año") inside, never first or last.
fn name_run_end(view: &SentenceView, doc: &str, j: usize, max: usize) -> usize {
    let mut k = j;
    let mut words = 0;
    while k < view.len() && words < max {
        // a short name that could not stand alone here ("Simon *Harris*", "Pope *Francis*"
        // when the gazetteer knows another Harris or Francis) is a name word like any other
        if is_unresolved_short_name(view, k) {
            words += 1;
            k += 1;
            continue;
        }
        if !view.items[k].is_word() {
            break;
        }
        let text = view.text(doc, k);
        // (a capitalised preposition or article past the first word is a headline's:
        // "Secretary Vilsack *To* Highlight …")
        if k > j && view.is(k, WordClass::PREPOSITION | WordClass::DETERMINER) {
            break;
        }
        if is_capitalised_name_word(text) && !view.is(k, WordClass::TITLE_WORD) {
            words += 1;
            k += 1;
            // (a hyphenated name is one word: "Douste-*Blazy*")
            let joined = |m: usize| {
                view.items
                    .get(m)
                    .is_some_and(|it| it.start == view.items[m - 1].end)
            };
            if joined(k)
                && joined(k + 1)
                && view.lower(k) == "-"
                && view.items[k + 1].is_word()
                && is_capitalised_name_word(view.text(doc, k + 1))
            {
                k += 2;
            }
            continue;
        }
        // a regnal number ends a name: "Charles III"
        if k > j && matches!(text, "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII") {
            k += 1;
            break;
        }
        let initial = k > j
            && text.chars().count() == 1
            && text.starts_with(char::is_uppercase)
            && view
                .items
                .get(k + 1)
                .is_some_and(|it| matches!(it.kind, ItemKind::Punct))
            && view.lower(k + 1) == "."
            && view.items.get(k + 2).is_some_and(|it| {
                (it.is_word() && is_capitalised_name_word(view.text(doc, k + 2)))
                    || is_unresolved_short_name(view, k + 2)
            });
        if initial {
            k += 2;
            continue;
        }
        break;
    }
    k
}

fn is_capitalised_name_word(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => chars.any(|c| c.is_lowercase()) && !s.contains('.'),
        _ => false,
    }
}

/// Whether item `m`, right before a given name, shows that name to continue a longer one
/// ("Sheikh Mohamed bin Zayed *Al Nahyan*", "Fort Lee") or to be a journalist's, whom a
/// source talks to on the record ("CNN's Dana Bash", "host Stephen Colbert").
fn continues_name_or_names_a_journalist(view: &SentenceView, doc: &str, m: usize) -> bool {
    let it = &view.items[m];
    // (a name or a possessive before it: "Zayed *Al Nahyan*", "Iran's *Javad* …"; a qualifier
    // or a pronoun is no part of the name)
    if it
        .actor()
        .is_some_and(|a| a.possessive || (a.via != Via::Reference && !a.modifier && !a.adjective))
    {
        return true;
    }
    if !it.is_word() {
        // "CBN News' David Brody"
        return matches!(view.lower(m), "'" | "\u{2019}")
            && m > 0
            && view.text(doc, m - 1).ends_with('s');
    }
    super::arguments::capitalised_unknown(view, doc, m)
        || is_possessive_word(view.text(doc, m))
        || view.is(m, WordClass::MEDIUM_NOUN)
        || matches!(
            view.lower(m),
            "host"
                | "anchor"
                | "correspondent"
                | "reporter"
                | "journalist"
                | "columnist"
                | "editor"
                | "interviewer"
                | "moderator"
                | "commentator"
        )
}

/// Whether an apostrophe stands between item `m` and the next: the possessive of a mention
/// the view does not hold ("Trump*'s* Joint …").
fn apostrophe_after(view: &SentenceView, doc: &str, m: usize) -> bool {
    doc[view.items[m].end..view.items[m + 1].start].contains(['\'', '\u{2019}'])
}

/// A word ending in a possessive "'s".
fn is_possessive_word(text: &str) -> bool {
    possessive_stem(text).is_some()
}

/// The word without its possessive ending, where it has one ("Walz's" → "Walz").
fn possessive_stem(text: &str) -> Option<&str> {
    text.strip_suffix("'s")
        .or_else(|| text.strip_suffix("\u{2019}s"))
}

/// Resolves the actors of one sentence in place, updating the document context.
pub(crate) fn resolve_sentence(ctx: &mut DocContext<'_>, view: &mut SentenceView, doc: &str) {
    let lex = ctx.lexicon;
    let words = &lex.word_sets;
    ctx.sentence_start = ctx.recent.len();
    ctx.participants = ctx.next_participants.take();

    // 1. gazetteer mentions
    let mut with_given_name = Vec::new();
    for i in 0..view.len() {
        let pattern = match view.items[i].actor() {
            Some(ActorInfo {
                mention: Some(p), ..
            }) => *p,
            _ => continue,
        };
        let mut who = ctx.resolve_candidates(pattern);
        let short_name = view.items[i]
            .actor()
            .is_some_and(|a| a.via == Via::Form(SurfaceForm::ShortName));
        // "Vice President Harris" while several Harrises held office: the one whose office
        // the title names
        if who.is_none() && short_name {
            who = holder_by_title(ctx, view, i, pattern);
        }
        // a surname shared with someone this document introduced by title ("Chief of Staff
        // John Kelly … Kelly said") is that person, unless the gazetteer's own was named in
        // full or holds the office a title before it names ("*President* Biden" after "James
        // Biden")
        if short_name && !ctx.new_people.is_empty() {
            let named = matches!(who, Some(ActorRef::Known(e)) if ctx.named_in_full.contains(&e));
            let text = view.text(doc, i);
            if let Some(n) = new_person_by_surname(ctx, text) {
                let titled = || who.is_some() && holder_by_title(ctx, view, i, pattern) == who;
                if !named && !titled() {
                    who = Some(surname_owner(ctx, text, n));
                }
            }
        }
        // a short name inside a longer name or a date is no mention: "Kim Kye-gwan", "May 16"
        if short_name {
            let next = view
                .items
                .get(i + 1)
                .filter(|n| n.is_word())
                .map(|_| view.text(doc, i + 1));
            let digit_after = next.is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
            // "Mohammed bin Zayed", "Ali al-Sistani": a particle continues a longer name, and so
            // does another surname ("Teodoro Ramos")
            // ("the Biden *Administration*" names the government, not another Biden)
            let governs_after = view.items.get(i + 1).is_some_and(|n| n.is_word())
                && is_government_noun(view.lower(i + 1));
            // (a possessive ends the name: "Trump's *Joint* Press Conference")
            let possessive = i + 1 < view.len() && apostrophe_after(view, doc, i);
            let name_after = (super::arguments::capitalised_unknown(view, doc, i + 1)
                && !governs_after
                && !possessive)
                || is_short_name_mention(view, i + 1)
                || next.is_some_and(|t| {
                    matches!(
                        t,
                        "bin"
                            | "ibn"
                            | "bint"
                            | "binti"
                            | "al"
                            | "el"
                            | "van"
                            | "von"
                            | "de"
                            | "del"
                            | "da"
                            | "dos"
                    ) || t.starts_with("al-")
                        || t.starts_with("el-")
                });
            // (but a given name before the surname is the same person named without a middle
            // name: "Adel al-Jubeir" for Adel Ahmed Al-Jubeir)
            // (past a middle initial: "Ferdinand *R.* Marcos")
            let given_at = if i >= 3
                && view.lower(i - 1) == "."
                && view.items[i - 2].is_word()
                && view.text(doc, i - 2).len() == 1
                && view
                    .text(doc, i - 2)
                    .starts_with(|c: char| c.is_ascii_uppercase())
            {
                i - 3
            } else {
                i.saturating_sub(1)
            };
            // (of several people so called, the one whose given name it is: "Michael D.
            // *Higgins*" is the Irish president, not a congressman Higgins)
            let given = (i > 0 && view.items[given_at].is_word()).then(|| view.text(doc, given_at));
            // (a title or a lower-case word before it is no given name: no need to look)
            let may_be_given = given.is_some()
                && view.class(given_at) == WordClass::NONE
                && view.is_capitalised_word(doc, given_at);
            if let Some(given) = given
                .filter(|_| may_be_given)
                .filter(|g| !who.is_some_and(|w| given_name_of(ctx, w, g)))
            {
                // (named so in full, given name and surname: "Ali Zaidi" is no Ali Falih
                // Al-Zaidi)
                let full = format!("{given} {}", view.text(doc, i));
                let mut named = ctx
                    .matcher
                    .candidates_of(pattern)
                    .iter()
                    .filter(|c| {
                        let e = ctx.gazetteer.entity(c.entity);
                        e.kind == EntityKind::Person
                            && std::iter::once(&e.name)
                                .chain(&e.aliases)
                                .any(|n| n.eq_ignore_ascii_case(&full))
                    })
                    .map(|c| ActorRef::Known(c.entity));
                if let (Some(only), None) = (named.next(), named.next()) {
                    who = Some(only);
                }
            }
            let given_name_before =
                given.is_some_and(|g| who.is_some_and(|w| given_name_of(ctx, w, g)));
            // (where a sentence opens, a capital says nothing, but a word the treebank never
            // used as an ordinary one does, when English gives it as a first name or it has no
            // English ending: "*Hunter* Biden met …", "*Tiffany* Trump said …" name neither
            // president; "*Ailing* Mugabe", "*Presidents* Macron and Lula" are no names)
            // (a generational suffix is no surname: "Trump *Jr.*")
            let suffix = matches!(view.lower(i).trim_end_matches('.'), "jr" | "sr");
            let opening_name = i > 0
                && !suffix
                && view.items[i - 1].is_word()
                && !view.title_case
                && !view.headline
                && view.is_sentence_start(i - 1)
                && ctx.syntax.is_some_and(|model| {
                    let word = view.text(doc, i - 1);
                    // (a compound is no given name either: "*High-level* Biden envoys")
                    let plain = word.chars().all(char::is_alphabetic)
                        && !["s", "ed", "ing", "ly"]
                            .iter()
                            .any(|ending| view.lower(i - 1).ends_with(ending));
                    unknown_name_word(view, doc, model, i - 1)
                        && (words.masculine_given_names.contains(word)
                            || words.feminine_given_names.contains(word)
                            || plain)
                });
            let name_before = i > 0
                && (super::arguments::capitalised_unknown(view, doc, i - 1)
                    || is_short_name_mention(view, i - 1)
                    || opening_name)
                && !given_name_before;
            if given_name_before {
                with_given_name.push((given_at, i));
            }
            // (or all of a candidate's names, spelt a little differently: "Phil Gordon" for
            // Philip Gordon, "Mishal Al-Ahmad Al-Jabir Al-Sabah" for … Al-Jaber Al-Sabah)
            // (or one the other rules let pass, written with a hyphen or "El": "Abdel-Fattah
            // El Sisi"; a title before it is no name)
            let spelt_otherwise = i > 0
                && ((view.is_capitalised_word(doc, i - 1) && view.class(i - 1) == WordClass::NONE)
                    || view.lower(i - 1) == "-");
            let variant = if name_before || spelt_otherwise {
                full_name_variant(ctx, view, doc, i, pattern)
            } else {
                None
            };
            if let Some((e, from)) = variant {
                who = Some(ActorRef::Known(e));
                with_given_name.push((from, i));
            }
            let name_before = name_before && variant.is_none();
            // "broadcaster Kan", "the daily Haaretz": a medium's name
            let medium_before =
                i > 0 && view.items[i - 1].is_word() && view.is(i - 1, WordClass::MEDIUM_NOUN);
            if digit_after
                || name_after
                || name_before
                || medium_before
                || !title_fits(ctx, view, lex, i, who)
            {
                who = None;
            }
        }
        // a one-word alias of an organization inside a longer name is none of its mentions:
        // "the National *Congress*", "the *Congress* party" ("Congress" alone is the US one)
        let one_word_alias = view.items[i]
            .actor()
            .is_some_and(|a| a.via == Via::Form(SurfaceForm::Alias))
            && !view.text(doc, i).contains(' ')
            && who.is_some_and(|w| ctx.kind_of(w) == EntityKind::Organization);
        if one_word_alias {
            let name_before = i > 0 && super::arguments::capitalised_unknown(view, doc, i - 1);
            let party_after = view
                .items
                .get(i + 1)
                .is_some_and(|n| n.is_word() && view.lower(i + 1).starts_with("party"));
            if name_before || party_after {
                who = None;
            }
        }
        // "Donald Trump Jr.", "Ferdinand Marcos Jr": a generational suffix names someone else
        let suffixed = view.items.get(i + 1).is_some_and(|n| n.is_word())
            && matches!(view.lower(i + 1), "jr" | "sr" | "ii" | "iii" | "iv");
        if suffixed && who.is_some_and(|w| ctx.kind_of(w) == EntityKind::Person) {
            who = None;
        }
        // a country's name that ends a longer place's name is no mention of it: "New *Mexico*",
        // "Northern *Ireland*", "Inner *Mongolia*"
        let country = |w: Option<ActorRef>| matches!(w, Some(ActorRef::Known(e)) if ctx.gazetteer.entity(e).kind == EntityKind::Country);
        // (or a world region's: "Latin *America*")
        let ends_place_name = i > 0
            && view.items[i - 1].is_word()
            && view.is_capitalised_word(doc, i - 1)
            && country(who)
            && {
                let longer = &doc[view.items[i - 1].start..view.items[i].end];
                super::places::PlaceBook::bundled()
                    .country_of(longer)
                    .is_some()
                    || lex
                        .words()
                        .world_regions
                        .iter()
                        .any(|r| r.eq_ignore_ascii_case(longer))
            };
        if ends_place_name {
            who = None;
        }
        let named = view.items[i]
            .actor()
            .is_some_and(|a| a.via != Via::Form(SurfaceForm::Demonym));
        if country(who) && named {
            if let Some(other) = division_reading(ctx, view, doc, i) {
                who = Some(ActorRef::Known(other));
            }
        }
        let place_like = country(who) && named;
        if let Some(a) = view.items[i].actor_mut() {
            a.who = who;
            a.place_like = place_like;
        }
    }

    // the given name joins its surname's mention, last first so that indices hold
    // (given name and surname are the person's name in full: "Rex W. Tillerson")
    for &(from, i) in with_given_name.iter().rev() {
        if let Some(mut info) = view.items[i].actor().cloned().filter(|a| a.who.is_some()) {
            if let Some(ActorRef::Known(e)) = info.who {
                info.via = Via::Form(SurfaceForm::Name);
                ctx.named_in_full_now(e);
            }
            view.collapse(from, i + 1, info);
        }
    }

    // 2. surnames of people introduced earlier
    if !ctx.new_people.is_empty() {
        let mut i = 0;
        while i < view.len() {
            let text = view.text(doc, i);
            // surnames are capitalised: most words are rejected by their first letter
            if !view.items[i].is_word() || !text.starts_with(|c: char| c.is_uppercase()) {
                i += 1;
                continue;
            }
            let bare = possessive_stem(text);
            let surname = bare.unwrap_or(text);
            let Some(n) = new_person_by_surname(ctx, surname) else {
                i += 1;
                continue;
            };
            // a person the gazetteer knows, of that surname and named in full since, is the
            // one meant (step 2b): "Jorge Rodríguez, president of … interim President Delcy
            // Rodríguez … Rodríguez said"
            if surname_owner(ctx, surname, n) != ActorRef::New(n as u32) {
                i += 1;
                continue;
            }
            let mut info = actor(ActorRef::New(n as u32), Via::NewName);
            info.possessive = bare.is_some();
            // the given name before it belongs to the mention ("Governor *Tim* Walz" after
            // "Tim Walz's signature")
            let name = &ctx.new_people[n].name;
            let given_before = i > 0
                && view.items[i - 1].is_word()
                && doc[view.items[i - 1].start..view.items[i].end]
                    .strip_suffix(text)
                    .is_some_and(|given| name.strip_suffix(bare.unwrap_or(text)) == Some(given));
            let from = if given_before { i - 1 } else { i };
            view.collapse(from, i + 1, info);
            i = from + 1;
        }
    }

    // 2b. surnames of people the gazetteer knows, named in full earlier in the document
    // ("President Irfaan Ali … thanked President *Ali*"): the gazetteer lists no short name
    // shared by many ("Ali", "Khan"), but within one document it is the person named
    if !ctx.named_in_full.is_empty() {
        for i in 0..view.len() {
            let plain = view.class(i) == WordClass::NONE
                || (view.is(i, WordClass::MONTH) && month_names_person(view, doc, i));
            if !view.items[i].is_word() || !plain {
                continue;
            }
            let text = view.text(doc, i);
            if !text.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            // another name of that family ("Eric Trump", "Donald Trump Jr.") is someone else
            let given_name_before = i > 0
                && view.items[i - 1].is_word()
                && view.class(i - 1) == WordClass::NONE
                && view
                    .text(doc, i - 1)
                    .starts_with(|c: char| c.is_uppercase());
            let suffix_after = i + 1 < view.len()
                && view.items[i + 1].is_word()
                && matches!(view.lower(i + 1), "jr" | "sr" | "ii" | "iii" | "iv");
            if given_name_before || suffix_after {
                continue;
            }
            if let Some(p) = named_person_by_surname(ctx, text) {
                view.collapse(
                    i,
                    i + 1,
                    actor(ActorRef::Known(p), Via::Form(SurfaceForm::ShortName)),
                );
            }
        }
    }

    // 2c. a title and the given name of someone named in full earlier ("Sheikh Mohamed bin
    //     Zayed … President Sheikh *Mohamed*'s visit", "King *Abdullah*"): that person, where
    //     only one person so named was
    if !ctx.named_in_full.is_empty() {
        for i in 1..view.len() {
            let titled = view.items[i - 1].is_word()
                && view.is(i - 1, WordClass::TITLE_WORD | WordClass::COURTESY_TITLE);
            let word = view.items[i].is_word() || is_unresolved_short_name(view, i);
            if !titled || !word || !view.text(doc, i).starts_with(char::is_uppercase) {
                continue;
            }
            // the name alone: no other name word follows ("Foreign Minister Mohammed *Kamel*
            // Amr" is someone else)
            let more_name = view.items.get(i + 1).is_some_and(|n| {
                n.actor().is_some()
                    || (n.is_word() && view.text(doc, i + 1).starts_with(char::is_uppercase))
            });
            if more_name {
                continue;
            }
            let text = view.text(doc, i);
            let bare = possessive_stem(text);
            // (and the title must fit: "negotiator Kim" is not Kim Jong Un)
            let person = person_by_given_name(ctx, bare.unwrap_or(text))
                .filter(|&p| title_fits(ctx, view, lex, i, Some(ActorRef::Known(p))));
            if let Some(p) = person {
                let mut info = actor(ActorRef::Known(p), Via::Form(SurfaceForm::ShortName));
                info.possessive = bare.is_some();
                view.collapse(i, i + 1, info);
            }
        }
    }

    // 3. title phrases
    let mut i = 0;
    while i < view.len() {
        let qualifier = match view.items[i].actor() {
            Some(a) if matches!(a.via, Via::Form(f) if f != SurfaceForm::ShortName) => a.who,
            _ => None,
        };
        let Some(ActorRef::Known(q)) = qualifier else {
            i += 1;
            continue;
        };
        if ctx.gazetteer.entity(q).kind == EntityKind::Person {
            i += 1;
            continue;
        }
        // (past a body of the qualifier's that the gazetteer does not name, where a person
        // follows the title: "Chinese Communist Party *Politburo* Member Yang Jiechi")
        let body_words = (i + 1..view.len().min(i + 3))
            .take_while(|&b| view.is_capitalised_word(doc, b) && !view.is(b, WordClass::TITLE_WORD))
            .count();
        let title_from = |from: usize| {
            let mut j = from;
            while j < view.len() && view.items[j].is_word() && view.is(j, WordClass::TITLE_WORD) {
                j += 1;
            }
            j
        };
        let names_person = |j: usize| {
            view.items
                .get(j)
                .and_then(|it| it.actor())
                .is_some_and(|a| a.who.is_some_and(|w| ctx.kind_of(w) == EntityKind::Person))
        };
        if body_words > 0 {
            let j = title_from(i + 1 + body_words);
            if j > i + 1 + body_words && names_person(j) {
                if let Some(a) = view.items[i].actor_mut() {
                    a.modifier = true;
                }
                i = j;
                continue;
            }
        }
        let mut j = title_from(i + 1);
        // a title ends at a word of its own, not at the preposition of what the sentence says
        // of its holder ("Jordan's king *for his* help"; but "Minister for Foreign Affairs",
        // "envoy for six-party talks" name the office)
        let owner_after = view.items.get(j).is_some_and(|it| it.is_word())
            && matches!(view.lower(j), "his" | "her" | "its" | "their");
        if owner_after && j > i + 2 && view.is(j - 1, WordClass::PREPOSITION) {
            j -= 1;
        }
        // "the Ukrainian president's visit": a possessive title word ends the title (the token
        // keeps its "'s", so its own classes say nothing)
        let possessive_title = j < view.len()
            && view.items[j].is_word()
            && strip_possessive(view.lower(j))
                .is_some_and(|stem| words.is(stem, WordClass::TITLE_WORD));
        if possessive_title {
            j += 1;
        }
        if j == i + 1 {
            // (a title the gazetteer wrote into the person's name qualifies them the same way:
            // "Saudi *King Salman*", where the qualifier is the country of one of their offices)
            let office_holder = view
                .items
                .get(i + 1)
                .and_then(|it| it.actor())
                .filter(|a| !a.possessive)
                .and_then(|a| a.who)
                .is_some_and(|w| match w {
                    ActorRef::Known(p) => {
                        let of = ctx.gazetteer.entity(q).id.as_str();
                        let person = ctx.gazetteer.entity(p);
                        person.kind == EntityKind::Person
                            && person.offices().iter().any(|o| o.of.as_str() == of)
                    }
                    ActorRef::New(_) => false,
                });
            if office_holder {
                if let Some(a) = view.items[i].actor_mut() {
                    a.modifier = true;
                }
            }
            i += 1;
            continue;
        }
        let followed_by_person = !possessive_title && names_person(j);
        if followed_by_person {
            if let Some(a) = view.items[i].actor_mut() {
                a.modifier = true;
            }
            i = j;
            continue;
        }
        // a name the gazetteer does not know: two to four capitalised words after the title
        // (and after a courtesy title: "Israeli National Security Advisor Dr. Eyal Hulata")
        let title_end = j;
        let j = past_courtesy_title(view, j);
        let k = name_run_end(view, doc, j, 4);
        // in title case every word is capitalised: only two words that end the phrase
        // ("White House Chief of Staff Reince Priebus") are taken for a name, not "Taliban
        // Leader Following Peace Agreement"
        let name_fits = !view.title_case
            || (k - j == 2
                && view
                    .items
                    .get(k)
                    .is_none_or(|it| matches!(it.kind, ItemKind::Punct)));
        let has_title_head = title_at_end(view, lex, i + 1, title_end).is_some();
        if !possessive_title && k - j >= 2 && name_fits && has_title_head {
            let home = country_of_office(ctx, q);
            let title = introduced_title(view, doc, i + 1, title_end);
            introduce_person(ctx, view, doc, j, j..k, home, title);
            if let Some(a) = view.items[i].actor_mut() {
                a.modifier = true;
            }
            i = j + 1;
            continue;
        }
        // a role without a name: the office holder on the document's date — unless the phrase
        // is generic ("*any* American leader's trip", "*no* Russian leader"; "a" and "an" are
        // left alone: "the first U.S. president to meet *a* North Korean leader" means one)
        // (nor is "the *former* Brazilian president" the one in office)
        let past = i > 0 && is_past_marker(view, i - 1);
        if past {
            // (whom it names is nobody the date tells, and not the country)
            if let Some(a) = view.items[i].actor_mut() {
                a.modifier = true;
            }
        }
        let generic = i > 0
            && view.items[i - 1].is_word()
            && (matches!(view.lower(i - 1), "any" | "every" | "each" | "no") || past);
        // a title split by its country: "the top *US* diplomat" is the top diplomat of the US
        // (but "the top US diplomat *in Ukraine*" is its envoy there, and one followed by a
        // name, that person)
        let described = view.items.get(title_end).is_some_and(|it| {
            it.is_word() && matches!(view.lower(title_end), "in" | "to" | "at" | "for" | "on")
        }) || (title_end + 1 < view.len()
            && view.lower(title_end) == ","
            && view.is_capitalised_word(doc, title_end + 1));
        let split = (i > 0
            && !described
            && view.items[i - 1].is_word()
            && view.is(i - 1, WordClass::TITLE_WORD))
        .then(|| {
            let rest = (i + 1..title_end).map(|k| view.lower(k));
            let phrase = std::iter::once(view.lower(i - 1))
                .chain(rest)
                .collect::<Vec<_>>()
                .join(" ");
            words.titles.get(&phrase).map(|roles| (phrase, roles))
        })
        .flatten();
        if let (false, Some(date), Some((title, roles))) = (generic, ctx.date, split) {
            let of = ctx.gazetteer.entity(q).id.as_str();
            if let Some(person) = ctx.office_holder(of, &title, roles, date) {
                let mut info = actor(ActorRef::Known(person), Via::Role);
                info.possessive = possessive_title;
                view.collapse(i - 1, title_end, info);
                continue;
            }
        }
        if let (false, Some(date), Some((title, roles))) =
            (generic, ctx.date, title_at_end(view, lex, i + 1, title_end))
        {
            let of = ctx.gazetteer.entity(q).id.as_str();
            let best = ctx.office_holder(of, &title, roles, date);
            if let Some(person) = best {
                // items i+1..title_end are title words, so only a possessive title word makes
                // it one
                let mut info = actor(ActorRef::Known(person), Via::Role);
                info.possessive = possessive_title;
                view.collapse(i, title_end, info);
            }
        }
        i += 1;
    }

    // 3b. "the president of Ukraine", "the secretary-general of NATO": a title, "of", a country
    //     or organization, no name after → the office holder on the document's date
    if let Some(date) = ctx.date {
        let mut i = 0;
        while i + 2 < view.len() {
            let Some(j) = title_run_end(view, i) else {
                i += 1;
                continue;
            };
            // the title's own "of" ("secretary of state") was taken above; the next "of" is ours
            let of_at = (j > i + 1 && view.lower(j - 1) == "of").then_some(j - 1);
            let of_at = of_at.or_else(|| (j < view.len() && view.lower(j) == "of").then_some(j));
            let Some(of_at) = of_at else {
                i = j.max(i + 1);
                continue;
            };
            // (past an article: "the president of *the* United States")
            let body_at = if view.items.get(of_at + 1).is_some_and(|it| it.is_word())
                && view.lower(of_at + 1) == "the"
            {
                of_at + 2
            } else {
                of_at + 1
            };
            let holder_of = view.items.get(body_at).and_then(|it| match it.actor() {
                Some(a) if matches!(a.via, Via::Form(f) if f != SurfaceForm::ShortName && f != SurfaceForm::Demonym) => a.who,
                _ => None,
            });
            let next_is_name = view
                .items
                .get(body_at + 1)
                .is_some_and(|it| it.actor().is_some());
            // ("the *former* president of Brazil" is not the one in office)
            let past = i > 0 && is_past_marker(view, i - 1);
            if past && holder_of.is_some() && !next_is_name {
                if let Some(a) = view.items[body_at].actor_mut() {
                    a.modifier = true;
                }
            }
            if let (Some(ActorRef::Known(q)), false, false) = (holder_of, next_is_name, past) {
                if ctx.gazetteer.entity(q).kind != EntityKind::Person {
                    if let Some((title, roles)) = title_at_end(view, lex, i, of_at) {
                        let of = ctx.gazetteer.entity(q).id.as_str();
                        let holder = ctx.office_holder(of, &title, roles, date);
                        if let Some(person) = holder {
                            view.collapse(
                                i,
                                body_at + 1,
                                actor(ActorRef::Known(person), Via::Role),
                            );
                        }
                    }
                }
            }
            i = j.max(i + 1);
        }
    }

    // 3c. "President Bernardo Arévalo of Guatemala", "Taoiseach Simon Harris of Ireland": a
    //     title, a name the gazetteer does not know, "of" and a country or organization → a
    //     person met here for the first time; the country qualifies the name and is no party
    if !view.title_case {
        let mut i = 0;
        while i + 3 < view.len() {
            let Some(j) = title_run_end(view, i) else {
                i += 1;
                continue;
            };
            let k = name_run_end(view, doc, j, 5);
            let of_at = k;
            let mut holder_at = of_at + 1;
            if view.items.get(holder_at).is_some_and(|it| it.is_word())
                && view.lower(holder_at) == "the"
            {
                holder_at += 1;
            }
            let is_of =
                view.items.get(of_at).is_some_and(|it| it.is_word()) && view.lower(of_at) == "of";
            let holder = view.items.get(holder_at).and_then(|it| match it.actor() {
                Some(a) if matches!(a.via, Via::Form(f) if f != SurfaceForm::ShortName && f != SurfaceForm::Demonym) => a.who,
                _ => None,
            });
            let holder_is_state = matches!(holder, Some(ActorRef::Known(q)) if ctx.gazetteer.entity(q).kind != EntityKind::Person);
            if k - j >= 2 && is_of && holder_is_state && title_at_end(view, lex, i, j).is_some() {
                let title = introduced_title(view, doc, i, j);
                let home = match holder {
                    Some(ActorRef::Known(q)) => country_of_office(ctx, q),
                    _ => None,
                };
                introduce_person(ctx, view, doc, j, j..k, home, title);
                // the collapse shifted the holder left by the name's length less one
                let holder_at = holder_at - (k - j - 1);
                if let Some(a) = view.items[holder_at].actor_mut() {
                    a.modifier = true;
                }
                i = holder_at + 1;
                continue;
            }
            i = j.max(i + 1);
        }
    }

    // 3d. a title and a name the gazetteer does not know, with no country before the title:
    //     "Foreign Minister Hermann Immongault", "Taoiseach Simon Harris" → a person met here
    //     for the first time (later "Mr. Immongault" or "Immongault" is the same person)
    if !view.title_case {
        let mut i = 0;
        while i + 2 < view.len() {
            let after_actor = i > 0 && view.items[i - 1].actor().is_some();
            let Some(j) = title_run_end(view, i).filter(|_| !after_actor) else {
                i += 1;
                continue;
            };
            let title_end = j;
            let j = past_courtesy_title(view, past_abbreviated_titles(view, doc, j));
            let k = name_run_end(view, doc, j, 4);
            // the name must end there: a fifth capitalised word means a longer proper noun
            // ("Minister of State Security Council Office …")
            // and no known name may follow: "Abdel Fattah *Al-Sisi*", "Andres Manuel *Lopez
            // Obrador*" are first names of someone the gazetteer knows by surname
            let ends = view.items.get(k).is_none_or(|it| {
                !(it.is_word() && is_capitalised_name_word(view.text(doc, k)))
                    && it.actor().is_none()
                    && (matches!(it.kind, ItemKind::Punct) || it.start > view.items[k - 1].end)
            });
            // monarchs and popes go by one given name: "Pope Francis", "King Abdullah"
            let least = if view.is(title_end - 1, WordClass::SINGLE_NAME_TITLE) {
                1
            } else {
                2
            };
            // (nor the name of a body: "Chief *Operating Officer*")
            let no_stop = (j..k).all(|m| !view.is(m, WordClass::NAME_STOP));
            if k - j >= least && ends && no_stop && title_at_end(view, lex, i, title_end).is_some()
            {
                // one word that is the surname of someone introduced earlier names them again:
                // "Cardinal Pietro Parolin … Cardinal *Parolin*"
                let known_surname = (k - j == 1)
                    .then(|| new_person_by_surname(ctx, view.text(doc, j)))
                    .flatten();
                if let Some(n) = known_surname {
                    view.collapse(j, k, actor(ActorRef::New(n as u32), Via::NewName));
                    i = j + 1;
                    continue;
                }
                // such a person is known by title and name together: "Pope Francis"
                // (one named in more words goes by them: "Cardinal *Matteo Maria Zuppi*")
                let from = if least == 1 && k - j == 1 {
                    title_end - 1
                } else {
                    j
                };
                let title = introduced_title(view, doc, i, title_end);
                introduce_person(ctx, view, doc, from, j..k, None, title);
                i = j + 1;
                continue;
            }
            // "Speaker of Parliament Nabih Berri": the office's own "of" and one or two
            // capitalised words of what it heads, then a name of two words
            // (the title words may have taken the "of": "secretary of state" is a title)
            let of_at = if view.lower(title_end - 1) == "of" {
                Some(title_end - 1)
            } else {
                (k == j
                    && view.items.get(j).is_some_and(|it| it.is_word())
                    && view.lower(j) == "of")
                    .then_some(j)
            };
            let of_office = of_at.and_then(|of| {
                title_at_end(view, lex, i, of).filter(|_| of > i)?;
                Some((of, introduced_title(view, doc, i, of)))
            });
            if let Some((of, title)) = of_office {
                let j = of;
                let r = name_run_end(view, doc, j + 1, 4);
                let ends = view.items.get(r).is_none_or(|it| {
                    it.actor().is_none()
                        && !(it.is_word() && is_capitalised_name_word(view.text(doc, r)))
                });
                if (3..=4).contains(&(r - (j + 1))) && ends {
                    introduce_person(ctx, view, doc, r - 2, r - 2..r, None, title);
                    i = r - 1;
                    continue;
                }
            }
            i = j.max(i + 1);
        }
    }

    // 3e. "Secretary General of NATO Mark Rutte": a country or organization
    //     inside a title, right before the person who holds it, qualifies the title
    for i in 2..view.len().saturating_sub(1) {
        let state = match view.items[i].actor() {
            Some(a) if !a.modifier && !a.possessive => a.who,
            _ => None,
        };
        let Some(ActorRef::Known(q)) = state else {
            continue;
        };
        if ctx.gazetteer.entity(q).kind == EntityKind::Person {
            continue;
        }
        let person_after = view.items[i + 1]
            .actor()
            .is_some_and(|a| a.who.is_some_and(|w| ctx.kind_of(w) == EntityKind::Person));
        let mut k = i - 1;
        if view.items[k].is_word() && view.lower(k) == "the" {
            k -= 1;
        }
        let title_before = k >= 1
            && view.items[k].is_word()
            && view.lower(k) == "of"
            && view.items[k - 1].is_word()
            && view.is(k - 1, WordClass::TITLE_WORD);
        if person_after && title_before {
            if let Some(a) = view.items[i].actor_mut() {
                a.modifier = true;
            }
        }
    }

    // 3f. a given name and a surname the gazetteer does not know, with no title: "John Rood",
    //     "Sergey Kislyak" → a person met here for the first time. The given name must open
    //     several people's names in the gazetteer, and no word may end the name of a body or
    //     place ("Christian Democrats", "John Hopkins University").
    if !view.title_case {
        let mut i = 0;
        while i + 1 < view.len() {
            let not_a_name = WordClass::TITLE_WORD
                | WordClass::MONTH
                | WordClass::WEEKDAY
                | WordClass::DETERMINER
                | WordClass::PREPOSITION
                | WordClass::NAME_STOP;
            // (or any capitalised word after an occupation that describes a person:
            // "activist Nazanin Boniadi")
            let described =
                i > 0 && view.items[i - 1].is_word() && view.is(i - 1, WordClass::DESCRIPTOR);
            // (a given name that is also a surname the gazetteer knows but could not place
            // here — "*Gordon* Sondland" — opens a name as well)
            let opens = (view.items[i].is_word() || is_unresolved_short_name(view, i))
                && view.text(doc, i).starts_with(|c: char| c.is_uppercase())
                && view.text(doc, i).chars().count() >= 3
                && (described || ctx.gazetteer.is_given_name(view.text(doc, i)))
                && !view.is(i, not_a_name)
                && (i == 0 || !continues_name_or_names_a_journalist(view, doc, i - 1));
            if !opens {
                i += 1;
                continue;
            }
            let k = name_run_end(view, doc, i + 1, 2);
            // (a hyphen joined to the last word goes on with the name: "Al-Thani")
            let ends = view.items.get(k).is_none_or(|it| {
                it.actor().is_none()
                    && !(it.is_word() && is_capitalised_name_word(view.text(doc, k)))
                    && !(view.lower(k) == "-" && it.start == view.items[k - 1].end)
            });
            // plain words, none of them a date or the end of a body's name, and a possessive
            // only at the end ("Robert Mueller's Trump" is no name)
            // (a surname the gazetteer knows of someone it could not place here is a plain
            // name word too: "Robert *Hyde*" when it knows another Hyde)
            let plain = (i + 1..k).all(|m| {
                (is_unresolved_short_name(view, m)
                    || (view.items[m].is_word() && !view.is(m, not_a_name))
                    || view.lower(m) == "-")
                    && (m + 1 == k || !is_possessive_word(view.text(doc, m)))
            });
            if k > i + 1 && ends && plain {
                // (a patronymic opens before the given name: "Khaled *bin* Mohamed Al
                // Nahyan")
                let mut start = i;
                while start >= 2
                    && view.items[start - 1].is_word()
                    && matches!(view.lower(start - 1), "bin" | "bint" | "ibn")
                    && view.items[start - 2].is_word()
                    && is_capitalised_name_word(view.text(doc, start - 2))
                    && !view.is(start - 2, not_a_name)
                {
                    start -= 2;
                }
                introduce_person(ctx, view, doc, start, start..k, None, None);
                i = start;
            }
            i += 1;
        }
    }

    // 3g. a name the gazetteer does not know after an office too long for the title rules:
    //     "Administrator of the National Nuclear Security Administration (NNSA) Jill Hruby",
    //     "Minister of the International Department of the Communist Party of China Liu
    //     Jianchao" → a person met here for the first time
    // 3h. a name the gazetteer does not know, followed by its title between commas: "Akiba
    //     Takeo, Secretary General of Japan's National Security Secretariat" → a person
    if !view.title_case {
        if let Some(model) = ctx.syntax {
            introduce_people_after_long_offices(ctx, view, doc, model);
            introduce_people_before_titles(ctx, view, doc, model);
        }
    }

    // 4. demonyms: actors before actor nouns, adjectives otherwise
    for i in 0..view.len() {
        let Some(a) = view.items[i].actor() else {
            continue;
        };
        if a.via != Via::Form(SurfaceForm::Demonym) || a.modifier {
            continue;
        }
        let noun = heads_actor_noun(ctx, view, i) || coordinated_before_actor_noun(ctx, view, i);
        let plural = view.text(doc, i).ends_with('s');
        // a quantified plural names people, not their state: "*all* Americans", "*some*
        // Germans", "*thousands of* Ukrainians", "*young* Afghans" (number words and
        // quantifiers are the lexicon's; these are the other words that count people)
        let quantified = plural && !noun && i > 0 && {
            let crowd = |w: Option<&str>| matches!(w, Some("millions" | "thousands" | "hundreds"));
            // the words counting people may stand before a plain adjective: "thousands of
            // *angry* Greeks", "some *young* Germans"
            let counted_at = |at: usize| {
                let before = |k: usize| {
                    (k <= at && view.items[at - k].is_word()).then(|| view.lower(at - k))
                };
                view.is(at - 1, WordClass::NUMBER_WORD)
                    || crowd(before(1))
                    || matches!(
                        before(1),
                        Some("few" | "ordinary" | "fellow" | "young" | "older" | "other")
                    )
                    || (before(1) == Some("of")
                        && (crowd(before(2)) || before(2) == Some("dozens")))
            };
            let plain_adjective = i > 1 && view.is_plain_lower_word(doc, i - 1);
            counted_at(i) || (plain_adjective && counted_at(i - 1))
        };
        if (!noun && !plural) || quantified {
            if let Some(a) = view.items[i].actor_mut() {
                a.adjective = true;
            }
        }
    }

    // 4a. a seat of government that begins a longer proper name names no state: "the *Paris*
    //     Club", "the *Minsk* Group" (not before a title or a date:
    //     "*Moscow* Mayor …", "*Beijing* Tuesday"; nor in a headline, where every word is
    //     capitalised)
    if !view.title_case && !view.headline {
        for i in 0..view.len().saturating_sub(1) {
            let seat = view.items[i]
                .actor()
                .is_some_and(|a| a.via == Via::Form(SurfaceForm::Metonym) && !a.possessive);
            // (an abbreviation goes on with the place's own name: "Washington *D.C.*")
            let abbreviation = {
                let next = view.text(doc, i + 1);
                next.contains('.') || !next.chars().any(char::is_lowercase)
            };
            let name_goes_on = view.is_capitalised_word(doc, i + 1)
                && !abbreviation
                && !view.is(
                    i + 1,
                    WordClass::TITLE_WORD
                        | WordClass::MONTH
                        | WordClass::WEEKDAY
                        | WordClass::HONORIFIC
                        | WordClass::COURTESY_TITLE
                        | WordClass::DETERMINER
                        | WordClass::PREPOSITION,
                );
            if seat && name_goes_on {
                if let Some(a) = view.items[i].actor_mut() {
                    a.modifier = true;
                }
            }
        }
    }

    // 4b. a name used as a noun adjunct: "the Obama deal", "a Trump administration"
    for i in 1..view.len() {
        // a collapse below shortens the view
        if i >= view.len() {
            break;
        }
        // "the Biden-Harris Administration": a ticket's government is its leader's (the
        // gazetteer's mentions stop at a hyphen, so the leader's name is looked up here)
        if i >= 2
            && view.items.get(i + 1).is_some_and(|n| n.is_word())
            && is_government_noun(view.lower(i + 1))
            && view.lower(i - 1) == "-"
            && view.items[i - 2].is_word()
        {
            let leader = view.text(doc, i - 2);
            let state = ctx
                .matcher
                .find_iter(leader)
                .find(|m| m.start == 0 && m.end == leader.len())
                .and_then(|m| ctx.resolve_candidates(m.candidates_id()))
                .and_then(|p| match p {
                    ActorRef::Known(e) if ctx.kind_of(p) == EntityKind::Person => {
                        state_led_by(ctx, e)
                    }
                    _ => None,
                });
            if let Some(state) = state {
                view.collapse(i - 2, i + 2, actor(ActorRef::Known(state), Via::Role));
                continue;
            }
        }
        let named_person = view.items[i]
            .actor()
            .is_some_and(|a| matches!(a.via, Via::Form(_)) && !a.possessive)
            && view.items[i]
                .party()
                .is_some_and(|p| ctx.kind_of(p) == EntityKind::Person);
        if !named_person {
            continue;
        }
        // "the Obama administration", "the Merkel government": the state its leader headed
        let governs = view.items.get(i + 1).is_some_and(|n| n.is_word())
            && is_government_noun(view.lower(i + 1));
        if governs {
            let state = view.items[i].party().and_then(|p| match p {
                ActorRef::Known(e) => state_led_by(ctx, e),
                ActorRef::New(_) => None,
            });
            if let Some(state) = state {
                view.collapse(i, i + 2, actor(ActorRef::Known(state), Via::Role));
                continue;
            }
        }
        let after_article =
            view.items[i - 1].is_word() && matches!(view.lower(i - 1), "the" | "a" | "an");
        let before_noun = view.items.get(i + 1).is_some_and(|n| n.is_word())
            && view
                .text(doc, i + 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if after_article && before_noun {
            if let Some(a) = view.items[i].actor_mut() {
                a.adjective = true;
            }
        }
    }

    // 5. quotation speakers: a person labelling a quotation in a transcript or a list of
    //    reactions ("PRESIDENT MACRON: Thank you …", "[**Prime Minister Fumio
    //    Kishida**](https://…)**:** “Thank you …”")
    for colon in 1..view.len() {
        if view.items[colon].in_quote || view.items[colon].is_word() || view.lower(colon) != ":" {
            continue;
        }
        let opens_quote = (colon + 1..view.len().min(colon + 5))
            .find(|&k| view.items[k].is_word())
            .is_some_and(|k| view.items[k].in_quote);
        if !opens_quote {
            continue;
        }
        // back past the markup around the label: emphasis, brackets and a link's address
        let mut k = colon - 1;
        while k > 0 && !view.items[k].is_word() && view.items[k].actor().is_none() {
            if view.lower(k) == ")" {
                match (0..k).rev().find(|&m| view.lower(m) == "(") {
                    Some(open) => k = open,
                    None => break,
                }
            }
            k = k.saturating_sub(1);
        }
        // (a label naming no person — a body, a topic — ends the last speaker's turn)
        ctx.speaker = view.items[k]
            .party()
            .filter(|&p| ctx.kind_of(p) == EntityKind::Person && !view.items[k].in_quote);
    }

    // 5b. quotation speakers: an actor or pronoun next to a speech verb outside quotes
    for i in 0..view.len() {
        if view.items[i].in_quote || !view.items[i].is_word() || !view.is(i, WordClass::SPEECH_VERB)
        {
            continue;
        }
        // (after the verb, past the speaker's titles: "said *U.S. Secretary of State* Antony
        // Blinken")
        let mut after = i + 1;
        while after < view.len()
            && after < i + 1 + MAX_SPEAKER_TITLE_ITEMS
            && !view.items[after].in_quote
            && (view.is(after, WordClass::TITLE_WORD)
                || (after > i + 1 && matches!(view.lower(after), "of" | "for" | "the"))
                || view.items[after].actor().is_some_and(|a| {
                    a.who.is_some_and(|w| ctx.kind_of(w) != EntityKind::Person) && !a.possessive
                }))
        {
            after += 1;
        }
        let near = [i.checked_sub(1), Some(i + 1), Some(after)];
        for k in near.into_iter().flatten() {
            if k >= view.len() || view.items[k].in_quote {
                continue;
            }
            if let Some(p) = view.items[k].party() {
                if ctx.kind_of(p) == EntityKind::Person {
                    ctx.speaker = Some(p);
                    break;
                }
            }
            if matches!(view.lower(k), "he" | "she") {
                if let Some(p) = last_person(ctx) {
                    ctx.speaker = Some(p);
                    break;
                }
            }
        }
    }

    // 6. references, left to right, with salience updated as we go
    let mut i = 0;
    while i < view.len() {
        // "his Russian counterpart": whoever holds the owner's office in that country (before
        // "his" or "Kerry's" is read as the owner alone)
        if let Some((who, end)) = counterpart_at(ctx, view, doc, i) {
            view.collapse(i, end, actor(who, Via::Reference));
            continue;
        }
        // qualifiers count as mentioned ("NATO" in "NATO Secretary-General Mark Rutte" is what
        // "the alliance" later refers to), though they are no party to relations
        let qualifier = view.items[i]
            .actor()
            .filter(|a| a.modifier && !a.adjective)
            .and_then(|a| a.who)
            .filter(|&w| ctx.kind_of(w) != EntityKind::Person);
        if let Some(q) = qualifier {
            ctx.remember(Salient {
                who: Some(q),
                subject: false,
                paragraph: ctx.paragraph,
            });
            i += 1;
            continue;
        }
        if let Some(p) = view.items[i].party() {
            // an object ("informed *Abe* that he …") does not take a later "he"
            let subject = !super::arguments::after_preposition(view, doc, i)
                && !super::arguments::after_verb(view, i);
            ctx.remember(Salient {
                who: Some(p),
                subject,
                paragraph: ctx.paragraph,
            });
            i += 1;
            continue;
        }
        if !view.items[i].is_word() {
            i += 1;
            continue;
        }
        // "the President", "the Prime Minister's": a definite title with no name → the
        // latest person of the document who holds that office (but "Assistant *to the
        // President*" is part of a title)
        let in_title = i >= 2
            && view.lower(i - 1) == "to"
            && view.items[i - 2].is_word()
            && (view.is(i - 2, WordClass::TITLE_WORD)
                || (i >= 3 && view.is_capitalised_word(doc, i - 2)));
        if view.lower(i) == "the" && !in_title {
            if let Some((who, end)) = titled_reference(ctx, view, doc, i + 1, &[]) {
                let mut info = actor(who, Via::Reference);
                info.possessive = strip_possessive(view.lower(end - 1)).is_some();
                view.collapse(i, end, info);
                // read item `i` again: as a party it is remembered like a name, so the next
                // "she" may be her
                continue;
            }
        }
        // "Thank you, *Mr. President*, for …": a title addressed in a quotation is a
        // definite title too
        let addressed = view.items[i].in_quote
            && matches!(view.lower(i), "mr" | "mister" | "madam" | "madame")
            && i > 0
            && matches!(view.lower(i - 1), "," | "\u{201c}" | "\"");
        if addressed {
            let title_at = if is_period(view, i + 1) { i + 2 } else { i + 1 };
            // (the one addressed is not the speaker, and must be the only one the title fits:
            // among several presidents named, "Mr. President" is any of them)
            let speaker: Vec<ActorRef> = ctx.speaker.into_iter().collect();
            let vocative =
                titled_reference(ctx, view, doc, title_at, &speaker).filter(|&(w, end)| {
                    let ends = view.items.get(end).is_none_or(|n| {
                        !n.is_word() && matches!(view.lower(end), "," | "." | "!" | "?")
                    });
                    let others: Vec<ActorRef> = speaker.iter().copied().chain([w]).collect();
                    let alone = titled_reference(ctx, view, doc, title_at, &others).is_none();
                    ends && alone
                });
            if let Some((who, end)) = vocative {
                view.collapse(i, end, actor(who, Via::Reference));
                continue;
            }
        }
        if unknown_person_at(view, doc, i) {
            ctx.remember(Salient {
                who: None,
                subject: !super::arguments::after_preposition(view, doc, i),
                paragraph: ctx.paragraph,
            });
            // skip the rest of the name
            while i + 1 < view.len() && super::arguments::capitalised_unknown(view, doc, i + 1) {
                i += 1;
            }
            i += 1;
            continue;
        }
        let (entry, width) = match reference_at(view, lex, i) {
            Some(x) => x,
            None => {
                i += 1;
                continue;
            }
        };
        let ok = match entry.needs {
            None => true,
            Some(ReferenceCondition::Definite) => preceded_by_determiner(view, i),
            Some(ReferenceCondition::Number) => preceded_by_number(view, lex, i),
            Some(ReferenceCondition::SentenceStart) => i == 0,
        };
        // "26 countries of the Coalition": the group is named right after (and "the leaders of
        // Chile and Peru" are those countries' leaders, no group named before)
        let party_after = matches!(entry.refers, Referent::Grouping | Referent::Organization)
            .then(|| {
                let mut k = i + width;
                if k < view.len() && matches!(view.lower(k), "of" | "from" | "in") {
                    k += 1;
                    if k < view.len() && view.lower(k) == "the" {
                        k += 1;
                    }
                    return view.items.get(k).and_then(|it| it.party());
                }
                None
            })
            .flatten();
        let named_after = party_after.filter(|&p| ctx.org_category(p).is_some());
        let ok = ok && (party_after.is_none() || named_after.is_some());
        // the two a pair or the royals stand for, the first named and the other its `also`
        let two = match entry.refers {
            Referent::Pair => last_pair(ctx),
            Referent::Royals => last_royals(ctx),
            _ => None,
        };
        let mut instead = [None; 3];
        let who = if let Some(w) = named_after {
            Some(w)
        } else if !ok {
            None
        } else {
            match entry.refers {
                // "thanked Macron for *his* support": the person just thanked owns it
                Referent::Person
                    if matches!(view.lower(i), "his" | "her")
                        && i >= 2
                        && view.lower(i - 1) == "for"
                        && view.items[i - 2]
                            .party()
                            .is_some_and(|p| ctx.kind_of(p) == EntityKind::Person) =>
                {
                    view.items[i - 2].party()
                }
                // in a quotation, "he" is never its speaker, who says "I" ("I like Boris
                // Johnson. I spoke to *him* yesterday")
                Referent::Person => {
                    let speaker = ctx.speaker.filter(|_| view.items[i].in_quote);
                    // ("he" and "his" name no one whose office is a woman's: "Trump said first
                    // lady Melania Trump would join him on *his* trip")
                    let masculine = matches!(view.lower(i), "he" | "him" | "his");
                    // ("Warren urged *him* to withdraw": an object pronoun names someone other
                    // than its verb's subject, who would be "herself")
                    let own_subject = own_verb_subject(ctx, view, i);
                    // (nor a name borne by the other sex: "Senator Susan Collins … *he*")
                    let feminine = matches!(view.lower(i), "she" | "her" | "hers");
                    let sex = match (masculine, feminine) {
                        (true, _) => Some(Sex::Male),
                        (_, true) => Some(Sex::Female),
                        _ => None,
                    };
                    let who = last_person_where(ctx, |w| {
                        w.is_none_or(|w| {
                            Some(w) != speaker
                                && Some(w) != own_subject
                                && sex.is_none_or(|sex| sex_of(ctx, w) != Some(sex.other()))
                        })
                    });
                    // (only an object: "his" and "her" before a noun may well be the
                    // subject's own — "Bush accused *his* challenger")
                    if objective_pronoun(view, i) {
                        let mut others =
                            sentence_persons(ctx).filter(|&w| Some(w) != who && Some(w) != speaker);
                        instead = [others.next(), others.next(), others.next()];
                    }
                    who
                }
                Referent::Speaker => {
                    if view.items[i].in_quote {
                        ctx.speaker
                    } else {
                        ctx.author
                    }
                }
                Referent::Organization => last_org(ctx, &entry.prefers, false),
                Referent::Grouping => last_org(ctx, &entry.prefers, true),
                Referent::Pair | Referent::Royals => two.map(|(a, _)| a),
                Referent::Participants => ctx.participants.map(|(a, _)| a),
                Referent::Government => last_government(ctx, &entry.led_by),
            }
        };
        if let Some(w) = who {
            let mut info = actor(w, Via::Reference);
            info.instead = instead;
            if entry.refers == Referent::Participants {
                info.also = ctx.participants.map(|(_, b)| b);
                // "They discussed … They also agreed …": the same two
                ctx.next_participants = ctx.participants;
            }
            if matches!(entry.refers, Referent::Pair | Referent::Royals) {
                info.also = two.map(|(_, b)| b);
            }
            // (a phrase is no possessive for its first word: "*Their* Majesties")
            info.possessive =
                width == 1 && matches!(view.lower(i), "his" | "her" | "my" | "its" | "their");
            view.collapse(i, i + width, info);
            if !matches!(
                entry.refers,
                Referent::Person
                    | Referent::Speaker
                    | Referent::Pair
                    | Referent::Royals
                    | Referent::Participants
            ) {
                ctx.remember(Salient {
                    who: Some(w),
                    subject: true,
                    paragraph: ctx.paragraph,
                });
            }
        }
        i += 1;
    }
}

/// Whether the title right before a short name fits the person it resolved to: "negotiator
/// Kim" is not Kim Jong Un, "President Trump" is Donald Trump. Courtesy titles ("Mr") and an
/// absent title fit anyone.
fn title_fits(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    lex: &Lexicon,
    i: usize,
    who: Option<ActorRef>,
) -> bool {
    let Some(ActorRef::Known(e)) = who else {
        return true;
    };
    let w = &lex.word_sets;
    let mut a = title_run_start(view, i);
    // the period of an abbreviation ("Gen. Milley") belongs to the title
    if a == i && i >= 2 && view.lower(i - 1) == "." && view.is(i - 2, WordClass::TITLE_WORD) {
        a = i - 2;
    }
    // "of" in "Secretary of State" is a title word, but alone ("ahead of Trump's") it is none
    let words: Vec<&str> = (a..i)
        .map(|k| view.lower(k))
        .filter(|l| {
            *l != "."
                && !w.is(
                    l,
                    WordClass::COURTESY_TITLE | WordClass::PREPOSITION | WordClass::DETERMINER,
                )
        })
        .collect();
    if words.is_empty() {
        return true;
    }
    let offices = ctx.gazetteer.entity(e).offices();
    // a source that records membership of a government, not the post, rules no title out
    if offices.iter().any(|o| o.role == Role::Official) {
        return true;
    }
    // any title word in any office title ("president" in "President"), or a role the title names
    let by_words = words.iter().any(|t| {
        offices
            .iter()
            .any(|o| o.title.to_lowercase().split_whitespace().any(|x| x == *t))
    });
    let by_role = (0..words.len()).any(|k| {
        let phrase = words[k..].join(" ");
        w.titles
            .get(&phrase)
            .is_some_and(|roles| offices.iter().any(|o| roles.contains(&o.role)))
    });
    // (or a title the name itself bears: "Cardinal Parolin" for Cardinal Pietro Parolin)
    let entity = ctx.gazetteer.entity(e);
    let by_name = words.iter().any(|t| {
        std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .any(|n| n.split_whitespace().any(|x| x.eq_ignore_ascii_case(t)))
    });
    by_words || by_role || by_name
}

/// Among the people a short name at item `i` may mean, the only one holding, on the
/// document's date, an office whose title is the title right before the name; where none of
/// them holds any office then, the only one who held such an office before it.
fn holder_by_title(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    i: usize,
    pattern: usize,
) -> Option<ActorRef> {
    let date = ctx.date?;
    let a = title_run_start(view, i);
    if a == i {
        return None;
    }
    let title = (a..i).map(|k| view.lower(k)).collect::<Vec<_>>().join(" ");
    let only = |held: &dyn Fn(&Office) -> bool| {
        let mut fits = ctx.matcher.candidates_of(pattern).iter().filter(|c| {
            ctx.gazetteer
                .entity(c.entity)
                .offices()
                .iter()
                .any(|o| held(o) && o.title.eq_ignore_ascii_case(&title))
        });
        match (fits.next(), fits.next()) {
            (Some(c), None) => Some(ActorRef::Known(c.entity)),
            _ => None,
        }
    };
    // (where no one holds it now, the one who held it before: "President Obama" in 2022,
    // "then-Chancellor Merkel", "former Prime Minister Abe")
    only(&|o| o.covers(date)).or_else(|| {
        let anyone_holds = ctx.matcher.candidates_of(pattern).iter().any(|c| {
            ctx.gazetteer
                .entity(c.entity)
                .offices()
                .iter()
                .any(|o| o.vouches_for(date))
        });
        if anyone_holds {
            return None;
        }
        only(&|o| o.end.is_some_and(|e| e.last_day() < date))
    })
}

/// Whether item `k` dates the title after it to the past: "*former* president", "*then*-
/// Chancellor", "*ex*-President".
fn is_past_marker(view: &SentenceView, k: usize) -> bool {
    view.items[k].is_word() && matches!(view.lower(k), "former" | "then" | "ex" | "late")
}

/// Whether item `i` is a short name that could not stand alone where it is (no one resolved).
fn is_unresolved_short_name(view: &SentenceView, i: usize) -> bool {
    view.items[i]
        .actor()
        .is_some_and(|a| a.who.is_none() && a.via == Via::Form(SurfaceForm::ShortName))
}

/// Whether item `i` is a gazetteer mention by short name (a surname).
fn is_short_name_mention(view: &SentenceView, i: usize) -> bool {
    view.items
        .get(i)
        .and_then(|it| it.actor())
        .is_some_and(|a| a.mention.is_some() && a.via == Via::Form(SurfaceForm::ShortName))
}

/// The one person among the candidates of short-name mention `i` (its gazetteer `pattern`)
/// whose other names the words right before it spell, each the same name part
/// ([`Lexicon::same_name_part`]); with the item those words start at.
fn full_name_variant(
    ctx: &mut DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    i: usize,
    pattern: usize,
) -> Option<(EntityIndex, usize)> {
    let mut found = None;
    // (only a name with a hyphen or an "El" or "Al" before the surname may be respelt)
    let respelt = (i.saturating_sub(4)..i)
        .any(|k| view.lower(k) == "-" || matches!(view.lower(k), "el" | "al"));
    for c in ctx.matcher.candidates_of(pattern) {
        let entity = ctx.gazetteer.entity(c.entity);
        if entity.kind != EntityKind::Person {
            continue;
        }
        let names: Vec<&str> = entity.name.split_whitespace().collect();
        let Some((last, given)) = names.split_last() else {
            continue;
        };
        if let Some(from) = respelt
            .then(|| hyphen_variant(view, doc, i, entity))
            .flatten()
        {
            if found.is_some_and(|(e, _)| e != c.entity) {
                return None;
            }
            found = Some((c.entity, from));
            continue;
        }
        if given.is_empty()
            || given.len() > i
            || !ctx.lexicon.same_name_part(view.text(doc, i), last)
        {
            continue;
        }
        let from = i - given.len();
        let spelt = given.iter().enumerate().all(|(n, name)| {
            let k = from + n;
            view.items[k].is_word()
                && view.text(doc, k).starts_with(char::is_uppercase)
                && ctx.lexicon.same_name_part(view.text(doc, k), name)
        });
        if spelt {
            if found.is_some_and(|(e, _)| e != c.entity) {
                return None;
            }
            found = Some((c.entity, from));
        }
    }
    let (e, _) = found?;
    ctx.named_in_full_now(e);
    found
}

/// The item where a known person's name (or alias) starts that ends at item `i`, written with
/// hyphens for spaces or the other way round, and "El" for "al-": "Abdel-Fattah El Sisi" for
/// Abdel Fattah al-Sisi. The name must be spelt out in two items at least.
fn hyphen_variant(
    view: &SentenceView,
    doc: &str,
    i: usize,
    entity: &crate::gazetteer::Entity,
) -> Option<usize> {
    let part = |p: &str| {
        let p = p.to_lowercase();
        if p == "el" {
            "al".to_owned()
        } else {
            p
        }
    };
    let parts_of = |name: &str| -> Vec<String> {
        name.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|p| !p.is_empty())
            .map(part)
            .collect()
    };
    let names = std::iter::once(&entity.name).chain(&entity.aliases);
    let wanted: Vec<Vec<String>> = names.map(|n| parts_of(n)).collect();
    let longest = wanted.iter().map(Vec::len).max()?;
    // back from `i` over name words (a short name's mention among them, and the hyphens
    // between), until the span spells one of the names
    let end = view.items[i].end;
    let mut from = i;
    while from > 0 && i - from < 2 * longest {
        let k = from - 1;
        let text = view.text(doc, k);
        let hyphen = text == "-" && view.items[k].end == view.items[from].start;
        let name_word = (view.items[k].is_word() || view.items[k].actor().is_some())
            && text.starts_with(char::is_uppercase);
        if !hyphen && !name_word {
            break;
        }
        from = k;
        if name_word
            && wanted
                .iter()
                .any(|w| *w == parts_of(&doc[view.items[k].start..end]))
        {
            return Some(from);
        }
    }
    None
}

/// Whether `word` is the first word of the known person `who`'s name.
fn given_name_of(ctx: &DocContext<'_>, who: ActorRef, word: &str) -> bool {
    let ActorRef::Known(e) = who else {
        return false;
    };
    let entity = ctx.gazetteer.entity(e);
    entity.kind == EntityKind::Person
        && entity
            .name
            .split_whitespace()
            .next()
            .is_some_and(|first| first.eq_ignore_ascii_case(word) && entity.name.contains(' '))
}

fn actor(who: ActorRef, via: Via) -> ActorInfo {
    ActorInfo {
        who: Some(who),
        via,
        possessive: false,
        modifier: false,
        adjective: false,
        mention: None,
        place_like: false,
        also: None,
        instead: [None; 3],
    }
}

/// The longest known title ending at word `b - 1` among words `a..b`: its text and roles
/// (the roles may be empty for titles that name no office we resolve, such as "finance minister").
/// "president's" → "president" (lower-case forms spell both apostrophes `'`).
fn strip_possessive(lower: &str) -> Option<&str> {
    lower.strip_suffix("'s").filter(|stem| !stem.is_empty())
}

fn title_at_end<'l>(
    view: &SentenceView,
    lex: &'l Lexicon,
    a: usize,
    b: usize,
) -> Option<(String, &'l [Role])> {
    // a possessive last word counts without its "'s": "president's"
    let word = |x: usize| {
        let l = view.lower(x);
        if x + 1 == b {
            strip_possessive(l).unwrap_or(l)
        } else {
            l
        }
    };
    for k in a..b {
        let phrase = (k..b).map(word).collect::<Vec<_>>().join(" ");
        if let Some(roles) = lex.word_sets.titles.get(&phrase) {
            return Some((phrase, roles));
        }
    }
    None
}

fn reference_at<'l>(
    view: &SentenceView,
    lex: &'l Lexicon,
    i: usize,
) -> Option<(&'l super::lexicon::ReferenceEntry, usize)> {
    let refs = &lex.word_sets.references;
    if i + 1 < view.len()
        && view.items[i + 1].is_word()
        && view.is(i, WordClass::REFERENCE_HEAD)
        && view.is(i + 1, WordClass::REFERENCE_TAIL)
    {
        let two = format!("{} {}", view.lower(i), view.lower(i + 1));
        if let Some(e) = refs.get(&two) {
            return Some((e, 2));
        }
    }
    if !view.is(i, WordClass::REFERENCE) {
        return None;
    }
    // "His Majesty", "Her Royal Highness": a style, not "his" or "her"
    if i + 1 < view.len() && view.items[i + 1].is_word() && view.is(i + 1, WordClass::HONORIFIC) {
        return None;
    }
    let w = view.lower(i);
    // contractions: "I've", "we're"
    let w = w.split('\'').next().unwrap_or(w);
    refs.get(w).map(|e| (e, 1))
}

fn preceded_by_determiner(view: &SentenceView, i: usize) -> bool {
    for k in (i.saturating_sub(4)..i).rev() {
        if !view.items[k].is_word() {
            return false;
        }
        let w = view.lower(k);
        if matches!(w, "the" | "its" | "their" | "these" | "those" | "our") {
            return true;
        }
        if view.is(k, WordClass::DETERMINER)
            && !matches!(w, "the" | "its" | "their" | "these" | "those" | "our")
        {
            return false;
        }
    }
    false
}

fn preceded_by_number(view: &SentenceView, lex: &Lexicon, i: usize) -> bool {
    for k in (i.saturating_sub(2)..i).rev() {
        if !view.items[k].is_word() {
            return false;
        }
        let w = view.lower(k);
        let head = w.split('-').next().unwrap_or(w);
        if w.chars().all(|c| c.is_ascii_digit()) || lex.word_sets.is(head, WordClass::NUMBER_WORD) {
            return true;
        }
    }
    false
}

/// The person a definite title starting at item `a` refers to ("the President" after "President
/// Biden met …"), and the item after the title: the most recent person of the salience window
/// whose office has that title (on the document's date, if known), else whose office has the
/// title's first role; a person named as a subject before one named otherwise. A title followed by a name, by "of" or by a possessive noun's head is
/// no reference of this kind ("the President of Ukraine" is resolved by its country).
fn titled_reference(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    a: usize,
    except: &[ActorRef],
) -> Option<(ActorRef, usize)> {
    let possessive_title = |k: usize| {
        k < view.len()
            && view.items[k].is_word()
            && strip_possessive(view.lower(k))
                .is_some_and(|stem| ctx.lexicon.word_sets.is(stem, WordClass::TITLE_WORD))
    };
    let mut end = match title_run_end(view, a) {
        Some(end) => end,
        // "the Chancellor's leadership": the title is one possessive word
        None if possessive_title(a) => a,
        None => return None,
    };
    // the run may take the preposition after it ("the President *for* his efforts")
    while end > a + 1 && matches!(view.lower(end - 1), "of" | "for" | "the") {
        end -= 1;
    }
    let possessive = end < view.len()
        && view.items[end].is_word()
        && strip_possessive(view.lower(end))
            .is_some_and(|stem| ctx.lexicon.word_sets.is(stem, WordClass::TITLE_WORD));
    if possessive {
        end += 1;
    }
    if !possessive {
        if let Some(next) = view.items.get(end) {
            let named =
                next.actor().is_some() || super::arguments::capitalised_unknown(view, doc, end);
            // "the Minister for Foreign Affairs", "the President of Ukraine" name their office
            let office_follows = next.is_word()
                && (view.lower(end) == "of"
                    || (view.lower(end) == "for"
                        && view.items.get(end + 1).is_some_and(|n| n.is_word())
                        && view.text(doc, end + 1).starts_with(char::is_uppercase)));
            if named {
                return None;
            }
            if office_follows {
                return (view.lower(end) == "of")
                    .then(|| office_named_in_full(ctx, view, doc, a, end))
                    .flatten();
            }
        }
    }
    let (phrase, roles) = title_at_end(view, ctx.lexicon, a, end)?;
    // the whole run must be the title: "the former Prime Minister" is someone else
    let words = (a..end).count();
    if phrase.split(' ').count() != words {
        return None;
    }
    // (a title of no national role, "the Mayor", names only someone who holds it by that
    // name: a known person whose office it is, or someone the text introduced with it)
    let first_role = roles.first().copied();
    // "the Queen" is no president, though both head their states
    let named_offices = ctx.lexicon.word_sets.title_offices.get(&phrase);
    let office_named = |title: &str| {
        named_offices.is_none_or(|names| {
            let title = title.to_lowercase();
            let words: Vec<&str> = title.split_whitespace().collect();
            names.iter().any(|name| {
                let name: Vec<&str> = name.split_whitespace().collect();
                words.windows(name.len()).any(|w| w == name.as_slice())
            })
        })
    };
    // ("the Queen" is not "King Charles III", though both hold a monarch's office)
    let not_styled = ctx.lexicon.word_sets.title_not_styled.get(&phrase);
    let styled_otherwise = |p: EntityIndex| {
        not_styled.is_some_and(|styles| {
            styled(ctx.gazetteer.entity(p), |first| {
                styles.iter().any(|s| s.eq_ignore_ascii_case(first))
            })
        })
    };
    // (by its title only where that is the office's own name: the Secretary of State holds
    // the US foreign minister's office, which the Wikidata export lists as "Foreign Minister",
    // but "the Foreign Minister" beside him is his counterpart; the project's curated offices
    // carry the names in use)
    let holds = |p: EntityIndex, by_title: bool| {
        let offices = ctx.gazetteer.entity(p).offices();
        let current = |o: &&Office| ctx.date.is_none_or(|d| o.covers(d));
        let curated = |o: &Office| o.source.as_deref() == Some("curated");
        let named_otherwise = |o: &Office| {
            !curated(o)
                && offices.iter().filter(current).any(|other| {
                    curated(other)
                        && other.role == o.role
                        && other.of == o.of
                        && !other.title.eq_ignore_ascii_case(&o.title)
                })
        };
        !styled_otherwise(p)
            && offices.iter().filter(current).any(|o| {
                if by_title {
                    o.title.eq_ignore_ascii_case(&phrase) && !named_otherwise(o)
                } else {
                    Some(o.role) == first_role && office_named(&o.title)
                }
            })
    };
    // the title itself before the role it names ("spoke with King Abdullah II. The President
    // thanked the King": the King is no president, though both head their states), and
    // subjects first: "President Biden spoke with President Al-Sisi. The President …" is Biden
    // (who was named lately, the latest first: only those named as subjects, or everyone)
    let named_lately = |subjects: bool| {
        ctx.recent
            .iter()
            .rev()
            .filter(move |s| s.subject || !subjects)
            .filter_map(|s| s.who)
            .filter(move |w| !except.contains(w))
    };
    let people = |subjects: bool| {
        named_lately(subjects).filter_map(|w| match w {
            ActorRef::Known(p) if ctx.gazetteer.entity(p).kind == EntityKind::Person => Some(p),
            _ => None,
        })
    };
    let named = [(true, true), (true, false), (false, true), (false, false)]
        .into_iter()
        .find_map(|(by_title, subjects)| people(subjects).find(|&p| holds(p, by_title)));
    // a monarch's title alone ("spoke to *the Queen*", "an audience with *the Pope*") names the
    // monarch of the latest country the document named, on its date — named itself, or as the
    // country a person named held office in ("Boris Johnson … the prime minister spoke to the
    // Queen")
    let reigning = || {
        named_offices?;
        let date = ctx.date?;
        recent_countries(ctx, date).into_iter().find_map(|c| {
            let of = ctx.gazetteer.entity(c).id.as_str();
            let reigns = ctx
                .office_holder(of, &phrase, roles, date)
                .filter(|&holder| {
                    let offices = ctx.gazetteer.entity(holder).offices();
                    offices
                        .iter()
                        .any(|o| o.covers(date) && office_named(&o.title))
                });
            match reigns {
                Some(holder) if !styled_otherwise(holder) => Some(holder),
                // a king's queen holds the title without the state: "the Queen" under King
                // Charles III is Queen Camilla
                Some(_) => ctx.titled_holders(of, &phrase, date).next(),
                None => None,
            }
        })
    };
    // a person the text introduced with the title ("Mayor Jane Castor … the Mayor"), the
    // latest named and subjects first, when no one the gazetteer knows holds it
    let introduced = || {
        let titled = |w: &ActorRef| match *w {
            ActorRef::New(n) => ctx
                .new_people
                .get(n as usize)
                .is_some_and(|p| p.title.as_deref() == Some(phrase.as_str())),
            ActorRef::Known(_) => false,
        };
        [true, false]
            .into_iter()
            .find_map(|subjects| named_lately(subjects).find(titled))
    };
    let who = named
        .map(ActorRef::Known)
        .or_else(introduced)
        .or_else(|| reigning().map(ActorRef::Known))?;
    Some((who, end))
}

/// The title at items `a..b` that introduces a new person, as `titled_reference` compares
/// it: its words in lower case ("national security advisor"); none where a capitalised word
/// before it may be a word of the title the lexicon does not know ("*Under* Secretary Jane
/// Doe" is no "Secretary").
fn introduced_title(view: &SentenceView, doc: &str, a: usize, b: usize) -> Option<String> {
    let longer =
        a > 0 && view.is_capitalised_word(doc, a - 1) && !view.is(a - 1, WordClass::DETERMINER);
    (!longer).then(|| title_words(view, a, b))
}

/// The words of items `a..b` in lower case, one space apart.
fn title_words(view: &SentenceView, a: usize, b: usize) -> String {
    let mut words = String::new();
    for k in (a..b).filter(|&k| view.items[k].is_word()) {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(view.lower(k));
    }
    words
}

/// The countries the document named last, latest first: named themselves, or as the country
/// a person named held office in on `date` ("Boris Johnson … the prime minister spoke to the
/// Queen").
fn recent_countries(ctx: &DocContext<'_>, date: Date) -> Vec<EntityIndex> {
    let mut countries = Vec::new();
    for s in ctx.recent.iter().rev() {
        let Some(c @ ActorRef::Known(e)) = s.who else {
            continue;
        };
        let mut add = |country: EntityIndex| {
            if !countries.contains(&country) {
                countries.push(country);
            }
        };
        match ctx.kind_of(c) {
            EntityKind::Country => add(e),
            EntityKind::Person => {
                let offices = ctx.gazetteer.entity(e).offices();
                for o in offices.iter().filter(|o| o.covers(date)) {
                    let of = ctx.gazetteer.index_of(o.of.as_str());
                    if let Some(of) =
                        of.filter(|&i| ctx.gazetteer.entity(i).kind == EntityKind::Country)
                    {
                        add(of);
                    }
                }
            }
            _ => {}
        }
    }
    countries
}

/// "the Princess of Wales", "the Archbishop of Canterbury": a title and "of" that make the
/// whole name of an office — its holder on the document's date in a country the document
/// named (for a title of rank that holds no state office). The phrase runs from `a` over the
/// capitalised words after "of" at `of`; returns the holder and the item after the phrase.
fn office_named_in_full(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    a: usize,
    of: usize,
) -> Option<(ActorRef, usize)> {
    let date = ctx.date?;
    let mut end = of + 1;
    while end < view.len()
        && end < of + 4
        && view.items[end].is_word()
        && view.text(doc, end).starts_with(char::is_uppercase)
    {
        end += 1;
    }
    if end == of + 1 {
        return None;
    }
    let title = &doc[view.items[a].start..view.items[end - 1].end];
    recent_countries(ctx, date).into_iter().find_map(|c| {
        let of = ctx.gazetteer.entity(c).id.as_str();
        let mut holders = ctx.titled_holders(of, title, date);
        let person = holders.next()?;
        holders
            .next()
            .is_none()
            .then_some((ActorRef::Known(person), end))
    })
}

/// The offices a counterpart holds as its owner does: "his counterpart" of a foreign minister is
/// the other country's foreign minister.
const COUNTERPART_ROLES: [Role; 5] = [
    Role::HeadOfState,
    Role::HeadOfGovernment,
    Role::ForeignMinister,
    Role::DefenceMinister,
    Role::DeputyHeadOfState,
];

/// The person "his Russian counterpart" starting at item `i` names, and the item after the
/// phrase: the name that follows it ("his counterpart, Sergey Lavrov", "his counterpart
/// National Security Advisor Ajit Doval"), else the holder, on the document's date, of the
/// owner's office in the country named ("Kerry's Russian counterpart" → Russia's foreign
/// minister). The owner is the person "his" or "her" stands for, or the person named with
/// "'s". "Counterparts" names several and is left alone.
fn counterpart_at(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    i: usize,
) -> Option<(ActorRef, usize)> {
    let owner = match view.items[i].actor() {
        Some(a) if a.possessive => a.who?,
        Some(_) => return None,
        None if view.items[i].is_word() && matches!(view.lower(i), "his" | "her") => {
            last_person(ctx)?
        }
        None => return None,
    };
    if ctx.kind_of(owner) != EntityKind::Person {
        return None;
    }
    let mut k = i + 1;
    // the country's adjective: "his *Russian* counterpart"
    let country = view
        .items
        .get(k)
        .and_then(|it| it.actor())
        .filter(|a| !a.possessive)
        .and_then(|a| a.who)
        .filter(|&c| ctx.kind_of(c) == EntityKind::Country);
    if country.is_some() {
        k += 1;
    }
    if k >= view.len() || !view.items[k].is_word() || view.lower(k) != "counterpart" {
        return None;
    }
    let end = k + 1;
    // the name that follows, past a comma or an office's capitalised words
    let mut n = end;
    if n < view.len() && view.lower(n) == "," {
        n += 1;
    }
    while n < view.len() && n < end + 6 && view.items[n].party().is_none() {
        if !view.is_capitalised_word(doc, n) {
            break;
        }
        n += 1;
    }
    let named = view
        .items
        .get(n)
        .and_then(|it| it.actor())
        .filter(|a| !a.possessive)
        .and_then(|a| a.who)
        .filter(|&p| ctx.kind_of(p) == EntityKind::Person && p != owner);
    if let Some(p) = named {
        return Some((p, end));
    }
    let (ActorRef::Known(owner), Some(ActorRef::Known(country)), Some(date)) =
        (owner, country, ctx.date)
    else {
        return None;
    };
    let of = ctx.gazetteer.entity(country).id.as_str();
    let offices = ctx.gazetteer.entity(owner).offices();
    let holder_of = |role: Role| {
        ctx.gazetteer
            .office_holders(of, role, date)
            .next()
            .map(|(person, office)| (person, office.title.to_lowercase()))
    };
    let holder = COUNTERPART_ROLES.iter().find_map(|&role| {
        // the owner's own office, held on the date, in another country
        offices
            .iter()
            .find(|o| o.role == role && o.covers(date) && o.of.as_str() != of)?;
        let (mut person, title) = holder_of(role)?;
        // a president's British counterpart is the prime minister: a monarch reigns, and the
        // head of government is whom a head of state deals with
        let reigns = [
            "monarch",
            "king",
            "queen",
            "emperor",
            "empress",
            "governor-general",
        ]
        .iter()
        .any(|t| title.split_whitespace().any(|w| w == *t));
        if role == Role::HeadOfState && reigns {
            person = holder_of(Role::HeadOfGovernment).map_or(person, |(p, _)| p);
        }
        ctx.gazetteer.index_of(person.id.as_str())
    })?;
    Some((ActorRef::Known(holder), end))
}

/// The two parties joined by "and" that open the sentence as its subject, a word (its verb)
/// right after them: "*The United States and India* affirmed …", "*Putin and Xi* signed …".
pub(crate) fn opening_pair(view: &SentenceView, doc: &str) -> Option<(ActorRef, ActorRef)> {
    let word = |k: usize| view.items.get(k).is_some_and(|it| it.is_word());
    let party = |k: usize| {
        view.items
            .get(k)
            .and_then(|it| it.actor())
            .filter(|a| !a.possessive && !a.modifier && !a.adjective)
            .and_then(|a| a.who)
    };
    let first = usize::from(word(0) && view.lower(0) == "the");
    let (a, b) = (party(first)?, party(first + 2)?);
    let joined = word(first + 1) && view.lower(first + 1) == "and";
    let verb_after = word(first + 3) && view.text(doc, first + 3).starts_with(char::is_lowercase);
    (joined && verb_after && a != b).then_some((a, b))
}

/// The two people the current sentence has named so far, when it named no one else and
/// otherwise only countries (where they met) — the earlier first.
pub(crate) fn sentence_pair(ctx: &DocContext<'_>) -> Option<(ActorRef, ActorRef)> {
    let named = ctx.recent.get(ctx.sentence_start..)?;
    let mut people = Vec::new();
    for s in named {
        let who = s.who?;
        match ctx.kind_of(who) {
            EntityKind::Person if !people.contains(&who) => people.push(who),
            EntityKind::Person | EntityKind::Country => {}
            _ => return None,
        }
    }
    match people[..] {
        [earlier, later] => Some((earlier, later)),
        _ => None,
    }
}

/// The two people of this sentence who did what it tells together: the only people its
/// relations have as sources ("McGurk and Hochstein *visited* Saudi Arabia, joined by …"; not
/// "Biden met Yoon and Kishida in Washington", where the two visitors are not all who acted),
/// the earlier named first.
pub(crate) fn joint_sources(
    ctx: &DocContext<'_>,
    relations: &[Relation],
) -> Option<(ActorRef, ActorRef)> {
    let named = ctx.recent.get(ctx.sentence_start..)?;
    let mut sources: Vec<&EntityId> = relations
        .iter()
        .filter(|r| r.source.kind == EntityKind::Person)
        .map(|r| &r.source.id)
        .collect();
    sources.sort();
    sources.dedup();
    let [a, b] = sources[..] else {
        return None;
    };
    let whos: Vec<ActorRef> = named.iter().filter_map(|s| s.who).collect();
    let ids: Vec<EntityId> = whos.iter().map(|&w| ctx.entity_ref(w).id).collect();
    let find = |id: &EntityId| ids.iter().position(|i| i == id);
    let (i, j) = (find(a)?, find(b)?);
    Some((whos[i.min(j)], whos[i.max(j)]))
}

/// The antecedents of "the two leaders": the two latest people named within the last two
/// paragraphs, the earlier first.
fn last_pair(ctx: &DocContext<'_>) -> Option<(ActorRef, ActorRef)> {
    last_two(
        ctx.recent
            .iter()
            .rev()
            .take_while(|s| ctx.paragraph.saturating_sub(s.paragraph) <= 2)
            .filter_map(|s| s.who)
            .filter(|&w| ctx.kind_of(w) == EntityKind::Person),
    )
}

/// The latest two different parties of `latest_first`, the earlier first.
fn last_two(mut latest_first: impl Iterator<Item = ActorRef>) -> Option<(ActorRef, ActorRef)> {
    let last = latest_first.next()?;
    let before = latest_first.find(|&w| w != last)?;
    Some((before, last))
}

/// The most items of titles (and the countries they name) between a speech verb and its
/// speaker: "said *U.S. Secretary of State* Antony Blinken".
const MAX_SPEAKER_TITLE_ITEMS: usize = 6;

/// The two royals the document named last ("Their Majesties" after "King Charles III and
/// Queen Camilla"): people styled King or Queen, or who hold a monarch's office.
fn last_royals(ctx: &DocContext<'_>) -> Option<(ActorRef, ActorRef)> {
    let royal = |w: ActorRef| {
        let ActorRef::Known(e) = w else {
            return false;
        };
        let e = ctx.gazetteer.entity(e);
        styled(e, |first| matches!(first, "King" | "Queen"))
            || e.offices()
                .iter()
                .any(|o| matches!(o.title.as_str(), "Monarch" | "King" | "Queen"))
    };
    last_two(
        ctx.recent
            .iter()
            .rev()
            .filter_map(|s| s.who)
            .filter(|&w| ctx.kind_of(w) == EntityKind::Person && royal(w)),
    )
}

/// Whether `e`'s name or one of its aliases opens with a style `is_style` accepts ("*King*
/// Charles III").
fn styled(e: &crate::gazetteer::Entity, is_style: impl Fn(&str) -> bool) -> bool {
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .any(|name| is_style(name.split_whitespace().next().unwrap_or_default()))
}

/// The antecedent of "he" or "she": the latest person mentioned as a subject within the last
/// two paragraphs, else the latest person mentioned there at all.
fn last_person(ctx: &DocContext<'_>) -> Option<ActorRef> {
    last_person_where(ctx, |_| true)
}

fn last_person_where(
    ctx: &DocContext<'_>,
    keep: impl Fn(Option<ActorRef>) -> bool,
) -> Option<ActorRef> {
    let near = || recent_persons(ctx).filter(|s| keep(s.who));
    near()
        .find(|s| s.subject)
        .or_else(|| near().next())
        .and_then(|s| s.who)
}

/// Whether the pronoun at `i` is an object: "him", or "her" with no noun after it ("thanked
/// *her* for", "told *her* that", "called *her*.").
fn objective_pronoun(view: &SentenceView, i: usize) -> bool {
    match view.lower(i) {
        "him" => true,
        "her" => view.items.get(i + 1).is_none_or(|next| {
            !next.is_word()
                || view.is(i + 1, WordClass::PREPOSITION | WordClass::DETERMINER)
                || matches!(view.lower(i + 1), "to" | "that" | "and" | "or")
        }),
        _ => false,
    }
}

/// The person right before the verb whose object pronoun stands at `i` ("Warren *urged* him",
/// "Biden met *with* him"): none unless the pronoun is an object.
fn own_verb_subject(ctx: &DocContext<'_>, view: &SentenceView, i: usize) -> Option<ActorRef> {
    if !objective_pronoun(view, i) || i == 0 {
        return None;
    }
    let mut verb = i - 1;
    if view.is(verb, WordClass::PREPOSITION) {
        verb = verb.checked_sub(1)?;
    }
    if !view.items[verb].is_word() || view.is(verb, WordClass::PREPOSITION) {
        return None;
    }
    let subject = super::arguments::adjacent_subject(view, verb)?;
    view.items[subject]
        .party()
        .filter(|&p| ctx.kind_of(p) == EntityKind::Person)
}

/// The sex a pronoun names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sex {
    Female,
    Male,
}

impl Sex {
    fn other(self) -> Sex {
        match self {
            Sex::Female => Sex::Male,
            Sex::Male => Sex::Female,
        }
    }
}

/// The sex `who`'s given name or office tells: a given name the lexicon lists as borne by
/// one sex only (the first word of the gazetteer's name, or of the name the text introduced),
/// else an office only a woman holds.
fn sex_of(ctx: &DocContext<'_>, who: ActorRef) -> Option<Sex> {
    let name = match who {
        ActorRef::Known(e) => Some(ctx.gazetteer.entity(e).name.as_str()),
        ActorRef::New(n) => ctx.new_people.get(n as usize).map(|p| p.name.as_str()),
    };
    let given = name.and_then(|name| name.split_whitespace().next());
    let sets = &ctx.lexicon.word_sets;
    match given {
        Some(g) if sets.feminine_given_names.contains(g) => Some(Sex::Female),
        Some(g) if sets.masculine_given_names.contains(g) => Some(Sex::Male),
        _ => holds_womans_office(ctx, who).then_some(Sex::Female),
    }
}

/// Whether `who` holds or held an office only a woman holds ("First Lady", "Queen"): the
/// gazetteer records no gender, but these titles tell it.
fn holds_womans_office(ctx: &DocContext<'_>, who: ActorRef) -> bool {
    let ActorRef::Known(e) = who else {
        return false;
    };
    ctx.gazetteer.entity(e).offices().iter().any(|o| {
        let title = o.title.to_ascii_lowercase();
        title.starts_with("first lady")
            || title.starts_with("queen")
            || title.starts_with("princess")
    })
}

/// The people mentioned lately (unknown ones as `None`), the latest first.
fn recent_persons<'c>(ctx: &'c DocContext<'_>) -> impl Iterator<Item = &'c Salient> {
    ctx.recent
        .iter()
        .rev()
        .take_while(|s| ctx.paragraph.saturating_sub(s.paragraph) <= 2)
        .filter(|s| names_person(ctx, s))
}

/// Whether a mention names a person, known or not.
fn names_person(ctx: &DocContext<'_>, s: &Salient) -> bool {
    s.who.is_none_or(|w| ctx.kind_of(w) == EntityKind::Person)
}

/// The people "him" may name when it cannot name its clause's subject: those named earlier in
/// its sentence, the latest first, each once, up to the first the gazetteer does not know
/// (who may be the one meant). Unlike `last_person_where` this does not prefer subjects: in
/// "Biden called Scholz and thanked *him*" the person named last is the likeliest.
fn sentence_persons<'c>(ctx: &'c DocContext<'_>) -> impl Iterator<Item = ActorRef> + 'c {
    let mut seen: Vec<ActorRef> = Vec::new();
    ctx.recent
        .get(ctx.sentence_start..)
        .unwrap_or_default()
        .iter()
        .rev()
        .filter(|s| names_person(ctx, s))
        .map_while(|s| s.who)
        .filter(move |&w| {
            let new = !seen.contains(&w);
            seen.push(w);
            new
        })
}

/// Whether item `k` may be a word of a name the gazetteer does not know: a capitalised word
/// (or a surname the gazetteer gives several people, "Liu") that is no title, date, function
/// word or ending of a body's name, and that the treebank knows as no ordinary English word.
fn unknown_name_word(view: &SentenceView, doc: &str, model: &SyntaxModel, k: usize) -> bool {
    let text = view.text(doc, k);
    (view.items[k].is_word() || is_unresolved_short_name(view, k))
        && is_capitalised_name_word(text)
        && !is_possessive_word(text)
        && !view.is(
            k,
            WordClass::TITLE_WORD
                | WordClass::NAME_STOP
                | WordClass::MONTH
                | WordClass::WEEKDAY
                | WordClass::DETERMINER
                | WordClass::PREPOSITION
                | WordClass::SUBJECT_PRONOUN,
        )
        && !model.is_common_word(text)
}

/// The longest office name walked past before a name, in items.
pub(crate) const MAX_OFFICE_ITEMS: usize = 32;

/// Step 3g of [`resolve_sentence`]: after a title word (or a lower-case word for a role or an
/// occupation, as the lexicon lists them), the office's name runs over capitalised words, the
/// countries and bodies it belongs to, "of", "for", "the", "and", "in", "on" and a bracketed
/// acronym; where two capitalised words end that run and the phrase, and the treebank knows
/// neither as an ordinary word (so "… of Energy and Mineral *Resources*" names no one), they
/// name a person.
/// The countries and bodies inside the office qualify it and are no parties.
fn introduce_people_after_long_offices(
    ctx: &mut DocContext<'_>,
    view: &mut SentenceView,
    doc: &str,
    model: &SyntaxModel,
) {
    let mut i = 0;
    while i + 4 < view.len() {
        let role_word = view.items[i].is_word()
            && view.text(doc, i).starts_with(char::is_lowercase)
            && view.is(i, WordClass::DESCRIPTOR | WordClass::AGENT_NOUN);
        let start = match title_run_end(view, i) {
            Some(j) => Some(j),
            None if role_word => Some(i + 1),
            _ => None,
        };
        let Some(j) = start else {
            i += 1;
            continue;
        };
        let name_word = |k: usize| unknown_name_word(view, doc, model, k);
        // the office's own words end right before the name, and the name ends its phrase
        let office_before = |k: usize| {
            let before = &view.items[k - 1];
            before.actor().is_some()
                || (!before.is_word() && view.lower(k - 1) == ")")
                || (before.is_word()
                    && view.text(doc, k - 1).starts_with(char::is_uppercase)
                    && !name_word(k - 1))
        };
        let closes = |end: usize| {
            view.items.get(end).is_none_or(|n| {
                if n.is_word() {
                    view.text(doc, end).starts_with(char::is_lowercase)
                } else {
                    n.actor().is_none() && !matches!(view.lower(end), "(" | "-" | "'")
                }
            })
        };
        // the items an office's name may hold, and where a name may end: two words of it at
        // least past the title, or one past a title that ends in its preposition ("Senior
        // Director for *Europe* Amanda Sloat")
        let min_office = if view.is(j - 1, WordClass::PREPOSITION) {
            1
        } else {
            2
        };
        let mut k = j;
        let mut found = None;
        while k < view.len().min(j + MAX_OFFICE_ITEMS) {
            let it = &view.items[k];
            let opens_acronym = !it.is_word()
                && view.lower(k) == "("
                && view.items.get(k + 1).is_some_and(|a| a.is_word())
                && view.items.get(k + 2).is_some_and(|c| !c.is_word())
                && view.lower(k + 2) == ")";
            // a person an earlier step met here for the first time ("… (FCRA) Dana Okonkwo",
            // a given name the gazetteer knows) is the name the office ends in
            let introduced = it.actor().is_some_and(|a| a.via == Via::NewName);
            if introduced && k >= j + min_office && office_before(k) && closes(k + 1) {
                found = Some((k, 1));
                break;
            }
            let in_office = match it.actor() {
                Some(a) => {
                    !a.possessive && a.who.is_some_and(|w| ctx.kind_of(w) != EntityKind::Person)
                }
                // ("and" before a country or body opens a second person's title: "the
                // Princess of Wales *and* U.K. Chief Scout Dwayne Fields")
                None if it.is_word() && view.lower(k) == "and" => view
                    .items
                    .get(k + 1)
                    .is_none_or(|next| next.actor().is_none()),
                None if it.is_word() => {
                    let text = view.text(doc, k);
                    text.starts_with(char::is_uppercase)
                        || matches!(view.lower(k), "of" | "for" | "the" | "in" | "on")
                }
                None => opens_acronym,
            };
            // the name: two unknown capitalised words after the office's own words, closing
            // the phrase
            // (the office's last word may look like a name itself, where a given name the
            // gazetteer knows opens the person's: "Director for *Europe Amanda* Sloat")
            let given_after_office = || {
                ctx.gazetteer.is_given_name(view.text(doc, k))
                    && view.is_capitalised_word(doc, k - 1)
            };
            if k >= j + min_office
                && k + 2 <= view.len()
                && name_word(k)
                && name_word(k + 1)
                && (office_before(k) || given_after_office())
                && closes(k + 2)
            {
                found = Some((k, 2));
                break;
            }
            if !in_office {
                break;
            }
            k += if opens_acronym { 3 } else { 1 };
        }
        let Some((name, words)) = found else {
            i = j.max(i + 1);
            continue;
        };
        // capitalised words before the title word belong to it ("*Under* Secretary")
        while i > 0
            && view.items[i - 1].is_word()
            && view.items[i - 1].actor().is_none()
            && view.text(doc, i - 1).starts_with(char::is_uppercase)
            && !view.is(i - 1, WordClass::DETERMINER)
            && (!view.is(i - 1, WordClass::PREPOSITION) || view.lower(i - 1) == "under")
        {
            i -= 1;
        }
        // a country right before the title qualifies it too ("China *Minister* of …")
        if i > 0 {
            if let Some(a) = view.items[i - 1].actor_mut() {
                if !a.possessive && a.who.is_some_and(|w| ctx.kind_of(w) != EntityKind::Person) {
                    a.modifier = true;
                }
            }
        }
        if words == 2 {
            introduce_person(ctx, view, doc, name, name..name + 2, None, None);
        }
        // the office and the name are one mention, so that what looks for a party after a
        // word ("spoke with …") finds the person, not a body the office belongs to
        if let Some(info) = view.items[name].actor().cloned() {
            view.collapse(i, name + 1, info);
        }
        i += 1;
    }
}

/// Step 3h of [`resolve_sentence`]: two capitalised words that the treebank knows as no
/// ordinary words, standing alone (no capitalised word or party right before them) and
/// followed by a comma and a title ("…, *Secretary General* of …", "…, the *ambassador* to
/// …"), name a person.
fn introduce_people_before_titles(
    ctx: &mut DocContext<'_>,
    view: &mut SentenceView,
    doc: &str,
    model: &SyntaxModel,
) {
    let name_word = |view: &SentenceView, k: usize| unknown_name_word(view, doc, model, k);
    let mut i = 0;
    while i + 3 < view.len() {
        // (the comma two items on, which few places have, is asked first)
        let titled = view.lower(i + 2) == ","
            && (i + 3..view.len().min(i + 5))
                .take_while(|&k| view.items[k].is_word())
                .find(|&k| !view.is(k, WordClass::DETERMINER))
                .is_some_and(|k| {
                    view.is(k, WordClass::TITLE_WORD) && !view.is(k, WordClass::PREPOSITION)
                });
        let alone = || {
            i == 0
                || !(view.items[i - 1].actor().is_some()
                    || view.is_capitalised_word(doc, i - 1)
                    || is_unresolved_short_name(view, i - 1))
        };
        if titled && alone() && name_word(view, i) && name_word(view, i + 1) {
            introduce_person(ctx, view, doc, i, i..i + 2, None, None);
        }
        i += 1;
    }
}

/// The most items a listed person's name takes ("Wendell P . Weeks").
const MAX_LISTED_NAME_ITEMS: usize = 5;

/// The entries of a participant list from byte `from` on ("Ann Lee, Chief Executive Officer,
/// Acme Bo Park, Founder, Initech"): the capitalised words before each comma end in a person's
/// name — from the first of them the gazetteer knows as a given name (a company's name may
/// come first: "Acme *Bo Park*"), or all two or three of them where the entry opens the list,
/// follows a list mark or a title ("- *Ann Lee*,", "Dr. *Bo Park*,"), or else the last two
/// (a company's name before them: "Initech *Cy Dorn*,"). A surname among them
/// that resolved alone is no mention of its namesake ("Ann *Burns*" is not William Burns);
/// a full name the gazetteer knows was found already, and stays.
pub(crate) fn introduce_listed_people(
    ctx: &mut DocContext<'_>,
    view: &mut SentenceView,
    doc: &str,
    from: usize,
) {
    let first = view.items.partition_point(|it| it.start < from);
    let mut k = first;
    while k < view.len() {
        if view.items[k].is_word() || view.lower(k) != "," {
            k += 1;
            continue;
        }
        // ("Dr. Bo Park*, President": an asterisk marks a remote participant)
        let end = if k > first && view.lower(k - 1) == "*" {
            k - 1
        } else {
            k
        };
        let name_item = |view: &SentenceView, m: usize| {
            let it = &view.items[m];
            let text = view.text(doc, m);
            let word = (it.is_word()
                || is_unresolved_short_name(view, m)
                || is_short_name_mention(view, m))
                && (is_capitalised_name_word(text)
                    || (text.len() == 1 && text.starts_with(|c: char| c.is_ascii_uppercase())))
                && !view.is(
                    m,
                    WordClass::TITLE_WORD | WordClass::DESCRIPTOR | WordClass::DETERMINER,
                );
            // the period of an initial ("Wendell P. Weeks"), a name's first letter and its
            // apostrophe ("Alvin *O'*Neal Jackson")
            let initial_period =
                !it.is_word() && view.lower(m) == "." && m > 0 && view.text(doc, m - 1).len() == 1;
            let joined_to_next = m + 1 < view.len() && it.end == view.items[m + 1].start;
            let inner_apostrophe = joined_to_next && {
                let mut chars = text.chars();
                matches!(
                    (chars.next(), chars.next(), chars.next()),
                    (Some(c), Some('\'' | '\u{2019}'), None) if c.is_uppercase()
                )
            };
            word || initial_period || inner_apostrophe
        };
        let mut a = end;
        while a > first && end - a < MAX_LISTED_NAME_ITEMS + 2 && name_item(view, a - 1) {
            a -= 1;
        }
        let words = |range: std::ops::Range<usize>| {
            range
                .filter(|&m| view.items[m].is_word() || view.items[m].actor().is_some())
                // (an initial or a name's first letter and apostrophe is no word of its own)
                .filter(|&m| view.text(doc, m).chars().any(char::is_lowercase))
                .count()
        };
        let opens_entry = a == first
            || matches!(
                view.lower(a - 1),
                "-" | "\u{2022}" | "\u{00b7}" | "\u{2013}" | "*" | ")" | "."
            )
            || view.is(a - 1, WordClass::TITLE_WORD | WordClass::DESCRIPTOR);
        let by_given_name = (a..end).find(|&m| {
            name_item(view, m)
                && ctx.gazetteer.is_given_name(view.text(doc, m))
                && (2..=4).contains(&words(m..end))
        });
        // else the whole run where it opens an entry, or its last two words (an initial
        // between them too) after a company's name
        // (a name opens with no ordinary English word: "Global *Strategic Sourcing*" is a
        // department's)
        let model = ctx.syntax;
        let name_like = |m: usize| model.is_none_or(|x| !x.is_common_word(view.text(doc, m)));
        let last_two = (a..end)
            .rev()
            .find(|&m| words(m..end) == 2)
            .filter(|&m| name_like(m));
        let start = by_given_name.or_else(|| {
            if opens_entry
                && (2..=3).contains(&words(a..end))
                && end - a <= MAX_LISTED_NAME_ITEMS
                && name_like(a)
            {
                Some(a)
            } else {
                last_two
            }
        });
        // (a title follows a person's name; a company's suffix a company's: "Acme, Inc.")
        let entry_follows = view.items.get(k + 1).is_some_and(|n| {
            let next = view.lower(k + 1).trim_end_matches('.');
            n.is_word()
                && view.text(doc, k + 1).starts_with(char::is_uppercase)
                && !ctx
                    .lexicon
                    .words()
                    .company_suffixes
                    .iter()
                    .any(|w| w == next)
        });
        // (no word of a body's or an office's name: "Baltimore *County*", "Antitrust
        // *Division*"; nor the rest of a name found already: "Mohamed bin Zayed *Al Nahyan*")
        let start = start.filter(|&start| {
            let body_word =
                (start..end).any(|m| view.is(m, WordClass::NAME_STOP | WordClass::TITLE_WORD));
            let continues = start == a
                && a > first
                && !is_short_name_mention(view, a - 1)
                && view.items[a - 1]
                    .actor()
                    .is_some_and(|x| x.who.is_some_and(|w| ctx.kind_of(w) == EntityKind::Person));
            !body_word && !continues
        });
        match start {
            Some(start) if entry_follows && start + 2 <= end => {
                let before = view.len();
                introduce_person(ctx, view, doc, start, start..end, None, None);
                k = k + 1 + view.len() - before;
            }
            _ => k += 1,
        }
    }
}

/// Whether word `i` starts the name of a person the gazetteer does not know: two capitalised
/// unknown words ("Gordon Sondland"), or one followed by a speech verb ("Sondland said"), or a
/// capitalised possessive ("Sondland's"), or one after a courtesy title ("Mr. Brunson").
fn unknown_person_at(view: &SentenceView, doc: &str, i: usize) -> bool {
    let text = view.text(doc, i);
    let capitalised = text.chars().next().is_some_and(char::is_uppercase)
        && text.chars().skip(1).any(char::is_lowercase)
        && !view.is(
            i,
            WordClass::TITLE_WORD
                | WordClass::DETERMINER
                | WordClass::SUBJECT_PRONOUN
                | WordClass::MONTH
                | WordClass::WEEKDAY
                | WordClass::PREPOSITION,
        );
    if !capitalised {
        return false;
    }
    let possessive = text.ends_with("'s") || text.ends_with("\u{2019}s");
    possessive
        || super::arguments::after_courtesy_title(view, doc, i)
        || (i + 1 < view.len()
            && view.items[i + 1].is_word()
            && view.is(i + 1, WordClass::SPEECH_VERB))
        || super::arguments::capitalised_unknown(view, doc, i + 1)
}

/// The country whose head of state or government was mentioned last (on the document's
/// date, else ever), of those heading it by one of `titles` if any are given: "the
/// administration" after "President Trump" is the United States, and still after "President
/// Trump met Chancellor Merkel" (a chancellor leads a government, not an administration).
fn last_government(ctx: &DocContext<'_>, titles: &[String]) -> Option<ActorRef> {
    ctx.recent.iter().rev().filter_map(|s| s.who).find_map(|a| {
        let ActorRef::Known(i) = a else { return None };
        let office = leading_office(ctx, i)?;
        if !titles.is_empty() && !titles.contains(&office.title) {
            return None;
        }
        ctx.gazetteer
            .index_of(office.of.as_str())
            .map(ActorRef::Known)
    })
}

fn last_org(
    ctx: &DocContext<'_>,
    prefers: &[OrganizationCategory],
    grouping: bool,
) -> Option<ActorRef> {
    let orgs = || {
        ctx.recent.iter().rev().filter_map(|s| s.who).filter(|&a| {
            let ActorRef::Known(i) = a else { return false };
            ctx.gazetteer
                .entity(i)
                .organization
                .as_ref()
                .is_some_and(|o| !o.is_news_media() && (!grouping || o.is_grouping_of_states()))
        })
    };
    if !prefers.is_empty() {
        if let Some(a) = orgs().find(|&a| ctx.org_category(a).is_some_and(|c| prefers.contains(&c)))
        {
            return Some(a);
        }
    }
    orgs().next()
}
