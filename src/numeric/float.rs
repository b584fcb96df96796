//! Python `float` arithmetic: division family, `**`, rounding, ratios and
//! the hexadecimal representation, following CPython's `floatobject.c`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Zero};

use super::convert::{big_pow2, big_to_f64, decompose, ratio_to_f64, round_scaled};
use super::int::Int;
use super::{NumError, NumResult};

/// Result of `float ** float`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FloatPow {
    /// An ordinary float result.
    Float(f64),
    /// Negative base with a non-integral exponent: CPython returns
    /// `complex(a) ** complex(b)`; the caller computes it.
    Complex,
}

/// `a / b` for floats.
pub fn float_truediv(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// `a % b` for floats (result takes the sign of `b`).
pub fn float_mod(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_div("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

fn divmod_unchecked(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_div("float floor division by zero"));
    }
    Ok(divmod_unchecked(a, b).0)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(NumError::zero_div("float divmod()"));
    }
    Ok(divmod_unchecked(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats (also used for int operands converted to float).
pub fn float_pow(a: f64, b: f64) -> NumResult<FloatPow> {
    use FloatPow::Float;
    if b == 0.0 {
        return Ok(Float(1.0));
    }
    if a.is_nan() {
        return Ok(Float(a));
    }
    if b.is_nan() {
        return Ok(Float(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        let av = a.abs();
        return Ok(Float(if av == 1.0 {
            1.0
        } else if (b > 0.0) == (av > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(Float(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(NumError::zero_div(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Float(if is_odd_integer(b) { a } else { 0.0 }));
    }
    let mut base = a;
    let mut negate = false;
    if base < 0.0 {
        if b != b.floor() {
            return Ok(FloatPow::Complex);
        }
        base = -base;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Float(if negate { -r } else { r }))
}

/// Converts an integral-valued or truncated float to an int (`int(x)`).
pub fn float_trunc(x: f64) -> NumResult<Int> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    Ok(Int::from_big(BigInt::from_f64(t).unwrap_or_default()))
}

/// `round(x)`: round half to even, returning an int.
pub fn float_round(x: f64) -> NumResult<Int> {
    float_trunc(x.round_ties_even())
}

fn round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice = &r + &r;
    match twice.cmp(den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

/// `round(x, ndigits)`: exact decimal rounding, half to even.
pub fn float_round_digits(x: f64, ndigits: i64) -> NumResult<f64> {
    // Bounds from CPython: beyond them x rounds to itself or to +-0.0.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    let ten = BigInt::from(10);
    let rounded = if ndigits >= 0 {
        if e >= 0 {
            return Ok(x);
        }
        let p = num_traits::pow(ten, ndigits as usize);
        let q = round_half_even(&(&m * &p), &big_pow2((-e) as u64));
        ratio_to_f64(&q, &p)
    } else {
        let p = num_traits::pow(ten, (-ndigits) as usize);
        let (num, den) = if e >= 0 {
            (m << e as u64, p.clone())
        } else {
            (m, &p << (-e) as u64)
        };
        big_to_f64(&(round_half_even(&num, &den) * p))
    };
    match rounded {
        Some(0.0) => Ok(0.0f64.copysign(x)),
        Some(r) => Ok(r),
        None => Err(NumError::overflow("rounded value too large to represent")),
    }
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `float.as_integer_ratio()`, in lowest terms with a positive denominator.
pub fn float_as_integer_ratio(x: f64) -> NumResult<(Int, Int)> {
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((Int::Small(0), Int::Small(1)));
    }
    let (m, e) = decompose(x);
    let tz = m.trailing_zeros().unwrap_or(0) as i64;
    let m = m >> tz as u64;
    let e = e + tz;
    if e >= 0 {
        Ok((Int::from_big(m << e as u64), Int::Small(1)))
    } else {
        Ok((Int::from_big(m), Int::from_big(big_pow2((-e) as u64))))
    }
}

/// `float.hex()`, e.g. `0x1.8000000000000p+0`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return super::dtoa::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

fn is_space(c: u8) -> bool {
    c.is_ascii_whitespace() || c == 0x0b
}

fn hex_digit(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (neg, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[start..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let sign = if neg { -1.0 } else { 1.0 };
    if lower.starts_with(b"infinity") {
        Some((sign * f64::INFINITY, start + 8))
    } else if lower.starts_with(b"inf") {
        Some((sign * f64::INFINITY, start + 3))
    } else if lower.starts_with(b"nan") {
        Some((f64::NAN, start + 3))
    } else {
        None
    }
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> NumResult<f64> {
    let invalid = || NumError::value("invalid hexadecimal floating-point string");
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let value = if let Some((v, n)) = parse_inf_or_nan(&b[i..]) {
        i += n;
        v
    } else {
        let negate = match at(i) {
            b'-' => {
                i += 1;
                true
            }
            b'+' => {
                i += 1;
                false
            }
            _ => false,
        };
        if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
            i += 2;
        }
        let mut mant = BigInt::zero();
        let mut ndigits = 0i64;
        let mut fdigits = 0i64;
        while let Some(d) = hex_digit(at(i)) {
            mant = (mant << 4u32) + d;
            ndigits += 1;
            i += 1;
        }
        if at(i) == b'.' {
            i += 1;
            while let Some(d) = hex_digit(at(i)) {
                mant = (mant << 4u32) + d;
                ndigits += 1;
                fdigits += 1;
                i += 1;
            }
        }
        if ndigits == 0 {
            return Err(invalid());
        }
        let mut exp: i64 = 0;
        if matches!(at(i), b'p' | b'P') {
            i += 1;
            let neg = match at(i) {
                b'-' => {
                    i += 1;
                    true
                }
                b'+' => {
                    i += 1;
                    false
                }
                _ => false,
            };
            if !at(i).is_ascii_digit() {
                return Err(invalid());
            }
            while at(i).is_ascii_digit() {
                exp = exp
                    .saturating_mul(10)
                    .saturating_add(i64::from(at(i) - b'0'));
                i += 1;
            }
            if neg {
                exp = -exp;
            }
        }
        let exp2 = exp.saturating_sub(4 * fdigits);
        let top = mant.bits() as i64 - 1 + exp2.clamp(-1 << 40, 1 << 40);
        let mag = if mant.is_zero() || top < -1100 {
            0.0
        } else if top > 1100 {
            return Err(NumError::overflow(
                "hexadecimal value too large to represent as a float",
            ));
        } else {
            round_scaled(mant.magnitude(), false, exp2).ok_or_else(|| {
                NumError::overflow("hexadecimal value too large to represent as a float")
            })?
        };
        if negate {
            -mag
        } else {
            mag
        }
    };
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    Ok(value)
}

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::numeric::ExcKind;

    fn int_of(x: f64) -> Int {
        float_trunc(x).unwrap()
    }

    fn bits_eq(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    #[test]
    fn division_family() {
        // python3: [(a % b, a // b, divmod(a, b)) ...]
        let cases: &[(f64, f64, f64, f64)] = &[
            // (a, b, a // b, a % b)
            (-1.5, 1.0, -2.0, 0.5),
            (-7.5, 2.0, -4.0, 0.5),
            (-0.0, 1.0, -0.0, 0.0),
            (0.0, -1.0, -0.0, -0.0),
            (-1e-300, 1.0, -1.0, 1.0),
            (f64::INFINITY, 1.0, f64::NAN, f64::NAN),
            (1.0, f64::INFINITY, 0.0, 1.0),
            (-1.0, f64::INFINITY, -1.0, f64::INFINITY),
            (5.0, 0.1, 49.0, 0.09999999999999973),
            (1e308, 1e-308, f64::INFINITY, 3.498445546245627e-309),
            (5.0, f64::NAN, f64::NAN, f64::NAN),
        ];
        for &(a, b, q, r) in cases {
            assert!(bits_eq(float_floordiv(a, b).unwrap(), q), "{a} // {b}");
            assert!(bits_eq(float_mod(a, b).unwrap(), r), "{a} % {b}");
            let (dq, dr) = float_divmod(a, b).unwrap();
            assert!(bits_eq(dq, q) && bits_eq(dr, r), "divmod({a}, {b})");
        }
        assert_eq!(
            float_truediv(1.0, 0.0).unwrap_err().msg,
            "float division by zero"
        );
        assert_eq!(
            float_floordiv(1.0, 0.0).unwrap_err().msg,
            "float floor division by zero"
        );
        assert_eq!(float_mod(1.0, -0.0).unwrap_err().msg, "float modulo");
        assert_eq!(float_divmod(1.0, 0.0).unwrap_err().msg, "float divmod()");
    }

    #[test]
    fn powers() {
        use FloatPow::{Complex, Float};
        let nan = f64::NAN;
        let inf = f64::INFINITY;
        let cases: &[(f64, f64, f64)] = &[
            (0.0, 0.0, 1.0),
            (nan, 0.0, 1.0),
            (1.0, nan, 1.0),
            (-1.0, inf, 1.0),
            (-1.0, -inf, 1.0),
            (0.5, -inf, inf),
            (-2.0, inf, inf),
            (-0.0, inf, 0.0),
            (-inf, 0.5, inf),
            (-inf, 3.0, -inf),
            (-inf, -3.0, -0.0),
            (-inf, -2.0, 0.0),
            (-0.0, 3.0, -0.0),
            (-0.0, 0.5, 0.0),
            (-8.0, 3.0, -512.0),
            (-1.0, 1152921504606846977.0, 1.0),
            (1e-200, 20.0, 0.0),
            (-2.0, -1075.0, -0.0),
            (2.0, 0.5, 1.4142135623730951),
            (-2.0, 2.0, 4.0),
        ];
        for &(a, b, r) in cases {
            match float_pow(a, b).unwrap() {
                Float(v) => assert!(bits_eq(v, r), "{a} ** {b} = {v}"),
                Complex => panic!("{a} ** {b}"),
            }
        }
        assert_eq!(float_pow(-8.0, 1.0 / 3.0).unwrap(), Complex);
        let e = float_pow(10.0, 400.0).unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (
                ExcKind::OverflowError,
                "(34, 'Numerical result out of range')"
            )
        );
        assert!(float_pow(-2.0, 10001.0).is_err());
        let e = float_pow(-0.0, -1.5).unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (
                ExcKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power"
            )
        );
    }

    #[test]
    fn rounding() {
        assert_eq!(float_round(0.5).unwrap(), Int::Small(0));
        assert_eq!(float_round(1.5).unwrap(), Int::Small(2));
        assert_eq!(float_round(2.5).unwrap(), Int::Small(2));
        assert_eq!(float_round(-2.5).unwrap(), Int::Small(-2));
        assert_eq!(
            float_round(1e20).unwrap(),
            Int::from_big("100000000000000000000".parse().unwrap())
        );
        assert_eq!(
            float_round(f64::NAN).unwrap_err().msg,
            "cannot convert float NaN to integer"
        );
        assert_eq!(
            float_round(f64::INFINITY).unwrap_err().msg,
            "cannot convert float infinity to integer"
        );
        assert_eq!(float_trunc(-3.9).unwrap(), Int::Small(-3));
        assert_eq!(
            int_of(-1e19),
            Int::from_big("-10000000000000000000".parse().unwrap())
        );
        // python3: round(x, n)
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (1e300, -300, 1e300),
            (1.5e300, -300, 2e300),
            (123.456, -1, 120.0),
            (5e-324, 400, 5e-324),
            (-0.4, 0, -0.0),
            (2.5, 0, 2.0),
            (0.5, -1, 0.0),
            (5.0, -1, 0.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
            (-1e-300, 3, -0.0),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (1.0000000000000002, 15, 1.0),
            (123456789.987654321, 4, 123456789.9877),
            (f64::INFINITY, 2, f64::INFINITY),
        ];
        for &(x, n, r) in cases {
            assert!(
                bits_eq(float_round_digits(x, n).unwrap(), r),
                "round({x}, {n})"
            );
        }
        let e = float_round_digits(1.7976931348623157e308, -308).unwrap_err();
        assert_eq!(e.msg, "rounded value too large to represent");
    }

    #[test]
    fn ratios_and_hex() {
        let (n, d) = float_as_integer_ratio(0.1).unwrap();
        assert_eq!(
            (n, d),
            (Int::Small(3602879701896397), Int::Small(36028797018963968))
        );
        assert_eq!(
            float_as_integer_ratio(-2.5).unwrap(),
            (Int::Small(-5), Int::Small(2))
        );
        assert_eq!(
            float_as_integer_ratio(8.0).unwrap(),
            (Int::Small(8), Int::Small(1))
        );
        assert_eq!(
            float_as_integer_ratio(f64::INFINITY).unwrap_err().msg,
            "cannot convert Infinity to integer ratio"
        );
        assert_eq!(
            float_as_integer_ratio(f64::NAN).unwrap_err().msg,
            "cannot convert NaN to integer ratio"
        );
        assert!(
            float_is_integer(3.0) && !float_is_integer(3.5) && !float_is_integer(f64::INFINITY)
        );
        for (x, h) in [
            (1.5, "0x1.8000000000000p+0"),
            (0.0, "0x0.0p+0"),
            (-0.0, "-0x0.0p+0"),
            (5e-324, "0x0.0000000000001p-1022"),
            (f64::INFINITY, "inf"),
            (1e300, "0x1.7e43c8800759cp+996"),
            (-0.1, "-0x1.999999999999ap-4"),
            (8.691694759794e-311, "0x0.0100000000000p-1022"),
        ] {
            assert_eq!(float_hex(x), h);
        }
        let cases: &[(&str, f64)] = &[
            (" -0x1.8p1 ", -3.0),
            ("0x.8", 0.5),
            ("1p-1", 0.5),
            ("inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("0x1p-1075", 0.0),
            ("0x1.1p-1075", 5e-324),
            ("0x3p-1076", 5e-324),
            ("0x1.", 1.0),
            (".1", 0.0625),
            ("0x1p-99999999999999999999999", 0.0),
            ("0x0p99999999999999999999999", 0.0),
            ("0x1.fffffffffffffp1023", f64::MAX),
        ];
        for &(s, v) in cases {
            assert!(bits_eq(float_fromhex(s).unwrap(), v), "fromhex({s:?})");
        }
        assert!(float_fromhex("-NaN").unwrap().is_nan());
        for bad in ["x", "0x", "0x1p", "0x1_0", "", "0x1p1 x"] {
            assert_eq!(
                float_fromhex(bad).unwrap_err().msg,
                "invalid hexadecimal floating-point string"
            );
        }
        for big in [
            "0x1p10000",
            "0x1.fffffffffffff8p1023",
            "0x1p+99999999999999999999999",
        ] {
            let e = float_fromhex(big).unwrap_err();
            assert_eq!(
                (e.kind, e.msg.as_str()),
                (
                    ExcKind::OverflowError,
                    "hexadecimal value too large to represent as a float"
                )
            );
        }
    }
}
