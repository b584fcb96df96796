//! Methods of `dict`, and the dict view objects.

use std::rc::Rc;

use crate::objects::class::types;
use crate::objects::iter::{DictCursor, DictPart, IterState};
use crate::objects::{Args, NativeObject, PyClass, PyDict, PyErr, PyIter, PyResult, Value};
use crate::vm::Vm;

use super::MethodTable;

/// `dict` methods.
pub const METHODS: MethodTable = &[
    ("get", get),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("pop", pop),
    ("setdefault", setdefault),
    ("update", update),
    ("copy", copy),
    ("clear", clear),
    ("fromkeys", fromkeys),
    ("popitem", popitem),
];

fn dict_of(v: &Value) -> &Rc<PyDict> {
    match v {
        Value::Dict(d) => d,
        _ => unreachable!("dict method called on a dict"),
    }
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("get", 2, 3)?;
    Ok(vm
        .dict_get(dict_of(&a[0]), &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

/// A `dict_keys`, `dict_values` or `dict_items` view.
pub struct DictView {
    pub dict: Rc<PyDict>,
    pub part: DictPart,
}

impl DictView {
    fn name(&self) -> &'static str {
        match self.part {
            DictPart::Keys => "dict_keys",
            DictPart::Values => "dict_values",
            DictPart::Items => "dict_items",
        }
    }

    /// A fresh iterator over the view.
    pub fn iter(&self) -> Value {
        PyIter::value(
            match self.part {
                DictPart::Keys => "dict_keyiterator",
                DictPart::Values => "dict_valueiterator",
                DictPart::Items => "dict_itemiterator",
            },
            IterState::Dict(DictCursor::new(self.dict.clone(), self.part)),
        )
    }
}

/// `view.mapping`: a read-only proxy of the view's dict.
pub struct MappingProxy {
    pub dict: Rc<PyDict>,
}

impl NativeObject for MappingProxy {
    fn class(&self) -> Rc<PyClass> {
        types().named("mappingproxy")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let inner = vm.repr(&Value::Dict(self.dict.clone()))?;
        Ok(format!("mappingproxy({inner})"))
    }
}

/// Attributes of dict views (`mapping`).
pub fn view_attr(view: &DictView, name: &str) -> Option<Value> {
    (name == "mapping").then(|| {
        Value::Native(Rc::new(MappingProxy {
            dict: view.dict.clone(),
        }))
    })
}

/// `item in view`: a key lookup for keys and items views, a scan for values.
pub fn view_contains(vm: &mut Vm, view: &DictView, item: &Value) -> PyResult<bool> {
    match view.part {
        DictPart::Keys => Ok(vm.dict_get(&view.dict, item)?.is_some()),
        DictPart::Items => {
            let Value::Tuple(t) = item else {
                return Ok(false);
            };
            let [k, v] = &t.items[..] else {
                return Ok(false);
            };
            match vm.dict_get(&view.dict, k)? {
                Some(found) => Ok(found.is(v) || vm.eq(&found, v)?),
                None => Ok(false),
            }
        }
        DictPart::Values => {
            for found in view.dict.items().into_iter().map(|(_, v)| v) {
                if found.is(item) || vm.eq(&found, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Methods of the keys and items views.
const VIEW_METHODS: MethodTable = &[("isdisjoint", view_isdisjoint)];

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("isdisjoint", 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.contains(&a[0], &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

impl NativeObject for DictView {
    fn class(&self) -> Rc<PyClass> {
        types().named(self.name())
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> MethodTable {
        match self.part {
            DictPart::Values => &[],
            _ => VIEW_METHODS,
        }
    }
    fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let items: Vec<Value> = match self.part {
            DictPart::Keys => self.dict.keys(),
            DictPart::Values => self.dict.items().into_iter().map(|(_, v)| v).collect(),
            DictPart::Items => self
                .dict
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        };
        // A view inside its own dict prints as `...`.
        let id = self as *const DictView as usize;
        let name = self.name();
        vm.repr_guarded_at(id, "...", |vm| {
            Ok(format!("{name}({})", vm.repr(&Value::list(items))?))
        })
    }
}

fn view(args: Args, part: DictPart) -> PyResult<Value> {
    let name = match part {
        DictPart::Keys => "dict.keys",
        DictPart::Values => "dict.values",
        DictPart::Items => "dict.items",
    };
    let a = args.check_method_count(name, 1, 1)?;
    Ok(Value::Native(Rc::new(DictView {
        dict: dict_of(&a[0]).clone(),
        part,
    })))
}

fn keys(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(args, DictPart::Keys)
}

fn values(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(args, DictPart::Values)
}

fn items(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(args, DictPart::Items)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("pop", 2, 3)?;
    match vm.dict_remove(dict_of(&a[0]), &a[1])? {
        Some(v) => Ok(v),
        None => a
            .get(2)
            .cloned()
            .ok_or_else(|| PyErr::key_error(a[1].clone())),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("setdefault", 2, 3)?;
    let d = dict_of(&a[0]);
    if let Some(v) = vm.dict_get(d, &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(d, a[1].clone(), v.clone())?;
    Ok(v)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("update", 1, 2)?;
    let d = dict_of(&a[0]);
    if let Some(src) = a.get(1) {
        update_from(vm, d, src)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(d, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

/// `d.update(src)` and `d |= src`: a dict's items, a mapping's keys (with
/// `keys()` and `[]`), else an iterable of key/value pairs.
pub fn update_from(vm: &mut Vm, d: &PyDict, src: &Value) -> PyResult<()> {
    if let Value::Dict(s) = src {
        for (h, k, v) in s.hashed_items() {
            vm.dict_set_hashed(d, k, v, h)?;
        }
        return Ok(());
    }
    if let Some(Value::Dict(s)) = crate::vm::builtin_subclass::base_value(src) {
        // A dict subclass that keeps dict's iteration is copied as a dict.
        if !crate::vm::class::has_user_attr(&crate::objects::class::class_of(src), "__iter__") {
            for (h, k, v) in s.hashed_items() {
                vm.dict_set_hashed(d, k, v, h)?;
            }
            return Ok(());
        }
    }
    if let Value::Instance(_) = src {
        if let Ok(keys) = vm.get_attr(src, &crate::objects::PyStr::new("keys")) {
            let keys = vm.call_positional(&keys, &[])?;
            let it = vm.get_iter(&keys)?;
            while let Some(k) = vm.iter_next(&it)? {
                let v = vm.get_item(src, &k)?;
                vm.dict_set(d, k, v)?;
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(src)?;
    let mut i = 0;
    while let Some(pair) = vm.iter_next(&it)? {
        if !vm.is_iterable(&pair) {
            return Err(PyErr::type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            )));
        }
        let kv = vm.collect(&pair)?;
        if kv.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
            vm.dict_set(d, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("dict.copy", 1, 1)?;
    let d = PyDict::new();
    *d.map_mut() = dict_of(&a[0]).map().clone();
    Ok(Value::Dict(Rc::new(d)))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("dict.clear", 1, 1)?;
    dict_of(&a[0]).map_mut().clear();
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)` called on the class.
pub fn fromkeys_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("fromkeys", 1, 2)?;
    let d = PyDict::new();
    let v = a.get(1).cloned().unwrap_or(Value::None);
    // Keys from a set or dict keep their stored hashes.
    let stored = match &a[0] {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.entries()),
        Value::Dict(src) => Some(
            src.hashed_items()
                .into_iter()
                .map(|(h, k, _)| (h, k))
                .collect(),
        ),
        _ => None,
    };
    if let Some(entries) = stored {
        for (h, k) in entries {
            vm.dict_set_hashed(&d, k, v.clone(), h)?;
        }
        return Ok(Value::Dict(Rc::new(d)));
    }
    for k in vm.collect(&a[0])? {
        vm.dict_set(&d, k, v.clone())?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    fromkeys_class(vm, Args::positional(pos.get(1..).unwrap_or(&[])))
}

fn popitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("dict.popitem", 1, 1)?;
    let popped = dict_of(&a[0]).map_mut().pop();
    match popped {
        Some((k, v)) => Ok(Value::tuple(vec![k.value().clone(), v])),
        None => Err(PyErr::key_error(Value::str(
            "popitem(): dictionary is empty",
        ))),
    }
}
