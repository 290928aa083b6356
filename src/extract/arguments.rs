//! Argument assignment without a parser: source, targets and object of one trigger.
//!
//! * source: the nearest actor before the trigger that is not the object of a preposition
//!   ("Zelensky had a meeting *with* Witkoff": Zelensky), within the clause; for passive
//!   phrases, the agent after "by";
//! * targets: per the trigger's frames — the actor right after it ("met Putin"), after a
//!   preposition ("spoke *to*", "pledged … *to* Ukraine"), before it ("his *Beijing* trip") —
//!   with coordinated actors ("Xi Jinping, Kim Jong Un and …") each a target;
//! * object: the noun phrase a pledge names ("to send *troops* as …",
//!   "provide Ukraine with *security guarantees*").

use super::items::{ActorRef, ItemKind, SentenceView, Via};
use super::lexicon::{SourceFrame, TargetFrame, TriggerEntry, WordClass};
use super::places::{described_place, PlaceBook, MAX_PLACE_WORDS, PLACE_NOUNS};
use super::resolve::{DocContext, MAX_OFFICE_ITEMS};
use super::tree::SentenceTree;
use crate::gazetteer::EntityKind;
use crate::gazetteer::SurfaceForm;
use crate::relation::RelationKind;

/// The arguments found for one trigger.
#[derive(Debug, Default)]
pub(crate) struct Arguments {
    /// The item of the first source.
    pub source_item: usize,
    pub sources: Vec<ActorRef>,
    pub targets: Vec<ActorRef>,
    pub object: Option<String>,
    /// The last item the arguments reach, for modality cues that follow them.
    pub end: usize,
    /// The sources are the parties of a symmetric event among themselves ("talks between A,
    /// B and C"): one relation for each pair, no targets.
    pub pairwise: bool,
    /// The sources of a meeting or call whose partners the sentence does not name ("the
    /// President met with CEOs"): no relation, but the host of the participants a list names.
    pub unpaired: bool,
}

/// Whether the party at `later` names again the party at `earlier`, a comma after it: an
/// appositive ("Kerry and *his Russian counterpart*, *Sergey Lavrov*, …"). A possessive names
/// its noun's owner, no appositive.
fn names_again(view: &SentenceView, earlier: usize, later: usize) -> bool {
    let first = &view.items[earlier];
    earlier + 1 < later
        && view.lower(earlier + 1) == ","
        && first.party().is_some()
        && first.party() == view.items[later].party()
        && !first.actor().is_some_and(|a| a.possessive)
}

/// Whether the word at `k` is the head noun of the actor right before it: "Russian *officials*",
/// "the Assad *regime*", "his *government*". A demonym adjective heads nothing ("Iraqi MPs" are
/// agents of their own), and a possessor heads only its institutions and office holders ("his
/// government" and "Russia's ambassador" speak for their owner, "his aides" for themselves).
fn heads_actor_before(view: &SentenceView, k: usize) -> bool {
    k > 0
        && view.items[k - 1].actor().is_some_and(|a| {
            a.who.is_some()
                && (!a.possessive || view.is(k, WordClass::ACTOR_NOUN | WordClass::TITLE_WORD))
                && (!a.adjective || a.via != Via::Form(SurfaceForm::Demonym))
        })
}

/// Items that may stand between a preposition or trigger and its actor.
fn skippable(view: &SentenceView, k: usize, gap: bool) -> bool {
    match &view.items[k].kind {
        ItemKind::Actor(a) => a.modifier || a.adjective || a.who.is_none(),
        // the period of an abbreviated title: "Mr. Zelensky", "Gen. Milley"
        ItemKind::Punct => {
            view.is_quote(k)
                // a colon opening a list after a preposition: "spoke with: A of X; B of Y"
                || (view.lower(k) == ":" && k > 0 && view.is(k - 1, WordClass::PREPOSITION))
                || (view.lower(k) == "."
                    && k > 0
                    && view.items[k - 1].is_word()
                    && view.is(k - 1, WordClass::TITLE_WORD))
                // a style set off from the title it precedes: "His Highness, Crown Prince …"
                || (view.lower(k) == ","
                    && k > 0
                    && view.items[k - 1].is_word()
                    && view.is(k - 1, WordClass::HONORIFIC))
        }
        ItemKind::Word => {
            let c = view.class(k);
            // "of" counts as a title word only inside a title ("Secretary of State")
            let title = c.has(WordClass::TITLE_WORD)
                && (!c.has(WordClass::PREPOSITION)
                    || (k > 0 && view.is(k - 1, WordClass::TITLE_WORD)));
            // two titles of one person: "Crown Prince *and* Prime Minister Mohammed bin Salman"
            // (or of occupations: "actress *and* activist Nazanin Boniadi")
            let describes = WordClass::TITLE_WORD | WordClass::DESCRIPTOR;
            let between_titles = matches!(view.lower(k), "and" | "&")
                && k > 0
                && k + 1 < view.len()
                && view.items[k - 1].is_word()
                && view.items[k + 1].is_word()
                && view.is(k - 1, describes)
                && view.is(k + 1, describes);
            // (and a title before a single name: "met with *Amir* Sheikh Tamim", and an
            // occupation before a private person's: "met with *activist* Nazanin Boniadi")
            c.has(
                WordClass::DETERMINER
                    | WordClass::HONORIFIC
                    | WordClass::SINGLE_NAME_TITLE
                    | WordClass::DESCRIPTOR,
            ) || title
                || between_titles
                || (gap && c.has(WordClass::GAP))
        }
    }
}

/// The first party at or after `from`, over skippable items only. A possessive party is a
/// determiner of what follows ("met *Russia's* demands", "met Russia's Lavrov"), not the target
/// — unless `possessor` says what is done to a thing is done to its owner ("sanctions on
/// *Russia's* energy sector", "criticized *China's* policies"), and no actor follows.
/// `limit` 0 means strict: no gap words ("leaders", "of") may intervene.
fn actor_after(
    view: &SentenceView,
    doc: &str,
    from: usize,
    limit: usize,
    possessor: bool,
) -> Option<usize> {
    let (gap, limit) = if limit == 0 {
        (false, 6)
    } else {
        (true, limit)
    };
    for k in from..view.len().min(from + limit) {
        let possessive = view.items[k].actor().is_some_and(|a| a.possessive);
        // "Saudi Arabia's leaders", "China's foreign ministry": the possessor is the party
        // (an adjective or two may stand between: "China's *top* leaders"; not before a title,
        // which a name may follow: "Iran's new president, Hassan Rouhani")
        let actor_noun_at = |m: usize| {
            (m..view.len().min(m + 3))
                .take_while(|&q| view.items[q].is_word())
                .find(|&q| {
                    view.is(q, WordClass::ACTOR_NOUN)
                        || !(view.class(q) == WordClass::NONE
                            || (view.is(q, WordClass::GAP) && !view.is(q, WordClass::PREPOSITION)))
                })
                .is_some_and(|q| {
                    // (a title after a modifier is the party's only where no name follows:
                    // "the group's chief *negotiator*, a spokesman said", not "Iran's new
                    // *president*, Hassan Rouhani")
                    let named_after = || {
                        let n = if view.items.get(q + 1).is_some_and(|it| !it.is_word())
                            && view.lower(q + 1) == ","
                        {
                            q + 2
                        } else {
                            q + 1
                        };
                        view.items.get(n).is_some_and(|it| {
                            it.actor().is_some()
                                || (it.is_word()
                                    && view.text(doc, n).starts_with(char::is_uppercase))
                        })
                    };
                    view.is(q, WordClass::ACTOR_NOUN)
                        && (q == m || !view.is(q, WordClass::TITLE_WORD) || !named_after())
                })
        };
        let owns_actor_noun = possessive
            && view
                .items
                .get(k + 1)
                .is_some_and(|n| n.is_word() && (possessor || actor_noun_at(k + 1)));
        if view.items[k].party().is_some() && (!possessive || owns_actor_noun) {
            return Some(k);
        }
        if possessive {
            continue;
        }
        if !skippable(view, k, gap) && !describes_person_after(view, k) {
            return None;
        }
    }
    None
}

/// The person named right after an office spelt out in capitalised words, from item `from`:
/// "met with *Politburo Member and Director of the Office of the Foreign Affairs Commission*
/// Yang Jiechi", "with *Secretary for Strategic Affairs Secretary* Gustavo Beliz" — offices
/// too long or too unusual for the title rules, whose words are the office's own: title
/// words, capitalised words, "of", "for", "to", "the", "and", the countries and bodies named
/// inside. The office must hold a title word and end in a capitalised word.
fn person_after_office(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    from: usize,
) -> Option<usize> {
    if view.title_case {
        return None;
    }
    let mut titled = false;
    let mut for_someone = false;
    // (a bracketed acronym, "Republic of Korea *(ROK)* National Security Advisor …", is
    // passed over)
    let mut acronym_end = None;
    for p in from..view.len().min(from + MAX_OFFICE_ITEMS) {
        if acronym_end.is_some_and(|end| p <= end) {
            continue;
        }
        let it = &view.items[p];
        if bracketed_acronym(view, p) {
            acronym_end = Some(p + 2);
            continue;
        }
        if let Some(a) = it.actor() {
            let who = a.who?;
            if a.possessive {
                return None;
            }
            if ctx.kind_of(who) != EntityKind::Person {
                continue;
            }
            // (the period of an abbreviated courtesy title may end it: "… Minister Dr.
            // S. Jaishankar")
            let closes = p > from
                && (view.is_capitalised_word(doc, p - 1)
                    || (p - 1 > from && abbreviation_period(view, doc, p - 1)));
            // an office held for a head of state or government names its holder elsewhere:
            // "Chief of Cabinet for European Commission *President* Ursula von der Leyen"
            let principal = || {
                for_someone
                    && ctx
                        .lexicon
                        .word_sets
                        .titles
                        .get(view.lower(p - 1))
                        .is_some_and(|roles| !roles.is_empty())
            };
            return (titled && closes && !principal()).then_some(p);
        }
        if !it.is_word() {
            if p > from && abbreviation_period(view, doc, p) {
                continue;
            }
            return None;
        }
        let word = view.lower(p);
        if matches!(word, "for" | "to") {
            for_someone = true;
        }
        if view.is_capitalised_word(doc, p) {
            titled |= view.is(p, WordClass::TITLE_WORD);
        } else if !matches!(word, "of" | "for" | "to" | "the" | "and" | "&") {
            return None;
        }
    }
    None
}

/// Whether item `p` opens a bracketed acronym of one item: "Republic of Korea *(*ROK)".
fn bracketed_acronym(view: &SentenceView, p: usize) -> bool {
    p + 2 < view.len()
        && !view.items[p].is_word()
        && view.lower(p) == "("
        && view.lower(p + 2) == ")"
}

/// Whether item `p` is the period of an abbreviation: a capitalised word's ("Dr*.*").
fn abbreviation_period(view: &SentenceView, doc: &str, p: usize) -> bool {
    p > 0 && view.lower(p) == "." && view.is_capitalised_word(doc, p - 1)
}

/// The party at `k`, or where it is a country or body that opens an office, the person
/// holding it: "met with *Chinese Communist Party* Politburo Member and Director of … Yang
/// Jiechi" met Yang.
fn office_holder(ctx: &DocContext<'_>, view: &SentenceView, doc: &str, k: usize) -> usize {
    // (past a bracketed acronym: "Republic of Korea (ROK) National Security Advisor …")
    let next = if bracketed_acronym(view, k + 1) {
        k + 4
    } else {
        k + 1
    };
    let opens_office = view.items[k]
        .party()
        .is_some_and(|p| ctx.kind_of(p) != EntityKind::Person)
        && view.items.get(next).is_some_and(|n| n.is_word())
        && view.is_capitalised_word(doc, next);
    opens_office
        .then(|| person_after_office(ctx, view, doc, k))
        .flatten()
        .unwrap_or(k)
}

/// Whether word `k` opens a short description that ends right before a person's name: "the
/// *throwback* diplomat Richard Holbrooke", "the *veteran* negotiator …" — words of one or two
/// that end in an agent noun or occupation.
fn describes_person_after(view: &SentenceView, k: usize) -> bool {
    let names_person = |n: usize| {
        view.items.get(n).is_some_and(|n| {
            n.actor()
                .is_some_and(|a| !a.possessive && a.who.is_some() && !a.place_like)
        })
    };
    let plain_word = |w: usize| view.items[w].is_word() && view.class(w) == WordClass::NONE;
    // (after an article: "told reporters Kim would …" describes no one)
    let after_article =
        k > 0 && view.items[k - 1].is_word() && view.is(k - 1, WordClass::DETERMINER);
    let occupation = after_article
        && (k..view.len().min(k + 2)).any(|m| {
            (k..m).all(plain_word)
                && view.items[m].is_word()
                && view.is(m, WordClass::AGENT_NOUN | WordClass::DESCRIPTOR)
                && names_person(m + 1)
        });
    // a place or body the gazetteer does not know, naming where a title is held: "with
    // *Florida* Governor Ron DeSantis", "*Lee County* Commissioner …"
    let title_holder = |m: usize| {
        let titles = (m..view.len().min(m + 4))
            .take_while(|&t| view.items[t].is_word() && view.is(t, WordClass::TITLE_WORD))
            .count();
        // (a title's "of" opens no title: "the release *of* Secretary …")
        titles > 0 && !view.is(m, WordClass::PREPOSITION) && names_person(m + titles)
    };
    occupation || (k..view.len().min(k + 2)).any(|m| (k..=m).all(plain_word) && title_holder(m + 1))
}

fn is_clause_break(view: &SentenceView, k: usize) -> bool {
    let l = view.lower(k);
    matches!(l, ";" | ":" | "." | "\u{2014}" | "\u{2013}")
        || (view.items[k].is_word() && view.is(k, WordClass::CLAUSE_BREAK))
}

fn is_preposition(view: &SentenceView, m: usize) -> bool {
    view.items[m].is_word() && view.is(m, WordClass::PREPOSITION)
}

/// How far back (in items) subject and governor searches look: real subjects sit within a few
/// dozen tokens of their verb, and a bound keeps pathological sentences linear.
const LOOK_BACK: usize = 40;

/// Whether the party at `k` is the object of a preposition, alone or in a coordination
/// ("with the Security Council, China *and Russia*").
pub(crate) fn after_preposition(view: &SentenceView, doc: &str, k: usize) -> bool {
    // the last member of a list is joined by "and" or "or": after a comma alone it opens
    // the clause that follows a fronted phrase ("Today in Vilnius, Biden met …")
    // (a member's place comes before its link: "Governor Hochul of New York, *and* …")
    let next = past_of_phrase(view, doc, k) + 1;
    let ends_list = !view
        .items
        .get(next)
        .is_some_and(|_| matches!(view.lower(next), "," | "and" | "&" | "or"));
    // the place of a listed person that names no actor, and the comma after it, belong to
    // that member: "with Governor A *of Ohio,* Governor B …" (a country there is a party of
    // its own, and its "of" a preposition)
    let in_member_place = |m: usize| {
        let may_be =
            view.is_capitalised_word(doc, m) || matches!(view.lower(m), "," | "of" | "the");
        may_be
            && (m.saturating_sub(MAX_PLACE_WORDS + 3)..m).any(|p| {
                view.items[p].party().is_some() && {
                    let end = past_of_phrase(view, doc, p);
                    end > p
                        && view.items[end].actor().is_none()
                        && (m <= end || (m == end + 1 && view.lower(m) == ","))
                }
            })
    };
    let mut first_link = true;
    for m in (k.saturating_sub(LOOK_BACK)..k).rev() {
        if view.lower(m) == "," && closes_fronted_place(view, m) {
            return false;
        }
        if in_member_place(m) {
            if first_link && view.lower(m) == "," {
                if ends_list {
                    return false;
                }
                first_link = false;
            }
            continue;
        }
        if first_link && view.items[m].party().is_none() && is_list_link(view, m) {
            if ends_list && view.lower(m) == "," {
                return false;
            }
            first_link = false;
        }
        // "of" inside a title ("Secretary of State John Kerry") is no preposition of the name
        // (but it governs the party right after it: "a member *of* NATO")
        // (or a possessor before the party: "a member *of* Britain's Conservative Party")
        // nor is "to" or "for" where the office's capitalised words run on to the name:
        // "Chief of Staff *to* the Vice President Tina Flournoy", "Special Envoy *for* Climate
        // John Kerry" (but "spoke *to* the President", after no title)
        // ("Assistant *to* the President *for* National Security Affairs Jake Sullivan": an
        // office may hold more than one)
        // (and the period of an abbreviation: "… to the Vice President *Dr.* Rebecca Lissner")
        let title_runs_on = |p: usize| {
            view.is_capitalised_word(doc, p)
                || (view.items[p].is_word()
                    && matches!(view.lower(p), "the" | "and" | "of" | "for" | "to"))
                || abbreviation_period(view, doc, p)
        };
        // (the title ends at its holder, who may be listed before the party: "Chief of Staff
        // to the Vice President Tina Flournoy, and Juan Gonzalez"; and it holds a word of the
        // office: "envoy *to* the UN" names a body, no title)
        let office_runs_to_holder = || {
            let holder = (m + 1..k)
                .find(|&p| view.items[p].actor().is_some())
                .unwrap_or(k);
            (m + 1..holder).any(|p| view.is_capitalised_word(doc, p))
                && (m + 1..holder).all(title_runs_on)
        };
        let in_title = matches!(view.lower(m), "of" | "to" | "for")
            && m > 0
            && m + 1 < k
            && !(m + 1..k).all(|p| view.items[p].actor().is_some_and(|a| a.possessive))
            && view.items[m - 1].is_word()
            && view.is(m - 1, WordClass::TITLE_WORD)
            && (view.lower(m) == "of" || office_runs_to_holder());
        if is_preposition(view, m) && !in_title {
            return true;
        }
        if skippable(view, m, true) || is_list_link(view, m) {
            continue;
        }
        return false;
    }
    false
}

/// Whether the comma at `comma` closes a phrase of place that opens the sentence, before a
/// party that is no place: "In Berlin*,* Macron and Scholz urged …", "Today in Vilnius*,*
/// Biden and Erdogan met" (not a listed member's place: "Ruto of Kenya*,* and Lula"; nor a
/// list of places: "in Berlin, Paris and Rome").
fn closes_fronted_place(view: &SentenceView, comma: usize) -> bool {
    const MAX_OPENING: usize = 5;
    let place = |m: usize| view.items[m].actor().is_some_and(|a| a.place_like);
    // (the phrase opens with its preposition or a word of time: not "Envoys from Peru,
    // Chile …", a list)
    let opening = |m: usize| {
        is_preposition(view, m)
            || (m == 0
                && (view.is(m, WordClass::WEEKDAY)
                    || matches!(
                        view.lower(m),
                        "today" | "yesterday" | "tonight" | "earlier" | "later" | "meanwhile"
                    )))
    };
    (2..=MAX_OPENING).contains(&comma)
        && comma + 1 < view.len()
        && place(comma - 1)
        && !place(comma + 1)
        && (0..comma - 1).all(|m| view.items[m].is_word())
        && opening(0)
        && (0..comma - 1).any(|m| is_preposition(view, m))
}

/// Whether the party at `k` (alone or ending a list) names whose officials open the sentence:
/// "*The foreign ministers of* India and China met", "*Officials from* Iran and the US …".
/// The group speaks for its states, so the party is a subject.
fn officials_of(view: &SentenceView, doc: &str, k: usize) -> bool {
    // (the list's members may have their articles: "from the United States and *the* United
    // Kingdom")
    let mut m = k;
    while m > 0
        && (is_list_link(view, m - 1)
            || (view.items[m - 1].is_word() && view.lower(m - 1) == "the"))
    {
        m -= 1;
    }
    let Some(group) = m.checked_sub(2) else {
        return false;
    };
    let plural_officials = view.items[group].is_word()
        && matches!(
            view.lower(group),
            "leaders"
                | "ministers"
                | "officials"
                | "presidents"
                | "representatives"
                | "delegations"
                | "delegates"
                | "envoys"
                | "diplomats"
                | "negotiators"
                | "heads"
        );
    // (the words before the group are its own: "the", "foreign", "senior", "top"; an opening
    // word of time may come first: "Yesterday, senior officials from …")
    let time_opening = view.items.get(1).is_some_and(|c| !c.is_word()) && view.lower(1) == ",";
    let own_words = if time_opening { 2 } else { 0 };
    plural_officials
        && matches!(view.lower(m - 1), "of" | "from")
        && group <= own_words + 3
        && (own_words..group).all(|q| {
            view.items[q].is_word() && (q == own_words || !view.is_capitalised_word(doc, q))
        })
}

/// Whether the party at `k` opens a clause after "and" rather than ending a list a
/// preposition governs: a person named by title, surname or reference after a country or its
/// seat ("developments in *Gaza and the President* thanked …"), not "talks between *Iran and
/// the US*".
fn opens_clause(view: &SentenceView, k: usize) -> bool {
    let place = |m: usize| view.items[m].actor().is_some_and(|a| a.place_like);
    // (named as people are: by title, surname or reference; a name in full may be a state's)
    let person = view.items[k].actor().is_some_and(|a| {
        matches!(
            a.via,
            Via::Role | Via::NewName | Via::Reference | Via::Form(SurfaceForm::ShortName)
        ) || matches!(a.who, Some(ActorRef::New(_)))
    });
    k >= 2 && view.lower(k - 1) == "and" && place(k - 2) && person
}

/// A party, "and"/"or", or a comma right after a party: links of a coordinated list.
fn is_list_link(view: &SentenceView, m: usize) -> bool {
    view.items[m].party().is_some()
        || (view.items[m].is_word() && matches!(view.lower(m), "and" | "&" | "or"))
        || (view.lower(m) == "," && m > 0 && view.items[m - 1].party().is_some())
}

/// Whether the party at `k` is the object of a verb ("thanked *Macron and Starmer*"), alone or
/// in a coordination: then it is no subject for a later verb of the same sentence.
pub(crate) fn after_verb(view: &SentenceView, k: usize) -> bool {
    for m in (k.saturating_sub(LOOK_BACK)..k).rev() {
        if skippable(view, m, false) || is_list_link(view, m) {
            continue;
        }
        if !view.items[m].is_word() {
            return false;
        }
        let l = view.lower(m);
        return view.is(m, WordClass::TRIGGER_VERB)
            || (l.ends_with("ed") && l.len() > 4 && !view.is(m, WordClass::PREPOSITION));
    }
    false
}

/// A capitalised word that is no title, month, weekday or determiner and does not open the
/// sentence or a quotation: possibly part of a name the gazetteer does not know.
pub(crate) fn capitalised_unknown(view: &SentenceView, doc: &str, m: usize) -> bool {
    let Some(it) = view.items.get(m) else {
        return false;
    };
    if !it.is_word() || view.title_case {
        return false;
    }
    let l = view.lower(m);
    let text = view.text(doc, m);
    // title case: "Sondland", "Kye-gwan"; capitals-only words are headlines or acronyms
    let capitalised = text.chars().next().is_some_and(char::is_uppercase)
        && text.chars().skip(1).any(char::is_lowercase);
    capitalised
        && !view.is_sentence_start(m)
        && l != "i"
        && !view.is(
            m,
            WordClass::TITLE_WORD | WordClass::MONTH | WordClass::WEEKDAY | WordClass::DETERMINER,
        )
}

/// A word that names an agent the gazetteer does not know: an agent noun ("whistleblower"), or
/// what looks like an unknown name — a capitalised possessive ("Sondland's"), an acronym outside
/// a headline ("IAG"), or two capitalised unknown words in a row ("Kelsey Davenport"). A lone
/// capitalised adjective ("European leaders") does not count.
fn unknown_agent(view: &SentenceView, doc: &str, m: usize, headline: bool) -> bool {
    if !view.items[m].is_word() {
        return false;
    }
    if view.is(m, WordClass::AGENT_NOUN) {
        return true;
    }
    if headline {
        return false;
    }
    let text = view.text(doc, m);
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let acronym = m > 0
        && letters >= 2
        && text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        && !view.is(m, WordClass::TITLE_WORD);
    if acronym {
        return true;
    }
    if !capitalised_unknown(view, doc, m) {
        return false;
    }
    let possessive = text.ends_with("'s") || text.ends_with("\u{2019}s");
    possessive
        || after_courtesy_title(view, doc, m)
        || capitalised_unknown(view, doc, m + 1)
        || (m > 0 && capitalised_unknown(view, doc, m - 1))
}

/// Whether item `m` follows a courtesy title ("Mr Brunson", "Ms. Haley"): a name, even alone.
pub(crate) fn after_courtesy_title(view: &SentenceView, doc: &str, m: usize) -> bool {
    // capitalised: "first lady Melania Trump" has a title, not a courtesy title
    let title_at = |k: usize| {
        view.items[k].is_word()
            && view.is(k, WordClass::COURTESY_TITLE)
            && view.text(doc, k).starts_with(char::is_uppercase)
    };
    (m >= 1 && title_at(m - 1)) || (m >= 2 && view.lower(m - 1) == "." && title_at(m - 2))
}

/// The subject of the clause before item `ti`: the nearest party not governed by a
/// preposition, unless an agent the gazetteer does not know stands closer.
fn subject_before(view: &SentenceView, doc: &str, ti: usize) -> Option<usize> {
    // A partial quotation ("offered “special thanks to …”") keeps the subject outside it.
    let headline = view.headline;
    // whether every item between the one at hand and the verb is an adverb or auxiliary,
    // kept up to date as the search steps back (not recounted for every item)
    let mut only_gaps_between = true;
    // (items from here on are passed over: an apposition a relative clause described)
    let mut skip_from = usize::MAX;
    for k in (ti.saturating_sub(LOOK_BACK)..ti).rev() {
        if k + 1 < ti {
            only_gaps_between &= between_subject_and_verb(view, k + 1);
        }
        if k >= skip_from {
            continue;
        }
        if is_clause_break(view, k) {
            return None;
        }
        // the verb of a clause a speech verb reports has its subject after that verb: "Lavrov
        // said *the West* had pressed Syria" names no pressing by Lavrov (but "Lavrov said …
        // and urged Syria" shares his subject); a party passed over as the speech verb's
        // object is the clause's subject when it does not follow the speech verb itself
        // ("Biden told Kishida *the US* would send …")
        if reported_clause_verb(view, k, ti) {
            return (k + 2..ti).find(|&m| {
                view.items[m].party().is_some()
                    && !after_preposition(view, doc, m)
                    && !view.items[m].actor().is_some_and(|a| a.possessive)
            });
        }
        // a dateline's dash ends the search: "ATHENS (Reuters) *-* Thousands of …"
        if k > 0
            && matches!(view.lower(k), "-" | "\u{2013}" | "\u{2014}")
            && view.lower(k - 1) == ")"
        {
            return None;
        }
        // a relative clause the verb follows past its closing comma ("Demir, *whom Turkey
        // jailed in 2016*, met …") holds no subject of the verb: the search goes on before it
        // (its antecedent is the subject if a party — "Putin, who arrived late, met" — and
        // otherwise it describes an apposition that holds none: "Cummings, a staunch *Obama*
        // supporter who is undecided, praised")
        let closed_relative = |k: usize| in_closed_relative(view, k, ti);
        if view.items[k].is_word() && is_relative_pronoun(view.lower(k)) && closed_relative(k) {
            // ("the top diplomat in *Ukraine*, who …": a party after a preposition is not it)
            let antecedent = (0..k).rev().find(|&m| view.lower(m) != ",")?;
            // (but the agent of a passive is one: "backed up by Rex Tillerson, who has …")
            if view.items[antecedent].party().is_some()
                && (!after_preposition(view, doc, antecedent) || passive_agent(view, antecedent))
            {
                return Some(antecedent);
            }
            // (an infinitive after it belongs to whom the apposition described, perhaps an
            // object: "urged Zelenskiy, a comedian who had just won, *to speak* with …")
            if ti > 0 && view.lower(ti - 1) == "to" {
                return None;
            }
            skip_from = (0..antecedent)
                .rev()
                .find(|&m| view.lower(m) == ",")
                .unwrap_or(0);
            only_gaps_between = false;
            continue;
        }
        // a relative clause: "leaders who met with Obama" — the antecedent or nothing
        if view.items[k].is_word()
            && (is_relative_pronoun(view.lower(k)) || view.lower(k) == "that")
        {
            let before = (0..k).rev().find(|&m| view.lower(m) != ",");
            return before.filter(|&m| {
                view.items[m].party().is_some()
                    && (!after_preposition(view, doc, m) || passive_agent(view, m))
            });
        }
        if view.items[k].is_word() && view.is(k, WordClass::SUBJECT_PRONOUN) {
            return None; // "it offered …": a subject we could not resolve
        }
        if view.items[k].party().is_none() {
            // an agent noun right after an actor is its head ("Russian officials said", "the
            // Assad regime"), and one governed by a preposition ("a majority in Parliament")
            // is no subject: neither is a rival
            let head_of_actor = heads_actor_before(view, k);
            // ("Blinken *and a delegation* of senior officials traveled to …": the
            // group joins a party before it, which is a subject)
            let joins_party = || {
                let mut m = k;
                while m > 0
                    && view.items[m - 1].is_word()
                    && view.text(doc, m - 1).starts_with(char::is_lowercase)
                    && !view.is(m - 1, WordClass::PREPOSITION | WordClass::CLAUSE_BREAK)
                    && view.lower(m - 1) != "and"
                    && k - m < 3
                {
                    m -= 1;
                }
                m >= 2 && view.lower(m - 1) == "and" && view.items[m - 2].party().is_some()
            };
            if unknown_agent(view, doc, k, headline)
                && !head_of_actor
                && !after_preposition(view, doc, k)
                && !joins_party()
            {
                return None;
            }
            continue;
        }
        if closed_relative(k) {
            continue;
        }
        // "traveled to Jeddah, *Saudi Arabia*, to meet …": a country after a town and its comma
        // says where the town is
        if k >= 3 && country_after_town(view, doc, k) && is_preposition(view, k - 3) {
            continue;
        }
        // "A met B and *C met* D": a party right before the verb (adverbs and auxiliaries
        // aside) is its subject, whatever verb stands before it
        let right_before = only_gaps_between;
        if (after_preposition(view, doc, k)
            && !officials_of(view, doc, k)
            && !opens_clause(view, k))
            || (!right_before && after_verb(view, k))
        {
            continue;
        }
        // "Putin's close associates": a possessor owns the noun after it, and is the subject
        // of no verb further on
        // (but "North Korea's deputy foreign minister … warned" speaks for its state, and
        // "Trump's willingness to meet" is Trump's own)
        let owns_noun = !right_before
            && view.items[k].actor().is_some_and(|a| a.possessive)
            && view.items.get(k + 1).is_some_and(|n| n.is_word())
            && !view.is(k + 1, WordClass::ACTOR_NOUN | WordClass::TITLE_WORD)
            && !(ti > 0 && view.lower(ti - 1) == "to" && ti <= k + 4);
        if owns_noun {
            continue;
        }
        return Some(k);
    }
    None
}

/// Whether the party at `k` follows "by", past its titles and describing words: the agent
/// of a passive ("was backed up *by* former Secretary of State Rex Tillerson").
fn passive_agent(view: &SentenceView, k: usize) -> bool {
    let by = (k.saturating_sub(8)..k)
        .rev()
        .find(|&m| view.items[m].is_word() && view.lower(m) == "by");
    by.is_some_and(|by| (by + 1..k).all(|m| skippable(view, m, true)))
}

/// Whether the country at item `k` follows a town and its comma, saying where the town is:
/// "Jeddah, *Saudi Arabia*", "Warsaw, *Poland*" (the town a capitalised word, or a seat the
/// gazetteer knows).
fn country_after_town(view: &SentenceView, doc: &str, k: usize) -> bool {
    let place = |m: usize| view.items[m].actor().is_some_and(|a| a.place_like);
    k >= 2
        && place(k)
        && view.lower(k - 1) == ","
        && (view.is_capitalised_word(doc, k - 2) || place(k - 2))
}

/// A pronoun that opens a relative clause ("that" aside: it opens reported speech as often),
/// contracted or not ("who've").
fn is_relative_pronoun(lower: &str) -> bool {
    let bare = lower
        .split_once(['\'', '\u{2019}'])
        .map_or(lower, |(head, _)| head);
    matches!(bare, "who" | "whom" | "which" | "whose")
}

/// Whether item `k` stands in a relative clause that a comma closes before item `ti`: "Demir,
/// whom *Turkey* jailed in 2016, met …" (`k` the pronoun itself, or a word after it in the
/// clause).
fn in_closed_relative(view: &SentenceView, k: usize, ti: usize) -> bool {
    (k + 1..ti).any(|m| view.lower(m) == ",")
        && (0..=k)
            .rev()
            .take_while(|&m| view.lower(m) != ",")
            .any(|m| view.items[m].is_word() && is_relative_pronoun(view.lower(m)))
}

/// The party of a relative clause right after an event noun, who held the event: "the talks
/// *he* held with Putin", "a phone conversation *Macron* had with", "the sanctions *the U.S.*
/// imposed on Turkey" (the noun's preposition right after the verb).
fn relative_clause_subject(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    entry: &TriggerEntry,
    tj: usize,
) -> Option<usize> {
    let word = |k: usize| view.items.get(k).is_some_and(|it| it.is_word());
    if tj == 0 || (word(tj - 1) && view.is(tj - 1, WordClass::PREPOSITION)) {
        return None;
    }
    let mut k = tj;
    if word(k) && matches!(view.lower(k), "that" | "which") {
        k += 1;
    }
    if word(k) && view.lower(k) == "the" {
        k += 1;
    }
    let party = view.items.get(k)?.party()?;
    // (or any light verb in the past: "the sanctions *the U.S.* imposed on Turkey")
    let held = word(k + 1)
        && (matches!(
            view.lower(k + 1),
            "had" | "has" | "have" | "held" | "holds" | "hold"
        ) || (view.is(k + 1, WordClass::LIGHT_VERB) && view.lower(k + 1).ends_with("ed")));
    let preposition = word(k + 2) && entry.target_prepositions().any(|p| p == view.lower(k + 2));
    (held && preposition && kind_ok(ctx, party, &entry.source_kinds)).then_some(k)
}

/// The source of a noun trigger: a possessive party right before it ("Japan's sanctions",
/// "his Beijing trip"), or the subject of a light verb ("Zelensky *held* talks with …",
/// "Japan is *preparing* … penalties for …"). Another verb in between ("had not *discussed*
/// sanctions") or a relative pronoun breaks the link.
fn noun_subject(view: &SentenceView, doc: &str, ti: usize) -> Option<usize> {
    let mut saw_light_verb = false;
    let mut saw_verb_form = false;
    // "reviewed preparations *to impose* costs on": the light verb is an infinitive that
    // completes a noun of intent, whose subject is that of the clause (the noun's item)
    let mut infinitive: Option<usize> = None;
    // "to support *Ukraine* and impose costs on Russia": past a coordinator, a party is the
    // object of the verb the light verb is coordinated with, no subject
    let mut coordinated_verb = false;
    let mut light_verb_at: Option<usize> = None;
    for k in (0..ti).rev() {
        let it = &view.items[k];
        if it.party().is_some() {
            let possessive = it.actor().is_some_and(|a| a.possessive);
            // "during *his* Beijing trip": the possessor owns the noun wherever the phrase stands
            // — unless a verb stands between, whose subject is sought ("by *Assad's* forces …
            // by ordering new sanctions")
            // (past a noun of intent only the party that owns it or, as a verb, is its subject:
            // "*Japan's* readiness to impose", "*Japan* plans to impose"; not "their commitment
            // to *Ukraine's* sovereignty and their readiness to impose …", nor "to help
            // *Ukraine* as well as actions to continue imposing …")
            let owns_intent = infinitive.is_none_or(|n| {
                n - k <= 3 && (k + 1..n).all(|m| !matches!(view.lower(m), "and" | "or" | ","))
            });
            if possessive && !(saw_verb_form && after_preposition(view, doc, k)) && owns_intent {
                return Some(k);
            }
            if saw_light_verb {
                // (light verbs, auxiliaries and adverbs aside: "Japan *has* plans to …")
                let subject_of_intent = infinitive.is_none_or(|n| {
                    (k + 1..n).all(|m| {
                        view.items[m].is_word()
                            && (view.is(
                                m,
                                WordClass::AUXILIARY
                                    | WordClass::LIGHT_VERB
                                    | WordClass::DETERMINER,
                            ) || view.lower(m).ends_with("ly"))
                    })
                });
                return (!after_preposition(view, doc, k)
                    && !coordinated_verb
                    && subject_of_intent)
                    .then_some(k);
            }
            // a modifier right before the noun ("the Paris meeting"): keep looking for its owner
            if k + 1 == ti || (k + 2 == ti && view.items[k + 1].is_word()) {
                continue;
            }
            return None;
        }
        if it.actor().is_some() || view.is_quote(k) {
            continue;
        }
        // "Kerry and his counterpart, *Sergey Lavrov*, held talks": a subject's appositive
        // between commas, naming again the person before it
        if saw_light_verb && view.lower(k) == "," && k >= 3 && names_again(view, k - 3, k - 1) {
            return Some(k - 1);
        }
        if !it.is_word() || ti - k > 12 {
            return None;
        }
        let l = view.lower(k);
        let c = view.class(k);
        // an -ed or -ing word right after a possessor (an adverb aside) is an adjective of its
        // noun ("Flynn's *resulting* communications", "his hastily *arranged* summit")
        let after_possessor = {
            let mut p = k.checked_sub(1);
            if let Some(q) = p.filter(|&q| view.items[q].is_word() && view.lower(q).ends_with("ly"))
            {
                p = q.checked_sub(1);
            }
            p.and_then(|p| view.items[p].actor())
                .is_some_and(|a| a.possessive)
        };
        let verb_form = (l.ends_with("ed") || l.ends_with("ing")) && !after_possessor;
        if c.has(WordClass::LIGHT_VERB) {
            saw_light_verb |= !c.has(WordClass::DETERMINER);
            light_verb_at = Some(k);
            saw_verb_form |= verb_form;
            continue;
        }
        coordinated_verb |= saw_light_verb
            && (matches!(l, "and" | "or") || (l == "as" && k > 0 && view.lower(k - 1) == "well"));
        // a date inside the phrase is a modifier too ("the president's *July 2019* call with")
        if c.has(
            WordClass::DETERMINER
                | WordClass::TITLE_WORD
                | WordClass::MONTH
                | WordClass::NUMBER_WORD,
        ) || l.bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        // (an infinitive in its base form: "response *to increased* sanctions" is none; and
        // one that completes a noun of intent: "called on the world *to* impose" has a subject
        // of its own, the one called on)
        if l == "to"
            && k + 1 < ti
            && view.items[k + 1].is_word()
            && view.is(k + 1, WordClass::LIGHT_VERB)
            && !view.lower(k + 1).ends_with("ed")
            && !view.lower(k + 1).ends_with("ing")
        {
            let completes =
                k > 0 && view.items[k - 1].is_word() && INTENT_NOUNS.contains(&view.lower(k - 1));
            infinitive = completes.then(|| k - 1);
            continue;
        }
        let verb_like = verb_form && l.len() > 4;
        // (a finite verb's: a participle's subject is not the party before it, "to provide
        // Ukraine with aid and *leading* efforts to impose …")
        if verb_like && infinitive.is_some() && !after_possessor {
            return (!l.ends_with("ing"))
                .then(|| subject_before(view, doc, k))
                .flatten();
        }
        // ("Israeli *negotiators* held talks": an agent noun right before the light verb, the
        // head of an actor, is that actor's noun)
        let heads_subject = light_verb_at == Some(k + 1) && heads_actor_before(view, k);
        if verb_like
            || matches!(l, "who" | "which" | "that" | "whom")
            || (unknown_agent(view, doc, k, false) && !heads_subject)
        {
            return None;
        }
        // a capitalised word names someone else, unless it modifies the possessor's noun
        // ("his *Asia* tour", "his historic *Asia* tour"; not "Al Jazeera's Rob *Reynolds*")
        let modifies_noun = k + 1 < view.len()
            && view.items[k + 1].is_word()
            && view.text(doc, k + 1).starts_with(char::is_lowercase);
        let in_possessed_noun = modifies_noun
            && (k.saturating_sub(3)..k).rev().find_map(|p| {
                let it = &view.items[p];
                if it.actor().is_some_and(|a| a.possessive) {
                    return Some(true);
                }
                (!it.is_word() || !view.text(doc, p).starts_with(char::is_lowercase))
                    .then_some(false)
            }) == Some(true);
        if view
            .text(doc, k)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            && !in_possessed_noun
        {
            return None;
        }
    }
    None
}

/// The subject of the clause a sentence-opening phrase around a trigger at `ti` leads into:
/// "*In a meeting with* President Bukele, *Dr. Gordon* emphasized …", "During their call with
/// Modi, Biden …", "After meeting Abe, Trump …". The phrase must open the sentence and end in
/// a comma; the party right after that comma is the source.
fn fronted_phrase_subject(view: &SentenceView, doc: &str, ti: usize) -> Option<usize> {
    let opening_word = |k: usize| {
        view.items[k].is_word()
            && (view.is(k, WordClass::PREPOSITION)
                || matches!(
                    view.lower(k),
                    "during" | "in" | "at" | "after" | "following"
                ))
    };
    // a subordinator opens a participle's clause only, right before it or its adverbs:
    // "*While* urging Congress to act, Harris …" (not "While talks with Iran stalled, …", where
    // the noun has a verb of its own, nor "Before the meeting with …")
    let participle_trigger = view.items[ti].is_word() && view.lower(ti).ends_with("ing");
    let subordinating = |k: usize| {
        view.items[k].is_word()
            && matches!(
                view.lower(k),
                "while" | "when" | "before" | "since" | "once"
            )
    };
    // (adverbs may stand between: "While *once again* urging Congress …")
    let adverb = |k: usize| {
        view.items[k].is_word()
            && (view.is(k, WordClass::GAP) || view.lower(k).ends_with("ly") || subordinating(k))
    };
    let subordinator = |k: usize| participle_trigger && subordinating(k) && (k + 1..ti).all(adverb);
    // (a subordinator's own test already covers the words up to the trigger)
    let opens_at = |start: usize| {
        start < ti
            && (subordinator(start)
                || (opening_word(start)
                    && (start..ti).all(|k| {
                        let pronoun = view.items[k]
                            .actor()
                            .is_some_and(|a| a.via == Via::Reference && a.possessive);
                        // (a date may stand before the noun: "In his *June 4* speech in …")
                        let date_word = view.items[k].is_word()
                            && (view.is(k, WordClass::MONTH | WordClass::NUMBER_WORD)
                                || view.lower(k).bytes().all(|b| b.is_ascii_digit()));
                        pronoun
                            || opening_word(k)
                            || subordinator(k)
                            || date_word
                            || (view.items[k].is_word() && view.is(k, WordClass::DETERMINER))
                    })))
    };
    // the phrase opens the sentence, or a clause reported with "that": "Mnuchin said *that
    // after consulting with* Trump, he …"
    let after_that = (0..ti)
        .rev()
        .find(|&k| view.items[k].is_word() && view.lower(k) == "that")
        .map(|k| k + 1);
    // (or the trigger opens it as a participle: "*Arriving* in Kyiv on Tuesday, Scholz …",
    // "*Visiting* Paris, Secretary of State Antony Blinken …")
    let participle = ti == 0 && view.items[0].is_word() && view.lower(0).ends_with("ing");
    if !(participle || opens_at(0) || after_that.is_some_and(opens_at)) {
        return None;
    }
    // (the phrase's own commas set off where its town is: "Speaking in Newport, *United
    // Kingdom*, Poroshenko said")
    let mut commas = (ti + 1..view.len().min(ti + 25)).filter(|&k| view.lower(k) == ",");
    let comma = commas.next()?;
    let first_party = |comma: usize| {
        (comma + 1..view.len().min(comma + 6))
            .take_while(|&k| skippable(view, k, false) || view.items[k].party().is_some())
            .find(|&k| view.items[k].party().is_some())
    };
    // (a country right after the town's comma, and a comma after it)
    let town_country = |k: usize| {
        k == comma + 1
            && country_after_town(view, doc, k)
            && view.items.get(k + 1).is_some()
            && view.lower(k + 1) == ","
    };
    match first_party(comma) {
        // (and a date may follow it: "in Davos, Switzerland, on Friday, Kerry said")
        Some(k) if town_country(k) => commas.filter(|&c| c > k).find_map(first_party),
        found => found,
    }
}

/// The subject of the clause a closing "during a visit to …", "on a trip to …" or "after a
/// meeting in …" belongs to: for "after" and "following", the subject of the verb right
/// before; for "during" and "on", that of the first verb of the clause an "as", "while" or
/// "when" opened mid-sentence, else of the sentence's first verb ("Rumsfeld declared victory
/// *during a visit to* Iraq").
fn during_phrase_subject(view: &SentenceView, doc: &str, ti: usize) -> Option<usize> {
    let mut k = ti.checked_sub(1)?;
    // (past the noun's modifiers: "during *a brief* visit to", "after *a two-day* meeting in")
    let mut modifiers = 0;
    while view.items[k].is_word()
        && (view.is(k, WordClass::DETERMINER)
            || (modifiers < 2 && view.is_plain_lower_word(doc, k)))
    {
        if !view.is(k, WordClass::DETERMINER) {
            modifiers += 1;
        }
        k = k.checked_sub(1)?;
    }
    if !(view.items[k].is_word()
        && matches!(view.lower(k), "during" | "on" | "after" | "following"))
    {
        return None;
    }
    // set off by commas after its subject: "Scholz, *on a trip to* Beijing, said …" (not after
    // a place: "… in Syria, *following* a meeting with …")
    if k >= 2
        && view.lower(k - 1) == ","
        && view.items[k - 2].party().is_some()
        && !after_preposition(view, doc, k - 2)
    {
        return Some(k - 2);
    }
    // what happened after a meeting is told by the clause right before it ("… as Pence
    // announced the terms, *following* a meeting with …"); what happened during a visit, by
    // the sentence's main clause
    if matches!(view.lower(k), "after" | "following") {
        // (a verb the lexicon cannot tell, "Scholz *flew* home after …", stands between the
        // subject and the phrase)
        let verb = (0..k)
            .rev()
            .find(|&m| is_finite_verb_like(view, m))
            .unwrap_or(k);
        return subject_before(view, doc, verb);
    }
    // a clause opened by "as" or "while" in mid-sentence holds the phrase: "Bombs killed 18
    // *as* the Defence Secretary, Donald Rumsfeld, declared … during a visit to Iraq"
    let opener = (1..k).rev().find(|&m| {
        view.items[m].is_word()
            && matches!(view.lower(m), "as" | "while" | "when")
            && view.items.get(m + 1).is_some_and(|n| {
                n.party().is_some()
                    || view.is(m + 1, WordClass::DETERMINER | WordClass::SUBJECT_PRONOUN)
            })
    });
    opener
        .and_then(|o| (o + 1..k).find(|&m| is_finite_verb_like(view, m)))
        .and_then(|verb| subject_before(view, doc, verb))
        .or_else(|| first_verb_subject(view, doc, k))
}

/// The country or body right before a sanction noun whose target the phrase names: "*U.S.*
/// sanctions against Iran", "*EU* economic sanctions on Russia". (Without "on" or "against"
/// the modifier is as often the target: "Iran sanctions", "the Russia sanctions bill".)
fn imposer_before(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    entry: &TriggerEntry,
    ti: usize,
    tj: usize,
) -> Option<usize> {
    let names_target =
        tj > ti && view.items[tj - 1].is_word() && matches!(view.lower(tj - 1), "on" | "against");
    if entry.kind != RelationKind::Sanctioned || !names_target {
        return None;
    }
    // (past an adjective or two: "U.S. *economic* sanctions", "*ramped-up* … sanctions")
    let k = (ti.saturating_sub(3)..ti)
        .rev()
        .find(|&k| !view.is_plain_lower_word(doc, k))?;
    // (a demonym too: "*American* sanctions on Venezuela", "*British* sanctions against Iran")
    let party = view.items[k].party().or_else(|| view.demonym_at(k))?;
    let possessive = view.items[k].actor().is_some_and(|a| a.possessive);
    (!possessive && ctx.kind_of(party) != EntityKind::Person).then_some(k)
}

/// Nouns of a country's people, to whom what is given goes to the country.
const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "civilians",
    "citizens",
    "population",
    "populations",
    "families",
    "refugees",
    "residents",
    "children",
    "victims",
];

/// The country whose people a phrase from item `from` names: "the (suffering) *people* of
/// Ukraine", "civilians in Gaza".
fn people_of(view: &SentenceView, doc: &str, from: usize) -> Option<usize> {
    let mut k = from;
    while k < view.len()
        && k < from + 3
        && view.items[k].is_word()
        && !PEOPLE_NOUNS.contains(&view.lower(k))
        && (view.lower(k) == "the" || view.is_plain_lower_word(doc, k))
    {
        k += 1;
    }
    let people = k < view.len() && view.items[k].is_word() && PEOPLE_NOUNS.contains(&view.lower(k));
    let of = k + 1 < view.len() && matches!(view.lower(k + 1), "of" | "in");
    (people && of)
        .then(|| actor_after(view, doc, k + 2, 0, false))
        .flatten()
        .filter(|&t| view.items[t].actor().is_some_and(|a| a.place_like))
}

/// Whether the noun phrase ending at the noun `ti` is what someone presses, calls, pushes or
/// asks *for* ("pressed for tougher EU sanctions", "calls for new tariffs on").
fn sought_for(view: &SentenceView, doc: &str, ti: usize) -> bool {
    // back over the noun's modifiers: articles, adjectives, a country naming whose they are
    let Some(k) = (ti.saturating_sub(5)..ti).rev().find(|&k| {
        let it = &view.items[k];
        !(it.actor()
            .is_some_and(|a| a.modifier || a.adjective || !a.possessive)
            || (it.is_word()
                && !view.is(k, WordClass::PREPOSITION)
                && view.text(doc, k).starts_with(char::is_lowercase)))
    }) else {
        return false;
    };
    k > 0
        && view.items[k].is_word()
        && view.lower(k) == "for"
        && view.items[k - 1].is_word()
        && matches!(
            view.lower(k - 1),
            "press"
                | "pressed"
                | "presses"
                | "pressing"
                | "call"
                | "called"
                | "calls"
                | "calling"
                | "push"
                | "pushed"
                | "pushes"
                | "pushing"
                | "ask"
                | "asked"
                | "asks"
                | "asking"
                | "argue"
                | "argued"
                | "argues"
                | "arguing"
                | "lobby"
                | "lobbied"
                | "lobbying"
                | "appeal"
                | "appealed"
                | "appealing"
        )
}

/// The parties of "joined <parties> in" right before the gerund at `ti` ("joined President
/// Zelenskyy in *urging*"), who share its action with the subject.
fn joined_in(ctx: &DocContext<'_>, view: &SentenceView, doc: &str, ti: usize) -> Vec<usize> {
    let gerund = view.items[ti].is_word() && view.lower(ti).ends_with("ing");
    if !gerund || ti < 3 || view.lower(ti - 1) != "in" {
        return Vec::new();
    }
    let Some(last) = Some(ti - 2).filter(|&k| view.items[k].party().is_some()) else {
        return Vec::new();
    };
    let parties = coordinated(ctx, view, doc, last, false);
    let first = parties.iter().copied().min().unwrap_or(last);
    let verb = (first.saturating_sub(3)..first).rev().find(|&k| {
        view.items[k].is_word() && !view.is(k, WordClass::DETERMINER | WordClass::TITLE_WORD)
    });
    match verb {
        Some(v) if matches!(view.lower(v), "joined" | "joins" | "join" | "joining") => parties,
        _ => Vec::new(),
    }
}

/// The subject of a participle clause that closes a sentence: "Harris met activists on
/// Tuesday, *urging* Congress to act" — the subject of the sentence's first verb, unless that
/// verb reports what others did ("Reuters noted that the paper …, *accusing* Tokyo"), whose
/// clause the participle may belong to.
fn participle_subject(view: &SentenceView, doc: &str, ti: usize) -> Option<usize> {
    let comma = ti.checked_sub(1)?;
    let participle = view.items[ti].is_word() && view.lower(ti).ends_with("ing");
    if !participle || view.lower(comma) != "," {
        return None;
    }
    participle_subject_at(view, doc, comma)
}

/// The actor right before the verb at `verb`, adverbs and auxiliaries aside: its subject
/// beyond doubt ("McKinley *had* urged", "Obama *repeatedly* called").
pub(crate) fn adjacent_subject(view: &SentenceView, verb: usize) -> Option<usize> {
    word_before_verb(view, verb).filter(|&k| view.items[k].party().is_some())
}

/// The item right before the verb at `verb`, adverbs and auxiliaries aside: where its subject
/// stands, if it has one there.
fn word_before_verb(view: &SentenceView, verb: usize) -> Option<usize> {
    (0..verb)
        .rev()
        .find(|&k| !between_subject_and_verb(view, k))
}

/// The subject of a participle clause opening after the comma at `comma`: the subject of the
/// sentence's first verb — where that verb reports what someone else did, only if the report's
/// subject is the speaker again ("Merkel said *she* would press …, agreeing with …").
fn participle_subject_at(view: &SentenceView, doc: &str, comma: usize) -> Option<usize> {
    let verb = first_verb(view, comma)?;
    let relative = (verb + 1..comma)
        .any(|m| view.items[m].is_word() && matches!(view.lower(m), "who" | "which"));
    let reported = view.is(verb, WordClass::SPEECH_VERB)
        || (verb + 1..comma).any(|m| view.items[m].is_word() && view.lower(m) == "that");
    if relative {
        return None;
    }
    let subject = subject_before(view, doc, verb)?;
    if reported {
        let mut k = verb + 1;
        if k < comma && view.items[k].is_word() && view.lower(k) == "that" {
            k += 1;
        }
        let again = view.items.get(k).and_then(|it| it.party()).is_some()
            && view.items[k].party() == view.items[subject].party();
        return again.then_some(k);
    }
    Some(subject)
}

/// The verb whose object or prepositional phrase is the party right before item `ti`: "agreed
/// *with* Trump by phone", "called Macron by phone".
fn governing_verb(view: &SentenceView, ti: usize) -> Option<usize> {
    let target = ti
        .checked_sub(1)
        .filter(|&k| view.items[k].party().is_some())?;
    let mut k = target.checked_sub(1)?;
    // (past the target's titles: "with *Mr* Trump", "with *President* Macron")
    while k > 0
        && ((view.items[k].is_word()
            && view.is(
                k,
                WordClass::TITLE_WORD | WordClass::COURTESY_TITLE | WordClass::HONORIFIC,
            ))
            || view.lower(k) == ".")
    {
        k -= 1;
    }
    if view.items[k].is_word() && matches!(view.lower(k), "with" | "to") {
        k = k.checked_sub(1)?;
    }
    let word =
        view.items[k].is_word() && !view.is(k, WordClass::PREPOSITION | WordClass::DETERMINER);
    word.then_some(k)
}

/// The subject of the first verb before item `before`.
fn first_verb_subject(view: &SentenceView, doc: &str, before: usize) -> Option<usize> {
    subject_before(view, doc, first_verb(view, before)?)
}

/// The first word before item `before` that is a verb by the lexicon or by its "-ed".
fn first_verb(view: &SentenceView, before: usize) -> Option<usize> {
    // a sentence opening with a subordinate clause has its main verb after the clause's comma
    // ("*While* Trump sounded conciliatory, Kim used …")
    let subordinate = view.items.first().is_some_and(|it| it.is_word())
        && matches!(
            view.lower(0),
            "while"
                | "although"
                | "though"
                | "as"
                | "when"
                | "if"
                | "because"
                | "since"
                | "whereas"
        );
    let start = if subordinate {
        (1..before)
            .find(|&m| view.lower(m) == ",")
            .map_or(0, |c| c + 1)
    } else {
        0
    };
    (start..before).find(|&m| is_finite_verb_like(view, m))
}

/// Whether item `m` is a verb by the lexicon or by its "-ed".
fn is_finite_verb_like(view: &SentenceView, m: usize) -> bool {
    view.items[m].is_word() && {
        let l = view.lower(m);
        view.is(m, WordClass::SPEECH_VERB | WordClass::TRIGGER_VERB)
            || (l.ends_with("ed") && l.len() > 4)
    }
}

/// The last item of the "of …" phrase that qualifies the person at `k`, or `k` itself: a
/// country or body ("President Macron *of France*", "Prime Minister Sunak *of the United
/// Kingdom*"), or a place the gazetteer names no actor for, in capitalised words that close
/// the list member ("Governor Kathy Hochul *of New York*, Governor …").
fn past_of_phrase(view: &SentenceView, doc: &str, k: usize) -> usize {
    let is_person_like = view.items[k]
        .actor()
        .is_some_and(|a| !a.possessive && !a.place_like);
    if !is_person_like
        || view.items.get(k + 1).is_none_or(|i| !i.is_word())
        || view.lower(k + 1) != "of"
    {
        return k;
    }
    let mut m = k + 2;
    if m < view.len() && view.items[m].is_word() && view.lower(m) == "the" {
        m += 1;
    }
    match view.items.get(m) {
        Some(it) if it.actor().is_some() => m,
        Some(_) => {
            let place_word =
                |q: usize| view.is_capitalised_word(doc, q) && !view.is(q, WordClass::TITLE_WORD);
            let end = (m..view.len().min(m + MAX_PLACE_WORDS))
                .take_while(|&q| place_word(q))
                .last();
            // (what follows must end the member: "of Ohio *said*" may be a clause's verb)
            let closes = |q: usize| {
                view.items
                    .get(q)
                    .is_none_or(|_| matches!(view.lower(q), "," | ";" | "." | "and" | "or"))
            };
            end.filter(|&e| closes(e + 1)).unwrap_or(k)
        }
        None => k,
    }
}

/// Whether item `m` is a word of an office's name after its "of" or "for" ("Minister of
/// *Energy*", "Minister for *Strategic Affairs*"): at most three words after the preposition,
/// which must follow a title word.
fn in_office_name(view: &SentenceView, m: usize) -> bool {
    let plain_word = |k: usize| {
        view.items[k].is_word() && !view.is(k, WordClass::PREPOSITION | WordClass::CLAUSE_BREAK)
    };
    if !plain_word(m) {
        return false;
    }
    let mut k = m;
    while k > 0 && plain_word(k) && k + 3 > m {
        k -= 1;
    }
    view.items[k].is_word()
        && matches!(view.lower(k), "of" | "for")
        && k > 0
        && view.items[k - 1].is_word()
        && view.is(k - 1, WordClass::TITLE_WORD)
}

/// The most coordinated sources of a symmetric event that are each other's partners.
const MAX_PAIRWISE_PARTIES: usize = 6;

/// Whether "to" at item `k` opens an infinitive ("to *discuss*"), as the tagger reads its next
/// two words; without a tagger, never.
fn infinitive_after(ctx: &DocContext<'_>, view: &SentenceView, doc: &str, k: usize) -> bool {
    let Some(model) = ctx.syntax else {
        return false;
    };
    let next = |m: usize| {
        view.items
            .get(m)
            .filter(|it| it.is_word())
            .map(|_| view.text(doc, m))
    };
    let Some(first) = next(k + 1) else {
        return false;
    };
    let mut words = vec!["to", first];
    words.extend(next(k + 2));
    model.tag(&words).get(1) == Some(&crate::syntax::UPos::Verb)
}

const MAX_TITLE_AFTER_BODY: usize = 10;

/// Whether the actor at `m`, a country or a body, is part of the office the person after it
/// holds, not a party of its own: capitalised words of the office follow it, and only such
/// words (and "of", "for", "the", "to", other bodies) stand between it and the person ("*White
/// House* American Rescue Plan Coordinator Gene Sperling", "*National Security Council*
/// Senior Director for the Western Hemisphere Juan Gonzalez"). The person is the item at
/// `until` when given, else the first person after `m`.
fn body_in_title(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    m: usize,
    until: Option<usize>,
) -> bool {
    let person = |k: usize| {
        view.items[k]
            .party()
            .is_some_and(|p| ctx.kind_of(p) == EntityKind::Person)
    };
    if person(m) || view.items[m].party().is_none() {
        return false;
    }
    let office_word = |k: usize| {
        view.is_capitalised_word(doc, k)
            || (view.items[k].is_word() && matches!(view.lower(k), "of" | "for" | "the" | "to"))
            || (view.items[k].actor().is_some() && !person(k))
    };
    let end = view.len().min(m + 1 + MAX_TITLE_AFTER_BODY);
    let holder = match until {
        Some(p) => (p > m + 1 && p <= end && person(p) && (m + 1..p).all(office_word)).then_some(p),
        None => (m + 1..end)
            .find(|&k| !office_word(k))
            .filter(|&k| k > m + 1 && person(k)),
    };
    // (with a word of the office between: "France *and* Germany" are two)
    holder.is_some_and(|p| (m + 1..p).any(|k| view.is_capitalised_word(doc, k)))
}

/// `first` and the actors coordinated with it ("X, Y and Z").
fn coordinated(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    first: usize,
    forward: bool,
) -> Vec<usize> {
    let mut out = vec![first];
    // backward, ", and I" opens a clause of its speaker's own: "… kept the talks alive, *and I*
    // thank him for it"
    let first_person = view.items[first]
        .actor()
        .is_some_and(|a| a.via == Via::Reference)
        && matches!(view.lower(first), "i" | "we");
    if !forward
        && first_person
        && first >= 2
        && view.lower(first - 1) == "and"
        && view.lower(first - 2) == ","
    {
        return out;
    }
    let mut k = first;
    // backward, commas join only a list that has its "and": "Britain, France and Germany" —
    // which may come after the member we start from, before a group no party names, when the
    // list opens the sentence ("Spain, Portugal *and* other countries urged")
    let and_at =
        |k: usize| view.items.get(k).is_some_and(|it| it.is_word()) && view.lower(k) == "and";
    let and_follows = !forward
        && (and_at(first + 1)
            || (first + 2 < view.len() && view.lower(first + 1) == "," && and_at(first + 2)));
    let opens_list = |m: usize| m == 0 || view.lower(m - 1) == ",";
    let mut list_has_and = false;
    loop {
        if forward {
            k = past_of_phrase(view, doc, k);
        }
        let mut saw_coordinator = false;
        // a comma alone links this step: "France, the E.U. …" may start a new clause
        let mut comma_only = true;
        let mut next = None;
        let mut steps = 0;
        let mut m = k;
        loop {
            if forward {
                m += 1;
                if m >= view.len() {
                    break;
                }
            } else {
                if m == 0 {
                    break;
                }
                m -= 1;
            }
            steps += 1;
            if steps > 12 {
                break;
            }
            // "President Macron, *the summit's host,* and Chancellor Scholz": an appositive between
            // commas that names no actor (a possessive may stand in it) describes the member
            // before it
            let opens_appositive = (view.items[m].is_word()
                && matches!(view.lower(m), "the" | "his" | "her" | "its" | "their"))
                || view.items[m].actor().is_some_and(|a| a.possessive);
            // "King Salman and *the kingdom's de facto ruler,* Crown Prince Mohammed": a
            // description before its name, between the coordinator and a comma
            if forward && saw_coordinator && !comma_only && opens_appositive {
                let comma = (m + 1..view.len().min(m + 8))
                    .take_while(|&q| {
                        view.lower(q) == ","
                            || (view.items[q].is_word()
                                && view.text(doc, q).starts_with(char::is_lowercase))
                    })
                    .find(|&q| view.lower(q) == ",");
                let named = comma.and_then(|c| {
                    (c + 1..view.len().min(c + 6))
                        .take_while(|&q| view.items[q].party().is_some() || view.items[q].is_word())
                        .find(|&q| view.items[q].party().is_some())
                        .filter(|&q| {
                            (c + 1..q).all(|w| {
                                let text = view.text(doc, w);
                                text.starts_with(char::is_uppercase)
                                    || text.bytes().any(|b| b.is_ascii_digit())
                            })
                        })
                });
                if let Some(q) = named {
                    m = q - 1;
                    continue;
                }
            }
            if forward && saw_coordinator && comma_only && opens_appositive {
                let close = (m + 1..view.len().min(m + 7))
                    .take_while(|&q| {
                        view.items[q].party().is_none()
                            || view.items[q].actor().is_some_and(|a| a.possessive)
                    })
                    .find(|&q| view.lower(q) == ",");
                if let Some(close) = close {
                    m = close;
                    continue;
                }
            }
            // a body named in the next member's title, or in the title of the one we came
            // from, is part of it: "…, and *White House* American Rescue Plan Coordinator Gene
            // Sperling"
            let until = (!forward).then_some(k);
            if view.items[m].party().is_some() && body_in_title(ctx, view, doc, m, until) {
                continue;
            }
            if view.items[m].party().is_some() {
                // "Obama, Mr Trump's predecessor": a possessive names whose noun follows, no list member
                let possessive = view.items[m].actor().is_some_and(|a| a.possessive);
                // "tariffs on France, the E.U. *will* respond": the subject of the next clause
                // (after "and" it is still a list: "Netanyahu and Abbas would …")
                // and so is the speaker of an attribution: "… to Ukraine, *Scholz said*"
                let subject_of_next = forward
                    && comma_only
                    && view.items.get(m + 1).is_some_and(|n| {
                        n.is_word() && view.is(m + 1, WordClass::AUXILIARY | WordClass::SPEECH_VERB)
                    });
                // (backward, a place a preposition governs ends the list: "developments in
                // Gaza and *the President* thanked" names one subject)
                let other_clause = !forward && opens_clause(view, k) && m + 2 == k;
                let owner_ahead = forward && possessive;
                // (backward, a possessive before a title and a comma owns the office of the
                // member after it: "*Hamas's* chief negotiator, Khalil Hayya, and
                // Blinken")
                let office_of_next = !forward
                    && possessive
                    && (m + 1..k).any(|q| view.lower(q) == ",")
                    && (m + 1..k).all(|q| view.lower(q) == "," || skippable(view, q, false));
                // (backward, a place before a comma ends a fronted phrase: "In Berlin, Macron
                // and Scholz")
                let fronted_place = !forward
                    && comma_only
                    && view.lower(m + 1) == ","
                    && closes_fronted_place(view, m + 1);
                let member = !(owner_ahead
                    || subject_of_next
                    || other_clause
                    || office_of_next
                    || fronted_place)
                    && (forward || list_has_and || opens_list(m));
                if saw_coordinator && member {
                    next = Some(m);
                }
                // backward, a comma apart, the same person named twice is an appositive:
                // "Kerry and *his Russian counterpart*, Sergey Lavrov, met": the list goes on
                // from the first naming
                if !forward && !saw_coordinator && names_again(view, m, k) {
                    k = m;
                    steps = 0;
                    continue;
                }
                break;
            }
            let l = view.lower(m);
            // forward, a comma lists ("Xi Jinping, Kim Jong Un"); backward it mostly ends an
            // introductory phrase ("After meeting Modi, Trump …"), so only "and" coordinates
            // a semicolon separates the items of a long list ("A of Estonia; B of Latvia; …")
            if ((forward || list_has_and || and_follows) && (l == "," || (forward && l == ";")))
                || (view.items[m].is_word() && matches!(l, "and" | "&" | "or"))
            {
                saw_coordinator = true;
                list_has_and |= l != ",";
                comma_only &= l == ",";
                continue;
            }
            if !forward && l == "," {
                continue;
            }
            if forward
                && view.items[m].is_word()
                && l == "as"
                && m + 2 < view.len()
                && view.lower(m + 1) == "well"
                && view.lower(m + 2) == "as"
            {
                saw_coordinator = true;
                m += 2;
                continue;
            }
            if skippable(view, m, false) {
                continue;
            }
            // the capitalised words of an office named with "of" or "for" ("Minister *of
            // Energy*", "Minister *for External Affairs*") belong to the title before a name
            if forward && saw_coordinator && in_office_name(view, m) {
                continue;
            }
            // so do the capitalised words of an office the lexicon does not know, between a
            // list's comma and the next name ("…, *War Cabinet Member* Benny Gantz, …")
            if forward && saw_coordinator && view.is_capitalised_word(doc, m) {
                continue;
            }
            // and a description in lower case before a member's name ("…, *observer in the
            // War Cabinet* Gadi Eisenkot, and *opposition leader* Yair Lapid")
            if forward && saw_coordinator {
                if let Some(named) = described_member(view, doc, m) {
                    m = named - 1;
                    continue;
                }
            }
            // backward, the same words stand before the name we started from, up to the
            // list's comma: "…, and *Deputy Secretary of State for Management and
            // Resources* Richard Verma met", "…, *Homeland Security Advisor* Liz …"
            if !forward
                && (view.is_capitalised_word(doc, m)
                    || (is_preposition(view, m) && m > 0 && view.is_capitalised_word(doc, m - 1)))
            {
                continue;
            }
            break;
        }
        match next {
            Some(n) => {
                out.push(n);
                k = n;
            }
            None => return out,
        }
    }
}

/// Nouns an infinitive completes for their owner ("*preparations* to impose costs", "their
/// *readiness* to impose sanctions"): its subject is the clause's.
const INTENT_NOUNS: &[&str] = &[
    "preparations",
    "preparation",
    "readiness",
    "efforts",
    "effort",
    "plans",
    "plan",
    "commitment",
    "commitments",
    "determination",
    "decision",
    "willingness",
    "intention",
    "resolve",
    "pledge",
    "pledges",
    "promise",
    "promises",
    "coordination",
    "steps",
    "measures",
    "actions",
    "bid",
    "push",
    "attempt",
];

/// Nouns of kinship: "the *parents of* Trevor Reed" names whose relatives they are.
const KIN_NOUNS: &[&str] = &[
    "parents",
    "parent",
    "wife",
    "husband",
    "widow",
    "son",
    "sons",
    "daughter",
    "daughters",
    "mother",
    "father",
    "brother",
    "sister",
    "family",
    "children",
    "relatives",
];

/// Whether item `k` is a word in the past tense by its form: "-ed", or one of
/// [`IRREGULAR_PAST`].
fn is_past_word(view: &SentenceView, k: usize) -> bool {
    view.items.get(k).is_some_and(|it| {
        let word = view.lower(k);
        it.is_word() && (word.ends_with("ed") || IRREGULAR_PAST.contains(&word))
    })
}

/// Past tenses without "-ed" of verbs that follow a meeting in one clause ("met and *held*
/// talks", "met and *spoke* to reporters").
const IRREGULAR_PAST: &[&str] = &[
    "held", "had", "made", "gave", "took", "began", "sat", "spoke", "met", "told", "said", "went",
    "flew", "came", "sent",
];

/// The name that a list member opening at `m` with a description in lower case ends in:
/// "observer in the War Cabinet *Gadi Eisenkot*" (up to six words before the name, and the name
/// closing the member: a comma, "and", or the sentence's end follows it), when a word of the
/// description names a role or an occupation; or the last word of a name the resolver could
/// not place, when a comma closes it (that member is no party, but the list goes on past it).
/// A description of kin names no member ("the parents of …"). A word that could be the verb
/// of a new clause ends the search ("…, *signed* a deal with Egypt"), as does a preposition
/// that no title holds ("…, then discussing trade *with* Egypt").
fn described_member(view: &SentenceView, doc: &str, m: usize) -> Option<usize> {
    if !view.items.get(m)?.is_word()
        || !view.text(doc, m).starts_with(char::is_lowercase)
        || view.is(m, WordClass::PREPOSITION)
    {
        return None;
    }
    // a description says what someone is ("opposition *leader*", "*observer* in the War
    // *Cabinet*"): without such a word, the phrase is about something else ("developments in
    // Iran")
    let roles = WordClass::TITLE_WORD
        | WordClass::DESCRIPTOR
        | WordClass::GAP
        | WordClass::AGENT_NOUN
        | WordClass::ACTOR_NOUN;
    let mut describes = false;
    let clause_words = WordClass::AUXILIARY
        | WordClass::SPEECH_VERB
        | WordClass::TRIGGER_VERB
        | WordClass::LIGHT_VERB
        | WordClass::CLAUSE_BREAK
        | WordClass::SUBJECT_PRONOUN;
    for q in m..view.len().min(m + 7) {
        if let Some(a) = view.items[q].actor() {
            let named = matches!(a.via, Via::Form(_) | Via::NewName)
                && !a.possessive
                && view.text(doc, q).starts_with(char::is_uppercase);
            let closes =
                q + 1 == view.len() || matches!(view.lower(q + 1), "," | "and" | ";" | ".");
            // ("the *parents of* Trevor Reed" names whose relatives they are, no member)
            let kin_of =
                q >= 2 && view.lower(q - 1) == "of" && KIN_NOUNS.contains(&view.lower(q - 2));
            return (q > m && named && closes && describes && !kin_of).then_some(q);
        }
        if !view.items[q].is_word() {
            return None;
        }
        // (a name the resolver could not place closes the description as well: the member is
        // no party, but the list goes on past it — "…, *observer in the War Cabinet* Gadi
        // Eisenkot, and opposition leader Yair Lapid")
        let ends_member = q + 1 == view.len() || matches!(view.lower(q + 1), "," | ";");
        if q > m + 1
            && describes
            && ends_member
            && view.is_capitalised_word(doc, q)
            && view.is_capitalised_word(doc, q - 1)
        {
            return Some(q);
        }
        let word = view.lower(q);
        let class = view.class(q);
        let verb_like =
            !class.has(WordClass::GAP) && (word.ends_with("ed") || word.ends_with("ing"));
        let loose_preposition =
            class.has(WordClass::PREPOSITION) && !matches!(word, "of" | "in" | "for" | "at" | "to");
        // (the light-verb list holds the articles and "of" of "held *a* round *of* talks": those
        // open no clause)
        let clause_word = class.has(clause_words)
            && !(class.has(WordClass::LIGHT_VERB)
                && class.has(WordClass::DETERMINER | WordClass::PREPOSITION));
        if clause_word || verb_like || loose_preposition {
            return None;
        }
        describes |= class.has(roles);
    }
    None
}

/// The parties after "between" within a few items of a noun trigger ending at `tj` (the
/// trigger may end in "between" itself), when there are at least two.
fn parties_between(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    entry: &TriggerEntry,
    tj: usize,
) -> Option<Arguments> {
    let between = if tj > 0 && view.lower(tj - 1) == "between" {
        tj - 1
    } else {
        (tj..view.len().min(tj + 5))
            .take_while(|&k| !is_clause_break(view, k))
            .find(|&k| view.items[k].is_word() && view.lower(k) == "between")?
    };
    let first = actor_after(view, doc, between + 1, 4, false)?;
    let mut parties = Vec::new();
    let mut end = first;
    for k in coordinated(ctx, view, doc, first, true) {
        if let Some(p) = view.items[k].party() {
            if kind_ok(ctx, p, &entry.target_kinds) && !parties.contains(&p) {
                parties.push(p);
                end = end.max(k);
            }
        }
    }
    (parties.len() >= 2).then(|| Arguments {
        source_item: first,
        sources: parties,
        end: end + 1,
        pairwise: true,
        ..Arguments::default()
    })
}

/// The two parties joined by a hyphen before a noun trigger at `ti`: "the *U.S.-Taliban*
/// talks", "*U.S.-North Korean* nuclear negotiations" (up to two words between, for what the
/// talks are about).
fn hyphenated_parties(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    entry: &TriggerEntry,
    ti: usize,
) -> Option<Arguments> {
    let second = (ti.saturating_sub(3)..ti).rev().find(|&k| {
        view.items[k].actor().is_some()
            && (k + 1..ti)
                .all(|m| view.items[m].is_word() && view.lower(m).starts_with(char::is_lowercase))
    })?;
    let hyphen = second.checked_sub(1)?;
    let first = hyphen.checked_sub(1)?;
    let joined = !view.items[hyphen].is_word()
        && matches!(view.lower(hyphen), "-" | "\u{2013}")
        && view.items[first].end == view.items[hyphen].start
        && view.items[hyphen].end == view.items[second].start;
    if !joined {
        return None;
    }
    // (a demonym stands for its country here: "U.S.-*North Korean* talks")
    let party = |k: usize| {
        let a = view.items[k].actor()?;
        a.who.filter(|&w| kind_ok(ctx, w, &entry.target_kinds))
    };
    let (a, b) = (party(first)?, party(second)?);
    (a != b).then(|| Arguments {
        source_item: first,
        sources: vec![a, b],
        end: ti,
        pairwise: true,
        ..Arguments::default()
    })
}

fn kind_ok(ctx: &DocContext<'_>, a: ActorRef, kinds: &[EntityKind]) -> bool {
    kinds.is_empty() || kinds.contains(&ctx.kind_of(a))
}

/// Whether item `k` may stand between a subject and its verb: an auxiliary, a gap word or an
/// adverb ("Trump *has also publicly* urged").
fn between_subject_and_verb(view: &SentenceView, k: usize) -> bool {
    view.items[k].is_word()
        && (view.is(k, WordClass::AUXILIARY | WordClass::GAP) || view.lower(k).ends_with("ly"))
}

/// Whether the verb at `ti`, with an auxiliary right before it, is that of a clause the speech
/// verb at `k` reports: words other than adverbs and auxiliaries (its subject) stand between
/// them, and no conjunction that would join the verb to the speech verb's own.
fn reported_clause_verb(view: &SentenceView, k: usize, ti: usize) -> bool {
    let auxiliary_before = (k + 1..ti)
        .rev()
        .find(|&m| !(view.items[m].is_word() && view.lower(m).ends_with("ly")))
        .is_some_and(|m| view.items[m].is_word() && view.is(m, WordClass::AUXILIARY));
    view.items[k].is_word()
        && view.is(k, WordClass::SPEECH_VERB)
        && auxiliary_before
        && (k + 1..ti).any(|m| view.items[m].is_word() && !between_subject_and_verb(view, m))
        && !(k + 1..ti).any(|m| matches!(view.lower(m), "and" | "but" | "," | "then"))
}

/// Whether the verb at `ti` has a subject right before it (adverbs and auxiliaries aside) that
/// names no actor: a pronoun left unresolved ("*we* urge", "*they* would go to") or an agent
/// noun ("an administration *official* told"). The tree would find that same subject, so it is
/// not worth a parse.
fn non_actor_subject_before(view: &SentenceView, doc: &str, ti: usize) -> bool {
    let Some(k) = word_before_verb(view, ti) else {
        return false;
    };
    // (a few words back there may be an actor whose noun phrase or coordination this word
    // ends: "she and the ambassador met", "X, Y and other officials joined", "the X news
    // agency accused")
    let actor_or_conjunction_before = (k.saturating_sub(5)..k).any(|m| {
        view.items[m].party().is_some() || matches!(view.lower(m), "and" | "or" | "," | "&")
    });
    view.items[k].is_word()
        && !actor_or_conjunction_before
        && !after_preposition(view, doc, k)
        && view.is(k, WordClass::SUBJECT_PRONOUN | WordClass::AGENT_NOUN)
}

/// Finds the arguments of trigger `entry` spanning items `ti..tj`; `None` when the trigger
/// cannot stand (no source, a refused object, a missing required target or object). The window
/// rules run first; where they find no source or no target, the dependency tree of the
/// sentence (`tree`, parsed on first call) is asked.
pub(crate) fn arguments<'t>(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    entry: &TriggerEntry,
    ti: usize,
    tj: usize,
    tree: &dyn Fn() -> &'t SentenceTree,
) -> Option<Arguments> {
    let mut args = Arguments {
        end: tj,
        ..Arguments::default()
    };
    let trigger_ends_with = |w: &str| tj > ti && view.lower(tj - 1) == w;
    if !entry.only_after.is_empty()
        && !(ti > 0 && view.items[ti - 1].is_word())
            .then(|| view.lower(ti - 1))
            .is_some_and(|prev| entry.only_after.iter().any(|w| w == prev))
    {
        return None;
    }
    if tj < view.len() && entry.not_before.iter().any(|w| w == view.lower(tj)) {
        return None;
    }
    // a verb whose object is its target, in the passive ("Poland and Romania *were told* of
    // the decision", "*had been briefed*"), has its target as subject and names no source
    // (a passive with "by" and a party names its agent, and is read as such)
    let object_verb = entry.verb
        && entry.source == SourceFrame::Subject
        && matches!(
            entry.target.as_slice(),
            [TargetFrame::Object] | [TargetFrame::ObjectThenInfinitive]
        );
    let agent_follows = tj < view.len()
        && view.lower(tj) == "by"
        && (tj + 1..view.len().min(tj + 8))
            .take_while(|&k| !matches!(view.lower(k), "," | ";" | "." | "and"))
            .any(|k| view.items[k].party().is_some());
    if object_verb && tj == ti + 1 && !view.lower(ti).ends_with("ing") && !agent_follows {
        let mut k = ti;
        while k > 0
            && view.items[k - 1].is_word()
            && (view.is(k - 1, WordClass::GAP) || view.lower(k - 1).ends_with("ly"))
        {
            k -= 1;
        }
        let passive = k > 0
            && view.items[k - 1].is_word()
            && matches!(
                view.lower(k - 1),
                "was" | "were" | "is" | "are" | "be" | "been" | "being" | "get" | "got" | "gets"
            );
        if passive {
            return None;
        }
    }
    if entry.verb && ti > 0 && view.items[ti - 1].is_word() {
        let prev = view.lower(ti - 1);
        // "the promised aid", "after promised sanctions"; but "refused to meet" is a verb,
        // and so is a gerund after a preposition ("after meeting Abe")
        let gerund = !view.is(ti - 1, WordClass::DETERMINER) && view.lower(ti).ends_with("ing");
        if prev != "to"
            && !gerund
            && view.is(ti - 1, WordClass::DETERMINER | WordClass::PREPOSITION)
        {
            return None;
        }
    }
    // "was in Uzbekistan": a copula tells where someone was only of the party named right
    // before it ("Wong was in Jakarta", "Wong, who was in Beijing …", "world leaders were in …"),
    // not of a thing ("the solution is in Moscow", "the decision was in Beijing's hands"), nor
    // of a pronoun, too often someone else's ("the aide told him *he* was in Rome")
    if entry.kind == RelationKind::Visited
        && matches!(view.lower(ti), "was" | "is" | "were" | "are")
    {
        let before = ti.checked_sub(1).filter(|&k| {
            view.items[k]
                .actor()
                .is_some_and(|a| a.via != Via::Reference)
                || (view.items[k].is_word()
                    && (matches!(view.lower(k), "who" | "both" | "all")
                        || view.is(k, WordClass::AGENT_NOUN | WordClass::GAP)))
        });
        before?;
    }
    // "Trump's (brief) Oval Office *meeting* with": a place or body between a possessor and
    // the trigger modifies a noun, whose owner is the possessor; it is no subject of a verb
    // (but a person after a possessor is one: "China's Wang met …")
    let modifier = ti.checked_sub(1).filter(|&m| {
        entry.verb
            && view.items[m].actor().is_some_and(|a| !a.possessive)
            && view.items[m]
                .party()
                .is_some_and(|p| ctx.kind_of(p) != EntityKind::Person)
    });
    if let Some(m) = modifier {
        let mut k = m;
        // (past an adjective or two)
        while k > 0
            && m - k < 2
            && view.items[k - 1].is_word()
            && view.text(doc, k - 1).starts_with(char::is_lowercase)
            && !view.is(k - 1, WordClass::PREPOSITION | WordClass::CLAUSE_BREAK)
        {
            k -= 1;
        }
        if k > 0 && view.items[k - 1].actor().is_some_and(|a| a.possessive) {
            return None;
        }
    }

    // the infinitive of a pledge: "pledged to *send*", "agreed to *provide*"
    let mut after = tj;
    if !entry.infinitives.is_empty() {
        let needs_verb = trigger_ends_with("to") || trigger_ends_with("would");
        // "committed to *continue providing* …": the giving verb may follow one of going on
        let giving_verb_at = |k: usize| -> Option<usize> {
            let gives = |k: usize| {
                k < view.len()
                    && view.items[k].is_word()
                    && entry.infinitives.iter().any(|v| v == view.lower(k))
            };
            if gives(k) {
                return Some(k);
            }
            (k < view.len() && matches!(view.lower(k), "continue" | "keep"))
                .then_some(k + 1)
                .filter(|&v| gives(v))
        };
        if !needs_verb
            && after < view.len()
            && view.items[after].is_word()
            && view.lower(after) == "to"
        {
            after = giving_verb_at(after + 1)? + 1;
        } else if needs_verb {
            after = giving_verb_at(after)? + 1;
        }
    }

    // "talks between India and Pakistan", "the summit in Baghdad between Iraq, Jordan and
    // Egypt": the parties of a symmetric event named after it
    if entry.noun && entry.kind.is_symmetric() {
        if let Some(parties) = parties_between(ctx, view, doc, entry, tj) {
            return Some(parties);
        }
        if let Some(parties) = hyphenated_parties(ctx, view, entry, ti) {
            return Some(parties);
        }
    }

    // "told X to …" has its target or nothing: settle that before a source is sought (whose
    // search may parse the sentence)
    if entry.target == [TargetFrame::ObjectThenInfinitive]
        && infinitive_object(ctx, view, doc, after, false).is_none()
    {
        return None;
    }

    // a giving verb that gives only sometimes ("announced", "provided") is settled by its
    // object, which costs less to read than its source or target
    if !entry.object_words.is_empty() && !entry.object_before {
        // ("to provide Israel *all means of support*": past a recipient before the gift)
        let start = if after < view.len() && gift_after_recipient(ctx, entry, view, doc, after) {
            after + 1
        } else {
            after
        };
        let object = object_after(view, doc, start)?;
        if !names_a_gift(entry, view, &object.to_lowercase(), start) {
            return None;
        }
    }

    // sanctions someone presses for are demanded, not yet imposed: "she would *press for*
    // tougher EU sanctions on North Korea", "*called for* new sanctions against"
    if entry.kind == RelationKind::Sanctioned && entry.noun && sought_for(view, doc, ti) {
        return None;
    }

    // source
    // "Thank you to X for …" inside a quotation: its speaker thanks
    let speaker_thanks = entry.kind == RelationKind::Thanked
        && view.items[ti].in_quote
        && ti + 1 < tj
        && view.lower(ti) == "thank"
        && view.lower(ti + 1) == "you";
    // "Thank you, Mr. President, for …": its speaker thanks the one addressed
    let addressed = (entry.kind == RelationKind::Thanked
        && view.items[ti].in_quote
        && tj == ti + 1
        && view.lower(ti) == "thank"
        && tj + 1 < view.len()
        && view.lower(tj) == "you"
        && view.lower(tj + 1) == ",")
        .then(|| actor_after(view, doc, tj + 2, 0, false))
        .flatten()
        .filter(|&k| {
            // (the address ends at a comma or the sentence: "Thank you, Mr. President, for
            // …"; not "Thank you, Macron said")
            view.items
                .get(k + 1)
                .is_none_or(|n| !n.is_word() && matches!(view.lower(k + 1), "," | "." | "!"))
        })
        .and_then(|k| Some((k, view.items[k].party()?)));
    let speaker = ctx
        .speaker
        .filter(|_| speaker_thanks || addressed.is_some());
    if let Some(speaker) = speaker {
        args.source_item = ti;
        args.sources.push(speaker);
        if let Some((k, p)) = addressed.filter(|&(_, p)| p != speaker) {
            args.targets.push(p);
            args.end = k + 1;
            return Some(args);
        }
    }
    if entry.source == SourceFrame::Salient {
        // the parties this sentence names after the trigger are the other side
        let named_after: Vec<ActorRef> = view.items[tj.min(view.len())..]
            .iter()
            .filter_map(|it| it.party())
            .collect();
        args.source_item = ti;
        args.sources.push(salient_person(ctx, &named_after)?);
    }
    // "discussed the visit *of President Zelensky*": the noun's own person follows it (another
    // entry reads it), and the subject of the verb before is not the noun's (but "meetings of
    // the steering group" and "a visit of the United States" name no such person)
    // (nor is a visit's after "by" and a name, known or not: "following the visit *by Israeli
    // Prime Minister* … to Egypt"; "a visit by the end of May" names no one, and "joined at the
    // meeting by X" is the agent of "joined")
    let by_name = |k: usize| {
        let k = if k < view.len() && view.lower(k) == "the" {
            k + 1
        } else {
            k
        };
        k < view.len()
            && (view.items[k].actor().is_some()
                || (view.is_capitalised_word(doc, k)
                    && !view.is(k, WordClass::MONTH | WordClass::WEEKDAY)))
    };
    let owned_by_of = entry.noun
        && tj < view.len()
        && view.items[tj].is_word()
        && ((view.lower(tj) == "of"
            && actor_after(view, doc, tj + 1, 4, false)
                .and_then(|k| view.items[k].party())
                .is_some_and(|p| ctx.kind_of(p) == EntityKind::Person))
            || (entry.kind == RelationKind::Visited && view.lower(tj) == "by" && by_name(tj + 1)));
    let source_item = match entry.source {
        _ if speaker.is_some() => Some(ti),
        SourceFrame::Salient => Some(ti),
        // (right after it, the sent one: "dispatched *Mr. Pence* to Poland")
        SourceFrame::Object => Some(actor_after(view, doc, tj, 0, false)?),
        SourceFrame::Subject if owned_by_of => return None,
        SourceFrame::Subject if entry.noun => {
            // "During *their* call with Modi, Biden and Harris …": a pronoun in an opening
            // phrase points ahead, to the subject after it
            let fronted = fronted_phrase_subject(view, doc, ti);
            relative_clause_subject(ctx, view, entry, tj)
                .or_else(|| noun_subject(view, doc, ti))
                .filter(|&k| {
                    fronted.is_none()
                        || !view.items[k]
                            .actor()
                            .is_some_and(|a| a.via == Via::Reference)
                })
                .or(fronted)
                .or_else(|| during_phrase_subject(view, doc, ti))
                .or_else(|| imposer_before(ctx, view, doc, entry, ti, tj))
        }
        // (a closing participle's subject is the main clause's, not the party right before
        // its comma: "Bush condemned the killing of hostage Eugene Armstrong, *telling* …")
        // (a trigger that follows its target — "agreeing with Mr Trump *by phone*" — takes
        // the subject of the verb that governs the target)
        SourceFrame::Subject if entry.target == [TargetFrame::Before] => {
            let verb = governing_verb(view, ti)?;
            participle_subject(view, doc, verb).or_else(|| subject_before(view, doc, verb))
        }
        SourceFrame::Subject => participle_subject(view, doc, ti)
            .or_else(|| subject_before(view, doc, ti))
            .or_else(|| fronted_phrase_subject(view, doc, ti)),
        SourceFrame::By | SourceFrame::From | SourceFrame::Of => {
            let word = entry.source.preposition()?;
            (tj..view.len().min(tj + 3))
                .find(|&k| view.items[k].is_word() && view.lower(k) == word)
                .and_then(|k| actor_after(view, doc, k + 1, 6, false))
                .or_else(|| {
                    trigger_ends_with(word)
                        .then(|| actor_after(view, doc, tj, 6, false))
                        .flatten()
                })
        }
    };
    let trigger_token = || tree().head_of_items(ti, tj);
    // The tree is asked only where it could answer with an actor: parsing is most of the cost
    // of a sentence, and most trigger words in news have no party to find. Only a party of
    // the kinds the argument takes can be the answer.
    let party_in = |range: std::ops::Range<usize>, kinds: &[EntityKind], taken: &[ActorRef]| {
        view.items[range.start.min(view.len())..range.end.min(view.len())]
            .iter()
            .flat_map(|it| it.parties())
            .any(|p| !taken.contains(&p) && kind_ok(ctx, p, kinds))
    };
    let source_item = source_item.or_else(|| {
        // a relation needs a source and, for most kinds, a target: two parties
        let parties_needed = if entry.allow_no_target { 1 } else { 2 };
        let parties = view
            .items
            .iter()
            .filter(|it| it.party().is_some())
            .take(2)
            .count();
        // the subject the window rules missed stands before the trigger, beyond a clause
        // they do not cross ("Milley and Esper, …, flew to … and met with him")
        // (and a subject right before the verb that names no actor is the tree's answer too)
        // Nor is it asked where no target could follow: a kind that needs one finds it among
        // the actors after the trigger (a visit also among places), or, when symmetric, among
        // the subject's partners before it (a fifth of the parses asked for a subject found
        // no target in news).
        let target_possible = entry.allow_no_target
            || entry.kind == RelationKind::Visited
            || entry.target.iter().any(|f| {
                matches!(
                    f,
                    TargetFrame::Before
                        | TargetFrame::Subject
                        | TargetFrame::Salient
                        | TargetFrame::Place
                )
            })
            || view.items[tj.min(view.len())..]
                .iter()
                .any(|it| it.actor().is_some())
            || (entry.kind.is_symmetric()
                && view.items[..ti]
                    .iter()
                    .filter(|it| it.party().is_some())
                    .take(2)
                    .count()
                    == 2);
        if parties < parties_needed
            || !target_possible
            || !party_in(0..ti, &[], &[])
            || !party_in(0..view.len(), &entry.source_kinds, &[])
            || (!entry.noun && non_actor_subject_before(view, doc, ti))
        {
            return None;
        }
        let t = tree();
        let head = trigger_token()?;
        let token = match entry.source {
            SourceFrame::By => t.agent(head),
            SourceFrame::From | SourceFrame::Of => None,
            SourceFrame::Subject => {
                t.subject(view, head, entry.noun, &ctx.lexicon.word_sets.purpose_verbs)
            }
            SourceFrame::Salient | SourceFrame::Object => None,
        }?;
        // an actor right after the trigger is its object, whatever the parse says
        // ("After meeting Abe, …" misparsed with Abe as the main clause's subject), and one
        // inside a relative clause closed before it is no subject of it (a misparse of
        // "Demir, whom *Turkey* jailed, met …")
        t.actor_item(view, token, false, false).filter(|&k| {
            let object = (tj..tj + 2).contains(&k);
            let in_relative = k < ti && in_closed_relative(view, k, ti);
            !object && !in_relative
        })
    })?;
    args.source_item = source_item;
    let imposing_demonym = view
        .demonym_at(source_item)
        .filter(|_| entry.kind == RelationKind::Sanctioned);
    let named_sources = if entry.source == SourceFrame::Salient
        || speaker.is_some()
        || imposing_demonym.is_some()
    {
        Vec::new()
    } else {
        // a source after the trigger ("by X", or the subject after an opening phrase) lists
        // its partners forward
        coordinated(
            ctx,
            view,
            doc,
            source_item,
            entry.source.preposition().is_some() || source_item > ti,
        )
    };
    // (what may not be a call's target may not be its source either: "NBC News spoke to
    // X" is an interview, as "X told NBC News" is)
    let rejected = |p: ActorRef| {
        entry.kind.is_symmetric()
            && ctx
                .org_category(p)
                .is_some_and(|c| entry.reject_target_categories.contains(&c))
    };
    // "Biden joined *Zelenskyy* in urging Russia …": whom the subject joined does it too
    let joined = joined_in(ctx, view, doc, ti);
    for k in named_sources.into_iter().chain(joined) {
        for p in view.items[k].parties() {
            if kind_ok(ctx, p, &entry.source_kinds) && !args.sources.contains(&p) && !rejected(p) {
                args.sources.push(p);
            }
        }
    }
    // "*American* sanctions on Venezuela": the demonym the imposer was found as names it
    // (alone: "sanctions on Venezuela and *British* sanctions against Iran" lists no sources)
    if let Some(p) = imposing_demonym.filter(|&p| kind_ok(ctx, p, &entry.source_kinds)) {
        args.sources.push(p);
    }
    if args.sources.is_empty() {
        return None;
    }

    // targets
    // what one praises, thanks or blames someone for is theirs: "praised *Merkel's*
    // leadership", "expressed appreciation for *Qatar's* role"
    // (and a commitment to a thing is one to its owner: "commitment to *Israel's* security")
    // (but "thanks to *Trump's* agenda" gives a cause, not thanks: thanks *to* someone go to
    // the one named, never to what they own)
    let thanks_to = entry.kind == RelationKind::Thanked && entry.noun && trigger_ends_with("to");
    let possessor = (matches!(
        entry.kind,
        RelationKind::Sanctioned
            | RelationKind::Criticized
            | RelationKind::Accused
            | RelationKind::Threatened
            | RelationKind::Praised
            | RelationKind::Thanked
    ) && !thanks_to)
        || (entry.kind == RelationKind::Pledged && !entry.object_words.is_empty() && entry.noun);
    let mut recipient_then_with = None;
    let mut target_items: Vec<usize> = Vec::new();
    // where a visit's preposition is followed by a town, not a party ("returns to Paris
    // *from* Osaka"): read below, as a place
    let mut visited_town_at = None;
    for frame in &entry.target {
        let first = match frame {
            // "hosted by X" is passive: X is the source's agent, not the object
            TargetFrame::Object if after < view.len() && view.lower(after) == "by" => None,
            TargetFrame::Object => {
                let limit = if entry.strict_object { 0 } else { 8 };
                actor_after(view, doc, after, limit, possessor)
                    .filter(|&k| {
                        // "warned Iran had a plan": after a bare verb, an actor followed by an auxiliary
                        // is the subject of what follows, not the object ("meeting with Kim was
                        // cancelled" is fine: there the phrase ends in its preposition)
                        let bare_verb = !entry.noun && !view.is(tj - 1, WordClass::PREPOSITION);
                        // one named right after "received from" gave what the source received:
                        // "an appointment she received *from* President X" (but "received calls
                        // from", "a welcome from" tell of meeting them)
                        let giver = after < k
                            && view.lower(after) == "from"
                            && view.lower(tj - 1).starts_with("receiv");
                        let subject_of_next = bare_verb
                            && k + 1 < view.len()
                            && view.items[k + 1].is_word()
                            && view.is(k + 1, WordClass::AUXILIARY);
                        !giver && !subject_of_next
                    })
                    .map_or_else(
                        || {
                            // a verb that shares its object with the next: "called *and
                            // congratulated* Xiomara Castro"
                            let shared = entry.verb
                                && is_past_word(view, ti)
                                && after + 2 < view.len()
                                && view.items[after].is_word()
                                && view.lower(after) == "and"
                                && is_past_word(view, after + 1);
                            if shared {
                                return actor_after(view, doc, after + 2, 0, possessor);
                            }
                            (!entry.strict_object && view.is(tj - 1, WordClass::PREPOSITION))
                                .then(|| person_after_office(ctx, view, doc, after))
                                .flatten()
                        },
                        |k| Some(office_holder(ctx, view, doc, k)),
                    )
            }
            TargetFrame::Before => ti
                .checked_sub(1)
                .filter(|&k| view.items[k].party().is_some()),
            TargetFrame::Subject => subject_before(view, doc, ti),
            // (the extractor reads the place, with the sentence's other places)
            TargetFrame::Salient | TargetFrame::Place => None,
            TargetFrame::ObjectThenInfinitive => {
                infinitive_object(ctx, view, doc, after, possessor)
            }
            TargetFrame::ObjectThenWith => {
                let k = actor_after(view, doc, after, 3, possessor);
                match k {
                    Some(k) if k + 1 < view.len() && view.lower(k + 1) == "with" => {
                        recipient_then_with = Some(k + 2);
                        Some(k)
                    }
                    // "to provide *Israel* all means of support": the recipient, then the gift
                    Some(k) if gift_after_recipient(ctx, entry, view, doc, k) => {
                        recipient_then_with = Some(k + 1);
                        Some(k)
                    }
                    _ => None,
                }
            }
            // "met with X": the phrase used its preposition; a later "with" belongs to
            // something else ("… dealings with Iran")
            // (an infinitive "to" — "pledged to send … to Ukraine" — is no such preposition)
            _ if entry.infinitives.is_empty()
                && frame.preposition() == Some(view.lower(tj - 1)) =>
            {
                None
            }
            _ => {
                let prep = frame.preposition().unwrap_or("");
                let mut found = None;
                let mut k = after;
                // (a gift's phrase may run long before its recipient: "announced $40 million
                // in development and security assistance over the next three years *for*
                // Ghana")
                let window = if entry.object { 16 } else { 10 };
                // a conjunction and a subject pronoun (resolved or not) open another clause:
                // "talks to reporters *as he* meets with X" — X is no target of "talks to"
                // so do an infinitive and a relative or complement clause: "the summit *to*
                // end exercises with X", "the meeting *that* …"
                // ("face to face" is an adverb, no infinitive)
                // and so does a time clause: "a brief conversation *before moving* down
                // hallways lined with troops"
                let opens_clause = |k: usize| {
                    let idiom =
                        k > 0 && k + 1 < view.len() && view.lower(k - 1) == view.lower(k + 1);
                    let time_clause = matches!(view.lower(k), "before" | "after" | "while")
                        && view.items.get(k + 1).is_some_and(|n| n.is_word())
                        && view.lower(k + 1).ends_with("ing");
                    // ("to" before a party is a preposition: "returned *to London* from
                    // Washington")
                    let infinitive = view.lower(k) == "to"
                        && prep != "to"
                        && !idiom
                        && view.items.get(k + 1).is_none_or(|n| n.party().is_none());
                    view.items[k].is_word()
                        && (matches!(view.lower(k), "that" | "which" | "who")
                            || infinitive
                            || time_clause)
                };
                // another trigger word takes the preposition after it: "spoke about the
                // *talks* with China" names no one Biden spoke with
                let other_trigger = |k: usize| {
                    k > after
                        && view.items[k].is_word()
                        && view.is(k, WordClass::TRIGGER_VERB | WordClass::TRIGGER_NOUN)
                };
                while k < view.len()
                    && k < after + window
                    && !is_clause_break(view, k)
                    && !opens_clause(k)
                    && !other_trigger(k)
                    && !(k > 0
                        && view.is(k, WordClass::SUBJECT_PRONOUN)
                        && matches!(
                            view.lower(k - 1),
                            "as" | "while" | "when" | "because" | "and" | "but" | "so" | "since"
                        ))
                {
                    // "according to Xinhua" attributes; it names no target
                    let attribution = prep == "to" && k > 0 && view.lower(k - 1) == "according";
                    if view.items[k].is_word() && view.lower(k) == prep && !attribution {
                        if let Some(t) = actor_after(view, doc, k + 1, 8, possessor)
                            .map(|t| office_holder(ctx, view, doc, t))
                            .or_else(|| person_after_office(ctx, view, doc, k + 1))
                        {
                            found = Some(t);
                            break;
                        }
                        if entry.kind == RelationKind::Visited && visited_town_at.is_none() {
                            visited_town_at = Some(k + 1);
                        }
                        // what is given to a country's people goes to the country: "assistance
                        // to *the people of* Ukraine", "to *civilians in* Gaza"
                        if let Some(t) = (entry.kind == RelationKind::Pledged)
                            .then(|| people_of(view, doc, k + 1))
                            .flatten()
                        {
                            found = Some(t);
                            break;
                        }
                        // what is given "to support Ukraine('s defence)" goes to the one it
                        // supports
                        let supports = entry.kind == RelationKind::Pledged
                            && prep == "to"
                            && view.items.get(k + 1).is_some_and(|it| it.is_word())
                            && matches!(
                                view.lower(k + 1),
                                "support" | "help" | "assist" | "bolster" | "strengthen" | "aid"
                            );
                        if let Some(t) = supports
                            .then(|| actor_after(view, doc, k + 2, 3, true))
                            .flatten()
                        {
                            found = Some(t);
                            break;
                        }
                    }
                    k += 1;
                }
                found
            }
        };
        // where the window rules find no target, the tree's object or prepositional phrase
        let mut from_tree = Vec::new();
        let first = first.or_else(|| {
            // targets follow their trigger; the tree answers only for an object or a
            // preposition's object
            let askable = *frame == TargetFrame::Object || frame.preposition().is_some();
            if !askable || !party_in(tj..view.len(), &entry.target_kinds, &args.sources) {
                return None;
            }
            let t = tree();
            let head = trigger_token()?;
            let token = match frame {
                TargetFrame::Object if t.agent(head).is_none() => t.object(head),
                _ => t.prepositional(head, frame.preposition()?, entry.noun),
            }?;
            for conjunct in t.with_conjuncts(token) {
                // a target follows its trigger: "expressed *her* appreciation for …" names
                // no one thanked
                let partner = entry.kind == RelationKind::Met;
                if let Some(k) = t
                    .actor_item(view, conjunct, possessor, partner)
                    .filter(|&k| k >= tj)
                {
                    from_tree.push(k);
                }
            }
            from_tree.first().copied()
        });
        if let Some(first) = first {
            let mut parts = coordinated(ctx, view, doc, first, true);
            for k in from_tree {
                if !parts.contains(&k) {
                    parts.push(k);
                }
            }
            // an opening phrase ends at the comma before its subject: "With Modi, Biden and
            // Harris …" lists no targets past it
            let phrase_end = (args.source_item > ti)
                .then(|| (ti..args.source_item).rev().find(|&k| view.lower(k) == ","))
                .flatten()
                .unwrap_or(usize::MAX);
            for k in parts {
                if k >= phrase_end {
                    continue;
                }
                for p in view.items[k].parties() {
                    // "Biden called Scholz and thanked *him*": a pronoun that the resolver
                    // read as the source names the next person it could, one named between
                    // the source and the pronoun (a source named after its partner is more
                    // likely a misread subject than the pronoun a misread object)
                    let named_since_source = |w: &ActorRef| {
                        view.items[args.source_item + 1..k]
                            .iter()
                            .any(|it| it.parties().any(|q| q == *w))
                    };
                    let p = match view.items[k].actor() {
                        Some(a)
                            if a.via == Via::Reference
                                && args.sources.contains(&p)
                                && args.source_item < k =>
                        {
                            a.instead
                                .iter()
                                .flatten()
                                .copied()
                                .find(|w| !args.sources.contains(w))
                                .filter(named_since_source)
                                .unwrap_or(p)
                        }
                        _ => p,
                    };
                    if args.sources.contains(&p) {
                        continue;
                    }
                    if !kind_ok(ctx, p, &entry.target_kinds) {
                        // "visited *India's* Modi": a person qualified by their country is
                        // visited in it
                        let qualifier = (entry.kind == RelationKind::Visited && k > 0)
                            .then(|| view.items[k - 1].actor())
                            .flatten()
                            .filter(|a| a.modifier)
                            .and_then(|a| a.who)
                            .filter(|&c| {
                                kind_ok(ctx, c, &entry.target_kinds) && !args.sources.contains(&c)
                            });
                        if let Some(country) = qualifier {
                            if !args.targets.contains(&country) {
                                args.targets.push(country);
                            }
                            target_items.push(k);
                            args.end = args.end.max(k + 1);
                        }
                        continue;
                    }
                    if ctx
                        .org_category(p)
                        .is_some_and(|c| entry.reject_target_categories.contains(&c))
                    {
                        continue;
                    }
                    if !args.targets.contains(&p) {
                        args.targets.push(p);
                    }
                    target_items.push(k);
                    args.end = args.end.max(k + 1);
                }
            }
            if !args.targets.is_empty() {
                break;
            }
        }
    }

    // "leave the *Paris* climate agreement", "leaving the *Iran* pact": a place right before
    // a noun qualifies it and is no destination
    // (for a noun trigger, only before the nouns of an accord or a dispute: "a stay in the *Iran*
    // nuclear deal"; "a visit to *Tehran* meant to …" went there)
    let accord_after = |k: usize| {
        view.items.get(k).is_some_and(|it| {
            it.is_word()
                && matches!(
                    view.lower(k),
                    "nuclear"
                        | "deal"
                        | "agreement"
                        | "accord"
                        | "pact"
                        | "climate"
                        | "peace"
                        | "talks"
                        | "crisis"
                        | "war"
                        | "conflict"
                        | "policy"
                        | "programme"
                        | "program"
                        | "sanctions"
                )
        })
    };
    if entry.kind == RelationKind::Visited && entry.noun && !entry.strict_object {
        if let Some(&last) = target_items.last() {
            if accord_after(last + 1) {
                return None;
            }
        }
    }
    if entry.kind == RelationKind::Visited && entry.strict_object {
        if let Some(&last) = target_items.last() {
            let next = last + 1;
            let qualifies = view.items.get(next).is_some_and(|it| {
                it.is_word() && {
                    let l = view.lower(next);
                    l.starts_with(char::is_lowercase)
                        && !view.is(
                            next,
                            WordClass::PREPOSITION
                                | WordClass::CLAUSE_BREAK
                                | WordClass::DETERMINER
                                | WordClass::WEEKDAY
                                | WordClass::MONTH,
                        )
                        && !l.ends_with("ly")
                        && !matches!(
                            l,
                            "and"
                                | "or"
                                | "but"
                                | "today"
                                | "tomorrow"
                                | "tonight"
                                | "yesterday"
                                | "again"
                                | "soon"
                                | "later"
                                | "next"
                                | "last"
                                | "this"
                                | "early"
                                | "where"
                                | "after"
                                | "before"
                                | "first"
                                | "beforehand"
                                | "once"
                                | "twice"
                                | "together"
                        )
                }
            });
            if qualifies {
                return None;
            }
        }
    }

    if !entry.not_followed_by.is_empty() {
        if let Some(&last) = target_items.last() {
            let next = past_of_phrase(view, doc, last) + 1;
            if next < view.len() && entry.not_followed_by.iter().any(|w| w == view.lower(next)) {
                return None;
            }
        }
    }

    // object
    if entry.object {
        let object = if entry.object_before {
            object_before(view, doc, ti)
        } else {
            object_after(view, doc, recipient_then_with.unwrap_or(after))
        };
        if let Some(o) = &object {
            let lower = o.to_lowercase();
            if entry.reject_objects.iter().any(|r| {
                lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == r)
                    || lower.starts_with(r.as_str())
            }) {
                return None;
            }
            if !names_a_gift(entry, view, &lower, recipient_then_with.unwrap_or(after)) {
                return None;
            }
        } else if !entry.object_words.is_empty() {
            return None;
        }
        args.object = object;
        if entry.needs_object && args.object.is_none() {
            return None;
        }
    }

    if args.targets.is_empty() && entry.target.contains(&TargetFrame::Salient) {
        if let Some(p) = salient_person(ctx, &args.sources) {
            args.targets.push(p);
        }
    }

    // "flew to Jeddah", "a visit to Munich": a city the gazetteer does not name as an actor
    // still tells the country visited
    let town_at = if entry.target.contains(&TargetFrame::Object) {
        Some(after)
    } else {
        visited_town_at
    };
    if let Some(mut at) =
        town_at.filter(|_| args.targets.is_empty() && entry.kind == RelationKind::Visited)
    {
        if at < view.len() && view.items[at].is_word() && view.lower(at) == "the" {
            at += 1;
        }
        // (a possessive names whose thing follows, a place only where that is one: "was in
        // *Beijing's* hands" is none, "arrived in *Syria's* capital", "left *Mali's* northern
        // town of Gao", "visited *China's* Xi" are)
        let possessive = view
            .items
            .get(at)
            .and_then(|it| it.actor())
            .is_some_and(|a| a.possessive);
        let place_follows = (at + 1..view.len().min(at + 4)).any(|k| {
            view.items[k].actor().is_some()
                || (view.items[k].is_word() && PLACE_NOUNS.contains(&view.lower(k)))
        });
        if possessive && !place_follows {
            at = view.len();
        }
        let described = described_place(view, doc, at);
        if let Some((_, name)) = described {
            at = name;
        }
        let found = PlaceBook::bundled()
            .country_at(ctx.gazetteer, view, doc, at)
            .or_else(|| {
                // (a town the list does not hold lies in the country its demonym names)
                let (country, name) = described?;
                let country = country.filter(|_| view.is_capitalised_word(doc, name))?;
                Some((country, name + 1))
            });
        if let Some((country, end)) = found {
            if kind_ok(ctx, country, &entry.target_kinds) {
                args.targets.push(country);
                args.end = args.end.max(end);
            }
        }
    }

    // "sanctioned 24 *Belarusian* individuals", "sanctions targeting *Russian* oligarchs": the
    // people and firms of a country are penalised for their country's doings (the nationality
    // after the penalty, in its own clause)
    if args.targets.is_empty() && entry.kind == RelationKind::Sanctioned {
        let nationality = (tj..view.len().min(tj + 10))
            .take_while(|&k| {
                // (a comma ends the phrase unless a participle goes on: "…, *targeting* …")
                let participle_next = view
                    .items
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && view.lower(k + 1).ends_with("ing"));
                !is_clause_break(view, k) && (view.lower(k) != "," || participle_next)
            })
            .find_map(|k| {
                let a = view.items[k].actor()?;
                let demonym = a.via == Via::Form(SurfaceForm::Demonym) && !a.possessive;
                match a.who {
                    Some(who) if demonym && ctx.kind_of(who) == EntityKind::Country => Some(who),
                    _ => None,
                }
            })
            .filter(|&c| !args.sources.contains(&c));
        if let Some(country) = nationality {
            args.targets.push(country);
        }
    }

    // "announced *Russia* sanctions", "imposed new *Iran* oil sanctions": a country named right
    // before the penalty, past one lower-case modifier, is its target when an imposing verb
    // governs the penalty and its subject is another source, not of that country ("the Senate
    // approved new U.S. sanctions" targets no one; "subject to U.S. sanctions" is the source's)
    if args.targets.is_empty() && entry.kind == RelationKind::Sanctioned && entry.noun {
        let modifier = |k: usize| {
            view.items[k].is_word()
                && view.text(doc, k).starts_with(char::is_lowercase)
                && !view.is(k, WordClass::DETERMINER | WordClass::PREPOSITION)
        };
        // the imposing verb right before the country, past its articles and adjectives
        let imposed = |k: usize| {
            let mut v = k;
            while v > 0
                && view.items[v - 1].is_word()
                && (view.is(v - 1, WordClass::DETERMINER) || modifier(v - 1))
                && !view.lower(v - 1).ends_with("ed")
            {
                v -= 1;
            }
            v.checked_sub(1).is_some_and(|v| {
                let verb = view.lower(v);
                view.items[v].is_word()
                    && view.is(v, WordClass::LIGHT_VERB)
                    && !view.is(v, WordClass::AUXILIARY | WordClass::DETERMINER)
                    && (verb.ends_with("ed") || verb.ends_with("es") || verb.ends_with("ing"))
                    && args.source_item < v
            })
        };
        let named_before = ti
            .checked_sub(1)
            .and_then(|k| {
                if modifier(k) {
                    k.checked_sub(1)
                } else {
                    Some(k)
                }
            })
            .filter(|&k| k != args.source_item && imposed(k));
        let country = named_before.and_then(|k| {
            let a = view.items[k].actor()?;
            let by_name = matches!(
                a.via,
                Via::Form(SurfaceForm::Name | SurfaceForm::Alias | SurfaceForm::Acronym)
            );
            match a.who {
                Some(c @ ActorRef::Known(i))
                    if by_name && !a.possessive && ctx.kind_of(c) == EntityKind::Country =>
                {
                    let own = args.sources.iter().any(|&s| {
                        s == c || super::extractor::home_countries(ctx, s, ctx.date).contains(&i)
                    });
                    (!own).then_some(c)
                }
                _ => None,
            }
        });
        if let Some(country) = country {
            args.targets.push(country);
        }
    }

    // "Warren called for *him* to withdraw": the target is someone we could not resolve (an
    // object pronoun is never its own clause's subject), not no one
    if args.targets.is_empty()
        && entry.allow_no_target
        && view.items.get(tj).is_some_and(|it| {
            it.actor().is_some_and(|a| {
                a.via == Via::Reference
                    && !a.possessive
                    && a.who.is_none_or(|w| args.sources.contains(&w))
            }) || (it.is_word() && view.lower(tj) == "him")
        })
    {
        return None;
    }

    if args.targets.is_empty() && !entry.allow_no_target {
        // "Putin and Xi met": coordinated sources of a symmetric kind are each other's targets,
        // unless the verb has an object of its own ("Kerry and Hagel told *ministers*", "… met
        // *with their Russian counterparts*") that we could not resolve
        // (a verb in the past, as the first is: not "calls *and traveling*")
        let and_verb =
            |k: usize| !entry.noun && view.lower(k) == "and" && is_past_word(view, k + 1);
        // ("spoke *to* reaffirm …": the phrase's "to" opens an infinitive of purpose, no
        // object)
        // (after a verb in the past: "the *talks* to produce …" is a noun's purpose)
        let purpose = is_past_word(view, ti)
            && tj > ti
            && view.lower(tj - 1) == "to"
            && infinitive_after(ctx, view, doc, tj - 1);
        // ("spoke *this morning*": a time, no object)
        let timed = !entry.noun && past_time_adverbial(view, tj) > tj;
        let has_object = !purpose && !timed && view.items.get(tj).is_some_and(|it| {
            it.is_word() && {
                let l = view.lower(tj);
                let adverbial = l.ends_with("ly")
                    || matches!(
                        l,
                        "yesterday"
                            | "today"
                            | "tonight"
                            | "again"
                            | "twice"
                            | "together"
                            | "last"
                            | "next"
                            | "this"
                            | "also"
                            | "late"
                            | "early"
                            | "earlier"
                            | "later"
                            | "overnight"
                    );
                // (nor does a conjunction that opens a clause of time or manner: "held a
                // meeting *as* part of", "spoke *until* midnight"; nor "and" before the next
                // verb: "met *and* agreed", "met *and* held talks" — but not "spoke *before*
                // guests", "welcomed *that* …", "meets *and* exceeds a commitment")
                let subordinate = matches!(
                    l,
                    "as" | "after"
                        | "until"
                        | "when"
                        | "because"
                        | "since"
                        | "once"
                        | "if"
                        | "unless"
                )
                    // (and a noun's "and" joins another noun: "had a meeting *and* lunch",
                    // not a verb: "the meeting *and suggested* …")
                    || (entry.noun && matches!(l, "and" | "or") && !is_past_word(view, tj + 1));
                view.is(tj, WordClass::DETERMINER)
                    || (l.chars().next().is_some_and(char::is_lowercase)
                        && !view.is(tj, WordClass::PREPOSITION)
                        && !adverbial
                        && !subordinate
                        && !and_verb(tj))
            }
        }) || (tj > ti
            && !purpose
            && view.is(tj - 1, WordClass::PREPOSITION)
            // (a demonym that names no party opens one too: "met with *Kenyan* and Ugandan
            // farmers")
            && view.items.get(tj).is_some_and(|it| {
                (it.is_word() && !is_clause_break(view, tj))
                    || it.actor().is_some_and(|a| a.adjective)
            }))
            // (so does one the trigger's preposition opens: "X, Y and Z hosted a meeting *with
            // over 70 organizations*" — they co-hosted it)
            || view.items.get(tj).is_some_and(|it| {
            // (a party of another kind is an object too: "McGurk and Hochstein visited *Saudi
            // Arabia*" went together, they did not meet; so is a pronoun, which is never its
            // own clause's subject: "Obama and Biden would not meet with *him*")
            it.actor().is_some_and(|a| a.via == Via::Reference)
                || it.party().is_some_and(|p| !args.sources.contains(&p))
        }) || (tj..view.len().min(tj + 8))
            // a phrase set off by a comma is an aside, not the verb's object ("… will hold a
            // meeting, with only translators present")
            // (nor is one after the next verb: "met and agreed *to* resume talks")
            .take_while(|&k| view.lower(k) != "," && !is_clause_break(view, k) && !and_verb(k))
            // ("joined … *by* Special Envoy Lenderking": a partner named as the agent; not
            // "spoke *by* phone")
            .any(|k| {
                view.items[k].is_word()
                    && match view.lower(k) {
                        "with" => true,
                        // (an infinitive of purpose names no partner: "met at the White House
                        // *to discuss* progress")
                        "to" => !infinitive_after(ctx, view, doc, k),
                        "by" => {
                            view.lower(ti).starts_with("join")
                                && view.items.get(k + 1).is_some_and(|n| {
                                    n.actor().is_some() || view.is_capitalised_word(doc, k + 1)
                                })
                        }
                        _ => false,
                    }
            });
        // a noun trigger names the sources' own meeting only right after their verb ("Putin
        // and Xi held talks"), not further on ("Biden and Harris convened Caribbean leaders
        // for a meeting")
        // (nor one they talk about: "Trump and Modi *discussed* the G7 meeting")
        // (but one in a phrase of its own that says how they talked is theirs: "Putin and
        // Schroeder discussed Iran *in a phone call*")
        let in_phrase = (ti.saturating_sub(4)..ti).any(|k| {
            view.items[k].is_word()
                && matches!(view.lower(k), "in" | "during" | "over")
                && (k + 1..ti).all(|m| {
                    view.items[m].is_word()
                        && (view.is(m, WordClass::DETERMINER)
                            || view.text(doc, m).starts_with(char::is_lowercase))
                })
        });
        // (an event noun after "at the" is where they were, not their meeting: "Biden and the
        // Vice President launched the committees *at the Summit*")
        let venue = entry.noun
            && ti >= 2
            && view.is(ti - 1, WordClass::DETERMINER)
            && view.lower(ti - 2) == "at";
        let own_event = !entry.noun
            || (!venue
                && args.source_item < ti
                && ti - args.source_item <= 6
                && !(args.source_item + 1..ti).any(|k| {
                    let l = view.lower(k);
                    l.starts_with("discuss") || l.starts_with("review")
                }))
            || (in_phrase && args.source_item.abs_diff(ti) <= 12);
        // (up to six met each other: "Australia, the UK and the US held the meetings";
        // a longer list is a conference's, whose members are not each said to have met)
        // (a verb whose partner is its object names no pair: "Panetta and Mattis *called*
        // this weekend for talks", "A and B told reporters")
        let partner_after_preposition =
            entry.noun || entry.target.iter().any(|f| f.preposition().is_some());
        if entry.kind.is_symmetric()
            && args.sources.len() >= 2
            && !has_object
            && own_event
            && partner_after_preposition
        {
            match args.sources.len() {
                2 => args.targets = args.sources.split_off(1),
                n if n <= MAX_PAIRWISE_PARTIES => args.pairwise = true,
                _ => return None,
            }
            return Some(args);
        }
        // "In a phone call, Trump congratulated *Xi* …": a call or meeting named in an opening
        // phrase was with the one its subject's verb then addresses
        if entry.kind.is_symmetric()
            && in_phrase
            && args.source_item > ti
            && args.sources.len() == 1
        {
            let verb = past_of_phrase(view, doc, args.source_item) + 1;
            let addressed = (verb < view.len()
                && view.items[verb].is_word()
                && view.text(doc, verb).starts_with(char::is_lowercase)
                && !view.is(verb, WordClass::SPEECH_VERB | WordClass::PREPOSITION))
            .then(|| actor_after(view, doc, verb + 1, 0, false))
            .flatten()
            .and_then(|k| view.items[k].party())
            .filter(|&p| kind_ok(ctx, p, &entry.target_kinds) && !args.sources.contains(&p));
            if let Some(partner) = addressed {
                args.targets.push(partner);
                return Some(args);
            }
        }
        if entry.kind.is_symmetric() && !args.sources.is_empty() {
            args.unpaired = true;
            return Some(args);
        }
        return None;
    }
    Some(args)
}

/// The actor right after item `after` that an infinitive follows ("told *Netanyahu* to hold
/// back", "asked *Turkey and Hungary* to approve").
fn infinitive_object(
    ctx: &DocContext<'_>,
    view: &SentenceView,
    doc: &str,
    after: usize,
    possessor: bool,
) -> Option<usize> {
    actor_after(view, doc, after, 3, possessor).filter(|&k| {
        // "told Xi and Putin to stop": the infinitive follows the last of a list, perhaps
        // after a time ("asked the king on Wednesday to …", "urged Iran again to …")
        let last = coordinated(ctx, view, doc, k, true)
            .last()
            .copied()
            .unwrap_or(k);
        let to = past_time_adverbial(view, past_of_phrase(view, doc, last) + 1);
        if to < view.len() && view.items[to].is_word() && view.lower(to) == "for" {
            // "asked the United States for an explanation", "implored NATO for jets"; not
            // "asked the ministry for comment", which is a reporter's question
            // nor "pushing Washington for years", which says how long
            return to + 1 < view.len()
                && view.items[to + 1].is_word()
                && !matches!(
                    view.lower(to + 1),
                    "comment"
                        | "comments"
                        | "details"
                        | "years"
                        | "months"
                        | "weeks"
                        | "days"
                        | "decades"
                        | "hours"
                        | "now"
                        | "so"
                        | "long"
                )
                && !view.lower(to + 1).bytes().all(|b| b.is_ascii_digit())
                && !view.is(to + 1, WordClass::PREPOSITION | WordClass::CLAUSE_BREAK);
        }
        // the words asked for may be quoted: told Netanyahu to “hold back on settlements”
        let verb = to + 1 + usize::from(to + 1 < view.len() && view.is_quote(to + 1));
        verb < view.len()
            && view.items[to].is_word()
            && view.lower(to) == "to"
            && view.items[verb].is_word()
            && !view.is(verb, WordClass::DETERMINER | WordClass::PREPOSITION)
            && view.text(doc, verb).starts_with(char::is_lowercase)
    })
}

/// The item after a short time adverbial starting at `k` ("on Wednesday", "last week",
/// "again", "repeatedly", "on March 3"), or `k` when none starts there.
fn past_time_adverbial(view: &SentenceView, k: usize) -> usize {
    let time_word = |m: usize| {
        m < view.len()
            && view.items[m].is_word()
            && (view.is(m, WordClass::WEEKDAY | WordClass::MONTH)
                || view.lower(m).bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    view.lower(m),
                    "today"
                        | "yesterday"
                        | "tonight"
                        | "again"
                        | "repeatedly"
                        | "earlier"
                        | "later"
                        | "week"
                        | "month"
                        | "year"
                        | "weekend"
                        | "morning"
                        | "evening"
                        | "afternoon"
                        | "publicly"
                        | "privately"
                        | "also"
                        | "personally"
                        | "directly"
                ))
    };
    let lead = |m: usize| {
        m < view.len()
            && view.items[m].is_word()
            && matches!(view.lower(m), "on" | "last" | "this" | "in" | "earlier")
    };
    let mut m = k;
    if lead(m) && time_word(m + 1) {
        m += 1;
    }
    if !time_word(m) {
        return k;
    }
    while m < k + 5 && time_word(m) {
        m += 1;
    }
    m
}

/// Whether the party at `k` is the first of two objects, the recipient before the gift: a
/// noun phrase right after it names a gift of the entry's kinds (or of the lexicon's gift
/// nouns, where the entry lists none) or money. The phrase must not open with the gift noun
/// itself, which would make the party its modifier ("pledged *U.S.* support"): a determiner,
/// number or adjective opens it ("provide Israel *all* means of support", "offered Israel
/// *the* support").
fn gift_after_recipient(
    ctx: &DocContext<'_>,
    entry: &TriggerEntry,
    view: &SentenceView,
    doc: &str,
    k: usize,
) -> bool {
    let next = k + 1;
    let gifts = &ctx.lexicon.word_sets.gift_nouns;
    let recipient = view.items[k]
        .actor()
        .is_some_and(|a| !a.possessive && !a.adjective);
    // ("US$77 million": a currency's prefix is no recipient)
    let opens_noun_phrase = next < view.len()
        && view.items[next].is_word()
        && view.items[next].start > view.items[k].end
        && !view.is(
            next,
            WordClass::PREPOSITION
                | WordClass::AUXILIARY
                | WordClass::CLAUSE_BREAK
                | WordClass::SUBJECT_PRONOUN,
        )
        && !matches!(view.lower(next), "and" | "or" | "to" | "that" | "as")
        && !view.text(doc, next).starts_with(char::is_uppercase)
        && !gifts.contains(view.lower(next));
    if !recipient || !opens_noun_phrase {
        return false;
    }
    object_after(view, doc, next).is_some_and(|o| {
        let lower = o.to_lowercase();
        let money = lower.contains(['$', '\u{20ac}', '\u{a3}']);
        let words = || lower.split(|c: char| !c.is_alphanumeric());
        let gift = if entry.object_words.is_empty() {
            (next..view.len().min(next + 8))
                .take_while(|&m| view.items[m].is_word())
                .any(|m| {
                    gifts.contains(view.lower(m)) || matches!(view.lower(m), "million" | "billion")
                })
        } else {
            words().any(|w| {
                matches!(w, "million" | "billion") || entry.object_words.iter().any(|r| r == w)
            })
        };
        money || gift
    })
}

/// Whether `object` (lower case, read from item `start`) names a gift for `entry`: anything, if
/// the entry lists no object words; else a sum of money or one of its words, but not a
/// definite object that points back to a gift stated before ("announced the package") unless
/// it counts what is given.
fn names_a_gift(entry: &TriggerEntry, view: &SentenceView, object: &str, start: usize) -> bool {
    if entry.object_words.is_empty() {
        return true;
    }
    let words = || object.split(|c: char| !c.is_alphanumeric());
    let money = object.contains(['$', '\u{20ac}', '\u{a3}'])
        || words().any(|w| matches!(w, "million" | "billion" | "dollars" | "euros"));
    let definite = [
        object.split_whitespace().next(),
        (start < view.len()).then(|| view.lower(start)),
    ]
    .into_iter()
    .flatten()
    .any(|w| {
        matches!(
            w,
            "the" | "its" | "his" | "her" | "their" | "this" | "that" | "these" | "those"
        )
    });
    // (a definite object with its amount is news, not a pointer back: "announced the
    // delivery of 500,000 vaccines")
    let counted = object.contains(|c: char| c.is_ascii_digit());
    let gift = money || words().any(|w| entry.object_words.iter().any(|r| r == w));
    gift && (!definite || counted)
}

/// The latest person named as a subject within the last two paragraphs, other than those in
/// `except`: whom a readout is about.
fn salient_person(ctx: &DocContext<'_>, except: &[ActorRef]) -> Option<ActorRef> {
    ctx.recent
        .iter()
        .rev()
        .take_while(|s| ctx.paragraph.saturating_sub(s.paragraph) <= 2)
        .filter(|s| s.subject)
        .filter_map(|s| s.who)
        .find(|&w| ctx.kind_of(w) == EntityKind::Person && !except.contains(&w))
}

/// The object noun phrase from item `from`: "troops", "$2 billion in military aid".
fn object_after(view: &SentenceView, doc: &str, from: usize) -> Option<String> {
    let mut a = from;
    loop {
        while a < view.len() && skippable_lead(view, a) {
            a += 1;
        }
        // after "to", what a named possessor owns is the object: "commitment to Israel's
        // *security*" (but "pledged America's support" pledges the support, and a pronoun's
        // is no gift: "offered *his own* assurances")
        if a < view.len()
            && a > 0
            && view.lower(a - 1) == "to"
            && view.items[a]
                .actor()
                .is_some_and(|x| x.possessive && x.via != Via::Reference)
        {
            a += 1;
            continue;
        }
        // a time phrase before the object: "will deliver *this spring* a new batch of …"
        let time_phrase = a >= 1
            && a + 1 < view.len()
            && matches!(view.lower(a - 1), "this" | "next" | "last")
            && matches!(
                view.lower(a),
                "spring"
                    | "summer"
                    | "autumn"
                    | "fall"
                    | "winter"
                    | "week"
                    | "weekend"
                    | "month"
                    | "year"
                    | "quarter"
            );
        if !time_phrase {
            break;
        }
        a += 1;
    }
    let mut b = a;
    while b < view.len() && b - a < 8 {
        let it = &view.items[b];
        if !it.is_word() {
            let t = view.text(doc, b);
            if t == "$" || t == "-" {
                b += 1;
                continue;
            }
            break;
        }
        let l = view.lower(b);
        if matches!(l, "in" | "of") && b > a {
            // "$2 billion in military aid", "a package of weapons": go on into a lower-case noun
            // or an amount ("the delivery of 500,000 vaccines")
            let next_lower = view
                .items
                .get(b + 1)
                .filter(|n| n.is_word())
                .map(|_| view.text(doc, b + 1))
                .is_some_and(|t| {
                    (t.chars().next().is_some_and(char::is_lowercase)
                        && !view.is(b + 1, WordClass::DETERMINER))
                        || (l == "of" && t.starts_with(|c: char| c.is_ascii_digit()))
                });
            if next_lower {
                b += 1;
                continue;
            }
            break;
        }
        // ("the delivery of *over* 300,000 vaccines": a bound before an amount is part of it)
        let bound = matches!(
            l,
            "over" | "about" | "around" | "under" | "nearly" | "almost"
        ) && view.items.get(b + 1).is_some_and(|_| {
            let t = view.text(doc, b + 1);
            t == "$" || t.starts_with(|c: char| c.is_ascii_digit())
        });
        if !bound && view.is(b, WordClass::OBJECT_STOP | WordClass::SPEECH_VERB) {
            break;
        }
        b += 1;
    }
    while b > a && view.items[b - 1].is_word() && view.is(b - 1, WordClass::DETERMINER) {
        b -= 1;
    }
    if b > a && (a..b).all(|k| !view.items[k].is_word() || view.is(k, WordClass::NON_OBJECT)) {
        return None;
    }
    (b > a).then(|| doc[view.items[a].start..view.items[b - 1].end].to_owned())
}

fn skippable_lead(view: &SentenceView, k: usize) -> bool {
    match &view.items[k].kind {
        ItemKind::Punct => view.is_quote(k),
        ItemKind::Word => {
            matches!(view.lower(k), "additional" | "more" | "further" | "new")
                || view.is(k, WordClass::DETERMINER)
        }
        ItemKind::Actor(_) => false,
    }
}

/// The object of a passive pledge: the words before the trigger back to the clause start.
fn object_before(view: &SentenceView, doc: &str, ti: usize) -> Option<String> {
    let mut a = ti;
    while a > 0
        && view.items[a - 1].is_word()
        && !view.is(a - 1, WordClass::OBJECT_STOP)
        && ti - a < 6
    {
        a -= 1;
    }
    while a < ti && view.is(a, WordClass::DETERMINER) {
        a += 1;
    }
    (ti > a).then(|| doc[view.items[a].start..view.items[ti - 1].end].to_owned())
}
