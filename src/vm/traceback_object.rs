//! Traceback objects (`exc.__traceback__`, `sys.exc_info()[2]`): the
//! frames an exception passed through, outermost first, linked by
//! `tb_next`, each with `tb_lineno` and a `tb_frame` naming its code.

use std::any::Any;
use std::rc::Rc;

use crate::objects::class::types;
use crate::objects::exception::{PyException, TbEntry};
use crate::objects::{NativeObject, PyClass, PyResult, Value};

use super::Vm;

/// One link of a traceback: entry `index` of a snapshot of the frames.
pub struct TracebackObject {
    entries: Rc<[TbEntry]>,
    index: usize,
}

impl TracebackObject {
    /// The traceback of `exc` as it stands now, or None without frames.
    /// Frames of snippy's own Python-written modules are left out, as in
    /// printed tracebacks.
    pub fn of(exc: &PyException) -> Value {
        let entries: Rc<[TbEntry]> = exc
            .traceback
            .borrow()
            .iter()
            .rev()
            .filter(|e| {
                !e.code
                    .source
                    .filename
                    .starts_with(crate::stdlib::pysource::HIDDEN_FILE_PREFIX)
            })
            .cloned()
            .collect();
        Self::link(entries, 0)
    }

    fn link(entries: Rc<[TbEntry]>, index: usize) -> Value {
        if index >= entries.len() {
            return Value::None;
        }
        Value::Native(Rc::new(TracebackObject { entries, index }))
    }

    fn entry(&self) -> &TbEntry {
        &self.entries[self.index]
    }
}

impl NativeObject for TracebackObject {
    fn class(&self) -> Rc<PyClass> {
        types().named("traceback")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok(format!(
            "<traceback object at {:#x}>",
            self as *const TracebackObject as usize
        ))
    }
}

/// The frame a traceback link names: its code and the line it was at.
pub struct TracebackFrame {
    entry: TbEntry,
}

impl NativeObject for TracebackFrame {
    fn class(&self) -> Rc<PyClass> {
        types().named("frame")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            self as *const TracebackFrame as usize,
            self.entry.code.source.filename,
            self.entry.code.line_of(self.entry.ip),
            self.entry.code.name.as_str()
        ))
    }
}

/// The attributes of traceback objects and their frames.
pub fn attr(obj: &dyn Any, name: &str) -> Option<Value> {
    if let Some(tb) = obj.downcast_ref::<TracebackObject>() {
        let e = tb.entry();
        return Some(match name {
            "tb_lineno" => Value::Int(e.code.line_of(e.ip) as i64),
            "tb_lasti" => Value::Int(e.ip as i64 * 2),
            "tb_next" => TracebackObject::link(tb.entries.clone(), tb.index + 1),
            "tb_frame" => Value::Native(Rc::new(TracebackFrame { entry: e.clone() })),
            _ => return None,
        });
    }
    let f = obj.downcast_ref::<TracebackFrame>()?;
    Some(match name {
        "f_code" => Value::Code(f.entry.code.clone()),
        "f_lineno" => Value::Int(f.entry.code.line_of(f.entry.ip) as i64),
        _ => return None,
    })
}
