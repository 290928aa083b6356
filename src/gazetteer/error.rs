use std::path::PathBuf;

/// Why a gazetteer file or entity could not be loaded. Every variant names where the problem is.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerError {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A line is not valid UTF-8.
    #[error("{path}:{line}: not valid UTF-8")]
    Utf8 {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
    },
    /// A line is not a valid entity record.
    #[error("{path}:{line}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// An entity breaks a rule of the model (empty name, wrong id prefix, unknown reference).
    #[error("{origin}: entity {id}: {message}")]
    Invalid {
        /// Where the entity came from (`path:line`, or `code` for entities added in code).
        origin: String,
        /// The entity's id.
        id: String,
        /// The rule it breaks.
        message: String,
    },
}
