//! `repr()`, `str()` and `format()` of values.

use crate::objects::class::class_of;
use crate::objects::{PyErr, PyResult, Value};

use super::ops::type_name;
use super::Vm;

/// CPython's `repr(float)`: the shortest digits that round-trip, laid out as
/// fixed notation for exponents -4..16 and scientific notation otherwise.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').expect("exponent in {:e} output");
    let exp: i32 = exp.parse().expect("integer exponent");
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let n = digits.len() as i32;
    if (-4..16).contains(&exp) {
        let body = if exp < 0 {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        } else if exp + 1 >= n {
            format!("{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
        } else {
            let (a, b) = digits.split_at((exp + 1) as usize);
            format!("{a}.{b}")
        };
        format!("{sign}{body}")
    } else {
        let m = if n == 1 {
            digits.clone()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{m}e{esign}{:02}", exp.abs())
    }
}

/// CPython's `repr(str)`: single quotes unless the text has a single quote
/// and no double quote; escapes for control and non-printable characters.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Whether `repr` shows a character as itself (an approximation of
/// `str.isprintable` for the characters tutorials use).
fn is_printable(c: char) -> bool {
    let n = c as u32;
    !(0x80..0xa0).contains(&n)
        && n != 0xad
        && !(0x2028..=0x2029).contains(&n)
        && !(0xd800..0xe000).contains(&n)
        && !(0xfff9..=0xfffb).contains(&n)
        && !c.is_whitespace()
        || c == ' '
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.int_to_decimal(b)?,
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                return self
                    .repr_guarded(v, "[...]", |vm| Ok(format!("[{}]", vm.repr_items(&items)?)));
            }
            Value::Tuple(t) => {
                if t.items.len() == 1 {
                    format!("({},)", self.repr(&t.items[0])?)
                } else {
                    format!("({})", self.repr_items(&t.items.clone())?)
                }
            }
            Value::Dict(d) => {
                let items = d.items();
                return self.repr_guarded(v, "{...}", |vm| {
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, v) in &items {
                        parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(v)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                });
            }
            Value::Set(s) => {
                let items = s.items();
                if items.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.repr_items(&items)?)
                }
            }
            Value::FrozenSet(s) => {
                let items = s.items();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.repr_items(&items)?)
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.start)?,
                self.repr(&s.stop)?,
                self.repr(&s.step)?
            ),
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow().as_str(),
                v.ptr().unwrap_or(0)
            ),
            Value::Builtin(b) if b.as_python_function => {
                format!("<function {} at {:#x}>", b.name, v.ptr().unwrap_or(0))
            }
            Value::Builtin(b) => match &b.bound {
                Some(obj) if !matches!(obj, Value::Module(_)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    type_name(obj),
                    obj.ptr().unwrap_or(0)
                ),
                _ => format!("<built-in function {}>", b.name),
            },
            Value::Module(m) => {
                format!("<module '{}' (built-in)>", m.name.as_str())
            }
            Value::Class(c) => c.repr(),
            Value::Exception(e) => {
                let args = e.args.borrow().clone();
                let name = e.class.name.clone();
                if args.items.len() == 1 {
                    format!("{name}({})", self.repr(&args.items[0])?)
                } else {
                    format!("{name}({})", self.repr_items(&args.items.clone())?)
                }
            }
            Value::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                g.type_word(),
                g.qualname.as_str(),
                v.ptr().unwrap_or(0)
            ),
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_str(),
                v.ptr().unwrap_or(0),
                c.source.filename,
                c.firstlineno
            ),
            Value::Native(n) => n.repr(self)?,
            Value::Iter(_) => format!(
                "<{} object at {:#x}>",
                class_of(v).name,
                v.ptr().unwrap_or(0)
            ),
            Value::Null => "<NULL>".into(),
        })
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for item in items {
            parts.push(self.repr(item)?);
        }
        Ok(parts.join(", "))
    }

    /// Runs `f` unless `v` is already being printed (a self-containing list
    /// prints `[...]`), with a recursion check.
    fn repr_guarded(
        &mut self,
        v: &Value,
        placeholder: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        let id = v.ptr().unwrap_or(0);
        if self.repr_stack.contains(&id) {
            return Ok(placeholder.into());
        }
        if self.repr_stack.len() > self.recursion_limit {
            return Err(PyErr::new(
                crate::objects::ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(id);
        let r = f(self);
        self.repr_stack.pop();
        r
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            Value::Exception(e) => {
                let args = e.args.borrow().clone();
                match args.items.len() {
                    0 => Ok(String::new()),
                    1 if e.is(crate::objects::ExcKind::KeyError) => self.repr(&args.items[0]),
                    1 => self.str(&args.items[0]),
                    _ => self.repr(&Value::Tuple(args)),
                }
            }
            _ => self.repr(v),
        }
    }

    /// A big int in decimal, with CPython's limit on the number of digits.
    pub fn int_to_decimal(&mut self, b: &num_bigint::BigInt) -> PyResult<String> {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > 4300 {
            return Err(PyErr::value_error(
                "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            ));
        }
        Ok(s)
    }

    /// One f-string field: `conversion` (0, `s`, `r`, `a`) then `format(v, spec)`.
    pub fn format_field(
        &mut self,
        v: &Value,
        conversion: u8,
        spec: Option<&Value>,
    ) -> PyResult<Value> {
        let converted = match conversion {
            b's' => Value::string(self.str(v)?),
            b'r' => Value::string(self.repr(v)?),
            b'a' => Value::string(ascii_escape(&self.repr(v)?)),
            _ => v.clone(),
        };
        let spec = match spec {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => String::new(),
        };
        Ok(Value::string(self.format(&converted, &spec)?))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str(v);
        }
        Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v)
        )))
    }
}

/// `ascii()`: non-ASCII characters of a repr escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
