//! The trigger lexicon and the word lists extraction reads: which words signal which relation,
//! how their arguments are found, which titles name which offices, which phrases refer back.
//!
//! All of it is data (`data/lexicon/` in the source tree, compiled in). Users can replace or
//! extend any file with [`LexiconBuilder`].

use super::openings::starts_word;
use crate::fxhash::{FxHashMap, FxHashSet};
use crate::gazetteer::{EntityKind, OrganizationCategory, Role};
use crate::relation::{Modality, RelationKind};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where a trigger finds its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TargetFrame {
    /// The actor right after the trigger ("met Putin", "met with Putin" when the phrase ends in "with").
    Object,
    /// After "with" following the trigger.
    With,
    /// After "to".
    To,
    /// After "for".
    For,
    /// After "on".
    On,
    /// After "against".
    Against,
    /// After "from".
    From,
    /// After "that" ("demanded that Europe …").
    That,
    /// After "in".
    In,
    /// The actor right before the trigger ("his Beijing trip").
    Before,
    /// The subject before the trigger (passive phrases: "Putin was received by Xi").
    Subject,
    /// A recipient then "with" and the object ("provide Ukraine with guarantees").
    ObjectThenWith,
    /// The person the text is about, other than the source: "Criswell *joined them* on the
    /// call" after "Biden spoke with …".
    Salient,
    /// The actor right after the trigger, followed by an infinitive: "told Netanyahu *to hold
    /// back*", "asked Congress *to approve*" (but not "told Xi that …" nor "asked Xi about …").
    ObjectThenInfinitive,
    /// The country of the place the act was done in, named right after it ("told reporters
    /// *in Oslo*", "met with leaders *in Riyadh*"): the source was there. Only for visits of a
    /// known person abroad.
    Place,
}

impl TargetFrame {
    /// The preposition this frame looks for, if any.
    pub fn preposition(self) -> Option<&'static str> {
        Some(match self {
            TargetFrame::With => "with",
            TargetFrame::To => "to",
            TargetFrame::For => "for",
            TargetFrame::On => "on",
            TargetFrame::Against => "against",
            TargetFrame::From => "from",
            TargetFrame::That => "that",
            TargetFrame::In => "in",
            _ => return None,
        })
    }
}

/// Where a trigger finds its source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SourceFrame {
    /// The subject before the trigger.
    #[default]
    Subject,
    /// The agent after "by" (passive voice: "troops were pledged by Britain").
    By,
    /// The sender after "from": "Tillerson received a call *from* Kelly".
    From,
    /// The actor after "of": "the visit *of* President Marcos to Washington".
    Of,
    /// The person the text is about: the latest named as a subject, in this sentence or the
    /// last paragraphs ("Participants in the call included …" after "President Biden
    /// convened a call").
    Salient,
    /// The party right after the trigger, whom the subject sends or brings: "dispatched
    /// *Pence* to Poland", "the trip will take *him* to Vienna".
    Object,
}

impl SourceFrame {
    /// The preposition the source follows, for a source named after the trigger.
    pub fn preposition(self) -> Option<&'static str> {
        match self {
            SourceFrame::By => Some("by"),
            SourceFrame::From => Some("from"),
            SourceFrame::Of => Some("of"),
            SourceFrame::Subject | SourceFrame::Salient | SourceFrame::Object => None,
        }
    }
}

/// One line of `triggers.jsonl`: phrases that signal a relation kind, and how to find its arguments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TriggerEntry {
    /// The relation kind.
    pub kind: RelationKind,
    /// The CAMEO event code.
    pub cameo: String,
    /// The PLOVER event type.
    pub plover: String,
    /// Lower-case phrases; capitalised and all-caps spellings are matched too.
    pub phrases: Vec<String>,
    /// Where to look for the target, in order of preference.
    #[serde(default)]
    pub target: Vec<TargetFrame>,
    /// Where to look for the source.
    #[serde(default)]
    pub source: SourceFrame,
    /// Whether the relation takes an object ("troops").
    #[serde(default)]
    pub object: bool,
    /// The object stands before the trigger (passive: "troops were pledged by …").
    #[serde(default)]
    pub object_before: bool,
    /// After "to", the verb must be one of these ("pledged to send"): other verbs are not gifts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub infinitives: Vec<String>,
    /// An object containing one of these words is no object of this kind ("offered thanks").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reject_objects: Vec<String>,
    /// Words that, right after the target, make the phrase something else: "joined Zelensky
    /// *in* urging Russia …" is a joint appeal, not a meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_followed_by: Vec<String>,
    /// Words that, right after the phrase itself, make it something else: "flew *back* to" is
    /// a trip home, "returned *the* favour" no trip at all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_before: Vec<String>,
    /// When not empty, the phrase counts only right after one of these words: a bare "call"
    /// is a verb after "to", "will" or "did" ("would *call* Erdogan") and a noun or an
    /// imperative elsewhere ("a congratulatory *call* from", "What should Trump *call* Kim?").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_after: Vec<String>,
    /// Only a source the gazetteer knows counts: "said in Beijing" tells a visit only of
    /// someone whose home is known to be elsewhere (a spokesman the text introduces may be
    /// at home there).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub known_source: bool,
    /// When not empty, the object must contain one of these words, or a sum of money, and not
    /// open with a definite determiner: for verbs that give only sometimes ("announced *$75
    /// million in assistance*", but not "announced a review" nor "announced the package").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub object_words: Vec<String>,
    /// The phrases are verbs: skip them right after a determiner or preposition, where they are
    /// adjectives ("the promised aid", "after promised sanctions").
    #[serde(default)]
    pub verb: bool,
    /// The phrases are nouns ("sanctions on", "talks with", "visit to"): the source is a
    /// possessive right before ("Japan's sanctions", "his visit") or the subject of a light verb
    /// ("Japan is preparing new penalties for …", "Zelensky held talks with …"), never an actor
    /// further off.
    #[serde(default)]
    pub noun: bool,
    /// The object must follow the verb directly (determiners, titles and qualifiers aside):
    /// "warned *Russia*", but not "warned *of* Russia moving troops".
    #[serde(default)]
    pub strict_object: bool,
    /// The target may have gone along with the source rather than met them ("was *joined
    /// by*"): two people of one state are one side there, not a meeting.
    #[serde(default)]
    pub companions: bool,
    /// The least modality the phrase itself implies ("would send" is at least `planned`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Modality>,
    /// Emit the relation even when no target is found.
    #[serde(default)]
    pub allow_no_target: bool,
    /// The source hosts the target ("Macron hosted Zelensky"): the target travelled to the
    /// source's country (or to the place the sentence names), a visit of its own.
    #[serde(default)]
    pub hosts: bool,
    /// Emit the relation only when an object is found.
    #[serde(default)]
    pub needs_object: bool,
    /// Kinds the source may have (any when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_kinds: Vec<EntityKind>,
    /// Kinds the target may have (any when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_kinds: Vec<EntityKind>,
    /// Organization categories the target may not have ("news_agency" for `spoke`: telling
    /// Reuters is reporting, not diplomacy).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reject_target_categories: Vec<OrganizationCategory>,
}

impl TriggerEntry {
    /// The prepositions that introduce its targets ("with" for "talks with X").
    pub(crate) fn target_prepositions(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.target.iter().filter_map(|f| f.preposition())
    }

    /// Whether the entry only tells where its source was ([`TargetFrame::Place`]: "said" in
    /// "said in Oslo"), naming no event of its own.
    pub(crate) fn tells_place_only(&self) -> bool {
        self.target == [TargetFrame::Place]
    }
}

/// One line of `titles.jsonl`: a title and the office roles it names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TitleEntry {
    /// The title, lower case ("prime minister").
    pub title: String,
    /// Roles it may name, most likely first; empty for titles that name no office we resolve.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Alone ("the Queen"), the title names only holders of offices called one of these (lower
    /// case; an office's title need only hold one as whole words): a queen is a head of state
    /// and a monarch, but no president. Empty: the title stands for its roles ("the foreign
    /// minister" is also a secretary of state).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<String>,
    /// Alone, the title names no one whose name or alias opens with one of these words (lower
    /// case): "the Queen" is not "King Charles III", though both hold a monarch's office.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_styled: Vec<String>,
}

/// What a referring phrase points back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Referent {
    /// The most salient person ("he").
    Person,
    /// The most salient organization ("the group").
    Organization,
    /// The most salient grouping of states ("member states", "26 countries").
    Grouping,
    /// The speaker of the quotation it stands in ("I", "we").
    Speaker,
    /// The two most salient people ("the two leaders", "both men").
    Pair,
    /// The two monarchs or royal consorts named last ("Their Majesties"): people styled
    /// King or Queen, or holding a monarch's office.
    Royals,
    /// The two people of the meeting or call the previous sentence told ("They discussed …"
    /// after "A met B in Paris."), when it named no one else but countries, or of that
    /// sentence's own opening "They". Anything else (two countries, three people, a group, a
    /// sentence that told no meeting) is no one.
    Participants,
    /// The government of the country whose leader was named last ("the administration"):
    /// the country of the latest head of state or government mentioned.
    Government,
}

/// When a referring phrase counts as a reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReferenceCondition {
    /// After "the", "its", "their" (bare "leaders" refers to no one in particular).
    Definite,
    /// After a number ("26 countries").
    Number,
    /// As the first word of its sentence ("They discussed …"; not "officials said they …").
    SentenceStart,
}

/// One line of `references.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ReferenceEntry {
    /// The phrase, lower case.
    pub phrase: String,
    /// What it refers to.
    pub refers: Referent,
    /// When it counts.
    #[serde(default)]
    pub needs: Option<ReferenceCondition>,
    /// Organization categories to prefer ("the coalition" → coalitions).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prefers: Vec<OrganizationCategory>,
    /// For a government: the titles of the leaders whose government the phrase names ("the
    /// administration" is a president's, not a chancellor's); empty for any head's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub led_by: Vec<String>,
}

/// Where a modality cue must stand relative to the trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CueScope {
    /// Within `window` words before the trigger.
    Before,
    /// Within `window` words after the trigger (and its arguments).
    After,
    /// Anywhere in the sentence.
    Sentence,
}

/// One line of `cues.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CueEntry {
    /// The modality these phrases signal.
    pub modality: Modality,
    /// Where they must stand.
    pub scope: CueScope,
    /// How many words away, for `before` and `after`.
    #[serde(default)]
    pub window: usize,
    /// Lower-case phrases.
    pub phrases: Vec<String>,
}

/// The word lists of `words.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct WordLists {
    /// Articles and possessive determiners.
    pub determiners: Vec<String>,
    /// Words that may stand between a trigger and its target ("met with *world leaders from* the coalition").
    pub gap_words: Vec<String>,
    /// Prepositions: an actor right after one is not a subject.
    pub prepositions: Vec<String>,
    /// Nouns that make a demonym an actor ("Russian *forces*", "the Chinese *government*").
    pub actor_nouns: Vec<String>,
    /// Verbs that attribute a quotation ("said", "added").
    pub speech_verbs: Vec<String>,
    /// Words that end a clause for subject search.
    pub clause_breaks: Vec<String>,
    /// Words that end an object phrase.
    pub object_stops: Vec<String>,
    /// Number words and quantifiers ("twenty-six", "several").
    pub number_words: Vec<String>,
    /// Nouns for agents the gazetteer does not name ("whistleblower", "officials"): one standing
    /// between a candidate subject and the trigger is the real subject.
    pub agent_nouns: Vec<String>,
    /// Words that are never the object of a pledge ("it", "then").
    pub non_objects: Vec<String>,
    /// Auxiliaries: an actor right after a verb and right before one of these is the subject of
    /// a complement clause ("warned *Iran had* a plan"), not the verb's object.
    pub auxiliaries: Vec<String>,
    /// Pronouns that, left unresolved, still occupy the subject position ("*it* offered …").
    pub subject_pronouns: Vec<String>,
    /// Verbs, determiners and modifiers that may stand between a subject and a noun trigger
    /// ("is *preparing its own separate round of* penalties").
    pub light_verbs: Vec<String>,
    /// Courtesy titles ("Mr", "Sheikh") that say nothing about an office.
    pub courtesy_titles: Vec<String>,
    /// Titles of monarchs and religious leaders, which precede a single given name ("Pope
    /// Francis", "King Salman"): after one, one capitalised word is a name.
    #[serde(default)]
    pub single_name_titles: Vec<String>,
    /// Lower-case words that may stand between an act's arguments and the place it was done
    /// in ("met Sandu *today* in Warsaw", "… *on the margins of the* East Asia Summit in Phnom
    /// Penh"); capitalised words, weekdays, numbers and "-ly" adverbs may too.
    #[serde(default)]
    pub place_gap_words: Vec<String>,
    /// Honorifics of a style ("His *Majesty* King Abdullah II", "Her Royal *Highness*", "His
    /// *Excellency*"): the possessive before one is part of the style, not a reference, and
    /// the style stands between a verb and its object like a title.
    #[serde(default)]
    pub honorifics: Vec<String>,
    /// Words that end the names of bodies, places and works, not of people ("party",
    /// "university", "street"): "Christian Democrats" and "John Hopkins University" open with a
    /// given name but name no one. Lower case.
    #[serde(default)]
    pub name_stops: Vec<String>,
    /// Nouns after which a capitalised name is a newspaper, broadcaster or agency
    /// ("*broadcaster* Kan", "*daily* Haaretz"): a person's short name there is no person.
    #[serde(default)]
    pub medium_nouns: Vec<String>,
    /// How photo captions and similar page furniture begin ("media caption", "hide caption"):
    /// a paragraph that opens with one states nothing on the article's behalf. Lower case.
    #[serde(default)]
    pub caption_openings: Vec<String>,
    /// Occupations that describe a private person right before the name, as a title does an
    /// office holder's ("activist", "laureate", "businessman"): they stand between a verb and
    /// the person, and a capitalised name after one is a person's. Lower case.
    #[serde(default)]
    pub descriptors: Vec<String>,
    /// What is given when a state gives ("aid", "weapons", "vaccines"): a noun phrase with one
    /// after a recipient is the gift of a two-object verb ("provide Israel *all means of
    /// support*"). Lower case.
    #[serde(default)]
    pub gift_nouns: Vec<String>,
    /// Verbs of going, visiting or preparing ("arrived", "headed", "will visit", "is
    /// planning"): a meeting "for" which one travels or prepares is one's own ("headed to
    /// Jerusalem *for talks with* Netanyahu", "is preparing *for a summit with* Putin"),
    /// unlike one asked or pressed for ("called for talks with Hamas"). Lower case.
    #[serde(default)]
    pub purpose_verbs: Vec<String>,
    /// Given names borne by women only, and by men only, among the members of the US Congress
    /// and the executive (see `data/README.md`): "he" names no one whose name opens with the
    /// first, "she" no one whose name opens with the second. As written.
    #[serde(default)]
    pub feminine_given_names: Vec<String>,
    /// See [`WordLists::feminine_given_names`].
    #[serde(default)]
    pub masculine_given_names: Vec<String>,
    /// Nouns that head a participant list ("Participants", "Attendees"): a readout's line
    /// "**Participants:**" lists whom its meeting's host met. Lower case.
    #[serde(default)]
    pub participant_nouns: Vec<String>,
    /// Words before that noun that make the list the host's own side ("*Administration*
    /// Participants", "*White House* participants"). Lower case.
    #[serde(default)]
    pub host_side_words: Vec<String>,
    /// Phrases of a listed participant's title that put them on the host's side ("Senior
    /// Advisor *to the President*"). Lower case.
    #[serde(default)]
    pub host_side_titles: Vec<String>,
    /// The suffixes of a company's name after its comma ("Acme, *Inc.*"): the name before
    /// names no person. Lower case, without the period.
    #[serde(default)]
    pub company_suffixes: Vec<String>,
    /// Regions of the world whose name ends in a country's name or alias ("Latin *America*"):
    /// the country is not mentioned there. Lower case.
    #[serde(default)]
    pub world_regions: Vec<String>,
    /// Names of countries that also name a first-level division of another country, to that
    /// country's ISO 3166-1 alpha-3 code ("Georgia" → "USA"): the name is the division's where
    /// a division's title holds it or the sentence names other places of that country. As
    /// written.
    #[serde(default)]
    pub division_homonyms: HashMap<String, String>,
    /// Titles of a division's officials ("governor", "senator", "rep"): "Governor Brian Kemp of
    /// Georgia" names the state. Lower case, without the period.
    #[serde(default)]
    pub division_titles: Vec<String>,
    /// Given names that are one name in familiar and formal form ("phil", "philip"): "Phil
    /// Gordon" is the Philip Gordon the gazetteer knows. Groups of lower-case forms.
    #[serde(default)]
    pub familiar_names: Vec<Vec<String>>,
    /// Month names and abbreviations to month numbers.
    pub months: HashMap<String, u8>,
    /// Weekday names, Monday first.
    pub weekdays: Vec<String>,
}

/// Why a lexicon file could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A line is not a valid entry.
    #[error("{path}:{line}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// The complete lexicon, with its trigger automaton built.
#[derive(Clone, Debug)]
pub struct Lexicon {
    triggers: Vec<TriggerEntry>,
    titles: Vec<TitleEntry>,
    references: Vec<ReferenceEntry>,
    cues: Vec<CueEntry>,
    words: WordLists,
    pub(crate) trigger_automaton: AhoCorasick,
    /// For each automaton pattern: (entry index, phrase) pairs it stands for.
    pub(crate) trigger_patterns: Vec<Vec<usize>>,
    /// For each automaton pattern: whether every entry it stands for only tells where its
    /// source was ([`TargetFrame::Place`]).
    place_only_patterns: Vec<bool>,
    pub(crate) word_sets: WordSets,
}

/// The classes a lower-case word belongs to, as bits: one hash look-up per word answers every
/// "is it a preposition, a title word, a month …" question extraction asks about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordClass(u32);

impl WordClass {
    pub const NONE: WordClass = WordClass(0);
    pub const DETERMINER: WordClass = WordClass(1 << 0);
    pub const GAP: WordClass = WordClass(1 << 1);
    pub const PREPOSITION: WordClass = WordClass(1 << 2);
    pub const ACTOR_NOUN: WordClass = WordClass(1 << 3);
    pub const SPEECH_VERB: WordClass = WordClass(1 << 4);
    pub const CLAUSE_BREAK: WordClass = WordClass(1 << 5);
    pub const OBJECT_STOP: WordClass = WordClass(1 << 6);
    pub const NUMBER_WORD: WordClass = WordClass(1 << 7);
    pub const AGENT_NOUN: WordClass = WordClass(1 << 8);
    pub const NON_OBJECT: WordClass = WordClass(1 << 9);
    pub const LIGHT_VERB: WordClass = WordClass(1 << 10);
    pub const AUXILIARY: WordClass = WordClass(1 << 11);
    pub const SUBJECT_PRONOUN: WordClass = WordClass(1 << 12);
    pub const MONTH: WordClass = WordClass(1 << 13);
    pub const COURTESY_TITLE: WordClass = WordClass(1 << 14);
    pub const WEEKDAY: WordClass = WordClass(1 << 15);
    /// Every word of every title ("prime", "minister", "special", "envoy").
    pub const TITLE_WORD: WordClass = WordClass(1 << 16);
    /// One-word trigger phrases ("met", "thanked"): an actor right after one is its object.
    pub const TRIGGER_VERB: WordClass = WordClass(1 << 17);
    /// A one-word reference ("he", "alliance"), or a contraction of one ("we're").
    pub const REFERENCE: WordClass = WordClass(1 << 18);
    /// The first word of a two-word reference ("member" of "member states").
    pub const REFERENCE_HEAD: WordClass = WordClass(1 << 19);
    /// The second word of a two-word reference ("states" of "member states").
    pub const REFERENCE_TAIL: WordClass = WordClass(1 << 20);
    /// One-word nominal trigger phrases ("talks", "summit", "call").
    pub const TRIGGER_NOUN: WordClass = WordClass(1 << 21);
    /// Titles that precede a single given name ("pope", "king", "emir").
    pub const SINGLE_NAME_TITLE: WordClass = WordClass(1 << 22);
    /// Nouns that introduce the name of a medium, not a person ("broadcaster Kan").
    pub const MEDIUM_NOUN: WordClass = WordClass(1 << 23);
    /// Words that may stand between an act's arguments and its place ("today", "margins").
    pub const PLACE_GAP: WordClass = WordClass(1 << 24);
    /// Honorifics of a style ("majesty", "highness", "excellency").
    pub const HONORIFIC: WordClass = WordClass(1 << 25);
    /// Words that end the names of bodies and places, not people ("party", "university").
    pub const NAME_STOP: WordClass = WordClass(1 << 26);
    /// Occupations that describe a private person before the name ("*activist* Nazanin
    /// Boniadi", "*lawyer* Natalia Veselnitskaya").
    pub const DESCRIPTOR: WordClass = WordClass(1 << 27);

    /// Whether any class of `other` is among these.
    #[inline]
    pub fn has(self, other: WordClass) -> bool {
        self.0 & other.0 != 0
    }
}

/// Words of up to 15 bytes packed into integers, in an open-addressing table: nearly every
/// word of news is that short, and a look-up is two multiplies, one load and one compare. Word
/// classes are asked of every token, so the table is kept small enough to stay in the L1 cache.
#[derive(Clone, Debug, Default)]
struct ShortWords {
    /// Packed words; 0 marks an empty slot (no word packs to 0).
    keys: Vec<u128>,
    classes: Vec<WordClass>,
    shift: u32,
}

impl ShortWords {
    fn new(words: &FxHashMap<String, WordClass>) -> ShortWords {
        let short: Vec<(u128, WordClass)> = words
            .iter()
            .filter_map(|(w, &c)| pack(w.as_bytes()).map(|key| (key, c)))
            .collect();
        // at most half full: probes stay short
        let size = (short.len() * 2).next_power_of_two().max(16);
        let mut table = ShortWords {
            keys: vec![0; size],
            classes: vec![WordClass::NONE; size],
            shift: 64 - size.trailing_zeros(),
        };
        for (key, c) in short {
            let mut i = table.slot_of(key);
            while table.keys[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            table.keys[i] = key;
            table.classes[i] = c;
        }
        table
    }

    #[inline]
    fn slot_of(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The classes of a packed word.
    #[inline]
    fn get(&self, key: u128) -> WordClass {
        let mask = self.keys.len() - 1;
        let mut i = self.slot_of(key);
        loop {
            let k = self.keys[i];
            if k == key {
                return self.classes[i];
            }
            if k == 0 {
                return WordClass::NONE;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A word of 1 to 15 bytes as an integer: its bytes, and its length in the top byte (so that
/// "a" and "a\0" differ, and no word packs to 0). Loads overlap instead of looping over bytes:
/// this runs once per token.
#[inline]
fn pack(word: &[u8]) -> Option<u128> {
    let len = word.len();
    let load8 = |at: usize| u64::from_le_bytes(word[at..at + 8].try_into().unwrap_or_default());
    let load4 = |at: usize| u32::from_le_bytes(word[at..at + 4].try_into().unwrap_or_default());
    let bytes: u128 = match len {
        0 | 16.. => return None,
        1..=3 => {
            let (first, mid, last) = (word[0], word[len / 2], word[len - 1]);
            u128::from(first)
                | u128::from(mid) << (8 * (len / 2))
                | u128::from(last) << (8 * (len - 1))
        }
        4..=7 => u128::from(load4(0)) | u128::from(load4(len - 4)) << (8 * (len - 4)),
        8 => u128::from(load8(0)),
        _ => u128::from(load8(0)) | u128::from(load8(len - 8) >> (8 * (16 - len))) << 64,
    };
    Some(bytes | (len as u128) << 120)
}

impl std::ops::BitOr for WordClass {
    type Output = WordClass;
    fn bitor(self, other: WordClass) -> WordClass {
        WordClass(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for WordClass {
    fn bitor_assign(&mut self, other: WordClass) {
        self.0 |= other.0;
    }
}

/// Word lists compiled for the hot path.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordSets {
    /// Every word with a class; looked up directly only for words over 15 bytes.
    words: FxHashMap<String, WordClass>,
    short: ShortWords,
    /// The longest word with a class, in bytes: longer tokens need no look-up.
    longest: usize,
    pub titles: FxHashMap<String, Vec<Role>>,
    /// Titles that name only the offices listed ([`TitleEntry::offices`]).
    pub title_offices: FxHashMap<String, Vec<String>>,
    /// Titles that name no one styled so ([`TitleEntry::not_styled`]).
    pub title_not_styled: FxHashMap<String, Vec<String>>,
    pub references: FxHashMap<String, ReferenceEntry>,
    pub cues: Vec<(Modality, CueScope, usize, Vec<Vec<String>>)>,
    /// What a state gives (a set apart from the word classes, whose words are often plain
    /// nouns elsewhere: "arms embargo", "support for").
    pub gift_nouns: FxHashSet<String>,
    /// Verbs whose "for" phrase is the subject's own purpose (see
    /// [`WordLists::purpose_verbs`]).
    pub purpose_verbs: FxHashSet<String>,
    /// [`WordLists::feminine_given_names`], as written.
    pub feminine_given_names: FxHashSet<String>,
    /// [`WordLists::masculine_given_names`], as written.
    pub masculine_given_names: FxHashSet<String>,
    /// [`WordLists::division_homonyms`], the code as a gazetteer id ("country:USA").
    pub division_homonyms: FxHashMap<String, String>,
    /// [`WordLists::division_titles`].
    pub division_titles: FxHashSet<String>,
}

impl WordSets {
    fn add(&mut self, word: &str, class: WordClass) {
        let word = word.to_lowercase();
        if word.is_empty() {
            return;
        }
        self.longest = self.longest.max(word.len());
        *self.words.entry(word).or_default() |= class;
    }

    /// Builds the look-up table of short words, once every word is added.
    fn compile(&mut self) {
        self.short = ShortWords::new(&self.words);
    }

    /// The classes of a lower-case word or phrase.
    #[inline]
    pub fn class_of(&self, lower: &str) -> WordClass {
        if lower.len() > self.longest || lower.is_empty() {
            return WordClass::NONE;
        }
        match pack(lower.as_bytes()) {
            Some(key) => self.short.get(key),
            None => self.words.get(lower).copied().unwrap_or_default(),
        }
    }

    /// Whether a lower-case word or phrase has `class`.
    #[inline]
    pub fn is(&self, lower: &str, class: WordClass) -> bool {
        self.class_of(lower).has(class)
    }

    /// Whether the phrase of lower-case words `first` and `second`, a space between them, has
    /// `class` ("foreign" "ministry").
    pub fn is_pair(&self, first: &str, second: &str, class: WordClass) -> bool {
        let len = first.len() + 1 + second.len();
        if len > self.longest {
            return false;
        }
        let mut phrase = String::with_capacity(len);
        phrase.push_str(first);
        phrase.push(' ');
        phrase.push_str(second);
        self.is(&phrase, class)
    }

    /// The classes of a lower-case token of text: its own, plus [`WordClass::REFERENCE`] when it
    /// contracts a reference ("we're", "i've").
    pub fn class_of_token(&self, lower: &str) -> WordClass {
        let mut class = self.class_of(lower);
        // a plain loop: tokens are short, and memchr's set-up costs more than it saves
        if !lower.bytes().any(|b| b == b'\'') {
            return class;
        }
        if let Some((head, _)) = lower.split_once('\'') {
            if self.class_of(head).has(WordClass::REFERENCE) {
                class |= WordClass::REFERENCE;
            }
        }
        class
    }
}

static BUNDLED: Lazy<Arc<Lexicon>> = Lazy::new(|| {
    Arc::new(
        LexiconBuilder::new()
            .with_bundled()
            .build()
            .expect("bundled lexicon is valid"),
    )
});

impl Lexicon {
    /// The bundled lexicon, built once and shared.
    pub fn bundled() -> Arc<Lexicon> {
        Arc::clone(&BUNDLED)
    }

    /// A builder, empty until you add files or [`LexiconBuilder::with_bundled`].
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder::new()
    }

    /// The trigger entries.
    pub fn triggers(&self) -> &[TriggerEntry] {
        &self.triggers
    }

    /// Whether trigger pattern `pattern` only tells where its source was ("said" in "said in
    /// Oslo"): such a hit alone gives a sentence no event to parse or resolve for.
    pub(crate) fn only_places(&self, pattern: usize) -> bool {
        self.place_only_patterns[pattern]
    }

    /// The title entries.
    pub fn titles(&self) -> &[TitleEntry] {
        &self.titles
    }

    /// The referring phrases.
    pub fn references(&self) -> &[ReferenceEntry] {
        &self.references
    }

    /// The modality cues.
    pub fn cues(&self) -> &[CueEntry] {
        &self.cues
    }

    /// Whether `text` (a paragraph's first sentence) opens like a photo caption or other page
    /// furniture ("Media caption …", "Hide Caption 3 of 12 Photos: …").
    pub fn is_caption(&self, text: &str) -> bool {
        let head = text.trim_start().as_bytes();
        self.words
            .caption_openings
            .iter()
            .any(|c| head.len() >= c.len() && head[..c.len()].eq_ignore_ascii_case(c.as_bytes()))
    }

    /// Whether two spellings name the same given name or name part: equal but for case, one a
    /// familiar form of the other ("Phil", "Philip"), or a transliteration one letter apart
    /// ("Al-Jabir", "Al-Jaber"; words of five letters or more).
    pub(crate) fn same_name_part(&self, a: &str, b: &str) -> bool {
        if a.eq_ignore_ascii_case(b) {
            return true;
        }
        let (la, lb) = (a.to_lowercase(), b.to_lowercase());
        let familiar = self
            .words
            .familiar_names
            .iter()
            .any(|group| group.contains(&la) && group.contains(&lb));
        familiar || (la.chars().count() >= 5 && lb.chars().count() >= 5 && one_edit_apart(&la, &lb))
    }

    /// The word lists.
    pub fn words(&self) -> &WordLists {
        &self.words
    }

    /// The trigger phrases in `text`, left to right, not overlapping, each a run of whole
    /// words in any letter case ("met with", "Met With", "MET WITH").
    ///
    /// When the longest phrase at a position ends inside a word ("visit to" in "visit
    /// Togo", "met with" in "met without") the next shorter one at that position is tried.
    ///
    /// Unlike gazetteer names, triggers are found by the DFA reading every byte: a word-start
    /// filter (`openings.rs`) measured slower on these lower-case phrases.
    ///
    /// They come as they are found: a document need not hold all its triggers at once.
    pub(crate) fn trigger_hits<'l, 't>(&'l self, text: &'t str) -> TriggerHits<'l, 't> {
        TriggerHits {
            automaton: &self.trigger_automaton,
            text,
            pos: 0,
        }
    }
}

/// The trigger phrases of a text, left to right (see [`Lexicon::trigger_hits`]).
pub(crate) struct TriggerHits<'l, 't> {
    automaton: &'l AhoCorasick,
    text: &'t str,
    pos: usize,
}

impl Iterator for TriggerHits<'_, '_> {
    type Item = aho_corasick::Match;

    fn next(&mut self) -> Option<aho_corasick::Match> {
        let text = self.text;
        while self.pos < text.len() {
            let mut m = self
                .automaton
                .find(Input::new(text).span(self.pos..text.len()))?;
            let found = loop {
                if !starts_word(text, m.start()) {
                    break None;
                }
                if ends_word(text, m.end()) {
                    break Some(m);
                }
                // the leftmost-longest match in the shorter span starts where `m` does if any
                // phrase does (an unanchored automaton is half the size of one that also
                // supports anchored searches)
                let shorter = Input::new(text).span(m.start()..m.end() - 1);
                match self.automaton.find(shorter) {
                    Some(s) if s.start() == m.start() => m = s,
                    _ => break None,
                }
            };
            match found {
                Some(m) => {
                    self.pos = m.end();
                    return Some(m);
                }
                None => self.pos = m.start() + 1,
            }
        }
        None
    }
}

const BUNDLED_TRIGGERS: &str = include_str!("../../data/lexicon/triggers.jsonl");
const BUNDLED_TITLES: &str = include_str!("../../data/lexicon/titles.jsonl");
const BUNDLED_REFERENCES: &str = include_str!("../../data/lexicon/references.jsonl");
const BUNDLED_CUES: &str = include_str!("../../data/lexicon/cues.jsonl");
const BUNDLED_WORDS: &str = include_str!("../../data/lexicon/words.json");

/// Builds a [`Lexicon`] from the bundled files and/or your own.
///
/// ```
/// use diplograph::extract::Lexicon;
/// let mut b = Lexicon::builder();
/// b.with_bundled();
/// b.add_triggers_str("my-triggers.jsonl",
///     r#"{"kind":"met","cameo":"040","plover":"CONSULT","phrases":["huddled with"],"target":["object"]}"#).unwrap();
/// let lexicon = b.build().unwrap();
/// assert!(lexicon.triggers().iter().any(|t| t.phrases.contains(&"huddled with".to_string())));
/// ```
#[derive(Clone, Debug, Default)]
pub struct LexiconBuilder {
    triggers: Vec<TriggerEntry>,
    titles: Vec<TitleEntry>,
    references: Vec<ReferenceEntry>,
    cues: Vec<CueEntry>,
    words: Option<WordLists>,
}

fn parse_jsonl<T: for<'de> Deserialize<'de>>(
    path: &Path,
    text: &str,
) -> Result<Vec<T>, LexiconError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        out.push(serde_json::from_str(t).map_err(|e| LexiconError::Parse {
            path: path.to_owned(),
            line: i + 1,
            message: e.to_string(),
        })?);
    }
    Ok(out)
}

fn read(path: &Path) -> Result<String, LexiconError> {
    std::fs::read_to_string(path).map_err(|source| LexiconError::Io {
        path: path.to_owned(),
        source,
    })
}

impl LexiconBuilder {
    /// An empty builder.
    pub fn new() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// Adds the bundled files.
    pub fn with_bundled(&mut self) -> &mut LexiconBuilder {
        let p = Path::new;
        // The bundled files are checked by the test suite.
        self.triggers.extend(
            parse_jsonl(p("data/lexicon/triggers.jsonl"), BUNDLED_TRIGGERS)
                .expect("bundled triggers"),
        );
        self.titles.extend(
            parse_jsonl(p("data/lexicon/titles.jsonl"), BUNDLED_TITLES).expect("bundled titles"),
        );
        self.references.extend(
            parse_jsonl(p("data/lexicon/references.jsonl"), BUNDLED_REFERENCES)
                .expect("bundled references"),
        );
        self.cues
            .extend(parse_jsonl(p("data/lexicon/cues.jsonl"), BUNDLED_CUES).expect("bundled cues"));
        self.words = Some(serde_json::from_str(BUNDLED_WORDS).expect("bundled words"));
        self
    }

    /// Adds trigger entries from JSON Lines text; `name` is used in errors.
    pub fn add_triggers_str(
        &mut self,
        name: impl AsRef<Path>,
        text: &str,
    ) -> Result<&mut Self, LexiconError> {
        let entries = parse_jsonl(name.as_ref(), text)?;
        self.triggers.extend(entries);
        Ok(self)
    }

    /// Adds trigger entries from a JSON Lines file.
    pub fn add_triggers_path(&mut self, path: impl AsRef<Path>) -> Result<&mut Self, LexiconError> {
        let text = read(path.as_ref())?;
        self.add_triggers_str(path, &text)
    }

    /// Adds title entries from a JSON Lines file.
    pub fn add_titles_path(&mut self, path: impl AsRef<Path>) -> Result<&mut Self, LexiconError> {
        let text = read(path.as_ref())?;
        self.titles.extend(parse_jsonl(path.as_ref(), &text)?);
        Ok(self)
    }

    /// Adds modality cue entries from a JSON Lines file.
    pub fn add_cues_path(&mut self, path: impl AsRef<Path>) -> Result<&mut Self, LexiconError> {
        let text = read(path.as_ref())?;
        self.cues.extend(parse_jsonl(path.as_ref(), &text)?);
        Ok(self)
    }

    /// Removes every trigger entry (to replace the bundled ones with your own).
    pub fn clear_triggers(&mut self) -> &mut Self {
        self.triggers.clear();
        self
    }

    /// Builds the lexicon and its trigger automaton.
    pub fn build(&self) -> Result<Lexicon, LexiconError> {
        let words = self.words.clone().unwrap_or_default();
        let mut by_phrase: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, t) in self.triggers.iter().enumerate() {
            for p in &t.phrases {
                let p = p.trim();
                if p.is_empty() {
                    continue;
                }
                for v in apostrophe_spellings(p) {
                    let e = by_phrase.entry(v).or_default();
                    if !e.contains(&i) {
                        e.push(i);
                    }
                }
            }
        }
        let mut pairs: Vec<(String, Vec<usize>)> = by_phrase.into_iter().collect();
        pairs.sort();
        let (patterns, trigger_patterns): (Vec<String>, Vec<Vec<usize>>) =
            pairs.into_iter().unzip();
        // a few hundred phrases: a full DFA is small and scans fastest
        let trigger_automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| LexiconError::Parse {
                path: PathBuf::from("triggers"),
                line: 0,
                message: e.to_string(),
            })?;
        let mut word_sets = WordSets::default();
        let lists: [(&Vec<String>, WordClass); 20] = [
            (&words.determiners, WordClass::DETERMINER),
            (&words.gap_words, WordClass::GAP),
            (&words.prepositions, WordClass::PREPOSITION),
            (&words.actor_nouns, WordClass::ACTOR_NOUN),
            (&words.speech_verbs, WordClass::SPEECH_VERB),
            (&words.clause_breaks, WordClass::CLAUSE_BREAK),
            (&words.object_stops, WordClass::OBJECT_STOP),
            (&words.number_words, WordClass::NUMBER_WORD),
            (&words.agent_nouns, WordClass::AGENT_NOUN),
            (&words.non_objects, WordClass::NON_OBJECT),
            (&words.light_verbs, WordClass::LIGHT_VERB),
            (&words.auxiliaries, WordClass::AUXILIARY),
            (&words.subject_pronouns, WordClass::SUBJECT_PRONOUN),
            (&words.courtesy_titles, WordClass::COURTESY_TITLE),
            (&words.single_name_titles, WordClass::SINGLE_NAME_TITLE),
            (&words.medium_nouns, WordClass::MEDIUM_NOUN),
            (&words.place_gap_words, WordClass::PLACE_GAP),
            (&words.honorifics, WordClass::HONORIFIC),
            (&words.name_stops, WordClass::NAME_STOP),
            (&words.descriptors, WordClass::DESCRIPTOR),
        ];
        for (list, class) in lists {
            for w in list {
                word_sets.add(w, class);
            }
        }
        for w in &words.weekdays {
            word_sets.add(w, WordClass::WEEKDAY);
        }
        for w in words.months.keys() {
            word_sets.add(w, WordClass::MONTH);
        }
        for t in &self.titles {
            for w in t.title.split_whitespace() {
                word_sets.add(w, WordClass::TITLE_WORD);
            }
            word_sets
                .titles
                .insert(t.title.to_lowercase(), t.roles.clone());
            if !t.offices.is_empty() {
                word_sets.title_offices.insert(
                    t.title.to_lowercase(),
                    t.offices.iter().map(|o| o.to_lowercase()).collect(),
                );
            }
            if !t.not_styled.is_empty() {
                word_sets.title_not_styled.insert(
                    t.title.to_lowercase(),
                    t.not_styled.iter().map(|o| o.to_lowercase()).collect(),
                );
            }
        }
        for r in &self.references {
            let phrase = r.phrase.to_lowercase();
            match phrase.split_once(' ') {
                Some((head, tail)) => {
                    word_sets.add(head, WordClass::REFERENCE_HEAD);
                    word_sets.add(tail, WordClass::REFERENCE_TAIL);
                }
                None => word_sets.add(&phrase, WordClass::REFERENCE),
            }
            word_sets.references.insert(phrase, r.clone());
        }
        // (a trigger that only tells where its source was — "said in Oslo" — is no verb of an
        // event: "said" must not make "said *Trump*" an object)
        for t in self.triggers.iter().filter(|t| !t.tells_place_only()) {
            let class = if t.noun {
                WordClass::TRIGGER_NOUN
            } else {
                WordClass::TRIGGER_VERB
            };
            for p in t.phrases.iter().filter(|p| !p.contains(' ')) {
                word_sets.add(p, class);
            }
        }
        word_sets.compile();
        let lower_set = |list: &[String]| list.iter().map(|w| w.to_lowercase()).collect();
        word_sets.gift_nouns = lower_set(&words.gift_nouns);
        word_sets.purpose_verbs = lower_set(&words.purpose_verbs);
        word_sets.feminine_given_names = words.feminine_given_names.iter().cloned().collect();
        word_sets.masculine_given_names = words.masculine_given_names.iter().cloned().collect();
        word_sets.division_homonyms = words
            .division_homonyms
            .iter()
            .map(|(name, iso3)| (name.clone(), format!("country:{iso3}")))
            .collect();
        word_sets.division_titles = lower_set(&words.division_titles);
        word_sets.cues = self
            .cues
            .iter()
            .map(|c| {
                let phrases = c
                    .phrases
                    .iter()
                    .map(|p| {
                        p.to_lowercase()
                            .split_whitespace()
                            .map(str::to_owned)
                            .collect()
                    })
                    .collect();
                (c.modality, c.scope, c.window, phrases)
            })
            .collect();
        let place_only_patterns = trigger_patterns
            .iter()
            .map(|entries| entries.iter().all(|&e| self.triggers[e].tells_place_only()))
            .collect();
        Ok(Lexicon {
            place_only_patterns,
            triggers: self.triggers.clone(),
            titles: self.titles.clone(),
            references: self.references.clone(),
            cues: self.cues.clone(),
            words,
            trigger_automaton,
            trigger_patterns,
            word_sets,
        })
    }
}

/// No letter or digit at byte `at`.
fn ends_word(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// "met with"; "didn't" → "didn't", "didn’t".
fn apostrophe_spellings(p: &str) -> Vec<String> {
    let lower = p.to_lowercase();
    let mut v = vec![lower.clone()];
    if lower.contains('\'') {
        v.push(lower.replace('\'', "\u{2019}"));
    }
    v
}

/// Whether `a` and `b` differ by one substituted, inserted or deleted character.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        // one substitution: the rest after the first difference is equal
        prefix < short.len() && short[prefix + 1..] == long[prefix + 1..]
    } else {
        // one insertion into the shorter
        short[prefix..] == long[prefix + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triggers_in(text: &str) -> Vec<&str> {
        Lexicon::bundled()
            .trigger_hits(text)
            .map(|m| &text[m.start()..m.end()])
            .collect()
    }

    #[test]
    fn name_parts_match_by_case_familiar_form_or_one_letter() {
        let lex = Lexicon::bundled();
        assert!(lex.same_name_part("Phil", "Philip"));
        assert!(lex.same_name_part("Al-Jabir", "Al-Jaber"));
        assert!(lex.same_name_part("Volodymr", "Volodymyr"));
        assert!(lex.same_name_part("SERGEY", "Sergey"));
        // short names differ by a letter without being one ("Kim", "Jim")
        assert!(!lex.same_name_part("Kim", "Jim"));
        assert!(!lex.same_name_part("Abdullah", "Abdulaziz"));
        assert!(one_edit_apart("salman", "salmon"));
        assert!(!one_edit_apart("salman", "sultan"));
        assert!(!one_edit_apart("ab", "ab"));
    }

    #[test]
    fn triggers_are_whole_words_in_any_case() {
        assert_eq!(
            triggers_in("He met Xi. HE MET WITH XI."),
            ["met", "MET WITH"]
        );
        assert_eq!(
            triggers_in("a helmet, a summitry, remet"),
            Vec::<&str>::new()
        );
        assert_eq!(triggers_in("Obama Arrives In Thailand"), ["Arrives In"]);
    }

    #[test]
    fn a_phrase_ending_inside_a_word_gives_way_to_a_shorter_one() {
        // "visit to" would end inside "Togo", "met with" inside "without"
        assert_eq!(triggers_in("Abe will visit Togo"), ["visit"]);
        assert_eq!(triggers_in("Putin met without aides"), ["met"]);
    }

    #[test]
    fn word_classes_cover_contractions_and_long_words() {
        let sets = &Lexicon::bundled().word_sets;
        assert!(sets.class_of_token("we're").has(WordClass::REFERENCE));
        assert!(sets.class_of("the").has(WordClass::DETERMINER));
        assert!(!sets.class_of("the\0").has(WordClass::DETERMINER));
        assert!(sets.class_of("administration").has(WordClass::AGENT_NOUN));
        assert_eq!(sets.class_of(""), WordClass::NONE);
        assert_eq!(sets.class_of(&"x".repeat(100)), WordClass::NONE);
    }
}
