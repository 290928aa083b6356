//! Reading and writing CoNLL-U, the Universal Dependencies file format.
//!
//! Only what tagging and parsing need is read: the syntactic words (multi-word token lines such
//! as `3-4 don't` and empty nodes such as `8.1` are skipped), their forms, universal tags, heads
//! and relations.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use super::upos::UPos;
use super::Parse;

/// One sentence of a treebank.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TreebankSentence {
    /// The `# text = …` comment, if the file gives one.
    pub text: Option<String>,
    /// The syntactic words.
    pub forms: Vec<String>,
    /// Universal tags, one per word.
    pub tags: Vec<UPos>,
    /// Heads, one per word: `None` for the root, else the 0-based index of the head word.
    pub heads: Vec<Option<usize>>,
    /// Relations, one per word, with subtypes as written (`"nsubj:pass"`).
    pub labels: Vec<String>,
}

impl TreebankSentence {
    /// The number of words.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// Whether the sentence has no words.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// A CoNLL-U file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConlluError {
    /// The file could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// A line is not valid CoNLL-U.
    #[error("{path}:{line}: {message}")]
    Line {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Reads every sentence of the CoNLL-U file at `path`.
pub fn read_file(path: impl AsRef<Path>) -> Result<Vec<TreebankSentence>, ConlluError> {
    let path = path.as_ref();
    let file = std::fs::File::open(path).map_err(|source| ConlluError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    read(std::io::BufReader::new(file), path)
}

/// Reads every sentence from `reader`; `path` names the source in errors.
pub fn read(reader: impl BufRead, path: &Path) -> Result<Vec<TreebankSentence>, ConlluError> {
    let mut sentences = Vec::new();
    let mut current = TreebankSentence::default();
    let mut raw_heads: Vec<(usize, usize)> = Vec::new();
    let line_error = |line: usize, message: String| ConlluError::Line {
        path: path.to_path_buf(),
        line,
        message,
    };
    let mut finish = |current: &mut TreebankSentence,
                      raw_heads: &mut Vec<(usize, usize)>|
     -> Result<(), ConlluError> {
        if current.forms.is_empty() {
            current.text = None;
            return Ok(());
        }
        let n = current.forms.len();
        current.heads = Vec::with_capacity(n);
        for &(head, at) in raw_heads.iter() {
            if head > n {
                return Err(line_error(
                    at,
                    format!("head {head} beyond the sentence's {n} words"),
                ));
            }
            current.heads.push(head.checked_sub(1));
        }
        raw_heads.clear();
        sentences.push(std::mem::take(current));
        Ok(())
    };
    for (number, line) in reader.split(b'\n').enumerate() {
        let number = number + 1;
        let bytes = line.map_err(|source| ConlluError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let line = String::from_utf8_lossy(&bytes);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            finish(&mut current, &mut raw_heads)?;
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            if let Some(text) = comment.trim_start().strip_prefix("text = ") {
                current.text = Some(text.to_string());
            }
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != 10 {
            return Err(line_error(
                number,
                format!("{} fields, not 10", fields.len()),
            ));
        }
        if fields[0].contains('-') || fields[0].contains('.') {
            continue;
        }
        let id: usize = fields[0]
            .parse()
            .map_err(|_| line_error(number, format!("word id {:?} is not a number", fields[0])))?;
        if id != current.forms.len() + 1 {
            return Err(line_error(
                number,
                format!(
                    "word id {id} out of order (expected {})",
                    current.forms.len() + 1
                ),
            ));
        }
        let tag: UPos = fields[3]
            .parse()
            .map_err(|e: super::upos::UnknownTag| line_error(number, e.to_string()))?;
        let head: usize = fields[6]
            .parse()
            .map_err(|_| line_error(number, format!("head {:?} is not a number", fields[6])))?;
        current.forms.push(fields[1].to_string());
        current.tags.push(tag);
        current.labels.push(fields[7].to_string());
        raw_heads.push((head, number));
    }
    finish(&mut current, &mut raw_heads)?;
    Ok(sentences)
}

/// Writes one parsed sentence as CoNLL-U (`sent_id` and `text` comments, then the words).
pub fn write(
    out: &mut impl Write,
    sent_id: &str,
    text: &str,
    parse: &Parse,
) -> std::io::Result<()> {
    writeln!(out, "# sent_id = {sent_id}")?;
    writeln!(out, "# text = {}", text.replace(['\n', '\r'], " "))?;
    for i in 0..parse.len() {
        let head = parse.head(i).map_or(0, |h| h + 1);
        let form = clean_field(parse.form(i));
        let space = if parse.space_after(i) {
            "_"
        } else {
            "SpaceAfter=No"
        };
        writeln!(
            out,
            "{}\t{}\t_\t{}\t_\t_\t{}\t{}\t_\t{}",
            i + 1,
            form,
            parse.tag(i),
            head,
            parse.label(i),
            space
        )?;
    }
    writeln!(out)
}

/// A form with the characters CoNLL-U cannot hold in a field replaced.
fn clean_field(form: &str) -> String {
    if form.is_empty() {
        return "_".into();
    }
    form.replace(['\t', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# text = They don't talk.\n\
        1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n\
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
        2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
        4\ttalk\ttalk\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn reads_syntactic_words_and_skips_ranges() {
        let s = read(SAMPLE.as_bytes(), Path::new("sample")).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].forms, ["They", "do", "n't", "talk", "."]);
        assert_eq!(s[0].heads, [Some(3), Some(3), Some(3), None, Some(3)]);
        assert_eq!(s[0].tags[3], UPos::Verb);
        assert_eq!(s[0].text.as_deref(), Some("They don't talk."));
    }

    #[test]
    fn bad_lines_name_the_line() {
        let bad = SAMPLE.replace("4\tnsubj", "x\tnsubj");
        let e = read(bad.as_bytes(), Path::new("t.conllu")).unwrap_err();
        assert!(e.to_string().starts_with("t.conllu:2:"), "{e}");
        let bad = SAMPLE.replace("\t0\troot", "\t9\troot");
        let e = read(bad.as_bytes(), Path::new("t.conllu")).unwrap_err();
        assert!(e.to_string().contains("head 9"), "{e}");
    }
}
