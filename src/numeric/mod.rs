//! Numeric semantics of CPython 3.11, as pure functions on Rust values.
//!
//! Ints are [`Int`] (an `i64` fast path that spills into `BigInt`), floats
//! are plain `f64`. Every fallible operation returns a [`NumError`] carrying
//! the exception class and CPython's exact message.

mod convert;
mod dtoa;
mod float;
mod hash;
mod int;
mod parse;

pub use convert::{big_to_f64, cmp_int_float, int_to_f64, ratio_to_f64};
pub use dtoa::{float_repr, float_to_string, DtoaFlags};
pub use float::{
    float_as_integer_ratio, float_divmod, float_floordiv, float_fromhex, float_hex,
    float_is_integer, float_mod, float_pow, float_round, float_round_digits, float_truediv,
    float_trunc, FloatPow,
};
pub use hash::{hash_float, hash_int, hash_tuple, FloatHash};
pub use int::{Int, IntPow, MAX_INT_BITS};
pub use parse::{int_to_radix, int_to_str, parse_float, parse_int, py_str_repr};

use std::cell::Cell;
use std::fmt;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// `sys.int_info.str_digits_check_threshold`: the smallest non-zero limit.
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

thread_local! {
    static MAX_STR_DIGITS: Cell<usize> = const { Cell::new(DEFAULT_MAX_STR_DIGITS) };
}

/// The interpreter's current `sys.get_int_max_str_digits()` (0: no limit).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(Cell::get)
}

/// `sys.set_int_max_str_digits(n)`, with CPython's range check.
pub fn set_max_str_digits(n: i64) -> NumResult<()> {
    match usize::try_from(n) {
        Ok(n) if n == 0 || n >= STR_DIGITS_CHECK_THRESHOLD => {
            MAX_STR_DIGITS.with(|c| c.set(n));
            Ok(())
        }
        _ => Err(NumError::value(format!(
            "maxdigits must be 0 or larger than {STR_DIGITS_CHECK_THRESHOLD}"
        ))),
    }
}

/// The Python exception class of a [`NumError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExcKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `MemoryError` (results CPython could not allocate either)
    MemoryError,
}

impl ExcKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception raised by a numeric or formatting operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    /// The exception class.
    pub kind: ExcKind,
    /// The exception message, exactly as CPython 3.11 words it.
    pub msg: String,
}

impl NumError {
    /// Builds an error of class `kind` with message `msg`.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Self {
        NumError {
            kind,
            msg: msg.into(),
        }
    }
    pub(crate) fn value(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::ValueError, msg)
    }
    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::OverflowError, msg)
    }
    pub(crate) fn zero_div(msg: impl Into<String>) -> Self {
        Self::new(ExcKind::ZeroDivisionError, msg)
    }
    pub(crate) fn memory() -> Self {
        Self::new(ExcKind::MemoryError, "")
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.msg)
        }
    }
}

impl std::error::Error for NumError {}

/// Shorthand for results of this module.
pub type NumResult<T> = Result<T, NumError>;
