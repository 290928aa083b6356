//! A sentence as a sequence of items — words, punctuation and actors — with byte offsets.
//!
//! Gazetteer mentions replace the words they cover, so later stages reason over "actor, word,
//! word, actor" rather than raw text. Lower-case word forms live in one buffer per sentence,
//! reused across sentences, so tokenising allocates nothing per word.

use super::matcher::Mention;
use crate::gazetteer::{EntityIndex, SurfaceForm};

/// Who an actor item stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ActorRef {
    /// A gazetteer entity.
    Known(EntityIndex),
    /// A person first seen in this document ("Estonian Foreign Minister Margus Tsahkna").
    New(u32),
}

/// How an actor item came to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Via {
    /// A gazetteer surface form.
    Form(SurfaceForm),
    /// A role without a name ("the Ukrainian president").
    Role,
    /// A pronoun or group reference ("he", "the group", "26 countries").
    Reference,
    /// The surname of a person introduced earlier in the document.
    NewName,
}

#[derive(Clone, Debug)]
pub(crate) struct ActorInfo {
    pub who: Option<ActorRef>,
    pub via: Via,
    /// "Belgium's", "Putin's".
    pub possessive: bool,
    /// A country or organization qualifying a title and name ("*French* President Emmanuel Macron").
    pub modifier: bool,
    /// A demonym used as an adjective ("*Russian* aggression"): no party to anything.
    pub adjective: bool,
    /// The automaton pattern of a gazetteer mention (its candidates).
    pub mention: Option<usize>,
    /// A country's name, alias or seat ("Paris", "China", "the Elysee Palace"): it can name a place.
    pub place_like: bool,
}

#[derive(Clone, Debug)]
pub(crate) enum ItemKind {
    Word,
    Punct,
    Actor(ActorInfo),
}

#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub start: usize,
    pub end: usize,
    lo: (u32, u32),
    pub kind: ItemKind,
    pub in_quote: bool,
}

impl Item {
    pub fn actor(&self) -> Option<&ActorInfo> {
        match &self.kind {
            ItemKind::Actor(a) => Some(a),
            _ => None,
        }
    }

    pub fn actor_mut(&mut self) -> Option<&mut ActorInfo> {
        match &mut self.kind {
            ItemKind::Actor(a) => Some(a),
            _ => None,
        }
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, ItemKind::Word)
    }

    /// An actor that may be a party to a relation: resolved, not a modifier or adjective.
    pub fn party(&self) -> Option<ActorRef> {
        match &self.kind {
            ItemKind::Actor(a) if !a.modifier && !a.adjective => a.who,
            _ => None,
        }
    }
}

/// The items of one sentence, with their lower-case forms.
#[derive(Debug, Default)]
pub(crate) struct SentenceView {
    pub items: Vec<Item>,
    lower: String,
    pub start: usize,
    pub end: usize,
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '\u{201C}' | '\u{2018}')
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '\u{201D}')
}

impl SentenceView {
    /// The lower-case form of item `i`.
    pub fn lower(&self, i: usize) -> &str {
        let (a, b) = self.items[i].lo;
        &self.lower[a as usize..b as usize]
    }

    /// The original text of item `i`.
    pub fn text<'t>(&self, doc: &'t str, i: usize) -> &'t str {
        &doc[self.items[i].start..self.items[i].end]
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Rebuilds the view for `doc[start..end]` with the gazetteer `mentions` inside it.
    /// `in_quote` carries the quotation state across the sentences of a paragraph.
    pub fn fill(
        &mut self,
        doc: &str,
        start: usize,
        end: usize,
        mentions: &[Mention<'_>],
        in_quote: &mut bool,
    ) {
        self.items.clear();
        self.lower.clear();
        self.start = start;
        self.end = end;
        let text = &doc[start..end];
        let mut m = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let abs = start + i;
            if c.is_whitespace() {
                continue;
            }
            // a mention starting here takes precedence over tokenising
            while m < mentions.len() && mentions[m].end <= abs {
                m += 1;
            }
            if m < mentions.len() && mentions[m].start == abs {
                let mention = mentions[m];
                self.push_actor(doc, mention, *in_quote);
                // skip the characters it covers
                while let Some(&(j, _)) = chars.peek() {
                    if start + j < mention.end {
                        chars.next();
                    } else {
                        break;
                    }
                }
                // possessive right after it
                let rest = &doc[mention.end..end];
                for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
                    if let Some(after) = rest.strip_prefix(suffix) {
                        if after.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                            if let Some(a) = self.items.last_mut().and_then(Item::actor_mut) {
                                a.possessive = true;
                            }
                            let skip_to = mention.end + suffix.len();
                            while let Some(&(j, _)) = chars.peek() {
                                if start + j < skip_to {
                                    chars.next();
                                } else {
                                    break;
                                }
                            }
                            break;
                        }
                    }
                }
                // a hyphen compound is an adjective: "Riyadh-aligned", "US-backed", "Kremlin-linked"
                let rest = &doc[mention.end..end];
                if rest.starts_with('-') && rest[1..].starts_with(char::is_alphabetic) {
                    if let Some(a) = self.items.last_mut().and_then(Item::actor_mut) {
                        a.adjective = true;
                    }
                }
                m += 1;
                continue;
            }
            if c.is_alphanumeric()
                || (c == '$' && chars.peek().is_some_and(|&(_, d)| d.is_ascii_digit()))
            {
                let mut word_end = abs + c.len_utf8();
                let mut prev = c;
                while let Some(&(j, d)) = chars.peek() {
                    let dabs = start + j;
                    if m < mentions.len() && mentions[m].start == dabs {
                        break;
                    }
                    let joins = d.is_alphanumeric()
                        || d == '%'
                        || (matches!(d, '\'' | '\u{2019}' | '-' | '.' | '/' | ',')
                            && prev.is_alphanumeric()
                            && text[j + d.len_utf8()..].chars().next().is_some_and(|n| {
                                n.is_alphanumeric() && (d != ',' || (prev.is_ascii_digit() && n.is_ascii_digit()))
                            })
                            // "Ukraine-Russia": a hyphen before a mention ends the word
                            && !(d == '-' && m < mentions.len() && mentions[m].start == dabs + 1));
                    if !joins {
                        break;
                    }
                    word_end = dabs + d.len_utf8();
                    prev = d;
                    chars.next();
                }
                self.push(doc, abs, word_end, ItemKind::Word, *in_quote);
            } else {
                if is_opening_quote(c) || (c == '"' && !*in_quote) {
                    self.push(doc, abs, abs + c.len_utf8(), ItemKind::Punct, *in_quote);
                    *in_quote = true;
                    continue;
                }
                if is_closing_quote(c) || c == '"' {
                    *in_quote = false;
                }
                self.push(doc, abs, abs + c.len_utf8(), ItemKind::Punct, *in_quote);
            }
        }
    }

    fn push(&mut self, doc: &str, start: usize, end: usize, kind: ItemKind, in_quote: bool) {
        let a = self.lower.len() as u32;
        for c in doc[start..end].chars() {
            match c {
                '\u{2019}' | '\u{2018}' => self.lower.push('\''),
                c if c.is_ascii() => self.lower.push(c.to_ascii_lowercase()),
                c => self.lower.extend(c.to_lowercase()),
            }
        }
        let b = self.lower.len() as u32;
        self.items.push(Item {
            start,
            end,
            lo: (a, b),
            kind,
            in_quote,
        });
    }

    fn push_actor(&mut self, doc: &str, mention: Mention<'_>, in_quote: bool) {
        let info = ActorInfo {
            who: None,
            via: Via::Form(mention.form()),
            possessive: false,
            modifier: false,
            adjective: false,
            mention: Some(mention.candidates_id()),
            place_like: false,
        };
        self.push(
            doc,
            mention.start,
            mention.end,
            ItemKind::Actor(info),
            in_quote,
        );
    }

    /// Replaces items `a..b` by one actor item spanning them.
    pub fn collapse(&mut self, a: usize, b: usize, info: ActorInfo) {
        let start = self.items[a].start;
        let end = self.items[b - 1].end;
        let lo = (self.items[a].lo.0, self.items[b - 1].lo.1);
        let in_quote = self.items[a].in_quote;
        self.items.splice(
            a..b,
            std::iter::once(Item {
                start,
                end,
                lo,
                kind: ItemKind::Actor(info),
                in_quote,
            }),
        );
    }
}
