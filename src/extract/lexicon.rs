//! The trigger lexicon and the word lists extraction reads: which words signal which relation,
//! how their arguments are found, which titles name which offices, which phrases refer back.
//!
//! All of it is data (`data/lexicon/` in the source tree, compiled in). Users can replace or
//! extend any file with [`LexiconBuilder`].

use super::fxhash::{FxHashMap, FxHashSet};
use crate::gazetteer::{EntityKind, Role};
use crate::relation::{Modality, RelationKind};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where a trigger finds its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
pub enum SourceFrame {
    /// The subject before the trigger.
    #[default]
    Subject,
    /// The agent after "by" (passive voice: "troops were pledged by Britain").
    By,
}

/// One line of `triggers.jsonl`: phrases that signal a relation kind, and how to find its arguments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// The least modality the phrase itself implies ("would send" is at least `planned`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Modality>,
    /// Emit the relation even when no target is found.
    #[serde(default)]
    pub allow_no_target: bool,
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
    pub reject_target_categories: Vec<String>,
}

/// One line of `titles.jsonl`: a title and the office roles it names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleEntry {
    /// The title, lower case ("prime minister").
    pub title: String,
    /// Roles it may name, most likely first; empty for titles that name no office we resolve.
    #[serde(default)]
    pub roles: Vec<Role>,
}

/// What a referring phrase points back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Referent {
    /// The most salient person ("he").
    Person,
    /// The most salient organization ("the group").
    Organization,
    /// The most salient grouping of states ("member states", "26 countries").
    Grouping,
    /// The speaker of the quotation it stands in ("I", "we").
    Speaker,
}

/// When a referring phrase counts as a reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceCondition {
    /// After "the", "its", "their" (bare "leaders" refers to no one in particular).
    Definite,
    /// After a number ("26 countries").
    Number,
}

/// One line of `references.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    pub prefers: Vec<String>,
}

/// Where a modality cue must stand relative to the trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    /// Month names and abbreviations to month numbers.
    pub months: HashMap<String, u8>,
    /// Weekday names, Monday first.
    pub weekdays: Vec<String>,
}

/// Why a lexicon file could not be loaded.
#[derive(Debug, thiserror::Error)]
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
    pub(crate) word_sets: WordSets,
}

/// Word lists as sets, for the hot path.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordSets {
    pub determiners: FxHashSet<String>,
    pub gap: FxHashSet<String>,
    pub prepositions: FxHashSet<String>,
    pub actor_nouns: FxHashSet<String>,
    pub speech_verbs: FxHashSet<String>,
    pub clause_breaks: FxHashSet<String>,
    pub object_stops: FxHashSet<String>,
    pub number_words: FxHashSet<String>,
    pub agent_nouns: FxHashSet<String>,
    pub non_objects: FxHashSet<String>,
    pub light_verbs: FxHashSet<String>,
    pub auxiliaries: FxHashSet<String>,
    pub subject_pronouns: FxHashSet<String>,
    pub months: FxHashSet<String>,
    pub courtesy_titles: FxHashSet<String>,
    pub weekdays: FxHashSet<String>,
    /// Title words: every word of every title ("prime", "minister", "special", "envoy").
    pub title_words: FxHashSet<String>,
    /// One-word trigger phrases ("met", "thanked"): an actor right after one is its object.
    pub trigger_verbs: FxHashSet<String>,
    pub titles: FxHashMap<String, Vec<Role>>,
    pub references: FxHashMap<String, ReferenceEntry>,
    /// First words of two-word references ("member" of "member states").
    pub reference_heads: FxHashSet<String>,
    pub cues: Vec<(Modality, CueScope, usize, Vec<Vec<String>>)>,
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

    /// The word lists.
    pub fn words(&self) -> &WordLists {
        &self.words
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
/// let mut b = Lexicon::builder().with_bundled();
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
    pub fn with_bundled(mut self) -> LexiconBuilder {
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
                for v in case_spellings(p) {
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
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| LexiconError::Parse {
                path: PathBuf::from("triggers"),
                line: 0,
                message: e.to_string(),
            })?;
        let set = |v: &Vec<String>| {
            v.iter()
                .map(|s| s.to_lowercase())
                .collect::<FxHashSet<String>>()
        };
        let mut title_words = FxHashSet::default();
        let mut titles = FxHashMap::default();
        for t in &self.titles {
            for w in t.title.split_whitespace() {
                title_words.insert(w.to_lowercase());
            }
            titles.insert(t.title.to_lowercase(), t.roles.clone());
        }
        let references: FxHashMap<String, ReferenceEntry> = self
            .references
            .iter()
            .map(|r| (r.phrase.to_lowercase(), r.clone()))
            .collect();
        let reference_heads = references
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(head, _)| head.to_owned()))
            .collect();
        let cues = self
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
        let trigger_verbs = self
            .triggers
            .iter()
            .filter(|t| !t.noun)
            .flat_map(|t| t.phrases.iter())
            .filter(|p| !p.contains(' '))
            .map(|p| p.to_lowercase())
            .collect();
        let word_sets = WordSets {
            trigger_verbs,
            determiners: set(&words.determiners),
            gap: set(&words.gap_words),
            prepositions: set(&words.prepositions),
            actor_nouns: set(&words.actor_nouns),
            speech_verbs: set(&words.speech_verbs),
            clause_breaks: set(&words.clause_breaks),
            object_stops: set(&words.object_stops),
            number_words: set(&words.number_words),
            agent_nouns: set(&words.agent_nouns),
            non_objects: set(&words.non_objects),
            light_verbs: set(&words.light_verbs),
            auxiliaries: set(&words.auxiliaries),
            subject_pronouns: set(&words.subject_pronouns),
            months: words.months.keys().cloned().collect(),
            courtesy_titles: set(&words.courtesy_titles),
            weekdays: set(&words.weekdays),
            title_words,
            titles,
            references,
            reference_heads,
            cues,
        };
        Ok(Lexicon {
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

/// "met with" → "met with", "Met with", "MET WITH".
fn case_spellings(p: &str) -> Vec<String> {
    let lower = p.to_lowercase();
    let mut cap = String::with_capacity(lower.len());
    let mut chars = lower.chars();
    if let Some(c) = chars.next() {
        cap.extend(c.to_uppercase());
        cap.push_str(chars.as_str());
    }
    let mut v = vec![lower.clone(), cap, lower.to_uppercase()];
    if lower.contains('\'') {
        v.push(lower.replace('\'', "\u{2019}"));
    }
    v.sort();
    v.dedup();
    v
}
