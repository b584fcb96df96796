//! `dict`: an insertion-ordered hash table keyed by hashable values, with
//! Python's hashing and equality between keys (`1 == 1.0 == True`). Sets
//! live in `set.rs`.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::IndexMap;

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

    /// A key whose hash was already computed (by a user `__hash__`).
    pub fn with_hash(hash: i64, value: Value) -> DictKey {
        DictKey { hash, value }
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

/// A borrowed string key, to look up str keys without allocating.
struct StrLookup<'a> {
    hash: i64,
    text: &'a str,
}

impl Hash for StrLookup<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl indexmap::Equivalent<DictKey> for StrLookup<'_> {
    fn equivalent(&self, key: &DictKey) -> bool {
        key.hash == self.hash
            && matches!(&key.value, Value::Str(s) if std::ptr::eq(s.as_str(), self.text) || s.as_str() == self.text)
    }
}

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

/// A `dict`. Every change to its set of keys gives it a new `version`,
/// unique across all dicts, so global lookups can cache the entry's index per
/// instruction (as CPython caches with its dict keys version). Replacing the
/// value of an existing key keeps the version.
pub struct PyDict {
    map: RefCell<DictMap>,
    version: Cell<u64>,
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

impl Default for PyDict {
    fn default() -> PyDict {
        PyDict {
            map: RefCell::new(DictMap::default()),
            version: Cell::new(next_version()),
        }
    }
}

impl PyDict {
    /// An empty dict.
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// The table, for reading.
    pub fn map(&self) -> Ref<'_, DictMap> {
        self.map.borrow()
    }

    /// The table, for changing it (the dict gets a new version: the caller
    /// may add or remove keys).
    pub fn map_mut(&self) -> RefMut<'_, DictMap> {
        self.version.set(next_version());
        self.map.borrow_mut()
    }

    /// Identifies the dict's current set of keys (and so their indices).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// `d[key]`, or `None` when absent, for keys of the built-in types
    /// (the VM's `dict_get` also runs user `__hash__` and `__eq__`).
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let key = DictKey::new(key.clone())?;
        Ok(self.map.borrow().get(&key).cloned())
    }

    /// Looks up a string key without building a `Value`.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let k = StrLookup {
            hash: super::str::str_hash(key),
            text: key,
        };
        self.map.borrow().get(&k).cloned()
    }

    /// Looks up an interned name (its hash is cached), as global lookups do.
    #[inline]
    pub fn get_name(&self, key: &super::PyStr) -> Option<Value> {
        let k = StrLookup {
            hash: key.hash(),
            text: key.as_str(),
        };
        self.map.borrow().get(&k).cloned()
    }

    /// Sets an interned name (replacing the value in place when present).
    pub fn set_name(&self, key: &std::rc::Rc<super::PyStr>, value: Value) {
        let lookup = StrLookup {
            hash: key.hash(),
            text: key.as_str(),
        };
        if let Some(slot) = self.map.borrow_mut().get_mut(&lookup) {
            *slot = value;
            return;
        }
        let key = DictKey {
            hash: key.hash(),
            value: Value::Str(key.clone()),
        };
        self.map_mut().insert(key, value);
    }

    /// `d[key] = value` for keys of the built-in types (see `Vm::dict_set`).
    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let key = DictKey::new(key)?;
        if let Some(slot) = self.map.borrow_mut().get_mut(&key) {
            *slot = value;
            return Ok(());
        }
        self.map_mut().insert(key, value);
        Ok(())
    }

    /// The value at entry `index` (as found by an earlier lookup).
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        self.map.borrow().get_index(index).map(|(_, v)| v.clone())
    }

    /// The entry index of an interned name, for caching lookups.
    pub fn index_of_name(&self, key: &super::PyStr) -> Option<usize> {
        let k = StrLookup {
            hash: key.hash(),
            text: key.as_str(),
        };
        self.map.borrow().get_index_of(&k)
    }

    /// Sets a string key.
    pub fn set_str(&self, key: &str, value: Value) {
        let s = super::PyStr::new(key);
        let key = DictKey {
            hash: s.hash(),
            value: Value::Str(std::rc::Rc::new(s)),
        };
        self.map_mut().insert(key, value);
    }

    /// `del d[key]`: the removed value, or `None` when absent (order kept),
    /// for keys of the built-in types (see `Vm::dict_remove`).
    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let key = DictKey::new(key.clone())?;
        Ok(self.map_mut().shift_remove(&key))
    }

    /// The entry whose key is `key` natively (same object, or equal built-in
    /// values). Stored keys with the same hash whose equality needs Python
    /// code (see [`needs_vm_eq`]) are pushed on `pending` for the caller.
    pub fn find(&self, hash: i64, key: &Value, pending: &mut Vec<Value>) -> Option<usize> {
        use indexmap::map::raw_entry_v1::RawEntryApiV1;
        let map = self.map.borrow();
        let h = std::hash::BuildHasher::hash_one(map.hasher(), DictKeyHash(hash));
        let slow_key = needs_vm_eq(key);
        map.raw_entry_v1().index_from_hash(h, |k| {
            if k.hash != hash {
                return false;
            }
            if k.value.is(key) {
                return true;
            }
            if slow_key || needs_vm_eq(&k.value) {
                pending.push(k.value.clone());
                return false;
            }
            keys_equal(&k.value, key)
        })
    }

    /// The entry whose key is the very object `key`.
    pub fn find_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        use indexmap::map::raw_entry_v1::RawEntryApiV1;
        let map = self.map.borrow();
        let h = std::hash::BuildHasher::hash_one(map.hasher(), DictKeyHash(hash));
        map.raw_entry_v1()
            .index_from_hash(h, |k| k.hash == hash && k.value.is(key))
    }

    /// Replaces the value of entry `index`.
    pub fn set_at(&self, index: usize, value: Value) {
        if let Some((_, slot)) = self.map.borrow_mut().get_index_mut(index) {
            *slot = value;
        }
    }

    /// Adds a key known to be absent.
    pub fn insert_new(&self, key: DictKey, value: Value) {
        self.map_mut().insert(key, value);
    }

    /// Removes entry `index` (order kept), returning its value.
    pub fn remove_at(&self, index: usize) -> Option<Value> {
        self.map_mut().shift_remove_index(index).map(|(_, v)| v)
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

    /// A snapshot of the entries with the keys' hashes, in order.
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.hash, k.value.clone(), v.clone()))
            .collect()
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

/// Hashes like a [`DictKey`] with hash `.0`, to find entries by hash.
struct DictKeyHash(i64);

impl Hash for DictKeyHash {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.0);
    }
}

/// True when comparing `value` with an equal-hashed key may run Python code
/// (a user `__eq__`), so lookups must go through the VM.
pub fn needs_vm_eq(value: &Value) -> bool {
    match value {
        Value::Instance(_) => true,
        Value::Tuple(t) => t.items.iter().any(needs_vm_eq),
        _ => false,
    }
}

/// Python's `hash()` of a built-in hashable value.
pub fn hash_value(value: &Value) -> PyResult<i64> {
    Ok(match value {
        // CPython 3.11 hashes None by address; these low bits are those of
        // the reference interpreter's None, so that small sets place it alike.
        Value::None => 0x7f00_0000_5bbe,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash::hash_int(&Int::Small(*i)),
        Value::BigInt(b) => hash::hash_int(&Int::Big((**b).clone())),
        Value::Float(f) => match hash::hash_float(*f) {
            hash::FloatHash::Value(h) => h,
            hash::FloatHash::Identity => value_identity_hash(value),
        },
        Value::Str(s) => s.hash(),
        Value::Complex(c) => {
            let part = |x: f64| match hash::hash_float(x) {
                hash::FloatHash::Value(h) => h,
                hash::FloatHash::Identity => 0,
            };
            let h = part(c.re).wrapping_add(part(c.im).wrapping_mul(1000003));
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Value::Bytes(b) => b.hash(),
        Value::Tuple(t) => {
            let hashes = t
                .items
                .iter()
                .map(hash_value)
                .collect::<PyResult<Vec<i64>>>()?;
            hash::hash_tuple(&hashes)
        }
        Value::FrozenSet(s) => s.table().frozenset_hash(),
        Value::Range(r) => crate::methods::range::hash(r)?,
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::ByteArray(_) => {
            return Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                crate::vm::ops::type_name(value)
            )))
        }
        Value::Instance(i) => crate::vm::class::instance_hash(i)?,
        Value::Native(n) if n.as_any().is::<crate::methods::dict::DictView>() => {
            return Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                crate::vm::ops::type_name(value)
            )))
        }
        _ => value_identity_hash(value),
    })
}

/// CPython's default object hash: the address rotated right by 4 bits.
pub fn value_identity_hash(value: &Value) -> i64 {
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
        (Range(x), Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || x.start == y.start && (lx == 1 || x.step == y.step))
        }
        (FrozenSet(x) | Set(x), FrozenSet(y) | Set(y)) => {
            x.len() == y.len() && x.table().is_subset(&y.table())
        }
        _ => crate::vm::ops::numbers_equal(a, b).unwrap_or(false),
    }
}
