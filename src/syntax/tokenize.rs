//! Tokens as Universal Dependencies' English treebanks cut them.
//!
//! The parser was trained on the English Web Treebank, so it sees text best when the text is
//! cut the same way: clitics apart ("Russia's" → `Russia` `'s`, "don't" → `do` `n't`,
//! "can't" → `ca` `n't`), punctuation apart (but not the period of "U.S." or "Mr."), hyphens
//! between words apart ("Al-Zaman" → `Al` `-` `Zaman`), currency signs and percent signs apart.

use std::ops::Range;

/// Abbreviations whose final period belongs to the word (compared without the period, lower case).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpl",
    "adm", "maj", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "no", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "prof", "ft", "mt",
    "pres", "sens", "reps", "gens", "messrs", "dept", "univ", "approx", "est", "min", "max",
];

/// Contractions that the treebank splits inside the word, as (whole word, length of first part).
const SPLIT_WORDS: &[(&str, usize)] = &[("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)];

/// Clitics split off the end of a word, as the letters before and after their apostrophe
/// (straight or curly), longest first: "n't", "'ll", "'re", "'ve", "'s", "'m", "'d".
const CLITICS: &[(&str, &str)] = &[
    ("n", "t"),
    ("", "ll"),
    ("", "re"),
    ("", "ve"),
    ("", "s"),
    ("", "m"),
    ("", "d"),
];

fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '<' | '“' | '‘' | '«' | '‹' | '„' | '¿' | '¡' | '`'
    )
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '>'
            | '"'
            | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | '…'
            | '*'
    )
}

/// Splits `text` into treebank-style tokens, as byte ranges into `text`.
///
/// ```
/// use diplograph::syntax::tokenize;
/// let text = "Russia's envoy didn't meet the U.S. team (again).";
/// let tokens: Vec<&str> = tokenize(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(
///     tokens,
///     ["Russia", "'s", "envoy", "did", "n't", "meet", "the", "U.S.", "team", "(", "again", ")", "."]
/// );
/// ```
pub fn tokenize(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                split_chunk(text, s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        split_chunk(text, s, text.len(), &mut out);
    }
    out
}

/// Splits one whitespace-free chunk `text[start..end]`.
fn split_chunk(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Range<usize>>) {
    // Opening punctuation, one token per character.
    while start < end {
        let c = first_char(&text[start..end]);
        if is_opening(c) && start + c.len_utf8() < end {
            out.push(start..start + c.len_utf8());
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Closing punctuation: collected from the end, emitted after the core.
    let mut tail: Vec<Range<usize>> = Vec::new();
    while start < end {
        let c = last_char(&text[start..end]);
        if !is_closing(c) {
            break;
        }
        // A run of the same mark ("...", "!!", "??") is one token.
        let mut run_start = end - c.len_utf8();
        while run_start > start && text[start..run_start].ends_with(c) {
            run_start -= c.len_utf8();
        }
        let single = run_start + c.len_utf8() == end;
        let core = &text[start..end - c.len_utf8()];
        if c == '.' && single && keeps_period(core) {
            break;
        }
        if (c == '\'' || c == '’') && core.is_empty() {
            break;
        }
        if run_start == start {
            // The chunk is punctuation only: one token for the run.
            break;
        }
        tail.push(run_start..end);
        end = run_start;
    }
    if start < end {
        split_core(text, start, end, out);
    }
    out.extend(tail.into_iter().rev());
}

fn keeps_period(core: &str) -> bool {
    if core.is_empty() {
        return false;
    }
    // "U.S.", "p.m.", "e.g." and single initials ("W.").
    if core.contains('.') && core.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    let mut chars = core.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    core.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(core))
}

/// Splits a chunk without outer punctuation: clitics, currency and percent signs, hyphens.
fn split_core(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Range<usize>>) {
    // Currency signs before a number, and percent signs after it, each a token of its own
    // (in loops: a chunk may be thousands of them).
    while let Some(c) = text[start..end].chars().next() {
        if !matches!(c, '$' | '€' | '£' | '¥' | '#') || end - start == c.len_utf8() {
            break;
        }
        out.push(start..start + c.len_utf8());
        start += c.len_utf8();
    }
    let mut percents = 0;
    while end - start > 1 && text[start..end].ends_with('%') {
        end -= 1;
        percents += 1;
    }
    split_word(text, start, end, out);
    out.extend((0..percents).map(|k| end + k..end + k + 1));
}

/// Splits a word without currency or percent signs: contractions, clitics, hyphens.
fn split_word(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let core = &text[start..end];
    for &(word, first) in SPLIT_WORDS {
        if core.eq_ignore_ascii_case(word) {
            out.push(start..start + first);
            out.push(start + first..end);
            return;
        }
    }
    if let Some(len) = clitic_len(core) {
        if len < core.len() {
            split_hyphens(text, start, end - len, out);
            out.push(end - len..end);
            return;
        }
    }
    split_hyphens(text, start, end, out);
}

/// The byte length of a clitic ending `word`, with straight or curly apostrophes.
fn clitic_len(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    for &(before, after) in CLITICS {
        let (before, after) = (before.as_bytes(), after.as_bytes());
        if bytes.len() < after.len() + 1 + before.len()
            || !bytes[bytes.len() - after.len()..].eq_ignore_ascii_case(after)
        {
            continue;
        }
        let body_at = bytes.len() - after.len();
        let apostrophe_len = if bytes[..body_at].ends_with(b"'") {
            1
        } else if bytes[..body_at].ends_with("’".as_bytes()) {
            "’".len()
        } else {
            continue;
        };
        let apostrophe_at = body_at - apostrophe_len;
        if apostrophe_at < before.len()
            || !bytes[apostrophe_at - before.len()..apostrophe_at].eq_ignore_ascii_case(before)
        {
            continue;
        }
        return Some(bytes.len() - (apostrophe_at - before.len()));
    }
    None
}

/// Prefixes the treebank keeps joined to their word ("anti-war", "co-workers", "e-mail").
const JOINED_PREFIXES: &[&str] = &[
    "anti", "counter", "pre", "post", "co", "non", "re", "self", "ex", "multi", "inter", "pro",
    "semi", "sub", "super", "ultra", "mid", "cross", "e", "x",
];

/// Splits hyphens and dashes that join two words; keeps codes and number ranges
/// ("713-853-3989", "01-Feb-02", "F-16"), slashes ("and/or", URLs, dates) and the prefixes the
/// treebank keeps ("anti-war", "e-mail").
fn split_hyphens(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let core = &text[start..end];
    if core.bytes().any(|b| b.is_ascii_digit()) || core.contains("://") || core.contains('@') {
        out.push(start..end);
        return;
    }
    let mut piece_start = start;
    let mut prev: Option<char> = None;
    let mut iter = core.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        if matches!(c, '-' | '–' | '—') {
            if let (Some(p), Some(n)) = (prev, next) {
                let left = &text[piece_start..start + i];
                let prefix = c == '-'
                    && piece_start == start
                    && JOINED_PREFIXES.iter().any(|x| x.eq_ignore_ascii_case(left));
                let words = p.is_alphanumeric() && n.is_alphanumeric();
                let dash = c != '-';
                if !prefix && (words || dash) {
                    if piece_start < start + i {
                        out.push(piece_start..start + i);
                    }
                    out.push(start + i..start + i + c.len_utf8());
                    piece_start = start + i + c.len_utf8();
                }
            }
        }
        prev = Some(c);
    }
    if piece_start < end {
        out.push(piece_start..end);
    }
}

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn last_char(s: &str) -> char {
    s.chars().next_back().unwrap_or(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn clitics_split_as_in_the_treebank() {
        assert_eq!(toks("can't"), ["ca", "n't"]);
        assert_eq!(toks("won’t"), ["wo", "n’t"]);
        assert_eq!(toks("leaders' talks"), ["leaders", "'", "talks"]);
        assert_eq!(
            toks("We'll see, they're here"),
            ["We", "'ll", "see", ",", "they", "'re", "here"]
        );
        assert_eq!(toks("cannot"), ["can", "not"]);
        assert_eq!(toks("n't"), ["n't"]);
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            toks("Mr. Kim met Gen. Lee at 3 p.m. today."),
            ["Mr.", "Kim", "met", "Gen.", "Lee", "at", "3", "p.m.", "today", "."]
        );
        assert_eq!(toks("George W. Bush"), ["George", "W.", "Bush"]);
    }

    #[test]
    fn hyphens_between_words_split_but_numbers_stay() {
        assert_eq!(toks("Kim Jong-un"), ["Kim", "Jong", "-", "un"]);
        assert_eq!(toks("call 713-853-3989"), ["call", "713-853-3989"]);
        assert_eq!(toks("e-mail"), ["e-mail"]);
        assert_eq!(toks("$500 or 5%"), ["$", "500", "or", "5", "%"]);
    }

    #[test]
    fn punctuation_runs_and_odd_input() {
        assert_eq!(toks("Really?!"), ["Really", "?", "!"]);
        assert_eq!(toks("wait..."), ["wait", "..."]);
        assert_eq!(toks("..."), ["..."]);
        assert_eq!(toks(""), Vec::<&str>::new());
        assert_eq!(toks("'"), ["'"]);
        assert_eq!(toks("«Oui»"), ["«", "Oui", "»"]);
        let long = "-".repeat(5000);
        assert_eq!(tokenize(&long).len(), 1);
        // long runs of signs are cut without recursion (a stack overflow before)
        let dollars = "$".repeat(1_000_000);
        assert_eq!(tokenize(&dollars).len(), 1_000_000);
        let percents = format!("5{}", "%".repeat(1_000_000));
        assert_eq!(tokenize(&percents).len(), 1_000_001);
    }
}
