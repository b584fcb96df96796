//! Attribute access (`obj.name`), method lookup for calls, subscripts
//! (`obj[key]`), context managers and `from m import name`.

use std::rc::Rc;

use crate::objects::{ExcKind, PyBuiltin, PyErr, PyResult, PyStr, Value};

use super::ops::type_name;
use super::Vm;

impl Vm {
    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        let n = name.as_str();
        if let (Value::Class(c), "__annotations__") = (obj, n) {
            if let Some(ann) = class_annotations(c) {
                return Ok(ann);
            }
        }
        if let Value::Instance(_) | Value::Method(_) | Value::Class(_) | Value::Native(_) = obj {
            if let Some(v) = self.class_getattr(obj, n)? {
                return Ok(v);
            }
        }
        if let Value::Exception(e) = obj {
            if n == "__dict__" {
                return Ok(Value::Dict(e.dict.clone()));
            }
            if let Some(v) = self.exception_descriptor_attr(obj, n)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.special_attr(obj, n)? {
            return Ok(v);
        }
        if let Value::Exception(_) = obj {
            if let Some(v) = self.exception_class_attr(obj, n)? {
                return Ok(v);
            }
        }
        if let Some(func) = crate::methods::lookup(obj, n) {
            return Ok(Value::Builtin(Rc::new(PyBuiltin {
                name: func.0,
                func: func.1,
                bound: Some(obj.clone()),
                as_python_function: false,
                reads_frame: false,
            })));
        }
        if !matches!(obj, Value::Module(_) | Value::Instance(_) | Value::Class(_)) {
            // Class-level built-ins reached from a value: `(5).from_bytes`.
            let class = crate::objects::class::class_of(obj);
            if let Some(f @ Value::Builtin(_)) = super::class::lookup(&class, n) {
                return Ok(f);
            }
        }
        // PEP 562: a module's own `__getattr__` answers for names it lacks.
        if let Value::Module(m) = obj {
            if let Some(f) = m.dict.get_str("__getattr__") {
                return self.call_positional(&f, &[Value::str(n)]);
            }
        }
        Err(self.no_attribute(obj, n))
    }

    /// `obj.name` for a call: `(callable, self)`, with `Null` for `self` when
    /// the callable needs no bound object.
    pub fn get_method(&mut self, obj: Value, name: &PyStr) -> PyResult<(Value, Value)> {
        if let Some(pair) = self.instance_method(&obj, name.as_str()) {
            return Ok(pair);
        }
        if !matches!(obj, Value::Module(_) | Value::Class(_)) {
            if let Some((mname, func)) = crate::methods::lookup(&obj, name.as_str()) {
                let f = Value::Builtin(Rc::new(PyBuiltin {
                    name: mname,
                    func,
                    bound: None,
                    as_python_function: false,
                    reads_frame: false,
                }));
                return Ok((f, obj));
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// Attributes stored on objects rather than found in method tables.
    fn special_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        if let Some(v) = crate::methods::number::number_attr(obj, n) {
            return Ok(Some(v));
        }
        Ok(match obj {
            Value::Module(m) if n == "__dict__" => Some(Value::Dict(m.dict.clone())),
            // CPython 3.10+: a module's annotations dict is made on first access.
            Value::Module(m) if n == "__annotations__" => {
                Some(m.dict.get_str(n).unwrap_or_else(|| {
                    let ann = Value::Dict(Rc::new(crate::objects::PyDict::new()));
                    m.dict.set_str(n, ann.clone());
                    ann
                }))
            }
            Value::Module(m) => m.dict.get_str(n),
            _ if n == "__hash__" && crate::methods::container_dunder::unhashable(obj) => {
                Some(Value::None)
            }
            Value::Range(_) | Value::Slice(_)
                if let Some(v) = crate::methods::range::attr(obj, n) =>
            {
                Some(v)
            }
            Value::Native(v)
                if let Some(a) = v
                    .as_any()
                    .downcast_ref()
                    .and_then(|view| crate::methods::dict::view_attr(view, n)) =>
            {
                Some(a)
            }
            Value::Function(f) => match n {
                "__name__" => Some(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__defaults__" => Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__kwdefaults__" => Some(f.kwdefaults.clone().map_or(Value::None, Value::Dict)),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__dict__" => Some(Value::Dict(f.dict.clone())),
                "__get__" => Some(Value::Builtin(Rc::new(PyBuiltin {
                    name: "__get__",
                    func: function_get,
                    bound: Some(obj.clone()),
                    as_python_function: false,
                    reads_frame: false,
                }))),
                "__annotations__" => Some(Value::Dict(
                    f.annotations
                        .borrow_mut()
                        .get_or_insert_with(|| Rc::new(crate::objects::PyDict::new()))
                        .clone(),
                )),
                _ => f.dict.get_str(n),
            },
            Value::Builtin(b) => match n {
                "__name__" | "__qualname__" => Some(Value::str(b.name)),
                "__self__" => Some(b.bound.clone().unwrap_or(Value::None)),
                _ => None,
            },
            Value::Class(c) => match n {
                "__name__" => Some(Value::str(&c.name)),
                "__qualname__" => Some(Value::str(&c.qualname)),
                "__module__" => Some(Value::str(&c.module)),
                "__mro__" => {
                    let mut mro = vec![obj.clone()];
                    mro.extend(c.mro.iter().map(|k| Value::Class(k.clone())));
                    Some(Value::tuple(mro))
                }
                "__bases__" => Some(Value::tuple(
                    c.bases.iter().map(|k| Value::Class(k.clone())).collect(),
                )),
                _ => c.dict.get_str(n),
            },
            Value::Exception(e) => match n {
                "__class__" => Some(Value::Class(e.class.clone())),
                "args" => Some(Value::Tuple(e.args.borrow().clone())),
                "__cause__" => Some(
                    e.cause
                        .borrow()
                        .clone()
                        .map_or(Value::None, Value::Exception),
                ),
                "__context__" => Some(
                    e.context
                        .borrow()
                        .clone()
                        .map_or(Value::None, Value::Exception),
                ),
                "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
                "__traceback__" => Some(super::traceback_object::TracebackObject::of(e)),
                "value" if e.is(ExcKind::StopIteration) => {
                    Some(e.first_arg().unwrap_or(Value::None))
                }
                "code" if e.is(ExcKind::SystemExit) => Some(e.first_arg().unwrap_or(Value::None)),
                _ if e.is(ExcKind::SyntaxError) => super::syntax_error::field(e, n),
                _ => super::exception_group::group_attr(e, n).or_else(|| e.dict.get_str(n)),
            },
            Value::Generator(g) => {
                super::generator::gen_attr(g, n).or_else(|| super::coroutine::coroutine_attr(g, n))
            }
            Value::Native(f) if f.as_any().is::<super::generator::FrameObject>() => {
                super::generator::frame_attr(f.as_any(), n)
            }
            Value::Native(f) => super::traceback_object::attr(f.as_any(), n)
                .or_else(|| crate::stdlib::sys::stream_attr(f.as_any(), n)),
            Value::Code(c) => match n {
                "co_name" => Some(Value::Str(c.name.clone())),
                "co_qualname" => Some(Value::Str(c.qualname.clone())),
                "co_filename" => Some(Value::str(&c.source.filename)),
                "co_firstlineno" => Some(Value::Int(c.firstlineno as i64)),
                "co_argcount" => Some(Value::Int(c.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
                "co_varnames" => Some(names_tuple(&c.varnames)),
                "co_cellvars" => Some(names_tuple(&c.cellvars)),
                "co_freevars" => Some(names_tuple(&c.freevars)),
                "co_names" => Some(names_tuple(&c.names)),
                _ => None,
            },
            _ => match n {
                "__class__" => Some(Value::Class(crate::objects::class::class_of(obj))),
                _ => None,
            },
        })
    }

    /// The AttributeError for a missing attribute, as CPython words it.
    pub fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Module(m) if super::import::is_initializing(m.name.as_str()) => format!(
                "partially initialized module '{}' has no attribute '{name}' (most likely due to a circular import)",
                m.name.as_str()
            ),
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name.as_str()),
            Value::Class(c) => {
                format!("type object '{}' has no attribute '{name}'", c.tp_name())
            }
            _ => format!("'{}' object has no attribute '{name}'", type_name(obj)),
        };
        let e = PyErr::attribute_error(msg);
        if let Value::Module(m) = obj {
            let mut names: Vec<String> = m
                .dict
                .keys()
                .iter()
                .filter_map(|k| match k {
                    Value::Str(s) => Some(s.as_str().to_owned()),
                    _ => None,
                })
                .collect();
            names.sort();
            *e.exc.suggestion.borrow_mut() =
                super::traceback::suggest(name, names.iter().map(|s| s.as_str()));
        }
        e.exc.dict.set_str("name", Value::str(name));
        e.exc.dict.set_str("obj", obj.clone());
        e
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &PyStr, value: Value) -> PyResult<()> {
        let n = name.as_str();
        if let Some(hook) = metaclass_hook(obj, "__setattr__") {
            self.call_positional(&hook, &[obj.clone(), Value::str(n), value])?;
            return Ok(());
        }
        if self.class_setattr(obj, n, &value)? {
            return Ok(());
        }
        match obj {
            Value::Module(m) => {
                m.dict.set_str(n, value);
                Ok(())
            }
            Value::Function(f) => {
                match (n, &value) {
                    ("__name__", Value::Str(s)) => *f.name.borrow_mut() = s.clone(),
                    ("__qualname__", Value::Str(s)) => *f.qualname.borrow_mut() = s.clone(),
                    ("__doc__", _) => *f.doc.borrow_mut() = value,
                    ("__module__", _) => *f.module.borrow_mut() = value,
                    ("__annotations__", Value::Dict(d)) => {
                        *f.annotations.borrow_mut() = Some(d.clone())
                    }
                    ("__annotations__", Value::None) => *f.annotations.borrow_mut() = None,
                    ("__annotations__", _) => {
                        return Err(PyErr::type_error(
                            "__annotations__ must be set to a dict object",
                        ))
                    }
                    _ => f.dict.set_str(n, value),
                }
                Ok(())
            }
            Value::Generator(g) => super::generator::set_gen_attr(g, n, value),
            Value::Exception(e) => {
                if self.exception_descriptor_set(obj, n, Some(value.clone()))? {
                    return Ok(());
                }
                match n {
                    "args" => {
                        let items = self.collect(&value)?;
                        *e.args.borrow_mut() = Rc::new(crate::objects::PyTuple {
                            items: items.into_boxed_slice(),
                        });
                    }
                    "__cause__" => {
                        *e.cause.borrow_mut() = match value {
                            Value::Exception(c) => Some(c),
                            _ => None,
                        };
                        e.suppress_context.set(true);
                    }
                    "__context__" => {
                        *e.context.borrow_mut() = match value {
                            Value::Exception(c) => Some(c),
                            _ => None,
                        }
                    }
                    _ if super::exception_group::is_readonly_attr(e, n) => {
                        return Err(PyErr::attribute_error("readonly attribute"))
                    }
                    _ => e.dict.set_str(n, value),
                }
                Ok(())
            }
            _ => {
                let msg = if crate::methods::lookup(obj, n).is_some() {
                    format!("'{}' object attribute '{n}' is read-only", type_name(obj))
                } else {
                    format!("'{}' object has no attribute '{n}'", type_name(obj))
                };
                Err(PyErr::attribute_error(msg))
            }
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult<()> {
        let n = name.as_str();
        if let Some(hook) = metaclass_hook(obj, "__delattr__") {
            self.call_positional(&hook, &[obj.clone(), Value::str(n)])?;
            return Ok(());
        }
        if self.class_delattr(obj, n)? {
            return Ok(());
        }
        let removed = match obj {
            Value::Module(m) => m.dict.remove(&Value::str(n))?,
            Value::Function(f) if n == "__annotations__" => {
                f.annotations.borrow_mut().take();
                Some(Value::None)
            }
            Value::Function(f) => f.dict.remove(&Value::str(n))?,
            Value::Exception(e) => {
                if self.exception_descriptor_set(obj, n, None)? {
                    return Ok(());
                }
                e.dict.remove(&Value::str(n))?
            }
            _ => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(self.no_attribute(obj, n)),
        }
    }

    /// The `with` protocol: `(exit, enter())`.
    pub fn enter_context(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        if let Value::Instance(_) = ctx {
            return self.user_enter(ctx);
        }
        let enter = crate::methods::lookup(ctx, "__enter__");
        let exit = crate::methods::lookup(ctx, "__exit__");
        match (enter, exit) {
            (Some(enter), Some(exit)) => {
                let entered = (enter.1)(
                    self,
                    crate::objects::Args::positional(std::slice::from_ref(ctx)),
                )?;
                let exit = Value::Builtin(Rc::new(PyBuiltin {
                    name: exit.0,
                    func: exit.1,
                    bound: Some(ctx.clone()),
                    as_python_function: false,
                    reads_frame: false,
                }));
                Ok((exit, entered))
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol",
                type_name(ctx)
            ))),
        }
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &PyStr) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                // A submodule still loading (a circular import) is not an
                // attribute of its package yet, but is in sys.modules.
                if let Value::Module(m) = module {
                    let sub = format!("{}.{}", m.name.as_str(), name.as_str());
                    if let Some(v) = self.modules.get(&sub) {
                        return Ok(v.clone());
                    }
                }
                let (mname, place) = match module {
                    Value::Module(m) => (
                        m.name.as_str().to_owned(),
                        match m.dict.get_str("__file__") {
                            Some(Value::Str(f)) => f.as_str().to_owned(),
                            _ => "unknown location".into(),
                        },
                    ),
                    _ => ("?".into(), "unknown location".into()),
                };
                let partly = if super::import::is_initializing(&mname) {
                    "partially initialized module "
                } else {
                    ""
                };
                let circular = if partly.is_empty() {
                    ""
                } else {
                    " (most likely due to a circular import)"
                };
                Err(PyErr::new(
                    ExcKind::ImportError,
                    format!(
                        "cannot import name '{}' from {partly}'{mname}'{circular} ({place})",
                        name.as_str()
                    ),
                ))
            }
        }
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::Instance(_) => return self.user_getitem(obj, key),
            Value::Class(c) if crate::vm::class::is_user_class(c) => {
                return self.user_getitem(obj, key)
            }
            _ => {}
        }
        crate::methods::subscript::get_item(self, obj, key)
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Instance(_) = obj {
            return self.user_setitem(obj, key, Some(value));
        }
        crate::methods::subscript::set_item(self, obj, key, value)
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Instance(_) = obj {
            return self.user_setitem(obj, key.clone(), None);
        }
        crate::methods::subscript::del_item(self, obj, key)
    }
}

/// A code object's name list (`co_varnames`, `co_freevars`, ...) as a tuple.
fn names_tuple(names: &[Rc<PyStr>]) -> Value {
    Value::tuple(names.iter().map(|v| Value::Str(v.clone())).collect())
}

/// `C.__annotations__` of a user class, as CPython 3.10+ gives it: the
/// class's own (never a base's), made empty and stored on first access.
/// `None` for built-in classes, which have none.
fn class_annotations(c: &Rc<crate::objects::PyClass>) -> Option<Value> {
    if let Some(ann) = c.dict.get_str("__annotations__") {
        return Some(ann);
    }
    if !super::class::is_user_class(c) {
        return None;
    }
    let ann = Value::Dict(Rc::new(crate::objects::PyDict::new()));
    c.dict.set_str("__annotations__", ann.clone());
    Some(ann)
}

/// `func.__get__(obj, type=None)`: the function bound to `obj` as a
/// method, or the function itself when `obj` is None.
fn function_get(_vm: &mut Vm, args: crate::objects::Args) -> PyResult<Value> {
    let a = args.check_count("__get__", 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(Value::Method(Rc::new(crate::objects::PyMethod {
        func: a[0].clone(),
        this: a[1].clone(),
    })))
}

/// A class's user metaclass's own `__setattr__`/`__delattr__` (found on
/// the metaclass or a user base of it), which `C.x = v` and `del C.x` call.
fn metaclass_hook(obj: &Value, name: &str) -> Option<Value> {
    let Value::Class(c) = obj else {
        return None;
    };
    let meta = c.metaclass.as_ref()?;
    std::iter::once(meta)
        .chain(meta.mro.iter())
        .take_while(|k| super::class::is_user_class(k))
        .find_map(|k| k.dict.get_str(name))
}
