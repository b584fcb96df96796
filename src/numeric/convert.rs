//! Exact conversions between ints and floats: int → float with correct
//! rounding, correctly rounded int / int, and exact int–float comparison.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Zero};

use super::int::Int;
use super::{NumError, NumResult};

/// Rounds `mag * 2**exp2` (plus a sticky "something below" bit) to the
/// nearest f64, ties to even; `None` when the result overflows.
pub(crate) fn round_scaled(mag: &BigUint, sticky: bool, exp2: i64) -> Option<f64> {
    if mag.is_zero() {
        return Some(0.0);
    }
    let n = mag.bits() as i64;
    let top = n - 1 + exp2;
    if top >= 1024 {
        return None;
    }
    // Bits of precision available at this magnitude (fewer when subnormal).
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if prec < 0 {
        return Some(0.0);
    }
    let shift = n - prec;
    let (keep, k) = if shift > 0 {
        let s = shift as u64;
        let keep = mag >> s;
        let half_bit = mag.bit(s - 1);
        let below = sticky || mag.trailing_zeros().is_some_and(|tz| tz < s - 1);
        let mut keep = keep.iter_u64_digits().next().unwrap_or(0);
        if half_bit && (below || keep & 1 == 1) {
            keep += 1;
        }
        (keep, exp2 + shift)
    } else {
        (mag.iter_u64_digits().next().unwrap_or(0), exp2)
    };
    // By construction -1074 <= k <= 971 and keep <= 2**53: the product is exact
    // unless it overflows.
    let value = keep as f64 * pow2(k as i32);
    if value.is_infinite() {
        None
    } else {
        Some(value)
    }
}

/// `2.0 ** k` for `-1074 <= k <= 1023`.
fn pow2(k: i32) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// `float(v)` for a `BigInt`; `None` when too large.
pub fn big_to_f64(v: &BigInt) -> Option<f64> {
    let mag = round_scaled(v.magnitude(), false, 0)?;
    Some(if v.sign() == Sign::Minus { -mag } else { mag })
}

/// `float(v)`: `OverflowError: int too large to convert to float`.
pub fn int_to_f64(v: &Int) -> NumResult<f64> {
    match v {
        Int::Small(s) => Ok(*s as f64),
        Int::Big(b) => {
            big_to_f64(b).ok_or_else(|| NumError::overflow("int too large to convert to float"))
        }
    }
}

/// Correctly rounded `num / den` (`den != 0`); `None` on overflow.
pub fn ratio_to_f64(num: &BigInt, den: &BigInt) -> Option<f64> {
    let negative = (num.sign() == Sign::Minus) != (den.sign() == Sign::Minus);
    let (a, b) = (num.magnitude(), den.magnitude());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has at least 56 significant bits.
    let shift = 56 + b.bits() as i64 - a.bits() as i64;
    let (q, r) = if shift >= 0 {
        (a << shift as u64).div_rem(b)
    } else {
        a.div_rem(&(b << (-shift) as u64))
    };
    let mag = round_scaled(&q, !r.is_zero(), -shift)?;
    Some(if negative { -mag } else { mag })
}

/// Exact comparison of an int with a float; `None` when `f` is NaN.
pub fn cmp_int_float(i: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(s) = i {
        if s.unsigned_abs() <= 1 << 53 {
            return (*s as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl)?;
    let ord = i.to_big().cmp(&fb);
    if ord == Ordering::Equal && f > fl {
        Some(Ordering::Less)
    } else {
        Some(ord)
    }
}

/// The exact value of a finite float as `mantissa * 2**exp`.
pub(crate) fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let m = BigInt::from(m);
    (if x < 0.0 { -m } else { m }, e)
}

/// `2**k` as a `BigInt`.
pub(crate) fn big_pow2(k: u64) -> BigInt {
    BigInt::one() << k
}

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;

    fn big(s: &str) -> Int {
        Int::from_big(s.parse().unwrap())
    }

    #[test]
    fn int_to_float_rounding() {
        // python3: float(2**53+1), float(2**53+3), float(2**64-1), float(-(2**70)-1)
        assert_eq!(
            int_to_f64(&Int::Small((1 << 53) + 1)).unwrap(),
            9007199254740992.0
        );
        assert_eq!(
            int_to_f64(&Int::Small((1 << 53) + 3)).unwrap(),
            9007199254740996.0
        );
        assert_eq!(
            int_to_f64(&big("18446744073709551615")).unwrap(),
            1.8446744073709552e19
        );
        assert_eq!(
            int_to_f64(&big("-1180591620717411303425")).unwrap(),
            -1.1805916207174113e21
        );
        // python3: float(2**1024 - 2**970) == 1.7976931348623157e308; float(2**1024-2**970+1) overflows
        let max = (BigInt::one() << 1024u32) - (BigInt::one() << 970u32);
        assert_eq!(big_to_f64(&(&max - 1)), Some(f64::MAX));
        assert_eq!(big_to_f64(&max), None);
        let e = int_to_f64(&Int::from_big(BigInt::one() << 1024u32)).unwrap_err();
        assert_eq!(e.msg, "int too large to convert to float");
    }

    #[test]
    fn subnormal_ratios() {
        let one = BigInt::one();
        // python3: 1/2**1074 == 5e-324 ; 1/2**1075 == 0.0 ; 3/2**1076 == 5e-324
        assert_eq!(ratio_to_f64(&one, &(&one << 1074u32)), Some(5e-324));
        assert_eq!(ratio_to_f64(&one, &(&one << 1075u32)), Some(0.0));
        assert_eq!(
            ratio_to_f64(&BigInt::from(3), &(&one << 1076u32)),
            Some(5e-324)
        );
        assert_eq!(
            ratio_to_f64(&BigInt::from(-1), &(&one << 1080u32)),
            Some(-0.0)
        );
        // python3: 2**1100 // 1 / 2**77 == 8.98846567431158e+307 * ... (exact power)
        assert_eq!(
            ratio_to_f64(&(&one << 1024u32), &BigInt::from(2)),
            Some(8.98846567431158e+307)
        );
    }

    #[test]
    fn exact_comparisons() {
        let p53 = Int::Small((1 << 53) + 1);
        assert_eq!(
            cmp_int_float(&p53, 9007199254740992.0),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_int_float(&Int::Small(1), 1.5), Some(Ordering::Less));
        assert_eq!(cmp_int_float(&Int::Small(-2), -1.5), Some(Ordering::Less));
        assert_eq!(
            cmp_int_float(&big("10000000000000000000000"), 1e22),
            Some(Ordering::Equal)
        );
        assert_eq!(
            cmp_int_float(&big("10000000000000000000001"), 1e22),
            Some(Ordering::Greater)
        );
        assert_eq!(
            cmp_int_float(&Int::Small(i64::MAX), 9.223372036854775807e18),
            Some(Ordering::Less)
        );
        assert_eq!(cmp_int_float(&Int::Small(1), f64::NAN), None);
        assert_eq!(
            cmp_int_float(&big("-10000000000000000000001"), f64::NEG_INFINITY),
            Some(Ordering::Greater)
        );
    }
}
