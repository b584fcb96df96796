//! The `re` module: CPython's own parser and compiler (`re/_parser.py`,
//! `re/_compiler.py`, so patterns compile to the same code and bad ones
//! raise the same `re.error`), `Pattern`/`Match` and the module functions in
//! Python, and the matcher in Rust ([`engine`]).

mod engine;

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `re` namespace: the native matcher, then the Python layers on top.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[
        ("_sre_code", engine::sre_code),
        ("_sre_run", engine::sre_run),
        ("_sre_all", engine::sre_all),
        ("_sre_lookup_name", engine::lookup_name),
        ("_sre_ascii_iscased", engine::ascii_iscased),
        ("_sre_ascii_tolower", engine::ascii_tolower),
        ("_sre_unicode_iscased", engine::unicode_iscased),
        ("_sre_unicode_tolower", engine::unicode_tolower),
    ]);
    super::pysource::run_into(vm, &dict, "re", include_str!("sre_parse.py"));
    super::pysource::run_into(vm, &dict, "re", include_str!("sre_compile.py"));
    super::pysource::run_into(vm, &dict, "re", include_str!("re.py"));
    dict
}
