//! The `builtins` module: built-in functions, the built-in types as callable
//! constructors, and the exception classes.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::numeric::{self, Int};
use crate::objects::class::{class_of, types};
use crate::objects::iter::IterState;
use crate::objects::{
    Args, BuiltinFn, ExcKind, PyBuiltin, PyClass, PyDict, PyErr, PyIter, PyRange, PyResult, Value,
};
use crate::vm::eval::GenStep;
use crate::vm::ops::{is_int, type_name};
use crate::vm::repr::MAX_STR_DIGITS;
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
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
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
    super::async_builtins::install(&b);
}

/// `bytes`, `bytearray` and the class-level methods (`dict.fromkeys`,
/// `bytes.fromhex`, `str.maketrans`) stored in the classes' dicts.
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
    t.str_
        .dict
        .set_str("maketrans", builtin("maketrans", strm::maketrans_static));
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
        "int" => int_new(vm, args),
        "float" => float_new(vm, args),
        "str" if args.pos().len() > 1 || args.has_kwargs() => {
            crate::methods::bytes_text::str_decoding(vm, args)
        }
        "str" => {
            let a = args.check_count("str", 0, 1)?;
            Ok(match a.first() {
                Some(v) => Value::string(vm.str(v)?),
                None => Value::str(""),
            })
        }
        "bool" => {
            let a = args.check_count("bool", 0, 1)?;
            Ok(Value::Bool(match a.first() {
                Some(v) => vm.is_true(v)?,
                None => false,
            }))
        }
        "list" => {
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
        "range" => range_new(args),
        "bytes" => crate::methods::bytes::construct(vm, args, false),
        "complex" => crate::methods::number::complex_new(vm, args),
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
            if let Some(Value::Int(s)) = pos.get(1) {
                start = *s;
            }
            for (k, v) in args.kwargs() {
                if let ("start", Value::Int(s)) = (k, v) {
                    start = *s;
                }
            }
            let Some(iterable) = pos.first() else {
                return Err(PyErr::type_error(
                    "enumerate() missing required argument 'iterable' (pos 1)",
                ));
            };
            let iter = vm.get_iter(iterable)?;
            Ok(PyIter::value(
                "enumerate",
                IterState::Enumerate { iter, count: start },
            ))
        }
        "zip" => {
            let mut iters = Vec::new();
            for (i, v) in args.pos().iter().enumerate() {
                iters.push(vm.get_iter(v).map_err(|_| {
                    PyErr::type_error(format!("zip argument #{} must support iteration", i + 1))
                })?);
            }
            Ok(PyIter::value("zip", IterState::Zip { iters }))
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
            let a = args.check_count("reversed", 1, 1)?;
            let (class, len) = match &a[0] {
                Value::List(l) => ("list_reverseiterator", l.items.borrow().len()),
                Value::Tuple(t) => ("reversed", t.items.len()),
                Value::Str(s) => ("reversed", s.char_len()),
                Value::Bytes(b) => ("reversed", b.data.len()),
                Value::ByteArray(b) => ("reversed", b.data.borrow().len()),
                Value::Range(r) => ("range_iterator", r.len() as usize),
                Value::Dict(_) => return dict_reversed(vm, &a[0], "dict_reversekeyiterator"),
                Value::Native(n) if n.as_any().is::<crate::methods::dict::DictView>() => {
                    let name = match crate::vm::ops::type_name(&a[0]).as_str() {
                        "dict_values" => "dict_reversevalueiterator",
                        "dict_items" => "dict_reverseitemiterator",
                        _ => "dict_reversekeyiterator",
                    };
                    return dict_reversed(vm, &a[0], name);
                }
                Value::Instance(i) if has_reversed(&i.class) => {
                    if let Some(r) = vm.call_special(&a[0], "__reversed__", &[])? {
                        return Ok(r);
                    }
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not reversible",
                        i.class.name
                    )));
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

fn int_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("int", 0, 2)?;
    let mut base = a.get(1).cloned();
    for (k, v) in args.kwargs() {
        if k == "base" {
            base = Some(v.clone());
        }
    }
    let Some(x) = a.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let Value::Str(s) = x else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        let base = match base {
            Value::Int(b) => b,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&other)
                )))
            }
        };
        return Ok(Value::from_int(numeric::parse_int(
            s.as_str(),
            base,
            MAX_STR_DIGITS,
        )?));
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::from_int(numeric::float_trunc(*f)?)),
        Value::Str(s) => Ok(Value::from_int(numeric::parse_int(
            s.as_str(),
            10,
            MAX_STR_DIGITS,
        )?)),
        other => Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(other)
        ))),
    }
}

fn float_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("float", 0, 1)?;
    Ok(Value::Float(match a.first() {
        None => 0.0,
        Some(Value::Float(f)) => *f,
        Some(Value::Str(s)) => numeric::parse_float(s.as_str())?,
        Some(v) if is_int(v) => crate::vm::ops::to_f64(v).expect("int")?,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(other)
            )))
        }
    }))
}

fn range_new(args: Args) -> PyResult<Value> {
    args.no_kwargs("range")?;
    let a = args.pos();
    let int = |v: &Value| -> PyResult<i128> {
        match v {
            Value::Int(i) => Ok(*i as i128),
            Value::Bool(b) => Ok(*b as i128),
            Value::BigInt(b) => b
                .to_i128()
                .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t")),
            other => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            ))),
        }
    };
    let (start, stop, step) = match a.len() {
        1 => (0, int(&a[0])?, 1),
        2 => (int(&a[0])?, int(&a[1])?, 1),
        3 => (int(&a[0])?, int(&a[1])?, int(&a[2])?),
        0 => {
            return Err(PyErr::type_error(
                "range expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(PyErr::type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_owned();
    let mut end = "\n".to_owned();
    let mut file = Value::None;
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
            "flush" => {}
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
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("len", 1, 1)?;
    let n = match &a[0] {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Range(r) => r.len() as usize,
        Value::Native(n) => match n.as_any().downcast_ref::<crate::methods::dict::DictView>() {
            Some(v) => v.dict.len(),
            None => match crate::methods::memoryview::as_view(&a[0]) {
                Some(v) => v.py_len()?,
                None => return Err(no_len(&a[0])),
            },
        },
        Value::Instance(_) if let Some(n) = vm.user_len(&a[0])? => n as usize,
        other => return Err(no_len(other)),
    };
    Ok(Value::Int(n as i64))
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

/// True when `reversed()` should call the class's `__reversed__` (one that
/// is set, not `None`).
fn has_reversed(class: &Rc<PyClass>) -> bool {
    !matches!(
        crate::vm::class::lookup(class, "__reversed__"),
        None | Some(Value::None)
    )
}

/// `isinstance`/`issubclass` against a class or a tuple of classes.
fn class_matches(vm: &mut Vm, class: &Rc<PyClass>, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) if class.is_subclass(c) => Ok(true),
        Value::Class(c) => crate::vm::class::abc_subclass_check(vm, c, class),
        Value::Tuple(t) => {
            for item in t.items.iter() {
                if class_matches(vm, class, item, fname)? {
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

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("isinstance", 2, 2)?;
    Ok(Value::Bool(class_matches(
        vm,
        &class_of(&a[0]),
        &a[1],
        "isinstance",
    )?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("issubclass", 2, 2)?;
    let Value::Class(c) = &a[0] else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_matches(vm, c, &a[1], "issubclass")?))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("abs", 1, 1)?;
    Ok(match &a[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Value::from_int(a[0].as_int().expect("int").abs())
        }
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(c) => Value::Float(c.abs()),
        Value::Instance(_) if let Some(r) = vm.call_special(&a[0], "__abs__", &[])? => r,
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
    let a = args.check_count("sum", 1, 2)?;
    let mut start = a.get(1).cloned().unwrap_or(Value::Int(0));
    for (k, v) in args.kwargs() {
        if k == "start" {
            start = v.clone();
        }
    }
    if let Value::Str(_) = start {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
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
    if let Value::Instance(_) = &a[0] {
        return Ok(Value::Int(vm.user_hash(&a[0])?));
    }
    Ok(Value::Int(crate::objects::dict::hash_value(&a[0])?))
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

fn radix(args: Args, name: &str, radix: u32) -> PyResult<Value> {
    let a = args.check_count(name, 1, 1)?;
    Ok(Value::string(numeric::int_to_radix(
        &int_arg(&a[0])?,
        radix,
        true,
    )))
}

fn hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(args, "hex", 16)
}

fn oct(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(args, "oct", 8)
}

fn bin(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(args, "bin", 2)
}

fn ord(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("ord", 1, 1)?;
    match &a[0] {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(s.char_at(0).map_or(0, |c| c as i64))),
        Value::Str(s) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
        v @ (Value::Bytes(_) | Value::ByteArray(_)) => {
            let d = crate::objects::bytes::bytes_like(v).unwrap_or_default();
            match d[..] {
                [b] => Ok(Value::Int(b as i64)),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    d.len()
                ))),
            }
        }
        other => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(other)
        ))),
    }
}

fn chr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("chr", 1, 1)?;
    let c = crate::format::char_from_int(&int_arg(&a[0])?)?;
    Ok(Value::string(c.to_string()))
}

fn round(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("round", 1, 2)?;
    let ndigits = a.get(1).filter(|v| !v.is_none());
    match (&a[0], ndigits) {
        (Value::Float(f), None) => Ok(Value::from_int(numeric::float_round(*f)?)),
        (Value::Float(f), Some(n)) => {
            let n = int_arg(n)?.as_i64().unwrap_or(i64::MAX);
            Ok(Value::Float(numeric::float_round_digits(*f, n)?))
        }
        (v, None) if is_int(v) => Ok(Value::from_int(int_arg(v)?)),
        (v, Some(n)) if is_int(v) => {
            let n = int_arg(n)?;
            if !n.is_negative() {
                return Ok(Value::from_int(int_arg(v)?));
            }
            let x = int_arg(v)?.to_big();
            let exp = n.neg().as_i64().unwrap_or(0).min(u32::MAX as i64) as u32;
            let p = num_traits::pow::Pow::pow(BigInt::from(10), exp);
            let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        (other, _) => Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(other)
        ))),
    }
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("divmod", 2, 2)?;
    let num = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
    if !num(&a[0]) || !num(&a[1]) {
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(&a[0]),
            type_name(&a[1])
        )));
    }
    let q = vm.binary_op(crate::bytecode::BinaryOp::FloorDiv, &a[0], &a[1], false)?;
    let r = vm.binary_op(crate::bytecode::BinaryOp::Mod, &a[0], &a[1], false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("pow", 2, 3)?;
    match a.get(2) {
        None | Some(Value::None) => {
            vm.binary_op(crate::bytecode::BinaryOp::Pow, &a[0], &a[1], false)
        }
        Some(m) => {
            let (b, e, m) = (int_arg(&a[0])?, int_arg(&a[1])?, int_arg(m)?);
            Ok(Value::from_int(b.pow_mod(&e, &m)?))
        }
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
