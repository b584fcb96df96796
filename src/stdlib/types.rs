//! The `types` module: the classes of built-in object kinds.

use std::rc::Rc;

use crate::objects::class::types;
use crate::objects::{PyDict, Value};

/// The `types` namespace.
pub fn create() -> Rc<PyDict> {
    let t = types();
    let dict = Rc::new(PyDict::new());
    let classes = [
        ("GeneratorType", t.generator.clone()),
        ("CoroutineType", t.coroutine.clone()),
        ("AsyncGeneratorType", t.async_generator.clone()),
        ("FunctionType", t.function.clone()),
        ("LambdaType", t.function.clone()),
        ("BuiltinFunctionType", t.builtin_function.clone()),
        ("BuiltinMethodType", t.builtin_function.clone()),
        ("ModuleType", t.module.clone()),
        ("FrameType", t.named("frame")),
        ("CodeType", t.named("code")),
        ("NoneType", t.none.clone()),
        ("EllipsisType", t.ellipsis.clone()),
        ("NotImplementedType", t.not_implemented.clone()),
    ];
    for (name, class) in classes {
        dict.set_str(name, Value::Class(class));
    }
    dict
}
