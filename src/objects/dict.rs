//! `dict`, `set` and `frozenset`: insertion-ordered hash tables keyed by
//! hashable values, with Python's equality between keys (`1 == 1.0 == True`).

use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::{IndexMap, IndexSet};

use super::{PyErr, PyResult, Value};
use crate::numeric::{self as hash, Int};

/// A hashable value with its hash computed once.
#[derive(Clone)]
pub struct DictKey {
    hash: i64,
    value: Value,
}

impl DictKey {
    /// Hashes `value`, failing with `TypeError: unhashable type` for lists, dicts, sets.
    pub fn new(value: Value) -> PyResult<DictKey> {
        let hash = hash_value(&value)?;
        Ok(DictKey { hash, value })
    }

    /// The key's value.
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// The key's hash.
    pub fn hash(&self) -> i64 {
        self.hash
    }
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash && keys_equal(&self.value, &other.value)
    }
}

impl Eq for DictKey {}

/// Passes a precomputed hash straight through.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_i64(&mut self, i: i64) {
        // Spread the bits: small ints hash to themselves in Python.
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Build = BuildHasherDefault<KeyHasher>;

/// The table behind a `dict`.
pub type DictMap = IndexMap<DictKey, Value, Build>;

/// A `dict`.
#[derive(Default)]
pub struct PyDict {
    pub map: RefCell<DictMap>,
}

/// A `set` or `frozenset` (the `Value` variant tells which).
#[derive(Default)]
pub struct PySet {
    pub set: RefCell<IndexSet<DictKey, Build>>,
}

impl PyDict {
    /// An empty dict.
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// `d[key]`, or `None` when absent.
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let key = DictKey::new(key.clone())?;
        Ok(self.map.borrow().get(&key).cloned())
    }

    /// Looks up a string key without building a `Value`.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let k = DictKey {
            hash: super::PyStr::new(key).hash(),
            value: Value::str(key),
        };
        self.map.borrow().get(&k).cloned()
    }

    /// `d[key] = value`.
    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let key = DictKey::new(key)?;
        self.map.borrow_mut().insert(key, value);
        Ok(())
    }

    /// Sets a string key.
    pub fn set_str(&self, key: &str, value: Value) {
        let s = super::PyStr::new(key);
        let key = DictKey {
            hash: s.hash(),
            value: Value::Str(std::rc::Rc::new(s)),
        };
        self.map.borrow_mut().insert(key, value);
    }

    /// `del d[key]`: the removed value, or `None` when absent (order kept).
    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let key = DictKey::new(key.clone())?;
        Ok(self.map.borrow_mut().shift_remove(&key))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.map.borrow().is_empty()
    }

    /// A snapshot of the keys, in order.
    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.value.clone()).collect()
    }

    /// A snapshot of the entries, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect()
    }
}

impl PySet {
    /// A set of the given (already hashed) keys.
    pub fn from_keys(keys: impl IntoIterator<Item = DictKey>) -> PySet {
        PySet {
            set: RefCell::new(keys.into_iter().collect()),
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.set.borrow().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.set.borrow().is_empty()
    }

    /// `value in s`.
    pub fn contains(&self, value: &Value) -> PyResult<bool> {
        let key = DictKey::new(value.clone())?;
        Ok(self.set.borrow().contains(&key))
    }

    /// A snapshot of the elements, in order.
    pub fn items(&self) -> Vec<Value> {
        self.set.borrow().iter().map(|k| k.value.clone()).collect()
    }
}

/// Python's `hash()` of a built-in hashable value.
pub fn hash_value(value: &Value) -> PyResult<i64> {
    Ok(match value {
        Value::None => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash::hash_int(&Int::Small(*i)),
        Value::BigInt(b) => hash::hash_int(&Int::Big((**b).clone())),
        Value::Float(f) => match hash::hash_float(*f) {
            hash::FloatHash::Value(h) => h,
            hash::FloatHash::Identity => value_identity_hash(value),
        },
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => b.hash(),
        Value::Tuple(t) => {
            let hashes = t
                .items
                .iter()
                .map(hash_value)
                .collect::<PyResult<Vec<i64>>>()?;
            hash::hash_tuple(&hashes)
        }
        Value::FrozenSet(s) => {
            let mut acc: u64 = 0;
            for k in s.set.borrow().iter() {
                let h = k.hash as u64;
                acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
            }
            let h = acc.wrapping_mul(69069).wrapping_add(907133923) as i64;
            if h == -1 {
                590923713
            } else {
                h
            }
        }
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::ByteArray(_) => {
            return Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                crate::vm::ops::type_name(value)
            )))
        }
        _ => value_identity_hash(value),
    })
}

/// CPython's default object hash: the address rotated right by 4 bits.
fn value_identity_hash(value: &Value) -> i64 {
    let p = value.ptr().unwrap_or(0) as u64;
    p.rotate_right(4) as i64
}

/// Key equality for built-in values: numbers by value, strings and tuples by
/// content, everything else by identity.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    if a.is(b) {
        return true;
    }
    match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Bytes(x), Bytes(y)) => x.data == y.data,
        (Tuple(x), Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| keys_equal(p, q))
        }
        (FrozenSet(x), FrozenSet(y)) => {
            x.len() == y.len() && {
                let ys = y.set.borrow();
                x.set.borrow().iter().all(|k| ys.contains(k))
            }
        }
        _ => crate::vm::ops::numbers_equal(a, b).unwrap_or(false),
    }
}
