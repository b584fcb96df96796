//! `sys.excepthook`: what reports an uncaught exception. The default
//! prints the traceback; a program may install its own, which the VM
//! then calls with the exception's type, value and traceback.

use crate::objects::{Args, PyDict, PyErr, Value};

use super::Vm;

/// Adds `excepthook` and `__excepthook__` (the same default) to `sys`.
pub fn install(sys: &PyDict) {
    let hook = crate::stdlib::builtins::builtin("excepthook", excepthook);
    sys.set_str("excepthook", hook.clone());
    sys.set_str("__excepthook__", hook);
}

/// The default `sys.excepthook(type, value, traceback)`: prints the report.
fn excepthook(vm: &mut Vm, args: Args) -> crate::objects::PyResult<Value> {
    let a = args.check_count("excepthook", 3, 3)?;
    match &a[1] {
        Value::Exception(e) => {
            let text = super::traceback::format_exception(vm, &PyErr { exc: e.clone() });
            vm.write_stderr(&text);
        }
        other => {
            vm.write_stderr(&format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                crate::vm::ops::type_name(other)
            ));
        }
    }
    Ok(Value::None)
}

impl Vm {
    /// The hook a program installed in `sys.excepthook`, if it replaced the default.
    fn installed_excepthook(&self) -> Option<Value> {
        let Some(Value::Module(sys)) = self.modules.get("sys") else {
            return None;
        };
        let hook = sys.dict.get_str("excepthook")?;
        match &hook {
            Value::Builtin(b) if b.name == "excepthook" && b.bound.is_none() => None,
            _ => Some(hook),
        }
    }

    /// Reports an uncaught exception through an installed `sys.excepthook`;
    /// false when there is none. A failing hook is reported, then the
    /// original exception, as CPython does.
    pub fn report_with_excepthook(&mut self, e: &PyErr) -> bool {
        let Some(hook) = self.installed_excepthook() else {
            return false;
        };
        let exc = Value::Exception(e.exc.clone());
        let args = [
            Value::Class(e.exc.class.clone()),
            exc,
            super::traceback_object::TracebackObject::of(&e.exc),
        ];
        if let Err(failure) = self.call_positional(&hook, &args) {
            let hook_report = super::traceback::format_exception(self, &failure);
            let original = super::traceback::format_exception(self, e);
            self.write_stderr(&format!(
                "Error in sys.excepthook:\n{hook_report}\nOriginal exception was:\n{original}"
            ));
        }
        true
    }
}
