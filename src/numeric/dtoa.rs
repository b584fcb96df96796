//! Float → text conversion with CPython's layout rules.
//!
//! This is a port of `format_float_short` from CPython's `pystrtod.c`. The
//! digits come from Rust's correctly rounded formatting (`{:e}` for the
//! shortest round-trip digits, `{:.*e}` / `{:.*}` for a fixed number of
//! digits); only the layout (point, padding zeros, exponent) is done here.

/// Options of [`float_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// Add `.0` to integral values in fixed notation (`repr` style).
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the point and trailing zeros.
    pub alt: bool,
    /// Coerce a negative zero result to positive zero (`z`).
    pub no_neg_0: bool,
}

/// More digits than any double's exact decimal expansion needs.
const EXACT_DIGITS: usize = 1100;

/// Digits of `|x|` (no leading/trailing zeros, or `"0"`) and the position of
/// the decimal point relative to their start.
fn digits(x: f64, mode: char, precision: usize) -> (Vec<u8>, i64) {
    // A double's exact decimal expansion has at most 767 significant digits
    // and 1074 fractional ones: past that every digit is a zero (trimmed
    // below), and Rust's formatter rejects precisions past `u16::MAX`.
    let precision = precision.min(EXACT_DIGITS);
    let ax = x.abs();
    let (mut digits, mut decpt) = match mode {
        // Significant-digit modes: shortest (precision 0 means shortest) or
        // `precision` significant digits.
        'r' | 'e' | 'g' => {
            let s = if mode == 'r' {
                // Rust gives the shortest length, but on an exact tie between
                // two closest candidates it may pick the upper one; CPython
                // (Gay's dtoa) rounds half to even, which is what correctly
                // rounding to that many digits yields.
                let shortest = format!("{ax:e}");
                let n = shortest
                    .split('e')
                    .next()
                    .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
                format!("{:.*e}", n - 1, ax)
            } else {
                format!("{:.*e}", precision.saturating_sub(1), ax)
            };
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            let d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
            (d, exp + 1)
        }
        // Fixed mode: `precision` digits after the point.
        _ => {
            let s = format!("{ax:.precision$}");
            let int_len = s.find('.').unwrap_or(s.len()) as i64;
            let d: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
            (d, int_len)
        }
    };
    let lead = digits.iter().take_while(|&&c| c == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
        decpt = 1;
    }
    (digits, decpt)
}

/// Formats `x` like CPython's `PyOS_double_to_string`.
///
/// `code` is one of `e E f F g G r`; `precision` is the number of digits
/// after the point (`e`, `f`) or of significant digits (`g`), ignored for
/// `r` (shortest repr).
pub fn float_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_nan() {
            if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return out;
    }
    let (mode, precision) = match code {
        'e' => ('e', precision + 1),
        'g' => ('g', precision.max(1)),
        'f' => ('f', precision),
        _ => ('r', 0),
    };
    let (digits, mut decpt) = digits(x, mode, precision);
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let is_zero = digits == b"0";
    if x.is_sign_negative() && !(flags.no_neg_0 && is_zero) {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let text = |out: &mut String, d: &[u8]| out.extend(d.iter().map(|&c| c as char));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        text(&mut out, &digits[..decpt as usize]);
        out.push('.');
        text(&mut out, &digits[decpt as usize..]);
    } else {
        text(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` / `str(x)` for a float, identical to CPython.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    float_to_string(x, 'r', 0, flags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_precisions_pad_with_zeros() {
        // python3: len(format(1.5, '.70000f')), format(0.1, '.1000e')[:25]
        let f = float_to_string(1.5, 'f', 70000, DtoaFlags::default());
        assert_eq!(f.len(), 70002);
        assert!(f.starts_with("1.5000") && f.ends_with('0'));
        let e = float_to_string(0.1, 'e', 1000, DtoaFlags::default());
        assert!(e.starts_with("1.000000000000000055511151231"));
        assert!(e.ends_with("000e-01"));
        let tiny = float_to_string(5e-324, 'e', 2000, DtoaFlags::default());
        assert!(tiny.starts_with("4.94065645841246544176568792868221"));
        assert!(tiny.ends_with("000e-324"));
    }

    #[test]
    fn repr_matches_cpython() {
        // python3: [repr(x) for x in ...]
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e-07, "1.5e-07"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (-2.5, "-2.5"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e22, "1e+22"),
            (1.25e100, "1.25e+100"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (123.456, "123.456"),
            (-1e-300, "-1e-300"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (4.35, "4.35"),
            (1234567.0, "1234567.0"),
            // An exact tie between two 17-digit candidates: half to even.
            (109005456908862.0 + 0.125, "109005456908862.12"),
        ];
        for &(x, s) in cases {
            assert_eq!(float_repr(x), s);
        }
    }

    #[test]
    fn printf_style_codes() {
        let f = DtoaFlags::default();
        let alt = DtoaFlags { alt: true, ..f };
        let cases: &[(f64, char, usize, DtoaFlags, &str)] = &[
            (0.125, 'f', 2, f, "0.12"),
            (0.375, 'f', 2, f, "0.38"),
            (0.5, 'f', 0, f, "0"),
            (1.5, 'f', 0, f, "2"),
            (1.0, 'f', 0, alt, "1."),
            (1.0, 'e', 0, alt, "1.e+00"),
            (123.456, 'e', 0, f, "1e+02"),
            (12345.678, 'e', 6, f, "1.234568e+04"),
            (0.0, 'e', 6, f, "0.000000e+00"),
            (0.0, 'g', 6, f, "0"),
            (0.0, 'g', 6, alt, "0.00000"),
            (100.0, 'g', 6, alt, "100.000"),
            (1e16, 'g', 6, f, "1e+16"),
            (1e-5, 'g', 6, f, "1e-05"),
            (123456.0, 'g', 6, f, "123456"),
            (1234567.0, 'G', 6, f, "1.23457E+06"),
            (f64::NAN, 'G', 6, f, "NAN"),
            (f64::INFINITY, 'F', 6, f, "INF"),
            (
                -1e-10,
                'f',
                2,
                DtoaFlags {
                    no_neg_0: true,
                    ..f
                },
                "0.00",
            ),
            (-1e-10, 'f', 2, f, "-0.00"),
            (1.5, 'e', 3, DtoaFlags { sign: true, ..f }, "+1.500e+00"),
            (1e22, 'f', 6, f, "10000000000000000000000.000000"),
            (9.99, 'f', 1, f, "10.0"),
            (0.0001234, 'g', 2, f, "0.00012"),
            (1e-300, 'e', 2, f, "1.00e-300"),
        ];
        for &(x, code, p, flags, want) in cases {
            assert_eq!(float_to_string(x, code, p, flags), want, "{x} {code} {p}");
        }
    }
}
