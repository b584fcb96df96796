//! `strftime` as glibc's in the C locale (CPython hands the format to the C
//! library): the POSIX and GNU directives, the `-`/`_`/`0`/`^`/`#` flags and a
//! field width; an unknown directive is copied as it is.

use super::tm::{days_from_civil, Tm};

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Formats `tm` by `format`; `epoch` is `%s` (seconds since the epoch).
pub fn strftime(format: &str, tm: &Tm, epoch: i64) -> String {
    let mut out = String::new();
    let mut chars = format.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut flag = None;
        while let Some(&(_, f)) = chars.peek() {
            if matches!(f, '-' | '_' | '0' | '^' | '#') {
                flag = Some(f);
                chars.next();
            } else {
                break;
            }
        }
        let mut width = None;
        while let Some(&(_, d)) = chars.peek() {
            match d.to_digit(10) {
                Some(v) => {
                    width = Some(width.unwrap_or(0) * 10 + v as usize);
                    chars.next();
                }
                None => break,
            }
        }
        // E and O modifiers select alternative forms, the same in the C locale.
        while matches!(chars.peek(), Some(&(_, 'E' | 'O'))) {
            chars.next();
        }
        let Some((end, d)) = chars.next() else {
            out.push_str(&format[start..]);
            break;
        };
        match directive(d, tm, epoch) {
            Some(field) => out.push_str(&pad(field, flag, width)),
            None => out.push_str(&format[start..end + d.len_utf8()]),
        }
    }
    out
}

/// One formatted field: text, or a number with its default padding.
enum Field {
    Text(String),
    Num(i64, usize, char),
}

fn pad(field: Field, flag: Option<char>, width: Option<usize>) -> String {
    match field {
        Field::Text(s) => {
            let s = match flag {
                Some('^') | Some('#') => s.to_uppercase(),
                _ => s,
            };
            let n = s.chars().count();
            match width {
                Some(w) if w > n => {
                    let fill = if flag == Some('0') { '0' } else { ' ' };
                    let mut r: String = std::iter::repeat_n(fill, w - n).collect();
                    r.push_str(&s);
                    r
                }
                _ => s,
            }
        }
        Field::Num(v, default_width, default_fill) => {
            let (w, fill) = match flag {
                Some('-') => (0, ' '),
                Some('_') => (width.unwrap_or(default_width), ' '),
                Some('0') => (width.unwrap_or(default_width), '0'),
                _ => (width.unwrap_or(default_width), default_fill),
            };
            let digits = v.unsigned_abs().to_string();
            let sign = if v < 0 { "-" } else { "" };
            let n = digits.len() + sign.len();
            if n >= w {
                format!("{sign}{digits}")
            } else if fill == '0' {
                format!("{sign}{}{digits}", "0".repeat(w - n))
            } else {
                format!("{}{sign}{digits}", " ".repeat(w - n))
            }
        }
    }
}

/// The ISO 8601 week-based year and week number of `tm`.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let yday = tm.yday - 1;
    let wday = tm.wday; // 0 = Monday
    let mut year = tm.year;
    let mut week = (yday - wday + 10) / 7;
    if week < 1 {
        year -= 1;
        let prev_len = days_from_civil(year + 1, 1, 1) - days_from_civil(year, 1, 1);
        week = (yday + prev_len - wday + 10) / 7;
    } else {
        let len = days_from_civil(year + 1, 1, 1) - days_from_civil(year, 1, 1);
        if yday - wday + 3 >= len {
            year += 1;
            week = 1;
        }
    }
    (year, week)
}

fn text(s: &str) -> Option<Field> {
    Some(Field::Text(s.to_owned()))
}

fn num(v: i64, width: usize) -> Option<Field> {
    Some(Field::Num(v, width, '0'))
}

fn directive(d: char, tm: &Tm, epoch: i64) -> Option<Field> {
    let day = DAYS
        .get(tm.wday.rem_euclid(7) as usize)
        .copied()
        .unwrap_or("?");
    let month = MONTHS
        .get((tm.mon - 1).clamp(0, 11) as usize)
        .copied()
        .unwrap_or("?");
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    let sunday_wday = (tm.wday + 1) % 7;
    let sub = |f: &str| Some(Field::Text(strftime(f, tm, epoch)));
    match d {
        'a' => text(&day[..3]),
        'A' => text(day),
        'b' | 'h' => text(&month[..3]),
        'B' => text(month),
        'c' => sub("%a %b %e %H:%M:%S %Y"),
        'C' => num(tm.year.div_euclid(100), 1),
        'd' => num(tm.mday, 2),
        'D' | 'x' => sub("%m/%d/%y"),
        'e' => Some(Field::Num(tm.mday, 2, ' ')),
        'F' => sub("%Y-%m-%d"),
        'G' => num(iso_week(tm).0, 1),
        'g' => num(iso_week(tm).0.rem_euclid(100), 2),
        'H' => num(tm.hour, 2),
        'I' => num(hour12, 2),
        'j' => num(tm.yday, 3),
        'k' => Some(Field::Num(tm.hour, 2, ' ')),
        'l' => Some(Field::Num(hour12, 2, ' ')),
        'm' => num(tm.mon, 2),
        'M' => num(tm.min, 2),
        'n' => text("\n"),
        'p' => text(if tm.hour >= 12 { "PM" } else { "AM" }),
        'P' => text(if tm.hour >= 12 { "pm" } else { "am" }),
        'r' => sub("%I:%M:%S %p"),
        'R' => sub("%H:%M"),
        's' => num(epoch, 1),
        'S' => num(tm.sec, 2),
        't' => text("\t"),
        'T' | 'X' => sub("%H:%M:%S"),
        'u' => num(tm.wday + 1, 1),
        'U' => num((tm.yday - 1 + 7 - sunday_wday) / 7, 2),
        'V' => num(iso_week(tm).1, 2),
        'w' => num(sunday_wday, 1),
        'W' => num((tm.yday - 1 + 7 - tm.wday) / 7, 2),
        'y' => num(tm.year.rem_euclid(100), 2),
        'Y' => num(tm.year, 1),
        'z' => match tm.gmtoff {
            Some(off) => {
                let sign = if off < 0 { '-' } else { '+' };
                let a = off.abs() / 60;
                text(&format!("{sign}{:02}{:02}", a / 60, a % 60))
            }
            None => text(""),
        },
        'Z' => text(tm.zone.as_deref().unwrap_or("")),
        '%' => text("%"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tm::gmtime;
    use super::*;

    #[test]
    fn formats_like_glibc() {
        let tm = gmtime(1709211909); // 2024-02-29 13:05:09 UTC, a Thursday
        let s = strftime("%C %G %V %u %h %R %T %r %j %-d %_H %a %B", &tm, 0);
        assert_eq!(
            s,
            "20 2024 09 4 Feb 13:05 13:05:09 01:05:09 PM 060 29 13 Thu February"
        );
        assert_eq!(strftime("%Q %", &tm, 0), "%Q %");
    }
}
