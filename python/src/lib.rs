//! The `diplograph` Python package's native module, `diplograph._diplograph`: PyO3 bindings
//! of the Rust library, shaped like its API. The package's `__init__.py` re-exports it; the
//! Dask helpers are Python (`diplograph/dask.py`).

mod convert;
mod errors;
mod extractor;
mod graph;
mod types;

use pyo3::prelude::*;

#[pymodule]
fn _diplograph(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<extractor::Extractor>()?;
    m.add_class::<extractor::RelationStream>()?;
    m.add_class::<graph::KnowledgeGraph>()?;
    m.add_class::<types::Relation>()?;
    m.add_class::<types::Entity>()?;
    m.add_class::<types::Fact>()?;
    m.add_class::<types::Evidence>()?;
    m.add_class::<types::Answer>()?;
    m.add_class::<types::Answers>()?;
    m.add_function(wrap_pyfunction!(graph::relations_frame, m)?)?;
    m.add("DiplographError", py.get_type::<errors::DiplographError>())?;
    m.add("GazetteerError", py.get_type::<errors::GazetteerError>())?;
    m.add("QueryError", py.get_type::<errors::QueryError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
