//! A sentence as a sequence of items — words, punctuation and actors — with byte offsets.
//!
//! Gazetteer mentions replace the words they cover, so later stages reason over "actor, word,
//! word, actor" rather than raw text. Lower-case word forms live in one buffer per sentence
//! (the sentence lower-cased at once, plus the few words ASCII folding cannot lower), reused
//! across sentences, so tokenising allocates nothing per word.

use super::lexicon::{WordClass, WordSets};
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

/// How a resolved mention named its entity. Serialized flat, in snake case: `"name"`,
/// `"alias"`, `"demonym"`, `"metonym"`, `"acronym"`, `"short_name"`, `"role"`, `"reference"`,
/// `"new_name"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MentionVia {
    /// One of the gazetteer's surface forms ("Emmanuel Macron", "French", "the Kremlin").
    Form(SurfaceForm),
    /// A role without a name ("the Ukrainian president").
    Role,
    /// A pronoun or group reference ("he", "the group", "26 countries").
    Reference,
    /// The surname of a person the document introduced whom the gazetteer does not know.
    NewName,
}

impl MentionVia {
    /// The snake-case name this serializes to.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionVia::Form(form) => form.as_str(),
            MentionVia::Role => "role",
            MentionVia::Reference => "reference",
            MentionVia::NewName => "new_name",
        }
    }
}

impl std::fmt::Display for MentionVia {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MentionVia {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// How an actor item came to be: the same as what a resolved mention reports.
pub(crate) use self::MentionVia as Via;

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
    /// A second party the item stands for: "the two leaders" are both.
    pub also: Option<ActorRef>,
    /// For "him" and an object "her": the other people its sentence named before it, the
    /// latest first — whom it names instead where `who` turns out to be its clause's subject,
    /// which a pronoun object never names ("Biden called Scholz and thanked *him*"); only
    /// argument finding knows that subject.
    pub instead: [Option<ActorRef>; 3],
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
    /// The word classes of its lower-case form.
    class: WordClass,
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

    /// Every party the item stands for: its party, and a second one for "the two leaders".
    pub fn parties(&self) -> impl Iterator<Item = ActorRef> {
        let also = self
            .actor()
            .and_then(|a| a.also)
            .filter(|_| self.party().is_some());
        self.party().into_iter().chain(also)
    }
}

/// The items of one sentence, with their lower-case forms.
#[derive(Debug, Default)]
pub(crate) struct SentenceView {
    pub items: Vec<Item>,
    lower: String,
    pub start: usize,
    pub end: usize,
    /// Written in title case ("President Obama Arrives In Thailand"): a capitalised word is
    /// then no sign of a name.
    pub title_case: bool,
    /// Mostly capitals, as headlines are ("PUTIN MEETS XI"); read once a sentence, not once a
    /// trigger.
    pub headline: bool,
}

/// Whether most of a sentence's letters are capitals.
fn is_headline(text: &str) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters > 0 && upper * 10 > letters * 6
}

/// The char at byte `p` (a char boundary) and its length.
#[inline]
fn char_at(doc: &str, p: usize) -> (char, usize) {
    let b = doc.as_bytes()[p];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = doc[p..].chars().next().unwrap_or('\u{FFFD}');
    (c, c.len_utf8())
}

/// Whether the reader stands inside a quotation, followed mark by mark through a paragraph.
///
/// Double and single quotations are tracked apart, so that a single-quoted word inside a
/// sentence (‘productive’) neither opens a quotation that never closes nor closes a double one.
/// A single closing mark is also the apostrophe, so ’ and ' close only a single quotation that is
/// open and only where no letter follows ("Putin’s" stays one word either way).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Quotation {
    double: bool,
    single: bool,
}

impl Quotation {
    /// Inside a quotation of either kind.
    pub fn inside(self) -> bool {
        self.double || self.single
    }

    /// Follows the character `c` at byte `p` of `doc`; returns whether `c` was a quotation mark.
    pub fn follow(&mut self, doc: &str, p: usize, c: char) -> bool {
        let letter_before = || {
            doc[..p]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        };
        let letter_after = || {
            doc[p + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        };
        match c {
            '\u{201C}' | '\u{201E}' | '\u{00AB}' => self.double = true,
            '\u{201D}' | '\u{00BB}' => self.double = false,
            // a straight mark opens before a word and closes after one: a quotation left
            // open where a new one starts ("… instability. "We have …") must not turn the
            // rest of the paragraph inside out, as a toggle would
            '"' => {
                let before = doc[..p].chars().next_back();
                let after = doc[p + 1..].chars().next();
                let opens = after.is_some_and(|a| !a.is_whitespace())
                    && before
                        .is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '\u{2014}'));
                let closes = before.is_some_and(|b| !b.is_whitespace())
                    && after.is_none_or(|a| {
                        a.is_whitespace() || (a.is_ascii_punctuation() && a != '"')
                    });
                self.double = match (opens, closes) {
                    (true, false) => true,
                    (false, true) => false,
                    _ => !self.double,
                };
            }
            '\u{2018}' => self.single = true,
            '\'' if !self.single && !letter_before() && letter_after() => self.single = true,
            '\u{2019}' | '\'' if self.single && !letter_after() => self.single = false,
            _ => return false,
        }
        true
    }

    /// Follows every quotation mark of `doc[start..end]`.
    pub fn follow_span(&mut self, doc: &str, start: usize, end: usize) {
        // only the bytes a mark can start with are decoded: '"', '\'', and the lead bytes of
        // « » (C2) and of the curly quotes (E2)
        let bytes = &doc.as_bytes()[start..end];
        for (i, &b) in bytes.iter().enumerate() {
            if matches!(b, b'"' | b'\'' | 0xC2 | 0xE2) {
                let p = start + i;
                if let Some(c) = doc[p..].chars().next() {
                    self.follow(doc, p, c);
                }
            }
        }
    }
}

impl SentenceView {
    /// The lower-case form of item `i`.
    pub fn lower(&self, i: usize) -> &str {
        let (a, b) = self.items[i].lo;
        &self.lower[a as usize..b as usize]
    }

    /// The word classes of item `i`'s lower-case form (of any item, not only words: a
    /// pronoun resolved to an actor keeps its classes).
    #[inline]
    pub fn class(&self, i: usize) -> WordClass {
        self.items[i].class
    }

    /// Whether item `i` is a word of `class`.
    #[inline]
    pub fn is(&self, i: usize, class: WordClass) -> bool {
        self.items[i].class.has(class)
    }

    /// The original text of item `i`.
    pub fn text<'t>(&self, doc: &'t str, i: usize) -> &'t str {
        &doc[self.items[i].start..self.items[i].end]
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether item `i` is a word (no actor) that starts with a capital ("Cabinet", "Jeddah").
    pub fn is_capitalised_word(&self, doc: &str, i: usize) -> bool {
        self.items[i].is_word() && self.text(doc, i).starts_with(char::is_uppercase)
    }

    /// Whether item `i` is a lower-case word of no lexicon class: an adjective or a plain noun
    /// ("*brief* visit", "*economic* sanctions", "*angry* Greeks").
    pub fn is_plain_lower_word(&self, doc: &str, i: usize) -> bool {
        self.items[i].is_word()
            && self.class(i) == WordClass::NONE
            && self.text(doc, i).starts_with(char::is_lowercase)
    }

    /// Whether item `i` opens its sentence, or a quotation in it: where a capital says nothing
    /// of a name.
    pub fn is_sentence_start(&self, i: usize) -> bool {
        i == 0
            || (i == 1 && !self.items[0].is_word())
            || (!self.items[i - 1].is_word() && self.is_quote(i - 1))
    }

    /// Whether item `k` reads as a quotation mark, straight or curly.
    pub fn is_quote(&self, k: usize) -> bool {
        matches!(
            self.lower(k),
            "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}"
        )
    }

    /// The state a demonym used as an adjective at item `i` names ("*American* sanctions").
    pub fn demonym_at(&self, i: usize) -> Option<ActorRef> {
        self.items[i]
            .actor()
            .filter(|a| a.adjective && a.via == Via::Form(SurfaceForm::Demonym))
            .and_then(|a| a.who)
    }

    /// Rebuilds the view for `doc[start..end]` with the gazetteer `mentions` inside it.
    /// `quotation` carries the quotation state across the sentences of a paragraph.
    ///
    /// Every sentence with a mention or trigger passes through here, so it walks bytes and
    /// decodes a char only where one is not ASCII.
    pub fn fill(
        &mut self,
        sets: &WordSets,
        doc: &str,
        start: usize,
        end: usize,
        mentions: &[Mention<'_>],
        quotation: &mut Quotation,
    ) {
        self.items.clear();
        // the whole sentence lower-cased at once: an ASCII item's lower-case form is its slice
        // of this copy, and only other items append their own
        self.lower.clear();
        self.lower.push_str(&doc[start..end]);
        self.lower.make_ascii_lowercase();
        self.start = start;
        self.end = end;
        let mut p = start;
        let mut m = 0;
        while p < end {
            let (c, len) = char_at(doc, p);
            if c.is_whitespace() {
                p += len;
                continue;
            }
            // a mention starting here takes precedence over tokenising
            while m < mentions.len() && mentions[m].end <= p {
                m += 1;
            }
            if m < mentions.len() && mentions[m].start == p {
                let mention = mentions[m];
                self.push_actor(sets, doc, mention, quotation.inside());
                p = mention.end;
                // possessive right after it
                let rest = &doc[mention.end..end];
                for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
                    if let Some(after) = rest.strip_prefix(suffix) {
                        if after.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                            if let Some(a) = self.items.last_mut().and_then(Item::actor_mut) {
                                a.possessive = true;
                            }
                            p = mention.end + suffix.len();
                            break;
                        }
                    }
                }
                // a hyphen compound is an adjective: "Riyadh-aligned", "US-backed", "Kremlin-linked"
                if rest.starts_with('-') && rest[1..].starts_with(char::is_alphabetic) {
                    if let Some(a) = self.items.last_mut().and_then(Item::actor_mut) {
                        a.adjective = true;
                    }
                }
                m += 1;
                continue;
            }
            // "then-Chancellor Merkel", "ex-President Lula": the prefix is a word of its own,
            // so that the title stays a title word
            // (within the sentence: a 4 KB cut may fall anywhere)
            let prefix = matches!(c, 't' | 'T' | 'e' | 'E')
                .then(|| {
                    let rest = &doc[p..end];
                    ["then-", "ex-"].into_iter().find(|x| {
                        rest.get(..x.len())
                            .is_some_and(|w| w.eq_ignore_ascii_case(x))
                            && rest[x.len()..].starts_with(char::is_alphabetic)
                    })
                })
                .flatten();
            if let Some(x) = prefix {
                self.push(
                    sets,
                    doc,
                    p,
                    p + x.len() - 1,
                    ItemKind::Word,
                    quotation.inside(),
                );
                p += x.len();
                continue;
            }
            let digit_next = || doc.as_bytes().get(p + len).is_some_and(u8::is_ascii_digit);
            if c.is_alphanumeric() || (c == '$' && p + len < end && digit_next()) {
                let mut q = p + len;
                let mut prev = c;
                while q < end {
                    if m < mentions.len() && mentions[m].start == q {
                        break;
                    }
                    // a run of ASCII letters and digits: no mention starts inside it (mentions
                    // start words), so it needs no checks
                    let run = doc.as_bytes()[q..end]
                        .iter()
                        .take_while(|b| b.is_ascii_alphanumeric())
                        .count();
                    if run > 0 {
                        q += run;
                        prev = char::from(doc.as_bytes()[q - 1]);
                        continue;
                    }
                    let (d, dl) = char_at(doc, q);
                    let joins = d.is_alphanumeric()
                        || d == '%'
                        || (matches!(d, '\'' | '\u{2019}' | '-' | '.' | '/' | ',')
                            && prev.is_alphanumeric()
                            && q + dl < end
                            && {
                                let n = char_at(doc, q + dl).0;
                                n.is_alphanumeric()
                                    && (d != ',' || (prev.is_ascii_digit() && n.is_ascii_digit()))
                            }
                            // "Ukraine-Russia": a hyphen before a mention ends the word
                            && !(d == '-' && m < mentions.len() && mentions[m].start == q + 1));
                    if !joins {
                        break;
                    }
                    q += dl;
                    prev = d;
                }
                self.push(sets, doc, p, q, ItemKind::Word, quotation.inside());
                p = q;
                continue;
            }
            // a quotation mark itself stands outside the quotation it opens or closes
            let before = quotation.inside();
            quotation.follow(doc, p, c);
            let in_quote = before && quotation.inside();
            self.push(sets, doc, p, p + len, ItemKind::Punct, in_quote);
            p += len;
        }
        self.title_case = self.is_title_case(doc);
        self.headline = is_headline(&doc[start..end]);
    }

    /// Headline style: every word capitalised but for function words ("of", "in", "the"),
    /// and at least three capitalised words.
    fn is_title_case(&self, doc: &str) -> bool {
        let mut capitalised = 0;
        for it in self.items.iter().filter(|it| it.is_word()) {
            let first = doc[it.start..it.end].chars().next();
            match first {
                Some(c) if c.is_uppercase() => capitalised += 1,
                Some(c) if c.is_lowercase() => {
                    let function_word =
                        it.class.has(WordClass::PREPOSITION | WordClass::DETERMINER)
                            || matches!(&doc[it.start..it.end], "and" | "or" | "as" | "but");
                    if !function_word {
                        return false;
                    }
                }
                _ => {}
            }
        }
        capitalised >= 3
    }

    fn push(
        &mut self,
        sets: &WordSets,
        doc: &str,
        start: usize,
        end: usize,
        kind: ItemKind,
        in_quote: bool,
    ) {
        let original = &doc[start..end];
        let (a, b) = if original.is_ascii() {
            ((start - self.start) as u32, (end - self.start) as u32)
        } else {
            let a = self.lower.len();
            for c in original.chars() {
                match c {
                    '\u{2019}' | '\u{2018}' => self.lower.push('\''),
                    c if c.is_ascii() => self.lower.push(c.to_ascii_lowercase()),
                    c => self.lower.extend(c.to_lowercase()),
                }
            }
            (a as u32, self.lower.len() as u32)
        };
        // no word list holds punctuation
        let class = if matches!(kind, ItemKind::Punct) {
            WordClass::NONE
        } else {
            sets.class_of_token(&self.lower[a as usize..b as usize])
        };
        self.items.push(Item {
            start,
            end,
            lo: (a, b),
            class,
            kind,
            in_quote,
        });
    }

    fn push_actor(&mut self, sets: &WordSets, doc: &str, mention: Mention<'_>, in_quote: bool) {
        let info = ActorInfo {
            who: None,
            via: Via::Form(mention.form()),
            possessive: false,
            modifier: false,
            adjective: false,
            mention: Some(mention.candidates_id()),
            place_like: false,
            also: None,
            instead: [None; 3],
        };
        self.push(
            sets,
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
        // a phrase's lower-case form is never asked for its words; keep the range valid
        let (first, last) = (self.items[a].lo, self.items[b - 1].lo);
        let lo = if first.0 <= last.1 {
            (first.0, last.1)
        } else {
            first
        };
        // one word keeps its classes ("his" stays a determiner); a phrase is no word
        let class = if b == a + 1 {
            self.items[a].class
        } else {
            WordClass::NONE
        };
        let in_quote = self.items[a].in_quote;
        self.items.splice(
            a..b,
            std::iter::once(Item {
                start,
                end,
                lo,
                class,
                kind: ItemKind::Actor(info),
                in_quote,
            }),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::Quotation;

    /// Whether the quotation is open after each `"` of `text`, in order.
    fn states(text: &str) -> Vec<bool> {
        let mut q = Quotation::default();
        text.char_indices()
            .filter(|&(_, c)| c == '"')
            .map(|(p, c)| {
                q.follow(text, p, c);
                q.inside()
            })
            .collect()
    }

    #[test]
    fn straight_marks_open_before_a_word_and_close_after_one() {
        assert_eq!(states(r#"He said "yes" and left."#), [true, false]);
        // a quotation left open where a new one starts stays open, and closes once
        assert_eq!(
            states(r#"She said: "We agreed. "There is more to do." Then she left."#),
            [true, true, false]
        );
        // a mark with words on both sides or on neither is read as a toggle
        assert_eq!(states(r#"x"y"z"#), [true, false]);
        assert_eq!(states(r#"a " b " c"#), [true, false]);
    }
}
