//! Classes defined in Python: `__build_class__`, `type(name, bases, ns)`,
//! the C3 method resolution order, instance creation (`__new__` then
//! `__init__`), attribute lookup with descriptors and bound methods,
//! `super`, `property`, `staticmethod` and `classmethod`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::class::{class_of, types};
use crate::objects::{
    Args, BuiltinFn, ExcKind, NativeObject, PyClass, PyDict, PyErr, PyException, PyInstance,
    PyMethod, PyResult, PyStr, Value,
};

use super::ops::type_name;
use super::Vm;

/// True for classes made by a `class` statement or `type()`.
#[inline]
pub fn is_user_class(c: &PyClass) -> bool {
    c.is_user
}

/// What calling `class` does when it is the common case — a user class
/// with no metaclass, no `__new__` of its own, not an exception, built-in
/// subclass or abstract class: a new instance, then its `__init__` function
/// (`Value::None` when it has none). `None` when the call needs the general
/// path. Cached on the class until its MRO dicts change.
pub fn simple_init(class: &Rc<PyClass>) -> Option<Value> {
    let stamp = class.stamp();
    if let Some((s, plan)) = &*class.call_cache.borrow() {
        if *s == stamp {
            return plan.clone();
        }
    }
    let t = types();
    let simple = class.is_user
        && class.metaclass.is_none()
        && lookup(class, "__new__").is_none()
        && !class.is_subclass(t.exception(ExcKind::BaseException))
        && !class.is_subclass(&t.type_)
        && super::builtin_subclass::data_base(class).is_none()
        && abstract_error(class).is_none();
    let plan = match lookup(class, "__init__") {
        _ if !simple => None,
        Some(f @ Value::Function(_)) => Some(f),
        Some(_) => None,
        None => Some(Value::None),
    };
    *class.call_cache.borrow_mut() = Some((stamp, plan.clone()));
    plan
}

/// `name` in the dicts of `class` and the classes of its MRO defined in
/// Python. (The dicts of built-in types hold only the class-level helpers
/// such as `str.maketrans`; what a subclass inherits from a built-in type
/// is found through `vm::builtin_subclass`.)
///
/// A built-in data type on the MRO (`int` in `class I(int, Mixin)`) that
/// has the method itself ends the search: its method, reached through the
/// value the instance carries, comes before those of later classes.
pub fn lookup(class: &Rc<PyClass>, name: &str) -> Option<Value> {
    if let Some(v) = class.dict.get_str(name) {
        return Some(v);
    }
    for c in class.mro.iter() {
        if c.module == "builtins" {
            if super::builtin_subclass::is_subclassable(c)
                && crate::methods::descriptor::type_has_method(c, name)
            {
                return None;
            }
            continue;
        }
        if let Some(v) = c.dict.get_str(name) {
            return Some(v);
        }
    }
    None
}

/// `hash()` of an instance as far as it is known without running Python code:
/// unhashable when `__hash__` is None, else the identity hash (a user
/// `__hash__` is only called by `hash()`; dict and set keys use identity).
pub fn instance_hash(inst: &PyInstance) -> PyResult<i64> {
    match lookup(&inst.class, "__hash__") {
        Some(Value::None) => Err(PyErr::type_error(format!(
            "unhashable type: '{}'",
            inst.class.tp_name()
        ))),
        _ => Ok((inst as *const PyInstance as u64).rotate_right(4) as i64),
    }
}

/// True when a user class in the MRO of `class` defines `name`.
pub fn has_user_attr(class: &Rc<PyClass>, name: &str) -> bool {
    lookup(class, name).is_some()
}

/// `issubclass(class, abc)` once the MRO test failed, for the classes of
/// `collections.abc` (CPython's `ABCMeta.__subclasscheck__`): asks the
/// `_abc_subclasscheck` function those classes carry (snippy's classes have
/// no metaclass to hold the hook).
pub fn abc_subclass_check(vm: &mut Vm, abc: &Rc<PyClass>, class: &Rc<PyClass>) -> PyResult<bool> {
    if !is_user_class(abc) {
        return Ok(false);
    }
    let Some(check) = lookup(abc, "_abc_subclasscheck") else {
        return Ok(false);
    };
    let r = vm.call_positional(
        &check,
        &[Value::Class(abc.clone()), Value::Class(class.clone())],
    )?;
    vm.is_true(&r)
}

/// The TypeError for calling a class whose `__abstractmethods__` is not
/// empty, as `object.__new__` raises it.
fn abstract_error(class: &PyClass) -> Option<PyErr> {
    let Some(Value::FrozenSet(methods)) = class.dict.get_str("__abstractmethods__") else {
        return None;
    };
    let mut names: Vec<String> = methods
        .table()
        .iter()
        .filter_map(|(_, v)| str_value(v))
        .collect();
    if names.is_empty() {
        return None;
    }
    names.sort();
    Some(PyErr::type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        class.name,
        if names.len() > 1 { "s" } else { "" },
        names.join(", ")
    )))
}

/// A `property` object.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name, from `__set_name__`.
    pub name: RefCell<Option<String>>,
}

/// A `staticmethod` or `classmethod` wrapper.
pub struct MethodWrapper {
    pub func: Value,
    pub is_class: bool,
}

/// A `super` object.
pub struct Super {
    /// The class whose MRO successors are searched.
    pub this: Rc<PyClass>,
    /// The bound object (an instance, or a class for class methods).
    pub obj: Value,
    pub obj_type: Rc<PyClass>,
}

impl NativeObject for Property {
    fn class(&self) -> Rc<PyClass> {
        types().named("property")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> crate::methods::MethodTable {
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
        ]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok(format!(
            "<property object at {:#x}>",
            self as *const _ as usize
        ))
    }
}

impl NativeObject for MethodWrapper {
    fn class(&self) -> Rc<PyClass> {
        types().named(if self.is_class {
            "classmethod"
        } else {
            "staticmethod"
        })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let kind = if self.is_class {
            "classmethod"
        } else {
            "staticmethod"
        };
        Ok(format!("<{kind}({})>", vm.repr(&self.func)?))
    }
}

impl NativeObject for Super {
    fn class(&self) -> Rc<PyClass> {
        types().named("super")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let obj = vm.repr(&self.obj)?;
        Ok(format!("<super: {}, {obj}>", self.this.repr()))
    }
}

fn native<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

fn builtin_fn(name: &'static str, func: BuiltinFn) -> Value {
    crate::stdlib::builtins::builtin(name, func)
}

/// Registers `__build_class__`, `super`, `property`, `staticmethod`, `classmethod`.
pub fn install(builtins: &PyDict) {
    let t = types();
    builtins.set_str(
        "__build_class__",
        builtin_fn("__build_class__", build_class),
    );
    for name in ["super", "property", "staticmethod", "classmethod"] {
        builtins.set_str(name, Value::Class(t.named(name)));
    }
}

/// Calls of the classes this module implements; `None` for other classes.
pub fn construct(vm: &mut Vm, class: &Rc<PyClass>, args: Args) -> Option<PyResult<Value>> {
    if let Some(call) = class.metaclass.as_ref().and_then(|m| lookup(m, "__call__")) {
        let meta = class_of(&Value::Class(class.clone()));
        let f = bind(&call, Some(Value::Class(class.clone())), &meta);
        return Some(vm.call(&f, args));
    }
    if is_user_class(class) {
        return Some(vm.instantiate(class, args));
    }
    if class.module != "builtins" {
        return None;
    }
    Some(match class.name.as_str() {
        "object" => match args.check_count("object", 0, 0) {
            Ok(_) => Ok(Value::Instance(PyInstance::new(types().object.clone()))),
            Err(_) => Err(PyErr::type_error("object() takes no arguments")),
        },
        "type" if args.pos().len() == 3 => type_new(vm, args),
        "super" => super_new(args),
        "property" => property_new(args),
        "staticmethod" | "classmethod" => {
            let is_class = class.name == "classmethod";
            args.check_count(&class.name, 1, 1).map(|a| {
                Value::Native(Rc::new(MethodWrapper {
                    func: a[0].clone(),
                    is_class,
                }))
            })
        }
        _ => return None,
    })
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(Value::Function(func)), Some(Value::Str(name))) = (pos.first(), pos.get(1)) else {
        return Err(PyErr::type_error(
            "__build_class__: func must be a function",
        ));
    };
    let mut kwargs = Vec::new();
    let mut explicit = None;
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            explicit = Some(v.clone());
        } else {
            kwargs.push((k, v.clone()));
        }
    }
    let orig_bases = &pos[2..];
    let resolved = crate::stdlib::types::resolve_bases(vm, orig_bases)?;
    let base_values = resolved.as_deref().unwrap_or(orig_bases);
    let bases = class_bases(base_values)?;
    let meta = match explicit {
        Some(Value::Class(m)) => Some(most_derived_metaclass(m, &bases)?),
        // Any other callable is called with the class's parts.
        Some(callable) => {
            return build_with_callable(vm, &callable, func, name, base_values, &kwargs)
        }
        None if bases.is_empty() => None,
        None => Some(most_derived_metaclass(types().type_.clone(), &bases)?),
    };
    let meta = meta.filter(|m| !Rc::ptr_eq(m, &types().type_));
    let ns = match &meta {
        Some(m) => prepare_namespace(vm, m, name, base_values, &kwargs)?,
        None => Rc::new(PyDict::new()),
    };
    let cell = run_class_body(vm, func, &ns)?;
    if resolved.is_some() {
        ns.set_str("__orig_bases__", Value::tuple(orig_bases.to_vec()));
    }
    let class = match meta {
        None => Value::Class(vm.new_class(name.as_str(), bases, &ns, &kwargs, None)?),
        Some(m) => {
            let mut values = vec![
                Value::Str(name.clone()),
                Value::tuple(base_values.to_vec()),
                Value::Dict(ns),
            ];
            call_with_kwargs(vm, &Value::Class(m), &mut values, &kwargs)?
        }
    };
    if let Some(cell) = cell {
        *cell.value.borrow_mut() = Some(class.clone());
    }
    Ok(class)
}

/// Runs a class body into `ns`; returns the body's `__class__` cell, which
/// the caller fills with the finished class (for zero-argument `super()`).
fn run_class_body(
    vm: &mut Vm,
    func: &Rc<crate::objects::PyFunction>,
    ns: &Rc<PyDict>,
) -> PyResult<Option<Rc<crate::objects::PyCell>>> {
    let mut frame = vm.function_frame(func, Args::positional(&[]))?;
    let cell = func
        .code
        .cellvars
        .iter()
        .position(|n| n.as_str() == "__class__")
        .map(|i| frame.cells[i].clone());
    frame.names = Some(ns.clone());
    vm.run_frame(frame)?;
    Ok(cell)
}

/// Calls `callable(*values, **kwargs)`.
fn call_with_kwargs(
    vm: &mut Vm,
    callable: &Value,
    values: &mut Vec<Value>,
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    let names: Vec<Value> = kwargs.iter().map(|(k, _)| Value::str(k)).collect();
    values.extend(kwargs.iter().map(|(_, v)| v.clone()));
    let kwnames = crate::objects::PyTuple {
        items: names.into_boxed_slice(),
    };
    vm.call(
        callable,
        Args {
            values,
            kwnames: (!kwargs.is_empty()).then_some(&kwnames),
        },
    )
}

/// `class C(metaclass=f)` with a function `f`: the body runs in a plain
/// dict and `f(name, bases, ns, **kwargs)` makes the result.
fn build_with_callable(
    vm: &mut Vm,
    callable: &Value,
    func: &Rc<crate::objects::PyFunction>,
    name: &Rc<PyStr>,
    bases: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    let ns = Rc::new(PyDict::new());
    let cell = run_class_body(vm, func, &ns)?;
    let mut values = vec![
        Value::Str(name.clone()),
        Value::tuple(bases.to_vec()),
        Value::Dict(ns),
    ];
    let class = call_with_kwargs(vm, callable, &mut values, kwargs)?;
    if let Some(cell) = cell {
        *cell.value.borrow_mut() = Some(class.clone());
    }
    Ok(class)
}

/// The namespace a class body runs in: `meta.__prepare__(name, bases,
/// **kwargs)` when the metaclass defines it, else a new dict.
fn prepare_namespace(
    vm: &mut Vm,
    meta: &Rc<PyClass>,
    name: &Rc<PyStr>,
    bases: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Rc<PyDict>> {
    let Some(prepare) = lookup(meta, "__prepare__") else {
        return Ok(Rc::new(PyDict::new()));
    };
    let prepare = bind(&prepare, None, meta);
    let mut values = vec![Value::Str(name.clone()), Value::tuple(bases.to_vec())];
    match call_with_kwargs(vm, &prepare, &mut values, kwargs)? {
        Value::Dict(d) => Ok(d),
        other => Err(PyErr::type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            meta.name,
            type_name(&other)
        ))),
    }
}

/// The metaclass of a class with `bases` and requested metaclass `meta`:
/// the most derived of them all, as `type.__new__` picks it.
fn most_derived_metaclass(meta: Rc<PyClass>, bases: &[Rc<PyClass>]) -> PyResult<Rc<PyClass>> {
    let mut winner = meta;
    for base in bases {
        let base_meta = class_of(&Value::Class(base.clone()));
        if winner.is_subclass(&base_meta) {
            continue;
        }
        if base_meta.is_subclass(&winner) {
            winner = base_meta;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

fn class_bases(values: &[Value]) -> PyResult<Vec<Rc<PyClass>>> {
    let t = types();
    let mut bases = Vec::new();
    for b in values {
        let Value::Class(c) = b else {
            return Err(PyErr::type_error("bases must be types"));
        };
        let exc = c.is_subclass(t.exception(ExcKind::BaseException));
        let plain = Rc::ptr_eq(c, &t.object)
            || Rc::ptr_eq(c, &t.type_)
            || super::builtin_subclass::is_subclassable(c);
        if !is_user_class(c) && !exc && !plain {
            if matches!(
                c.name.as_str(),
                "bool" | "NoneType" | "range" | "slice" | "function"
            ) {
                return Err(PyErr::type_error(format!(
                    "type '{}' is not an acceptable base type",
                    c.name
                )));
            }
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                format!("snippy does not support subclassing '{}' yet", c.name),
            ));
        }
        bases.push(c.clone());
    }
    Ok(bases)
}

/// `type(name, bases, ns)`.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_class(vm, types().type_.clone(), args.pos(), &[])
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`: a class whose
/// metaclass is the most derived of `meta` and its bases' metaclasses.
fn make_class(
    vm: &mut Vm,
    meta: Rc<PyClass>,
    a: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            a.len()
        )));
    }
    let Value::Str(name) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_name(&a[0])
        )));
    };
    let Value::Tuple(bases) = &a[1] else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_name(&a[1])
        )));
    };
    let Value::Dict(d) = &a[2] else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_name(&a[2])
        )));
    };
    let bases = class_bases(&bases.items)?;
    let meta = most_derived_metaclass(meta, &bases)?;
    let meta = (!Rc::ptr_eq(&meta, &types().type_)).then_some(meta);
    let ns = Rc::new(PyDict::new());
    for (k, v) in d.items() {
        ns.set(k, v)?;
    }
    if ns.get_str("__module__").is_none() {
        let module = vm
            .frames
            .last()
            .and_then(|f| f.globals.get_str("__name__"))
            .unwrap_or_else(|| Value::str("__main__"));
        ns.set_str("__module__", module);
    }
    Ok(Value::Class(vm.new_class(
        name.as_str(),
        bases,
        &ns,
        kwargs,
        meta,
    )?))
}

/// C3 linearization of `bases` (the MRO after the new class itself).
fn c3_mro(bases: &[Rc<PyClass>]) -> PyResult<Vec<Rc<PyClass>>> {
    let mut seqs: Vec<Vec<Rc<PyClass>>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(b.mro.iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))));
        let Some(c) = candidate else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                if !names.contains(&s[0].name) {
                    names.push(s[0].name.clone());
                }
            }
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

impl Vm {
    /// Creates a class from its namespace: MRO, implicit class/static methods,
    /// `__set_name__`, and the parent's `__init_subclass__`. `metaclass` is
    /// the class's class when it is not `type`.
    pub fn new_class(
        &mut self,
        name: &str,
        mut bases: Vec<Rc<PyClass>>,
        ns: &PyDict,
        kwargs: &[(&str, Value)],
        metaclass: Option<Rc<PyClass>>,
    ) -> PyResult<Rc<PyClass>> {
        let t = types();
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
                return Err(PyErr::type_error(format!(
                    "duplicate base class {}",
                    b.name
                )));
            }
        }
        if bases.is_empty() {
            bases.push(t.object.clone());
        }
        super::builtin_subclass::check_layout(&bases)?;
        let mro = c3_mro(&bases)?;
        let str_of = |v: Option<Value>| match v {
            Some(Value::Str(s)) => Some(s.as_str().to_owned()),
            _ => None,
        };
        let qualname = str_of(ns.get_str("__qualname__")).unwrap_or_else(|| name.to_owned());
        let module = str_of(ns.get_str("__module__")).unwrap_or_else(|| "__main__".into());
        let dict = PyDict::new();
        for (k, v) in ns.items() {
            if matches!(&k, Value::Str(s) if s.as_str() == "__qualname__") {
                continue;
            }
            let v = match (&k, &v) {
                (Value::Str(s), Value::Function(_))
                    if matches!(s.as_str(), "__init_subclass__" | "__class_getitem__") =>
                {
                    Value::Native(Rc::new(MethodWrapper {
                        func: v.clone(),
                        is_class: true,
                    }))
                }
                (Value::Str(s), Value::Function(_)) if s.as_str() == "__new__" => {
                    Value::Native(Rc::new(MethodWrapper {
                        func: v.clone(),
                        is_class: false,
                    }))
                }
                _ => v,
            };
            dict.set(k, v)?;
        }
        if dict.get_str("__doc__").is_none() {
            dict.set_str("__doc__", Value::None);
        }
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str("__hash__", Value::None);
        }
        let class = Rc::new(PyClass {
            name: name.to_owned(),
            qualname,
            module,
            bases,
            mro,
            dict,
            metaclass,
            is_user: true,
            call_cache: RefCell::new(None),
        });
        let cv = Value::Class(class.clone());
        for (k, v) in class.dict.items() {
            if let Some(p) = native::<Property>(&v) {
                if let Value::Str(s) = &k {
                    *p.name.borrow_mut() = Some(s.as_str().to_owned());
                }
                continue;
            }
            if let Value::Instance(i) = &v {
                if let Some(set_name) = lookup(&i.class, "__set_name__") {
                    self.call_positional(&set_name, &[v.clone(), cv.clone(), k.clone()])?;
                }
            }
        }
        // The parent's __init_subclass__ (object's accepts no keyword arguments).
        let parent = class
            .mro
            .iter()
            .find_map(|c| c.dict.get_str("__init_subclass__"));
        match parent {
            Some(init) => {
                let f = bind(&init, Some(cv.clone()), &class);
                let names: Vec<Value> = kwargs.iter().map(|(k, _)| Value::str(k)).collect();
                let values: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
                let kwnames = crate::objects::PyTuple {
                    items: names.into_boxed_slice(),
                };
                self.call(
                    &f,
                    Args {
                        values: &values,
                        kwnames: Some(&kwnames),
                    },
                )?;
            }
            None if !kwargs.is_empty() => {
                return Err(PyErr::type_error(format!(
                    "{name}.__init_subclass__() takes no keyword arguments"
                )))
            }
            None => {}
        }
        Ok(class)
    }

    /// Calls a user class: `__new__`, then `__init__` when the result is an instance.
    pub fn instantiate(&mut self, class: &Rc<PyClass>, args: Args) -> PyResult<Value> {
        let cv = Value::Class(class.clone());
        let t = types();
        let is_exc = class.is_subclass(t.exception(ExcKind::BaseException));
        let is_meta = class.is_subclass(&t.type_);
        let data_base = super::builtin_subclass::data_base(class);
        let new = lookup(class, "__new__");
        let obj = match &new {
            Some(new) => {
                let f = bind(new, None, class);
                let mut values = vec![cv.clone()];
                values.extend_from_slice(args.values);
                self.call(
                    &f,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                )?
            }
            None if is_exc && super::exception_group::is_group_class(class) => {
                super::exception_group::group_new(self, class, args.pos())?
            }
            None if is_exc => {
                Value::Exception(PyException::new(class.clone(), args.pos().to_vec()))
            }
            None if is_meta => {
                let kwargs: Vec<(&str, Value)> =
                    args.kwargs().map(|(k, v)| (k, v.clone())).collect();
                make_class(self, class.clone(), args.pos(), &kwargs)?
            }
            None if data_base.is_some() => {
                let base = data_base.clone().expect("checked");
                self.new_with_base(class, &base, args)?
            }
            None => match abstract_error(class) {
                Some(e) => return Err(e),
                None => Value::Instance(PyInstance::new(class.clone())),
            },
        };
        if !class_of(&obj).is_subclass(class) {
            return Ok(obj);
        }
        match lookup(class, "__init__") {
            Some(init) => {
                let f = bind(&init, Some(obj.clone()), class);
                let r = self.call(&f, args)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        type_name(&r)
                    )));
                }
            }
            None if is_exc && args.has_kwargs() => {
                return Err(PyErr::type_error(format!(
                    "{}() takes no keyword arguments",
                    class.name
                )));
            }
            None if is_exc => {
                // BaseException.__init__ stores the call's arguments, whatever __new__ kept.
                if let (Some(_), Value::Exception(e)) = (&new, &obj) {
                    *e.args.borrow_mut() = Rc::new(crate::objects::PyTuple {
                        items: args.pos().to_vec().into_boxed_slice(),
                    });
                }
            }
            None if data_base.is_some() => {
                if let Some(value) = super::builtin_subclass::base_value(&obj).cloned() {
                    self.init_base(&value, args)?;
                }
            }
            None if new.is_none() && !is_meta && !args.values.is_empty() => {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments",
                    class.name
                )));
            }
            None => {}
        }
        Ok(obj)
    }

    /// Attribute lookup for instances, bound methods, user classes, `super`
    /// objects and user exceptions; `None` leaves `obj` to the built-in lookup.
    pub fn class_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(i) => self.instance_getattr(obj, &i.class.clone(), name).map(Some),
            Value::Method(m) => Ok(match name {
                "__func__" => Some(m.func.clone()),
                "__self__" => Some(m.this.clone()),
                _ => Some(self.get_attr(&m.func, &PyStr::new(name))?),
            }),
            Value::Class(c) => self.type_getattr(c, name),
            Value::Native(n) => match n.as_any().downcast_ref::<Super>() {
                Some(s) => super_getattr(self, s, name).map(Some),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// An exception's attribute that a data descriptor of its class (a
    /// property, say) answers for, before the exception's own attributes.
    pub fn exception_descriptor_attr(
        &mut self,
        obj: &Value,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let class = class_of(obj);
        if !class.is_user {
            return Ok(None);
        }
        match lookup(&class, name) {
            Some(a) => self.data_descriptor_get(obj, &class, name, &a),
            None => Ok(None),
        }
    }

    /// After the built-in lookup of an exception's attributes failed: its class's.
    pub fn exception_class_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let class = class_of(obj);
        if let Some(v) = lookup(&class, name) {
            return self.class_attr_get(obj, &class, v).map(Some);
        }
        Ok(builtin_attr(&class, name).map(|f| bound(f, obj.clone())))
    }

    /// `obj.name` when the class attribute `attr` is a data descriptor (a
    /// property, or an object with `__set__` or `__delete__`), which comes
    /// before the instance's own attributes; `None` otherwise.
    fn data_descriptor_get(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
        attr: &Value,
    ) -> PyResult<Option<Value>> {
        if let Some(p) = native::<Property>(attr) {
            if p.fget.is_none() {
                return Err(PyErr::attribute_error(format!(
                    "property '{}' of '{}' object has no getter",
                    p.name.borrow().as_deref().unwrap_or(name),
                    class.name
                )));
            }
            return self
                .call_positional(&p.fget.clone(), std::slice::from_ref(obj))
                .map(Some);
        }
        if let Value::Instance(d) = attr {
            if lookup(&d.class, "__set__").is_some() || lookup(&d.class, "__delete__").is_some() {
                if let Some(get) = lookup(&d.class, "__get__") {
                    let cv = Value::Class(class.clone());
                    return self
                        .call_positional(&get, &[attr.clone(), obj.clone(), cv])
                        .map(Some);
                }
            }
        }
        Ok(None)
    }

    /// `obj.name` from the class attribute `attr` when the instance has no
    /// attribute of that name: a descriptor's `__get__`, a bound method, or
    /// the attribute itself.
    fn class_attr_get(&mut self, obj: &Value, class: &Rc<PyClass>, attr: Value) -> PyResult<Value> {
        if let Value::Instance(d) = &attr {
            if let Some(get) = lookup(&d.class, "__get__") {
                let cv = Value::Class(class.clone());
                return self.call_positional(&get, &[attr.clone(), obj.clone(), cv]);
            }
        }
        Ok(bind(&attr, Some(obj.clone()), class))
    }

    fn instance_getattr(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
    ) -> PyResult<Value> {
        if let Some(ga) = lookup(class, "__getattribute__") {
            let r = self.call_positional(&ga, &[obj.clone(), Value::str(name)]);
            return match r {
                Err(e) if e.is(ExcKind::AttributeError) => match lookup(class, "__getattr__") {
                    Some(g) => self.call_positional(&g, &[obj.clone(), Value::str(name)]),
                    None => Err(e),
                },
                r => r,
            };
        }
        match self.generic_getattr(obj, class, name)? {
            Some(v) => Ok(v),
            None => match lookup(class, "__getattr__") {
                Some(g) => self.call_positional(&g, &[obj.clone(), Value::str(name)]),
                None => Err(missing_attribute(obj, class, name)),
            },
        }
    }

    /// `object.__getattribute__`: data descriptors, the instance dict, then class attributes.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = obj else {
            return Ok(None);
        };
        match name {
            "__class__" => return Ok(Some(Value::Class(class.clone()))),
            "__dict__" => return Ok(Some(Value::Dict(inst.dict.clone()))),
            _ => {}
        }
        let attr = lookup(class, name);
        if let Some(a) = &attr {
            if let Some(v) = self.data_descriptor_get(obj, class, name, a)? {
                return Ok(Some(v));
            }
        }
        if let Some(v) = inst.dict.get_str(name) {
            return Ok(Some(v));
        }
        if let Some(a) = attr {
            return self.class_attr_get(obj, class, a).map(Some);
        }
        if let Some(v) = self.base_attr(obj, name)? {
            return Ok(Some(v));
        }
        Ok(builtin_attr(class, name).map(|f| bound(f, obj.clone())))
    }

    fn type_getattr(&mut self, c: &Rc<PyClass>, name: &str) -> PyResult<Option<Value>> {
        match name {
            "__name__" | "__qualname__" | "__mro__" | "__bases__" => return Ok(None),
            "__dict__" => {
                let d = PyDict::new();
                for (k, v) in c.dict.items() {
                    d.set(k, v)?;
                }
                return Ok(Some(Value::Dict(Rc::new(d))));
            }
            "mro" => {
                return Ok(Some(bound(
                    builtin_fn("mro", class_mro),
                    Value::Class(c.clone()),
                )))
            }
            "__class__" => return Ok(Some(Value::Class(class_of(&Value::Class(c.clone()))))),
            _ => {}
        }
        let Some(a) = lookup(c, name) else {
            let t = types();
            let base = std::iter::once(c)
                .chain(c.mro.iter())
                .find(|k| !is_user_class(k));
            let plain = base.is_some_and(|b| {
                Rc::ptr_eq(b, &t.object)
                    || Rc::ptr_eq(b, &t.type_)
                    || b.is_subclass(t.exception(ExcKind::BaseException))
            });
            let data_base = base.filter(|b| super::builtin_subclass::is_subclassable(b));
            let inherited = match (name, data_base) {
                ("__new__", Some(_)) => {
                    Some(builtin_fn("__new__", super::builtin_subclass::base_new))
                }
                ("__init__", Some(_)) => {
                    Some(builtin_fn("__init__", super::builtin_subclass::base_init))
                }
                _ if plain => builtin_attr(c, name),
                // A subclass of a built-in type: the type's methods and
                // class-level helpers (`MyDict.fromkeys`).
                (_, Some(b)) => b
                    .dict
                    .get_str(name)
                    .or_else(|| crate::methods::descriptor::for_type(b, name)),
                _ => crate::methods::descriptor::for_type(c, name),
            };
            return match inherited {
                Some(v) => Ok(Some(v)),
                None => self.metaclass_attr(c, name),
            };
        };
        if let Value::Instance(d) = &a {
            if let Some(get) = lookup(&d.class, "__get__") {
                let cv = Value::Class(c.clone());
                return self
                    .call_positional(&get, &[a.clone(), Value::None, cv])
                    .map(Some);
            }
        }
        Ok(Some(bind(&a, None, c)))
    }

    /// An attribute a class gets from its user metaclass: methods bound to
    /// the class, properties evaluated for it.
    fn metaclass_attr(&mut self, c: &Rc<PyClass>, name: &str) -> PyResult<Option<Value>> {
        let Some(meta) = &c.metaclass else {
            return Ok(None);
        };
        let cv = Value::Class(c.clone());
        let Some(a) = lookup(meta, name) else {
            return Ok(builtin_attr(meta, name).map(|f| bound(f, cv)));
        };
        if let Some(p) = native::<Property>(&a) {
            return self.call_positional(&p.fget.clone(), &[cv]).map(Some);
        }
        if let Value::Instance(d) = &a {
            if let Some(get) = lookup(&d.class, "__get__") {
                let mv = Value::Class(meta.clone());
                return self.call_positional(&get, &[a.clone(), cv, mv]).map(Some);
            }
        }
        Ok(Some(bind(&a, Some(cv), meta)))
    }

    /// `obj.name = value` for instances and user classes; `None` leaves it to the built-in path.
    pub fn class_setattr(&mut self, obj: &Value, name: &str, value: &Value) -> PyResult<bool> {
        match obj {
            Value::Instance(i) => {
                let class = i.class.clone();
                if let Some(sa) = lookup(&class, "__setattr__") {
                    self.call_positional(&sa, &[obj.clone(), Value::str(name), value.clone()])?;
                } else {
                    self.generic_setattr(obj, name, Some(value.clone()))?;
                }
                Ok(true)
            }
            Value::Class(c) if is_user_class(c) => {
                c.dict.set_str(name, value.clone());
                Ok(true)
            }
            Value::Class(c) => Err(PyErr::type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                c.name
            ))),
            _ => Ok(false),
        }
    }

    /// `del obj.name` for instances and user classes.
    pub fn class_delattr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        match obj {
            Value::Instance(i) => {
                let class = i.class.clone();
                if let Some(da) = lookup(&class, "__delattr__") {
                    self.call_positional(&da, &[obj.clone(), Value::str(name)])?;
                } else {
                    self.generic_setattr(obj, name, None)?;
                }
                Ok(true)
            }
            Value::Class(c) if is_user_class(c) => match c.dict.remove(&Value::str(name))? {
                Some(_) => Ok(true),
                None => Err(PyErr::attribute_error(name.to_owned())),
            },
            _ => Ok(false),
        }
    }

    /// `object.__setattr__` (`value` given) and `object.__delattr__` (`None`).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return Err(PyErr::type_error(format!(
                "can't apply this __setattr__ to {} object",
                type_name(obj)
            )));
        };
        let class = inst.class.clone();
        if self.data_descriptor_set(obj, &class, name, value.clone())? {
            return Ok(());
        }
        if !slots_allow(&class, name) {
            return Err(missing_attribute(obj, &class, name));
        }
        match value {
            Some(v) => inst.dict.set_str(name, v),
            None => {
                if inst.dict.remove(&Value::str(name))?.is_none() {
                    return Err(missing_attribute(obj, &class, name));
                }
            }
        }
        Ok(())
    }

    /// `obj.name = value` (`del obj.name` for `None`) through a data
    /// descriptor of `class` (a property, or an object with `__set__` or
    /// `__delete__`); false when there is none.
    fn data_descriptor_set(
        &mut self,
        obj: &Value,
        class: &Rc<PyClass>,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<bool> {
        let Some(a) = lookup(class, name) else {
            return Ok(false);
        };
        if let Some(p) = native::<Property>(&a) {
            let pname = p.name.borrow().clone().unwrap_or_else(|| name.to_owned());
            let (f, what) = match &value {
                Some(_) => (p.fset.clone(), "setter"),
                None => (p.fdel.clone(), "deleter"),
            };
            if f.is_none() {
                return Err(PyErr::attribute_error(format!(
                    "property '{pname}' of '{}' object has no {what}",
                    class.name
                )));
            }
            let mut args = vec![obj.clone()];
            args.extend(value);
            self.call_positional(&f, &args)?;
            return Ok(true);
        }
        if let Value::Instance(d) = &a {
            let dunder = if value.is_some() {
                "__set__"
            } else {
                "__delete__"
            };
            if let Some(set) = lookup(&d.class, dunder) {
                let mut args = vec![a.clone(), obj.clone()];
                args.extend(value);
                self.call_positional(&set, &args)?;
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `exc.name = value` (or `del exc.name`) through a data descriptor of
    /// a user exception class; false when there is none.
    pub fn exception_descriptor_set(
        &mut self,
        obj: &Value,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<bool> {
        let class = class_of(obj);
        if !class.is_user {
            return Ok(false);
        }
        self.data_descriptor_set(obj, &class, name, value)
    }

    /// `obj.name(...)` without a bound method: `Some((function, obj))` when
    /// `name` is a plain function of `obj`'s class.
    pub fn instance_method(&mut self, obj: &Value, name: &str) -> Option<(Value, Value)> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let class = &inst.class;
        if lookup(class, "__getattribute__").is_some() {
            return None;
        }
        match lookup(class, name) {
            Some(f @ Value::Function(_)) if inst.dict.get_str(name).is_none() => {
                Some((f, obj.clone()))
            }
            _ => None,
        }
    }

    /// Calls a bound method, an instance with `__call__`, or a static/class method object.
    pub fn call_object(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        match callable {
            Value::Method(m) => {
                let mut values = Vec::with_capacity(args.values.len() + 1);
                values.push(m.this.clone());
                values.extend_from_slice(args.values);
                self.call(
                    &m.func,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                )
            }
            Value::Instance(i) => match lookup(&i.class, "__call__") {
                Some(f) => {
                    let f = bind(&f, Some(callable.clone()), &i.class.clone());
                    self.call(&f, args)
                }
                None => Err(super::call::not_callable(callable)),
            },
            _ if let Some(d) = native::<crate::methods::descriptor::MethodDescriptor>(callable) => {
                d.call(self, args)
            }
            _ => match native::<MethodWrapper>(callable) {
                Some(w) if !w.is_class => self.call(&w.func.clone(), args),
                _ => Err(super::call::not_callable(callable)),
            },
        }
    }
}

/// Binds a class attribute found for `obj` (None when looked up on the class).
pub fn bind(attr: &Value, obj: Option<Value>, class: &Rc<PyClass>) -> Value {
    match attr {
        Value::Function(_) => match obj {
            Some(o) => bound(attr.clone(), o),
            None => attr.clone(),
        },
        Value::Native(_) => match native::<MethodWrapper>(attr) {
            Some(w) if w.is_class => bound(w.func.clone(), Value::Class(class.clone())),
            Some(w) => w.func.clone(),
            None => attr.clone(),
        },
        _ => attr.clone(),
    }
}

fn bound(func: Value, this: Value) -> Value {
    Value::Method(Rc::new(PyMethod { func, this }))
}

/// True when `__slots__` (if any class on the MRO has them) allow `name`.
pub(super) fn slots_allow(class: &Rc<PyClass>, name: &str) -> bool {
    let mut allowed = Vec::new();
    for c in std::iter::once(class).chain(class.mro.iter()) {
        if !is_user_class(c) {
            continue;
        }
        match c.dict.get_str("__slots__") {
            None => return true,
            Some(Value::Str(s)) => allowed.push(s.as_str().to_owned()),
            Some(Value::Tuple(t)) => allowed.extend(t.items.iter().filter_map(str_value)),
            Some(Value::List(l)) => allowed.extend(l.items.borrow().iter().filter_map(str_value)),
            Some(_) => return true,
        }
    }
    allowed.iter().any(|s| s == name || s == "__dict__")
}

fn str_value(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_owned()),
        _ => None,
    }
}

/// `AttributeError: 'P' object has no attribute 'z'`, with a suggestion.
pub fn missing_attribute(obj: &Value, class: &Rc<PyClass>, name: &str) -> PyErr {
    let e = PyErr::attribute_error(format!("'{}' object has no attribute '{name}'", class.name));
    let mut names: Vec<String> = OBJECT_ATTRS.iter().map(|s| s.to_string()).collect();
    if let Value::Instance(i) = obj {
        names.extend(i.dict.keys().iter().filter_map(str_value));
    }
    for c in std::iter::once(class).chain(class.mro.iter()) {
        names.extend(c.dict.keys().iter().filter_map(str_value));
    }
    names.sort();
    names.dedup();
    *e.exc.suggestion.borrow_mut() =
        super::traceback::suggest(name, names.iter().map(|s| s.as_str()));
    e.exc.dict.set_str("name", Value::str(name));
    e.exc.dict.set_str("obj", obj.clone());
    e
}

/// The attributes `object` itself defines in CPython 3.11 (for "Did you
/// mean" suggestions and `dir()`).
pub const OBJECT_ATTRS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// Methods of the built-in base reached at the end of a user class's MRO
/// (`object.__init__`, `BaseException.__init__`, ...), unbound.
fn builtin_attr(class: &Rc<PyClass>, name: &str) -> Option<Value> {
    let t = types();
    let base = std::iter::once(class)
        .chain(class.mro.iter())
        .find(|c| !is_user_class(c))?;
    if base.is_subclass(t.exception(ExcKind::BaseExceptionGroup)) {
        if let Some((n, f)) = super::exception_group::method(name) {
            return Some(builtin_fn(n, f));
        }
    }
    if Rc::ptr_eq(base, &t.type_) {
        let f: Option<(&'static str, BuiltinFn)> = match name {
            "__new__" => Some(("__new__", type_dunder_new)),
            "__init__" => Some(("__init__", type_dunder_init)),
            "__call__" => Some(("__call__", type_dunder_call)),
            "__prepare__" => Some(("__prepare__", type_prepare)),
            "__instancecheck__" => Some(("__instancecheck__", type_instancecheck)),
            "__subclasscheck__" => Some(("__subclasscheck__", type_subclasscheck)),
            "__repr__" => Some(("__repr__", type_repr)),
            "__setattr__" => Some(("__setattr__", crate::stdlib::types::type_setattr)),
            "__delattr__" => Some(("__delattr__", crate::stdlib::types::type_delattr)),
            "mro" => Some(("mro", class_mro)),
            _ => None,
        };
        if let Some((n, f)) = f {
            return Some(builtin_fn(n, f));
        }
    }
    if base.is_subclass(t.exception(ExcKind::BaseException)) {
        let f: Option<(&'static str, BuiltinFn)> = match name {
            "__init__" => Some(("__init__", exc_init)),
            "__str__" => Some(("__str__", exc_str)),
            "__repr__" => Some(("__repr__", object_repr)),
            "with_traceback" => Some(("with_traceback", exc_with_traceback)),
            "add_note" => Some(("add_note", exc_add_note)),
            _ => None,
        };
        if let Some((n, f)) = f {
            return Some(builtin_fn(n, f));
        }
    }
    let (n, f): (&'static str, BuiltinFn) = match name {
        "__init__" => ("__init__", object_init),
        "__setattr__" => ("__setattr__", object_setattr),
        "__delattr__" => ("__delattr__", object_delattr),
        "__getattribute__" => ("__getattribute__", object_getattribute),
        "__repr__" => ("__repr__", object_repr),
        "__str__" => ("__str__", object_str),
        "__eq__" => ("__eq__", object_eq),
        "__ne__" => ("__ne__", object_ne),
        "__hash__" => ("__hash__", object_hash),
        "__format__" => ("__format__", object_format),
        "__dir__" => ("__dir__", crate::stdlib::dir_builtin::object_dir),
        "__init_subclass__" => ("__init_subclass__", object_init_subclass),
        "__new__" => ("__new__", object_new),
        _ => return None,
    };
    Some(builtin_fn(n, f))
}

fn super_new(args: Args) -> PyResult<Value> {
    let a = args.check_count("super", 0, 2)?;
    if a.is_empty() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "super(): __class__ cell not found",
        ));
    }
    let Value::Class(this) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(&a[0])
        )));
    };
    let Some(obj) = a.get(1) else {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "snippy does not support unbound super objects yet",
        ));
    };
    let obj_type = match obj {
        Value::Class(c) if c.is_subclass(this) => c.clone(),
        _ => class_of(obj),
    };
    if !obj_type.is_subclass(this) {
        return Err(PyErr::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(Value::Native(Rc::new(Super {
        this: this.clone(),
        obj: obj.clone(),
        obj_type,
    })))
}

fn super_getattr(vm: &mut Vm, s: &Super, name: &str) -> PyResult<Value> {
    if name == "__class__" {
        return Ok(Value::Class(types().named("super")));
    }
    let mro = || std::iter::once(&s.obj_type).chain(s.obj_type.mro.iter());
    let start = mro()
        .position(|c| Rc::ptr_eq(c, &s.this))
        .map_or(usize::MAX, |i| i + 1);
    let is_class = matches!(&s.obj, Value::Class(c) if Rc::ptr_eq(c, &s.obj_type));
    let obj = if is_class { None } else { Some(s.obj.clone()) };
    for c in mro().skip(start) {
        if !is_user_class(c) {
            if super::builtin_subclass::is_subclassable(c) {
                if name == "__new__" {
                    return Ok(builtin_fn("__new__", super::builtin_subclass::base_new));
                }
                if let Some(o) = &obj {
                    if let Some(v) = vm.base_attr(o, name)? {
                        return Ok(v);
                    }
                }
            }
            if let Some(f) = builtin_attr(c, name) {
                return Ok(match obj {
                    Some(o) => bound(f, o),
                    None => f,
                });
            }
            break;
        }
        if let Some(v) = c.dict.get_str(name) {
            if let Some(p) = native::<Property>(&v) {
                if let Some(o) = &obj {
                    return Ok(bound(p.fget.clone(), o.clone()));
                }
            }
            return Ok(bind(&v, obj, &s.obj_type));
        }
    }
    Err(PyErr::attribute_error(format!(
        "'super' object has no attribute '{name}'"
    )))
}

fn property_new(args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 4 {
        return Err(PyErr::type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (i, v) in pos.iter().enumerate() {
        slots[i] = v.clone();
    }
    for (k, v) in args.kwargs() {
        let i = match k {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            _ => {
                return Err(PyErr::type_error(format!(
                    "property() got an unexpected keyword argument '{k}'"
                )))
            }
        };
        slots[i] = v.clone();
    }
    let [fget, fset, fdel, doc] = slots;
    Ok(Value::Native(Rc::new(Property {
        fget,
        fset,
        fdel,
        doc,
        name: RefCell::new(None),
    })))
}

fn property_copy(args: Args, which: usize) -> PyResult<Value> {
    let a = args.check_count("setter", 2, 2)?;
    let Some(p) = native::<Property>(&a[0]) else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let mut slots = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    slots[which] = a[1].clone();
    let [fget, fset, fdel] = slots;
    Ok(Value::Native(Rc::new(Property {
        fget,
        fset,
        fdel,
        doc: p.doc.clone(),
        name: RefCell::new(p.name.borrow().clone()),
    })))
}

fn property_getter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(args, 0)
}

fn property_setter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(args, 1)
}

fn property_deleter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__get__", 2, 3)?;
    let Some(p) = native::<Property>(&a[0]) else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    let fget = p.fget.clone();
    vm.call_positional(&fget, &[a[1].clone()])
}

fn class_mro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("mro", 1, 1)?;
    let Value::Class(c) = &a[0] else {
        return Err(PyErr::type_error("mro() requires a type"));
    };
    let mut items = vec![a[0].clone()];
    items.extend(c.mro.iter().map(|k| Value::Class(k.clone())));
    Ok(Value::list(items))
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`, reached by a
/// metaclass's `super().__new__(...)`.
fn type_dunder_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let meta = match pos.first() {
        Some(Value::Class(m)) if m.is_subclass(&types().type_) => m.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                type_name(other)
            )))
        }
        None => return Err(PyErr::type_error("type.__new__(): not enough arguments")),
    };
    let kwargs: Vec<(&str, Value)> = args.kwargs().map(|(k, v)| (k, v.clone())).collect();
    make_class(vm, meta, &pos[1..], &kwargs)
}

/// `type.__init__`: the class is complete already; it accepts what `__new__` did.
fn type_dunder_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !matches!(args.pos().len(), 2 | 4) {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`, what a
/// metaclass's `super().__call__(...)` reaches.
fn type_dunder_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.values.first() else {
        return Err(PyErr::type_error(
            "descriptor '__call__' requires a 'type' object",
        ));
    };
    let class = class.clone();
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    if is_user_class(&class) {
        return vm.instantiate(&class, rest);
    }
    crate::stdlib::builtins::construct(vm, &class, rest)
}

/// `type.__prepare__(name, bases, **kwargs)`: a new empty namespace.
fn type_prepare(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(PyDict::new())))
}

/// `type.__instancecheck__(cls, obj)`: the check without any metaclass hook.
fn type_instancecheck(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__instancecheck__", 2, 2)?;
    let Value::Class(c) = &a[0] else {
        return Err(PyErr::type_error("__instancecheck__() requires a type"));
    };
    Ok(Value::Bool(class_of(&a[1]).is_subclass(c)))
}

/// `type.__subclasscheck__(cls, sub)`: the MRO test.
fn type_subclasscheck(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__subclasscheck__", 2, 2)?;
    match (&a[0], &a[1]) {
        (Value::Class(c), Value::Class(sub)) => Ok(Value::Bool(sub.is_subclass(c))),
        _ => Err(PyErr::type_error("issubclass() arg 1 must be a class")),
    }
}

/// `type.__repr__(cls)`: `<class 'module.Name'>`.
fn type_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__repr__", 1, 1)?;
    match &a[0] {
        Value::Class(c) => Ok(Value::string(c.repr())),
        other => Err(PyErr::type_error(format!(
            "descriptor '__repr__' requires a 'type' object but received a '{}'",
            type_name(other)
        ))),
    }
}

/// `object.__new__(cls, ...)`: a new, uninitialized instance of a user
/// class (what `super().__new__(cls)` in a user `__new__` reaches).
fn object_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(first) = args.values.first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    let Value::Class(class) = first else {
        return Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            type_name(first)
        )));
    };
    let t = types();
    if class.is_subclass(t.exception(ExcKind::BaseException)) {
        let rest = args.pos().get(1..).unwrap_or(&[]).to_vec();
        return Ok(Value::Exception(PyException::new(class.clone(), rest)));
    }
    if !is_user_class(class) {
        return Err(PyErr::type_error(format!(
            "object.__new__({0}) is not safe, use {0}.__new__()",
            class.name
        )));
    }
    match abstract_error(class) {
        Some(e) => Err(e),
        None => Ok(Value::Instance(PyInstance::new(class.clone()))),
    }
}

fn object_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(PyErr::type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::None)
}

fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(PyErr::type_error(
            "__init_subclass__() takes no keyword arguments",
        ));
    }
    Ok(Value::None)
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__setattr__", 3, 3)?;
    let Value::Str(n) = &a[1] else {
        return Err(PyErr::type_error("attribute name must be string"));
    };
    vm.generic_setattr(&a[0], n.as_str(), Some(a[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__delattr__", 2, 2)?;
    let Value::Str(n) = &a[1] else {
        return Err(PyErr::type_error("attribute name must be string"));
    };
    vm.generic_setattr(&a[0], n.as_str(), None)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__getattribute__", 2, 2)?;
    let Value::Str(n) = &a[1] else {
        return Err(PyErr::type_error("attribute name must be string"));
    };
    let class = class_of(&a[0]);
    match vm.generic_getattr(&a[0], &class, n.as_str())? {
        Some(v) => Ok(v),
        None => Err(missing_attribute(&a[0], &class, n.as_str())),
    }
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__repr__", 1, 1)?;
    Ok(Value::string(vm.default_repr(&a[0])?))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__str__", 1, 1)?;
    Ok(Value::string(vm.repr(&a[0])?))
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__eq__", 2, 2)?;
    Ok(if a[0].is(&a[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__ne__", 2, 2)?;
    let r = vm.compare(crate::bytecode::CompareOp::Eq, &a[0], &a[1])?;
    Ok(Value::Bool(!vm.is_true(&r)?))
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__hash__", 1, 1)?;
    Ok(Value::Int(crate::objects::dict::value_identity_hash(&a[0])))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__format__", 2, 2)?;
    match &a[1] {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::string(vm.str(&a[0])?)),
        _ => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(&a[0])
        ))),
    }
}

fn exc_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if let Some(Value::Exception(e)) = pos.first() {
        *e.args.borrow_mut() = Rc::new(crate::objects::PyTuple {
            items: pos[1..].to_vec().into_boxed_slice(),
        });
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__str__", 1, 1)?;
    Ok(Value::string(vm.exception_str(&a[0])?))
}

fn exc_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("with_traceback", 2, 2)?;
    Ok(a[0].clone())
}

fn exc_add_note(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("add_note", 2, 2)?;
    let Value::Exception(e) = &a[0] else {
        return Err(PyErr::type_error("add_note() requires an exception"));
    };
    if !matches!(a[1], Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            type_name(&a[1])
        )));
    }
    match e.dict.get_str("__notes__") {
        Some(Value::List(l)) => l.items.borrow_mut().push(a[1].clone()),
        _ => e.dict.set_str("__notes__", Value::list(vec![a[1].clone()])),
    }
    Ok(Value::None)
}
