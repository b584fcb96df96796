//! CPython 3.11 hashing of ints, floats and tuples (64-bit build).
//!
//! Numbers hash to their value modulo the Mersenne prime `2**61 - 1`, so
//! equal ints and floats hash alike; tuples use the xxHash-based mixer.

use num_bigint::Sign;
use num_traits::ToPrimitive;

use super::convert::decompose;
use super::int::Int;

const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;
const HASH_INF: i64 = 314_159;

/// Hash of a float: a value, or "hash by identity" for NaN (CPython 3.11).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatHash {
    /// The hash value.
    Value(i64),
    /// NaN: the VM must hash by object identity.
    Identity,
}

fn finish(x: u64, negative: bool) -> i64 {
    let h = if negative { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int.
pub fn hash_int(n: &Int) -> i64 {
    match n {
        Int::Small(v) => finish(v.unsigned_abs() % MODULUS, *v < 0),
        Int::Big(b) => {
            let r = (b.magnitude() % MODULUS).to_u64().unwrap_or(0);
            finish(r, b.sign() == Sign::Minus)
        }
    }
}

/// `(x * 2**e) mod (2**61 - 1)` for `x < 2**61`.
fn mul_pow2(x: u64, e: i64) -> u64 {
    let e = e.rem_euclid(i64::from(BITS)) as u32;
    if e == 0 {
        return x;
    }
    ((x << e) & MODULUS) | (x >> (BITS - e))
}

/// `hash(x)` for a float, per CPython's `_Py_HashDouble`.
pub fn hash_float(x: f64) -> FloatHash {
    if x.is_nan() {
        return FloatHash::Identity;
    }
    if x.is_infinite() {
        return FloatHash::Value(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (m, e) = decompose(x);
    let mag = (m.magnitude() % MODULUS).to_u64().unwrap_or(0);
    FloatHash::Value(finish(mul_pow2(mag, e), x < 0.0))
}

/// `hash(t)` for a tuple, given the hashes of its items (CPython 3.11).
pub fn hash_tuple(items: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn big(s: &str) -> Int {
        Int::from_big(s.parse::<BigInt>().unwrap())
    }

    #[test]
    fn int_hashes() {
        // python3: hash(n)
        assert_eq!(hash_int(&Int::Small(1)), 1);
        assert_eq!(hash_int(&Int::Small(-1)), -2);
        assert_eq!(hash_int(&Int::Small(-2)), -2);
        assert_eq!(hash_int(&Int::Small(0)), 0);
        assert_eq!(hash_int(&Int::Small((1 << 61) - 1)), 0);
        assert_eq!(hash_int(&Int::Small(1 << 61)), 1);
        assert_eq!(hash_int(&Int::Small(-(1 << 61))), -2);
        assert_eq!(hash_int(&Int::Small(i64::MAX)), 3);
        assert_eq!(hash_int(&Int::Small(i64::MIN)), -4);
        assert_eq!(hash_int(&big("100000000000000000000")), 848750603811160107);
        // python3: hash(10**30), hash(-10**30)
        assert_eq!(
            hash_int(&big("1000000000000000000000000000000")),
            465258685558744706
        );
        assert_eq!(
            hash_int(&big("-1000000000000000000000000000000")),
            -465258685558744706
        );
    }

    #[test]
    fn float_hashes() {
        let cases: &[(f64, i64)] = &[
            (1.0, 1),
            (0.5, 1152921504606846976),
            (-1.5, -1152921504606846977),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (-0.0, 0),
            (-1.0, -2),
            (1e100, 1822893315824342674),
            (1.5e-300, 1876877353711978326),
            (0.1, 230584300921369408),
            (3.14, 322818021289917443),
            (1e30, 465278570183583362),
            (5e-324, 16777216),
            (1.7976931348623157e308, 2234066890152476671),
        ];
        for &(x, h) in cases {
            assert_eq!(hash_float(x), FloatHash::Value(h), "hash({x})");
        }
        assert_eq!(hash_float(f64::NAN), FloatHash::Identity);
    }

    #[test]
    fn tuple_hashes() {
        // python3: hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3)))
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1]), -6644214454873602895);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        let inner = hash_tuple(&[2, 3]);
        assert_eq!(hash_tuple(&[1, inner]), 7267574591690527098);
        assert_eq!(hash_tuple(&[-2, 0]), 2575514064802888272);
    }
}
