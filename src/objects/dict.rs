//! `dict`: an insertion-ordered hash table keyed by hashable values, with
//! Python's hashing and equality between keys (`1 == 1.0 == True`). Sets
//! live in `set.rs`.

use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::IndexMap;

use super::{PyErr, PyResult, Value};

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

/// Python's `hash()` of a built-in hashable value.
pub fn hash_value(value: &Value) -> PyResult<i64> {
    Ok(match value {
        // CPython 3.11 hashes None by address; these low bits are those of
        // the reference interpreter's None, so that small sets place it alike.
        Value::None => 0x7f00_0000_5bbe,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => match hash_float(*f) {
            Some(h) => h,
            None => value_identity_hash(value),
        },
        Value::Str(s) => s.hash(),
        Value::Tuple(t) => {
            let hashes = t
                .items
                .iter()
                .map(hash_value)
                .collect::<PyResult<Vec<i64>>>()?;
            hash_tuple(&hashes)
        }
        Value::FrozenSet(s) => s.table().frozenset_hash(),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
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
        (Tuple(x), Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| keys_equal(p, q))
        }
        (FrozenSet(x) | Set(x), FrozenSet(y) | Set(y)) => {
            x.len() == y.len() && x.table().is_subset(&y.table())
        }
        _ => crate::vm::ops::numbers_equal(a, b).unwrap_or(false),
    }
}

const MODULUS: i64 = (1 << 61) - 1;

fn hash_i64(i: i64) -> i64 {
    let h = (i.unsigned_abs() % MODULUS as u64) as i64;
    let h = if i < 0 { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash_bigint(b: &num_bigint::BigInt) -> i64 {
    use num_traits::ToPrimitive;
    let m = num_bigint::BigInt::from(MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let h = if b.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash_float(f: f64) -> Option<i64> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { 314159 } else { -314159 });
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return Some(hash_i64(f as i64));
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS as u64) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS as u64 {
            x -= MODULUS as u64;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS as u64) | (x >> (61 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    Some(if h == -1 { -2 } else { h })
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn hash_tuple(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(hashes.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}
