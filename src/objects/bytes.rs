//! The `bytes` and `bytearray` objects and their `repr()`.

use std::cell::{Cell, Ref, RefCell};
use std::ops::Deref;

use super::str::str_hash;
use super::Value;

/// An immutable `bytes` object.
pub struct PyBytes {
    pub data: Box<[u8]>,
    /// The cached hash (-1 until first computed).
    hash: Cell<i64>,
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
            hash: Cell::new(-1),
        }
    }

    /// The hash used by dicts and `hash()`; never -1, cached. As in
    /// CPython, it equals the hash of the str with the same code points
    /// (the bytes read as Latin-1), so `hash(b"abc") == hash("abc")`.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = if self.data.is_ascii() {
            str_hash(std::str::from_utf8(&self.data).unwrap_or_default())
        } else {
            str_hash(&self.data.iter().map(|&b| b as char).collect::<String>())
        };
        self.hash.set(h);
        h
    }
}

/// The body of a bytes repr, `b'...'` (CPython's quote choice and escapes).
pub fn bytes_repr(data: &[u8]) -> String {
    repr_with(data, false)
}

/// `repr()` of a bytearray: `bytearray(b'...')`. Unlike `bytes`, CPython
/// escapes a single quote even inside double quotes here.
pub fn bytearray_repr(data: &[u8]) -> String {
    format!("bytearray({})", repr_with(data, true))
}

fn repr_with(data: &[u8], always_escape_single: bool) -> String {
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
            b'\'' if always_escape_single || quote == '\'' => out.push_str("\\'"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    out.push(quote);
    out
}

/// A copy of the contents of a bytes-like value (`None` for anything else).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    view(v).map(|d| d.to_vec())
}

/// The contents of a bytes-like value: `bytes` and `bytearray` are read
/// without copying (a bytearray stays borrowed while the view lives, so
/// mutate it only after the view is dropped); a `memoryview` is copied.
pub enum BytesView<'a> {
    Bytes(&'a [u8]),
    Array(Ref<'a, Vec<u8>>),
    Owned(Vec<u8>),
}

impl Deref for BytesView<'_> {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            BytesView::Bytes(b) => b,
            BytesView::Array(a) => a,
            BytesView::Owned(v) => v,
        }
    }
}

/// The contents of a bytes-like value (`bytes`, `bytearray`, `memoryview`;
/// `None` for anything else).
pub fn view(v: &Value) -> Option<BytesView<'_>> {
    match v {
        Value::Bytes(b) => Some(BytesView::Bytes(&b.data)),
        Value::ByteArray(b) => Some(BytesView::Array(b.data.borrow())),
        Value::Native(_) => {
            crate::methods::memoryview::as_view(v).map(|m| BytesView::Owned(m.contents()))
        }
        _ => None,
    }
}

/// `a == b` when both are bytes-like (bytes, bytearray and memoryviews
/// compare by contents); `None` when either is not.
pub fn buffers_equal(a: &Value, b: &Value) -> Option<bool> {
    Some(*view(a)? == *view(b)?)
}
