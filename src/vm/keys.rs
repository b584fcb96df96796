//! Hashing and key lookup for dicts and sets when keys may run Python code.
//!
//! As in CPython, a lookup first compares identity, then the hash, then
//! calls `__eq__` (stored key first); a user `__hash__` is called once per
//! operation. Exceptions from either propagate. When an `__eq__` changes the
//! table it looks into, the lookup starts again. Keys of the built-in types
//! never reach Python code, so int and str keys keep the native fast path.

use crate::numeric::hash_tuple;
use crate::objects::dict::{hash_value, needs_vm_eq, DictKey};
use crate::objects::{PyDict, PyResult, PySet, Value};

use super::Vm;

impl Vm {
    /// `hash(v)`, calling a user `__hash__` (also for instances in tuples).
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Instance(_) => self.user_hash(v),
            Value::Tuple(t) if t.items.iter().any(needs_vm_eq) => {
                let mut hashes = Vec::with_capacity(t.items.len());
                for item in t.items.iter() {
                    hashes.push(self.hash(item)?);
                }
                Ok(hash_tuple(&hashes))
            }
            _ => hash_value(v),
        }
    }

    /// The entry of `d` whose key equals `key` (of hash `hash`).
    pub fn dict_index(&mut self, d: &PyDict, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let mut pending = Vec::new();
            if let Some(i) = d.find(hash, key, &mut pending) {
                return Ok(Some(i));
            }
            for stored in pending {
                let version = d.version();
                let equal = self.eq(&stored, key)?;
                if d.version() != version {
                    continue 'restart;
                }
                if equal {
                    match d.find_identical(hash, &stored) {
                        Some(i) => return Ok(Some(i)),
                        None => continue 'restart,
                    }
                }
            }
            return Ok(None);
        }
    }

    /// `d[key]`, or `None` when absent.
    pub fn dict_get(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        Ok(match self.dict_index(d, key, hash)? {
            Some(i) => d.value_at(i),
            None => None,
        })
    }

    /// `d[key] = value` (an equal key already present is kept).
    pub fn dict_set(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.dict_set_hashed(d, key, value, hash)
    }

    /// `d[key] = value` for a key whose hash is known (copying entries
    /// from another dict or set: CPython does not call `__hash__` again).
    pub fn dict_set_hashed(
        &mut self,
        d: &PyDict,
        key: Value,
        value: Value,
        hash: i64,
    ) -> PyResult<()> {
        match self.dict_index(d, &key, hash)? {
            Some(i) => d.set_at(i, value),
            None => d.insert_new(DictKey::with_hash(hash, key), value),
        }
        Ok(())
    }

    /// Removes `key` from `d`, returning its value (`None` when absent).
    pub fn dict_remove(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        Ok(match self.dict_index(d, key, hash)? {
            Some(i) => d.remove_at(i),
            None => None,
        })
    }

    /// The hash a set lookup uses: a `set` operand is looked up as the
    /// equal `frozenset`, as `set_contains`, `remove` and `discard` do.
    pub fn set_lookup_hash(&mut self, key: &Value) -> PyResult<i64> {
        match key {
            Value::Set(s) => Ok(s.table().frozenset_hash()),
            _ => self.hash(key),
        }
    }

    /// The slot of `s` holding a key equal to `key` (of hash `hash`).
    fn set_slot(&mut self, s: &PySet, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let mut pending = Vec::new();
            if let Some(j) = s.table().find_native(hash, key, &mut pending) {
                return Ok(Some(j));
            }
            for (slot, stored) in pending {
                if !s.table().holds(slot, &stored) {
                    continue 'restart;
                }
                let equal = self.eq(&stored, key)?;
                if !s.table().holds(slot, &stored) {
                    continue 'restart;
                }
                if equal {
                    return Ok(Some(slot));
                }
            }
            return Ok(None);
        }
    }

    /// `key in s`.
    pub fn set_contains(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let hash = self.set_lookup_hash(key)?;
        self.set_contains_hashed(s, key, hash)
    }

    /// `key in s` for a key whose hash is known (a member of another set:
    /// CPython reuses stored hashes rather than calling `__hash__` again).
    pub fn set_contains_hashed(&mut self, s: &PySet, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.set_slot(s, key, hash)?.is_some())
    }

    /// `s.add(key)`: false when an equal key was already there.
    pub fn set_add(&mut self, s: &PySet, key: Value) -> PyResult<bool> {
        let hash = self.hash(&key)?;
        self.set_add_hashed(s, key, hash)
    }

    /// `s.add(key)` for a key whose hash is known.
    pub fn set_add_hashed(&mut self, s: &PySet, key: Value, hash: i64) -> PyResult<bool> {
        if self.set_slot(s, &key, hash)?.is_some() {
            return Ok(false);
        }
        Ok(s.table_mut().add(hash, key))
    }

    /// `s.discard(key)`: the removed key, `None` when absent.
    pub fn set_discard(&mut self, s: &PySet, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.set_lookup_hash(key)?;
        self.set_discard_hashed(s, key, hash)
    }

    /// `s.discard(key)` for a key whose hash is known.
    pub fn set_discard_hashed(
        &mut self,
        s: &PySet,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        Ok(match self.set_slot(s, key, hash)? {
            Some(slot) => s.table_mut().discard_slot(slot),
            None => None,
        })
    }

    /// A set of `items`, added one by one left to right (a `{a, b}` display).
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<PySet> {
        let set = PySet::new();
        for item in items {
            self.set_add(&set, item)?;
        }
        Ok(set)
    }
}
