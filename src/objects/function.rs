//! Functions: Python functions (code + globals + defaults + closure), built-in
//! functions implemented in Rust, and the cells closures share.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyDict, PyErr, PyResult, PyStr, PyTuple, Value};
use crate::bytecode::Code;
use crate::vm::Vm;

/// A variable shared between a function and the functions nested in it.
#[derive(Default)]
pub struct PyCell {
    pub value: RefCell<Option<Value>>,
}

/// A function defined by `def` or `lambda`.
pub struct PyFunction {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Option<Rc<PyDict>>,
    /// Cells for the code's free variables, in `code.freevars` order.
    pub closure: Vec<Rc<PyCell>>,
    /// `__doc__`: the docstring, or whatever was assigned.
    pub doc: RefCell<Value>,
    /// `__module__`: the defining module's `__name__`.
    pub module: RefCell<Value>,
    /// `__dict__`: the attributes set on the function.
    pub dict: Rc<PyDict>,
    /// `__annotations__`, made empty on first access when the `def` had none.
    pub annotations: RefCell<Option<Rc<PyDict>>>,
}

/// The arguments of a call, borrowed from the caller's value stack.
///
/// Keyword arguments are the last `kwnames.len()` values of `values`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: Option<&'a PyTuple>,
}

impl<'a> Args<'a> {
    /// Positional-only arguments.
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: None,
        }
    }

    /// The positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        let nkw = self.kwnames.map_or(0, |k| k.items.len());
        &self.values[..self.values.len() - nkw]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let names: &'a [Value] = self.kwnames.map_or(&[], |k| &k.items);
        let vals = &self.values[self.values.len() - names.len()..];
        names.iter().zip(vals.iter()).map(|(n, v)| match n {
            Value::Str(s) => (s.as_str(), v),
            _ => ("", v),
        })
    }

    /// True when keyword arguments were passed.
    pub fn has_kwargs(&self) -> bool {
        self.kwnames.is_some_and(|k| !k.items.is_empty())
    }

    /// Fails with CPython's message when keyword arguments were passed to `name`.
    pub fn no_kwargs(&self, name: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(PyErr::type_error(format!(
                "{name}() takes no keyword arguments"
            )));
        }
        Ok(())
    }

    /// Like [`check_count`](Self::check_count) for a method: the counts
    /// include `self`, the messages (as CPython's) do not.
    pub fn check_method_count(&self, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let pos = self.pos();
        if pos.is_empty() {
            return Err(PyErr::type_error(format!(
                "descriptor '{name}' needs an argument"
            )));
        }
        count_error(name, pos.len() - 1, min - 1, max - 1)?;
        Ok(pos)
    }

    /// Checks the positional count is within `min..=max`, with CPython's messages.
    pub fn check_count(&self, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let pos = self.pos();
        count_error(name, pos.len(), min, max)?;
        Ok(pos)
    }
}

/// CPython's message when `n` positional arguments are not within `min..=max`.
fn count_error(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    {
        if n < min || n > max {
            let msg = if min == max {
                match min {
                    0 => format!("{name}() takes no arguments ({n} given)"),
                    1 => format!("{name}() takes exactly one argument ({n} given)"),
                    _ => format!("{name} expected {min} arguments, got {n}"),
                }
            } else if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            };
            return Err(PyErr::type_error(msg));
        }
        Ok(())
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The signature of a built-in implemented in Rust.
pub type BuiltinFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// A built-in function or a method of a built-in type bound to its object.
pub struct PyBuiltin {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// The bound object for methods (`[].append`), passed as the first argument.
    pub bound: Option<Value>,
    /// True for functions of modules that CPython writes in Python (`inspect`):
    /// they present as `function`, so `type()` and `repr()` agree with CPython.
    pub as_python_function: bool,
    /// True for `globals()`, `locals()` and `vars()`: the eval loop hands
    /// them the calling frame's namespaces, as the running frame is not on
    /// the VM's frame stack (see `Vm::caller_namespaces`).
    pub reads_frame: bool,
}
