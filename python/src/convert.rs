//! Values crossing between Python and Rust: JSON-shaped values, dates, and documents given as
//! dicts, tuples or strings.

use diplograph::{Date, Document};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use pyo3::IntoPyObjectExt;
use serde_json::Value;

/// A JSON value as the Python object `json.loads` would give.
pub fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_bound_py_any(py)?,
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_bound_py_any(py)?,
            (None, Some(u)) => u.into_bound_py_any(py)?,
            _ => n.as_f64().unwrap_or(f64::NAN).into_bound_py_any(py)?,
        },
        Value::String(s) => s.into_bound_py_any(py)?,
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// A Python object made of dicts, lists, strings, numbers, booleans and None, as JSON.
pub fn py_to_json(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    if obj.is_none() {
        Ok(Value::Null)
    } else if obj.is_instance_of::<PyBool>() {
        Ok(Value::Bool(obj.extract()?))
    } else if obj.is_instance_of::<PyInt>() {
        let i: i64 = obj.extract()?;
        Ok(Value::from(i))
    } else if obj.is_instance_of::<PyFloat>() {
        let f: f64 = obj.extract()?;
        Ok(serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null))
    } else if let Ok(s) = obj.cast::<PyString>() {
        Ok(Value::String(s.to_cow()?.into_owned()))
    } else if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = serde_json::Map::new();
        for (k, v) in d.iter() {
            let key: String = k
                .extract()
                .map_err(|_| PyTypeError::new_err("dict keys must be strings"))?;
            map.insert(key, py_to_json(&v)?);
        }
        Ok(Value::Object(map))
    } else if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        obj.try_iter()?
            .map(|item| py_to_json(&item?))
            .collect::<PyResult<Vec<_>>>()
            .map(Value::Array)
    } else if obj.hasattr("isoformat")? {
        // a datetime.date: JSON writes dates as ISO strings
        Ok(Value::String(obj.call_method0("isoformat")?.extract()?))
    } else {
        Err(PyTypeError::new_err(format!(
            "cannot convert {} to JSON",
            obj.get_type().name()?
        )))
    }
}

/// `datetime.date(y, m, d)`: the limited API has no date type of its own, so the date is made
/// by the `datetime` module.
pub fn date_to_py<'py>(py: Python<'py>, date: Option<Date>) -> PyResult<Bound<'py, PyAny>> {
    match date {
        None => Ok(py.None().into_bound(py)),
        Some(d) => py
            .import("datetime")?
            .getattr("date")?
            .call1((d.year(), d.month(), d.day())),
    }
}

/// A date given as None, an ISO string ("2025-09-04") or a `datetime.date`/`datetime.datetime`.
/// A string that is no date is an error.
pub fn date_from_py(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = obj.cast::<PyString>() {
        let s = s.to_cow()?;
        return s
            .trim()
            .parse::<Date>()
            .map(Some)
            .map_err(|e| PyValueError::new_err(format!("date {s:?}: {e}")));
    }
    date_object(obj)
}

/// The date of a document record, read as the CLI reads a JSON Lines record's: a string that
/// is no date (an empty one, say) is no date rather than an error, so that one odd record does
/// not stop an archive.
fn record_date_from_py(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Document::record_date(&s.to_cow()?));
    }
    date_object(obj)
}

/// A `datetime.date` or `datetime.datetime` (anything with `year`, `month` and `day`).
fn date_object(obj: &Bound<'_, PyAny>) -> PyResult<Option<Date>> {
    if obj.hasattr("year")? && obj.hasattr("month")? && obj.hasattr("day")? {
        let (y, m, d): (i32, u8, u8) = (
            obj.getattr("year")?.extract()?,
            obj.getattr("month")?.extract()?,
            obj.getattr("day")?.extract()?,
        );
        return Date::new(y, m, d)
            .map(Some)
            .ok_or_else(|| PyValueError::new_err(format!("date {y}-{m}-{d} is out of range")));
    }
    Err(PyTypeError::new_err(format!(
        "a date is None, an ISO string or a datetime.date, not {}",
        obj.get_type().name()?
    )))
}

/// One document of `extract_many`'s input: a dict with `text` (and `id`, `date`, `title`,
/// `source`; other keys are ignored), an `(id, date, text)` tuple, or a string of text, whose id
/// is its position in the input. Dates are read as the CLI reads a JSON Lines record's.
pub fn document_from_py(item: &Bound<'_, PyAny>, position: usize) -> PyResult<Document> {
    let where_ = || format!("document {position}");
    if let Ok(text) = item.cast::<PyString>() {
        return Ok(Document::new(
            position.to_string(),
            text.to_cow()?.into_owned(),
        ));
    }
    if let Ok(d) = item.cast::<PyDict>() {
        let text: String = match d.get_item("text")? {
            Some(t) => t.extract().map_err(|_| {
                PyTypeError::new_err(format!("{}: \"text\" must be a string", where_()))
            })?,
            None => {
                return Err(PyValueError::new_err(format!(
                    "{}: a document dict needs a \"text\"",
                    where_()
                )))
            }
        };
        let id = match d.get_item("id")? {
            Some(id) if !id.is_none() => id.str()?.to_cow()?.into_owned(),
            _ => position.to_string(),
        };
        let mut doc = Document::new(id, text);
        doc.date = record_date_from_py(d.get_item("date")?.as_ref())
            .map_err(|e| PyValueError::new_err(format!("{}: {e}", where_())))?;
        if let Some(t) = d.get_item("title")?.filter(|t| !t.is_none()) {
            doc.title = Some(t.extract()?);
        }
        if let Some(s) = d.get_item("source")?.filter(|s| !s.is_none()) {
            doc.source = Some(s.extract()?);
        }
        return Ok(doc);
    }
    if let Ok(t) = item.cast::<PyTuple>() {
        if t.len() != 3 {
            return Err(PyValueError::new_err(format!(
                "{}: a document tuple is (id, date, text), not {} items",
                where_(),
                t.len()
            )));
        }
        let id = t.get_item(0)?;
        let id = if id.is_none() {
            position.to_string()
        } else {
            id.str()?.to_cow()?.into_owned()
        };
        let text: String = t.get_item(2)?.extract().map_err(|_| {
            PyTypeError::new_err(format!("{}: the text must be a string", where_()))
        })?;
        let mut doc = Document::new(id, text);
        doc.date = record_date_from_py(Some(&t.get_item(1)?))
            .map_err(|e| PyValueError::new_err(format!("{}: {e}", where_())))?;
        return Ok(doc);
    }
    Err(PyTypeError::new_err(format!(
        "{}: a document is a dict, an (id, date, text) tuple or a string, not {}",
        where_(),
        item.get_type().name()?
    )))
}
