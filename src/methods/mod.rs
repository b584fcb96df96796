//! Methods of the built-in types (`[].append`, `"".join`, `{}.get`, ...),
//! one file per type, found by [`lookup`].

pub mod args;
pub mod bytes;
pub mod codec;
pub mod dict;
pub mod list;
pub mod percent;
pub mod str;
pub mod str_format;
pub mod str_search;
pub mod subscript;

use crate::objects::{BuiltinFn, Value};

/// A method table: names and their implementations (self is the first argument).
pub type MethodTable = &'static [(&'static str, BuiltinFn)];

/// The built-in method `name` of `obj`'s type, if it has one.
pub fn lookup(obj: &Value, name: &str) -> Option<(&'static str, BuiltinFn)> {
    let table: MethodTable = match obj {
        Value::List(_) => list::METHODS,
        Value::Tuple(_) => list::TUPLE_METHODS,
        Value::Str(_) => str::METHODS,
        Value::Bytes(_) => bytes::METHODS,
        Value::ByteArray(_) => {
            let found = bytes::BYTEARRAY_METHODS.iter().find(|(n, _)| *n == name);
            return found
                .or_else(|| bytes::METHODS.iter().find(|(n, _)| *n == name))
                .copied();
        }
        Value::Dict(_) => dict::METHODS,
        Value::Set(_) | Value::FrozenSet(_) => dict::SET_METHODS,
        Value::Generator(_) => crate::stdlib::builtins::GENERATOR_METHODS,
        Value::Iter(_) => crate::stdlib::builtins::ITERATOR_METHODS,
        Value::Native(n) => return n_lookup(n.as_ref(), name),
        _ => return None,
    };
    table.iter().find(|(n, _)| *n == name).copied()
}

fn n_lookup(
    obj: &dyn crate::objects::NativeObject,
    name: &str,
) -> Option<(&'static str, BuiltinFn)> {
    obj.methods().iter().find(|(n, _)| *n == name).copied()
}
