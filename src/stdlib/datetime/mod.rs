//! The `datetime` module: CPython's pure-Python implementation (its
//! `Lib/datetime.py`, trimmed: C's messages, no pickling hooks needed) in
//! `datetime.py`, with `strptime`'s pattern matching native in [`strptime`].

mod strptime;

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `datetime` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[("_strptime_match", strptime::strptime_match)]);
    super::pysource::run_into(vm, &dict, "datetime", include_str!("datetime.py"));
    dict
}
