//! The seventeen universal part-of-speech tags of Universal Dependencies.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A universal part-of-speech tag (<https://universaldependencies.org/u/pos/>).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
#[allow(missing_docs)] // the variants are the tags themselves
pub enum UPos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl UPos {
    /// Every tag, in the order of their indices.
    pub const ALL: [UPos; 17] = [
        UPos::Adj,
        UPos::Adp,
        UPos::Adv,
        UPos::Aux,
        UPos::Cconj,
        UPos::Det,
        UPos::Intj,
        UPos::Noun,
        UPos::Num,
        UPos::Part,
        UPos::Pron,
        UPos::Propn,
        UPos::Punct,
        UPos::Sconj,
        UPos::Sym,
        UPos::Verb,
        UPos::X,
    ];

    /// The tag as the treebanks write it (`"PROPN"`).
    pub fn as_str(self) -> &'static str {
        match self {
            UPos::Adj => "ADJ",
            UPos::Adp => "ADP",
            UPos::Adv => "ADV",
            UPos::Aux => "AUX",
            UPos::Cconj => "CCONJ",
            UPos::Det => "DET",
            UPos::Intj => "INTJ",
            UPos::Noun => "NOUN",
            UPos::Num => "NUM",
            UPos::Part => "PART",
            UPos::Pron => "PRON",
            UPos::Propn => "PROPN",
            UPos::Punct => "PUNCT",
            UPos::Sconj => "SCONJ",
            UPos::Sym => "SYM",
            UPos::Verb => "VERB",
            UPos::X => "X",
        }
    }

    /// The tag's position in [`UPos::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tag at position `index` of [`UPos::ALL`], if there is one.
    pub fn from_index(index: usize) -> Option<UPos> {
        UPos::ALL.get(index).copied()
    }

    /// Nouns, proper nouns and pronouns: the words that fill argument slots.
    pub fn is_nominal(self) -> bool {
        matches!(self, UPos::Noun | UPos::Propn | UPos::Pron | UPos::Num)
    }
}

impl fmt::Display for UPos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text was not one of the seventeen tags.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a universal part-of-speech tag")]
pub struct UnknownTag(pub String);

impl FromStr for UPos {
    type Err = UnknownTag;

    fn from_str(s: &str) -> Result<UPos, UnknownTag> {
        UPos::ALL
            .iter()
            .copied()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| UnknownTag(s.to_string()))
    }
}

impl From<UPos> for &'static str {
    fn from(t: UPos) -> &'static str {
        t.as_str()
    }
}

impl TryFrom<String> for UPos {
    type Error = UnknownTag;

    fn try_from(s: String) -> Result<UPos, UnknownTag> {
        s.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_through_text_and_index() {
        for (i, t) in UPos::ALL.iter().enumerate() {
            assert_eq!(t.index(), i);
            assert_eq!(UPos::from_index(i), Some(*t));
            assert_eq!(t.as_str().parse::<UPos>().unwrap(), *t);
        }
        assert!("NNP".parse::<UPos>().is_err());
        assert_eq!(UPos::from_index(17), None);
    }
}
