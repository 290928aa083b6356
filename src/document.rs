//! Documents: text plus the metadata extraction needs (id, date, title, source).

use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// A news document.
///
/// ```
/// use diplograph::Document;
/// let doc = Document::from_json_line(r#"{"id":"a1","date":"2004-08-30","title":"T","text":"Body."}"#).unwrap();
/// assert_eq!(doc.id, "a1");
/// assert_eq!(doc.date.unwrap().to_string(), "2004-08-30");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// The document id: a file name without extension, or the `id` of a JSONL line.
    pub id: String,
    /// The text.
    pub text: String,
    /// Publication date: resolves "on Thursday" and picks office holders ("the Italian prime minister").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The headline, if known separately from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where it came from (a path, a URL, a feed name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Why a document could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DocumentError {
    /// A JSONL line is not a document record.
    #[error("not a document record ({{\"id\", \"text\", optional \"date\", \"title\"}}): {0}")]
    Json(String),
    /// A file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

#[derive(Deserialize)]
struct JsonDocument {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

impl Document {
    /// A document with an id and text, no date.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            date: None,
            title: None,
            source: None,
        }
    }

    /// Sets the publication date.
    pub fn with_date(mut self, date: Date) -> Document {
        self.date = Some(date);
        self
    }

    /// Sets the title.
    pub fn with_title(mut self, title: impl Into<String>) -> Document {
        self.title = Some(title.into());
        self
    }

    /// Sets the source.
    pub fn with_source(mut self, source: impl Into<String>) -> Document {
        self.source = Some(source.into());
        self
    }

    /// The date of an input record's `date` field, read as [`from_json_line`] reads it:
    /// `YYYY-MM-DD`, or the start of a timestamp (`2004-08-30T12:00:00Z`); anything else (an
    /// empty string, "yesterday") is no date, so that one odd record does not stop an archive.
    ///
    /// ```
    /// use diplograph::Document;
    /// assert_eq!(Document::record_date("2004-08-30T12:00:00Z").unwrap().to_string(), "2004-08-30");
    /// assert_eq!(Document::record_date(""), None);
    /// ```
    ///
    /// [`from_json_line`]: Document::from_json_line
    pub fn record_date(s: &str) -> Option<Date> {
        s.get(..10).unwrap_or(s).parse().ok()
    }

    /// Parses one JSONL input line `{"id", "date", "title", "text"}`. A date that is not
    /// `YYYY-MM-DD` (or a prefix of a timestamp such as `2004-08-30T12:00:00Z`) is ignored.
    pub fn from_json_line(line: &str) -> Result<Document, DocumentError> {
        let d: JsonDocument =
            serde_json::from_str(line).map_err(|e| DocumentError::Json(e.to_string()))?;
        let id = match d.id {
            serde_json::Value::String(s) => s,
            serde_json::Value::Number(n) => n.to_string(),
            other => {
                return Err(DocumentError::Json(format!(
                    "id must be a string or number, not {other}"
                )))
            }
        };
        let date = d.date.as_deref().and_then(Document::record_date);
        Ok(Document {
            id,
            text: d.text,
            date,
            title: d.title,
            source: d.source,
        })
    }

    /// Reads a plain text file: the id is the file name without extension. Invalid UTF-8 is
    /// replaced (U+FFFD) rather than rejected, so one bad byte does not lose an article; the
    /// returned flag says whether that happened.
    pub fn from_text_file(path: &Path) -> Result<(Document, bool), DocumentError> {
        let bytes = std::fs::read(path).map_err(|source| DocumentError::Io {
            path: path.to_owned(),
            source,
        })?;
        let (text, lossy) = match String::from_utf8(bytes) {
            Ok(s) => (s, false),
            Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
        };
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        Ok((
            Document {
                id,
                text,
                date: None,
                title: None,
                source: Some(path.display().to_string()),
            },
            lossy,
        ))
    }
}

const MONTHS: &[(&str, u8)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan.", 1),
    ("Feb.", 2),
    ("Aug.", 8),
    ("Sept.", 9),
    ("Sep.", 9),
    ("Oct.", 10),
    ("Nov.", 11),
    ("Dec.", 12),
];

/// The first full date written in `text`: "Sept. 4, 2025", "4 September 2025" or "2025-09-04".
///
/// ```
/// let t = "Leaders met in Paris, France, Thursday, Sept. 4, 2025. (AP)";
/// assert_eq!(diplograph::first_date_in(t).unwrap().to_string(), "2025-09-04");
/// assert!(diplograph::first_date_in("no date here, 2025").is_none());
/// ```
pub fn first_date_in(text: &str) -> Option<Date> {
    let words: Vec<&str> = text.split_whitespace().take(20_000).collect();
    let num = |w: &str| -> Option<u32> {
        let t = w.trim_end_matches([',', '.', ';', ')']);
        (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    for (i, w) in words.iter().enumerate() {
        // `get` and not slicing: the tenth byte may fall inside a character ("1234-5678é").
        if let Some(Ok(d)) = w.get(..10).map(str::parse::<Date>) {
            return Some(d);
        }
        let Some(&(_, month)) = MONTHS.iter().find(|(m, _)| w.trim_end_matches(',') == *m) else {
            continue;
        };
        // "Sept. 4, 2025"
        if let (Some(d), Some(y)) = (
            words.get(i + 1).and_then(|w| num(w)),
            words.get(i + 2).and_then(|w| num(w)),
        ) {
            if let Some(date) =
                Date::new(y as i32, month, d as u8).filter(|_| (1..=31).contains(&d) && y >= 1900)
            {
                return Some(date);
            }
        }
        // "4 September 2025"
        if let (Some(d), Some(y)) = (
            i.checked_sub(1).and_then(|k| num(words[k])),
            words.get(i + 1).and_then(|w| num(w)),
        ) {
            if let Some(date) =
                Date::new(y as i32, month, d as u8).filter(|_| (1..=31).contains(&d) && y >= 1900)
            {
                return Some(date);
            }
        }
    }
    None
}
