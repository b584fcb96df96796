//! Exception groups (PEP 654): `BaseExceptionGroup.__new__`, `split`,
//! `subgroup`, `derive`, and the two steps of `except*` that CPython 3.11
//! runs as `CHECK_EG_MATCH` and `PREP_RERAISE_STAR`.

use std::rc::Rc;

use crate::objects::class::types;
use crate::objects::exception::{is_exception_class, GroupParts};
use crate::objects::{Args, BuiltinFn, ExcKind, PyClass, PyErr, PyException, PyResult, PyStr};
use crate::objects::{PyTuple, Value};

use super::ops::type_name;
use super::Vm;

/// Calls an exception class: groups go through `BaseExceptionGroup.__new__`,
/// other exceptions just keep their positional arguments.
pub fn new_exception(vm: &mut Vm, class: &Rc<PyClass>, args: Args) -> PyResult<Value> {
    if is_group_class(class) {
        // `__new__` checks the positional arguments, then `__init__` refuses keywords.
        let group = group_new(vm, class, args.pos())?;
        args.no_kwargs(&class.name)?;
        return Ok(group);
    }
    super::call::new_exception(class, args)
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)` with CPython's checks;
/// `BaseExceptionGroup(...)` of plain `Exception`s makes an `ExceptionGroup`.
pub fn group_new(vm: &mut Vm, class: &Rc<PyClass>, pos: &[Value]) -> PyResult<Value> {
    let t = types();
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    if !matches!(pos[0], Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(&pos[0])
        )));
    }
    if !is_sequence(&pos[1]) {
        return Err(PyErr::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = vm.collect(&pos[1])?;
    if items.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Exception(e) => nested_base |= !e.is(ExcKind::Exception),
            _ => {
                return Err(PyErr::value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )))
            }
        }
    }
    let base_group = t.exception(ExcKind::BaseExceptionGroup);
    let group = t.exception(ExcKind::ExceptionGroup);
    let mut class = class.clone();
    if Rc::ptr_eq(&class, base_group) {
        if !nested_base {
            class = group.clone();
        }
    } else if Rc::ptr_eq(&class, group) {
        if nested_base {
            return Err(PyErr::type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if nested_base && class.is_subclass(t.exception(ExcKind::Exception)) {
        return Err(PyErr::type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            class.name
        )));
    }
    let exc = PyException::new(class, pos.to_vec());
    *exc.group.borrow_mut() = Some(GroupParts {
        message: pos[0].clone(),
        exceptions: Rc::new(PyTuple {
            items: items.into_boxed_slice(),
        }),
    });
    Ok(Value::Exception(exc))
}

/// True for `BaseExceptionGroup` and its subclasses.
pub fn is_group_class(class: &Rc<PyClass>) -> bool {
    class.is_subclass(types().exception(ExcKind::BaseExceptionGroup))
}

/// CPython's `PySequence_Check` for the values snippy has.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_) => true,
        Value::Instance(i) => super::class::has_user_attr(&i.class, "__getitem__"),
        _ => false,
    }
}

/// `message` and `exceptions` of a group (read-only members).
pub fn group_attr(e: &PyException, name: &str) -> Option<Value> {
    let g = e.group.borrow();
    let g = g.as_ref()?;
    match name {
        "message" => Some(g.message.clone()),
        "exceptions" => Some(Value::Tuple(g.exceptions.clone())),
        _ => None,
    }
}

/// True for the members `obj.name = ...` may not replace.
pub fn is_readonly_attr(e: &PyException, name: &str) -> bool {
    e.group.borrow().is_some() && matches!(name, "message" | "exceptions")
}

/// `str()` of a group: `msg (2 sub-exceptions)`.
pub fn group_str(vm: &mut Vm, e: &PyException) -> PyResult<Option<String>> {
    let Some(g) = e.group.borrow().clone() else {
        return Ok(None);
    };
    let msg = vm.str(&g.message)?;
    let n = g.exceptions.items.len();
    let s = if n > 1 { "s" } else { "" };
    Ok(Some(format!("{msg} ({n} sub-exception{s})")))
}

/// The methods of `BaseExceptionGroup` (unbound).
pub fn method(name: &str) -> Option<(&'static str, BuiltinFn)> {
    Some(match name {
        "__new__" => ("__new__", eg_new_method),
        "split" => ("split", eg_split),
        "subgroup" => ("subgroup", eg_subgroup),
        "derive" => ("derive", eg_derive),
        _ => return None,
    })
}

fn eg_new_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    match pos.first() {
        Some(Value::Class(c)) if c.is_subclass(types().exception(ExcKind::BaseExceptionGroup)) => {
            group_new(vm, &c.clone(), &pos[1..])
        }
        _ => Err(PyErr::type_error(
            "BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup",
        )),
    }
}

/// `self` and the single argument of a METH_O method.
fn self_and_arg(args: Args, name: &str) -> PyResult<(Rc<PyException>, Value)> {
    let pos = args.pos();
    let this = match pos.first() {
        Some(Value::Exception(e)) if e.group.borrow().is_some() => e.clone(),
        _ => {
            return Err(PyErr::type_error(format!(
                "descriptor '{name}' requires a 'BaseExceptionGroup' object"
            )))
        }
    };
    args.no_kwargs(&format!("BaseExceptionGroup.{name}"))?;
    if pos.len() != 2 {
        let n = pos.len() - 1;
        return Err(PyErr::type_error(if name == "derive" {
            format!("function takes exactly 1 argument ({n} given)")
        } else {
            format!("{name} expected 1 argument, got {n}")
        }));
    }
    Ok((this, pos[1].clone()))
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, m) = self_and_arg(args, "split")?;
    let matcher = Matcher::new(m)?;
    let (matched, rest) = split(vm, &this, &matcher, true)?;
    Ok(Value::tuple(vec![exc_or_none(matched), exc_or_none(rest)]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, m) = self_and_arg(args, "subgroup")?;
    let matcher = Matcher::new(m)?;
    let (matched, _) = split(vm, &this, &matcher, false)?;
    Ok(exc_or_none(matched))
}

/// `derive(excs)`: a plain group with this message (subclasses override it).
fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, excs) = self_and_arg(args, "derive")?;
    let message = this
        .group
        .borrow()
        .as_ref()
        .map_or(Value::None, |g| g.message.clone());
    let base = types().exception(ExcKind::BaseExceptionGroup).clone();
    group_new(vm, &base, &[message, excs])
}

fn exc_or_none(e: Option<Rc<PyException>>) -> Value {
    e.map_or(Value::None, Value::Exception)
}

/// What `split` and `subgroup` select leaves by.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A function called with each exception.
    Predicate(Value),
    /// The given exception objects (the re-raised part of `except*`).
    Ids(Vec<usize>),
}

impl Matcher {
    fn new(v: Value) -> PyResult<Matcher> {
        if is_callable(&v) && !matches!(v, Value::Class(_)) {
            return Ok(Matcher::Predicate(v));
        }
        let ok = match &v {
            Value::Tuple(t) => t.items.iter().all(is_exception_class),
            other => is_exception_class(other),
        };
        if ok {
            Ok(Matcher::Type(v))
        } else {
            Err(PyErr::type_error(
                "expected a function, exception type or tuple of exception types",
            ))
        }
    }

    fn matches(&self, vm: &mut Vm, exc: &Rc<PyException>) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => super::ops::exception_matches(&Value::Exception(exc.clone()), t),
            Matcher::Predicate(f) => {
                let r = vm.call_positional(f, &[Value::Exception(exc.clone())])?;
                vm.is_true(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&(Rc::as_ptr(exc) as usize))),
        }
    }
}

fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Class(_) | Value::Method(_) => true,
        Value::Instance(i) => super::class::has_user_attr(&i.class, "__call__"),
        _ => false,
    }
}

type SplitResult = (Option<Rc<PyException>>, Option<Rc<PyException>>);

/// CPython's `exceptiongroup_split_recursive`: the matching part and (when
/// `construct_rest`) the rest, each keeping the group's nesting.
fn split(
    vm: &mut Vm,
    exc: &Rc<PyException>,
    m: &Matcher,
    construct_rest: bool,
) -> PyResult<SplitResult> {
    split_at(vm, exc, m, construct_rest, 0)
}

/// How deeply nested groups `split` walks before giving up, as the recursion limit.
const MAX_NESTING: usize = 1000;

fn split_at(
    vm: &mut Vm,
    exc: &Rc<PyException>,
    m: &Matcher,
    construct_rest: bool,
    depth: usize,
) -> PyResult<SplitResult> {
    if depth > MAX_NESTING {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    if m.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some(excs) = exc.group_exceptions() else {
        return Ok((None, construct_rest.then(|| exc.clone())));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in excs.items.iter() {
        let Value::Exception(e) = e else { continue };
        let (m_part, r_part) = split_at(vm, e, m, construct_rest, depth + 1)?;
        matched.extend(m_part.map(Value::Exception));
        rest.extend(r_part.map(Value::Exception));
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if construct_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// `orig.derive(excs)` with orig's traceback, cause, context and a copy of its notes.
fn subset(
    vm: &mut Vm,
    orig: &Rc<PyException>,
    excs: Vec<Value>,
) -> PyResult<Option<Rc<PyException>>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.get_attr(&Value::Exception(orig.clone()), &PyStr::new("derive"))?;
    let eg = match vm.call_positional(&derive, &[Value::list(excs)])? {
        Value::Exception(e) if e.group.borrow().is_some() => e,
        _ => {
            return Err(PyErr::type_error(
                "derive must return an instance of BaseExceptionGroup",
            ))
        }
    };
    *eg.traceback.borrow_mut() = orig.traceback.borrow().clone();
    *eg.context.borrow_mut() = orig.context.borrow().clone();
    *eg.cause.borrow_mut() = orig.cause.borrow().clone();
    eg.suppress_context.set(true);
    if let Some(notes) = orig.dict.get_str("__notes__") {
        if is_sequence(&notes) {
            let copy = vm.collect(&notes)?;
            eg.dict.set_str("__notes__", Value::list(copy));
        }
    }
    Ok(Some(eg))
}

/// The `except*` test (`CHECK_EG_MATCH`): `(rest, match)` for the raised
/// `exc` against `typ`. `match` is None when nothing matched; a matching
/// naked exception is wrapped in `ExceptionGroup('', [exc])`.
pub fn except_star_match(vm: &mut Vm, exc: &Value, typ: &Value) -> PyResult<(Value, Value)> {
    check_star_type(typ)?;
    let Value::Exception(e) = exc else {
        return Ok((Value::None, Value::None));
    };
    if super::ops::exception_matches(exc, typ)? {
        if e.group.borrow().is_some() {
            return Ok((Value::None, exc.clone()));
        }
        // CPython 3.11 gives the wrapper no traceback of its own.
        let wrapped = create_group(Value::tuple(vec![exc.clone()]), vec![exc.clone()]);
        return Ok((Value::None, Value::Exception(wrapped)));
    }
    if e.group.borrow().is_some() {
        let (matched, rest) = split(vm, e, &Matcher::Type(typ.clone()), true)?;
        return Ok((exc_or_none(rest), exc_or_none(matched)));
    }
    Ok((Value::None, Value::None))
}

/// `except*` accepts exception classes but no exception group classes.
fn check_star_type(typ: &Value) -> PyResult<()> {
    let items: &[Value] = match typ {
        Value::Tuple(t) => &t.items,
        other => std::slice::from_ref(other),
    };
    let t = types();
    let group = t.exception(ExcKind::BaseExceptionGroup);
    for item in items {
        if !is_exception_class(item) {
            return Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    if items
        .iter()
        .any(|c| matches!(c, Value::Class(c) if c.is_subclass(group)))
    {
        return Err(PyErr::type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// `ExceptionGroup("", seq)` of the exceptions `excs` in `seq` (or a
/// `BaseExceptionGroup` when one is not an `Exception`).
fn create_group(seq: Value, excs: Vec<Value>) -> Rc<PyException> {
    let t = types();
    let all_plain = excs
        .iter()
        .all(|e| matches!(e, Value::Exception(e) if e.is(ExcKind::Exception)));
    let kind = if all_plain {
        ExcKind::ExceptionGroup
    } else {
        ExcKind::BaseExceptionGroup
    };
    let exc = PyException::new(t.exception(kind).clone(), vec![Value::str(""), seq]);
    *exc.group.borrow_mut() = Some(GroupParts {
        message: Value::str(""),
        exceptions: Rc::new(PyTuple {
            items: excs.into_boxed_slice(),
        }),
    });
    exc
}

/// What an `except*` statement raises at its end (`PREP_RERAISE_STAR`):
/// `orig` was caught; `excs` holds what the clauses raised or re-raised and
/// the unmatched rest (Nones for nothing). Re-raised parts keep orig's
/// nesting; newly raised ones become siblings in a new group.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    let Value::Exception(orig) = orig else {
        return Ok(Value::None);
    };
    let excs: Vec<Rc<PyException>> = excs
        .iter()
        .filter_map(|e| match e {
            Value::Exception(e) => Some(e.clone()),
            _ => None,
        })
        .collect();
    if orig.group.borrow().is_none() {
        return Ok(exc_or_none(excs.into_iter().next()));
    }
    let (reraised, mut raised): (Vec<_>, Vec<_>) =
        excs.into_iter().partition(|e| same_metadata(e, orig));
    let mut ids = Vec::new();
    for e in &reraised {
        collect_leaf_ids(e, &mut ids);
    }
    let reraised_eg = if reraised.is_empty() {
        None
    } else {
        split(vm, orig, &Matcher::Ids(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(exc_or_none(reraised_eg));
    }
    raised.extend(reraised_eg);
    if raised.len() > 1 {
        let all: Vec<Value> = raised.into_iter().map(Value::Exception).collect();
        return Ok(Value::Exception(create_group(
            Value::list(all.clone()),
            all,
        )));
    }
    Ok(exc_or_none(raised.pop()))
}

/// CPython's "same traceback, cause and context" test for a re-raised part.
fn same_metadata(a: &PyException, b: &PyException) -> bool {
    let same_exc = |x: &Option<Rc<PyException>>, y: &Option<Rc<PyException>>| match (x, y) {
        (Some(x), Some(y)) => Rc::ptr_eq(x, y),
        (None, None) => true,
        _ => false,
    };
    let (ta, tb) = (a.traceback.borrow(), b.traceback.borrow());
    ta.len() == tb.len()
        && ta
            .iter()
            .zip(tb.iter())
            .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.ip == y.ip)
        && same_exc(&a.cause.borrow(), &b.cause.borrow())
        && same_exc(&a.context.borrow(), &b.context.borrow())
}

fn collect_leaf_ids(e: &Rc<PyException>, ids: &mut Vec<usize>) {
    match e.group_exceptions() {
        Some(excs) => {
            for sub in excs.items.iter() {
                if let Value::Exception(s) = sub {
                    collect_leaf_ids(s, ids);
                }
            }
        }
        None => ids.push(Rc::as_ptr(e) as usize),
    }
}
