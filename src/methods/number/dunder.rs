//! The special methods of `int`, `float` and `complex` called directly
//! (`(3).__add__(4)`, `x.__format__('>5')`, `n.__round__(-1)`): each runs
//! the operator the VM runs, and returns `NotImplemented` for operands the
//! type itself does not handle, as CPython's slot wrappers do.

use crate::bytecode::{BinaryOp, CompareOp, UnaryOp};
use crate::numeric;
use crate::numeric::Int;
use crate::objects::{Args, BuiltinFn, PyResult, Value};
use crate::vm::ops::is_int;
use crate::vm::Vm;

/// Which built-in number type a value is, ordered by the tower.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Int,
    Float,
    Complex,
}

fn kind(v: &Value) -> Option<Kind> {
    match v {
        Value::Float(_) => Some(Kind::Float),
        Value::Complex(_) => Some(Kind::Complex),
        _ if is_int(v) => Some(Kind::Int),
        _ => None,
    }
}

/// `self` and the one operand of a binary special method.
fn operands<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    args.no_kwargs(name)?;
    let a = args.pos();
    if a.len() != 2 {
        return Err(crate::objects::PyErr::type_error(format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    Ok((&a[0], &a[1]))
}

/// `self.<op>(other)` (or the reflected `other <op> self`): `NotImplemented`
/// when `other` is a number of a wider type than `self`, or not a number.
fn binary(vm: &mut Vm, args: Args, name: &str, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    let (this, other) = operands(&args, name)?;
    match (kind(this), kind(other)) {
        (Some(k), Some(o)) if o <= k => {
            if reflected {
                vm.binary_op(op, other, this, false)
            } else {
                vm.binary_op(op, this, other, false)
            }
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// `self.<cmp>(other)`; complex numbers only support `==` and `!=`.
fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let (this, other) = operands(&args, name)?;
    match (kind(this), kind(other)) {
        (Some(Kind::Complex), Some(_)) if !matches!(op, CompareOp::Eq | CompareOp::Ne) => {
            Ok(Value::NotImplemented)
        }
        (Some(k), Some(o)) if o <= k => vm.compare(op, this, other),
        _ => Ok(Value::NotImplemented),
    }
}

/// The value of an int `self` (methods of the int table only get ints).
fn int_of(v: &Value) -> Int {
    v.as_int().unwrap_or(Int::Small(0))
}

/// `self` of a method taking no other argument.
fn only_self<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&args.check_method_count(name, 1, 1)?[0])
}

macro_rules! binary_dunders {
    ($($fname:ident $rname:ident $name:literal $rstr:literal $op:ident;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            binary(vm, args, $name, BinaryOp::$op, false)
        }
        fn $rname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            binary(vm, args, $rstr, BinaryOp::$op, true)
        }
    )*};
}

binary_dunders! {
    add radd "__add__" "__radd__" Add;
    sub rsub "__sub__" "__rsub__" Sub;
    mul rmul "__mul__" "__rmul__" Mul;
    truediv rtruediv "__truediv__" "__rtruediv__" TrueDiv;
    floordiv rfloordiv "__floordiv__" "__rfloordiv__" FloorDiv;
    modulo rmodulo "__mod__" "__rmod__" Mod;
    lshift rlshift "__lshift__" "__rlshift__" LShift;
    rshift rrshift "__rshift__" "__rrshift__" RShift;
    and rand "__and__" "__rand__" And;
    or ror "__or__" "__ror__" Or;
    xor rxor "__xor__" "__rxor__" Xor;
}

macro_rules! compare_dunders {
    ($($fname:ident $name:literal $op:ident;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            compare(vm, args, $name, CompareOp::$op)
        }
    )*};
}

compare_dunders! {
    eq "__eq__" Eq;
    ne "__ne__" Ne;
    lt "__lt__" Lt;
    le "__le__" Le;
    gt "__gt__" Gt;
    ge "__ge__" Ge;
}

macro_rules! unary_dunders {
    ($($fname:ident $name:literal $op:ident;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let this = only_self(&args, $name)?;
            vm.unary_op(UnaryOp::$op, this)
        }
    )*};
}

unary_dunders! {
    neg "__neg__" Neg;
    pos "__pos__" Pos;
    invert "__invert__" Invert;
}

/// `self.__pow__(other[, mod])` and `__rpow__`.
fn pow_impl(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    args.no_kwargs(name)?;
    let a = args.check_method_count(name, 2, 3)?;
    let (this, other) = (&a[0], &a[1]);
    let modulus = a.get(2).filter(|m| !m.is_none());
    match (kind(this), kind(other)) {
        (Some(k), Some(o)) if o <= k => {
            let (base, exp) = if reflected {
                (other, this)
            } else {
                (this, other)
            };
            super::pow_values(vm, base, exp, modulus)
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_impl(vm, args, "__pow__", false)
}

fn rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_impl(vm, args, "__rpow__", true)
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, other) = operands(&args, "__divmod__")?;
    match (kind(this), kind(other)) {
        (Some(k), Some(o)) if o <= k => super::divmod_values(vm, this, other),
        _ => Ok(Value::NotImplemented),
    }
}

fn rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, other) = operands(&args, "__rdivmod__")?;
    match (kind(this), kind(other)) {
        (Some(k), Some(o)) if o <= k => super::divmod_values(vm, other, this),
        _ => Ok(Value::NotImplemented),
    }
}

fn abs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match only_self(&args, "__abs__")? {
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(c) => Value::Float(c.abs()?),
        v => Value::from_int(int_of(v).abs()),
    })
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = only_self(&args, "__bool__")?;
    Ok(Value::Bool(vm.is_true(this)?))
}

fn int_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match only_self(&args, "__int__")? {
        Value::Float(f) => Value::from_int(numeric::float_trunc(*f)?),
        v => Value::from_int(int_of(v)),
    })
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_(vm, args)
}

fn floor(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match only_self(&args, "__floor__")? {
        Value::Float(f) => Value::from_int(numeric::float_trunc(f.floor())?),
        v => Value::from_int(int_of(v)),
    })
}

fn ceil(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match only_self(&args, "__ceil__")? {
        Value::Float(f) => Value::from_int(numeric::float_trunc(f.ceil())?),
        v => Value::from_int(int_of(v)),
    })
}

fn index(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = only_self(&args, "__index__")?;
    Ok(Value::from_int(int_of(this)))
}

fn float_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match only_self(&args, "__float__")? {
        Value::Float(f) => Value::Float(*f),
        v => Value::Float(numeric::int_to_f64(&int_of(v))?),
    })
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("__round__")?;
    let a = args.check_method_count("__round__", 1, 2)?;
    super::round_value(vm, &a[0], a.get(1))
}

fn hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = only_self(&args, "__hash__")?;
    Ok(Value::Int(crate::objects::dict::hash_value(this)?))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("__format__")?;
    let a = args.check_method_count("__format__", 2, 2)?;
    match &a[1] {
        Value::Str(spec) => Ok(Value::string(vm.format(&a[0], spec.as_str())?)),
        other => Err(crate::objects::PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            crate::vm::ops::type_name(other)
        ))),
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = only_self(&args, "__repr__")?;
    Ok(Value::string(vm.repr(this)?))
}

/// The special methods every built-in number has.
macro_rules! common {
    () => {
        [
            ("__add__", add as BuiltinFn),
            ("__radd__", radd),
            ("__sub__", sub),
            ("__rsub__", rsub),
            ("__mul__", mul),
            ("__rmul__", rmul),
            ("__truediv__", truediv),
            ("__rtruediv__", rtruediv),
            ("__pow__", pow),
            ("__rpow__", rpow),
            ("__neg__", neg),
            ("__pos__", pos),
            ("__abs__", abs),
            ("__bool__", bool_),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__hash__", hash),
            ("__format__", format),
            ("__repr__", repr),
            ("__str__", repr),
        ]
    };
}

type Entry = (&'static str, BuiltinFn);

/// Special methods of `int` and `bool`.
pub const INT_DUNDERS: [Entry; 48] = join::<24, 24, 48>(
    common!(),
    [
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", modulo),
        ("__rmod__", rmodulo),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__lshift__", lshift),
        ("__rlshift__", rlshift),
        ("__rshift__", rshift),
        ("__rrshift__", rrshift),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__invert__", invert),
        ("__int__", int_),
        ("__float__", float_),
        ("__index__", index),
        ("__trunc__", trunc),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round),
    ],
);

/// Special methods of `float`.
pub const FLOAT_DUNDERS: [Entry; 36] = join::<24, 12, 36>(
    common!(),
    [
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", modulo),
        ("__rmod__", rmodulo),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__int__", int_),
        ("__float__", float_),
        ("__trunc__", trunc),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round),
    ],
);

/// Special methods of `complex`.
pub const COMPLEX_DUNDERS: [Entry; 24] = common!();

/// Joins two method arrays at compile time (`N` must be `A + B`).
pub const fn join<const A: usize, const B: usize, const N: usize>(
    a: [Entry; A],
    b: [Entry; B],
) -> [Entry; N] {
    assert!(A + B == N && A > 0);
    let mut out = [a[0]; N];
    let mut i = 0;
    while i < A {
        out[i] = a[i];
        i += 1;
    }
    while i < N {
        out[i] = b[i - A];
        i += 1;
    }
    out
}
