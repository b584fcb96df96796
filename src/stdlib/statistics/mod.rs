//! The `statistics` module: CPython's exact-fraction algorithms (`_sum`,
//! `_ss`, correctly rounded square roots) in `statistics.py`, on two native
//! helpers for what the int and float types here do not offer as methods.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed};

use crate::numeric::{float_as_integer_ratio, Int};
use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::{to_bigint, type_name};
use crate::vm::Vm;

/// The `statistics` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[("_ratio", ratio), ("_sqrt_frac", sqrt_frac)]);
    super::pysource::run_into(vm, &dict, "statistics", include_str!("statistics.py"));
    dict
}

/// `_ratio(x)`: `(numerator, denominator)` of an int or a finite float;
/// `(x, None)` for infinities and NaN (CPython's `_exact_ratio`).
fn ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_ratio", 1, 1)?;
    match &a[0] {
        Value::Float(f) if !f.is_finite() => Ok(Value::tuple(vec![a[0].clone(), Value::None])),
        Value::Float(f) => {
            let (n, d) = float_as_integer_ratio(*f)?;
            Ok(Value::tuple(vec![Value::from_int(n), Value::from_int(d)]))
        }
        v => match to_bigint(v) {
            Some(n) => Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)])),
            None => Err(PyErr::type_error(format!(
                "can't convert type '{}' to numerator/denominator",
                type_name(v)
            ))),
        },
    }
}

/// `isqrt(n // m)` rounded to odd: exact enough for a correctly rounded float.
fn sqrt_rto(n: &BigInt, m: &BigInt) -> BigInt {
    let a = n.div_floor(m).sqrt();
    if &(&a * &a * m) != n {
        a | BigInt::one()
    } else {
        a
    }
}

/// `_sqrt_frac(n, m)`: the square root of `n/m` as a correctly rounded float.
fn sqrt_frac(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_sqrt_frac", 2, 2)?;
    let (Some(n), Some(m)) = (to_bigint(&a[0]), to_bigint(&a[1])) else {
        return Err(PyErr::type_error("_sqrt_frac() needs ints"));
    };
    if n.is_negative() || !m.is_positive() {
        return Err(PyErr::value_error("math domain error"));
    }
    let q = Integer::div_floor(&(n.bits() as i64 - m.bits() as i64 - 109), &2);
    let (num, den) = if q >= 0 {
        (
            sqrt_rto(&n, &(&m << (2 * q) as u64)) << q as u64,
            BigInt::one(),
        )
    } else {
        (
            sqrt_rto(&(&n << (-2 * q) as u64), &m),
            BigInt::one() << (-q) as u64,
        )
    };
    Ok(Value::Float(
        Int::from_big(num).truediv(&Int::from_big(den))?,
    ))
}
