//! `repr()`, `str()` and `format()` of values.

use crate::format;
use crate::methods::dict::MappingProxy;
use crate::numeric;
use crate::objects::class::class_of;
use crate::objects::{PyErr, PyResult, Value};

use super::ops::type_name;
use super::Vm;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                numeric::int_to_str(&numeric::Int::Big((**b).clone()), numeric::max_str_digits())?
            }
            Value::Float(f) => numeric::float_repr(*f),
            Value::Complex(c) => c.repr(),
            Value::Str(s) => numeric::py_str_repr(s.as_str()),
            Value::Bytes(b) => crate::objects::bytes::bytes_repr(&b.data),
            Value::ByteArray(b) => crate::objects::bytes::bytearray_repr(&b.data.borrow()),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                return self
                    .repr_guarded(v, "[...]", |vm| Ok(format!("[{}]", vm.repr_items(&items)?)));
            }
            Value::Tuple(t) if t.items.is_empty() => "()".into(),
            Value::Tuple(t) => {
                let items = t.items.clone();
                return self.repr_guarded(v, "(...)", |vm| {
                    Ok(if items.len() == 1 {
                        format!("({},)", vm.repr(&items[0])?)
                    } else {
                        format!("({})", vm.repr_items(&items)?)
                    })
                });
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
            Value::Builtin(b) if crate::methods::str::is_unbound_method(b) => {
                let slot = b.name.starts_with("__") && b.name != "__format__";
                let kind = if slot { "slot wrapper" } else { "method" };
                format!("<{kind} '{}' of 'str' objects>", b.name)
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
            Value::Class(c) if c.metaclass.is_some() => return self.repr_object(v),
            Value::Class(c) => c.repr(),
            Value::Exception(e) if crate::vm::class::has_user_attr(&e.class, "__repr__") => {
                return self.repr_object(v)
            }
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
                g.qualname.borrow().as_str(),
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
            Value::Instance(_) | Value::Method(_) => return self.repr_object(v),
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
        self.repr_guarded_at(v.ptr().unwrap_or(0), placeholder, f)
    }

    /// [`Vm::repr_guarded`] for the object at address `id` (a native
    /// object printing itself from its `repr`).
    pub fn repr_guarded_at(
        &mut self,
        id: usize,
        placeholder: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
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
            Value::Instance(_) | Value::Exception(_) | Value::Class(_)
                if let Some(s) = self.user_str(v)? =>
            {
                Ok(s)
            }
            Value::Native(n) if let Some(p) = n.as_any().downcast_ref::<MappingProxy>() => {
                self.str(&Value::Dict(p.dict.clone()))
            }
            Value::Exception(_) => self.exception_str(v),
            _ => self.repr(v),
        }
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
            Some(Value::Str(s)) => s.as_str(),
            _ => "",
        };
        if spec.is_empty() {
            if let Value::Str(_) = converted {
                return Ok(converted);
            }
        }
        Ok(Value::string(self.format(&converted, spec)?))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        Ok(match v {
            Value::Bool(_) if spec.is_empty() => self.str(v)?,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let i = v.as_int().expect("int");
                format::format_int(&i, spec, &type_name(v), numeric::max_str_digits())?
            }
            Value::Float(f) => format::format_float(*f, spec, "float")?,
            Value::Str(s) => format::format_str(s.as_str(), spec, "str")?,
            Value::Complex(c) if !spec.is_empty() => {
                format::format_complex(c.re, c.im, spec, "complex")?
            }
            Value::Instance(_) if let Some(s) = self.user_format(v, spec)? => s,
            _ if spec.is_empty() => self.str(v)?,
            _ => {
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(v)
                )))
            }
        })
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
