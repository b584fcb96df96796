//! Built-in modules, each in its own file, registered in [`create_module`].

pub mod abc;
pub mod argparse;
pub mod async_builtins;
pub mod asyncio;
pub mod bisect;
pub mod builtins;
pub mod cmath;
pub mod collections;
pub mod collections_abc;
pub mod contextlib;
pub mod copy;
pub mod dataclasses;
pub mod datetime;
pub mod decimal;
pub mod dir_builtin;
pub mod r#enum;
pub mod exec_builtins;
pub mod fractions;
pub mod functools;
pub mod future;
pub mod glob;
pub mod heapq;
pub mod httpx;
pub mod importlib;
pub mod inspect;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod namespace_builtins;
pub mod nest_asyncio;
pub mod numbers;
pub mod operator;
pub mod os;
pub mod pathlib;
pub mod pprint;
pub mod pysource;
pub mod random;
pub mod re;
pub mod shutil;
pub mod sizeof;
pub mod socket;
pub mod statistics;
pub mod stdin;
pub mod string;
pub mod sys;
pub mod tempfile;
pub mod textwrap;
pub mod time;
pub mod timeit;
pub mod traceback;
pub mod types;
pub mod typing;
pub mod warnings;
pub mod zlib;

use std::rc::Rc;

use crate::objects::{BuiltinFn, PyDict, Value};
use crate::vm::Vm;

/// Creates the namespace of the built-in module `name`, or `None` if there is none.
pub fn create_module(vm: &mut Vm, name: &str) -> Option<Rc<PyDict>> {
    let dict = match name {
        "builtins" => return Some(vm.builtins.clone()),
        "sys" => sys::create(vm),
        "time" => time::create(vm),
        "timeit" => timeit::create(vm),
        "inspect" => inspect::create(),
        "itertools" => itertools::create(vm),
        "contextlib" => contextlib::create(vm),
        "types" => types::create(vm),
        "math" => math::create(),
        "numbers" => numbers::create(vm),
        "random" => random::create(vm),
        "re" => re::create(vm),
        "string" => string::create(vm),
        "textwrap" => textwrap::create(vm),
        "pprint" => pprint::create(vm),
        "collections" => collections::create(vm),
        "collections.abc" => collections_abc::create(vm),
        // The same classes as `collections.abc`, under CPython's private name.
        "_collections_abc" => {
            let shared = collections_abc::create(vm);
            let dict = Rc::new(PyDict::new());
            for (k, v) in shared.items() {
                dict.set(k, v).ok()?;
            }
            dict
        }
        "copy" => copy::create(vm),
        "datetime" => datetime::create(vm),
        "operator" => operator::create(vm),
        "fractions" => fractions::create(vm),
        "decimal" => decimal::create(vm),
        "cmath" => cmath::create(vm),
        "json" => json::create(vm),
        "heapq" => heapq::create(vm),
        "functools" => functools::create(vm),
        "abc" => abc::create(vm),
        "bisect" => bisect::create(vm),
        "statistics" => statistics::create(vm),
        "asyncio" => asyncio::create(vm),
        "contextvars" => asyncio::contextvars::create(vm),
        "warnings" => warnings::create(vm),
        "traceback" => traceback::create(),
        "typing" => typing::create(vm),
        "dataclasses" => dataclasses::create(vm),
        "enum" => r#enum::create(vm),
        "io" => io::create(vm),
        "os" => os::create(vm),
        "posixpath" => os::create_posixpath(vm),
        "posix" => os::posix::create(),
        "pathlib" => pathlib::create(vm),
        "shutil" => shutil::create(vm),
        "tempfile" => tempfile::create(vm),
        "glob" => glob::create(vm),
        "argparse" => argparse::create(vm),
        "__future__" => future::create(vm),
        "fnmatch" => glob::create_fnmatch(vm),
        "importlib" => importlib::create(),
        "httpx" => httpx::create(vm),
        "_snippy_http" => httpx::create_native(vm),
        "zlib" => zlib::create(vm),
        "gzip" => zlib::create_gzip(vm),
        "socket" => socket::create(vm),
        "nest_asyncio" => nest_asyncio::create(vm),
        _ => return None,
    };
    dict.set_str("__name__", Value::str(name));
    dict.set_str("__doc__", Value::None);
    Some(dict)
}

/// A namespace holding the given functions, for a module to add to.
pub fn namespace(functions: &[(&'static str, BuiltinFn)]) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    for (name, func) in functions {
        dict.set_str(name, builtins::builtin(name, *func));
    }
    dict
}

/// Like [`namespace`], for a module CPython writes in Python: its functions
/// present as Python functions.
pub fn python_namespace(functions: &[(&'static str, BuiltinFn)]) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    for (name, func) in functions {
        let f = crate::objects::PyBuiltin {
            name,
            func: *func,
            bound: None,
            as_python_function: true,
            reads_frame: false,
        };
        dict.set_str(name, Value::Builtin(Rc::new(f)));
    }
    dict
}
