//! The `builtins` module: built-in functions, the built-in types as callable
//! constructors, and the exception classes.

use std::rc::Rc;

use num_traits::Signed;

use crate::numeric::{self, Int};
use crate::objects::class::{class_of, types};
use crate::objects::iter::IterState;
use crate::objects::{
    Args, BuiltinFn, ExcKind, PyBuiltin, PyClass, PyDict, PyErr, PyIter, PyResult, Value,
};
use crate::vm::eval::GenStep;
use crate::vm::ops::type_name;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("iter", iter),
    ("next", next),
    ("any", any),
    ("all", all),
    ("hash", hash),
    ("id", id),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("ord", ord),
    ("chr", chr),
    ("round", crate::methods::number::round),
    ("divmod", crate::methods::number::divmod),
    ("pow", crate::methods::number::pow),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("input", input),
    ("format", format),
];

/// Fills the VM's builtins namespace.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    for (name, func) in FUNCTIONS {
        b.set_str(name, builtin(name, *func));
    }
    let t = types();
    for class in [
        &t.int,
        &t.float,
        &t.str_,
        &t.bool_,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.type_,
        &t.object,
        &t.slice,
    ] {
        b.set_str(&class.name, Value::Class(class.clone()));
    }
    for class in &t.exceptions {
        b.set_str(&class.name, Value::Class(class.clone()));
    }
    install_class_methods(&b);
    b.set_str("enumerate", Value::Class(t.named("enumerate")));
    b.set_str("zip", Value::Class(t.named("zip")));
    b.set_str("map", Value::Class(t.named("map")));
    b.set_str("filter", Value::Class(t.named("filter")));
    b.set_str("reversed", Value::Class(t.named("reversed")));
    b.set_str("memoryview", Value::Class(t.named("memoryview")));
    b.set_str("None", Value::None);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("__name__", Value::str("builtins"));
    crate::vm::class::install(&b);
    super::namespace_builtins::install(&b);
    super::dir_builtin::install(&b);
    super::async_builtins::install(&b);
    super::exec_builtins::install(&b);
}

/// `bytes`, `bytearray` and the class-level methods (`dict.fromkeys`,
/// `bytes.fromhex`, `str.maketrans` and `str`'s methods) stored in the classes' dicts.
fn install_class_methods(b: &PyDict) {
    use crate::methods::{bytes, dict, str as strm};
    let t = types();
    let (by, ba) = (t.named("bytes"), t.named("bytearray"));
    b.set_str("bytes", Value::Class(by.clone()));
    b.set_str("bytearray", Value::Class(ba.clone()));
    for (name, f) in bytes::class_attributes(false) {
        by.dict.set_str(name, builtin(name, f));
    }
    for (name, f) in bytes::class_attributes(true) {
        ba.dict.set_str(name, builtin(name, f));
    }
    t.dict
        .dict
        .set_str("fromkeys", builtin("fromkeys", dict::fromkeys_class));
    strm::install_unbound(&t.str_);
    for (name, f) in [
        (
            "__setattr__",
            super::types::type_setattr as crate::objects::BuiltinFn,
        ),
        ("__delattr__", super::types::type_delattr),
    ] {
        t.type_.dict.set_str(name, builtin(name, f));
    }
    t.int.dict.set_str(
        "from_bytes",
        builtin("from_bytes", crate::methods::number::int_from_bytes),
    );
    b.set_str("complex", Value::Class(t.named("complex")));
    t.float.dict.set_str(
        "fromhex",
        builtin("fromhex", crate::methods::number::float_fromhex),
    );
}

/// A module-level built-in function value.
pub fn builtin(name: &'static str, func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(PyBuiltin {
        name,
        func,
        bound: None,
        as_python_function: false,
        reads_frame: false,
    }))
}

/// Calls a class: the built-in types' constructors and exception classes.
pub fn construct(vm: &mut Vm, class: &Rc<PyClass>, args: Args) -> PyResult<Value> {
    if let Some(r) = crate::vm::class::construct(vm, class, args) {
        return r;
    }
    let t = types();
    if class.is_subclass(t.exception(ExcKind::BaseException)) {
        return crate::vm::exception_group::new_exception(vm, class, args);
    }
    if let Some(r) = super::asyncio::construct(vm, class, args) {
        return r;
    }
    let name = class.name.as_str();
    if class.module != "builtins" {
        return Err(PyErr::type_error(format!(
            "cannot create '{name}' instances"
        )));
    }
    match name {
        "int" => crate::methods::number::new::int_new(vm, args),
        "method" => super::types::method_new(args),
        "float" => crate::methods::number::new::float_new(vm, args),
        "str" => crate::methods::str::construct(vm, args),
        "bool" => {
            let a = args.check_count("bool", 0, 1)?;
            Ok(Value::Bool(match a.first() {
                Some(v) => vm.is_true(v)?,
                None => false,
            }))
        }
        "list" => {
            args.no_kwargs("list")?;
            let a = args.check_count("list", 0, 1)?;
            Ok(Value::list(match a.first() {
                Some(v) => vm.collect(v)?,
                None => Vec::new(),
            }))
        }
        "tuple" => {
            let a = args.check_count("tuple", 0, 1)?;
            Ok(match a.first() {
                Some(Value::Tuple(_)) => a[0].clone(),
                Some(v) => Value::tuple(vm.collect(v)?),
                None => Value::tuple(Vec::new()),
            })
        }
        "set" | "frozenset" => crate::methods::set::construct(vm, name, args),
        "dict" => {
            args.check_count("dict", 0, 1)?;
            let d = Value::Dict(Rc::new(PyDict::new()));
            let mut values = vec![d.clone()];
            values.extend_from_slice(args.values);
            let update = crate::methods::lookup(&d, "update").expect("dict.update").1;
            update(
                vm,
                Args {
                    values: &values,
                    kwnames: args.kwnames,
                },
            )?;
            Ok(d)
        }
        "range" => crate::methods::range::new_range(args),
        "slice" => crate::methods::range::new_slice(args),
        "bytes" => crate::methods::bytes::construct(vm, args, false),
        "complex" => crate::methods::number::new::complex_new(vm, args),
        "bytearray" => crate::methods::bytes::construct(vm, args, true),
        "memoryview" => crate::methods::memoryview::construct(args),
        "type" => {
            let a = args.check_count("type", 1, 3)?;
            if a.len() == 1 {
                Ok(Value::Class(class_of(&a[0])))
            } else {
                Err(PyErr::type_error("type() takes 1 or 3 arguments"))
            }
        }
        "object" => Err(PyErr::type_error("snippy cannot create plain objects yet")),
        "enumerate" => {
            let mut start = 0;
            let pos = args.pos();
            let given = pos.len() + args.kwargs().count();
            if given > 2 {
                return Err(PyErr::type_error(format!(
                    "enumerate() takes at most 2 arguments ({given} given)"
                )));
            }
            let start_arg = |v: &Value| match v {
                Value::Int(s) => Ok(*s),
                Value::Bool(b) => Ok(*b as i64),
                other => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(other)
                ))),
            };
            if let Some(s) = pos.get(1) {
                start = start_arg(s)?;
            }
            for (k, v) in args.kwargs() {
                if k == "start" {
                    start = start_arg(v)?;
                }
            }
            let Some(iterable) = pos.first() else {
                return Err(PyErr::type_error(
                    "enumerate() missing required argument 'iterable'",
                ));
            };
            let iter = vm.get_iter(iterable)?;
            Ok(PyIter::value(
                "enumerate",
                IterState::Enumerate {
                    iter,
                    count: start,
                    result: None,
                },
            ))
        }
        "zip" => {
            let mut strict = false;
            for (k, v) in args.kwargs() {
                if k != "strict" {
                    return Err(PyErr::type_error(format!(
                        "'{k}' is an invalid keyword argument for zip()"
                    )));
                }
                strict = vm.is_true(v)?;
            }
            let mut iters = Vec::new();
            for v in args.pos() {
                iters.push(vm.get_iter(v)?);
            }
            Ok(PyIter::value(
                "zip",
                IterState::Zip {
                    iters: iters.into(),
                    strict,
                    result: None,
                },
            ))
        }
        "map" => {
            let a = args.pos();
            if a.len() < 2 {
                return Err(PyErr::type_error("map() must have at least two arguments."));
            }
            let mut iters = Vec::new();
            for v in &a[1..] {
                iters.push(vm.get_iter(v)?);
            }
            Ok(PyIter::value(
                "map",
                IterState::Map {
                    func: a[0].clone(),
                    iters,
                },
            ))
        }
        "filter" => {
            let a = args.check_count("filter", 2, 2)?;
            let iter = vm.get_iter(&a[1])?;
            Ok(PyIter::value(
                "filter",
                IterState::Filter {
                    func: a[0].clone(),
                    iter,
                },
            ))
        }
        "reversed" => {
            let a = args.pos();
            if a.len() != 1 {
                return Err(PyErr::type_error(format!(
                    "reversed expected 1 argument, got {}",
                    a.len()
                )));
            }
            let (class, len) = match &a[0] {
                Value::List(l) => ("list_reverseiterator", l.items.borrow().len()),
                Value::Tuple(t) => ("reversed", t.items.len()),
                Value::Str(s) => ("reversed", s.char_len()),
                Value::Bytes(b) => ("reversed", b.data.len()),
                Value::ByteArray(b) => ("reversed", b.data.borrow().len()),
                Value::Range(r) => return Ok(crate::methods::range::reversed(r)),
                Value::Instance(_) => return vm.user_reversed(&a[0]),
                Value::Class(c) if c.metaclass.is_some() => return vm.user_reversed(&a[0]),
                Value::Dict(_) => return dict_reversed(vm, &a[0], "dict_reversekeyiterator"),
                Value::Native(n) if n.as_any().is::<crate::methods::dict::DictView>() => {
                    let name = match crate::vm::ops::type_name(&a[0]).as_str() {
                        "dict_values" => "dict_reversevalueiterator",
                        "dict_items" => "dict_reverseitemiterator",
                        _ => "dict_reversekeyiterator",
                    };
                    return dict_reversed(vm, &a[0], name);
                }
                other => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not reversible",
                        type_name(other)
                    )))
                }
            };
            Ok(PyIter::value(
                class,
                IterState::Reversed {
                    seq: a[0].clone(),
                    next: len as isize - 1,
                },
            ))
        }
        _ => Err(PyErr::type_error(format!(
            "cannot create '{name}' instances"
        ))),
    }
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_owned();
    let mut end = "\n".to_owned();
    let mut file = Value::None;
    let mut flush = false;
    for (name, v) in args.kwargs() {
        let text = |v: &Value, what: &str| -> PyResult<Option<String>> {
            match v {
                Value::None => Ok(None),
                Value::Str(s) => Ok(Some(s.as_str().to_owned())),
                other => Err(PyErr::type_error(format!(
                    "{what} must be None or a string, not {}",
                    type_name(other)
                ))),
            }
        };
        match name {
            "sep" => sep = text(v, "sep")?.unwrap_or_else(|| " ".into()),
            "end" => end = text(v, "end")?.unwrap_or_else(|| "\n".into()),
            "file" => file = v.clone(),
            "flush" => flush = vm.is_true(v)?,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{name}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str(v)?);
    }
    out.push_str(&end);
    crate::stdlib::sys::write_to(vm, &file, &out)?;
    if flush && file.is_none() {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("len", 1, 1)?;
    Ok(Value::Int(len_of(vm, &a[0])? as i64))
}

/// `len(v)`.
pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Range(r) => crate::methods::range::len(r)?,
        Value::Native(n) => match n.as_any().downcast_ref::<crate::methods::dict::DictView>() {
            Some(v) => v.dict.len(),
            None => match crate::methods::memoryview::as_view(v) {
                Some(m) => m.py_len()?,
                None => return Err(no_len(v)),
            },
        },
        Value::Instance(_) | Value::Class(_) if let Some(n) = vm.user_len(v)? => n as usize,
        other => return Err(no_len(other)),
    };
    Ok(n)
}

fn no_len(v: &Value) -> PyErr {
    PyErr::type_error(format!("object of type '{}' has no len()", type_name(v)))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("repr", 1, 1)?;
    Ok(Value::string(vm.repr(&a[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("ascii", 1, 1)?;
    let r = vm.repr(&a[0])?;
    Ok(Value::string(crate::vm::repr::ascii_escape(&r)))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("format", 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other)
            )))
        }
        None => String::new(),
    };
    Ok(Value::string(vm.format(&a[0], &spec)?))
}

/// `isinstance(subject, spec)` (`is_instance`) or `issubclass(subject,
/// spec)` against a class or a tuple of classes; a user metaclass's
/// `__instancecheck__`/`__subclasscheck__` decides for its classes.
fn class_matches(vm: &mut Vm, subject: &Value, spec: &Value, is_instance: bool) -> PyResult<bool> {
    let fname = if is_instance {
        "isinstance"
    } else {
        "issubclass"
    };
    match spec {
        Value::Class(c) => {
            let class = match subject {
                Value::Class(s) if !is_instance => s.clone(),
                _ => class_of(subject),
            };
            if is_instance && Rc::ptr_eq(&class, c) {
                return Ok(true);
            }
            let hook = hook_name(is_instance);
            if let Some(check) = c
                .metaclass
                .as_ref()
                .and_then(|m| crate::vm::class::lookup(m, hook))
            {
                let r = vm.call_positional(&check, &[spec.clone(), subject.clone()])?;
                return vm.is_true(&r);
            }
            if class.is_subclass(c) {
                return Ok(true);
            }
            crate::vm::class::abc_subclass_check(vm, c, &class)
        }
        // `int | str`, `typing.List` and the like, written in Python.
        Value::Instance(_)
            if let Some(r) =
                vm.call_special(spec, hook_name(is_instance), std::slice::from_ref(subject))? =>
        {
            vm.is_true(&r)
        }
        Value::Tuple(t) => {
            for item in t.items.iter() {
                if class_matches(vm, subject, item, is_instance)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// The special method deciding `isinstance` or `issubclass`.
fn hook_name(is_instance: bool) -> &'static str {
    if is_instance {
        "__instancecheck__"
    } else {
        "__subclasscheck__"
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("isinstance", 2, 2)?;
    Ok(Value::Bool(class_matches(vm, &a[0], &a[1], true)?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("issubclass", 2, 2)?;
    if !matches!(&a[0], Value::Class(_)) {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::Bool(class_matches(vm, &a[0], &a[1], false)?))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("abs", 1, 1)?;
    Ok(match &a[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Value::from_int(a[0].as_int().expect("int").abs())
        }
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(c) => Value::Float(c.abs()?),
        Value::Instance(_) if let Some(r) = vm.call_special_or_base(&a[0], "__abs__", &[])? => r,
        other => {
            return Err(PyErr::type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(other)
            )));
        }
    })
}

fn min_max(vm: &mut Vm, args: Args, name: &str, want: std::cmp::Ordering) -> PyResult<Value> {
    let pos = args.pos();
    let mut key = Value::None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let items = match pos.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = if key.is_none() {
            item.clone()
        } else {
            vm.call_positional(&key, std::slice::from_ref(&item))?
        };
        best = match best {
            None => Some((item, k)),
            Some((bi, bk)) => {
                let op = if want == std::cmp::Ordering::Less {
                    crate::bytecode::CompareOp::Lt
                } else {
                    crate::bytecode::CompareOp::Gt
                };
                let better = vm.compare(op, &k, &bk)?;
                if vm.is_true(&better)? {
                    Some((item, k))
                } else {
                    Some((bi, bk))
                }
            }
        };
    }
    match best {
        Some((v, _)) => Ok(v),
        None => {
            default.ok_or_else(|| PyErr::value_error(format!("{name}() arg is an empty sequence")))
        }
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", std::cmp::Ordering::Less)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", std::cmp::Ordering::Greater)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    if a.is_empty() {
        return Err(PyErr::type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    if a.len() + args.kwargs().count() > 2 {
        return Err(PyErr::type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            a.len() + args.kwargs().count()
        )));
    }
    let mut start = a.get(1).cloned().unwrap_or(Value::Int(0));
    for (k, v) in args.kwargs() {
        if k == "start" {
            start = v.clone();
        }
    }
    match start {
        Value::Str(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            return Err(PyErr::type_error(format!(
                "sum() can't sum {} [use b''.join(seq) instead]",
                type_name(&start)
            )))
        }
        _ => {}
    }
    if let Value::Bytes(_) | Value::ByteArray(_) = start {
        return Err(PyErr::type_error(format!(
            "sum() can't sum {} [use b''.join(seq) instead]",
            type_name(&start)
        )));
    }
    let it = vm.get_iter(&a[0])?;
    let mut acc = start;
    while let Some(v) = vm.iter_next(&it)? {
        acc = vm.binary_op(crate::bytecode::BinaryOp::Add, &acc, &v, false)?;
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            a.len()
        )));
    }
    let items = vm.collect(&a[0])?;
    let list = Value::list(items);
    let mut values = vec![list.clone()];
    let nkw = args.kwnames.map_or(0, |k| k.items.len());
    values.extend_from_slice(&args.values[args.values.len() - nkw..]);
    let sort = crate::methods::lookup(&list, "sort").expect("list.sort").1;
    sort(
        vm,
        Args {
            values: &values,
            kwnames: args.kwnames,
        },
    )?;
    Ok(list)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("iter", 1, 2)?;
    if let Some(sentinel) = a.get(1) {
        if !is_callable(&a[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(PyIter::value(
            "callable_iterator",
            IterState::Callable {
                func: a[0].clone(),
                sentinel: sentinel.clone(),
            },
        ));
    }
    vm.get_iter(&a[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("next", 1, 2)?;
    if !vm.is_iterator(&a[0]) {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            type_name(&a[0])
        )));
    }
    if let Value::Generator(g) = &a[0] {
        return match vm.resume_generator(g, Value::None, None)? {
            GenStep::Yield(v) => Ok(v),
            GenStep::Return(v) => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(PyErr::stop_iteration(v)),
            },
        };
    }
    match vm.iter_next(&a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::stop_iteration(Value::None)),
        },
    }
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("any", 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.is_true(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("all", 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("hash", 1, 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

fn id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("id", 1, 1)?;
    let addr = match &a[0] {
        v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_)) => {
            crate::objects::dict::hash_value(v)? as usize
        }
        v => v.ptr().unwrap_or(0),
    };
    Ok(Value::Int(addr as i64))
}

fn int_arg(v: &Value) -> PyResult<Int> {
    v.as_int().ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

fn radix(vm: &mut Vm, args: Args, name: &str, radix: u32) -> PyResult<Value> {
    let a = args.check_count(name, 1, 1)?;
    let Some(i) = crate::methods::number::protocol::to_index(vm, &a[0])? else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&a[0])
        )));
    };
    Ok(Value::string(numeric::int_to_radix(&i, radix, true)))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn ord(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("ord", 1, 1)?;
    let length_error = |n: usize| {
        PyErr::type_error(format!(
            "ord() expected a character, but string of length {n} found"
        ))
    };
    match &a[0] {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(s.char_at(0).map_or(0, |c| c as i64))),
        Value::Str(s) => Err(length_error(s.char_len())),
        Value::Bytes(b) if b.data.len() == 1 => Ok(Value::Int(b.data[0] as i64)),
        Value::Bytes(b) => Err(length_error(b.data.len())),
        Value::ByteArray(b) => match b.data.borrow().as_slice() {
            [x] => Ok(Value::Int(*x as i64)),
            d => Err(length_error(d.len())),
        },
        other => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(other)
        ))),
    }
}

fn chr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("chr", 1, 1)?;
    let i = int_arg(&a[0])?
        .as_i64()
        .and_then(|i| i32::try_from(i).ok())
        .ok_or_else(|| PyErr::overflow("Python int too large to convert to C int"))?;
    match u32::try_from(i).ok().filter(|&u| u < 0x110000) {
        // Lone surrogates cannot be held in a UTF-8 str: U+FFFD stands in.
        Some(u) => Ok(Value::string(
            char::from_u32(u).unwrap_or('\u{fffd}').to_string(),
        )),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

/// `callable(v)`: functions, classes, bound methods and objects with `__call__`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Class(_) | Value::Method(_) => true,
        Value::Instance(i) => crate::vm::class::has_user_attr(&i.class, "__call__"),
        _ => false,
    }
}

fn callable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("callable", 1, 1)?;
    Ok(Value::Bool(is_callable(&a[0])))
}

fn attr_name(v: &Value) -> PyResult<Rc<crate::objects::PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("getattr", 2, 3)?;
    let name = attr_name(&a[1])?;
    match vm.get_attr(&a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if e.is(ExcKind::AttributeError) && a.len() == 3 => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("setattr", 3, 3)?;
    let name = attr_name(&a[1])?;
    vm.set_attr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("hasattr", 2, 2)?;
    let name = attr_name(&a[1])?;
    match vm.get_attr(&a[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is(ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("delattr", 2, 2)?;
    let name = attr_name(&a[1])?;
    vm.del_attr(&a[0], &name)?;
    Ok(Value::None)
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("input", 0, 1)?;
    if let Some(prompt) = a.first() {
        let p = vm.str(prompt)?;
        vm.write_stdout(&p);
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(PyErr::new(ExcKind::OSError, e.to_string())),
    }
}

/// Methods of generator objects.
pub const GENERATOR_METHODS: crate::methods::MethodTable = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__next__", gen_next),
    ("__iter__", gen_iter),
];

/// Methods of built-in iterator objects.
pub const ITERATOR_METHODS: crate::methods::MethodTable = &[("__next__", iter_next_method)];

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("send", 2, 2)?;
    let Value::Generator(g) = &a[0] else {
        unreachable!("generator method on a generator")
    };
    match vm.resume_generator(g, a[1].clone(), None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(PyErr::stop_iteration(v)),
    }
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("throw", 2, 4)?;
    let Value::Generator(g) = &a[0] else {
        unreachable!("generator method on a generator")
    };
    let err = vm.throw_args(&a[1..])?;
    match vm.gen_throw(g, err)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(PyErr::stop_iteration(v)),
    }
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("close", 1, 1)?;
    let Value::Generator(g) = &a[0] else {
        unreachable!("generator method on a generator")
    };
    vm.gen_close(g)?;
    Ok(Value::None)
}

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__iter__", 1, 1)?;
    Ok(a[0].clone())
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__next__", 1, 1)?;
    next(vm, Args::positional(&a[..1]))
}

fn iter_next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__next__", 1, 1)?;
    next(vm, Args::positional(&a[..1]))
}

/// `reversed()` of a dict or dict view: its items in reverse insertion order.
fn dict_reversed(vm: &mut Vm, v: &Value, class: &'static str) -> PyResult<Value> {
    let mut items = vm.collect(v)?;
    items.reverse();
    Ok(PyIter::value(
        class,
        IterState::Seq {
            seq: Value::tuple(items),
            index: 0,
        },
    ))
}
