//! `complex`: a pair of floats with CPython's arithmetic and repr.

use crate::numeric::{float_to_string, DtoaFlags, ExcKind, NumError, NumResult};

/// A complex number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    /// `re + im*j`.
    pub fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// Quotient by CPython's `_Py_c_quot` (Smith's method); `None` on division by zero.
    pub fn checked_div(self, b: Complex) -> Option<Complex> {
        let (abs_breal, abs_bimag) = (b.re.abs(), b.im.abs());
        if abs_breal >= abs_bimag {
            if abs_breal == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_bimag >= abs_breal {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// Power by CPython's `complex_pow`: `_Py_c_pow` with its
    /// integer-exponent path, `ZeroDivisionError` for zero to a negative or
    /// complex power (and wherever libm's `cos`/`sin` of an infinite phase
    /// set `EDOM`, which CPython reports the same way) and `OverflowError`
    /// when a part of the result is infinite.
    pub fn pow(self, e: Complex) -> NumResult<Complex> {
        let r = self.raw_pow(e).ok_or_else(|| {
            NumError::new(
                ExcKind::ZeroDivisionError,
                "0.0 to a negative or complex power",
            )
        })?;
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(NumError::new(
                ExcKind::OverflowError,
                "complex exponentiation",
            ));
        }
        Ok(r)
    }

    fn raw_pow(self, e: Complex) -> Option<Complex> {
        if e.im == 0.0 && e.re == e.re.trunc() && e.re.abs() <= 100.0 {
            let n = e.re as i64;
            return if n >= 0 {
                Some(self.powu(n as u64))
            } else {
                Complex::new(1.0, 0.0).checked_div(self.powu((-n) as u64))
            };
        }
        if e.re == 0.0 && e.im == 0.0 {
            return Some(Complex::new(1.0, 0.0));
        }
        if self.re == 0.0 && self.im == 0.0 {
            if e.im != 0.0 || e.re < 0.0 {
                return None;
            }
            return Some(Complex::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(e.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * e.re;
        if e.im != 0.0 {
            len /= (at * e.im).exp();
            phase += e.im * vabs.ln();
        }
        if phase.is_infinite() {
            return None;
        }
        Some(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    fn powu(self, mut n: u64) -> Complex {
        let mut r = Complex::new(1.0, 0.0);
        let mut p = self;
        let mut mask = 1u64;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r * p;
            }
            mask <<= 1;
            p = p * p;
            if mask == 0 {
                n = 0;
            }
        }
        r
    }

    /// `abs(z)`: `OverflowError` when finite parts give an infinite result
    /// (CPython's `_Py_c_abs` with its `ERANGE` check).
    pub fn abs(self) -> NumResult<f64> {
        let r = self.re.hypot(self.im);
        if r.is_infinite() && self.re.is_finite() && self.im.is_finite() {
            return Err(NumError::new(
                ExcKind::OverflowError,
                "absolute value too large",
            ));
        }
        Ok(r)
    }

    /// CPython's `repr(complex)`: `2j`, `(1+2j)`, `(-0-1j)`.
    pub fn repr(self) -> String {
        let fmt = |x: f64, sign: bool| {
            float_to_string(
                x,
                'r',
                0,
                DtoaFlags {
                    sign,
                    ..DtoaFlags::default()
                },
            )
        };
        if self.re == 0.0 && self.re.is_sign_positive() {
            format!("{}j", fmt(self.im, false))
        } else {
            format!("({}{}j)", fmt(self.re, false), fmt(self.im, true))
        }
    }
}

impl std::ops::Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
}

impl std::ops::Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(
            self.re * o.re - self.im * o.im,
            self.re * o.im + self.im * o.re,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{Complex, ExcKind};

    #[test]
    fn reprs_match_cpython() {
        assert_eq!(Complex::new(0.0, 2.0).repr(), "2j");
        assert_eq!(Complex::new(1.0, 2.0).repr(), "(1+2j)");
        assert_eq!(Complex::new(1.5, -2.0).repr(), "(1.5-2j)");
        assert_eq!(Complex::new(-0.0, -1.0).repr(), "(-0-1j)");
        assert_eq!(Complex::new(0.0, f64::INFINITY).repr(), "infj");
    }

    #[test]
    fn arithmetic_matches_cpython() {
        let a = Complex::new(1.0, 2.0);
        let b = Complex::new(3.0, -4.0);
        assert_eq!(a * b, Complex::new(11.0, 2.0));
        assert_eq!(a.checked_div(b), Some(Complex::new(-0.2, 0.4)));
        assert_eq!(a.pow(Complex::new(2.0, 0.0)), Ok(Complex::new(-3.0, 4.0)));
        let big = Complex::new(1e200, 0.0);
        assert_eq!(
            big.pow(Complex::new(2.0, 0.0)).unwrap_err().msg,
            "complex exponentiation"
        );
        let inf = Complex::new(f64::INFINITY, 0.0);
        assert_eq!(
            inf.pow(Complex::new(0.0, 1.0)).unwrap_err().kind,
            ExcKind::ZeroDivisionError
        );
        let zero = Complex::new(0.0, 0.0);
        assert_eq!(
            zero.pow(Complex::new(-1.0, 0.0)).unwrap_err().kind,
            ExcKind::ZeroDivisionError
        );
        assert_eq!(Complex::new(3.0, 4.0).abs(), Ok(5.0));
        assert!(Complex::new(1.7e308, 1.7e308).abs().is_err());
        assert_eq!(
            Complex::new(f64::INFINITY, f64::NAN).abs(),
            Ok(f64::INFINITY)
        );
    }
}
