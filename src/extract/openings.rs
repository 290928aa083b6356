//! Where a pattern can start: word starts whose first bytes open some pattern.
//!
//! Gazetteer names only count as whole words, so the automaton need not read every byte of a
//! text: a scan for word starts whose first two bytes begin a surface form ("Pu", "NA", "al")
//! finds the few places worth an anchored search. Most words of news start in lower case with
//! a pair that begins no name, the test is predictable, and the scan runs well ahead of the
//! automaton (a third byte, tested too, cost more than the searches it saved). At each place
//! the anchored leftmost-longest search gives the same match an unanchored leftmost-longest
//! scan would find there, so the mentions are unchanged.
//!
//! Trigger phrases do not use this: they start in lower case with the commonest pairs of
//! English ("th", "to", "co"), the test then fails unpredictably, and it measured slower than
//! their small DFA reading every byte.

/// The first two bytes of every pattern, as a 65,536-bit set.
#[derive(Clone, Debug)]
pub(crate) struct Openings {
    pairs: Box<Bits>,
}

/// 65,536 bits: a fixed size, so that indexing by a 16-bit value needs no bounds check.
type Bits = [u64; 1 << 10];

#[inline]
fn pair(a: u8, b: u8) -> u16 {
    u16::from_be_bytes([a, b])
}

impl Openings {
    /// The openings of `patterns`.
    pub fn of<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Openings {
        let mut pairs: Box<Bits> = Box::new([0; 1 << 10]);
        for p in patterns {
            if let [a, b, ..] = *p.as_bytes() {
                let i = pair(a, b);
                pairs[usize::from(i >> 6)] |= 1 << (i & 63);
            }
        }
        Openings { pairs }
    }

    #[inline]
    fn opens(&self, a: u8, b: u8) -> bool {
        let i = pair(a, b);
        self.pairs[usize::from(i >> 6)] & (1 << (i & 63)) != 0
    }

    /// The first byte offset at or after `from` where a word starts with an opening: the
    /// only places a whole-word match of two or more bytes can start. The pair test comes
    /// first: it rejects nearly every byte.
    #[inline]
    pub fn next_start(&self, text: &str, from: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let rest = bytes.get(from..)?;
        for (i, w) in rest.windows(2).enumerate() {
            let p = from + i;
            // a pattern's first byte is never a UTF-8 continuation byte, so `p` is a char
            // boundary when the test passes
            if self.opens(w[0], w[1]) {
                let word_start = match p.checked_sub(1).map(|q| bytes[q]) {
                    None => true,
                    Some(prev) if prev.is_ascii() => !prev.is_ascii_alphanumeric(),
                    Some(_) => starts_word(text, p),
                };
                if word_start {
                    return Some(p);
                }
            }
        }
        None
    }
}

/// No letter or digit right before byte `at` (a char boundary).
pub(crate) fn starts_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_word_starts_with_an_opening() {
        let o = Openings::of(["Putin", "NATO", "Pu"]);
        let text = "Input: Putin met NATO, not aPutin or Pu.";
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(p) = o.next_start(text, from) {
            found.push(&text[p..p + 2]);
            from = p + 1;
        }
        assert_eq!(found, ["Pu", "NA", "Pu"]);
    }

    #[test]
    fn non_ascii_before_a_word() {
        let o = Openings::of(["Xi"]);
        assert_eq!(o.next_start("—Xi", 0), Some(3));
        assert_eq!(o.next_start("éXi", 0), None);
    }
}
