//! The Unicode character database as CPython's `str` sees it: the `is*`
//! predicates (general category, numeric type, identifier, printable) and
//! full case mapping (`upper`, `lower` with final sigma, `title`,
//! `capitalize`, `swapcase`, `casefold`). General category comes from
//! `unicode-properties`, title case and simple folding from
//! `unicode-case-mapping`, identifiers from `unicode-ident`.

use unicode_properties::{GeneralCategory as Gc, GeneralCategoryGroup, UnicodeGeneralCategory};

/// Code points whose Numeric_Type is Digit (not Decimal): superscripts,
/// circled and parenthesized digits and the like (CPython's `isdigit` but
/// not `isdecimal`).
const DIGIT_RANGES: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];

/// Ideographs outside the `N*` categories that have a numeric value in
/// Unihan (`百`, `千`, `万`, ...): CPython's `isnumeric` accepts them.
const IDEOGRAPH_NUMERALS: &[u32] = &[
    0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96,
    0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341,
    0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a,
    0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e,
    0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973,
    0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983,
    0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
];

/// `str.isdecimal` for one character: general category `Nd`.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    c.general_category() == Gc::DecimalNumber
}

/// The value of a decimal digit (category `Nd`) of any script: Unicode
/// keeps each script's digits 0-9 contiguous and in order.
pub fn decimal_value(c: char) -> Option<u32> {
    if !is_decimal(c) {
        return None;
    }
    let mut start = c as u32;
    while start > 0 && char::from_u32(start - 1).is_some_and(is_decimal) {
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// `str.isdigit` for one character: Numeric_Type Decimal or Digit.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let u = c as u32;
    is_decimal(c) || DIGIT_RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&u))
}

/// `str.isnumeric` for one character: any Numeric_Type.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    c.general_category_group() == GeneralCategoryGroup::Number
        || IDEOGRAPH_NUMERALS.binary_search(&(c as u32)).is_ok()
}

/// `str.isalpha` for one character: general category `L*`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.general_category_group() == GeneralCategoryGroup::Letter
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// `str.isspace` for one character: bidirectional class WS/B/S or `Zs`.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// A titlecase letter (`Lt`, e.g. `ǅ`).
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && c.general_category() == Gc::TitlecaseLetter
}

/// The Unicode `Cased` property: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// The Unicode `Case_Ignorable` property (marks, format characters,
/// modifiers and the word-break apostrophes and middle dots).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{a8}'
            | '\u{ad}'
            | '\u{af}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b8}'
            | '\u{387}'
            | '\u{55f}'
            | '\u{5f4}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{fe13}'
            | '\u{fe52}'
            | '\u{fe55}'
            | '\u{ff07}'
            | '\u{ff0e}'
            | '\u{ff1a}'
    ) || (!c.is_ascii()
        && matches!(
            c.general_category(),
            Gc::NonspacingMark
                | Gc::EnclosingMark
                | Gc::Format
                | Gc::ModifierLetter
                | Gc::ModifierSymbol
        ))
}

/// `str.isprintable` for one character (also decides `repr` escapes):
/// everything but the `C*` and `Z*` categories, space excepted.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !matches!(
        c.general_category(),
        Gc::Control
            | Gc::Format
            | Gc::Surrogate
            | Gc::PrivateUse
            | Gc::Unassigned
            | Gc::LineSeparator
            | Gc::ParagraphSeparator
            | Gc::SpaceSeparator
    )
}

/// `str.isidentifier`: XID_Start or `_`, then XID_Continue.
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
            cs.all(unicode_ident::is_xid_continue)
        }
        _ => false,
    }
}

/// Pushes the code points of a `unicode-case-mapping` result, or `c`
/// itself when the table says it maps to itself (all zeros).
fn push_mapped(out: &mut String, c: char, mapped: &[u32]) {
    if mapped[0] == 0 {
        out.push(c);
        return;
    }
    out.extend(
        mapped
            .iter()
            .take_while(|&&u| u != 0)
            .filter_map(|&u| char::from_u32(u)),
    );
}

/// The full title case of `c` (`ß` → `Ss`, `ǆ` → `ǅ`).
fn push_title(out: &mut String, c: char) {
    push_mapped(out, c, &unicode_case_mapping::to_titlecase(c));
}

/// The lowercase of `chars[i]`, with `Σ` becoming `ς` at the end of a word.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// CPython's Final_Sigma test: a cased letter before (skipping
/// case-ignorables) and none after.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    if !before.is_some_and(|&c| is_cased(c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    !after.is_some_and(|&c| is_cased(c))
}

/// `str.upper`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    s.to_uppercase()
}

/// `str.lower` (Rust's `to_lowercase` applies the same final-sigma rule).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

/// `str.capitalize`: the first character in title case, the rest lowercase.
pub fn capitalize(s: &str) -> String {
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return out;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// `str.title`: title case after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    if s.is_ascii() {
        let mut prev_cased = false;
        return s
            .chars()
            .map(|c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.swapcase`.
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        return s
            .chars()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.casefold`: full case folding (`ß` → `ss`, `ﬁ` → `fi`).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let upper = unicode_case_mapping::to_uppercase(c);
        let lower = unicode_case_mapping::to_lowercase(c);
        if c == 'ẞ' {
            // Its simple folding is `ß`; the full one is `ss`.
            out.push_str("ss");
        } else if upper[1] != 0 {
            // Full foldings expand exactly where the uppercase does:
            // fold each character of the expansion.
            for u in upper.iter().take_while(|&&u| u != 0) {
                if let Some(uc) = char::from_u32(*u) {
                    push_simple_fold(&mut out, uc);
                }
            }
        } else if lower[1] != 0 {
            // `İ` folds to its two-character lowercase.
            push_mapped(&mut out, c, &lower);
        } else {
            push_simple_fold(&mut out, c);
        }
    }
    out
}

fn push_simple_fold(out: &mut String, c: char) {
    match unicode_case_mapping::case_folded(c).and_then(|u| char::from_u32(u.get())) {
        Some(f) => out.push(f),
        None => out.push(c),
    }
}

/// `str.istitle`: uppercase/titlecase only after uncased characters,
/// lowercase only after cased ones, and at least one cased character.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_casing_expands() {
        assert_eq!(upper("ß"), "SS");
        assert_eq!(title("ß"), "Ss");
        assert_eq!(capitalize("ﬁsh"), "Fish");
        assert_eq!(casefold("Straße ﬁ ẞ"), "strasse fi ss");
        assert_eq!(casefold("ꭰ"), "Ꭰ");
    }

    #[test]
    fn final_sigma_depends_on_context() {
        assert_eq!(lower("ΟΔΥΣΣΕΥΣ"), "οδυσσευς");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("ΑΣ'"), "ας'");
        assert_eq!(title("ΑΣ ΑΣ"), "Ας Ας");
    }

    #[test]
    fn titlecase_digraphs() {
        assert_eq!(title("ǆemal"), "ǅemal");
        assert!(is_title("ǅemal"));
        assert!(!is_title("Aǅ"));
    }

    #[test]
    fn numeric_types() {
        assert!(is_decimal('٣') && is_digit('٣') && is_numeric('٣'));
        assert!(!is_decimal('²') && is_digit('²') && is_numeric('²'));
        assert!(!is_digit('½') && is_numeric('½'));
        assert!(!is_digit('百') && is_numeric('百') && is_alpha('百'));
        assert!(!is_alpha('Ⅻ') && is_numeric('Ⅻ'));
    }

    #[test]
    fn printable_and_identifiers() {
        assert!(is_printable(' ') && is_printable('é'));
        assert!(!is_printable('\u{a0}') && !is_printable('\u{200b}') && !is_printable('\u{378}'));
        assert!(is_identifier("℘x") && is_identifier("_٣"));
        assert!(!is_identifier("x²") && !is_identifier("٣_") && !is_identifier(""));
    }
}
