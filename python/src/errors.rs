//! Python exceptions carrying the Rust error messages.

use pyo3::create_exception;
use pyo3::exceptions::PyException;

create_exception!(
    diplograph,
    DiplographError,
    PyException,
    "Base class of diplograph's own errors."
);
create_exception!(
    diplograph,
    GazetteerError,
    DiplographError,
    "A gazetteer file could not be read: the message names the file, the line and the problem."
);
create_exception!(
    diplograph,
    QueryError,
    DiplographError,
    "A question was not understood, or names no known entity."
);
