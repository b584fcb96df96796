//! Classes: the built-in types and (later) classes defined by `class` statements.
//!
//! The built-in types are created once per thread in [`BuiltinTypes`] and
//! reached through [`types()`], so error paths anywhere can build exceptions.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::exception::ExcKind;
use super::{PyDict, Value};

/// A class object.
pub struct PyClass {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Rc<PyClass>>,
    /// The method resolution order after the class itself.
    pub mro: Vec<Rc<PyClass>>,
    /// Class attributes.
    pub dict: PyDict,
    /// The class's class when it is not `type`: a user metaclass.
    pub metaclass: Option<Rc<PyClass>>,
    /// Made by a `class` statement or `type()` (not built into snippy).
    pub is_user: bool,
    /// How a call of the class was last resolved (see
    /// `vm::class::simple_init`), with the [`stamp`](PyClass::stamp) it
    /// was resolved under.
    pub call_cache: RefCell<Option<(u64, Option<Value>)>>,
}

impl PyClass {
    /// The name messages give the class, as C's `tp_name`: its `__name__`,
    /// or for a Python class standing in for a C type (datetime's), the
    /// module-qualified name it sets in `__tp_name__`.
    pub fn tp_name(&self) -> String {
        match self.dict.get_str("__tp_name__") {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => self.name.clone(),
        }
    }

    /// A built-in class named `name` with a single base (C3 reduces to the base's MRO).
    pub fn builtin(name: &str, module: &str, base: Option<&Rc<PyClass>>) -> Rc<PyClass> {
        let (bases, mro) = match base {
            Some(b) => {
                let mut mro = vec![b.clone()];
                mro.extend(b.mro.iter().cloned());
                (vec![b.clone()], mro)
            }
            None => (vec![], vec![]),
        };
        Rc::new(PyClass {
            name: name.to_owned(),
            qualname: name.to_owned(),
            module: module.to_owned(),
            bases,
            mro,
            dict: PyDict::new(),
            metaclass: None,
            is_user: false,
            call_cache: RefCell::new(None),
        })
    }

    /// The largest key version of the dicts of the class and its MRO: it
    /// changes whenever any of them gains or loses a key (versions come
    /// from one growing counter), and a class made later never shares an
    /// earlier class's stamp. Caches of attribute resolution key on it.
    #[inline]
    pub fn stamp(&self) -> u64 {
        let mut s = self.dict.version();
        for c in self.mro.iter() {
            s = s.max(c.dict.version());
        }
        s
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<PyClass>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// `<class 'name'>` as `repr()` prints it.
    pub fn repr(&self) -> String {
        if self.module == "builtins" {
            format!("<class '{}'>", self.qualname)
        } else {
            format!("<class '{}.{}'>", self.module, self.qualname)
        }
    }
}

/// The built-in classes, one per thread.
pub struct BuiltinTypes {
    pub object: Rc<PyClass>,
    pub type_: Rc<PyClass>,
    pub none: Rc<PyClass>,
    pub not_implemented: Rc<PyClass>,
    pub ellipsis: Rc<PyClass>,
    pub int: Rc<PyClass>,
    pub bool_: Rc<PyClass>,
    pub float: Rc<PyClass>,
    pub str_: Rc<PyClass>,
    pub list: Rc<PyClass>,
    pub tuple: Rc<PyClass>,
    pub dict: Rc<PyClass>,
    pub set: Rc<PyClass>,
    pub frozenset: Rc<PyClass>,
    pub range: Rc<PyClass>,
    pub slice: Rc<PyClass>,
    pub function: Rc<PyClass>,
    pub builtin_function: Rc<PyClass>,
    pub module: Rc<PyClass>,
    pub generator: Rc<PyClass>,
    pub coroutine: Rc<PyClass>,
    pub async_generator: Rc<PyClass>,
    /// Exception classes indexed by `ExcKind as usize`.
    pub exceptions: Vec<Rc<PyClass>>,
    /// Classes of internal objects (iterators, views), made on first use.
    named: RefCell<HashMap<&'static str, Rc<PyClass>>>,
}

impl BuiltinTypes {
    fn new() -> BuiltinTypes {
        let object = PyClass::builtin("object", "builtins", None);
        let o = Some(&object);
        let int = PyClass::builtin("int", "builtins", o);
        let mut exceptions: Vec<Rc<PyClass>> = Vec::with_capacity(ExcKind::ALL.len());
        for kind in ExcKind::ALL {
            let base = kind.base().map(|b| exceptions[b as usize].clone());
            let base = base.as_ref().or(o);
            exceptions.push(PyClass::builtin(kind.name(), "builtins", base));
        }
        // ExceptionGroup derives from both BaseExceptionGroup and Exception.
        let base_group = exceptions[ExcKind::BaseExceptionGroup as usize].clone();
        let exception = exceptions[ExcKind::Exception as usize].clone();
        let mut mro = vec![base_group.clone(), exception.clone()];
        mro.extend(exception.mro.iter().cloned());
        exceptions[ExcKind::ExceptionGroup as usize] = Rc::new(PyClass {
            name: "ExceptionGroup".into(),
            qualname: "ExceptionGroup".into(),
            module: "builtins".into(),
            bases: vec![base_group, exception],
            mro,
            dict: PyDict::new(),
            metaclass: None,
            is_user: false,
            call_cache: RefCell::new(None),
        });
        BuiltinTypes {
            type_: PyClass::builtin("type", "builtins", o),
            none: PyClass::builtin("NoneType", "builtins", o),
            not_implemented: PyClass::builtin("NotImplementedType", "builtins", o),
            ellipsis: PyClass::builtin("ellipsis", "builtins", o),
            bool_: PyClass::builtin("bool", "builtins", Some(&int)),
            int,
            float: PyClass::builtin("float", "builtins", o),
            str_: PyClass::builtin("str", "builtins", o),
            list: PyClass::builtin("list", "builtins", o),
            tuple: PyClass::builtin("tuple", "builtins", o),
            dict: PyClass::builtin("dict", "builtins", o),
            set: PyClass::builtin("set", "builtins", o),
            frozenset: PyClass::builtin("frozenset", "builtins", o),
            range: PyClass::builtin("range", "builtins", o),
            slice: PyClass::builtin("slice", "builtins", o),
            function: PyClass::builtin("function", "builtins", o),
            builtin_function: PyClass::builtin("builtin_function_or_method", "builtins", o),
            module: PyClass::builtin("module", "builtins", o),
            generator: PyClass::builtin("generator", "builtins", o),
            coroutine: PyClass::builtin("coroutine", "builtins", o),
            async_generator: PyClass::builtin("async_generator", "builtins", o),
            exceptions,
            named: RefCell::new(HashMap::new()),
            object,
        }
    }

    /// The class of an internal built-in type such as `list_iterator`.
    pub fn named(&self, name: &'static str) -> Rc<PyClass> {
        self.named
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| PyClass::builtin(name, "builtins", Some(&self.object)))
            .clone()
    }

    /// The class of an exception kind.
    pub fn exception(&self, kind: ExcKind) -> &Rc<PyClass> {
        &self.exceptions[kind as usize]
    }
}

thread_local! {
    static TYPES: Rc<BuiltinTypes> = Rc::new(BuiltinTypes::new());
}

/// The built-in classes of this thread.
pub fn types() -> Rc<BuiltinTypes> {
    TYPES.with(|t| t.clone())
}

/// The class of `value`, as `type(value)`.
pub fn class_of(value: &Value) -> Rc<PyClass> {
    let t = types();
    match value {
        Value::None | Value::Null => t.none.clone(),
        Value::NotImplemented => t.not_implemented.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::Complex(_) => t.named("complex"),
        Value::Bytes(_) => t.named("bytes"),
        Value::ByteArray(_) => t.named("bytearray"),
        Value::List(_) => t.list.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(_) => t.set.clone(),
        Value::FrozenSet(_) => t.frozenset.clone(),
        Value::Range(_) => t.range.clone(),
        Value::Slice(_) => t.slice.clone(),
        Value::Function(_) => t.function.clone(),
        Value::Builtin(b) if b.as_python_function => t.function.clone(),
        Value::Builtin(_) => t.builtin_function.clone(),
        Value::Module(_) => t.module.clone(),
        Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
        Value::Exception(e) => e.class.clone(),
        Value::Generator(g) => g.class(),
        Value::Iter(i) => i.class(),
        Value::Native(n) => n.class(),
        Value::Code(_) => t.named("code"),
        Value::Instance(i) => i.class.clone(),
        Value::Method(_) => t.named("method"),
    }
}
