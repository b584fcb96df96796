//! Methods of the built-in types looked up on the type (`str.lower`,
//! `list.append`, `dict.keys`): unbound method descriptors that check the
//! type of their first argument before running the method.

use std::rc::Rc;

use crate::objects::class::{class_of, types};
use crate::objects::{Args, BuiltinFn, NativeObject, PyClass, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// `<method 'name' of 'type' objects>`.
pub struct MethodDescriptor {
    class: Rc<PyClass>,
    name: &'static str,
    func: BuiltinFn,
}

/// A sample value of a built-in type, to find its method table.
fn sample(class: &str) -> Option<Value> {
    Some(match class {
        "int" => Value::Int(0),
        "bool" => Value::Bool(false),
        "float" => Value::Float(0.0),
        "complex" => Value::complex(0.0, 0.0),
        "str" => Value::str(""),
        "bytes" => Value::bytes(Vec::new()),
        "bytearray" => Value::bytearray(Vec::new()),
        "list" => Value::list(Vec::new()),
        "tuple" => Value::tuple(Vec::new()),
        "dict" => Value::Dict(Rc::new(crate::objects::PyDict::new())),
        "set" => Value::Set(Rc::new(crate::objects::PySet::new())),
        "frozenset" => Value::FrozenSet(Rc::new(crate::objects::PySet::new())),
        "range" => Value::Range(Rc::new(crate::objects::PyRange {
            start: 0,
            stop: 0,
            step: 1,
        })),
        "slice" => Value::Slice(Rc::new(crate::objects::PySlice {
            start: Value::None,
            stop: Value::None,
            step: Value::None,
        })),
        _ => return None,
    })
}

/// True when the built-in type `class` itself has the method `name` (for
/// the method resolution order of classes mixing it with Python classes).
pub fn type_has_method(class: &PyClass, name: &str) -> bool {
    sample(&class.name).is_some_and(|v| super::lookup(&v, name).is_some())
}

/// `type.name` for a built-in type whose instances have the method `name`.
pub fn for_type(class: &Rc<PyClass>, name: &str) -> Option<Value> {
    if class.module != "builtins" {
        return None;
    }
    let sample = sample(&class.name)?;
    if name == "__hash__" && super::container_dunder::unhashable(&sample) {
        return Some(Value::None);
    }
    let (name, func) = super::lookup(&sample, name)?;
    Some(Value::Native(Rc::new(MethodDescriptor {
        class: class.clone(),
        name,
        func,
    })))
}

impl MethodDescriptor {
    /// Calls the method with the object as the first argument.
    pub fn call(&self, vm: &mut Vm, args: Args) -> PyResult<Value> {
        let Some(this) = args.values.first() else {
            return Err(PyErr::type_error(format!(
                "unbound method {}.{}() needs an argument",
                self.class.name, self.name
            )));
        };
        if let Some(value) = crate::vm::builtin_subclass::base_value(this) {
            if class_of(this).is_subclass(&self.class) {
                let mut values = args.values.to_vec();
                values[0] = value.clone();
                return (self.func)(
                    vm,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                );
            }
        }
        if !class_of(this).is_subclass(&self.class) || matches!(this, Value::Instance(_)) {
            return Err(PyErr::type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name,
                self.class.name,
                type_name(this)
            )));
        }
        (self.func)(vm, args)
    }
}

impl NativeObject for MethodDescriptor {
    fn class(&self) -> Rc<PyClass> {
        types().named("method_descriptor")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok(format!(
            "<method '{}' of '{}' objects>",
            self.name, self.class.name
        ))
    }
}
