//! Python `int`: an `i64` fast path that spills into `BigInt`.
//!
//! Every operation first tries the machine-integer path and falls back to
//! `BigInt` on overflow; results are normalised back to `Small` when they fit.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::convert::int_to_f64;
use super::float::{float_pow, FloatPow};
use super::{NumError, NumResult};

/// Largest int (in bits) this implementation agrees to build; larger results
/// raise `MemoryError`, as CPython does when its allocation fails.
pub const MAX_INT_BITS: u64 = 1 << 32;

/// CPython's `MAX_LONG_DIGITS` (30-bit digits on a 64-bit build): beyond it
/// CPython raises `OverflowError: too many digits in integer`.
const CPY_MAX_LONG_DIGITS: u64 = (i64::MAX as u64 - 24) / 4;

/// A Python int; `Big` is used only for values outside the `i64` range.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Int {
    /// A value that fits in an `i64`.
    Small(i64),
    /// A value outside the `i64` range.
    Big(BigInt),
}

/// Result of `int ** int`: an int, or a float for negative exponents.
#[derive(Debug, Clone, PartialEq)]
pub enum IntPow {
    /// Non-negative exponent.
    Int(Int),
    /// Negative exponent: CPython computes `float(a) ** float(b)`.
    Float(f64),
}

impl From<i64> for Int {
    fn from(v: i64) -> Self {
        Int::Small(v)
    }
}

impl From<BigInt> for Int {
    fn from(v: BigInt) -> Self {
        Int::from_big(v)
    }
}

fn too_big() -> NumError {
    NumError::memory()
}

fn check_bits(bits: u64) -> NumResult<()> {
    if bits > MAX_INT_BITS {
        Err(too_big())
    } else {
        Ok(())
    }
}

impl Int {
    /// Normalises a `BigInt` into `Small` when it fits in an `i64`.
    pub fn from_big(v: BigInt) -> Int {
        match v.to_i64() {
            Some(s) => Int::Small(s),
            None => Int::Big(v),
        }
    }

    /// The value as a `BigInt` (allocates for `Small`).
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => b.clone(),
        }
    }

    /// The value as an `i64`, if it fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    /// `self == 0`.
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// `self < 0`.
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    /// `self + other`.
    pub fn add(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_add(*b) {
                return Int::Small(r);
            }
        }
        Int::from_big(self.to_big() + other.to_big())
    }

    /// `self - other`.
    pub fn sub(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_sub(*b) {
                return Int::Small(r);
            }
        }
        Int::from_big(self.to_big() - other.to_big())
    }

    /// `self * other` (`MemoryError` beyond [`MAX_INT_BITS`]).
    pub fn mul(&self, other: &Int) -> NumResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_mul(*b) {
                return Ok(Int::Small(r));
            }
        }
        check_bits(self.bit_length() + other.bit_length())?;
        Ok(Int::from_big(self.to_big() * other.to_big()))
    }

    /// `-self`.
    pub fn neg(&self) -> Int {
        match self {
            Int::Small(v) => match v.checked_neg() {
                Some(r) => Int::Small(r),
                None => Int::Big(-BigInt::from(*v)),
            },
            Int::Big(b) => Int::from_big(-b),
        }
    }

    /// `abs(self)`.
    pub fn abs(&self) -> Int {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `~self`.
    pub fn invert(&self) -> Int {
        match self {
            Int::Small(v) => Int::Small(!v),
            Int::Big(b) => Int::from_big(-b - 1),
        }
    }

    /// `int.bit_length()`.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(v) => u64::from(64 - v.unsigned_abs().leading_zeros()),
            Int::Big(b) => b.bits(),
        }
    }

    fn check_divisor(other: &Int, msg: &str) -> NumResult<()> {
        if other.is_zero() {
            Err(NumError::zero_div(msg))
        } else {
            Ok(())
        }
    }

    /// `self // other` (floor division).
    pub fn floordiv(&self, other: &Int) -> NumResult<Int> {
        Self::check_divisor(other, "integer division or modulo by zero")?;
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(q) = a.checked_div(*b) {
                let adjust = a % b != 0 && ((*a < 0) != (*b < 0));
                return Ok(Int::Small(if adjust { q - 1 } else { q }));
            }
        }
        Ok(Int::from_big(self.to_big().div_floor(&other.to_big())))
    }

    /// `self % other` (result has the sign of `other`).
    pub fn modulo(&self, other: &Int) -> NumResult<Int> {
        Self::check_divisor(other, "integer modulo by zero")?;
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_rem(*b) {
                let adjust = r != 0 && ((r < 0) != (*b < 0));
                return Ok(Int::Small(if adjust { r + b } else { r }));
            }
        }
        Ok(Int::from_big(self.to_big().mod_floor(&other.to_big())))
    }

    /// `divmod(self, other)`.
    pub fn divmod(&self, other: &Int) -> NumResult<(Int, Int)> {
        Self::check_divisor(other, "integer division or modulo by zero")?;
        if let (Int::Small(_), Int::Small(_)) = (self, other) {
            return Ok((self.floordiv(other)?, self.modulo(other)?));
        }
        let (q, r) = self.to_big().div_mod_floor(&other.to_big());
        Ok((Int::from_big(q), Int::from_big(r)))
    }

    /// `self / other`, correctly rounded.
    pub fn truediv(&self, other: &Int) -> NumResult<f64> {
        if other.is_zero() {
            return Err(NumError::zero_div("division by zero"));
        }
        const EXACT: u64 = 1 << 53;
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                return Ok(*a as f64 / *b as f64);
            }
        }
        super::convert::ratio_to_f64(&self.to_big(), &other.to_big())
            .ok_or_else(|| NumError::overflow("integer division result too large for a float"))
    }

    /// `self ** exp` (`pow(a, b)` without modulus).
    pub fn pow(&self, exp: &Int) -> NumResult<IntPow> {
        if exp.is_negative() {
            let base = int_to_f64(self)?;
            let e = int_to_f64(exp)?;
            return match float_pow(base, e)? {
                FloatPow::Float(f) => Ok(IntPow::Float(f)),
                // An integral exponent never yields a complex result.
                FloatPow::Complex => Ok(IntPow::Float(f64::NAN)),
            };
        }
        match self {
            Int::Small(0) => return Ok(IntPow::Int(Int::Small(i64::from(exp.is_zero())))),
            Int::Small(1) => return Ok(IntPow::Int(Int::Small(1))),
            Int::Small(-1) => {
                let odd = match exp {
                    Int::Small(e) => e & 1 == 1,
                    Int::Big(b) => b.is_odd(),
                };
                return Ok(IntPow::Int(Int::Small(if odd { -1 } else { 1 })));
            }
            _ => {}
        }
        let e = match exp.as_i64() {
            Some(e) => e as u64,
            None => return Err(too_big()),
        };
        if let (Int::Small(b), Ok(e32)) = (self, u32::try_from(e)) {
            if let Some(r) = b.checked_pow(e32) {
                return Ok(IntPow::Int(Int::Small(r)));
            }
        }
        match (self.bit_length() - 1).checked_mul(e) {
            Some(bits) => check_bits(bits)?,
            None => return Err(too_big()),
        }
        Ok(IntPow::Int(Int::from_big(Pow::pow(&self.to_big(), e))))
    }

    /// Three-argument `pow(self, exp, modulus)`.
    pub fn pow_mod(&self, exp: &Int, modulus: &Int) -> NumResult<Int> {
        if modulus.is_zero() {
            return Err(NumError::value("pow() 3rd argument cannot be 0"));
        }
        let negative_output = modulus.is_negative();
        let m = modulus.abs().to_big();
        if m.is_one() {
            return Ok(Int::Small(0));
        }
        let mut base = self.to_big();
        let mut e = exp.to_big();
        if e.is_negative() {
            base = base
                .mod_floor(&m)
                .modinv(&m)
                .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
            e = -e;
        }
        let mut z = base.mod_floor(&m).modpow(&e, &m);
        if negative_output && !z.is_zero() {
            z -= &m;
        }
        Ok(Int::from_big(z))
    }

    /// `round(self, ndigits)`: for negative `ndigits`, the nearest multiple
    /// of `10**-ndigits`, ties to even (other `ndigits` leave `self` as is).
    pub fn round_digits(&self, ndigits: &Int) -> Int {
        if !ndigits.is_negative() {
            return self.clone();
        }
        // |self| < 10**digits / 2 rounds to 0 once digits exceeds its length.
        let length = (self.bit_length() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
        let exp = match ndigits.neg().as_i64() {
            Some(e) if (e as u64) <= length => e as u32,
            _ => return Int::Small(0),
        };
        let p = Pow::pow(BigInt::from(10), exp);
        let (q, r) = self.to_big().div_mod_floor(&p);
        let twice = &r * 2;
        let q = if twice > p || (twice == p && q.is_odd()) {
            q + 1
        } else {
            q
        };
        Int::from_big(q * p)
    }

    /// `self << shift`.
    pub fn lshift(&self, shift: &Int) -> NumResult<Int> {
        if shift.is_negative() {
            return Err(NumError::value("negative shift count"));
        }
        if self.is_zero() {
            return Ok(Int::Small(0));
        }
        let s: u128 = match shift {
            Int::Small(v) => *v as u128,
            Int::Big(b) => b.to_u128().unwrap_or(u128::MAX),
        };
        if let Int::Small(v) = self {
            if s < 63 {
                let r = v << s;
                if r >> s == *v {
                    return Ok(Int::Small(r));
                }
            }
        }
        // Mirror CPython's size check in `long_lshift1` / `_PyLong_New`.
        let clip = u128::from(i64::MAX as u64 / 4);
        let (word, rem) = if s / 30 >= clip {
            (clip, 0)
        } else {
            (s / 30, s % 30)
        };
        let digits = u128::from(self.bit_length().div_ceil(30)) + word + u128::from(rem != 0);
        if digits > u128::from(CPY_MAX_LONG_DIGITS) {
            return Err(NumError::overflow("too many digits in integer"));
        }
        let s = u64::try_from(s).map_err(|_| too_big())?;
        check_bits(self.bit_length().saturating_add(s))?;
        Ok(Int::from_big(self.to_big() << s))
    }

    /// `self >> shift` (floor semantics for negative values).
    pub fn rshift(&self, shift: &Int) -> NumResult<Int> {
        if shift.is_negative() {
            return Err(NumError::value("negative shift count"));
        }
        let s = shift.as_i64().map_or(u64::MAX, |s| s as u64);
        match self {
            Int::Small(v) => Ok(Int::Small(v >> s.min(63))),
            Int::Big(b) => {
                if s >= b.bits() {
                    Ok(Int::Small(if b.is_negative() { -1 } else { 0 }))
                } else {
                    Ok(Int::from_big(b >> s))
                }
            }
        }
    }

    /// `self & other`.
    pub fn bitand(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
            _ => Int::from_big(self.to_big() & other.to_big()),
        }
    }

    /// `self | other`.
    pub fn bitor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
            _ => Int::from_big(self.to_big() | other.to_big()),
        }
    }

    /// `self ^ other`.
    pub fn bitxor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
            _ => Int::from_big(self.to_big() ^ other.to_big()),
        }
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.to_big().cmp(&other.to_big()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::ExcKind;

    fn i(v: i64) -> Int {
        Int::Small(v)
    }
    fn big(s: &str) -> Int {
        Int::from_big(s.parse().unwrap())
    }

    #[test]
    fn floor_division_signs() {
        // python3: [(a//b, a%b) for a in (7,-7) for b in (2,-2)]
        let want = [(3, 1), (-4, -1), (-4, 1), (3, -1)];
        let mut k = 0;
        for a in [7, -7] {
            for b in [2, -2] {
                let (q, r) = want[k];
                assert_eq!(i(a).floordiv(&i(b)).unwrap(), i(q));
                assert_eq!(i(a).modulo(&i(b)).unwrap(), i(r));
                assert_eq!(i(a).divmod(&i(b)).unwrap(), (i(q), i(r)));
                k += 1;
            }
        }
        assert_eq!(
            i(i64::MIN).floordiv(&i(-1)).unwrap(),
            big("9223372036854775808")
        );
        assert_eq!(i(i64::MIN).modulo(&i(-1)).unwrap(), i(0));
        // python3: divmod(-10**30, 7) == (-142857142857142857142857142858, 6)
        let (q, r) = big("-1000000000000000000000000000000")
            .divmod(&i(7))
            .unwrap();
        assert_eq!(q, big("-142857142857142857142857142858"));
        assert_eq!(r, i(6));
    }

    #[test]
    fn division_errors() {
        let e = i(1).floordiv(&i(0)).unwrap_err();
        assert_eq!(e.kind, ExcKind::ZeroDivisionError);
        assert_eq!(e.msg, "integer division or modulo by zero");
        assert_eq!(
            i(1).modulo(&i(0)).unwrap_err().msg,
            "integer modulo by zero"
        );
        assert_eq!(
            i(1).divmod(&i(0)).unwrap_err().msg,
            "integer division or modulo by zero"
        );
        assert_eq!(i(1).truediv(&i(0)).unwrap_err().msg, "division by zero");
        let huge = i(10).pow(&i(400)).unwrap();
        let IntPow::Int(huge) = huge else { panic!() };
        let e = huge.truediv(&i(3)).unwrap_err();
        assert_eq!(e.kind, ExcKind::OverflowError);
        assert_eq!(e.msg, "integer division result too large for a float");
    }

    #[test]
    fn true_division() {
        assert_eq!(i(1).truediv(&i(3)).unwrap(), 1.0 / 3.0);
        // python3: (2**1100)/(3**600) == 7.24840412057269e+44
        let IntPow::Int(a) = i(2).pow(&i(1100)).unwrap() else {
            panic!()
        };
        let IntPow::Int(b) = i(3).pow(&i(600)).unwrap() else {
            panic!()
        };
        assert_eq!(a.truediv(&b).unwrap(), 7.24840412057269e+44);
        assert_eq!(i(1).truediv(&a).unwrap(), 0.0);
        // python3: (10**30+1)/(10**15) == 1000000000000000.0
        let n = big("1000000000000000000000000000001");
        assert_eq!(n.truediv(&i(1_000_000_000_000_000)).unwrap(), 1e15);
        // python3: (2**53+1)/1 == 9007199254740992.0 ; (2**54+3)/2 == 9007199254740994.0
        assert_eq!(i((1 << 53) + 1).truediv(&i(1)).unwrap(), 9007199254740992.0);
        assert_eq!(i((1 << 54) + 3).truediv(&i(2)).unwrap(), 9007199254740994.0);
    }

    #[test]
    fn powers() {
        assert_eq!(i(2).pow(&i(-1)).unwrap(), IntPow::Float(0.5));
        assert_eq!(i(-2).pow(&i(-3)).unwrap(), IntPow::Float(-0.125));
        assert_eq!(i(10).pow(&i(-400)).unwrap(), IntPow::Float(0.0));
        let e = i(0).pow(&i(-1)).unwrap_err();
        assert_eq!(e.kind, ExcKind::ZeroDivisionError);
        assert_eq!(e.msg, "0.0 cannot be raised to a negative power");
        assert_eq!(i(0).pow(&i(0)).unwrap(), IntPow::Int(i(1)));
        assert_eq!(
            i(2).pow(&i(64)).unwrap(),
            IntPow::Int(big("18446744073709551616"))
        );
        assert_eq!(
            i(-1).pow(&big("100000000000000000001")).unwrap(),
            IntPow::Int(i(-1))
        );
        assert_eq!(
            i(2).pow(&big("18446744073709551616")).unwrap_err().kind,
            ExcKind::MemoryError
        );
        let IntPow::Int(p) = i(2).pow(&i(1100)).unwrap() else {
            panic!()
        };
        let e = p.pow(&i(-1)).unwrap_err();
        assert_eq!(e.msg, "int too large to convert to float");
    }

    #[test]
    fn modular_powers() {
        // python3 values
        assert_eq!(i(4).pow_mod(&i(-1), &i(7)).unwrap(), i(2));
        assert_eq!(i(-3).pow_mod(&i(5), &i(7)).unwrap(), i(2));
        assert_eq!(i(3).pow_mod(&i(5), &i(-7)).unwrap(), i(-2));
        assert_eq!(i(-3).pow_mod(&i(-1), &i(-7)).unwrap(), i(-5));
        assert_eq!(i(-2).pow_mod(&i(3), &i(-5)).unwrap(), i(-3));
        assert_eq!(i(3).pow_mod(&i(-1), &i(1)).unwrap(), i(0));
        assert_eq!(i(0).pow_mod(&i(-1), &i(1)).unwrap(), i(0));
        assert_eq!(i(5).pow_mod(&i(0), &i(-1)).unwrap(), i(0));
        assert_eq!(
            i(3).pow_mod(&i(-1), &i(6)).unwrap_err().msg,
            "base is not invertible for the given modulus"
        );
        assert_eq!(
            i(3).pow_mod(&i(2), &i(0)).unwrap_err().msg,
            "pow() 3rd argument cannot be 0"
        );
    }

    #[test]
    fn shifts_and_bits() {
        assert_eq!(i(1).lshift(&i(-1)).unwrap_err().msg, "negative shift count");
        assert_eq!(i(1).rshift(&i(-1)).unwrap_err().msg, "negative shift count");
        let e = i(1).lshift(&big("100000000000000000000")).unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (ExcKind::OverflowError, "too many digits in integer")
        );
        let e = i(1).lshift(&big("9223372036854775808")).unwrap_err();
        assert_eq!(e.kind, ExcKind::MemoryError);
        let e = i(1).lshift(&i(1 << 62)).unwrap_err();
        assert_eq!(e.kind, ExcKind::MemoryError);
        assert_eq!(i(0).lshift(&big("100000000000000000000")).unwrap(), i(0));
        assert_eq!(i(1).rshift(&big("100000000000000000000")).unwrap(), i(0));
        assert_eq!(i(-1).rshift(&big("100000000000000000000")).unwrap(), i(-1));
        assert_eq!(i(-5).rshift(&i(1)).unwrap(), i(-3));
        assert_eq!(i(1).lshift(&i(63)).unwrap(), big("9223372036854775808"));
        assert_eq!(i(-1).lshift(&i(63)).unwrap(), i(i64::MIN));
        assert_eq!(
            big("-1180591620717411303424").rshift(&i(200)).unwrap(),
            i(-1)
        );
        assert_eq!(big("1180591620717411303424").rshift(&i(69)).unwrap(), i(2));
        assert_eq!(i(5).invert(), i(-6));
        assert_eq!(i(-5).bitand(&i(3)), i(3));
        assert_eq!(i(5).bitxor(&i(-3)), i(-8));
        assert_eq!(
            big("-18446744073709551616").bitor(&i(1)),
            big("-18446744073709551615")
        );
        assert_eq!(i(i64::MIN).neg(), big("9223372036854775808"));
        assert_eq!(i(i64::MIN).abs(), big("9223372036854775808"));
        assert_eq!(big("9223372036854775808").neg(), i(i64::MIN));
        assert_eq!(i(-256).bit_length(), 9);
        assert_eq!(i(0).bit_length(), 0);
        assert_eq!(i(i64::MIN).bit_length(), 64);
    }

    #[test]
    fn rounding_to_tens() {
        // python3: [round(x, n) for x, n in ((1250, -2), (1350, -2), (-1250, -2), (1234, 2), (5, -100), (-51, -2))]
        let cases = [
            (1250, -2, 1200),
            (1350, -2, 1400),
            (-1250, -2, -1200),
            (1234, 2, 1234),
        ];
        for (x, n, want) in cases {
            assert_eq!(i(x).round_digits(&i(n)), i(want));
        }
        assert_eq!(i(5).round_digits(&i(-100)), i(0));
        assert_eq!(i(-51).round_digits(&i(-2)), i(-100));
        assert_eq!(i(5).round_digits(&big("-100000000000000000000")), i(0));
    }

    #[test]
    fn arithmetic_overflow_to_big() {
        let m = big("9223372036854775808");
        assert_eq!(i(i64::MAX).add(&i(1)), m);
        assert_eq!(m.sub(&i(1)), i(i64::MAX));
        assert_eq!(
            m.mul(&m).unwrap(),
            big("85070591730234615865843651857942052864")
        );
        assert_eq!(i(i64::MIN).mul(&i(-1)).unwrap(), m);
        assert!(m > i(i64::MAX));
        assert_eq!(m.neg(), i(i64::MIN));
        assert!(m.neg().sub(&i(1)) < i(i64::MIN));
    }
}
