//! The `str` object: UTF-8 text with a cached hash and code-point length,
//! and for non-ASCII text a lazily built table of code-point offsets so
//! indexing stays cheap.

use std::cell::{Cell, OnceCell};
use std::hash::{Hash, Hasher};

/// A Python `str`. Indexing is by code point; `char_len` makes ASCII indexing O(1).
pub struct PyStr {
    /// Kept as a `String` (not shrunk to a `Box<str>`) to save a reallocation.
    text: String,
    char_len: usize,
    hash: Cell<i64>,
    /// Byte offsets of every [`STRIDE`]th code point, built on the first
    /// index into non-ASCII text.
    checkpoints: OnceCell<Box<[usize]>>,
}

/// Code points between two offset checkpoints.
const STRIDE: usize = 32;

impl PyStr {
    /// A `str` holding a copy of `s`.
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_owned())
    }

    /// A `str` taking ownership of `s`.
    pub fn from_string(s: String) -> PyStr {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            text: s,
            char_len,
            hash: Cell::new(-1),
            checkpoints: OnceCell::new(),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points, as `len()`.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// True when every character is ASCII (byte index == char index).
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The `i`th code point (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.text.as_bytes().get(i).map(|&b| b as char);
        }
        if i >= self.char_len {
            return None;
        }
        self.text[self.byte_offset(i)..].chars().next()
    }

    /// The byte offset of code point `i` (the text's length for `i >= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.text.len());
        }
        if i >= self.char_len {
            return self.text.len();
        }
        let table = self.checkpoints.get_or_init(|| {
            self.text
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect()
        });
        let from = table.get(i / STRIDE).copied().unwrap_or(0);
        self.text[from..]
            .char_indices()
            .nth(i % STRIDE)
            .map_or(self.text.len(), |(b, _)| from + b)
    }

    /// The hash used by dicts and `hash()`; never -1, cached after the first call.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = str_hash(&self.text);
        self.hash.set(h);
        h
    }
}

/// The hash of a str's text (never -1), shared by `PyStr` and borrowed lookups.
pub fn str_hash(text: &str) -> i64 {
    let mut hasher = rustc_hash::FxHasher::default();
    text.hash(&mut hasher);
    let h = (hasher.finish() >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
