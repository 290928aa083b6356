//! Finding gazetteer entities in text: one Aho-Corasick automaton over every surface form.
//!
//! The automaton is case-sensitive. Instead of folding the text, each surface form is added in
//! the spellings news uses: as written, without diacritics ("Erdogan"), with either apostrophe,
//! hyphenated or spaced ("Kim Jong-un" / "Kim Jong Un"). Headlines in capitals ("PUTIN") are
//! read by a second automaton of the capitals of every mixed-case spelling, built on first need
//! (most text never needs it, and it would double the build time); a capitals spelling counts
//! only inside an all-capitals run of words, so "MAY" in a headline is not Theresa May's surname
//! unless the whole line is shouting.
//!
//! Matches must be whole words. When the longest candidate at a position fails that test
//! ("U.S. Congress" tried on "U.S. congressman") the next shorter candidate at the same start is
//! tried ("U.S."), so a valid mention is never lost to an invalid longer one.
//!
//! Because a mention starts a word, the automaton need not read every byte: it runs anchored
//! searches only at word starts whose first two bytes begin some surface form (see
//! `openings.rs`), and finds exactly the mentions an unanchored scan over every byte would.

use super::openings::{starts_word, Openings};
use crate::gazetteer::{EntityIndex, Gazetteer, SurfaceForm};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One entity a pattern may stand for, with how it names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The entity.
    pub entity: EntityIndex,
    /// Name, alias, demonym, metonym, acronym or short name.
    pub form: SurfaceForm,
}

#[derive(Clone, Debug)]
struct PatternInfo {
    candidates: Vec<Candidate>,
    /// Every candidate knows the form as a short name only (a surname, which a hyphen may join
    /// to another word in a compound).
    surname_only: bool,
}

/// A gazetteer entity found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention<'m> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    pattern: usize,
    candidates: &'m [Candidate],
}

impl<'m> Mention<'m> {
    /// The entities the matched text may stand for: one for names, aliases, demonyms and
    /// acronyms; possibly several for a shared short name ("Kim").
    pub fn candidates(&self) -> &'m [Candidate] {
        self.candidates
    }

    /// The first candidate: the entity, when the mention is unambiguous.
    pub fn entity(&self) -> EntityIndex {
        self.candidates[0].entity
    }

    /// How the text names the first candidate.
    pub fn form(&self) -> SurfaceForm {
        self.candidates[0].form
    }

    /// The automaton pattern that matched (stable for one matcher).
    pub(crate) fn candidates_id(&self) -> usize {
        self.pattern
    }

    /// True when more than one entity may be meant.
    pub fn is_ambiguous(&self) -> bool {
        self.candidates.len() > 1
    }
}

/// Configures a [`Matcher`].
#[derive(Clone, Debug)]
pub struct MatcherBuilder {
    dfa: bool,
    headline_variants: bool,
}

impl Default for MatcherBuilder {
    fn default() -> Self {
        MatcherBuilder {
            dfa: false,
            headline_variants: true,
        }
    }
}

impl MatcherBuilder {
    /// Build a full DFA: scans faster (about 1.5×), costs more build time and memory.
    /// Off by default so that loading stays quick.
    pub fn dfa(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.dfa = yes;
        self
    }

    /// Read forms written in capitals inside all-capitals text, as headlines write them (on by
    /// default; the automaton for them is built the first time a text needs it).
    pub fn headline_variants(&mut self, yes: bool) -> &mut MatcherBuilder {
        self.headline_variants = yes;
        self
    }

    /// Builds the automaton over every surface form of `gazetteer`.
    pub fn build(&self, gazetteer: &Gazetteer) -> Result<Matcher, MatcherError> {
        let mut table: HashMap<String, PatternInfo> = HashMap::new();
        for (i, e) in gazetteer.iter().enumerate() {
            let entity = EntityIndex(i as u32);
            for (surface, form) in e.surface_forms() {
                for variant in spellings(surface) {
                    if variant.chars().count() < 2 {
                        continue;
                    }
                    let info = table.entry(variant).or_insert_with(|| PatternInfo {
                        candidates: Vec::new(),
                        surname_only: true,
                    });
                    info.surname_only &= form == SurfaceForm::ShortName;
                    info.add(Candidate { entity, form });
                }
            }
        }
        let (patterns, infos) = sorted_patterns(table);
        let automaton = automaton_of(&patterns, self.dfa)?;
        // a headline's match starts with the capitals of some form's first letters
        let capitals: Vec<String> = if self.headline_variants {
            patterns.iter().map(|p| p.to_uppercase()).collect()
        } else {
            Vec::new()
        };
        let openings = Openings::of(patterns.iter().chain(&capitals).map(String::as_str));
        Ok(Matcher {
            automaton,
            infos,
            patterns,
            openings,
            headlines: self.headline_variants,
            capitals: OnceLock::new(),
        })
    }
}

impl PatternInfo {
    /// Adds a candidate unless its entity is one already.
    fn add(&mut self, c: Candidate) {
        if !self.candidates.iter().any(|x| x.entity == c.entity) {
            self.candidates.push(c);
        }
    }
}

/// The patterns of `table` in sorted order (so that a spelling can be looked up by binary
/// search), each with its candidates, full names before short names: the resolver reads the
/// first candidate first.
fn sorted_patterns(table: HashMap<String, PatternInfo>) -> (Vec<String>, Vec<PatternInfo>) {
    let mut entries: Vec<(String, PatternInfo)> = table.into_iter().collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, info) in &mut entries {
        info.candidates
            .sort_by_key(|c| c.form == SurfaceForm::ShortName);
    }
    entries.into_iter().unzip()
}

/// The automaton over `patterns`: leftmost-longest, for anchored and unanchored searches.
fn automaton_of(patterns: &[String], dfa: bool) -> Result<AhoCorasick, MatcherError> {
    let kind = if dfa {
        Some(AhoCorasickKind::DFA)
    } else {
        Some(AhoCorasickKind::ContiguousNFA)
    };
    let build = |kind| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .kind(kind)
            .build(patterns)
    };
    // A DFA can exceed the crate's size limits on very large gazetteers: fall back to the
    // automaton the crate picks itself before giving up.
    build(kind)
        .or_else(|_| build(None))
        .map_err(|e| MatcherError {
            patterns: patterns.len(),
            message: e.to_string(),
        })
}

/// The capitals of every mixed-case spelling, for headlines: pattern `i` of this automaton is
/// pattern `offset + i` of the matcher.
#[derive(Clone, Debug)]
struct Capitals {
    automaton: AhoCorasick,
    infos: Vec<PatternInfo>,
    offset: usize,
}

impl Capitals {
    fn of(matcher: &Matcher) -> Option<Capitals> {
        let mut table: HashMap<String, PatternInfo> = HashMap::new();
        for (p, info) in matcher.patterns.iter().zip(&matcher.infos) {
            if !p.chars().any(char::is_lowercase) {
                continue;
            }
            let upper = p.to_uppercase();
            // a form already written in capitals ("NATO") is the matcher's own
            if matcher.patterns.binary_search(&upper).is_ok() {
                continue;
            }
            let merged = table.entry(upper).or_insert_with(|| PatternInfo {
                candidates: Vec::new(),
                surname_only: true,
            });
            merged.surname_only &= info.surname_only;
            for &c in &info.candidates {
                merged.add(c);
            }
        }
        let (patterns, infos) = sorted_patterns(table);
        // the main automaton was built from the same forms: this one cannot fail where it did not
        // Headlines are a sliver of the text: the compact automaton serves them at a third of
        // the memory a DFA would take.
        let automaton = automaton_of(&patterns, false).ok()?;
        Some(Capitals {
            automaton,
            infos,
            offset: matcher.patterns.len(),
        })
    }
}

/// The gazetteer automaton could not be built (a gazetteer too large for the automaton's
/// state space).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot build the gazetteer automaton over {patterns} surface forms: {message}")]
pub struct MatcherError {
    /// How many patterns there were.
    pub patterns: usize,
    /// What the automaton library said.
    pub message: String,
}

/// The spellings of one surface form.
fn spellings(surface: &str) -> Vec<String> {
    let base = surface
        .strip_prefix("the ")
        .or_else(|| surface.strip_prefix("The "))
        .unwrap_or(surface)
        .trim();
    let mut out: Vec<String> = vec![base.to_owned()];
    let folded = crate::text::fold(base);
    out.push(folded.clone());
    if base.contains('\'') {
        out.push(base.replace('\'', "\u{2019}"));
        out.push(folded.replace('\'', "\u{2019}"));
    }
    // "Kim Jong-un" ↔ "Kim Jong Un" ↔ "Kim Jong-Un"
    if base.contains('-') && base.contains(' ') {
        for v in [base.to_owned(), folded] {
            out.push(hyphen_to_space(&v));
            out.push(capitalise_after_hyphen(&v));
        }
    } else if base.split(' ').count() == 3
        && base.chars().all(|c| c.is_alphabetic() || c == ' ')
        // syllables of Korean and Chinese given names ("Jong Un", "Moo Hyun", "Ing Wen") are
        // short; longer words are other names' ("Fidel Alejandro Castro" has no hyphen form)
        && base.split(' ').all(|w| w.chars().count() <= 5)
    {
        let mut parts: Vec<&str> = base.split(' ').collect();
        if parts[2].chars().next().is_some_and(char::is_uppercase) {
            let last = parts.pop().unwrap_or_default().to_lowercase();
            let joined = format!("{}-{}", parts.join(" "), last);
            out.push(capitalise_after_hyphen(&joined));
            out.push(joined);
        }
    }
    // "Abdel Fattah al-Sisi" ↔ "Abdel Fattah Al-Sisi", "Mohammed bin Salman" ↔ "Mohammed Bin
    // Salman", "Al-Jubeir" ↔ "al-Jubeir": news capitalises name particles as often as not, and
    // each on its own ("Mohammed bin Zayed Al Nahyan")
    let respelled: Vec<String> = out.iter().flat_map(|v| particle_cases(v)).collect();
    for v in respelled {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    let mut all: Vec<String> = Vec::with_capacity(out.len());
    for v in out {
        if !all.contains(&v) {
            all.push(v);
        }
    }
    all
}

/// Lower-case particles of Arabic, Romance, Dutch and German names.
const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "de", "da", "das", "dos", "del", "della", "di", "du", "van",
    "von", "le", "la",
];

/// At most this many particles of one name are respelled independently (2³ spellings); a
/// name with more gets all of them lower-cased or all capitalised.
const MAX_FREE_PARTICLES: usize = 3;

/// `s` with its name particles ("al", "Bin", "de") in every mix of lower case and capitals.
fn particle_cases(s: &str) -> Vec<String> {
    let words: Vec<&str> = s.split(' ').collect();
    let particles: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| {
            let head = w.split('-').next().unwrap_or(w).to_lowercase();
            NAME_PARTICLES.contains(&head.as_str())
        })
        .map(|(i, _)| i)
        .collect();
    let spell = |capital_mask: &dyn Fn(usize) -> bool| -> String {
        words
            .iter()
            .enumerate()
            .map(|(i, w)| match particles.iter().position(|&p| p == i) {
                Some(n) => with_initial(w, capital_mask(n)),
                None => (*w).to_owned(),
            })
            .collect::<Vec<String>>()
            .join(" ")
    };
    if particles.len() > MAX_FREE_PARTICLES {
        return vec![spell(&|_| false), spell(&|_| true)];
    }
    (0..1usize << particles.len())
        .map(|mask| spell(&|n| mask & (1 << n) != 0))
        .collect()
}

/// `word` with its first letter in capitals or in lower case.
fn with_initial(word: &str, capital: bool) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if capital => c.to_uppercase().chain(chars).collect(),
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn hyphen_to_space(s: &str) -> String {
    capitalise_after_hyphen(s).replace('-', " ")
}

fn capitalise_after_hyphen(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut up = false;
    for c in s.chars() {
        if up {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        up = c == '-';
    }
    out
}

/// Finds gazetteer entities in text. Build once (it holds the automaton), share freely.
///
/// ```
/// use diplograph::{Gazetteer, Matcher};
/// let g = Gazetteer::bundled();
/// let m = Matcher::new(&g).unwrap();
/// let text = "Ukrainian President Volodymyr Zelensky met NATO's chief in a woman's shelter.";
/// let found: Vec<(&str, &str)> = m
///     .find_iter(text)
///     .map(|x| (&text[x.start..x.end], g.entity(x.entity()).id.as_str()))
///     .collect();
/// assert_eq!(found, [
///     ("Ukrainian", "country:UKR"),
///     ("Volodymyr Zelensky", "person:volodymyr-zelensky"),
///     ("NATO", "org:nato"),
/// ]);
/// ```
#[derive(Clone, Debug)]
pub struct Matcher {
    automaton: AhoCorasick,
    infos: Vec<PatternInfo>,
    patterns: Vec<String>,
    openings: Openings,
    /// Whether headlines in capitals are read.
    headlines: bool,
    /// The automaton for them, once a text needed it.
    capitals: OnceLock<Option<Capitals>>,
}

impl Matcher {
    /// A matcher with the default configuration.
    pub fn new(gazetteer: &Gazetteer) -> Result<Matcher, MatcherError> {
        MatcherBuilder::default().build(gazetteer)
    }

    /// A builder for other configurations.
    pub fn builder() -> MatcherBuilder {
        MatcherBuilder::default()
    }

    /// Number of patterns in the automaton (surface forms times spellings; the capitals
    /// spellings for headlines not counted).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Heap memory used by the automata, in bytes (the headline automaton once built).
    pub fn memory_usage(&self) -> usize {
        self.automaton.memory_usage()
            + self
                .capitals
                .get()
                .and_then(Option::as_ref)
                .map_or(0, |c| c.automaton.memory_usage())
    }

    /// The mentions in `text`, left to right, not overlapping.
    pub fn find_iter<'m, 't>(&'m self, text: &'t str) -> Mentions<'m, 't> {
        Mentions {
            matcher: self,
            text,
            pos: 0,
        }
    }

    /// The raw automaton: a bare unanchored scan with it over every byte is the baseline ("the
    /// limit") the benchmarks compare against; [`Matcher::find_iter`] reads far fewer bytes.
    pub fn automaton(&self) -> &AhoCorasick {
        &self.automaton
    }

    /// Whether `mention` was found by this matcher (its pattern is ours, with our candidates).
    pub(crate) fn owns(&self, mention: &Mention<'_>) -> bool {
        self.info(mention.pattern)
            .is_some_and(|info| std::ptr::eq(info.candidates.as_slice(), mention.candidates))
    }

    /// The candidates of pattern `pattern` of a mention this matcher found.
    pub(crate) fn candidates_of(&self, pattern: usize) -> &[Candidate] {
        self.info(pattern).map_or(&[], |info| &info.candidates)
    }

    fn info(&self, pattern: usize) -> Option<&PatternInfo> {
        match self.infos.get(pattern) {
            Some(info) => Some(info),
            None => {
                let capitals = self.capitals.get()?.as_ref()?;
                capitals.infos.get(pattern - capitals.offset)
            }
        }
    }

    /// The mention that starts at byte `p`, if any: the longest whole-word match, from the
    /// headline automaton too where the text is in capitals.
    fn mention_at<'m>(&'m self, text: &str, p: usize) -> Option<Mention<'m>> {
        let here = Input::new(text).span(p..text.len()).anchored(Anchored::Yes);
        let own = self
            .automaton
            .find(here.clone())
            .and_then(|m| self.accept(&self.automaton, &self.infos, 0, text, m));
        if !self.headlines || !capitals_at(text, p) {
            return own;
        }
        let Some(capitals) = self.capitals.get_or_init(|| Capitals::of(self)) else {
            return own;
        };
        let shouted = capitals
            .automaton
            .find(here)
            .and_then(|m| {
                self.accept(
                    &capitals.automaton,
                    &capitals.infos,
                    capitals.offset,
                    text,
                    m,
                )
            })
            .filter(|m| in_capitals(text, m.start, m.end));
        match (own, shouted) {
            (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    fn accept<'m>(
        &self,
        automaton: &AhoCorasick,
        infos: &'m [PatternInfo],
        offset: usize,
        text: &str,
        mut m: aho_corasick::Match,
    ) -> Option<Mention<'m>> {
        if !starts_word(text, m.start()) {
            return None;
        }
        loop {
            let info = &infos[m.pattern().as_usize()];
            let compound = info.surname_only && hyphen_joined(text, m.end());
            let shouted_word =
                is_caps_word(&text[m.start()..m.end()]) && in_capitals(text, m.start(), m.end());
            if ends_word(text, m.end())
                && !compound
                && !continued_after(text, m.end())
                && !shouted_word
            {
                return Some(Mention {
                    start: m.start(),
                    end: m.end(),
                    pattern: offset + m.pattern().as_usize(),
                    candidates: &info.candidates,
                });
            }
            if m.end() - m.start() <= 1 {
                return None;
            }
            let shorter = Input::new(text)
                .span(m.start()..m.end() - 1)
                .anchored(Anchored::Yes);
            m = automaton.find(shorter)?;
        }
    }
}

/// Whether a word in capitals may start at byte `p`: a capital letter, then no lower-case one.
fn capitals_at(text: &str, p: usize) -> bool {
    let mut chars = text[p..].chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(|c| !c.is_lowercase())
}

/// Iterator over the [`Mention`]s of a text; see [`Matcher::find_iter`].
#[derive(Clone, Debug)]
pub struct Mentions<'m, 't> {
    matcher: &'m Matcher,
    text: &'t str,
    pos: usize,
}

impl<'m, 't> Iterator for Mentions<'m, 't> {
    type Item = Mention<'m>;

    fn next(&mut self) -> Option<Mention<'m>> {
        let text = self.text;
        while let Some(p) = self.matcher.openings.next_start(text, self.pos) {
            if let Some(found) = self.matcher.mention_at(text, p) {
                self.pos = found.end;
                return Some(found);
            }
            self.pos = p + 1;
        }
        self.pos = text.len();
        None
    }
}

/// Whether the name goes on: a regnal number, a generational suffix or a patronymic particle
/// follows ("King Abdullah *II*", "Donald Trump *Jr.*", "Emir Tamim *bin* Hamad" name someone
/// other than, or more than, the form matched; a form that covers the rest, "Abdullah II" or
/// "Tamim bin Hamad Al Thani", is found where the scan moves on).
fn continued_after(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    matches!(
        &rest[..word_len],
        "II" | "III" | "IV" | "VI" | "VII" | "VIII" | "Jr" | "Sr" | "bin" | "ibn" | "bint"
    )
}

/// Whether a hyphen joins the word ending at `end` to another: "Franco-German", "Smith-Jones".
fn hyphen_joined(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix('-')
        .is_some_and(|rest| rest.starts_with(char::is_alphabetic))
}

fn ends_word(text: &str, end: usize) -> bool {
    let mut rest = text[end..].chars();
    match rest.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        // a possessive ("Belgium's", "Ukrainians'") ends the word; "Xi'an" does not
        Some('\'' | '\u{2019}') => match rest.next() {
            Some('s') => rest.next().is_none_or(|c| !c.is_alphanumeric()),
            Some(c) => !c.is_alphanumeric(),
            None => true,
        },
        Some(_) => true,
    }
}

/// Upper-case acronyms that are also English words: in an all-caps headline they are the word.
fn is_caps_word(s: &str) -> bool {
    matches!(
        s,
        "WHO"
            | "IMO"
            | "IT"
            | "IS"
            | "AS"
            | "AT"
            | "ON"
            | "IN"
            | "OR"
            | "AND"
            | "ALL"
            | "CAN"
            | "MAY"
            | "AIM"
    )
}

/// Whether the words around `start..end` are written in capitals (a headline).
fn in_capitals(text: &str, start: usize, end: usize) -> bool {
    let before = neighbour_word(text[..start].chars().rev());
    let after = neighbour_word(text[end..].chars());
    let caps = |w: &Option<(usize, bool)>| matches!(w, Some((n, true)) if *n >= 2);
    let lower = |w: &Option<(usize, bool)>| matches!(w, Some((_, false)));
    (caps(&before) || caps(&after)) && !lower(&before) && !lower(&after)
}

/// The letter count of the nearest word and whether it has no lower-case letters.
fn neighbour_word(chars: impl Iterator<Item = char>) -> Option<(usize, bool)> {
    let mut letters = 0;
    let mut upper = true;
    let mut started = false;
    for c in chars.take(40) {
        if c.is_alphabetic() {
            started = true;
            letters += 1;
            upper &= !c.is_lowercase();
        } else if (started && (c.is_whitespace() || c == '-')) || c == '\n' {
            break;
        }
    }
    started.then_some((letters, upper))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain algorithm the word-start scan must agree with: a try at every character,
    /// without the openings that let the scan skip most of them.
    fn every_position<'m>(m: &'m Matcher, text: &str) -> Vec<Mention<'m>> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            match m.mention_at(text, pos) {
                Some(x) => {
                    pos = x.end;
                    out.push(x);
                }
                None => pos += text[pos..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    #[test]
    fn word_start_scan_equals_a_scan_of_every_position() {
        let g = crate::Gazetteer::bundled();
        let m = Matcher::new(&g).unwrap();
        let names: Vec<&str> = g.iter().take(400).map(|e| e.name.as_str()).collect();
        let glue = [
            " ",
            " met ",
            "'s ",
            "-backed ",
            ", ",
            " and the ",
            "\n",
            "—",
            "xx",
            "é",
            "(",
            "\"",
            "U.S. ",
            "al-",
            " bin ",
            "1",
            "’s ",
            "ÉLYSÉE ",
            "Niger",
            "ian ",
            "PUTIN ",
        ];
        // a deterministic pseudo-random walk over names and glue
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..40 {
                if next(3) == 0 {
                    text.push_str(names[next(names.len())]);
                } else {
                    text.push_str(glue[next(glue.len())]);
                }
            }
            let fast: Vec<_> = m
                .find_iter(&text)
                .map(|x| (x.start, x.end, x.pattern))
                .collect();
            let plain: Vec<_> = every_position(&m, &text)
                .into_iter()
                .map(|x| (x.start, x.end, x.pattern))
                .collect();
            assert_eq!(fast, plain, "{text:?}");
        }
    }

    #[test]
    fn spellings_cover_typography() {
        let s = spellings("Kim Jong Un");
        assert!(s.contains(&"Kim Jong-un".to_string()), "{s:?}");
        let s = spellings("Côte d'Ivoire");
        for v in ["Cote d'Ivoire", "Côte d\u{2019}Ivoire"] {
            assert!(s.contains(&v.to_string()), "{v} missing from {s:?}");
        }
        // long words get no hyphen form
        assert!(!spellings("Fidel Alejandro Castro")
            .iter()
            .any(|v| v.contains('-')));
        // each name particle is capitalised or not on its own
        let s = spellings("Mohammed Bin Zayed Al Nahyan");
        for v in [
            "Mohammed bin Zayed Al Nahyan",
            "Mohammed Bin Zayed al Nahyan",
            "Mohammed bin Zayed al Nahyan",
        ] {
            assert!(s.contains(&v.to_string()), "{v} missing from {s:?}");
        }
        assert!(!s.contains(&"mohammed bin Zayed Al Nahyan".to_string()));
    }

    #[test]
    fn headlines_are_read_by_a_capitals_automaton_built_on_need() {
        let g = crate::Gazetteer::bundled();
        let m = Matcher::new(&g).unwrap();
        let found = |text: &str| -> Vec<String> {
            m.find_iter(text)
                .map(|x| g.entity(x.entity()).id.to_string())
                .collect()
        };
        assert_eq!(
            found("Putin met Erdogan in Sochi."),
            ["person:vladimir-putin", "person:recep-tayyip-erdogan"]
        );
        assert!(
            m.capitals.get().is_none(),
            "not built for text without capitals"
        );
        assert_eq!(
            found("PUTIN MEETS ERDOGAN IN COTE D'IVOIRE"),
            [
                "person:vladimir-putin",
                "person:recep-tayyip-erdogan",
                "country:CIV"
            ]
        );
        assert!(m.memory_usage() > m.automaton.memory_usage(), "built now");
        // capitals of a mixed-case form count only where the words around are in capitals too
        assert!(found("Officials said PUTIN was tired.").is_empty());
        let off = Matcher::builder()
            .headline_variants(false)
            .build(&g)
            .unwrap();
        assert_eq!(off.find_iter("PUTIN MEETS ERDOGAN").count(), 0);
    }

    #[test]
    fn word_edges() {
        assert!(ends_word("Belgium's x", 7));
        assert!(ends_word("Ukrainians' x", 10));
        assert!(!ends_word("Xi'an", 2));
        assert!(!starts_word("woman", 1));
    }
}
