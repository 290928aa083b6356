//! Arguments from the dependency tree: who did it (the subject, followed through shared
//! subjects, control verbs, participle and relative clauses, passive agents), and to whom
//! (the object, or the phrase the trigger's preposition introduces, with its coordinated
//! parts).
//!
//! The tree is computed only for a sentence whose window rules found no arguments for a
//! trigger (see `arguments.rs`); its tokens are mapped onto the sentence's items, so the answer
//! is given in items, the unit the rest of extraction speaks.

use super::items::SentenceView;
use super::lexicon::WordClass;
use crate::fxhash::FxHashSet;
use crate::syntax::{Parse, SyntaxModel, UPos};

const NONE: usize = usize::MAX;

/// A sentence's parse, with each token's item.
pub(crate) struct SentenceTree {
    parse: Parse,
    /// The item each token falls in (`NONE` for none).
    item: Vec<usize>,
}

/// The longest sentence parsed, in bytes (about 150 words).
const MAX_PARSED_BYTES: usize = 1000;

/// How many items past a trigger the parse reaches: its arguments lie within.
pub(crate) const LOOKAHEAD: usize = 12;

/// How far to climb from a trigger to find its subject: through a few clauses at most.
const MAX_CLIMB: usize = 4;

/// Verbs whose object may be an audience: "*told* a news conference", "*briefed* the summit".
const AUDIENCE_VERBS: &[&str] = &["told", "tells", "telling", "tell", "briefed", "briefs"];

/// Nouns of people named by whom they stand beside or against ("*supporters* of Ouattara"):
/// the one they are "of" is someone else.
const RELATIVES: &[&str] = &[
    "supporters",
    "supporter",
    "critics",
    "critic",
    "opponents",
    "opponent",
    "rivals",
    "rival",
    "enemies",
    "foes",
    "victims",
    "families",
    "relatives",
    "friends",
    "allies",
    "fans",
    "detractors",
    "loyalists",
];

/// Prepositions whose phrase after a noun says where it is, not whom it names.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "around",
    "across",
    "throughout",
    "within",
    "during",
];

impl SentenceTree {
    /// Parses the sentence's items up to `until` (exclusive): what follows the last trigger's
    /// arguments cannot change them, and parsing costs by the word.
    /// Without a model (syntax turned off), the tree is empty and answers nothing.
    pub(crate) fn new(
        model: Option<&SyntaxModel>,
        doc: &str,
        view: &SentenceView,
        until: usize,
    ) -> SentenceTree {
        let end = match until.min(view.len()) {
            0 => view.start,
            k => view.items[k - 1].end,
        };
        let text = &doc[view.start..end];
        // news sentences are far shorter; a longer one is a table, a list or a page without
        // sentence ends, where a parse would cost much and say little: it gets an empty tree
        let parse = match model {
            Some(model) if text.len() <= MAX_PARSED_BYTES => model.parse(text),
            _ => Parse::empty(),
        };
        let mut item = vec![NONE; parse.len()];
        let mut k = 0;
        for (t, slot) in item.iter_mut().enumerate() {
            let start = view.start + parse.span(t).start;
            while k < view.items.len() && view.items[k].end <= start {
                k += 1;
            }
            if k < view.items.len() && view.items[k].start <= start {
                *slot = k;
            }
        }
        SentenceTree { parse, item }
    }

    fn item_of(&self, token: usize) -> Option<usize> {
        self.item.get(token).copied().filter(|&i| i != NONE)
    }

    fn lower_is(&self, token: usize, words: &[&str]) -> bool {
        let form = self.parse.form(token);
        words.iter().any(|w| w.eq_ignore_ascii_case(form))
    }

    /// The token that heads the trigger's items `ti..tj`: the one whose head lies outside them.
    pub(crate) fn head_of_items(&self, ti: usize, tj: usize) -> Option<usize> {
        let inside = |t: usize| self.item_of(t).is_some_and(|i| (ti..tj).contains(&i));
        (0..self.parse.len())
            .filter(|&t| inside(t))
            .find(|&t| self.parse.head(t).is_none_or(|h| !inside(h)))
    }

    fn dependents_with<'a>(
        &'a self,
        token: usize,
        relations: &'a [&str],
    ) -> impl Iterator<Item = usize> + 'a {
        self.parse
            .dependents(token)
            .filter(move |&d| relations.contains(&self.parse.label(d)))
    }

    /// The subject of `trigger`: its own, or that of the clause it shares a subject with. A
    /// noun trigger takes the subject of the verb it is the object of only when that verb is
    /// a light verb ("*held* talks", "*imposed* sanctions"; not "did not *address* sanctions").
    pub(crate) fn subject(
        &self,
        view: &SentenceView,
        trigger: usize,
        noun: bool,
        purpose_verbs: &FxHashSet<String>,
    ) -> Option<usize> {
        let light_verb = |t: usize| {
            self.item_of(t)
                .is_some_and(|i| view.items[i].is_word() && view.is(i, WordClass::LIGHT_VERB))
        };
        let p = &self.parse;
        if noun {
            // "Putin's talks with", "his call with"
            if let Some(owner) = self.dependents_with(trigger, &["nmod:poss"]).next() {
                return Some(owner);
            }
        }
        let mut at = trigger;
        for _ in 0..MAX_CLIMB {
            // (of two subjects — a title misparsed beside its name, "*Assistant* to the
            // President … Jake Sullivan hosted" — the first that names an actor)
            let names_actor = |t: &usize| {
                self.item_of(*t)
                    .is_some_and(|i| view.items[i].actor().is_some())
            };
            let subject = self
                .dependents_with(at, &["nsubj"])
                .find(names_actor)
                .or_else(|| self.dependents_with(at, &["nsubj"]).next());
            if let Some(s) = subject {
                // "Macron, who met …": the relative pronoun stands for the noun the clause
                // modifies
                if self.lower_is(s, &["who", "that", "which"]) && p.label(at) == "acl:relcl" {
                    return p.head(at);
                }
                return Some(s);
            }
            if self
                .dependents_with(at, &["nsubj:pass", "csubj"])
                .next()
                .is_some()
            {
                return None;
            }
            let head = p.head(at)?;
            match p.label(at) {
                // a finite verb joined to a noun is a misread coordination of clauses: "is
                // facing opposition to his push to rewrite the *deal*, and is *planning* for …"
                // goes on from the verb that governs the noun (but a participle without its
                // auxiliary may modify the noun: "the order, *including imposing* …")
                "conj"
                    if p.tag(at) == UPos::Verb
                        && matches!(p.tag(head), UPos::Noun | UPos::Propn)
                        && self.dependents_with(at, &["aux"]).next().is_some() =>
                {
                    at = p.ancestors(head).find(|&a| p.tag(a) == UPos::Verb)?;
                }
                // "flew to Warsaw and met", "agreed to meet", "after meeting Xi, Putin said",
                // "held talks with", "during talks with"
                "conj" | "xcomp" | "advcl" => at = head,
                // ("*told* a joint news conference with Macron": an audience one addresses
                // is an event one takes part in)
                "obj" if noun && (light_verb(head) || self.lower_is(head, AUDIENCE_VERBS)) => {
                    at = head
                }
                // "during talks with X, Y said"; not "spoke about the talks with X" — but
                // "on *a* trip to X", "on *a* call with X" tell what the subject was doing
                // (not "commented on the talks with X")
                "obl"
                    if noun
                        && !self.case_in(at, &["about", "over", "of", "against", "for"])
                        && (!self.case_is(at, "on") || self.indefinite(at)) =>
                {
                    at = head
                }
                // "headed to Jerusalem *for talks with* Netanyahu", "is planning *for a summit
                // with* Putin": a meeting one travels or prepares for is one's own (not one
                // called or pressed for)
                "obl"
                    if noun
                        && self.case_is(at, "for")
                        && purpose_verbs.contains(&self.parse.form(head).to_lowercase()) =>
                {
                    at = head
                }
                // "leaders meeting in Paris", "the envoy, who met …"
                "acl" | "acl:relcl" => return Some(head),
                _ => return None,
            }
        }
        None
    }

    /// The passive agent of `trigger` ("was hosted *by* X").
    pub(crate) fn agent(&self, trigger: usize) -> Option<usize> {
        self.dependents_with(trigger, &["obl:agent"])
            .next()
            .or_else(|| {
                self.parse
                    .dependents(trigger)
                    .filter(|&d| self.parse.relation(d) == "obl")
                    .find(|&d| self.case_is(d, "by"))
            })
    }

    /// Whether `token` is a noun with "a" or "an" before it.
    fn indefinite(&self, token: usize) -> bool {
        self.dependents_with(token, &["det"])
            .any(|d| self.lower_is(d, &["a", "an"]))
    }

    fn case_in(&self, token: usize, prepositions: &[&str]) -> bool {
        prepositions.iter().any(|p| self.case_is(token, p))
    }

    fn case_is(&self, token: usize, preposition: &str) -> bool {
        self.parse.dependents(token).any(|c| {
            self.parse.relation(c) == "case" && self.parse.form(c).eq_ignore_ascii_case(preposition)
        })
    }

    /// The object of `trigger`.
    pub(crate) fn object(&self, trigger: usize) -> Option<usize> {
        self.dependents_with(trigger, &["obj", "iobj"]).next()
    }

    /// The nominal that `preposition` introduces as a dependent of `trigger` ("spoke *with*
    /// X", "talks *with* X"); for a noun that a light verb governs ("held talks … with X"),
    /// also on that verb.
    pub(crate) fn prepositional(
        &self,
        trigger: usize,
        preposition: &str,
        noun: bool,
    ) -> Option<usize> {
        let find = |t: usize| {
            self.parse
                .dependents(t)
                .filter(|&d| matches!(self.parse.relation(d), "obl" | "nmod"))
                .find(|&d| self.case_is(d, preposition))
        };
        find(trigger).or_else(|| {
            let head = self.parse.head(trigger)?;
            (noun && self.parse.relation(trigger) == "obj")
                .then(|| find(head))
                .flatten()
        })
    }

    /// `token` and the nominals coordinated with it ("Canada, Japan and Norway").
    pub(crate) fn with_conjuncts(&self, token: usize) -> Vec<usize> {
        let mut out = vec![token];
        let mut k = 0;
        while k < out.len() && out.len() < 16 {
            let t = out[k];
            for d in self.parse.dependents(t) {
                if self.parse.relation(d) == "conj"
                    && self.parse.tag(d).is_nominal()
                    && !out.contains(&d)
                {
                    out.push(d);
                }
            }
            k += 1;
        }
        out
    }

    /// The item of the actor `token` names: its own item if that is a party, else a party
    /// among the words that make up its name or title ("the prime minister *of Italy*",
    /// "President *Biden*"); owners ("*Russia's* demands") only when `possessor` says what is
    /// done to a thing is done to its owner; and, where `partner` says a thing done with
    /// someone is done to them (a meeting), the one it was done with ("met one-on-one *with*
    /// Merkel").
    pub(crate) fn actor_item(
        &self,
        view: &SentenceView,
        token: usize,
        possessor: bool,
        partner: bool,
    ) -> Option<usize> {
        let party = |t: usize| {
            self.item_of(t)
                .filter(|&i| view.items[i].party().is_some())
                .filter(|&i| possessor || !view.items[i].actor().is_some_and(|a| a.possessive))
        };
        if let Some(i) = party(token) {
            return Some(i);
        }
        let mut parts: Vec<&str> = vec!["flat", "compound", "appos", "nmod"];
        if possessor {
            parts.push("nmod:poss");
        }
        // "the leaders of France" and "sanctions against Iraq" name who; "leaders in
        // Beijing" names where; "with" names whom a thing was shared with, a partner only of a
        // meeting, and not after an event or an audience: "pressed a reset button *with*
        // Lavrov", "called off *talks with* Martin" and "told a news conference *with* Macron"
        // are no demand of Lavrov nor call to Martin or Macron (but "toured a carrier with
        // Abe" went with him)
        let shared_with_no_partner = !partner
            || self
                .item_of(token)
                .is_some_and(|i| view.items[i].is_word() && view.is(i, WordClass::TRIGGER_NOUN))
            || self
                .parse
                .head(token)
                .is_some_and(|h| self.lower_is(h, AUDIENCE_VERBS));
        // ("supporters *of* Ouattara" and "critics *of* Trump" are other people; "allies *like*
        // the UK" are not)
        let relatives = self.lower_is(token, RELATIVES);
        let of_whom = |d: usize| {
            self.parse.label(d) != "nmod"
                || !self.parse.dependents(d).any(|c| {
                    self.parse.label(c) == "case"
                        && (PLACE_PREPOSITIONS
                            .iter()
                            .any(|p| self.parse.form(c).eq_ignore_ascii_case(p))
                            || (shared_with_no_partner
                                && self.parse.form(c).eq_ignore_ascii_case("with"))
                            || (relatives && self.parse.form(c).eq_ignore_ascii_case("of")))
                })
        };
        let near = self
            .parse
            .dependents(token)
            .filter(|&d| parts.contains(&self.parse.label(d)) && of_whom(d));
        for d in near {
            if let Some(i) = party(d) {
                return Some(i);
            }
            // "the *Myanmar* military's attacks": an owner named by the actor it belongs to
            if self.parse.label(d) == "nmod:poss" {
                let owner = self
                    .parse
                    .dependents(d)
                    .filter(|&c| matches!(self.parse.label(c), "compound" | "amod"))
                    .find_map(|c| self.item_of(c).filter(|&i| view.items[i].party().is_some()));
                if owner.is_some() {
                    return owner;
                }
            }
        }
        None
    }
}
