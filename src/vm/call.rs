//! Calling: binding arguments to parameters (with CPython's messages) and
//! calling any callable from Rust code.

use std::rc::Rc;

use crate::objects::{
    Args, ExcKind, PyBuiltin, PyCell, PyDict, PyErr, PyException, PyFunction, PyResult, Value,
};

use super::frame::Frame;
use super::generator::PyGenerator;
use super::ops::type_name;
use super::Vm;

impl Vm {
    /// Calls `callable` from Rust code (a builtin calling back into Python).
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        match callable {
            Value::Function(f) => {
                let frame = self.function_frame(f, args)?;
                if f.code.is_generator_like() {
                    return Ok(Value::Generator(PyGenerator::new(frame)));
                }
                self.run_frame(frame)
            }
            Value::Builtin(b) => self.call_builtin(b, args),
            Value::Class(c) => crate::stdlib::builtins::construct(self, c, args),
            Value::Method(_) | Value::Instance(_) | Value::Native(_) => {
                self.call_object(callable, args)
            }
            other => Err(not_callable(other)),
        }
    }

    /// Calls `callable` with positional arguments only.
    pub fn call_positional(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(callable, Args::positional(args))
    }

    /// Calls a built-in, passing its bound object first if it has one.
    pub fn call_builtin(&mut self, b: &PyBuiltin, args: Args) -> PyResult<Value> {
        match &b.bound {
            // `str.upper(s)` for an instance of a str subclass: the method
            // works on the string the instance carries.
            None if let Some(Value::Instance(i)) = args.values.first()
                && matches!(i.base, Some(Value::Str(_)))
                && crate::methods::str::is_unbound_method(b) =>
            {
                let mut values = args.values.to_vec();
                values[0] = i.base.clone().expect("matched");
                (b.func)(
                    self,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                )
            }
            None => (b.func)(self, args),
            Some(this) => {
                let mut values = Vec::with_capacity(args.values.len() + 1);
                values.push(this.clone());
                values.extend_from_slice(args.values);
                (b.func)(
                    self,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                )
            }
        }
    }

    /// Builds the frame for calling `func` with `args`, binding parameters.
    pub fn function_frame(&mut self, func: &Rc<PyFunction>, args: Args) -> PyResult<Box<Frame>> {
        let mut frame = self.plain_frame(func)?;
        if func.code.takes_exactly(args.values.len()) && !args.has_kwargs() {
            frame.locals.extend_from_slice(args.values);
        } else if let Err(e) = bind_arguments(func, args, &mut frame.locals) {
            self.recycle_frame(frame);
            return Err(e);
        }
        self.finish_frame(func, &mut frame);
        Ok(frame)
    }

    /// A frame for `func` with no locals bound yet (checks the recursion limit).
    #[inline]
    pub fn plain_frame(&mut self, func: &Rc<PyFunction>) -> PyResult<Box<Frame>> {
        if self.depth() >= self.recursion_limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(self.alloc_frame(func.code.clone(), func.globals.clone()))
    }

    /// Completes a frame whose parameters are bound: other locals start
    /// unbound, and cells are made for captured variables.
    #[inline]
    pub fn finish_frame(&mut self, func: &PyFunction, frame: &mut Frame) {
        let code = &func.code;
        if frame.locals.len() < code.varnames.len() {
            frame.locals.resize(code.varnames.len(), Value::Null);
        }
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            for i in 0..code.cellvars.len() {
                let cell = Rc::new(PyCell::default());
                if let Some(&(_, var)) = code.cell_params.iter().find(|(c, _)| *c == i as u32) {
                    let v = std::mem::replace(&mut frame.locals[var as usize], Value::Null);
                    *cell.value.borrow_mut() = Some(v);
                }
                frame.cells.push(cell);
            }
            frame.cells.extend(func.closure.iter().cloned());
        }
    }
}

/// `TypeError: 'int' object is not callable`.
pub fn not_callable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not callable", type_name(v)))
}

/// Binds `args` to the parameters of `func` into `locals`, with CPython's errors.
fn bind_arguments(func: &PyFunction, args: Args, locals: &mut Vec<Value>) -> PyResult<()> {
    let code = &func.code;
    let fname = || func.qualname.borrow().as_str().to_owned();
    let n = code.argcount as usize;
    let k = code.kwonlyargcount as usize;
    let pos = args.pos();
    locals.clear();
    locals.resize(n + k, Value::Null);
    for (slot, v) in locals[..n].iter_mut().zip(pos.iter()) {
        *slot = v.clone();
    }
    if pos.len() > n && !code.has_varargs {
        let given_kw = args
            .kwargs()
            .filter(|(name, _)| code.varnames[n..n + k].iter().any(|v| v.as_str() == *name))
            .count();
        return Err(too_many_positional(&fname(), func, pos.len(), given_kw));
    }
    if code.has_varargs {
        let extra = if pos.len() > n {
            pos[n..].to_vec()
        } else {
            Vec::new()
        };
        locals.push(Value::tuple(extra));
    }
    let kwdict = if code.has_varkw {
        let d = Rc::new(PyDict::new());
        locals.push(Value::Dict(d.clone()));
        Some(d)
    } else {
        None
    };
    let posonly = code.posonlyargcount as usize;
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (name, value) in args.kwargs() {
        let found = code.varnames[posonly..n + k]
            .iter()
            .position(|v| v.as_str() == name)
            .map(|i| i + posonly);
        match found {
            Some(i) => {
                if !matches!(locals[i], Value::Null) {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{name}'",
                        fname()
                    )));
                }
                locals[i] = value.clone();
            }
            None => match &kwdict {
                Some(d) => d.set(Value::str(name), value.clone())?,
                None => {
                    if code.varnames[..posonly].iter().any(|v| v.as_str() == name) {
                        posonly_as_kw.push(name);
                    } else {
                        return Err(PyErr::type_error(format!(
                            "{}() got an unexpected keyword argument '{name}'",
                            fname()
                        )));
                    }
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(),
            posonly_as_kw.join(", ")
        )));
    }
    let ndefaults = func.defaults.len();
    let mut missing = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(n).skip(pos.len()) {
        if matches!(slot, Value::Null) {
            if i + ndefaults >= n {
                *slot = func.defaults[i + ndefaults - n].clone();
            } else {
                missing.push(code.varnames[i].as_str().to_owned());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(&fname(), "positional", &missing));
    }
    for (i, slot) in locals.iter_mut().enumerate().take(n + k).skip(n) {
        if matches!(slot, Value::Null) {
            let name = code.varnames[i].as_str();
            match func.kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                Some(v) => *slot = v,
                None => missing.push(name.to_owned()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(&fname(), "keyword-only", &missing));
    }
    Ok(())
}

fn too_many_positional(fname: &str, func: &PyFunction, given: usize, given_kw: usize) -> PyErr {
    let n = func.code.argcount as usize;
    let required = n - func.defaults.len().min(n);
    let plural = |c: usize| if c == 1 { "" } else { "s" };
    let takes = if required < n {
        format!("from {required} to {n} positional arguments")
    } else {
        format!("{n} positional argument{}", plural(n))
    };
    let was = if given == 1 && given_kw == 0 {
        "was"
    } else {
        "were"
    };
    let kw = if given_kw > 0 {
        format!(
            " positional argument{} (and {given_kw} keyword-only argument{})",
            plural(given),
            plural(given_kw)
        )
    } else {
        String::new()
    };
    PyErr::type_error(format!(
        "{fname}() takes {takes} but {given}{kw} {was} given"
    ))
}

fn missing_args(fname: &str, kind: &str, names: &[String]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    PyErr::type_error(format!(
        "{fname}() missing {} required {kind} argument{s}: {list}",
        names.len()
    ))
}

/// Creates an exception instance of class `class` from call arguments.
pub fn new_exception(class: &Rc<crate::objects::PyClass>, args: Args) -> PyResult<Value> {
    args.no_kwargs(&class.name)?;
    let exc = PyException::new(class.clone(), args.pos().to_vec());
    Ok(Value::Exception(exc))
}
