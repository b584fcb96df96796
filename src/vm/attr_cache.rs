//! Inline caches for attributes of instances of user classes: how a name
//! resolves on one class (`obj.x`, `obj.method()`, `obj.x = v`), kept per
//! name in each code object, so repeated accesses skip the walk up the MRO.
//!
//! A cache entry is valid while the class is the same and its
//! [`stamp`](PyClass::stamp) is unchanged: no dict on its MRO has gained or
//! lost a key. Values
//! are read from the class dict at the cached position on every use, so a
//! method replaced in place is seen at once.

use std::rc::Rc;

use crate::objects::{PyClass, PyInstance, PyStr, Value};

use super::class::Property;

/// Where a name was found on a class, for loads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Found {
    /// No class on the MRO defines it: only the instance dict can.
    InstanceOnly,
    /// Entry `index` of the dict of the class at MRO position `holder`
    /// (0 is the class itself).
    ClassAttr { holder: usize, index: usize },
    /// Something the general path must handle (`__getattribute__`,
    /// descriptors, `__class__`, ...).
    Slow,
}

/// One cached resolution: the class it is for, its stamp, and the answers
/// for loading and for storing the name.
#[derive(Clone, Copy)]
pub struct AttrCache {
    class: usize,
    stamp: u64,
    load: Found,
    /// Storing goes straight to the instance dict (no `__setattr__`, no
    /// data descriptor, allowed by `__slots__`).
    plain_store: bool,
}

impl Default for AttrCache {
    fn default() -> AttrCache {
        AttrCache {
            class: 0,
            stamp: 0,
            load: Found::Slow,
            plain_store: false,
        }
    }
}

/// The classes whose dicts decide attribute lookup on `class`'s instances.
fn chain(class: &Rc<PyClass>) -> impl Iterator<Item = &Rc<PyClass>> {
    std::iter::once(class).chain(class.mro.iter().filter(|c| c.module != "builtins"))
}

/// What the cache says about loading a name from an instance.
pub enum Load {
    /// The value (from the instance dict, or a class variable).
    Value(Value),
    /// A plain function of the class, not shadowed by the instance dict:
    /// a method to call with the instance.
    Method(Value),
    /// A property getter to call with the instance.
    Getter(Value),
    /// Not answered here: take the general path.
    Slow,
}

/// Resolves `key` on `class` from scratch.
fn resolve(class: &Rc<PyClass>, key: &PyStr) -> AttrCache {
    let name = key.as_str();
    let stamp = class.stamp();
    let mut cache = AttrCache {
        class: Rc::as_ptr(class) as usize,
        stamp,
        load: Found::Slow,
        plain_store: false,
    };
    let special = matches!(name, "__class__" | "__dict__");
    let overridden = |n: &str| chain(class).any(|c| c.dict.get_str(n).is_some());
    if special {
        return cache;
    }
    let found = chain(class)
        .enumerate()
        .find_map(|(holder, c)| c.dict.index_of_name(key).map(|index| (holder, index, c)));
    let data_descriptor = found.as_ref().is_some_and(|(_, index, c)| {
        let v = c.dict.value_at(*index);
        match &v {
            Some(Value::Native(n)) => n.as_any().is::<Property>(),
            Some(Value::Instance(d)) => {
                super::class::lookup(&d.class, "__set__").is_some()
                    || super::class::lookup(&d.class, "__delete__").is_some()
            }
            _ => false,
        }
    });
    // A built-in base with the method itself, before the class that has it,
    // wins (see `class::lookup`): the general path serves it.
    let holder = found.as_ref().map(|(_, _, c)| Rc::as_ptr(c));
    let builtin_first = std::iter::once(class)
        .chain(class.mro.iter())
        .take_while(|c| Some(Rc::as_ptr(c)) != holder)
        .any(|c| {
            super::builtin_subclass::is_subclassable(c)
                && crate::methods::descriptor::type_has_method(c, name)
        });
    if !overridden("__getattribute__") && !builtin_first {
        cache.load = match found {
            None => Found::InstanceOnly,
            Some((holder, index, _)) => Found::ClassAttr { holder, index },
        };
    }
    cache.plain_store =
        !overridden("__setattr__") && !data_descriptor && super::class::slots_allow(class, name);
    cache
}

/// How many classes one name's cache remembers (a loop over objects of a
/// few related classes calling the same method stays cached).
const WAYS: usize = 4;

/// The cache of one name in one code object: its resolution on up to
/// [`WAYS`] classes, replaced in turn.
#[derive(Clone, Copy, Default)]
pub struct AttrSlot {
    entries: [AttrCache; WAYS],
    next: u8,
}

/// The cache entry for `key` on `class`, refreshed if stale.
#[inline]
pub fn entry(slot: &mut AttrSlot, class: &Rc<PyClass>, key: &PyStr) -> AttrCache {
    let ptr = Rc::as_ptr(class) as usize;
    let stamp = class.stamp();
    let way = match slot.entries.iter().position(|e| e.class == ptr) {
        Some(way) if slot.entries[way].stamp == stamp => return slot.entries[way],
        Some(way) => way,
        None => {
            let way = slot.next as usize;
            slot.next = ((way + 1) % WAYS) as u8;
            way
        }
    };
    slot.entries[way] = resolve(class, key);
    slot.entries[way]
}

/// Loads `name` (interned as `key`) from `inst` as the cache entry says.
#[inline]
pub fn load(cache: AttrCache, inst: &PyInstance, key: &PyStr) -> Load {
    match cache.load {
        Found::Slow => Load::Slow,
        Found::InstanceOnly => match inst.dict.get_name(key) {
            Some(v) => Load::Value(v),
            None => Load::Slow,
        },
        Found::ClassAttr { holder, index } => {
            let holder = if holder == 0 {
                &inst.class
            } else {
                match chain(&inst.class).nth(holder) {
                    Some(c) => c,
                    None => return Load::Slow,
                }
            };
            let Some(v) = holder.dict.value_at(index) else {
                return Load::Slow;
            };
            match &v {
                Value::Native(n) => match n.as_any().downcast_ref::<Property>() {
                    Some(p) if !p.fget.is_none() => Load::Getter(p.fget.clone()),
                    _ => Load::Slow,
                },
                Value::Instance(_) => Load::Slow,
                _ => {
                    if let Some(own) = inst.dict.get_name(key) {
                        return Load::Value(own);
                    }
                    match v {
                        Value::Function(_) => Load::Method(v),
                        Value::Int(_)
                        | Value::Float(_)
                        | Value::Bool(_)
                        | Value::None
                        | Value::Str(_)
                        | Value::Tuple(_)
                        | Value::List(_)
                        | Value::Dict(_) => Load::Value(v),
                        _ => Load::Slow,
                    }
                }
            }
        }
    }
}

/// True when storing the name goes straight to the instance dict.
#[inline]
pub fn plain_store(cache: AttrCache) -> bool {
    cache.plain_store
}
