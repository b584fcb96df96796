//! The `math` module: CPython's functions and constants with its domain and
//! range errors ("math domain error", "math range error").

mod gamma;

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::BinaryOp;
use crate::numeric::float_trunc;
use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::{to_bigint, to_f64, type_name};
use crate::vm::Vm;

use gamma::GammaError;

/// The `math` namespace.
pub fn create() -> Rc<PyDict> {
    let d = super::namespace(&[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ]);
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    d
}

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow("math range error")
}

/// A real-number argument as a float, with CPython's TypeError.
pub fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = to_f64(v) {
        return r;
    }
    match crate::methods::number::protocol::to_float(vm, v)? {
        Some(f) => Ok(f),
        None => Err(PyErr::type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}

/// An integer argument (`__index__`), with CPython's TypeError.
fn integer(v: &Value) -> PyResult<BigInt> {
    to_bigint(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

fn one_real(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    args.no_kwargs(name)?;
    let a = args.check_count(&format!("math.{name}"), 1, 1)?;
    real(vm, &a[0])
}

fn two_reals(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    args.no_kwargs(name)?;
    let a = args.check_count(name, 2, 2)?;
    let x = real(vm, &a[0])?;
    Ok((x, real(vm, &a[1])?))
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error, an infinity
/// from a finite argument a range error (`overflows`) or a domain error.
fn checked(x: f64, r: f64, overflows: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if overflows {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident, $f:expr, $overflows:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let x = one_real(vm, &args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflows)
        }
    )*};
}

unary! {
    acos, f64::acos, false;
    acosh, |x| unsafe { libc_acosh(x) }, false;
    asin, f64::asin, false;
    asinh, |x| unsafe { libc_asinh(x) }, false;
    atan, f64::atan, false;
    cbrt, |x| unsafe { libc_cbrt(x) }, false;
    cos, f64::cos, false;
    cosh, f64::cosh, true;
    erf, |x| unsafe { libc_erf(x) }, false;
    erfc, |x| unsafe { libc_erfc(x) }, false;
    exp, f64::exp, true;
    exp2, f64::exp2, true;
    expm1, f64::exp_m1, true;
    fabs, f64::abs, false;
    sin, f64::sin, false;
    sinh, f64::sinh, true;
    tan, f64::tan, false;
    tanh, f64::tanh, false;
    log1p, log1p_checked, false;
}

// SAFETY (all): pure libm functions of one double.
extern "C" {
    #[link_name = "acosh"]
    fn libc_acosh(x: f64) -> f64;
    #[link_name = "asinh"]
    fn libc_asinh(x: f64) -> f64;
    #[link_name = "cbrt"]
    fn libc_cbrt(x: f64) -> f64;
    #[link_name = "erf"]
    fn libc_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn libc_erfc(x: f64) -> f64;
}

/// `degrees(x)`: a plain product, no overflow check (as CPython).
fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(one_real(vm, &args, "degrees")?.to_degrees()))
}

/// `radians(x)`: a plain product, no overflow check (as CPython).
fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(one_real(vm, &args, "radians")?.to_radians()))
}

fn log1p_checked(x: f64) -> f64 {
    if x <= -1.0 {
        f64::NAN
    } else {
        x.ln_1p()
    }
}

fn atanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_real(vm, &args, "atanh")?;
    if x.abs() >= 1.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(x.atanh()))
}

fn sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_real(vm, &args, "sqrt")?;
    checked(x, x.sqrt(), false)
}

fn gamma_result(r: Result<f64, GammaError>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(Value::Float(v)),
        Err(GammaError::Domain) => Err(domain_error()),
        Err(GammaError::Range) => Err(range_error()),
    }
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gamma_result(gamma::gamma(one_real(vm, &args, "gamma")?))
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gamma_result(gamma::lgamma(one_real(vm, &args, "lgamma")?))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_reals(vm, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // IEEE 754 remainder: x - n*y with n the nearest integer, ties to even.
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: choose the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "pow")?;
    let r = if x == 1.0 || y == 0.0 { 1.0 } else { x.powf(y) };
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
    }
    Ok(Value::Float(r))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("ldexp")?;
    let a = args.check_count("ldexp", 2, 2)?;
    let x = real(vm, &a[0])?;
    let e = match &a[1] {
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "Expected an int as second argument to ldexp.",
            ))
        }
        v => integer(v)?,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { -100000 } else { 100000 });
    let e = e.clamp(-100000, 100000) as i32;
    // Scale in steps so intermediate powers of two stay representable.
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
        if r == 0.0 || r.is_infinite() {
            break;
        }
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_real(vm, &args, "frexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let (mut m, mut e) = (x, 0i64);
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(54);
        e -= 54;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    e += exp - 1022;
    let mant = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    Ok(Value::tuple(vec![Value::Float(mant), Value::Int(e)]))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_real(vm, &args, "modf")?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let i = x.trunc();
    Ok(Value::tuple(vec![
        Value::Float((x - i).copysign(x)),
        Value::Float(i),
    ]))
}

fn float_to_int(x: f64) -> PyResult<Value> {
    Ok(Value::from_int(float_trunc(x)?))
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_with(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_with(vm, args, "floor", "__floor__", f64::floor)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("trunc")?;
    let a = args.check_count("math.trunc", 1, 1)?;
    match &a[0] {
        Value::Float(f) => float_to_int(*f),
        v if to_bigint(v).is_some() => Ok(Value::from_bigint(integer(v)?)),
        v => call_dunder(vm, v, "__trunc__").unwrap_or_else(|| {
            Err(PyErr::type_error(format!(
                "type {} doesn't define __trunc__ method",
                type_name(v)
            )))
        }),
    }
}

fn call_dunder(vm: &mut Vm, v: &Value, name: &str) -> Option<PyResult<Value>> {
    let (f, slf) = vm.instance_method(v, name)?;
    Some(vm.call_positional(&f, &[slf]))
}

fn round_with(
    vm: &mut Vm,
    args: Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    args.no_kwargs(name)?;
    let a = args.check_count(name, 1, 1)?;
    match &a[0] {
        Value::Float(x) => float_to_int(f(*x)),
        v if to_bigint(v).is_some() => Ok(Value::from_bigint(integer(v)?)),
        v => match call_dunder(vm, v, dunder) {
            Some(r) => r,
            None => float_to_int(f(real(vm, v)?)),
        },
    }
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_real(vm, &args, "isfinite")?.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_real(vm, &args, "isinf")?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_real(vm, &args, "isnan")?.is_nan()))
}

/// `f` of a positive number, big ints included: past the float range the
/// int is split as `m * 2**e` (CPython's `loghelper`).
fn log_helper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain_error());
        }
        if b.to_f64().is_none_or(|x| x.is_infinite()) {
            let e = b.bits() as i64;
            let top: BigInt = &**b >> (e - 60) as u64;
            let m = top.to_f64().unwrap_or(1.0) / 2f64.powi(60);
            return Ok(f(m) + f(2.0) * e as f64);
        }
    }
    let x = real(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("log")?;
    let a = args.check_count("log", 1, 2)?;
    let num = log_helper(vm, &a[0], f64::ln)?;
    if let Some(base) = a.get(1) {
        let den = log_helper(vm, base, f64::ln)?;
        if den == 0.0 {
            return Err(PyErr::zero_division("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn log_base(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    args.no_kwargs(name)?;
    let a = args.check_count(&format!("math.{name}"), 1, 1)?;
    Ok(Value::Float(log_helper(vm, &a[0], f)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    log_base(vm, &args, "log10", f64::log10)
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    log_base(vm, &args, "log2", f64::log2)
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "nextafter")?;
    Ok(Value::Float(next_toward(x, y)))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_real(vm, &args, "ulp")?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    if x == f64::MAX {
        return Ok(Value::Float(x - next_toward(x, 0.0)));
    }
    Ok(Value::Float(next_toward(x, f64::INFINITY) - x))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        )));
    }
    let x = real(vm, &a[0])?;
    let y = real(vm, &a[1])?;
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (k, v) in args.kwargs() {
        match k {
            "rel_tol" => rel = real(vm, v)?,
            "abs_tol" => abs = real(vm, v)?,
            _ => {
                return Err(PyErr::type_error(format!(
                    "isclose() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        (diff <= (rel * y).abs()) || (diff <= (rel * x).abs()) || diff <= abs,
    ))
}

/// CPython's `vector_norm`-like hypotenuse of coordinates.
fn norm(coords: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &c in coords {
        let c = c.abs();
        found_nan |= c.is_nan();
        if c > max {
            max = c;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || coords.len() <= 1 {
        return max;
    }
    if coords.len() == 2 {
        return coords[0].hypot(coords[1]);
    }
    // Scale to avoid overflow, then a compensated sum of squares.
    let (_, exp) = frexp_parts(max);
    let scale = 2f64.powi(-exp);
    let mut sum = 0.0f64;
    let mut comp = 0.0f64;
    for &c in coords {
        let x = c.abs() * scale;
        let sq = x * x;
        let t = sum + sq;
        comp += if sum.abs() >= sq.abs() {
            (sum - t) + sq
        } else {
            (sq - t) + sum
        };
        sum = t;
    }
    (sum + comp).sqrt() / scale
}

fn frexp_parts(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    (x, exp - 1022)
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("hypot")?;
    let coords = args
        .pos()
        .iter()
        .map(|v| real(vm, v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::Float(norm(&coords)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("dist")?;
    let a = args.check_count("dist", 2, 2)?;
    let seq = |v: &Value, vm: &mut Vm| -> PyResult<Vec<f64>> {
        match v {
            Value::List(_) | Value::Tuple(_) => {
                vm.collect(v)?.iter().map(|x| real(vm, x)).collect()
            }
            _ => Err(PyErr::type_error(format!(
                "dist(): argument 1 must be tuple, not {}",
                type_name(v)
            ))),
        }
    };
    let p = seq(&a[0], vm)?;
    let q = seq(&a[1], vm)?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let d: Vec<f64> = p.iter().zip(&q).map(|(x, y)| x - y).collect();
    Ok(Value::Float(norm(&d)))
}

/// Shewchuk's exactly rounded sum, as CPython's `math.fsum`.
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("fsum")?;
    let a = args.check_count("math.fsum", 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(v) = vm.iter_next(&it)? {
        let mut x = real(vm, &v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(PyErr::overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("prod", 1, 1)?;
    let mut acc = Value::Int(1);
    for (k, v) in args.kwargs() {
        if k != "start" {
            return Err(PyErr::type_error(format!(
                "prod() got an unexpected keyword argument '{k}'"
            )));
        }
        acc = v.clone();
    }
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        acc = vm.binary_op(BinaryOp::Mul, &acc, &v, false)?;
    }
    Ok(acc)
}

fn factorial(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("factorial")?;
    let a = args.check_count("math.factorial", 1, 1)?;
    let n = integer(&a[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().ok_or_else(|| {
        PyErr::overflow("factorial() argument should not exceed 9223372036854775807")
    })?;
    Ok(Value::from_bigint(range_product(1, n)))
}

/// The product of `lo..=hi`, splitting the range so the big multiplications balance.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        return (lo..=hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn gcd(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("gcd")?;
    let mut g = BigInt::zero();
    for v in args.pos() {
        g = g.gcd(&integer(v)?);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("lcm")?;
    let mut l = BigInt::one();
    for v in args.pos() {
        let x = integer(v)?;
        l = if l.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    Ok(Value::from_bigint(l))
}

fn isqrt(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("isqrt")?;
    let a = args.check_count("math.isqrt", 1, 1)?;
    let n = integer(&a[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn comb_args(args: &Args, name: &str, min: usize) -> PyResult<(BigInt, Option<BigInt>)> {
    args.no_kwargs(name)?;
    let a = args.check_count(name, min, 2)?;
    let n = integer(&a[0])?;
    let k = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(integer(v)?),
    };
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)`.
fn falling(n: &BigInt, k: &BigInt) -> PyResult<BigInt> {
    let k = k
        .to_u64()
        .ok_or_else(|| PyErr::overflow("k must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    Ok(acc)
}

fn comb(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = comb_args(&args, "comb", 2)?;
    let mut k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::Int(0));
    }
    let other = &n - &k;
    if other < k {
        k = other;
    }
    let num = falling(&n, &k)?;
    let den = range_product(1, k.to_u64().unwrap_or(0));
    Ok(Value::from_bigint(num / den))
}

fn perm(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = comb_args(&args, "perm", 1)?;
    let k = k.unwrap_or_else(|| n.clone());
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(falling(&n, &k)?))
}
