//! `httpx`, built in: the client API tutorials use (`Client`, `AsyncClient`,
//! `Response`, httpx's exceptions and messages) written in Python in
//! `httpx.py`, over a native transport in the private module `_snippy_http`:
//! non-blocking TCP/TLS connections ([`conn`]), HTTP/1.1 head parsing
//! ([`parse`]) and the `--http-record`/`--http-replay` recordings
//! ([`replay`]).

pub mod conn;
pub mod parse;
pub mod replay;
pub mod tls;

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

pub use replay::{set_mode, Recording};

/// The `_snippy_http` namespace: the native transport.
pub fn create_native(_vm: &mut Vm) -> Rc<PyDict> {
    super::namespace(&[
        ("connect", conn::connect),
        ("parse_head", parse::parse_head),
        ("parse_chunk_size", parse::parse_chunk_size),
        ("recording_mode", replay::recording_mode),
        ("replay_load", replay::replay_load),
        ("record_save", replay::record_save),
    ])
}

/// The `httpx` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "httpx", include_str!("httpx.py"));
    dict
}
