//! `KnowledgeGraph`: relations merged into facts with their evidence; queries, questions,
//! exports, and the hand-over to pandas and networkx.

use crate::convert::{date_from_py, date_to_py};
use crate::errors::{DiplographError, QueryError};
use crate::extractor::Extractor;
use crate::types::{Answer, Answers, Entity, Fact, Relation};
use diplograph::graph::Fact as RustFact;
use diplograph::{EntityKind, KnowledgeGraph as RustGraph, Modality, RelationKind};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple, PyType};

/// A knowledge graph of entities and facts, each fact with all its evidence.
///
/// Build it from relations (``KnowledgeGraph(relations)`` or ``from_relations``), grow it with
/// ``add``/``extend``, combine graphs with ``merge`` (associative and order-independent, which
/// is what lets Dask reduce partitions in any order), and ask it questions.
#[pyclass(module = "diplograph", name = "KnowledgeGraph", eq)]
#[derive(Clone, PartialEq)]
pub struct KnowledgeGraph {
    pub inner: RustGraph,
}

fn parse_modality(s: &str) -> PyResult<Modality> {
    serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase())).map_err(|_| {
        PyValueError::new_err(format!(
            "unknown modality {s:?}: asserted, reported, planned, conditional or negated"
        ))
    })
}

fn parse_entity_kind(s: &str) -> PyResult<EntityKind> {
    serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase())).map_err(|_| {
        PyValueError::new_err(format!(
            "unknown entity kind {s:?}: person, country or organization"
        ))
    })
}

/// One string or a list of strings.
fn strings(obj: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(vec![s.to_cow()?.into_owned()]);
    }
    obj.try_iter()?
        .map(|item| item?.extract::<String>())
        .collect::<PyResult<Vec<_>>>()
        .map_err(|_| PyTypeError::new_err("expected a string or a list of strings"))
}

/// A relation given as a `Relation` or as the dict of its JSON record.
fn relation_from_py(item: &Bound<'_, PyAny>) -> PyResult<diplograph::Relation> {
    if let Ok(r) = item.cast::<Relation>() {
        return Ok(r.get().0.clone());
    }
    if item.is_instance_of::<PyDict>() {
        let json = crate::convert::py_to_json(item)?;
        return serde_json::from_value(json)
            .map_err(|e| PyValueError::new_err(format!("not a relation record: {e}")));
    }
    Err(PyTypeError::new_err(format!(
        "expected a Relation or a relation dict, not {}",
        item.get_type().name()?
    )))
}

/// The column names of `relations_frame`, in order.
const FRAME_COLUMNS: [&str; 19] = [
    "doc",
    "kind",
    "source_id",
    "source_name",
    "source_kind",
    "target_id",
    "target_name",
    "target_kind",
    "object",
    "modality",
    "date",
    "place",
    "cameo",
    "plover",
    "sentence",
    "span_start",
    "span_end",
    "trigger",
    "source_cameo_actor",
];

/// A pandas DataFrame of relations, one row each, columns as `FRAME_COLUMNS`; `date` is a
/// datetime64 column (NaT where a relation has no date).
pub fn frame<'py>(
    py: Python<'py>,
    relations: impl Iterator<Item = diplograph::Relation>,
) -> PyResult<Bound<'py, PyAny>> {
    let pandas = py.import("pandas")?;
    let columns: Vec<Bound<'py, PyList>> =
        FRAME_COLUMNS.iter().map(|_| PyList::empty(py)).collect();
    for r in relations {
        let target = r.target.as_ref();
        let cells: [Bound<'py, PyAny>; 19] = [
            r.doc.as_str().into_pyobject(py)?.into_any(),
            r.kind.as_str().into_pyobject(py)?.into_any(),
            r.source.id.as_str().into_pyobject(py)?.into_any(),
            r.source.name.as_str().into_pyobject(py)?.into_any(),
            r.source.kind.as_str().into_pyobject(py)?.into_any(),
            target.map(|t| t.id.as_str()).into_pyobject(py)?.into_any(),
            target
                .map(|t| t.name.as_str())
                .into_pyobject(py)?
                .into_any(),
            target
                .map(|t| t.kind.as_str())
                .into_pyobject(py)?
                .into_any(),
            r.object.as_deref().into_pyobject(py)?.into_any(),
            r.modality.as_str().into_pyobject(py)?.into_any(),
            date_to_py(py, r.date)?,
            r.place.as_deref().into_pyobject(py)?.into_any(),
            r.cameo.as_str().into_pyobject(py)?.into_any(),
            r.plover.as_str().into_pyobject(py)?.into_any(),
            r.sentence.as_str().into_pyobject(py)?.into_any(),
            r.span[0].into_pyobject(py)?.into_any(),
            r.span[1].into_pyobject(py)?.into_any(),
            r.trigger.as_str().into_pyobject(py)?.into_any(),
            r.source
                .cameo_actor
                .as_deref()
                .into_pyobject(py)?
                .into_any(),
        ];
        for (column, cell) in columns.iter().zip(cells) {
            column.append(cell)?;
        }
    }
    let data = PyDict::new(py);
    for (name, column) in FRAME_COLUMNS.iter().zip(columns) {
        data.set_item(name, column)?;
    }
    let kwargs = PyDict::new(py);
    kwargs.set_item("columns", PyList::new(py, FRAME_COLUMNS)?)?;
    let df = pandas.getattr("DataFrame")?.call((data,), Some(&kwargs))?;
    let dates = pandas
        .getattr("to_datetime")?
        .call1((df.get_item("date")?,))?;
    df.set_item("date", dates)?;
    Ok(df)
}

#[pymethods]
impl KnowledgeGraph {
    /// A graph of these relations (``Relation`` objects or their dicts). ``extractor``: the
    /// extractor they came from, whose gazetteer questions then look names up in (your own
    /// entities included); without one, the bundled gazetteer.
    #[new]
    #[pyo3(signature = (relations = None, extractor = None))]
    fn new(
        relations: Option<&Bound<'_, PyAny>>,
        extractor: Option<PyRef<'_, Extractor>>,
    ) -> PyResult<KnowledgeGraph> {
        let mut inner = RustGraph::new();
        if let Some(ex) = extractor {
            inner = inner.with_gazetteer(ex.rust().gazetteer().clone());
        }
        let mut kg = KnowledgeGraph { inner };
        if let Some(relations) = relations {
            kg.extend(relations)?;
        }
        Ok(kg)
    }

    /// A graph of these relations; see the constructor.
    #[classmethod]
    #[pyo3(signature = (relations, extractor = None))]
    fn from_relations(
        _cls: &Bound<'_, PyType>,
        relations: &Bound<'_, PyAny>,
        extractor: Option<PyRef<'_, Extractor>>,
    ) -> PyResult<KnowledgeGraph> {
        KnowledgeGraph::new(Some(relations), extractor)
    }

    /// Looks names up in ``extractor``'s gazetteer when asked (your own entities' aliases
    /// included), as the constructor's ``extractor`` does. A graph that was pickled — one that
    /// came back from Dask, say — looks them up in the bundled gazetteer until told.
    fn set_gazetteer(&mut self, extractor: PyRef<'_, Extractor>) {
        let inner = std::mem::take(&mut self.inner);
        self.inner = inner.with_gazetteer(extractor.rust().gazetteer().clone());
    }

    /// Adds one relation; a repeated fact gains evidence.
    fn add(&mut self, relation: &Bound<'_, PyAny>) -> PyResult<()> {
        self.inner.add(relation_from_py(relation)?);
        Ok(())
    }

    /// Adds relations from any iterable (an ``extract_many`` stream included).
    fn extend(&mut self, relations: &Bound<'_, PyAny>) -> PyResult<()> {
        for item in relations.try_iter()? {
            self.inner.add(relation_from_py(&item?)?);
        }
        Ok(())
    }

    /// Merges ``other`` into this graph, in place. ``a.merge(b); a.merge(c)`` equals any other
    /// order of the same graphs.
    fn merge(slf: &Bound<'_, Self>, other: &Bound<'_, KnowledgeGraph>) -> PyResult<()> {
        if slf.is(other) {
            return Ok(());
        }
        let other = other.borrow();
        let mut me = slf.borrow_mut();
        let py = slf.py();
        let theirs = &other.inner;
        let mine = &mut me.inner;
        py.detach(|| mine.merge(theirs));
        Ok(())
    }

    /// Number of entities.
    #[getter]
    fn entity_count(&self) -> usize {
        self.inner.entity_count()
    }

    /// Number of facts.
    #[getter]
    fn fact_count(&self) -> usize {
        self.inner.fact_count()
    }

    /// The number of facts.
    fn __len__(&self) -> usize {
        self.inner.fact_count()
    }

    /// Entities, by id.
    fn entities(&self) -> Vec<Entity> {
        self.inner.entities().cloned().map(Entity).collect()
    }

    /// The entity with this id, or None.
    fn entity(&self, id: &str) -> Option<Entity> {
        self.inner.entity(id).cloned().map(Entity)
    }

    /// Facts, in key order.
    fn facts(&self) -> Vec<Fact> {
        self.inner.facts().cloned().map(Fact).collect()
    }

    /// The relation records of the graph, one per fact and piece of evidence, each with the
    /// date and place its own sentence gave.
    fn relations(&self) -> Vec<Relation> {
        self.inner.relations().map(Relation).collect()
    }

    /// Answers a question in English: "who pledged troops?", "whom did Putin meet?", "what did
    /// Germany pledge to Ukraine?", "who met Kim Jong Un in 2018?", "how are Obama and Putin
    /// connected?" (the chain of facts), "who met the most leaders?" (``Answers.ranking``).
    /// Answers with evidence from the most documents come first. Raises ``QueryError`` when the
    /// question is not understood or names no known entity.
    fn ask(&self, py: Python<'_>, question: &str) -> PyResult<Answers> {
        let answers = self
            .inner
            .ask(question)
            .map_err(|e| QueryError::new_err(e.to_string()))?;
        Ok(Answers {
            understood: answers.understood,
            answers: answers
                .answers
                .iter()
                .map(|a| Py::new(py, Answer::of(a)))
                .collect::<PyResult<_>>()?,
            ranking: answers
                .ranking
                .into_iter()
                .map(|r| (Entity(r.entity), r.count))
                .collect(),
        })
    }

    /// The facts that pass every filter given, as answers. ``kind``, ``modality`` and
    /// ``exclude_modality`` take a string or a list; ``source``, ``target`` and ``involving``
    /// take names as the text writes them ("Putin", "the EU"); ``object`` words ("troops");
    /// ``between`` a pair of dates; ``source_kind``/``target_kind`` "person", "country" or
    /// "organization".
    #[pyo3(signature = (*, kind = None, source = None, target = None, involving = None,
        object = None, modality = None, exclude_modality = None, between = None,
        source_kind = None, target_kind = None))]
    #[allow(clippy::too_many_arguments)]
    fn query(
        &self,
        py: Python<'_>,
        kind: Option<&Bound<'_, PyAny>>,
        source: Option<&str>,
        target: Option<&str>,
        involving: Option<&str>,
        object: Option<&str>,
        modality: Option<&Bound<'_, PyAny>>,
        exclude_modality: Option<&Bound<'_, PyAny>>,
        between: Option<(Bound<'_, PyAny>, Bound<'_, PyAny>)>,
        source_kind: Option<&str>,
        target_kind: Option<&str>,
    ) -> PyResult<Vec<Py<Answer>>> {
        let mut q = self.inner.query();
        if let Some(kind) = kind {
            for k in strings(kind)? {
                q.kind(RelationKind::parse(&k));
            }
        }
        if let Some(s) = source {
            q.source(s);
        }
        if let Some(t) = target {
            q.target(t);
        }
        if let Some(i) = involving {
            q.involving(i);
        }
        if let Some(o) = object {
            q.object(o);
        }
        if let Some(m) = modality {
            let ms = strings(m)?
                .iter()
                .map(|s| parse_modality(s))
                .collect::<PyResult<Vec<_>>>()?;
            q.modalities(&ms);
        }
        if let Some(m) = exclude_modality {
            for s in strings(m)? {
                q.exclude_modality(parse_modality(&s)?);
            }
        }
        if let Some((from, to)) = between {
            let (Some(from), Some(to)) = (date_from_py(Some(&from))?, date_from_py(Some(&to))?)
            else {
                return Err(PyValueError::new_err("between needs two dates"));
            };
            q.between(from, to);
        }
        if let Some(k) = source_kind {
            q.source_kind(parse_entity_kind(k)?);
        }
        if let Some(k) = target_kind {
            q.target_kind(parse_entity_kind(k)?);
        }
        q.run().map(|a| Py::new(py, Answer::of(&a))).collect()
    }

    /// Entities ranked by how many distinct counterparts they have in facts of ``kind``
    /// (counting only counterparts of ``counterpart_kind`` when given): "who met the most
    /// leaders" is ``ranking("met", "person")``. A list of ``(Entity, count)``, most first.
    #[pyo3(signature = (kind, counterpart_kind = None))]
    fn ranking(
        &self,
        kind: &str,
        counterpart_kind: Option<&str>,
    ) -> PyResult<Vec<(Entity, usize)>> {
        let counterpart = counterpart_kind.map(parse_entity_kind).transpose()?;
        Ok(self
            .inner
            .ranking(&RelationKind::parse(kind), counterpart)
            .into_iter()
            .map(|(e, n)| (Entity(e), n))
            .collect())
    }

    /// The facts linking two entities (ids) by the fewest steps, or None.
    fn shortest_connection(&self, a: &str, b: &str) -> Option<Vec<Fact>> {
        self.inner
            .shortest_connection(a, b)
            .map(|facts| facts.into_iter().cloned().map(Fact).collect())
    }

    /// The facts involving an entity (id), by first date.
    fn timeline(&self, id: &str) -> Vec<Fact> {
        self.inner
            .timeline(id)
            .into_iter()
            .cloned()
            .map(Fact)
            .collect()
    }

    /// The whole graph as JSON; ``KnowledgeGraph.from_json`` reads it back equal.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        let inner = &self.inner;
        py.detach(|| serde_json::to_string(inner))
            .map_err(|e| DiplographError::new_err(e.to_string()))
    }

    /// A graph from ``to_json``'s output (or the CLI's ``--format json``).
    #[classmethod]
    fn from_json(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        json: &Bound<'_, PyAny>,
    ) -> PyResult<KnowledgeGraph> {
        let bytes: Vec<u8> = if let Ok(s) = json.cast::<PyString>() {
            s.to_cow()?.as_bytes().to_vec()
        } else {
            json.extract()?
        };
        py.detach(|| serde_json::from_slice::<RustGraph>(&bytes))
            .map(|inner| KnowledgeGraph { inner })
            .map_err(|e| DiplographError::new_err(format!("not a knowledge graph: {e}")))
    }

    /// The graph in one of the CLI's export formats: "jsonl", "json", "graphml", "dot" or
    /// "ntriples" give a string; "csv" gives ``(nodes, edges)``, two strings for Neo4j's
    /// importer.
    fn export<'py>(&self, py: Python<'py>, format: &str) -> PyResult<Bound<'py, PyAny>> {
        let kg = &self.inner;
        let text = |bytes: Vec<u8>| {
            String::from_utf8(bytes).map_err(|e| DiplographError::new_err(e.to_string()))
        };
        let io = |e: std::io::Error| DiplographError::new_err(e.to_string());
        if format == "csv" {
            let (mut nodes, mut edges) = (Vec::new(), Vec::new());
            kg.write_csv(&mut nodes, &mut edges).map_err(io)?;
            return Ok(PyTuple::new(py, [text(nodes)?, text(edges)?])?.into_any());
        }
        let mut out = Vec::new();
        match format {
            "jsonl" => kg.write_jsonl(&mut out),
            "json" => kg.write_json(&mut out),
            "graphml" => kg.write_graphml(&mut out),
            "dot" => kg.write_dot(&mut out),
            "ntriples" => kg.write_ntriples(&mut out),
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown format {other:?}: jsonl, json, csv, graphml, dot or ntriples"
                )))
            }
        }
        .map_err(io)?;
        Ok(PyString::new(py, &text(out)?).into_any())
    }

    /// The graph as a ``networkx.MultiDiGraph``: one node per entity (id, with ``name``,
    /// ``kind``, ``wikidata``, ``cameo_actor``), one edge per fact that has a target, keyed
    /// ``"kind|modality|object"``, with ``kind``, ``modality``, ``object``, ``cameo``,
    /// ``plover``, ``dates``, ``places``, ``evidence`` (the number of sentences) and
    /// ``sentences``. Facts without a target stay on ``facts()``. Imports networkx on call.
    fn to_networkx<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let nx = py.import("networkx")?;
        let g = nx.getattr("MultiDiGraph")?.call0()?;
        for e in self.inner.entities() {
            let attrs = PyDict::new(py);
            attrs.set_item("name", &e.name)?;
            attrs.set_item("kind", e.kind.as_str())?;
            attrs.set_item("wikidata", e.wikidata.as_deref())?;
            attrs.set_item("cameo_actor", e.cameo_actor.as_deref())?;
            g.call_method("add_node", (e.id.as_str(),), Some(&attrs))?;
        }
        for f in self.inner.facts() {
            let Some(target) = &f.target else { continue };
            let attrs = edge_attributes(py, f)?;
            attrs.set_item("key", edge_key(f))?;
            g.call_method(
                "add_edge",
                (f.source.as_str(), target.as_str()),
                Some(&attrs),
            )?;
        }
        Ok(g)
    }

    /// A pandas DataFrame with one row per relation record (see ``relations()``); columns
    /// ``doc``, ``kind``, ``source_id``, ``source_name``, ``source_kind``, ``target_id``,
    /// ``target_name``, ``target_kind``, ``object``, ``modality``, ``date`` (datetime64),
    /// ``place``, ``cameo``, ``plover``, ``sentence``, ``span_start``, ``span_end``,
    /// ``trigger``, ``source_cameo_actor``. Imports pandas on call.
    fn relations_frame<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        frame(py, self.inner.relations())
    }

    fn __repr__(&self) -> String {
        format!(
            "KnowledgeGraph({} entities, {} facts)",
            self.inner.entity_count(),
            self.inner.fact_count()
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.borrow();
        let inner = &me.inner;
        let bytes = py
            .detach(|| serde_json::to_vec(inner))
            .map_err(|e| DiplographError::new_err(e.to_string()))?;
        PyTuple::new(
            py,
            [
                slf.get_type().getattr("from_json")?,
                PyTuple::new(py, [PyBytes::new(py, &bytes)])?.into_any(),
            ],
        )
    }
}

fn edge_key(f: &RustFact) -> String {
    format!(
        "{}|{}|{}",
        f.kind.as_str(),
        f.modality.as_str(),
        f.object.as_deref().unwrap_or("")
    )
}

fn edge_attributes<'py>(py: Python<'py>, f: &RustFact) -> PyResult<Bound<'py, PyDict>> {
    let attrs = PyDict::new(py);
    attrs.set_item("kind", f.kind.as_str())?;
    attrs.set_item("modality", f.modality.as_str())?;
    attrs.set_item("object", f.object.as_deref())?;
    attrs.set_item("cameo", &f.cameo)?;
    attrs.set_item("plover", &f.plover)?;
    let dates = PyList::empty(py);
    for d in &f.dates {
        dates.append(date_to_py(py, Some(*d))?)?;
    }
    attrs.set_item("dates", dates)?;
    attrs.set_item("places", f.places.iter().collect::<Vec<_>>())?;
    attrs.set_item("evidence", f.evidence.len())?;
    attrs.set_item(
        "sentences",
        f.evidence
            .iter()
            .map(|e| e.sentence.as_str())
            .collect::<Vec<_>>(),
    )?;
    Ok(attrs)
}

/// Relations as a pandas DataFrame, one row each (the columns of
/// ``KnowledgeGraph.relations_frame``), without building a graph.
#[pyfunction]
pub fn relations_frame<'py>(
    py: Python<'py>,
    relations: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let rs = relations
        .try_iter()?
        .map(|item| relation_from_py(&item?))
        .collect::<PyResult<Vec<_>>>()?;
    frame(py, rs.into_iter())
}
