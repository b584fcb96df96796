//! `importlib`: `import_module` (importing by a name computed at run time)
//! and `reload`, over the interpreter's import system.

use std::rc::Rc;

use crate::objects::{Args, ExcKind, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The `importlib` namespace.
pub fn create() -> Rc<PyDict> {
    super::namespace(&[("import_module", import_module), ("reload", reload)])
}

fn import_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::methods::args::keywords_from(&args, 0, "import_module", &["name", "package"])?;
    let Some(Value::Str(name)) = a.first().cloned().flatten() else {
        return Err(PyErr::type_error(
            "import_module() missing required argument 'name'",
        ));
    };
    let name = name.as_str();
    if name.starts_with('.') {
        let Some(Value::Str(package)) = a.get(1).cloned().flatten() else {
            return Err(PyErr::type_error(format!(
                "the 'package' argument is required to perform a relative import for '{name}'"
            )));
        };
        let level = name.len() - name.trim_start_matches('.').len();
        let globals = PyDict::new();
        globals.set_str("__package__", Value::Str(package));
        let rest = &name[level..];
        return vm.import_name(
            rest,
            &Value::tuple(vec![Value::str("*")]),
            level as i64,
            &Rc::new(globals),
        );
    }
    vm.import_module(name)
}

fn reload(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("reload", 1, 1)?;
    let Value::Module(m) = &a[0] else {
        return Err(PyErr::type_error("reload() argument must be a module"));
    };
    let name = m.name.as_str().to_owned();
    let Some(Value::Str(file)) = m.dict.get_str("__file__") else {
        return Ok(a[0].clone());
    };
    let text = std::fs::read(file.as_str())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|_| {
            PyErr::new(
                ExcKind::ModuleNotFoundError,
                format!("spec not found for the module '{name}'"),
            )
        })?;
    let source = crate::bytecode::Source::new(file.as_str(), &text);
    let code = crate::syntax::parse_module(&text)
        .and_then(|m| crate::compiler::compile_module(&m, source))
        .map_err(|e| PyErr::new(ExcKind::SyntaxError, e.msg))?;
    vm.run_code(code, m.dict.clone())?;
    Ok(a[0].clone())
}
