//! The library's data types as Python classes: immutable views with attributes, `to_dict()`
//! giving the JSON of the Rust type, equality, and pickling (through that JSON) so that they
//! travel between Dask workers.

use crate::convert::{date_to_py, json_to_py};
use crate::errors::DiplographError;
use diplograph::graph::Fact as RustFact;
use diplograph::{EntityRef, Evidence as RustEvidence, Relation as RustRelation};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyTuple};
use serde::de::DeserializeOwned;
use serde::Serialize;

fn to_dict<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_value(value)
        .map_err(|e| DiplographError::new_err(format!("cannot convert to a dict: {e}")))?;
    json_to_py(py, &json)
}

fn to_json_bytes<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyBytes>> {
    let bytes = serde_json::to_vec(value)
        .map_err(|e| DiplographError::new_err(format!("cannot serialize: {e}")))?;
    Ok(PyBytes::new(py, &bytes))
}

fn from_json_bytes<T: DeserializeOwned>(what: &str, bytes: &[u8]) -> PyResult<T> {
    serde_json::from_slice(bytes)
        .map_err(|e| DiplographError::new_err(format!("not a serialized {what}: {e}")))
}

/// `(Class._from_json, (bytes,))`: what `pickle` calls to rebuild the object.
fn reduce<'py, T: Serialize>(slf: &Bound<'py, PyAny>, value: &T) -> PyResult<Bound<'py, PyTuple>> {
    let py = slf.py();
    let rebuild = slf.get_type().getattr("_from_json")?;
    PyTuple::new(
        py,
        [
            rebuild,
            PyTuple::new(py, [to_json_bytes(py, value)?])?.into_any(),
        ],
    )
}

/// An actor as it appears in a relation or a graph: a person, country or organization.
#[pyclass(
    frozen,
    eq,
    hash,
    module = "diplograph",
    name = "Entity",
    from_py_object
)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Entity(pub EntityRef);

#[pymethods]
impl Entity {
    /// Stable id: "person:emmanuel-macron", "country:FRA", "org:nato".
    #[getter]
    fn id(&self) -> &str {
        self.0.id.as_str()
    }

    /// Display name.
    #[getter]
    fn name(&self) -> &str {
        &self.0.name
    }

    /// "person", "country" or "organization".
    #[getter]
    fn kind(&self) -> &str {
        self.0.kind.as_str()
    }

    /// Wikidata QID, where known.
    #[getter]
    fn wikidata(&self) -> Option<&str> {
        self.0.wikidata.as_deref()
    }

    /// CAMEO actor code at the relation's date, where known ("FRAGOV").
    #[getter]
    fn cameo_actor(&self) -> Option<&str> {
        self.0.cameo_actor.as_deref()
    }

    /// The gazetteer's other names of the entity (empty for people it does not know).
    #[getter]
    fn aliases(&self) -> Vec<String> {
        self.0.aliases.clone()
    }

    /// The entity as the dict the JSON Lines output holds.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!("Entity({:?}, {:?})", self.0.id.as_str(), self.0.name)
    }

    fn __str__(&self) -> String {
        self.0.name.clone()
    }

    #[classmethod]
    fn _from_json(_cls: &Bound<'_, pyo3::types::PyType>, bytes: &[u8]) -> PyResult<Entity> {
        from_json_bytes("entity", bytes).map(Entity)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(slf.as_any(), &slf.get().0)
    }
}

/// One relation: who did what to whom, as the text claims it, with the sentence that says so.
#[pyclass(frozen, eq, module = "diplograph", name = "Relation", from_py_object)]
#[derive(Clone, PartialEq)]
pub struct Relation(pub RustRelation);

#[pymethods]
impl Relation {
    /// The document id.
    #[getter]
    fn doc(&self) -> &str {
        &self.0.doc
    }

    /// What happened: "met", "spoke", "visited", "pledged", "sanctioned", …
    #[getter]
    fn kind(&self) -> &str {
        self.0.kind.as_str()
    }

    /// Who did it.
    #[getter]
    fn source(&self) -> Entity {
        Entity(self.0.source.clone())
    }

    /// To or with whom, when the text says.
    #[getter]
    fn target(&self) -> Option<Entity> {
        self.0.target.clone().map(Entity)
    }

    /// What was pledged, demanded or sanctioned ("troops").
    #[getter]
    fn object(&self) -> Option<&str> {
        self.0.object.as_deref()
    }

    /// "asserted", "reported", "planned", "conditional" or "negated".
    #[getter]
    fn modality(&self) -> &str {
        self.0.modality.as_str()
    }

    /// When, as a `datetime.date`.
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        date_to_py(py, self.0.date)
    }

    /// Where, when the sentence says.
    #[getter]
    fn place(&self) -> Option<&str> {
        self.0.place.as_deref()
    }

    /// CAMEO event code.
    #[getter]
    fn cameo(&self) -> &str {
        &self.0.cameo
    }

    /// PLOVER event type.
    #[getter]
    fn plover(&self) -> &str {
        &self.0.plover
    }

    /// The sentence that states it.
    #[getter]
    fn sentence(&self) -> &str {
        &self.0.sentence
    }

    /// The sentence's UTF-8 byte offsets in the document, `(start, end)`.
    #[getter]
    fn span(&self) -> (usize, usize) {
        (self.0.span[0], self.0.span[1])
    }

    /// The words that signalled it.
    #[getter]
    fn trigger(&self) -> &str {
        &self.0.trigger
    }

    /// The relation as the dict of its JSON Lines record (the CLI's output line, parsed).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.0)
    }

    /// The relation's JSON Lines record.
    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&self.0)
            .map_err(|e| DiplographError::new_err(format!("cannot serialize: {e}")))
    }

    fn __repr__(&self) -> String {
        let r = &self.0;
        let mut s = format!(
            "Relation({} {} {}",
            r.source.name,
            r.kind.as_str(),
            match &r.target {
                Some(t) => t.name.as_str(),
                None => "-",
            }
        );
        if let Some(o) = &r.object {
            s.push_str(&format!(" [{o}]"));
        }
        s.push_str(&format!(", {}", r.modality.as_str()));
        if let Some(d) = r.date {
            s.push_str(&format!(", {d}"));
        }
        s.push(')');
        s
    }

    #[classmethod]
    fn _from_json(_cls: &Bound<'_, pyo3::types::PyType>, bytes: &[u8]) -> PyResult<Relation> {
        from_json_bytes("relation", bytes).map(Relation)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        reduce(slf.as_any(), &slf.get().0)
    }
}

/// One sentence behind a fact, with its own document, date and place.
#[pyclass(frozen, eq, module = "diplograph", name = "Evidence", from_py_object)]
#[derive(Clone, PartialEq)]
pub struct Evidence(pub RustEvidence);

#[pymethods]
impl Evidence {
    /// The document id.
    #[getter]
    fn doc(&self) -> &str {
        &self.0.doc
    }

    /// The sentence.
    #[getter]
    fn sentence(&self) -> &str {
        &self.0.sentence
    }

    /// The sentence's UTF-8 byte offsets in the document.
    #[getter]
    fn span(&self) -> (usize, usize) {
        (self.0.span[0], self.0.span[1])
    }

    /// The words that signalled it.
    #[getter]
    fn trigger(&self) -> &str {
        &self.0.trigger
    }

    /// The date this sentence gave, as a `datetime.date`.
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        date_to_py(py, self.0.date)
    }

    /// The place this sentence gave.
    #[getter]
    fn place(&self) -> Option<&str> {
        self.0.place.as_deref()
    }

    /// The evidence as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!("Evidence({:?}, {:?})", self.0.doc, self.0.sentence)
    }
}

/// A fact of the graph: one relation between the same parties with the same kind, object and
/// modality, with all the evidence for it.
#[pyclass(frozen, eq, module = "diplograph", name = "Fact", from_py_object)]
#[derive(Clone, PartialEq)]
pub struct Fact(pub RustFact);

#[pymethods]
impl Fact {
    /// What happened.
    #[getter]
    fn kind(&self) -> &str {
        self.0.kind.as_str()
    }

    /// The id of who did it.
    #[getter]
    fn source(&self) -> &str {
        self.0.source.as_str()
    }

    /// The id of to or with whom.
    #[getter]
    fn target(&self) -> Option<&str> {
        self.0.target.as_ref().map(|t| t.as_str())
    }

    /// What was pledged, demanded or sanctioned.
    #[getter]
    fn object(&self) -> Option<&str> {
        self.0.object.as_deref()
    }

    /// "asserted", "reported", "planned", "conditional" or "negated".
    #[getter]
    fn modality(&self) -> &str {
        self.0.modality.as_str()
    }

    /// CAMEO event code.
    #[getter]
    fn cameo(&self) -> &str {
        &self.0.cameo
    }

    /// PLOVER event type.
    #[getter]
    fn plover(&self) -> &str {
        &self.0.plover
    }

    /// Every date the evidence gave, in order, as `datetime.date`s.
    #[getter]
    fn dates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for d in &self.0.dates {
            list.append(date_to_py(py, Some(*d))?)?;
        }
        Ok(list)
    }

    /// Every place the evidence gave, in order.
    #[getter]
    fn places(&self) -> Vec<String> {
        self.0.places.iter().cloned().collect()
    }

    /// The sentences behind it.
    #[getter]
    fn evidence(&self) -> Vec<Evidence> {
        self.0.evidence.iter().cloned().map(Evidence).collect()
    }

    /// The fact as a dict, as in the graph's JSON.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "Fact({} {} {}, {}, {} evidence)",
            self.0.source,
            self.0.kind.as_str(),
            self.0.target.as_ref().map_or("-", |t| t.as_str()),
            self.0.modality.as_str(),
            self.0.evidence.len()
        )
    }
}

/// One answer to a query or question: the fact, with its parties resolved to entities.
#[pyclass(frozen, module = "diplograph", name = "Answer")]
pub struct Answer {
    /// The fact.
    #[pyo3(get)]
    pub fact: Fact,
    /// Who did it.
    #[pyo3(get)]
    pub source: Entity,
    /// To or with whom.
    #[pyo3(get)]
    pub target: Option<Entity>,
}

impl Answer {
    pub fn of(a: &diplograph::Answer<'_>) -> Answer {
        Answer {
            fact: Fact(a.fact.clone()),
            source: Entity(a.source.clone()),
            target: a.target.clone().map(Entity),
        }
    }
}

#[pymethods]
impl Answer {
    fn __repr__(&self) -> String {
        format!(
            "Answer({} {} {}, {} evidence)",
            self.source.0.name,
            self.fact.0.kind.as_str(),
            self.target.as_ref().map_or("-", |t| t.0.name.as_str()),
            self.fact.0.evidence.len()
        )
    }
}

/// The answers to a question asked in English, with what it was understood to ask. Iterates,
/// indexes and has a length like the list of answers it holds.
#[pyclass(frozen, module = "diplograph", name = "Answers")]
pub struct Answers {
    /// What the question was understood to ask, in words.
    #[pyo3(get)]
    pub understood: String,
    /// The answers, best first.
    pub answers: Vec<Py<Answer>>,
    /// For "who met the most leaders?": ``(Entity, count)``, most first.
    #[pyo3(get)]
    pub ranking: Vec<(Entity, usize)>,
}

#[pymethods]
impl Answers {
    /// The answers, best first, as a list.
    #[getter]
    fn answers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.answers.iter().map(|a| a.clone_ref(py)))
    }

    fn __len__(&self) -> usize {
        self.answers.len()
    }

    fn __getitem__(&self, py: Python<'_>, index: isize) -> PyResult<Py<Answer>> {
        let n = self.answers.len() as isize;
        let i = if index < 0 { index + n } else { index };
        if (0..n).contains(&i) {
            Ok(self.answers[i as usize].clone_ref(py))
        } else {
            Err(pyo3::exceptions::PyIndexError::new_err(
                "answer index out of range",
            ))
        }
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.answers(py)?.try_iter().map(|it| it.into_any())
    }

    fn __repr__(&self) -> String {
        format!(
            "Answers({:?}, {} answers)",
            self.understood,
            self.answers.len()
        )
    }
}
