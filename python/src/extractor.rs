//! `Extractor`: text in, relations out, with the interpreter released while Rust works.

use crate::convert::{date_from_py, document_from_py};
use crate::errors::{DiplographError, GazetteerError};
use crate::types::Relation;
use diplograph::{Document, Extractor as RustExtractor, Gazetteer};
use once_cell::sync::Lazy;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyIterator, PyTuple};
use rayon::prelude::*;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, VecDeque};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

/// What an extractor is made of, in a form that pickles: the user's gazetteer files travel by
/// content, so a worker on another host needs none of the caller's files.
#[derive(Clone, Debug, Hash, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Recipe {
    bundled: bool,
    parse: bool,
    /// (file name, contents) of each gazetteer file, in order.
    gazetteers: Vec<(String, String)>,
}

/// An extractor shared by the Python objects that use it.
#[derive(Clone)]
enum Shared {
    /// The crate's own bundled extractor, built once per process.
    Bundled,
    Own(Arc<RustExtractor>),
}

impl std::ops::Deref for Shared {
    type Target = RustExtractor;

    fn deref(&self) -> &RustExtractor {
        match self {
            Shared::Bundled => RustExtractor::bundled(),
            Shared::Own(ex) => ex,
        }
    }
}

impl Recipe {
    fn build(&self) -> PyResult<Shared> {
        if self.bundled && self.parse && self.gazetteers.is_empty() {
            return Ok(Shared::Bundled);
        }
        // the bundled gazetteer alone is shared as it is, not copied into a builder
        let gazetteer = if self.bundled && self.gazetteers.is_empty() {
            Gazetteer::bundled()
        } else {
            let mut builder = Gazetteer::builder();
            if self.bundled {
                builder.with_bundled();
            }
            for (name, contents) in &self.gazetteers {
                builder
                    .load_str(name, contents)
                    .map_err(|e| GazetteerError::new_err(e.to_string()))?;
            }
            Arc::new(builder.build())
        };
        RustExtractor::builder()
            .gazetteer(gazetteer)
            .parse_sentences(self.parse)
            .build()
            .map(|ex| Shared::Own(Arc::new(ex)))
            .map_err(|e| DiplographError::new_err(e.to_string()))
    }

    fn key(&self) -> u64 {
        let mut h = DefaultHasher::new();
        self.hash(&mut h);
        h.finish()
    }
}

/// Extractors already built in this process, by recipe: a Dask worker unpickles the same
/// extractor with every task, and building one (the gazetteer's automaton) costs far more than
/// a partition of small documents.
static BUILT: Lazy<Mutex<HashMap<u64, (Recipe, Shared)>>> =
    Lazy::new(|| Mutex::new(HashMap::new()));

fn extractor_for(recipe: &Recipe) -> PyResult<Shared> {
    let key = recipe.key();
    if let Some((r, ex)) = BUILT.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        if r == recipe {
            return Ok(ex.clone());
        }
    }
    let ex = recipe.build()?;
    BUILT
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(key, (recipe.clone(), ex.clone()));
    Ok(ex)
}

/// Finds relations in text.
///
/// ``Extractor()`` uses the bundled gazetteer, lexicon and parser. ``gazetteer`` adds your own
/// entities from JSON Lines files (one entity per line, as ``diplograph gazetteer`` writes
/// them); ``bundled=False`` uses only those. ``parse=False`` skips the dependency parser (faster,
/// fewer relations). A bad gazetteer file raises ``GazetteerError`` naming the file and line.
#[pyclass(frozen, module = "diplograph", name = "Extractor")]
pub struct Extractor {
    recipe: Recipe,
    inner: Shared,
}

impl Extractor {
    /// The Rust extractor.
    pub fn rust(&self) -> &RustExtractor {
        &self.inner
    }
}

/// Documents are handed to Rust in batches of at most this many…
const BATCH_DOCUMENTS: usize = 256;
/// …or this many bytes of text, whichever comes first: the interpreter is released once per
/// batch, and a batch's relations wait in memory until they are read.
const BATCH_BYTES: usize = 4 << 20;

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (gazetteer = None, *, bundled = true, parse = true))]
    fn new(
        py: Python<'_>,
        gazetteer: Option<Vec<std::path::PathBuf>>,
        bundled: bool,
        parse: bool,
    ) -> PyResult<Extractor> {
        let mut files = Vec::new();
        for path in gazetteer.unwrap_or_default() {
            let bytes = std::fs::read(&path).map_err(|e| {
                GazetteerError::new_err(format!("{}: cannot read: {e}", path.display()))
            })?;
            // refused at the line of its first bad byte, before any record is read (the
            // recipe keeps text, and pickles it)
            let contents = match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => {
                    let valid = e.utf8_error().valid_up_to();
                    let line = e.as_bytes()[..valid]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count()
                        + 1;
                    return Err(GazetteerError::new_err(format!(
                        "{}:{line}: invalid UTF-8",
                        path.display()
                    )));
                }
            };
            files.push((path.display().to_string(), contents));
        }
        let recipe = Recipe {
            bundled,
            parse,
            gazetteers: files,
        };
        let inner = py.detach(|| extractor_for(&recipe))?;
        Ok(Extractor { recipe, inner })
    }

    /// The relations ``text`` states, in text order. ``id`` becomes each relation's ``doc``;
    /// ``date`` (an ISO string or ``datetime.date``: when the text was written) dates "on
    /// Tuesday" and picks the office holders of the day.
    #[pyo3(signature = (text, id = None, date = None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &str,
        id: Option<String>,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Relation>> {
        let mut doc = Document::new(id.unwrap_or_default(), text);
        doc.date = date_from_py(date)?;
        let ex: &RustExtractor = &self.inner;
        let relations = py.detach(|| ex.extract(&doc));
        Ok(relations.into_iter().map(Relation).collect())
    }

    /// Relations of many documents, streamed in input order as an iterator of ``Relation``.
    ///
    /// ``docs`` is any iterable of dicts (``text``, and ``id``, ``date``, ``title``,
    /// ``source``), ``(id, date, text)`` tuples or strings (whose id is their position). It is
    /// read in batches (256 documents or 4 MB); each batch is extracted with the interpreter
    /// released, on ``threads`` threads (``None``: one per core; ``1``: the calling thread).
    #[pyo3(signature = (docs, threads = None))]
    fn extract_many(
        &self,
        docs: &Bound<'_, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<RelationStream> {
        let workers = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(1) => Workers::Caller,
            Some(n) => Workers::Pool(Arc::new(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| DiplographError::new_err(e.to_string()))?,
            )),
            None => Workers::Global,
        };
        Ok(RelationStream {
            extractor: self.inner.clone(),
            docs: Some(docs.try_iter()?.unbind()),
            workers,
            position: 0,
            ready: VecDeque::new(),
            bad_document: None,
        })
    }

    /// Whether the dependency parser is used.
    #[getter]
    fn parse(&self) -> bool {
        self.recipe.parse
    }

    /// The number of entities in the gazetteer.
    #[getter]
    fn gazetteer_size(&self) -> usize {
        self.inner.gazetteer().len()
    }

    fn __repr__(&self) -> String {
        format!(
            "Extractor({} entities, {} gazetteer file(s), parse={})",
            self.inner.gazetteer().len(),
            self.recipe.gazetteers.len(),
            if self.recipe.parse { "True" } else { "False" }
        )
    }

    #[classmethod]
    fn _from_json(
        _cls: &Bound<'_, pyo3::types::PyType>,
        py: Python<'_>,
        bytes: &[u8],
    ) -> PyResult<Extractor> {
        let recipe: Recipe = serde_json::from_slice(bytes)
            .map_err(|e| DiplographError::new_err(format!("not a serialized extractor: {e}")))?;
        let inner = py.detach(|| extractor_for(&recipe))?;
        Ok(Extractor { recipe, inner })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let bytes = serde_json::to_vec(&slf.get().recipe)
            .map_err(|e| DiplographError::new_err(e.to_string()))?;
        PyTuple::new(
            py,
            [
                slf.get_type().getattr("_from_json")?,
                PyTuple::new(py, [PyBytes::new(py, &bytes)])?.into_any(),
            ],
        )
    }
}

/// Who extracts a batch.
enum Workers {
    /// The calling thread.
    Caller,
    /// Rayon's global pool, one thread per core.
    Global,
    /// A pool of the size asked for.
    Pool(Arc<rayon::ThreadPool>),
}

/// The relations of ``Extractor.extract_many``, as they are found, in input order. A document
/// that cannot be read raises its error after the relations of the documents before it;
/// iterating on goes on with the next document.
#[pyclass(module = "diplograph", name = "RelationStream")]
pub struct RelationStream {
    extractor: Shared,
    /// The input iterator; `None` once exhausted.
    docs: Option<Py<PyIterator>>,
    workers: Workers,
    /// Documents read so far (the id of a bare string).
    position: usize,
    ready: VecDeque<diplograph::Relation>,
    /// The error of a document that could not be read, raised once `ready` is drained.
    bad_document: Option<PyErr>,
}

impl RelationStream {
    /// Reads the next batch of documents and extracts it; false when there is nothing more
    /// to read (or a bad document ended the batch before any good one).
    fn fill(&mut self, py: Python<'_>) -> PyResult<bool> {
        let Some(docs) = &self.docs else {
            return Ok(false);
        };
        let mut docs = docs.bind(py).clone();
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_DOCUMENTS && bytes < BATCH_BYTES {
            let Some(item) = docs.next() else {
                self.docs = None;
                break;
            };
            let position = self.position;
            self.position += 1;
            match item.and_then(|item| document_from_py(&item, position)) {
                Ok(doc) => {
                    bytes += doc.text.len();
                    batch.push(doc);
                }
                Err(e) => {
                    self.bad_document = Some(e);
                    break;
                }
            }
        }
        if batch.is_empty() {
            return Ok(false);
        }
        let ex: &RustExtractor = &self.extractor;
        let workers = &self.workers;
        let found: Vec<Vec<diplograph::Relation>> = py.detach(|| match workers {
            Workers::Caller => batch.iter().map(|d| ex.extract(d)).collect(),
            Workers::Global => batch.par_iter().map(|d| ex.extract(d)).collect(),
            Workers::Pool(pool) => {
                pool.install(|| batch.par_iter().map(|d| ex.extract(d)).collect())
            }
        });
        self.ready.extend(found.into_iter().flatten());
        Ok(true)
    }
}

#[pymethods]
impl RelationStream {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Relation>> {
        loop {
            if let Some(r) = self.ready.pop_front() {
                return Ok(Some(Relation(r)));
            }
            if let Some(e) = self.bad_document.take() {
                return Err(e);
            }
            if !self.fill(py)? && self.bad_document.is_none() {
                return Ok(None);
            }
        }
    }
}
