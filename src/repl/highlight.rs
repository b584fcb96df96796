//! ANSI colours for the terminal prompt: a forgiving scanner that colours
//! keywords, strings, numbers, comments and definition names of (possibly
//! unfinished) input, and the colouring of tracebacks.

use crate::syntax::token::Tok;

const RESET: &str = "\x1b[0m";
const KEYWORD: &str = "\x1b[1;35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[36m";
const COMMENT: &str = "\x1b[90m";
const DEFINITION: &str = "\x1b[1;34m";
const CONSTANT: &str = "\x1b[1;36m";
const SOFT_KEYWORDS: [&str; 2] = ["match", "case"];

/// True when colour is wanted: `NO_COLOR` is unset and `is_terminal`.
pub fn color_enabled(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// `source` with ANSI colour codes around its tokens.
pub fn highlight(source: &str) -> String {
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut out = String::with_capacity(source.len() * 2);
    let mut i = 0;
    let mut after_def = false;
    let end_of = |k: usize| chars.get(k).map_or(source.len(), |c| c.0);
    while i < chars.len() {
        let (start, c) = chars[i];
        if c == '#' {
            let mut j = i;
            while j < chars.len() && chars[j].1 != '\n' {
                j += 1;
            }
            paint(&mut out, COMMENT, &source[start..end_of(j)]);
            i = j;
        } else if c == '"' || c == '\'' {
            let j = string_end(&chars, i);
            paint(&mut out, STRING, &source[start..end_of(j)]);
            i = j;
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(|n| n.1.is_ascii_digit()))
        {
            let mut j = i + 1;
            while j < chars.len()
                && (chars[j].1.is_alphanumeric() || chars[j].1 == '_' || chars[j].1 == '.')
            {
                j += 1;
            }
            paint(&mut out, NUMBER, &source[start..end_of(j)]);
            i = j;
        } else if c.is_alphabetic() || c == '_' {
            let mut j = i + 1;
            while j < chars.len() && (chars[j].1.is_alphanumeric() || chars[j].1 == '_') {
                j += 1;
            }
            let word = &source[start..end_of(j)];
            let quote = chars.get(j).map(|c| c.1);
            if matches!(quote, Some('"' | '\'')) && is_string_prefix(word) {
                let k = string_end(&chars, j);
                paint(&mut out, STRING, &source[start..end_of(k)]);
                i = k;
                continue;
            }
            if after_def {
                paint(&mut out, DEFINITION, word);
                after_def = false;
            } else if matches!(word, "True" | "False" | "None") {
                paint(&mut out, CONSTANT, word);
            } else if Tok::keyword(word).is_some() || SOFT_KEYWORDS.contains(&word) {
                paint(&mut out, KEYWORD, word);
                after_def = matches!(word, "def" | "class");
            } else {
                out.push_str(word);
            }
            i = j;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn paint(out: &mut String, color: &str, text: &str) {
    out.push_str(color);
    out.push_str(text);
    out.push_str(RESET);
}

fn is_string_prefix(word: &str) -> bool {
    word.len() <= 2 && word.chars().all(|c| "rRbBuUfF".contains(c))
}

/// The index just past the string literal starting with the quote at `i`
/// (or the end of the input for an unterminated one).
fn string_end(chars: &[(usize, char)], i: usize) -> usize {
    let quote = chars[i].1;
    let triple = chars.get(i + 1).is_some_and(|c| c.1 == quote)
        && chars.get(i + 2).is_some_and(|c| c.1 == quote);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < chars.len() {
        let c = chars[j].1;
        if c == '\\' {
            j += 2;
            continue;
        }
        if !triple && c == '\n' {
            return j;
        }
        if c == quote {
            if !triple {
                return j + 1;
            }
            if chars.get(j + 1).is_some_and(|c| c.1 == quote)
                && chars.get(j + 2).is_some_and(|c| c.1 == quote)
            {
                return j + 3;
            }
        }
        j += 1;
    }
    chars.len()
}

/// A traceback or syntax error report with colours: file names and line
/// numbers, the failing function, carets and the final exception line.
pub fn color_traceback(report: &str) -> String {
    let mut out = String::with_capacity(report.len() * 2);
    let lines: Vec<&str> = report.lines().collect();
    for (n, line) in lines.iter().enumerate() {
        if n + 1 == lines.len() {
            match line.split_once(':') {
                Some((name, rest)) if !name.contains(' ') => {
                    out.push_str(&format!("\x1b[1;35m{name}{RESET}:\x1b[35m{rest}{RESET}"));
                }
                _ => out.push_str(&format!("\x1b[1;35m{line}{RESET}")),
            }
        } else if let Some(rest) = line.strip_prefix("  File \"") {
            out.push_str(&color_file_line(rest));
        } else if !line.trim().is_empty() && line.trim().chars().all(|c| "^~".contains(c)) {
            out.push_str(&format!("\x1b[1;31m{line}{RESET}"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// `  File "NAME", line N, in FUNC` (given from after the opening quote).
fn color_file_line(rest: &str) -> String {
    let Some((file, tail)) = rest.split_once('"') else {
        return format!("  File \"{rest}");
    };
    let mut out = format!("  File \x1b[35m\"{file}\"{RESET}");
    let (line_part, func) = match tail.split_once(", in ") {
        Some((l, f)) => (l, Some(f)),
        None => (tail, None),
    };
    match line_part.strip_prefix(", line ") {
        Some(num) => out.push_str(&format!(", line \x1b[35m{num}{RESET}")),
        None => out.push_str(line_part),
    }
    if let Some(f) = func {
        out.push_str(&format!(", in \x1b[35m{f}{RESET}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut in_escape = false;
        for c in s.chars() {
            match (in_escape, c) {
                (false, '\x1b') => in_escape = true,
                (true, 'm') => in_escape = false,
                (true, _) => {}
                (false, c) => out.push(c),
            }
        }
        out
    }

    #[test]
    fn highlighting_keeps_the_text() {
        for src in [
            "def f(a, b='x'):  # note\n    return a + 1.5e3",
            "s = '''open\nstill",
            "print(rb'\\x00', f\"{x}\")\nclass C: pass",
            "é = 'ü' + \"",
        ] {
            assert_eq!(strip(&highlight(src)), src);
        }
        let h = highlight("def f(): return None");
        assert!(h.contains(&format!("{KEYWORD}def{RESET}")));
        assert!(h.contains(&format!("{DEFINITION}f{RESET}")));
        assert!(h.contains(&format!("{CONSTANT}None{RESET}")));
    }

    #[test]
    fn tracebacks_keep_their_text() {
        let report = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n    1/0\n    ^\nZeroDivisionError: division by zero\n";
        assert_eq!(strip(&color_traceback(report)), report);
    }
}
