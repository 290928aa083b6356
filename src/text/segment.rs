//! Sentence segmentation with byte offsets, tuned to news copy.
//!
//! Newlines end paragraphs (news arrives one paragraph per line, captions and headlines on lines
//! of their own). Within a line a sentence ends at `.`, `!` or `?` — possibly followed by closing
//! quotes — when the next word starts like a sentence. Abbreviations do not end sentences:
//! titles ("Mr.", "Gen."), months ("Sept. 4"), initials ("George W. Bush") and dotted acronyms
//! ("U.S. envoy"), unless a dotted acronym is followed by a word that typically opens a sentence.
//!
//! No sentence is longer than [`MAX_SENTENCE_BYTES`]: text without any sentence end (a table, a
//! 100 MB line) is cut at the last space before the limit, so the work per sentence stays bounded
//! whatever the input.

/// One sentence: a slice of the document with its byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'t> {
    /// The sentence text, trimmed.
    pub text: &'t str,
    /// Byte offset of the first byte in the document.
    pub start: usize,
    /// Byte offset one past the last byte in the document.
    pub end: usize,
    /// Zero-based index of the paragraph (line) it belongs to.
    pub paragraph: usize,
}

/// Iterator over the sentences of a text; see [`sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'t> {
    text: &'t str,
    pos: usize,
    paragraph: usize,
    /// End of the current line, found once per line: re-scanning it for every sentence would
    /// make one long line quadratic.
    line_end: usize,
}

/// The sentences of `text`, in order.
///
/// ```
/// use diplograph::text::sentences;
/// let text = "U.S. envoy Steve Witkoff met Mr. Putin on Sept. 4. Talks went on.\nHEADLINE HERE";
/// let s: Vec<&str> = sentences(text).map(|s| s.text).collect();
/// assert_eq!(s, ["U.S. envoy Steve Witkoff met Mr. Putin on Sept. 4.", "Talks went on.", "HEADLINE HERE"]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        pos: 0,
        paragraph: 0,
        line_end: 0,
    }
}

/// The longest sentence the segmenter yields, in bytes. Real sentences are far shorter (news
/// averages about 150 bytes); longer runs are cut at the last space before the limit.
pub const MAX_SENTENCE_BYTES: usize = 4096;

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Gov", "Sen",
    "Rep", "St", "Jr", "Sr", "Prof", "Rev", "Hon", "Amb", "Pres", "Sec", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs", "Vol",
    "Fig", "approx", "est", "Corp", "Inc", "Ltd", "Co", "Mt", "Ft", "Gens",
];

const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "This",
    "That",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "After",
    "As",
    "At",
    "For",
    "If",
    "When",
    "While",
    "Meanwhile",
    "However",
];

impl<'t> Iterator for Sentences<'t> {
    type Item = Sentence<'t>;

    fn next(&mut self) -> Option<Sentence<'t>> {
        let bytes = self.text.as_bytes();
        loop {
            // skip blank space, counting paragraph breaks
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                if bytes[self.pos] == b'\n' && self.pos > 0 {
                    self.paragraph += 1;
                }
                self.pos += 1;
            }
            if self.pos >= bytes.len() {
                return None;
            }
            let start = self.pos;
            if self.line_end <= start {
                self.line_end = memchr_newline(bytes, start);
            }
            let line_end = cap_length(self.text, start, self.line_end);
            let end = find_sentence_end(self.text, start, line_end);
            self.pos = end;
            let raw = &self.text[start..end];
            let trimmed = raw.trim_end();
            if trimmed.is_empty() {
                continue;
            }
            return Some(Sentence {
                text: trimmed,
                start,
                end: start + trimmed.len(),
                paragraph: self.paragraph,
            });
        }
    }
}

/// `end`, or an earlier cut at most `MAX_SENTENCE_BYTES` after `start`: after the last space
/// before the limit, else at the last char boundary before it.
fn cap_length(text: &str, start: usize, end: usize) -> usize {
    if end - start <= MAX_SENTENCE_BYTES {
        return end;
    }
    let limit = super::floor_char_boundary(text, start + MAX_SENTENCE_BYTES);
    match text[start..limit].rfind(char::is_whitespace) {
        Some(p) if p > 0 => start + p + 1,
        _ => limit,
    }
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |p| from + p)
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[')
}

/// The end (exclusive) of the sentence that starts at `start`, no later than `line_end`.
fn find_sentence_end(text: &str, start: usize, line_end: usize) -> usize {
    let line = &text[start..line_end];
    let bytes = line.as_bytes();
    let mut from = 0;
    // the terminators are ASCII: jump between them instead of decoding every char
    while let Some(p) = memchr::memchr3(b'.', b'!', b'?', &bytes[from..]) {
        let i = from + p;
        let c = char::from(bytes[i]);
        // include closing quotes and brackets, and further terminators ("?!", "...")
        let mut end = i + 1;
        for d in line[end..].chars() {
            if is_closing(d) || matches!(d, '.' | '!' | '?') {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        from = end;
        let rest = &line[end..];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() && !rest.is_empty() {
            continue; // "U.S.-backed", "3.5": no space, no boundary
        }
        if after_space.is_empty() {
            return start + end;
        }
        let next = after_space.chars().next().unwrap_or(' ');
        if !(next.is_uppercase() || next.is_ascii_digit() || is_opening(next)) {
            continue;
        }
        if c == '.' && !ends_sentence_after_period(&line[..i], after_space) {
            continue;
        }
        // a quoted exclamation or question and its attribution are one sentence:
        // “… our Country!” Mr. Trump tweeted.
        let quoted = line[i + 1..end].chars().any(is_closing);
        if c != '.' && quoted && attribution_follows(after_space) {
            continue;
        }
        return start + end;
    }
    line_end
}

/// Verbs that attribute a quotation to its speaker.
const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "replied",
    "told",
    "declared",
    "exclaimed",
    "shouted",
    "continued",
];

/// Whether `after` opens with a speaker and an attribution verb: a few capitalised words (a
/// title, a name) and then the verb ("Mr. Trump tweeted", "Senate Majority Leader Mitch
/// McConnell said").
fn attribution_follows(after: &str) -> bool {
    for word in after.split_whitespace().take(7) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if ATTRIBUTION_VERBS.contains(&bare) {
            return true;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

fn ends_sentence_after_period(before: &str, after: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || is_opening(c))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return true;
    }
    if ABBREVIATIONS.contains(&word) {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
    if single_initial || dotted {
        let next_word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        return !single_initial && SENTENCE_OPENERS.contains(&next_word.as_str());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).map(|s| s.text).collect()
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            split("“We are ready.” He left. “Really?” she asked."),
            ["“We are ready.”", "He left.", "“Really?” she asked."]
        );
    }

    #[test]
    fn an_exclamation_keeps_its_attribution() {
        assert_eq!(
            split("“Thank you, Rand!” Mr. Trump tweeted. Nobody replied. “Why?” Lee asked."),
            [
                "“Thank you, Rand!” Mr. Trump tweeted.",
                "Nobody replied.",
                "“Why?” Lee asked."
            ]
        );
        assert_eq!(
            split("“Now!” Senate Majority Leader Mitch McConnell said."),
            ["“Now!” Senate Majority Leader Mitch McConnell said."]
        );
        // (a question followed by a sentence of its own is not one)
        assert_eq!(
            split("“Why not?” The Senate voted."),
            ["“Why not?”", "The Senate voted."]
        );
    }

    #[test]
    fn dotted_acronym_at_sentence_end() {
        assert_eq!(
            split("It relies on the U.S. The talks ended."),
            ["It relies on the U.S.", "The talks ended."]
        );
        assert_eq!(
            split("George W. Bush met U.N. officials."),
            ["George W. Bush met U.N. officials."]
        );
    }

    #[test]
    fn offsets_point_into_the_text() {
        let t = "  First one.  Second one!\n\nThird";
        for s in sentences(t) {
            assert_eq!(&t[s.start..s.end], s.text);
        }
        let paras: Vec<usize> = sentences(t).map(|s| s.paragraph).collect();
        assert_eq!(paras, [0, 0, 2]);
    }

    #[test]
    fn long_runs_are_cut_at_spaces() {
        let t = "word ".repeat(5000);
        let parts: Vec<Sentence<'_>> = sentences(&t).collect();
        assert!(parts.len() >= 6);
        assert!(parts.iter().all(|s| s.text.len() <= MAX_SENTENCE_BYTES));
        assert!(parts.iter().all(|s| s.text.ends_with("word")));
        let no_space = "é".repeat(10_000);
        let parts: Vec<Sentence<'_>> = sentences(&no_space).collect();
        assert_eq!(
            parts.iter().map(|s| s.text.len()).sum::<usize>(),
            no_space.len()
        );
    }

    #[test]
    fn odd_input() {
        assert!(split("").is_empty());
        assert_eq!(split("...!?"), ["...!?"]);
        assert_eq!(split("a.b.c"), ["a.b.c"]);
    }
}
