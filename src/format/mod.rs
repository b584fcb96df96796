//! Python formatting: the format-spec mini-language (`format()`,
//! `str.format`, f-strings) and printf-style `%` formatting.
//!
//! Pure functions on Rust values; errors are [`NumError`]s with CPython's
//! exact messages.
//!
//! [`NumError`]: crate::numeric::NumError

mod number;
mod percent;
mod spec;

pub use number::{char_from_int, format_complex, format_float, format_int, format_str};
pub use percent::{
    percent_errors, percent_format_char, percent_format_float, percent_format_int,
    percent_format_str, ConvSpec, Count, PercentFlags, PercentParser, Piece,
};
pub use spec::{FormatSpec, Grouping};

#[cfg(test)]
mod tests;
