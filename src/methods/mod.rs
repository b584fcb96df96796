//! Methods of the built-in types (`[].append`, `"".join`, `{}.get`, ...),
//! one file per type, found by [`lookup`].

pub mod args;
pub mod bytearray;
pub mod bytes;
pub mod bytes_search;
pub mod bytes_text;
pub mod codec;
pub mod container_dunder;
pub mod descriptor;
pub mod dict;
pub mod list;
pub mod memoryview;
pub mod number;
pub mod percent;
pub mod range;
pub mod set;
pub mod sort;
pub mod str;
pub mod str_dunder;
pub mod str_format;
pub mod str_search;
pub mod str_unicode;
pub mod subscript;

use crate::objects::{BuiltinFn, Value};

/// A method table: names and their implementations (self is the first argument).
pub type MethodTable = &'static [(&'static str, BuiltinFn)];

/// The built-in method `name` of `obj`'s type, if it has one.
pub fn lookup(obj: &Value, name: &str) -> Option<(&'static str, BuiltinFn)> {
    let table = match obj {
        Value::Native(n) => n.methods(),
        Value::ByteArray(_) => {
            let found = bytearray::METHODS.iter().find(|(n, _)| *n == name);
            return found
                .or_else(|| bytes::METHODS.iter().find(|(n, _)| *n == name))
                .copied()
                .or_else(|| container_dunder::lookup(obj, name));
        }
        _ => match table_for(obj) {
            Some(table) => table,
            None => return container_dunder::lookup(obj, name),
        },
    };
    let found = table.iter().find(|(n, _)| *n == name).copied();
    found.or_else(|| container_dunder::lookup(obj, name))
}

/// The method table of a built-in type whose methods depend only on the
/// type (not on the object), so method lookups can be cached per type.
pub fn table_for(obj: &Value) -> Option<MethodTable> {
    Some(match obj {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => number::INT_METHODS,
        Value::Float(_) => number::FLOAT_METHODS,
        Value::Complex(_) => number::COMPLEX_METHODS,
        Value::List(_) => list::METHODS,
        Value::Tuple(_) => list::TUPLE_METHODS,
        Value::Str(_) => str::METHODS,
        Value::Bytes(_) => bytes::METHODS,
        Value::Dict(_) => dict::METHODS,
        Value::Set(_) => set::METHODS,
        Value::FrozenSet(_) => set::FROZENSET_METHODS,
        Value::Range(_) => range::METHODS,
        Value::Slice(_) => range::SLICE_METHODS,
        Value::Generator(g) if g.kind == crate::bytecode::CodeKind::Coroutine => {
            crate::vm::coroutine::COROUTINE_METHODS
        }
        Value::Generator(g) if g.kind == crate::bytecode::CodeKind::AsyncGenerator => {
            crate::vm::coroutine::ASYNC_GENERATOR_METHODS
        }
        Value::Generator(_) => crate::stdlib::builtins::GENERATOR_METHODS,
        Value::Iter(_) => crate::stdlib::builtins::ITERATOR_METHODS,
        _ => return None,
    })
}
