//! The `bytes` and `bytearray` objects and their `repr()`.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

/// An immutable `bytes` object.
pub struct PyBytes {
    pub data: Box<[u8]>,
}

/// A mutable `bytearray` object.
#[derive(Default)]
pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
}

impl PyBytes {
    /// A `bytes` object holding `data`.
    pub fn new(data: Vec<u8>) -> PyBytes {
        PyBytes {
            data: data.into_boxed_slice(),
        }
    }

    /// The hash used by dicts and `hash()` (CPython's is randomised; only
    /// consistency with equality matters). Never -1.
    pub fn hash(&self) -> i64 {
        let mut hasher = rustc_hash::FxHasher::default();
        self.data.hash(&mut hasher);
        let h = (hasher.finish() >> 1) as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

/// The body of a bytes repr, `b'...'` (CPython's quote choice and escapes).
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a bytearray: `bytearray(b'...')`.
pub fn bytearray_repr(data: &[u8]) -> String {
    format!("bytearray({})", bytes_repr(data))
}

/// A copy of the contents of a `bytes` or `bytearray` value (`None` for
/// anything else).
pub fn bytes_like(v: &super::Value) -> Option<Vec<u8>> {
    match v {
        super::Value::Bytes(b) => Some(b.data.to_vec()),
        super::Value::ByteArray(b) => Some(b.data.borrow().clone()),
        _ => None,
    }
}
