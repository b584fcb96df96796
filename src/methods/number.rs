//! Methods and attributes of `int`, `bool` and `float`.

use crate::numeric::{self, Int};
use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::ops::{is_int, type_name};
use crate::vm::Vm;

use super::MethodTable;

mod dunder;
pub mod new;
pub mod protocol;

use dunder::join;

/// `int` (and `bool`) methods, then their special methods.
pub const INT_METHODS: MethodTable = &join::<5, 48, 53>(
    [
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("to_bytes", to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
        ("conjugate", int_conjugate),
    ],
    dunder::INT_DUNDERS,
);

/// `complex` methods, then its special methods.
pub const COMPLEX_METHODS: MethodTable =
    &join::<1, 24, 25>([("conjugate", complex_conjugate)], dunder::COMPLEX_DUNDERS);

fn complex_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("conjugate", 1, 1)?;
    match &a[0] {
        Value::Complex(c) => Ok(Value::complex(c.re, -c.im)),
        _ => unreachable!("complex method called on a complex"),
    }
}

/// `float` methods, then its special methods.
pub const FLOAT_METHODS: MethodTable = &join::<4, 36, 40>(
    [
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
    ],
    dunder::FLOAT_DUNDERS,
);

/// The `real`, `imag`, `numerator` and `denominator` attributes of numbers.
pub fn number_attr(v: &Value, name: &str) -> Option<Value> {
    match (v, name) {
        (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(v.clone()),
        (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(v.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Complex(c), "real") => Some(Value::Float(c.re)),
        (Value::Complex(c), "imag") => Some(Value::Float(c.im)),
        _ => None,
    }
}

fn int_self(v: &Value) -> Int {
    v.as_int().expect("int method called on an int")
}

fn float_self(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => unreachable!("float method called on a float"),
    }
}

fn bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("bit_length", 1, 1)?;
    Ok(Value::Int(int_self(&a[0]).bit_length() as i64))
}

fn bit_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("bit_count", 1, 1)?;
    let n = int_self(&a[0]).to_big();
    Ok(Value::Int(
        n.magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    ))
}

fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = int_self(&args.pos()[0]).to_big();
    positional_limit(&args, "to_bytes", 3)?;
    let a = super::args::with_keywords(&args, "to_bytes", &["length", "byteorder", "signed"])?;
    let length = match &a[0] {
        None => 1,
        Some(v) => match protocol::to_index(vm, v)? {
            Some(Int::Small(n)) if n < 0 => {
                return Err(PyErr::value_error("length argument must be non-negative"))
            }
            Some(Int::Small(n)) if n as u64 <= numeric::MAX_INT_BITS / 8 => n as usize,
            Some(Int::Small(_)) => {
                return Err(PyErr::new(crate::objects::ExcKind::MemoryError, ""))
            }
            Some(Int::Big(_)) => {
                return Err(PyErr::overflow(
                    "Python int too large to convert to C ssize_t",
                ))
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                )))
            }
        },
    };
    let little = byteorder_arg(a[1].as_ref(), "to_bytes")?;
    let signed = match &a[2] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    if !signed && this.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let mut bytes = this.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if this.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(PyErr::overflow("int too big to convert"));
    }
    let fill = if this.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("as_integer_ratio", 1, 1)?;
    Ok(Value::tuple(vec![
        Value::from_int(int_self(&a[0])),
        Value::Int(1),
    ]))
}

fn int_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("conjugate", 1, 1)?;
    Ok(Value::from_int(int_self(&a[0])))
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("is_integer", 1, 1)?;
    Ok(Value::Bool(numeric::float_is_integer(float_self(&a[0]))))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("as_integer_ratio", 1, 1)?;
    let (n, d) = numeric::float_as_integer_ratio(float_self(&a[0]))?;
    Ok(Value::tuple(vec![Value::from_int(n), Value::from_int(d)]))
}

fn float_hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("hex", 1, 1)?;
    Ok(Value::string(numeric::float_hex(float_self(&a[0]))))
}

fn float_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("conjugate", 1, 1)?;
    Ok(a[0].clone())
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, on the class.
pub fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional_limit(&args, "from_bytes", 2)?;
    let a = super::args::keywords_from(&args, 0, "from_bytes", &["bytes", "byteorder", "signed"])?;
    let Some(data) = &a[0] else {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let little = byteorder_arg(a[1].as_ref(), "from_bytes")?;
    let signed = match &a[2] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut bytes = bytes_of(vm, data)?;
    if !little {
        bytes.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&bytes)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    Ok(Value::from_bigint(n))
}

/// `signed` is keyword-only: at most `max` positional arguments (counting
/// `self` for methods; the message does not).
fn positional_limit(args: &Args, func: &str, max: usize) -> PyResult<()> {
    let n = args.pos().len();
    if n > max {
        let skip = usize::from(func == "to_bytes");
        return Err(PyErr::type_error(format!(
            "{func}() takes at most {} positional arguments ({} given)",
            max - skip,
            n - skip
        )));
    }
    Ok(())
}

/// The `byteorder` argument of `to_bytes`/`from_bytes` (default `'big'`):
/// true for `'little'`.
fn byteorder_arg(v: Option<&Value>, func: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) if s.as_str() == "little" => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "big" => Ok(false),
        Some(Value::Str(_)) => Err(PyErr::value_error(
            "byteorder must be either 'little' or 'big'",
        )),
        Some(other) => Err(PyErr::type_error(format!(
            "{func}() argument 'byteorder' must be str, not {}",
            type_name(other)
        ))),
    }
}

/// CPython's `PyObject_Bytes` for `int.from_bytes`: bytes-like objects,
/// `__bytes__`, or an iterable of ints in range(256) (not a str).
fn bytes_of(vm: &mut Vm, data: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::bytes::bytes_like(data) {
        return Ok(b);
    }
    if let Some(r) = vm.call_special(data, "__bytes__", &[])? {
        return match r {
            Value::Bytes(b) => Ok(b.data.to_vec()),
            other => Err(PyErr::type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                type_name(&other)
            ))),
        };
    }
    let cannot = || {
        PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(data)
        ))
    };
    if let Value::Str(_) = data {
        return Err(cannot());
    }
    let items = vm.collect(data).map_err(|e| {
        if e.is(crate::objects::ExcKind::TypeError) {
            cannot()
        } else {
            e
        }
    })?;
    let mut bytes = Vec::with_capacity(items.len());
    for item in &items {
        match protocol::to_index(vm, item)? {
            Some(Int::Small(b @ 0..=255)) => bytes.push(b as u8),
            Some(_) => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(item)
                )))
            }
        }
    }
    Ok(bytes)
}

/// `float.fromhex(s)`, on the class.
pub fn float_fromhex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("fromhex", 1, 1)?;
    match &a[0] {
        Value::Str(s) => Ok(Value::Float(numeric::float_fromhex(s.as_str())?)),
        other => Err(PyErr::type_error(format!(
            "must be str, not {}",
            type_name(other)
        ))),
    }
}

/// `divmod(a, b)`.
pub fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("divmod")?;
    let a = args.check_count("divmod", 2, 2)?;
    divmod_values(vm, &a[0], &a[1])
}

/// `divmod(a, b)` of two values: one exact computation for ints and
/// floats, `__divmod__`/`__rdivmod__` for user objects.
pub fn divmod_values(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let pair = |q: Value, r: Value| Value::tuple(vec![q, r]);
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        let (q, r) = x.divmod(&y)?;
        return Ok(pair(Value::from_int(q), Value::from_int(r)));
    }
    let is_real = |v: &Value| matches!(v, Value::Float(_)) || is_int(v);
    if is_real(a) && is_real(b) {
        let x = crate::vm::ops::to_f64(a).unwrap_or(Ok(0.0))?;
        let y = crate::vm::ops::to_f64(b).unwrap_or(Ok(0.0))?;
        let (q, r) = numeric::float_divmod(x, y)?;
        return Ok(pair(Value::Float(q), Value::Float(r)));
    }
    for (this, other, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        match vm.call_special(this, name, std::slice::from_ref(other))? {
            Some(Value::NotImplemented) | None => {}
            Some(r) => return Ok(r),
        }
    }
    let (x, y) = (
        crate::vm::builtin_subclass::unwrap_base(a),
        crate::vm::builtin_subclass::unwrap_base(b),
    );
    if !x.is(a) || !y.is(b) {
        // Subclasses of int and float divide as their bases do.
        let (x, y) = (x.clone(), y.clone());
        return divmod_values(vm, &x, &y);
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

/// `pow(base, exp, mod=None)`.
pub fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = super::args::keywords_from(&args, 0, "pow", &["base", "exp", "mod"])?;
    let (Some(base), Some(exp)) = (&a[0], &a[1]) else {
        let (name, pos) = if a[0].is_none() {
            ("base", 1)
        } else {
            ("exp", 2)
        };
        return Err(PyErr::type_error(format!(
            "pow() missing required argument '{name}' (pos {pos})"
        )));
    };
    pow_values(vm, base, exp, a[2].as_ref().filter(|m| !m.is_none()))
}

/// `base ** exp`, or `pow(base, exp, modulus)` dispatched as CPython's
/// `ternary_op`: ints compute it, a float refuses (`TypeError`), a complex
/// refuses (`ValueError`), a user base gets `__pow__(exp, modulus)`.
pub fn pow_values(
    vm: &mut Vm,
    base: &Value,
    exp: &Value,
    modulus: Option<&Value>,
) -> PyResult<Value> {
    let Some(m) = modulus else {
        return vm.binary_op(crate::bytecode::BinaryOp::Pow, base, exp, false);
    };
    if let (Some(b), Some(e), Some(m)) = (base.as_int(), exp.as_int(), m.as_int()) {
        return Ok(Value::from_int(b.pow_mod(&e, &m)?));
    }
    if let Some(r) = vm.call_special(base, "__pow__", &[exp.clone(), m.clone()])? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    for v in [base, exp, m] {
        match v {
            Value::Float(_) => {
                return Err(PyErr::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ))
            }
            Value::Complex(_) => return Err(PyErr::value_error("complex modulo")),
            _ => {}
        }
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(base),
        type_name(exp),
        type_name(m)
    )))
}

/// `round(number, ndigits=None)`.
pub fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = super::args::keywords_from(&args, 0, "round", &["number", "ndigits"])?;
    let Some(x) = &a[0] else {
        return Err(PyErr::type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    round_value(vm, x, a[1].as_ref())
}

/// `round(x, ndigits)`: banker's rounding for floats (an int result without
/// `ndigits`), multiples of powers of ten for ints, `__round__` otherwise.
pub fn round_value(vm: &mut Vm, x: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
    let ndigits = ndigits.filter(|n| !n.is_none());
    let n = match ndigits {
        None => None,
        Some(n) if matches!(x, Value::Float(_)) || is_int(x) => match protocol::to_index(vm, n)? {
            Some(i) => Some(i),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(n)
                )))
            }
        },
        Some(_) => None,
    };
    match (x, &n) {
        (Value::Float(f), None) => Ok(Value::from_int(numeric::float_round(*f)?)),
        (Value::Float(f), Some(n)) => {
            let n = n
                .as_i64()
                .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
            Ok(Value::Float(numeric::float_round_digits(*f, n)?))
        }
        (v, n) if is_int(v) => {
            let i = int_self(v);
            Ok(Value::from_int(match n {
                Some(n) => i.round_digits(n),
                None => i,
            }))
        }
        _ => {
            let args: Vec<Value> = ndigits.into_iter().cloned().collect();
            match vm.call_special_or_base(x, "__round__", &args)? {
                Some(r) => Ok(r),
                None => Err(PyErr::type_error(format!(
                    "type {} doesn't define __round__ method",
                    type_name(x)
                ))),
            }
        }
    }
}

/// `sys.get_int_max_str_digits()`.
pub fn get_int_max_str_digits(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(numeric::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`.
pub fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = super::args::keywords_from(&args, 0, "set_int_max_str_digits", &["maxdigits"])?;
    let Some(n) = &a[0] else {
        return Err(PyErr::type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        ));
    };
    let Some(n) = protocol::to_index(vm, n)? else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(n)
        )));
    };
    numeric::set_max_str_digits(n.as_i64().unwrap_or(-1))?;
    Ok(Value::None)
}
