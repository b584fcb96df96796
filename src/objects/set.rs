//! `set` and `frozenset`: an open-addressing hash table laid out exactly as
//! CPython 3.11's `Objects/setobject.c` lays it out, so that iteration order
//! (which is table order) matches CPython's for the same operations.
//!
//! The table starts with 8 slots; a slot is empty, a dummy (a removed key) or
//! active. Probing inspects up to `LINEAR_PROBES` consecutive slots before
//! jumping with `i = i * 5 + 1 + (perturb >>= PERTURB_SHIFT)`. The table grows
//! when `fill * 5 >= mask * 3`. [`SetTable`] holds the algorithm; [`PySet`]
//! is the shared, mutable object the VM works with.

use std::cell::{Ref, RefCell, RefMut};

use super::dict::{hash_value, keys_equal, needs_vm_eq};
use super::{PyErr, PyResult, Value};

/// Number of slots of a new (or cleared) table.
const MINSIZE: usize = 8;
/// Consecutive slots inspected before jumping elsewhere.
const LINEAR_PROBES: usize = 9;
/// How fast the high bits of the hash enter the probe sequence.
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone)]
enum Slot {
    Empty,
    /// A removed key: probing continues past it; `add` may reuse it.
    Dummy,
    Active(i64, Value),
}

/// The hash table behind a set: slots, `fill` (active + dummy slots), `used`
/// (active slots), `finger` (where `pop` resumes) and `user` (keys whose
/// equality may run Python code, see `needs_vm_eq`).
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    user: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

/// The first slot index and the step for one hash (`i` wraps with `mask`).
fn next_index(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// `set_insert_clean`: puts a key known to be absent into a table without dummies.
fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = slots[i..=i + probes]
            .iter_mut()
            .find(|s| matches!(s, Slot::Empty))
        {
            *slot = Slot::Active(hash, key);
            return;
        }
        i = next_index(i, &mut perturb, mask);
    }
}

impl SetTable {
    /// An empty table of 8 slots.
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            user: 0,
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when there are no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The keys with their hashes, in table (iteration) order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The first key at slot `pos` or later, with the slot after it (`set_next`).
    pub fn next_from(&self, pos: usize) -> Option<(Value, usize)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active(_, k) => Some((k.clone(), i + 1)),
                _ => None,
            })
    }

    /// The slot holding `key`, if present (`set_lookkey`).
    fn find(&self, hash: i64, key: &Value) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Active(h, k) if *h == hash && keys_equal(k, key) => return Some(j),
                    _ => {}
                }
            }
            i = next_index(i, &mut perturb, mask);
        }
    }

    /// As `find`, for lookups that may need Python code: stored keys with
    /// the same hash whose equality needs the VM (see `needs_vm_eq`) are
    /// pushed on `pending` with their slot, in probe order.
    pub fn find_native(
        &self,
        hash: i64,
        key: &Value,
        pending: &mut Vec<(usize, Value)>,
    ) -> Option<usize> {
        let slow_key = needs_vm_eq(key);
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Active(h, k) if *h == hash => {
                        if k.is(key) {
                            return Some(j);
                        }
                        if slow_key || needs_vm_eq(k) {
                            pending.push((j, k.clone()));
                        } else if keys_equal(k, key) {
                            return Some(j);
                        }
                    }
                    _ => {}
                }
            }
            i = next_index(i, &mut perturb, mask);
        }
    }

    /// True when slot `slot` still holds the very object `key`.
    pub fn holds(&self, slot: usize, key: &Value) -> bool {
        matches!(self.slots.get(slot), Some(Slot::Active(_, k)) if k.is(key))
    }

    /// True when some key's equality may run Python code.
    pub fn has_user_keys(&self) -> bool {
        self.user > 0
    }

    /// Removes the key at `slot` (found by a lookup), leaving a dummy.
    pub fn discard_slot(&mut self, slot: usize) -> Option<Value> {
        if !matches!(self.slots.get(slot), Some(Slot::Active(..))) {
            return None;
        }
        self.used -= 1;
        match std::mem::replace(&mut self.slots[slot], Slot::Dummy) {
            Slot::Active(_, k) => {
                if needs_vm_eq(&k) {
                    self.user -= 1;
                }
                Some(k)
            }
            _ => None,
        }
    }

    /// True when `key` (with hash `hash`) is in the table.
    pub fn contains(&self, hash: i64, key: &Value) -> bool {
        self.find(hash, key).is_some()
    }

    /// Adds a key (`set_add_entry`): the last dummy on the probe path up to
    /// the first empty slot is reused, else that empty slot, after which the
    /// table may grow (CPython 3.11 keeps the last dummy it saw).
    /// Returns false when an equal key was already present (it is kept).
    pub fn add(&mut self, hash: i64, key: Value) -> bool {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        let mut freeslot = None;
        let empty = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => break 'search j,
                    Slot::Active(h, k) => {
                        if *h == hash && keys_equal(k, &key) {
                            return false;
                        }
                    }
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            i = next_index(i, &mut perturb, mask);
        };
        self.used += 1;
        if needs_vm_eq(&key) {
            self.user += 1;
        }
        if let Some(j) = freeslot {
            self.slots[j] = Slot::Active(hash, key);
            return true;
        }
        self.slots[empty] = Slot::Active(hash, key);
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(self.growth_target());
        }
        true
    }

    /// The `minused` CPython passes when growing or compacting.
    fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_table_resize`: rebuilds the table with the smallest power of two
    /// greater than `minused` slots (at least 8), dropping dummies.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                insert_clean(&mut self.slots, h, k);
            }
        }
    }

    /// The one big resize `set_update_internal` does before adding `extra`
    /// keys from a dict (and `set_merge` before merging a set).
    pub fn presize(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Removes `key`, leaving a dummy; returns the removed key (`set_discard_entry`).
    pub fn discard(&mut self, hash: i64, key: &Value) -> Option<Value> {
        let j = self.find(hash, key)?;
        self.discard_slot(j)
    }

    /// After removals by `difference_update`: resizes when more than a
    /// quarter of the slots are dummies.
    pub fn compact(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// Empties the table back to 8 slots (the pop finger is kept, as in CPython).
    pub fn clear(&mut self) {
        self.slots = vec![Slot::Empty; MINSIZE];
        self.fill = 0;
        self.used = 0;
        self.user = 0;
    }

    /// `set.pop()`: the first key at or after the finger, wrapping around.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.discard_slot(i)
    }

    /// `set_merge`: adds every key of `other` (which must not be `self`).
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        self.presize(other.used);
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            self.user = other.user;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            self.user = other.user;
            for (h, k) in other.iter() {
                insert_clean(&mut self.slots, h, k.clone());
            }
            return;
        }
        for (h, k) in other.iter() {
            self.add(h, k.clone());
        }
    }

    /// A copy, as `set.copy()` makes it (a merge into an empty table).
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        t.merge(self);
        t
    }

    /// Takes the keys, fill and size of `other`, keeping the pop finger
    /// (`set_swap_bodies`, used by `&=` and `intersection_update`).
    pub fn replace_body(&mut self, other: SetTable) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
        self.user = other.user;
    }

    /// `set_intersection` of two sets: iterates the smaller (the second on a
    /// tie) and keeps its keys that the other contains.
    pub fn intersection(&self, other: &SetTable) -> SetTable {
        let (big, small) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = SetTable::new();
        for (h, k) in small.iter() {
            if big.contains(h, k) {
                result.add(h, k.clone());
            }
        }
        result
    }

    /// `set_difference` with a set: copies and removes when `self` is more
    /// than four times bigger, else adds the keys `other` lacks to a new table.
    pub fn difference(&self, other: &SetTable) -> SetTable {
        if (self.len() >> 2) > other.len() {
            let mut result = self.copy();
            result.difference_update(other);
            return result;
        }
        let mut result = SetTable::new();
        for (h, k) in self.iter() {
            if !other.contains(h, k) {
                result.add(h, k.clone());
            }
        }
        result
    }

    /// `set_difference_update_internal` with another set (not `self`).
    pub fn difference_update(&mut self, other: &SetTable) {
        if (other.len() >> 3) > self.len() {
            let common = self.intersection(other);
            for (h, k) in common.iter() {
                self.discard(h, k);
            }
        } else {
            for (h, k) in other.iter() {
                self.discard(h, k);
            }
        }
        self.compact();
    }

    /// `set_symmetric_difference_update` with another set (not `self`):
    /// in `other`'s order, removes the keys present and adds the others.
    pub fn symmetric_difference_update(&mut self, other: &SetTable) {
        for (h, k) in other.iter() {
            if self.discard(h, k).is_none() {
                self.add(h, k.clone());
            }
        }
    }

    /// True when every key of `self` is in `other`.
    pub fn is_subset(&self, other: &SetTable) -> bool {
        self.len() <= other.len() && self.iter().all(|(h, k)| other.contains(h, k))
    }

    /// CPython 3.11's `frozenset_hash`: independent of the table layout.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        }
    }
}

/// A `set` or `frozenset` (the `Value` variant tells which).
#[derive(Default)]
pub struct PySet {
    table: RefCell<SetTable>,
}

impl PySet {
    /// An empty set.
    pub fn new() -> PySet {
        PySet::default()
    }

    /// A set owning `table`.
    pub fn from_table(table: SetTable) -> PySet {
        PySet {
            table: RefCell::new(table),
        }
    }

    /// Read access to the table (do not hold it across calls into the VM).
    pub fn table(&self) -> Ref<'_, SetTable> {
        self.table.borrow()
    }

    /// Write access to the table (do not hold it across calls into the VM).
    pub fn table_mut(&self) -> RefMut<'_, SetTable> {
        self.table.borrow_mut()
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.table.borrow().is_empty()
    }

    /// `s.add(value)` for members of the built-in types (the VM's
    /// `set_add` also runs user `__hash__` and `__eq__`).
    pub fn add(&self, value: Value) -> PyResult<()> {
        let hash = hash_value(&value)?;
        self.table.borrow_mut().add(hash, value);
        Ok(())
    }

    /// A snapshot of the elements with their hashes, in iteration order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|(h, k)| (h, k.clone()))
            .collect()
    }

    /// A snapshot of the elements, in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|(_, k)| k.clone()).collect()
    }
}

/// `KeyError: 'pop from an empty set'`.
pub fn pop_empty_error() -> PyErr {
    PyErr::key_error(Value::str("pop from an empty set"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(keys: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &k in keys {
            t.add(
                hash_value(&Value::Int(k)).ok().expect("int hash"),
                Value::Int(k),
            );
        }
        t
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|(_, k)| match k {
                Value::Int(i) => *i,
                _ => panic!("int keys"),
            })
            .collect()
    }

    fn remove(t: &mut SetTable, k: i64) {
        t.discard(
            hash_value(&Value::Int(k)).ok().expect("int hash"),
            &Value::Int(k),
        );
    }

    // Expected orders below were printed by CPython 3.11.

    #[test]
    fn small_ints_iterate_by_slot() {
        assert_eq!(order(&build(&[3, 1, 2])), vec![1, 2, 3]);
        // 8 slots leave no room for linear probes: 1 collides with 9 and jumps to slot 6.
        assert_eq!(order(&build(&[9, 1, 2])), vec![9, 2, 1]);
    }

    #[test]
    fn growth_rehashes_in_table_order() {
        // {100, 7, 33, 64, 5}: grows to 32 slots at the fifth key.
        assert_eq!(order(&build(&[100, 7, 33, 64, 5])), vec![64, 33, 100, 5, 7]);
        assert_eq!(order(&build(&[-1, -2, 0, 1])), vec![0, 1, -1, -2]);
    }

    #[test]
    fn dummy_slots_are_reused() {
        // s = {1, 9}; s.remove(1); s.add(17) -> {17, 9}
        let mut t = build(&[1, 9]);
        remove(&mut t, 1);
        t.add(17, Value::Int(17));
        assert_eq!(order(&t), vec![17, 9]);
    }

    #[test]
    fn the_last_dummy_on_the_path_is_reused() {
        // 32 slots: 43 probes past 11 and 12 to slot 13; removing 11 and 43
        // leaves dummies at 11 and 13, and 75 (slot 11) lands on 13.
        let mut t = build(&[0, 1, 2, 3, 11, 12, 43]);
        remove(&mut t, 11);
        remove(&mut t, 43);
        t.add(75, Value::Int(75));
        assert_eq!(order(&t), vec![0, 1, 2, 3, 12, 75]);
    }

    #[test]
    fn copy_merges_into_a_fresh_table() {
        // s = {1, 2, 3, 4, 16} added one by one has 32 slots; its copy 16.
        let t = build(&[1, 2, 3, 4, 16]);
        assert_eq!(order(&t), vec![1, 2, 3, 4, 16]);
        assert_eq!(order(&t.copy()), vec![16, 1, 2, 3, 4]);
    }

    #[test]
    fn pop_uses_the_finger() {
        // s = {5, 6, 7}; s.pop(), s.add(0), s.pop() -> 5, 6
        let mut t = build(&[5, 6, 7]);
        assert!(matches!(t.pop(), Some(Value::Int(5))));
        t.add(0, Value::Int(0));
        assert!(matches!(t.pop(), Some(Value::Int(6))));
        assert_eq!(order(&t), vec![0, 7]);
    }

    #[test]
    fn frozenset_hashes_match_cpython() {
        assert_eq!(SetTable::new().frozenset_hash(), 133146708735736);
        assert_eq!(build(&[1, 2, 3]).frozenset_hash(), -272375401224217160);
    }
}
