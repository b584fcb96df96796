//! The matching half of `strptime`: CPython's `_strptime.TimeRE` for the C
//! locale, turning a format into a regular expression (the same patterns,
//! so the same strings match) and matching it case-insensitively at the
//! start of the data. `datetime.py` turns the groups into a date.

use std::rc::Rc;

use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

const DAY_NAMES: &str = "wednesday|thursday|saturday|tuesday|monday|friday|sunday";
const MONTH_NAMES: &str =
    "september|february|november|december|january|october|august|march|april|june|july|may";
const DAY_ABBRS: &str = "mon|tue|wed|thu|fri|sat|sun";
const MONTH_ABBRS: &str = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

/// The regular expression of one directive, `None` for an unknown one.
fn directive(d: char) -> Option<String> {
    let group = |name: char, body: &str| format!("(?P<{name}>{body})");
    Some(match d {
        'd' => group('d', r"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]"),
        'f' => group('f', r"[0-9]{1,6}"),
        'H' => group('H', r"2[0-3]|[0-1]\d|\d"),
        'I' => group('I', r"1[0-2]|0[1-9]|[1-9]"),
        'G' => group('G', r"\d\d\d\d"),
        'j' => group(
            'j',
            r"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
        ),
        'm' => group('m', r"1[0-2]|0[1-9]|[1-9]"),
        'M' => group('M', r"[0-5]\d|\d"),
        'S' => group('S', r"6[0-1]|[0-5]\d|\d"),
        'U' => group('U', r"5[0-3]|[0-4]\d|\d"),
        'W' => group('W', r"5[0-3]|[0-4]\d|\d"),
        'V' => group('V', r"5[0-3]|0[1-9]|[1-4]\d|\d"),
        'w' => group('w', r"[0-6]"),
        'u' => group('u', r"[1-7]"),
        'y' => group('y', r"\d\d"),
        'Y' => group('Y', r"\d\d\d\d"),
        'z' => group('z', r"[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)"),
        'A' => group('A', DAY_NAMES),
        'a' => group('a', DAY_ABBRS),
        'B' => group('B', MONTH_NAMES),
        'b' => group('b', MONTH_ABBRS),
        'p' => group('p', "am|pm"),
        'Z' => group('Z', "gmt|utc"),
        '%' => "%".to_owned(),
        'c' => pattern("%a %b %d %H:%M:%S %Y").ok()?,
        'x' => pattern("%m/%d/%y").ok()?,
        'X' => pattern("%H:%M:%S").ok()?,
        _ => return None,
    })
}

/// Why a format has no pattern: a bad directive, or a `%` at its end.
enum FormatError {
    Bad(char),
    Stray,
}

/// The regular expression of a whole format, as `TimeRE.pattern`: regex
/// characters escaped and whitespace runs made `\s+` first, then each
/// directive replaced (so `%` before an escaped character is a bad `\`).
fn pattern(format: &str) -> Result<String, FormatError> {
    let mut escaped = String::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            escaped.push_str(r"\s+");
        } else {
            if "\\.^$*+?(){}[]|".contains(c) {
                escaped.push('\\');
            }
            escaped.push(c);
        }
    }
    let mut out = String::new();
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            let d = chars.next().ok_or(FormatError::Stray)?;
            let bad = if d == '\\' { '%' } else { d };
            out.push_str(&directive(d).ok_or(FormatError::Bad(bad))?);
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// `_strptime_match(data, format)`: `(groups, rest)` where `groups` maps each
/// directive's group to its text (None when it took no part) and `rest` is the
/// unmatched tail, or None when the data does not match at all.
pub fn strptime_match(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_strptime_match", 2, 2)?;
    let (Value::Str(data), Value::Str(format)) = (&a[0], &a[1]) else {
        return Err(PyErr::type_error(format!(
            "strptime() argument 1 must be str, not {}",
            type_name(&a[0])
        )));
    };
    let body = pattern(format.as_str()).map_err(|e| match e {
        FormatError::Bad(d) => PyErr::value_error(format!(
            "'{d}' is a bad directive in format '{}'",
            format.as_str()
        )),
        FormatError::Stray => {
            PyErr::value_error(format!("stray % in format '{}'", format.as_str()))
        }
    })?;
    let re = regex::Regex::new(&format!("(?i)^(?:{body})"))
        .map_err(|_| PyErr::value_error("redefinition of group name"))?;
    let Some(caps) = re.captures(data.as_str()) else {
        return Ok(Value::None);
    };
    let groups = Rc::new(PyDict::new());
    for name in re.capture_names().flatten() {
        let v = caps
            .name(name)
            .map(|m| Value::str(m.as_str()))
            .unwrap_or(Value::None);
        groups.set_str(name, v);
    }
    let end = caps.get(0).map_or(0, |m| m.end());
    Ok(Value::tuple(vec![
        Value::Dict(groups),
        Value::str(&data.as_str()[end..]),
    ]))
}

#[cfg(test)]
mod tests {
    use super::pattern;

    #[test]
    fn escapes_and_spaces() {
        let p = pattern("%H.%M  x").ok();
        assert_eq!(
            p.as_deref(),
            Some(r"(?P<H>2[0-3]|[0-1]\d|\d)\.(?P<M>[0-5]\d|\d)\s+x")
        );
        assert!(pattern("%").is_err());
    }
}
