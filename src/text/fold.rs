//! Typographic folding: diacritics to ASCII letters, curly to straight apostrophes.
//!
//! The matcher does not fold the text it scans (that would cost a copy per document); it folds
//! the *patterns* instead and adds the folded spellings as extra surface forms, so "Erdogan"
//! and "Erdoğan" both match. Only Latin letters are folded; other scripts pass through.

use super::fold_table::FOLD;

/// The ASCII spelling of a Latin letter with diacritics, if it has one.
fn fold_char(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    FOLD.binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| FOLD[i].1)
}

/// `s` with Latin diacritics removed and curly apostrophes straightened.
///
/// ```
/// assert_eq!(diplograph::text::fold("Erdoğan’s Élysée"), "Erdogan's Elysee");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match fold_char(c) {
            Some(f) => out.push_str(f),
            None => out.push(c),
        }
    }
    out
}

/// Lower-case ASCII words of `s` joined by hyphens, for ids: `"Kim Jong-un"` → `"kim-jong-un"`.
///
/// A name with no Latin letter ("Токаев", "习近平") has no such words; it gets `x` and a hash
/// of its lower-cased words instead, so that two such names never share an id and the same
/// name always gets the same one.
///
/// ```
/// use diplograph::text::slug;
/// assert_eq!(slug("Đặng Thị Ngọc Thịnh"), "dang-thi-ngoc-thinh");
/// assert_ne!(slug("Токаев"), slug("Путин"));
/// assert_eq!(slug("Токаев"), slug(" токаев "));
/// assert!(slug("Токаев").starts_with('x'));
/// ```
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() && s.chars().any(char::is_alphanumeric) {
        let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
        out = format!("x{:016x}", fnv1a(&words.join(" ")));
    }
    out
}

/// FNV-1a, 64 bits: a hash that is the same on every run and machine, for ids.
pub(crate) fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_latin_and_keeps_other_scripts() {
        assert_eq!(fold("Çavuşoğlu"), "Cavusoglu");
        assert_eq!(fold("Łukasz Straße"), "Lukasz Strasse");
        assert_eq!(fold("Київ"), "Київ");
        // Vietnamese stacks two marks on one letter
        assert_eq!(
            fold("Phạm Minh Chính, Lương Cường"),
            "Pham Minh Chinh, Luong Cuong"
        );
        assert_eq!(fold("Nguyễn Phú Trọng"), "Nguyen Phu Trong");
    }

    #[test]
    fn the_table_is_sorted_and_folds_to_ascii() {
        assert!(FOLD.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(FOLD.iter().all(|(c, a)| !c.is_ascii() && a.is_ascii()));
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("  Côte d’Ivoire!"), "cote-d-ivoire");
        assert_eq!(slug("---"), "");
    }
}
