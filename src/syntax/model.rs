//! The trained model: tagger and parser weights, the tag dictionary and the relation labels, and
//! the binary file they are stored in.
//!
//! The file is little-endian: the magic `DGSYNTX\0`, a version, the labels, the root label, the
//! tag dictionary, the tagger's first-pass table, a flag and the second-pass table, the parser's table, and a checksum of all that
//! comes before it, so that a truncated or corrupted file is refused with a clear error instead
//! of parsing nonsense.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::fxhash::FxHashMap;

use super::parser::{classes, TransitionParser};
use super::tagger::Tagger;
#[cfg(feature = "train")]
use super::weights::Row;
use super::weights::{mix, WeightTable};

const MAGIC: &[u8; 8] = b"DGSYNTX\0";
/// The format's version, raised whenever the layout or the parser's features change: weights
/// learnt for other features would load without error and parse nonsense.
const VERSION: u32 = 3;

/// A model file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not a diplograph syntax model.
    #[error("not a diplograph syntax model (bad magic bytes)")]
    BadMagic,
    /// The model was written by another version of the format.
    #[error("syntax model format version {0} (this build reads version {VERSION})")]
    Version(u32),
    /// The data ends early.
    #[error("syntax model truncated at byte {0}")]
    Truncated(usize),
    /// The checksum does not match: the file was damaged.
    #[error("syntax model checksum mismatch: the file is damaged")]
    Checksum,
    /// The data is well formed but inconsistent.
    #[error("invalid syntax model: {0}")]
    Invalid(String),
    /// An error in a named file.
    #[error("{path}: {source}")]
    File {
        /// The file.
        path: PathBuf,
        /// What was wrong with it.
        #[source]
        source: Box<ModelError>,
    },
}

/// Tagger and parser weights with what they need to be used.
#[derive(Clone)]
pub(crate) struct Model {
    pub(crate) tagger: Tagger,
    pub(crate) parser: TransitionParser,
    pub(crate) labels: Arc<[Box<str>]>,
}

fn checksum(bytes: &[u8]) -> u64 {
    let mut h = 0x6469_706c_6f67u64;
    for chunk in bytes.chunks(8) {
        let mut b = [0u8; 8];
        b[..chunk.len()].copy_from_slice(chunk);
        h = mix(h, u64::from_le_bytes(b));
    }
    h
}

/// A cursor that reports where the bytes ran out.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .at
            .checked_add(n)
            .ok_or(ModelError::Truncated(self.at))?;
        let s = self
            .bytes
            .get(self.at..end)
            .ok_or(ModelError::Truncated(self.at))?;
        self.at = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// A count, checked against the bytes left so that a damaged count cannot ask for
    /// gigabytes of memory.
    fn count(&mut self, min_item_bytes: usize) -> Result<usize, ModelError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_item_bytes) > self.bytes.len() - self.at {
            return Err(ModelError::Truncated(self.at));
        }
        Ok(n)
    }

    fn table(&mut self) -> Result<WeightTable, ModelError> {
        let classes = self.u32()? as usize;
        if classes == 0 || classes > 250 {
            return Err(ModelError::Invalid(format!("{classes} classes")));
        }
        let features = self.count(5)?;
        let mut table = WeightTable::with_capacity(classes, features)?;
        let mut weights = Vec::with_capacity(usize::from(u8::MAX));
        for _ in 0..features {
            // the file keeps the high half of each feature's hash: all the table looks at
            let key = u64::from(self.u32()?) << 32;
            let n = usize::from(self.u8()?);
            weights.clear();
            for _ in 0..n {
                let class = u16::from(self.u8()?);
                let w = self.u16()? as i16;
                weights.push((class, w));
            }
            table.insert(key, &weights)?;
        }
        Ok(table)
    }
}

impl Model {
    /// Reads a model from its bytes.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        if bytes.len() < MAGIC.len() + 4 + 8 {
            return Err(ModelError::Truncated(bytes.len()));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let mut r = Reader {
            bytes: body,
            at: MAGIC.len(),
        };
        let version = r.u32()?;
        if version != VERSION {
            return Err(ModelError::Version(version));
        }
        let mut expected = [0u8; 8];
        expected.copy_from_slice(sum);
        if checksum(body) != u64::from_le_bytes(expected) {
            return Err(ModelError::Checksum);
        }
        let label_count = r.count(2)?;
        let mut labels = Vec::with_capacity(label_count);
        for _ in 0..label_count {
            let len = usize::from(r.u16()?);
            let text = std::str::from_utf8(r.take(len)?)
                .map_err(|_| ModelError::Invalid("a label is not UTF-8".into()))?;
            labels.push(Box::<str>::from(text));
        }
        let root_label = r.u16()?;
        if usize::from(root_label) >= labels.len() {
            return Err(ModelError::Invalid("the root label is out of range".into()));
        }
        let entries = r.count(12)?;
        let mut dictionary = FxHashMap::default();
        dictionary.reserve(entries);
        for _ in 0..entries {
            let key = r.u64()?;
            dictionary.insert(key, r.u32()?);
        }
        let tagger = r.table()?;
        let second = match r.u8()? {
            0 => None,
            1 => Some(r.table()?),
            other => return Err(ModelError::Invalid(format!("tagger pass flag {other}"))),
        };
        for t in std::iter::once(&tagger).chain(&second) {
            if t.classes() != 17 {
                return Err(ModelError::Invalid(format!(
                    "the tagger scores {} classes, not the 17 universal tags",
                    t.classes()
                )));
            }
        }
        let parser = r.table()?;
        if parser.classes() != classes(labels.len()) {
            return Err(ModelError::Invalid(format!(
                "the parser scores {} classes; {} labels need {}",
                parser.classes(),
                labels.len(),
                classes(labels.len())
            )));
        }
        if r.at != body.len() {
            return Err(ModelError::Invalid(format!(
                "{} bytes left over",
                body.len() - r.at
            )));
        }
        Ok(Model {
            tagger: Tagger {
                weights: tagger,
                second,
                dictionary,
            },
            parser: TransitionParser {
                weights: parser,
                root_label,
            },
            labels: labels.into(),
        })
    }

    /// Reads a model file.
    pub(crate) fn from_file(path: &Path) -> Result<Model, ModelError> {
        let bytes = std::fs::read(path).map_err(|source| ModelError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Model::from_bytes(&bytes).map_err(|e| ModelError::File {
            path: path.to_path_buf(),
            source: Box::new(e),
        })
    }
}

/// Writes a model from its parts (used by the trainer).
#[cfg(feature = "train")]
pub(crate) struct ModelWriter {
    bytes: Vec<u8>,
}

#[cfg(feature = "train")]
impl ModelWriter {
    pub(crate) fn new(
        labels: &[String],
        root_label: u16,
        dictionary: &FxHashMap<u64, u32>,
    ) -> Self {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&VERSION.to_le_bytes());
        bytes.extend_from_slice(&(labels.len() as u32).to_le_bytes());
        for l in labels {
            bytes.extend_from_slice(&(l.len() as u16).to_le_bytes());
            bytes.extend_from_slice(l.as_bytes());
        }
        bytes.extend_from_slice(&root_label.to_le_bytes());
        let mut entries: Vec<(&u64, &u32)> = dictionary.iter().collect();
        entries.sort();
        bytes.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for (k, v) in entries {
            bytes.extend_from_slice(&k.to_le_bytes());
            bytes.extend_from_slice(&v.to_le_bytes());
        }
        ModelWriter { bytes }
    }

    /// Appends a weight table: rows of (feature, [(class, weight)]), sorted for a stable file.
    /// Only the high half of each feature's hash is kept; the rare features that share it are
    /// merged (their weights summed).
    pub(crate) fn table(&mut self, classes: usize, rows: &[Row]) {
        let mut merged: std::collections::BTreeMap<u32, Vec<(u16, i32)>> = Default::default();
        for (key, weights) in rows {
            let row = merged.entry((key >> 32) as u32).or_default();
            for &(class, w) in weights {
                match row.iter_mut().find(|(c, _)| *c == class) {
                    Some(e) => e.1 += i32::from(w),
                    None => row.push((class, i32::from(w))),
                }
            }
        }
        let b = &mut self.bytes;
        b.extend_from_slice(&(classes as u32).to_le_bytes());
        b.extend_from_slice(&(merged.len() as u32).to_le_bytes());
        for (key, mut weights) in merged {
            weights.sort_by_key(|e| e.0);
            weights.truncate(255);
            b.extend_from_slice(&key.to_le_bytes());
            b.push(weights.len() as u8);
            for (c, w) in weights {
                b.push(c as u8);
                let w = w.clamp(i32::from(i16::MIN), i32::from(i16::MAX)) as i16;
                b.extend_from_slice(&w.to_le_bytes());
            }
        }
    }

    /// Marks whether a second tagger pass follows (its table next, if so).
    pub(crate) fn flag(&mut self, yes: bool) {
        self.bytes.push(u8::from(yes));
    }

    pub(crate) fn finish(mut self) -> Vec<u8> {
        let sum = checksum(&self.bytes);
        self.bytes.extend_from_slice(&sum.to_le_bytes());
        self.bytes
    }
}
