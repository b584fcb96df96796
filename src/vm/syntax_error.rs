//! `SyntaxError` as an object: the exception `compile()`, `exec()` and
//! `eval()` raise for bad source, its attributes (`msg`, `filename`,
//! `lineno`, `offset`, `text`, `end_lineno`, `end_offset`), its `str()`, and
//! the `File ... / source line / ^^^` block CPython prints for it — the same
//! block a script's own syntax error is reported with.

use std::rc::Rc;

use crate::bytecode::Source;
use crate::objects::class::types;
use crate::objects::{ExcKind, PyErr, PyException, PyTuple, Value};
use crate::syntax::{SyntaxError, SyntaxErrorKind};

/// Where a syntax error is, in the terms of CPython's `SyntaxError`
/// attributes (1-based line and character columns).
pub struct SyntaxLocation {
    pub filename: String,
    pub lineno: i64,
    /// The offending line, when there is one to show.
    pub text: Option<String>,
    /// The 1-based column of the first marked character; `None` for an
    /// error CPython gives no column.
    pub offset: Option<i64>,
    /// The 1-based column after the last marked character (no more than
    /// `offset` marks one character).
    pub end_offset: Option<i64>,
}

impl SyntaxLocation {
    /// The location of a compile error in `source`.
    pub fn of(e: &SyntaxError, source: &Source) -> SyntaxLocation {
        let lines = &source.lines;
        let lineno = lines.line_of(e.span.start);
        let text = lines.line_text(&source.text, lineno);
        let line_start = lines.line_start(lineno) as usize;
        let has_text = !text.is_empty() || e.span.start as usize >= line_start;
        let offset = char_offset(
            text,
            e.span.start as usize - line_start.min(e.span.start as usize),
        ) as i64
            + 1;
        let end_line = lines.line_of(e.span.end);
        let end_offset = if e.kind != SyntaxErrorKind::SyntaxError {
            // CPython marks one character of an indentation error.
            -1
        } else if end_line == lineno && e.span.end > e.span.start {
            char_offset(text, e.span.end as usize - line_start) as i64 + 1
        } else if end_line > lineno {
            // A span running past its first line is marked up to the line's end.
            text.chars().count() as i64 + 1
        } else {
            offset
        };
        let has_column = e.span.end >= e.span.start;
        SyntaxLocation {
            filename: source.filename.clone(),
            lineno: lineno as i64,
            text: has_text.then(|| text.to_owned()),
            offset: has_column.then_some(offset),
            end_offset: has_column.then_some(end_offset),
        }
    }

    /// CPython's report of a syntax error at this location: the file and
    /// line, the source line and its `^` markers, then `Kind: message`.
    pub fn report(&self, kind: &str, msg: &str) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.lineno);
        if let Some(text) = &self.text {
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let spaces = text.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            if let Some(offset) = self.offset.filter(|&o| o > spaces as i64) {
                let offset = offset as usize;
                let end_offset = self.end_offset.unwrap_or(0).max(0) as usize;
                let carets = if end_offset > offset {
                    end_offset - offset
                } else {
                    1
                };
                {
                    let column = (offset - 1 - spaces).min(stripped.chars().count());
                    out.push_str(&format!(
                        "    {}{}\n",
                        " ".repeat(column),
                        "^".repeat(carets)
                    ));
                }
            }
        }
        out.push_str(&format!("{kind}: {msg}\n"));
        out
    }

    /// The location a `SyntaxError` object carries in its attributes, if
    /// it has a line number (a `SyntaxError("msg")` made by hand has none).
    fn from_exception(exc: &PyException) -> Option<SyntaxLocation> {
        let int = |name: &str| match field(exc, name) {
            Some(Value::Int(i)) => Some(i),
            _ => None,
        };
        let lineno = int("lineno")?;
        let filename = match field(exc, "filename") {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => "<string>".to_owned(),
        };
        let text = match field(exc, "text") {
            Some(Value::Str(s)) => Some(s.as_str().trim_end_matches('\n').to_owned()),
            _ => None,
        };
        Some(SyntaxLocation {
            filename,
            lineno,
            text,
            offset: int("offset"),
            end_offset: int("end_offset"),
        })
    }
}

/// The location attributes, in the order of the tuple in a `SyntaxError`'s args.
const LOCATION_FIELDS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// A `SyntaxError` attribute: set on the object, else taken from its args
/// as `SyntaxError.__init__` unpacks them (`msg, (filename, lineno, ...)`).
pub fn field(exc: &PyException, name: &str) -> Option<Value> {
    if let Some(v) = exc.dict.get_str(name) {
        return Some(v);
    }
    let args = exc.args.borrow();
    if name == "msg" {
        return Some(args.items.first().cloned().unwrap_or(Value::None));
    }
    if name == "print_file_and_line" {
        return Some(Value::None);
    }
    let i = LOCATION_FIELDS.iter().position(|f| *f == name)?;
    if let [_, Value::Tuple(t)] = &*args.items {
        if t.items.len() == 4 || t.items.len() == 6 {
            return Some(t.items.get(i).cloned().unwrap_or(Value::None));
        }
    }
    Some(Value::None)
}

fn char_offset(line: &str, byte: usize) -> usize {
    let byte = byte.min(line.len());
    line.char_indices().take_while(|(i, _)| *i < byte).count()
}

/// How the `text` attribute of a compile error quotes its line.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum QuotedLine {
    /// The tokenizer's line of a module, which always ends in a newline.
    Statement,
    /// The line of an `eval` expression as it is in the source.
    Expression,
    /// Found after parsing: CPython reads the line back from the file,
    /// which a `<string>`-like name does not have.
    Compiled,
}

/// The `SyntaxError` (or `IndentationError`, `TabError`) exception for a
/// compile error in `source`, with CPython's args and attributes.
pub fn exception(e: &SyntaxError, source: &Source, quoted: QuotedLine) -> PyErr {
    let kind = match e.kind {
        SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
        SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
        SyntaxErrorKind::TabError => ExcKind::TabError,
    };
    let mut loc = SyntaxLocation::of(e, source);
    if quoted == QuotedLine::Compiled && source.lines_hidden() {
        loc.text = None;
    }
    let ends_line = source
        .text
        .as_bytes()
        .get(e.span.start as usize..)
        .is_some_and(|rest| rest.contains(&b'\n'));
    let opt_int = |v: Option<i64>| v.map_or(Value::None, Value::Int);
    let text = match &loc.text {
        Some(t) if quoted != QuotedLine::Expression || ends_line => Value::string(format!("{t}\n")),
        Some(t) => Value::str(t),
        None => Value::None,
    };
    let details = [
        Value::str(&loc.filename),
        Value::Int(loc.lineno),
        opt_int(loc.offset),
        text,
        Value::Int(loc.lineno),
        opt_int(loc.end_offset),
    ];
    with_details(kind, &e.msg, details)
}

/// A `kind` exception with CPython's args: `(msg, (filename, lineno,
/// offset, text, end_lineno, end_offset))`.
fn with_details(kind: ExcKind, msg: &str, details: [Value; 6]) -> PyErr {
    let details = Value::Tuple(Rc::new(PyTuple {
        items: details.into(),
    }));
    let class = types().exception(kind).clone();
    PyErr {
        exc: PyException::new(class, vec![Value::str(msg), details]),
    }
}

/// The report block of an uncaught `SyntaxError` object (`None` when it
/// carries no line number and prints like any other exception).
pub fn report(exc: &PyException, kind: &str) -> Option<String> {
    let loc = SyntaxLocation::from_exception(exc)?;
    let msg = match field(exc, "msg") {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        _ => "<no detail available>".to_owned(),
    };
    Some(loc.report(kind, &msg))
}

/// The `SyntaxError` for empty input to `eval`: CPython puts it on line 0.
pub fn empty_input(filename: &str) -> PyErr {
    let details = [
        Value::str(filename),
        Value::Int(0),
        Value::Int(0),
        Value::str(""),
        Value::Int(0),
        Value::Int(0),
    ];
    with_details(ExcKind::SyntaxError, "invalid syntax", details)
}

/// `str()` of a `SyntaxError` from `str()` of its message: with the
/// file's base name and the line, as `invalid syntax (<string>, line 1)`.
pub fn str_with_location(exc: &PyException, msg: String) -> String {
    let filename = match field(exc, "filename") {
        Some(Value::Str(s)) => Some(s.as_str().rsplit('/').next().unwrap_or("").to_owned()),
        _ => None,
    };
    let lineno = match field(exc, "lineno") {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    };
    match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }
}
