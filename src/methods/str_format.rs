//! `str.format` and `str.format_map`: a parser for the replacement-field
//! grammar (`{0[1].attr!r:>{width}}`, `{{`, `}}`) with CPython's error
//! texts, and the renderer that looks fields up and formats them.

use crate::objects::{Args, ExcKind, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    /// `{}`: the next automatic index.
    Auto,
    /// `{3}`.
    Index(usize),
    /// `{name}`.
    Name(String),
}

/// An attribute or item access after the first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`.
    Attr(String),
    /// `[3]`.
    Index(usize),
    /// `[key]`.
    Key(String),
}

/// A parsed piece of a format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Literal text, braces already unescaped.
    Literal(String),
    /// A replacement field; `name` and `spec` are raw (the name's accessors
    /// are parsed by [`parse_name`] when the field is rendered, after its
    /// first part was looked up, as CPython does; `spec` may hold nested fields).
    Field {
        name: String,
        conversion: Option<char>,
        spec: String,
    },
}

/// A parse error: the exception kind and CPython's message.
pub type ParseError = (ExcKind, String);

fn value_error(msg: &str) -> ParseError {
    (ExcKind::ValueError, msg.to_owned())
}

/// A lazy parser of a format string (CPython's `MarkupIterator`): pieces
/// come out in order, so an error late in the string is raised only after
/// the fields before it were rendered.
pub struct Markup {
    cs: Vec<char>,
    pos: usize,
    failed: bool,
}

impl Markup {
    /// Starts parsing `template`.
    pub fn new(template: &str) -> Markup {
        Markup {
            cs: template.chars().collect(),
            pos: 0,
            failed: false,
        }
    }

    fn step(&mut self) -> Result<Piece, ParseError> {
        let mut lit = String::new();
        while self.pos < self.cs.len() {
            let c = self.cs[self.pos];
            self.pos += 1;
            match c {
                '{' | '}' if self.cs.get(self.pos) == Some(&c) => {
                    self.pos += 1;
                    lit.push(c);
                    return Ok(Piece::Literal(lit));
                }
                '}' => return Err(value_error("Single '}' encountered in format string")),
                '{' if self.pos >= self.cs.len() => {
                    return Err(value_error("Single '{' encountered in format string"))
                }
                '{' if !lit.is_empty() => {
                    self.pos -= 1;
                    return Ok(Piece::Literal(lit));
                }
                '{' => return self.field(),
                c => lit.push(c),
            }
        }
        Ok(Piece::Literal(lit))
    }

    /// Parses a field; `self.pos` is just after its `{` (CPython's `parse_field`).
    fn field(&mut self) -> Result<Piece, ParseError> {
        let cs = &self.cs;
        let start = self.pos;
        let mut end = None;
        while self.pos < cs.len() {
            let c = cs[self.pos];
            self.pos += 1;
            match c {
                '{' => return Err(value_error("unexpected '{' in field name")),
                '[' => {
                    while self.pos < cs.len() && cs[self.pos] != ']' {
                        self.pos += 1;
                    }
                }
                '}' | ':' | '!' => {
                    end = Some(c);
                    break;
                }
                _ => {}
            }
        }
        let name_end = if end.is_some() {
            self.pos - 1
        } else {
            self.pos
        };
        let name: String = cs[start..name_end].iter().collect();
        let field = |conversion, spec| Piece::Field {
            name,
            conversion,
            spec,
        };
        let mut conversion = None;
        match end {
            Some('}') => return Ok(field(None, String::new())),
            Some('!') => {
                let Some(&conv) = cs.get(self.pos) else {
                    return Err(value_error(
                        "end of string while looking for conversion specifier",
                    ));
                };
                conversion = Some(conv);
                self.pos += 1;
                if let Some(&next) = cs.get(self.pos) {
                    self.pos += 1;
                    if next == '}' {
                        return Ok(field(conversion, String::new()));
                    }
                    if next != ':' {
                        return Err(value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            Some(_) => {}
            None => return Err(value_error("expected '}' before end of string")),
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while self.pos < cs.len() {
            let c = cs[self.pos];
            self.pos += 1;
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        let spec = cs[spec_start..self.pos - 1].iter().collect();
                        return Ok(field(conversion, spec));
                    }
                }
                _ => {}
            }
        }
        Err(value_error("unmatched '{' in format spec"))
    }
}

impl Iterator for Markup {
    type Item = Result<Piece, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.cs.len() {
            return None;
        }
        let r = self.step();
        self.failed = r.is_err();
        Some(r)
    }
}

fn number(s: &[char]) -> Result<Option<usize>, ParseError> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let text: String = s.iter().collect();
    text.parse()
        .map(Some)
        .map_err(|_| value_error("Too many decimal digits in format string"))
}

/// The first part of a field name and the rest (its accessors, unparsed).
pub fn split_name(name: &str) -> Result<(FieldKey, &str), ParseError> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first: Vec<char> = name[..end].chars().collect();
    let key = if first.is_empty() {
        FieldKey::Auto
    } else {
        match number(&first)? {
            Some(n) => FieldKey::Index(n),
            None => FieldKey::Name(first.iter().collect()),
        }
    };
    Ok((key, &name[end..]))
}

/// Parses the accessors (`.attr`, `[key]`) after a field name's first part.
pub fn parse_accessors(rest: &str) -> Result<Vec<Accessor>, ParseError> {
    let name: Vec<char> = rest.chars().collect();
    let (_, accessors) = parse_name(&name)?;
    Ok(accessors)
}

/// Splits a field name into its first part and accessors.
fn parse_name(name: &[char]) -> Result<(FieldKey, Vec<Accessor>), ParseError> {
    let first_end = name
        .iter()
        .position(|c| matches!(c, '.' | '['))
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let key = if first.is_empty() {
        FieldKey::Auto
    } else {
        match number(first)? {
            Some(n) => FieldKey::Index(n),
            None => FieldKey::Name(first.iter().collect()),
        }
    };
    let mut accessors = Vec::new();
    let mut i = first_end;
    while i < name.len() {
        match name[i] {
            '.' => {
                let start = i + 1;
                i = start;
                while i < name.len() && !matches!(name[i], '.' | '[') {
                    i += 1;
                }
                if i == start {
                    return Err(value_error("Empty attribute in format string"));
                }
                accessors.push(Accessor::Attr(name[start..i].iter().collect()));
            }
            '[' => {
                let start = i + 1;
                i = start;
                while i < name.len() && name[i] != ']' {
                    i += 1;
                }
                if i >= name.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                if i == start {
                    return Err(value_error("Empty attribute in format string"));
                }
                let k = &name[start..i];
                accessors.push(match number(k)? {
                    Some(n) => Accessor::Index(n),
                    None => Accessor::Key(k.iter().collect()),
                });
                i += 1;
                if i < name.len() && !matches!(name[i], '.' | '[') {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        }
    }
    Ok((key, accessors))
}

/// Where fields come from while rendering.
struct Source<'a> {
    /// `None` for `format_map`, which has no positional arguments.
    args: Option<&'a [Value]>,
    kwargs: Option<&'a Value>,
    /// `Some(next)` once automatic numbering is used, `None` before.
    auto: Option<usize>,
    manual: bool,
}

impl Source<'_> {
    fn lookup(&mut self, vm: &mut Vm, key: &FieldKey) -> PyResult<Value> {
        let index = match key {
            FieldKey::Auto => {
                if self.manual {
                    return Err(PyErr::value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                let n = self.auto.unwrap_or(0);
                self.auto = Some(n + 1);
                n
            }
            FieldKey::Index(n) => {
                if self.auto.is_some() {
                    return Err(PyErr::value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                self.manual = true;
                *n
            }
            FieldKey::Name(name) => {
                let key = Value::str(name);
                return match self.kwargs {
                    Some(m) => vm.get_item(m, &key),
                    None => Err(PyErr::key_error(key)),
                };
            }
        };
        let Some(args) = self.args else {
            return Err(PyErr::value_error(
                "Format string contains positional fields",
            ));
        };
        args.get(index).cloned().ok_or_else(|| {
            PyErr::index_error(format!(
                "Replacement index {index} out of range for positional args tuple"
            ))
        })
    }
}

fn render(vm: &mut Vm, template: &str, src: &mut Source, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    for piece in Markup::new(template) {
        match piece.map_err(|(kind, msg)| PyErr::new(kind, msg))? {
            Piece::Literal(s) => out.push_str(&s),
            Piece::Field {
                name,
                conversion,
                spec,
            } => {
                let err = |(kind, msg): ParseError| PyErr::new(kind, msg);
                let (key, rest) = split_name(&name).map_err(err)?;
                let mut obj = src.lookup(vm, &key)?;
                for acc in &parse_accessors(rest).map_err(err)? {
                    obj = match acc {
                        Accessor::Attr(name) => vm.get_attr(&obj, &PyStr::new(name))?,
                        Accessor::Index(n) => vm.get_item(&obj, &Value::Int(*n as i64))?,
                        Accessor::Key(k) => vm.get_item(&obj, &Value::str(k))?,
                    };
                }
                let conv = match conversion {
                    None => 0,
                    Some(c @ ('r' | 's' | 'a')) => c as u8,
                    Some(c) => {
                        return Err(PyErr::value_error(format!(
                            "Unknown conversion specifier {c}"
                        )))
                    }
                };
                let spec = if spec.contains('{') {
                    render(vm, &spec, src, depth - 1)?
                } else {
                    spec
                };
                let v = vm.format_field(&obj, conv, Some(&Value::string(spec)))?;
                if let Value::Str(s) = v {
                    out.push_str(s.as_str());
                }
            }
        }
    }
    Ok(out)
}

fn template(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

/// `str.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(me) = pos.first() else {
        return Err(PyErr::type_error(
            "descriptor 'format' of 'str' object needs an argument",
        ));
    };
    let kwargs = if args.has_kwargs() {
        let d = crate::objects::PyDict::new();
        for (k, v) in args.kwargs() {
            d.set(Value::str(k), v.clone())?;
        }
        Some(Value::Dict(std::rc::Rc::new(d)))
    } else {
        None
    };
    let mut src = Source {
        args: Some(&pos[1..]),
        kwargs: kwargs.as_ref(),
        auto: None,
        manual: false,
    };
    Ok(Value::string(render(vm, template(me), &mut src, 2)?))
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("format_map", 2, 2)?;
    let mut src = Source {
        args: None,
        kwargs: Some(&a[1]),
        auto: None,
        manual: false,
    };
    Ok(Value::string(render(vm, template(&a[0]), &mut src, 2)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A whole format string as pieces, adjacent literals merged.
    fn parse(template: &str) -> Result<Vec<Piece>, ParseError> {
        let mut out: Vec<Piece> = Vec::new();
        for piece in Markup::new(template) {
            match (piece?, out.last_mut()) {
                (Piece::Literal(s), Some(Piece::Literal(prev))) => prev.push_str(&s),
                (p, _) => out.push(p),
            }
        }
        Ok(out)
    }

    fn field(name: &str, conv: Option<char>, spec: &str) -> Piece {
        Piece::Field {
            name: name.into(),
            conversion: conv,
            spec: spec.into(),
        }
    }

    #[test]
    fn literals_and_escapes() {
        assert_eq!(
            parse("a{{b}}c").unwrap(),
            vec![Piece::Literal("a{b}c".into())]
        );
        assert_eq!(parse("").unwrap(), vec![]);
    }

    #[test]
    fn fields() {
        assert_eq!(
            parse("x{}y{0!r:>5}").unwrap(),
            vec![
                Piece::Literal("x".into()),
                field("", None, ""),
                Piece::Literal("y".into()),
                field("0", Some('r'), ">5"),
            ]
        );
        assert_eq!(
            parse("{a.b[0][k:}]:{w}}").unwrap(),
            vec![field("a.b[0][k:}]", None, "{w}")]
        );
    }

    #[test]
    fn names() {
        assert_eq!(split_name("").unwrap(), (FieldKey::Auto, ""));
        assert_eq!(split_name("12.x").unwrap(), (FieldKey::Index(12), ".x"));
        assert_eq!(
            split_name("ab[0]").unwrap(),
            (FieldKey::Name("ab".into()), "[0]")
        );
        assert_eq!(
            parse_accessors(".b[0][k]").unwrap(),
            vec![
                Accessor::Attr("b".into()),
                Accessor::Index(0),
                Accessor::Key("k".into())
            ]
        );
        let msg = |s: &str| parse_accessors(s).unwrap_err().1;
        assert_eq!(msg("."), "Empty attribute in format string");
        assert_eq!(msg("[0"), "Missing ']' in format string");
        assert_eq!(
            msg("[0]x"),
            "Only '.' or '[' may follow ']' in format field specifier"
        );
    }

    #[test]
    fn errors() {
        let msg = |s: &str| parse(s).unwrap_err().1;
        assert_eq!(msg("}"), "Single '}' encountered in format string");
        assert_eq!(msg("{"), "Single '{' encountered in format string");
        assert_eq!(msg("{0"), "expected '}' before end of string");
        assert_eq!(msg("{0!}"), "unmatched '{' in format spec");
        assert_eq!(msg("{0!r"), "unmatched '{' in format spec");
        assert_eq!(
            msg("{0!"),
            "end of string while looking for conversion specifier"
        );
        assert_eq!(msg("{0:{}"), "unmatched '{' in format spec");
        assert_eq!(msg("{a{}"), "unexpected '{' in field name");
        assert_eq!(msg("{0!rx}"), "expected ':' after conversion specifier");
        assert_eq!(msg("{0[}"), "expected '}' before end of string");
    }
}
