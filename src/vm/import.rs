//! The import system: `sys.modules`, built-in modules, and the user's own
//! modules and packages found on `sys.path` (the script's folder first),
//! with CPython's rules for packages, submodules, relative imports and the
//! `from pkg import submodule` form.

use std::path::PathBuf;
use std::rc::Rc;

use crate::bytecode::Source;
use crate::objects::{ExcKind, PyDict, PyErr, PyModule, PyResult, PyStr, Value};
use crate::syntax::ast;

use super::Vm;

thread_local! {
    /// The modules whose code is running (imported, not finished yet).
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// True while module `name`'s code runs: a name missing from it then is
/// most likely due to a circular import.
pub fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|i| i.borrow().iter().any(|n| n == name))
}

/// The modules CPython 3.11 has built in or frozen, which its import
/// system finds before looking at `sys.path`, so files of the same name
/// cannot shadow them.
const UNSHADOWABLE: &[&str] = &[
    "sys",
    "builtins",
    "time",
    "itertools",
    "io",
    "os",
    "posixpath",
    "posix",
    "abc",
    "stat",
    "__main__",
    "errno",
    "gc",
    "marshal",
    "atexit",
    "codecs",
];

/// Where a module's source was found on `sys.path`.
enum Found {
    /// `name.py`.
    Module(PathBuf),
    /// `name/__init__.py`: a package.
    Package(PathBuf, PathBuf),
    /// A folder without `__init__.py`: a namespace package.
    Namespace(PathBuf),
}

impl Vm {
    /// `IMPORT_NAME`: the module `import name` binds (the top-level package
    /// of a dotted name without `fromlist`), after resolving a relative
    /// `level` against the importing module's `globals`.
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: i64,
        globals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            resolve_relative(name, level as usize, globals)?
        } else {
            name.to_owned()
        };
        let module = self.import_module(&full)?;
        match fromlist {
            Value::Tuple(names) if !names.items.is_empty() => {
                self.import_fromlist(&module, &full, &names.items)?;
                Ok(module)
            }
            _ if level == 0 && name.contains('.') => {
                let top = name.split('.').next().unwrap_or(name);
                self.import_module(top)
            }
            _ => Ok(module),
        }
    }

    /// `from package import sub`: submodules named in `fromlist` that are
    /// not attributes yet are imported (a missing one is left for
    /// `IMPORT_FROM` to report).
    fn import_fromlist(&mut self, module: &Value, full: &str, names: &[Value]) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        if m.dict.get_str("__path__").is_none() {
            return Ok(());
        }
        for name in names {
            let Value::Str(n) = name else { continue };
            let n = n.as_str();
            if n == "*" || m.dict.get_str(n).is_some() {
                continue;
            }
            let sub = format!("{full}.{n}");
            match self.import_module(&sub) {
                Ok(_) => {}
                Err(e) if e.is(ExcKind::ModuleNotFoundError) && error_names(&e, &sub) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// `import name` (absolute): a loaded module, a built-in one created
    /// now, or the user's module or package found on `sys.path`.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        // `sys.modules`, once it exists, is the truth: a module deleted
        // from it is imported afresh, and one put there is what imports get.
        match self.sys_modules_dict() {
            Some(d) => match d.get_str(name) {
                Some(Value::None) => {
                    let e = PyErr::new(
                        ExcKind::ModuleNotFoundError,
                        format!("import of {name} halted; None in sys.modules"),
                    );
                    e.exc.dict.set_str("name", Value::str(name));
                    return Err(e);
                }
                Some(m) => return Ok(m),
                None => {
                    self.modules.remove(name);
                }
            },
            None => {
                if let Some(m) = self.modules.get(name) {
                    return Ok(m.clone());
                }
            }
        }
        let (parent, search) = match name.rsplit_once('.') {
            Some((parent_name, child)) => {
                let parent = self.import_module(parent_name)?;
                let Value::Module(p) = &parent else {
                    return Err(not_found(name));
                };
                if let Some(m) = self.modules.get(name) {
                    return Ok(m.clone());
                }
                if let Some(v @ Value::Module(_)) = p.dict.get_str(child) {
                    self.register_module(name, v.clone());
                    return Ok(v);
                }
                let path = p.dict.get_str("__path__");
                (Some((p.clone(), child.to_owned())), path)
            }
            None => (None, None),
        };
        if parent.is_none() && !UNSHADOWABLE.contains(&name) {
            // As in CPython, the script's folder comes before the standard
            // library written in Python: a user's `statistics.py` wins.
            let dirs = self.sys_path();
            if let Some(found) = find(&dirs, name).filter(|f| !matches!(f, Found::Namespace(_))) {
                return self.load(name, found);
            }
        }
        if let Some(dict) = crate::stdlib::create_module(self, name) {
            let m = Value::Module(Rc::new(PyModule {
                name: Rc::new(PyStr::new(name)),
                dict,
            }));
            self.register_module(name, m.clone());
            return Ok(m);
        }
        let dirs = match (&parent, search) {
            (None, _) => self.sys_path(),
            (Some(_), Some(path)) => str_items(self, &path)?,
            (Some((p, _)), None) => {
                let e = PyErr::new(
                    ExcKind::ModuleNotFoundError,
                    format!(
                        "No module named '{name}'; '{}' is not a package",
                        p.name.as_str()
                    ),
                );
                e.exc.dict.set_str("name", Value::str(name));
                return Err(e);
            }
        };
        let tail = name.rsplit('.').next().unwrap_or(name);
        let Some(found) = find(&dirs, tail) else {
            return Err(not_found(name));
        };
        let module = self.load(name, found)?;
        if let Some((p, child)) = parent {
            p.dict.set_str(&child, module.clone());
        }
        Ok(module)
    }

    /// Runs a found module's source in a new module registered as `name`
    /// (first, so circular imports see it; dropped again if it fails).
    fn load(&mut self, name: &str, found: Found) -> PyResult<Value> {
        let dict = Rc::new(PyDict::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__doc__", Value::None);
        let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
        let (file, package) = match &found {
            Found::Module(file) => (Some(file.clone()), parent.to_owned()),
            Found::Package(dir, file) => {
                let dir = Value::str(&dir.to_string_lossy());
                dict.set_str("__path__", Value::list(vec![dir]));
                (Some(file.clone()), name.to_owned())
            }
            Found::Namespace(dir) => {
                let dir = Value::str(&dir.to_string_lossy());
                dict.set_str("__path__", Value::list(vec![dir]));
                (None, name.to_owned())
            }
        };
        dict.set_str("__package__", Value::str(&package));
        dict.set_str("__loader__", Value::None);
        dict.set_str("__spec__", Value::None);
        dict.set_str(
            "__file__",
            file.as_ref()
                .map_or(Value::None, |f| Value::str(&f.to_string_lossy())),
        );
        dict.set_str("__builtins__", self.module_value("builtins"));
        let module = Value::Module(Rc::new(PyModule {
            name: Rc::new(PyStr::new(name)),
            dict: dict.clone(),
        }));
        let Some(file) = file else {
            self.register_module(name, module.clone());
            return Ok(module);
        };
        let filename = file.to_string_lossy().into_owned();
        let text = match std::fs::read(&file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => return Err(not_found(name)),
        };
        let source = Source::new(&filename, &text);
        use super::syntax_error::{exception, QuotedLine};
        let tree = crate::syntax::parse_module(&text)
            .map_err(|e| exception(&e, &source, QuotedLine::Statement))?;
        if let Some(doc) = docstring(&tree) {
            dict.set_str("__doc__", Value::str(doc));
        }
        let code = crate::compiler::compile_module(&tree, source.clone())
            .map_err(|e| exception(&e, &source, QuotedLine::Compiled))?;
        self.register_module(name, module.clone());
        INITIALIZING.with(|i| i.borrow_mut().push(name.to_owned()));
        let result = self.run_code(code, dict);
        INITIALIZING.with(|i| i.borrow_mut().retain(|n| n != name));
        match result {
            Ok(_) => Ok(module),
            Err(e) => {
                self.unregister_module(name);
                Err(e)
            }
        }
    }

    /// Adds a module to `sys.modules`.
    pub fn register_module(&mut self, name: &str, module: Value) {
        self.modules.insert(name.to_owned(), module.clone());
        if let Some(d) = self.sys_modules_dict() {
            d.set_str(name, module);
        }
    }

    fn unregister_module(&mut self, name: &str) {
        if let Some(d) = self.sys_modules_dict() {
            let _ = d.remove(&Value::str(name));
        }
        self.modules.remove(name);
    }

    /// The `sys.modules` dict, once `sys` is loaded.
    fn sys_modules_dict(&self) -> Option<Rc<PyDict>> {
        match self.modules.get("sys") {
            Some(Value::Module(m)) => match m.dict.get_str("modules") {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// The folders of `sys.path` (strings only; `''` is the working folder).
    fn sys_path(&mut self) -> Vec<String> {
        let Ok(Value::Module(sys)) = self.import_module("sys") else {
            return Vec::new();
        };
        match sys.dict.get_str("path") {
            Some(path) => str_items(self, &path).unwrap_or_default(),
            None => Vec::new(),
        }
    }
}

/// The strings in a list (`sys.path`, a package's `__path__`).
fn str_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<String>> {
    Ok(vm
        .collect(v)?
        .iter()
        .filter_map(|x| match x {
            Value::Str(s) => Some(s.as_str().to_owned()),
            _ => None,
        })
        .collect())
}

/// Looks for module `tail` in `dirs`, as CPython's path finder does: a
/// package or module in the first folder that has one, else the first
/// namespace-package folder.
fn find(dirs: &[String], tail: &str) -> Option<Found> {
    let mut namespace = None;
    for d in dirs {
        // Entries are made absolute, as CPython's FileFinder does.
        let base = if d.is_empty() {
            std::env::current_dir().ok()?
        } else {
            std::path::absolute(d).unwrap_or_else(|_| PathBuf::from(d))
        };
        let dir = base.join(tail);
        let init = dir.join("__init__.py");
        if init.is_file() {
            return Some(Found::Package(dir, init));
        }
        let file = base.join(format!("{tail}.py"));
        if file.is_file() {
            return Some(Found::Module(file));
        }
        if namespace.is_none() && dir.is_dir() {
            namespace = Some(dir);
        }
    }
    namespace.map(Found::Namespace)
}

/// The docstring of a module: its first statement, when a string literal.
pub fn docstring(m: &ast::Module) -> Option<&str> {
    match &m.body.first()?.kind {
        ast::StmtKind::Expr(ast::Expr {
            kind: ast::ExprKind::Constant(ast::Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// `ModuleNotFoundError: No module named 'x'` (with its `name`).
fn not_found(name: &str) -> PyErr {
    let e = PyErr::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    );
    e.exc.dict.set_str("name", Value::str(name));
    e
}

/// True when a `ModuleNotFoundError` is about module `name` itself.
fn error_names(e: &PyErr, name: &str) -> bool {
    matches!(e.exc.dict.get_str("name"), Some(Value::Str(s)) if s.as_str() == name)
}

/// The absolute name `from .name import …` means in the module whose
/// globals are `globals`, `level` dots up.
fn resolve_relative(name: &str, level: usize, globals: &PyDict) -> PyResult<String> {
    let package = match globals.get_str("__package__") {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        _ => match globals.get_str("__name__") {
            Some(Value::Str(n)) if globals.get_str("__path__").is_some() => n.as_str().to_owned(),
            Some(Value::Str(n)) => n
                .as_str()
                .rsplit_once('.')
                .map_or("", |(p, _)| p)
                .to_owned(),
            _ => String::new(),
        },
    };
    if package.is_empty() {
        return Err(PyErr::new(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(PyErr::new(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() {
        base.to_owned()
    } else {
        format!("{base}.{name}")
    })
}

/// The names `from module import *` binds: `__all__` when the module has
/// one, else its names that do not start with an underscore.
pub fn star_names(vm: &mut Vm, module: &Rc<PyModule>) -> PyResult<Vec<(Value, Value)>> {
    let Some(all) = module.dict.get_str("__all__") else {
        return Ok(module
            .dict
            .items()
            .into_iter()
            .filter(|(k, _)| matches!(k, Value::Str(s) if !s.as_str().starts_with('_')))
            .collect());
    };
    let mut out = Vec::new();
    for name in vm.collect(&all)? {
        let Value::Str(s) = &name else {
            return Err(PyErr::type_error(format!(
                "Item in {}.__all__ must be str, not {}",
                module.name.as_str(),
                super::ops::type_name(&name)
            )));
        };
        let value = vm.get_attr(&Value::Module(module.clone()), s)?;
        out.push((name.clone(), value));
    }
    Ok(out)
}

/// The built-in `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn import_builtin(vm: &mut Vm, args: crate::objects::Args) -> PyResult<Value> {
    let a = crate::methods::args::keywords_from(
        &args,
        0,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let name = match a.first().cloned().flatten() {
        Some(Value::Str(s)) => s,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "__import__() argument 1 must be str, not {}",
                super::ops::type_name(&other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "__import__() missing required argument 'name' (pos 1)",
            ))
        }
    };
    let globals = match a.get(1).cloned().flatten() {
        Some(Value::Dict(d)) => d,
        _ => Rc::new(PyDict::new()),
    };
    let fromlist = match a.get(3).cloned().flatten() {
        Some(Value::List(l)) => Value::tuple(l.items.borrow().clone()),
        Some(v) => v,
        None => Value::None,
    };
    let level = match a.get(4).cloned().flatten() {
        Some(Value::Int(n)) => n,
        _ => 0,
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    if name.as_str().is_empty() && level == 0 {
        return Err(PyErr::value_error("Empty module name"));
    }
    vm.import_name(name.as_str(), &fromlist, level, &globals)
}
