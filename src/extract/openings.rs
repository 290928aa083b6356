//! Where a pattern can start: word starts whose first bytes open some pattern.
//!
//! Gazetteer names and trigger phrases only count as whole words, so an automaton need not
//! read every byte of a text: a scan for word starts whose first three bytes begin a pattern
//! ("Put", "NAT", "met") finds the few places worth an anchored search. Most words of news
//! start with bytes that begin no pattern ("the", "to", "of" open no trigger phrase, though
//! "th", "to" and "of" do), so this scan does far less work than the automaton would. At each
//! place the anchored leftmost-longest search gives the same match an unanchored
//! leftmost-longest scan would find there, so the results are unchanged.

/// The first two bytes of every pattern as a 65,536-bit set, and its first three bytes in a
/// 65,536-bit filter (hashed: a false positive only costs a search).
#[derive(Clone, Debug)]
pub(crate) struct Openings {
    pairs: Box<Bits>,
    /// Pairs that are whole patterns: no third byte to check.
    short: Box<Bits>,
    triples: Box<Bits>,
}

/// 65,536 bits: a fixed size, so that indexing by a 16-bit value needs no bounds check.
type Bits = [u64; 1 << 10];

#[inline]
fn set(bits: &mut Bits, i: u16) {
    bits[usize::from(i >> 6)] |= 1 << (i & 63);
}

#[inline]
fn get(bits: &Bits, i: u16) -> bool {
    bits[usize::from(i >> 6)] & (1 << (i & 63)) != 0
}

#[inline]
fn pair(a: u8, b: u8) -> u16 {
    u16::from_be_bytes([a, b])
}

/// Three bytes hashed to 16 bits.
#[inline]
fn triple(pair: u16, c: u8) -> u16 {
    let mixed = u32::from(pair).wrapping_mul(0x9E37_79B1) >> 16 ^ u32::from(c).wrapping_mul(0x2D);
    mixed as u16
}

impl Openings {
    /// The openings of `patterns`; with `fold`, of every ASCII casing of them (each casing is
    /// stored, so that the scan compares raw bytes).
    pub fn of<'p>(patterns: impl IntoIterator<Item = &'p str>, fold: bool) -> Openings {
        let mut o = Openings {
            pairs: Box::new([0; 1 << 10]),
            short: Box::new([0; 1 << 10]),
            triples: Box::new([0; 1 << 10]),
        };
        let casings = |b: u8| {
            if fold {
                [b.to_ascii_lowercase(), b.to_ascii_uppercase()]
            } else {
                [b, b]
            }
        };
        for p in patterns {
            match *p.as_bytes() {
                [a, b] => {
                    for (a, b) in casings(a)
                        .into_iter()
                        .flat_map(|a| casings(b).map(|b| (a, b)))
                    {
                        set(&mut o.pairs, pair(a, b));
                        set(&mut o.short, pair(a, b));
                    }
                }
                [a, b, c, ..] => {
                    for a in casings(a) {
                        for b in casings(b) {
                            set(&mut o.pairs, pair(a, b));
                            for c in casings(c) {
                                set(&mut o.triples, triple(pair(a, b), c));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        o
    }

    /// Whether a pattern may start with bytes `a`, `b` and then `c` (if any).
    #[inline]
    fn opens(&self, a: u8, b: u8, c: Option<u8>) -> bool {
        let pair = pair(a, b);
        get(&self.pairs, pair)
            && (get(&self.short, pair) || c.is_some_and(|c| get(&self.triples, triple(pair, c))))
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
            if self.opens(w[0], w[1], rest.get(i + 2).copied()) {
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
        let o = Openings::of(["Putin", "NATO", "Pu"], false);
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
    fn folded_openings_ignore_ascii_case() {
        let o = Openings::of(["met with"], true);
        assert_eq!(o.next_start("He MET them", 0), Some(3));
        assert_eq!(o.next_start("Met", 0), Some(0));
        assert_eq!(o.next_start("summet", 0), None);
        // "the" and "me " open nothing here, though "th" and "me" might
        let o = Openings::of(["thanked", "met"], true);
        assert_eq!(o.next_start("the men", 0), None);
        assert_eq!(o.next_start("me met", 0), Some(3));
    }

    #[test]
    fn non_ascii_before_a_word() {
        let o = Openings::of(["Xi"], false);
        assert_eq!(o.next_start("—Xi", 0), Some(3));
        assert_eq!(o.next_start("éXi", 0), None);
    }
}
