//! The `abc` module: `ABC`, `ABCMeta` and `abstractmethod`, built on the
//! ABC machinery of `collections.abc` (`py/abc_machinery.py`), plus
//! `py/abc.py`. snippy has no metaclasses: `metaclass=ABCMeta` is
//! recognised by the class builder, which then calls `_abc_root` on the
//! new class ([`is_abc_meta`]).

use std::rc::Rc;

use crate::objects::class::types;
use crate::objects::{PyClass, PyDict, Value};
use crate::vm::Vm;

thread_local! {
    /// The `abc.ABCMeta` class object.
    static ABC_META: Rc<PyClass> = PyClass::builtin("ABCMeta", "abc", Some(&types().type_));
}

/// The `abc` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "abc", include_str!("py/abc_machinery.py"));
    super::pysource::run_into(vm, &dict, "abc", include_str!("py/abc.py"));
    dict.set_str("ABCMeta", Value::Class(ABC_META.with(Rc::clone)));
    dict
}

/// True for `abc.ABCMeta`, the one metaclass besides `type` that class
/// statements accept.
pub fn is_abc_meta(v: &Value) -> bool {
    matches!(v, Value::Class(c) if ABC_META.with(|m| Rc::ptr_eq(c, m)))
}
