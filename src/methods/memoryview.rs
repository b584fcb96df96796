//! A basic `memoryview`: a live window onto a `bytes` or `bytearray` with
//! `len()`, indexing, slicing, `tolist()`, `tobytes()`, `hex()` and
//! `release()`. Anything that takes a bytes-like object accepts it.

use std::cell::Cell;
use std::rc::Rc;

use crate::objects::class::types;
use crate::objects::iter::IterState;
use crate::objects::{Args, NativeObject, PyClass, PyErr, PyIter, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::args::keywords_from;
use super::subscript::slice_range;
use super::MethodTable;

/// A view of `count` bytes of `obj` from `start` by `step`.
pub struct MemoryView {
    obj: Value,
    start: i64,
    step: i64,
    count: usize,
    released: Cell<bool>,
}

const METHODS: MethodTable = &[
    ("tolist", tolist),
    ("tobytes", tobytes),
    ("hex", super::bytes_text::hex),
    ("release", release),
    ("__enter__", enter),
    ("__exit__", exit),
];

impl NativeObject for MemoryView {
    fn class(&self) -> Rc<PyClass> {
        types().named("memoryview")
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn methods(&self) -> MethodTable {
        METHODS
    }

    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        let kind = if self.released.get() { "released " } else { "" };
        Ok(format!(
            "<{kind}memory at {:#x}>",
            self as *const _ as usize
        ))
    }
}

impl MemoryView {
    /// The viewed bytes (a bytearray may have shrunk since: those past its
    /// end are left out).
    pub fn contents(&self) -> Vec<u8> {
        let Some(d) = crate::objects::bytes::view(&self.obj) else {
            return Vec::new();
        };
        (0..self.count)
            .filter_map(|k| d.get((self.start + k as i64 * self.step) as usize).copied())
            .collect()
    }

    fn check(&self) -> PyResult<()> {
        if self.released.get() {
            return Err(PyErr::value_error(
                "operation forbidden on released memoryview object",
            ));
        }
        Ok(())
    }

    /// `len(view)`.
    pub fn py_len(&self) -> PyResult<usize> {
        self.check()?;
        Ok(self.count)
    }

    /// `iter(view)`: over the ints of the viewed bytes as they are now.
    pub fn iter(&self) -> PyResult<Value> {
        self.check()?;
        Ok(PyIter::value(
            "memory_iterator",
            IterState::Seq {
                seq: Value::bytes(self.contents()),
                index: 0,
            },
        ))
    }

    /// `view[key]`: an int for an index, a new view for a slice.
    pub fn get_item(&self, key: &Value) -> PyResult<Value> {
        self.check()?;
        match key {
            Value::Slice(s) => {
                let r = slice_range(s, self.count)?;
                Ok(Value::Native(Rc::new(MemoryView {
                    obj: self.obj.clone(),
                    start: self.start + r.start * self.step,
                    step: self.step * r.step,
                    count: r.count,
                    released: Cell::new(false),
                })))
            }
            Value::Int(_) | Value::Bool(_) => {
                let i = super::args::index_arg(key)?;
                let i = if i < 0 { i + self.count as i64 } else { i };
                if !(0..self.count as i64).contains(&i) {
                    return Err(PyErr::index_error("index out of bounds on dimension 1"));
                }
                let pos = (self.start + i * self.step) as usize;
                crate::objects::bytes::view(&self.obj)
                    .and_then(|d| d.get(pos).copied())
                    .map(|b| Value::Int(b as i64))
                    .ok_or_else(|| PyErr::index_error("index out of bounds on dimension 1"))
            }
            _ => Err(PyErr::type_error("memoryview: invalid slice key")),
        }
    }
}

/// The memoryview a value is, if it is one.
pub fn as_view(v: &Value) -> Option<&MemoryView> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<MemoryView>(),
        _ => None,
    }
}

/// `memoryview(object)`.
pub fn construct(args: Args) -> PyResult<Value> {
    let a = keywords_from(&args, 0, "memoryview", &["object"])?;
    let Some(obj) = &a[0] else {
        return Err(PyErr::type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    };
    if let Some(v) = as_view(obj) {
        v.check()?;
        return Ok(Value::Native(Rc::new(MemoryView {
            obj: v.obj.clone(),
            released: Cell::new(false),
            ..*v
        })));
    }
    let count = match obj {
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        other => {
            return Err(PyErr::type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                type_name(other)
            )))
        }
    };
    Ok(Value::Native(Rc::new(MemoryView {
        obj: obj.clone(),
        start: 0,
        step: 1,
        count,
        released: Cell::new(false),
    })))
}

fn receiver<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a MemoryView> {
    args.no_kwargs(&format!("memoryview.{name}"))?;
    let pos = args.pos();
    let view = pos.first().and_then(as_view).ok_or_else(|| {
        PyErr::type_error(format!("descriptor '{name}' needs a 'memoryview' object"))
    })?;
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "memoryview.{name}() takes no arguments ({} given)",
            pos.len() - 1
        )));
    }
    Ok(view)
}

fn tolist(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = receiver(&args, "tolist")?;
    v.check()?;
    Ok(Value::list(
        v.contents()
            .into_iter()
            .map(|b| Value::Int(b as i64))
            .collect(),
    ))
}

fn tobytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = receiver(&args, "tobytes")?;
    v.check()?;
    Ok(Value::bytes(v.contents()))
}

fn release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    receiver(&args, "release")?.released.set(true);
    Ok(Value::None)
}

/// `with memoryview(b) as view:` gives the view itself...
fn enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = receiver(&args, "__enter__")?;
    v.check()?;
    Ok(args.pos()[0].clone())
}

/// ...and releases it when the block ends.
fn exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view =
        args.pos().first().and_then(as_view).ok_or_else(|| {
            PyErr::type_error("descriptor '__exit__' needs a 'memoryview' object")
        })?;
    view.released.set(true);
    Ok(Value::None)
}
