//! Datelines: "LOURDES, France - A frail Pope …", "PARIS (Reuters) - Yasser Arafat …".
//!
//! A wire story opens with the place it was filed from, in capitals, then a dash. The person its
//! first sentence opens with was there: a foreign leader named right after the dateline of a
//! city abroad travelled to it. Only the opening of a story is read (after its headline at
//! most), and only the capitals-then-dash form, which no sentence of prose takes.

/// A dateline found at the opening of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Dateline<'t> {
    /// Byte offset of its first letter.
    pub start: usize,
    /// Byte offset just past its dash and the space after it: where the story begins.
    pub end: usize,
    /// The place, as written ("LOURDES", "UNITED NATIONS").
    pub city: &'t str,
    /// The country written after the city, if any ("France" of "LOURDES, France").
    pub country: Option<&'t str>,
}

/// How far into a text a dateline may open: a headline may come first.
const MAX_OPENING: usize = 400;

/// The dateline opening `text`, or opening the sentence after its first full stop (the
/// headline) within the first few hundred bytes.
pub(crate) fn find(text: &str) -> Option<Dateline<'_>> {
    openings(text).find_map(|s| at(text, s))
}

/// Where a story may open: at the start of the text, and after its headline's full stop
/// within the first few hundred bytes.
fn openings(text: &str) -> impl Iterator<Item = usize> {
    let head = &text[..crate::text::floor_char_boundary(text, MAX_OPENING)];
    let after_headline = head.find(". ").map(|p| p + 2);
    std::iter::once(0).chain(after_headline)
}

/// Where the story begins past a wire service's credit at its opening (or after its headline):
/// "AP - The talks in …", "Reuters - Iran said …", "Canadian Press - OTTAWA (CP) - …". The
/// credit is one to three capitalised words before a dash, and the story goes on with a
/// capital. (A dateline after the credit stays: it is read as any dateline is.)
pub(crate) fn story_after_credit(text: &str) -> Option<usize> {
    openings(text).find_map(|s| credit_at(text, s))
}

/// The longest credit read, in bytes and in words ("Canadian Press").
const MAX_CREDIT: usize = 30;
const MAX_CREDIT_WORDS: usize = 3;

/// The byte past the credit starting at byte `s` of `text`, if one does.
fn credit_at(text: &str, s: usize) -> Option<usize> {
    let rest = text.get(s..)?;
    let window = &rest[..crate::text::floor_char_boundary(rest, MAX_CREDIT + 4)];
    let (credit, after) = ["-", "\u{2013}", "\u{2014}"]
        .iter()
        .find_map(|d| window.split_once(&format!(" {d} ")))?;
    let capitalised = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '&' | '-'))
    };
    let words_ok =
        credit.split(' ').count() <= MAX_CREDIT_WORDS && credit.split(' ').all(capitalised);
    let story_opens = after.starts_with(char::is_uppercase);
    (credit.len() <= MAX_CREDIT && words_ok && story_opens).then(|| s + window.len() - after.len())
}

/// The dateline starting at byte `s` of `text`, if one does.
fn at(text: &str, s: usize) -> Option<Dateline<'_>> {
    let rest = text.get(s..)?;
    // the city: capital letters, spaces, periods, apostrophes and hyphens, three letters at least
    let city_len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-')))
        .map_or(rest.len(), |(i, _)| i);
    let city = rest[..city_len].trim_end();
    if city.chars().filter(|c| c.is_alphabetic()).count() < 3 || city.starts_with([' ', '-']) {
        return None;
    }
    let mut tail = &rest[city.len()..];
    // ", France"
    let mut country = None;
    if let Some(after) = tail.strip_prefix(", ") {
        let len = after
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, ' ' | '.' | '\'')))
            .map_or(after.len(), |(i, _)| i);
        let name = after[..len].trim_end();
        if !name.starts_with(char::is_uppercase) {
            return None;
        }
        country = Some(name);
        tail = &after[name.len()..];
    }
    // " (Reuters)"
    if let Some(after) = tail.strip_prefix(" (") {
        let close = after.find(')').filter(|&c| c <= 40)?;
        tail = &after[close + 1..];
    }
    let dash = tail.trim_start_matches(' ');
    let after_dash = ["-", "\u{2013}", "\u{2014}"]
        .iter()
        .find_map(|d| dash.strip_prefix(d))?
        .strip_prefix(' ')?;
    Some(Dateline {
        start: s,
        end: text.len() - after_dash.len(),
        city,
        country,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_in_their_forms() {
        let d = find("LOURDES, France - A frail pope prayed.").unwrap();
        assert_eq!((d.city, d.country), ("LOURDES", Some("France")));
        assert!("LOURDES, France - A frail pope prayed."[d.end..].starts_with("A frail"));
        let d = find("Arafat ill. PARIS (Reuters) - Yasser Arafat rested.").unwrap();
        assert_eq!((d.city, d.country), ("PARIS", None));
        let d = find("UNITED NATIONS \u{2014} The council met.").unwrap();
        assert_eq!(d.city, "UNITED NATIONS");
    }

    #[test]
    fn wire_credits_end_where_the_story_begins() {
        for (text, story) in [
            ("AP - The talks ended without a deal.", "The talks"),
            ("Talks fail (AFP). AFP - Leaders from Spain met.", "Leaders"),
            (
                "Canadian Press - OTTAWA (CP) - The minister said.",
                "OTTAWA",
            ),
        ] {
            let at = story_after_credit(text).unwrap_or(0);
            assert!(text[at..].starts_with(story), "{text}");
        }
        for text in [
            "Paris - the city - was calm.",
            "The man who came to dinner - and stayed - left.",
            "We met the President of the United States - He said.",
            "",
        ] {
            assert_eq!(story_after_credit(text), None, "{text}");
        }
    }

    #[test]
    fn prose_has_no_dateline() {
        for text in [
            "NATO met today - and agreed.",
            "The US - and its allies - met.",
            "A - B",
            "",
            "Paris - the city - was calm.",
            "ÉÉ",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }
}
