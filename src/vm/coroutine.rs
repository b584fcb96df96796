//! Coroutines: what `await` accepts (`GetAwaitable`), `async with`, the
//! coroutine methods (`send`, `throw`, `close`, `cr_*`), throwing into a
//! chain of awaiting coroutines, and CPython's "coroutine ... was never
//! awaited" RuntimeWarning for coroutines dropped before they started.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::{CodeKind, Op};
use crate::objects::class::{class_of, types};
use crate::objects::{Args, ExcKind, NativeObject, PyClass, PyErr, PyResult, Value};

use super::class::{bind, lookup};
use super::eval::GenStep;
use super::frame::Frame;
use super::generator::{GenState, PyGenerator};
use super::ops::type_name;
use super::Vm;

thread_local! {
    /// Qualified names of coroutines dropped before they ever ran.
    static UNAWAITED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// (file, line, name) of warnings already printed: the "default" filter
    /// prints each once per location.
    static WARNED: RefCell<Vec<(String, u32, String)>> = const { RefCell::new(Vec::new()) };
}

/// Queues the "never awaited" warning for the coroutine `qualname`; the VM
/// prints it at its next instruction (or at exit).
pub fn queue_unawaited(qualname: String) {
    let queued = UNAWAITED.try_with(|q| q.borrow_mut().push(qualname));
    if queued.is_ok() {
        crate::objects::instance::set_finalizers_pending();
    }
}

/// Prints the queued "never awaited" warnings: attributed to the line `frame`
/// is running, or to `sys:1` (interpreter exit) without a frame.
pub fn warn_unawaited(vm: &mut Vm, frame: Option<&Frame>) {
    let names = UNAWAITED.with(|q| std::mem::take(&mut *q.borrow_mut()));
    if vm.modules.contains_key("warnings") {
        for name in names {
            warn_unawaited_via_module(vm, frame, &name);
        }
        return;
    }
    for name in names {
        let msg = format!("RuntimeWarning: coroutine '{name}' was never awaited");
        let text = match frame {
            Some(f) => {
                let src = &f.code.source;
                let line = f.line();
                let key = (src.filename.clone(), line, name.clone());
                let seen = WARNED.with(|w| {
                    let mut w = w.borrow_mut();
                    let seen = w.contains(&key);
                    if !seen {
                        w.push(key);
                    }
                    seen
                });
                if seen {
                    continue;
                }
                let code = src.shown_line(line).trim().to_owned();
                let mut t = format!("{}:{line}: {msg}\n", src.filename);
                if !code.is_empty() {
                    t.push_str(&format!("  {code}\n"));
                }
                t.push_str(
                    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                );
                t
            }
            None => format!("sys:1: {msg}\n"),
        };
        vm.write_stderr(&text);
    }
}

/// The "never awaited" warning through the `warnings` module (loaded, so
/// its filters and `-W` options apply); an "error" filter makes it
/// "Exception ignored in" the coroutine, as CPython reports it.
fn warn_unawaited_via_module(vm: &mut Vm, frame: Option<&Frame>, name: &str) {
    let (filename, lineno, globals) = match frame {
        Some(f) => (
            Value::str(&f.code.source.filename),
            Value::Int(f.line() as i64),
            f.globals.clone(),
        ),
        None => {
            let globals = match vm.import_module("sys") {
                Ok(Value::Module(m)) => m.dict.clone(),
                _ => Rc::new(crate::objects::PyDict::new()),
            };
            (Value::str("sys"), Value::Int(1), globals)
        }
    };
    let what = format!("<coroutine object {name} at {:#x}>", name.as_ptr() as usize);
    let category = Value::Class(types().exception(ExcKind::RuntimeWarning).clone());
    let message = Value::str(&format!("coroutine '{name}' was never awaited"));
    let warned = crate::stdlib::warnings::warn_at(
        vm,
        message,
        category,
        filename,
        lineno,
        &globals,
        Value::str(&what),
    );
    if let Err(e) = warned {
        let report = super::traceback::format_unraisable(vm, &e);
        vm.write_stderr(&format!("Exception ignored in: {what}\n{report}"));
    }
}

/// At exit: the "never awaited" warnings of coroutines the main module still
/// holds, as CPython prints them while tearing the module down.
pub fn warn_unawaited_at_exit(vm: &mut Vm) {
    if let Some(Value::Module(m)) = vm.modules.get("__main__").cloned() {
        for (_, v) in m.dict.items() {
            if let Value::Generator(g) = v {
                if g.kind == CodeKind::Coroutine && g.state.get() == GenState::Created {
                    g.state.set(GenState::Closed);
                    queue_unawaited(g.qualname.borrow().as_str().to_owned());
                }
            }
        }
    }
    warn_unawaited(vm, None);
}

impl Vm {
    /// `GetAwaitable`: the iterator `await v` delegates to.
    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if g.kind == CodeKind::Coroutine => {
                match g.state.get() {
                    GenState::Closed => {
                        return Err(PyErr::new(
                            ExcKind::RuntimeError,
                            "cannot reuse already awaited coroutine",
                        ))
                    }
                    GenState::Suspended if awaited_by(g).is_some() => {
                        return Err(PyErr::new(
                            ExcKind::RuntimeError,
                            "coroutine is being awaited already",
                        ))
                    }
                    _ => {}
                }
                return Ok(v);
            }
            Value::Generator(g)
                if g.kind == CodeKind::Generator && g.code.iterable_coroutine.get() =>
            {
                return Ok(v);
            }
            Value::Native(n) => {
                if let Some(r) = crate::stdlib::asyncio::native_awaitable(n) {
                    return r.map(|()| v.clone());
                }
            }
            Value::Instance(_) => {
                let class = class_of(&v);
                if let Some(f) = lookup(&class, "__await__") {
                    let m = bind(&f, Some(v.clone()), &class);
                    let it = self.call_positional(&m, &[])?;
                    if let Value::Generator(g) = &it {
                        if g.kind == CodeKind::Coroutine {
                            return Err(PyErr::type_error("__await__() returned a coroutine"));
                        }
                    }
                    if !self.is_iterator(&it) {
                        return Err(PyErr::type_error(format!(
                            "__await__() returned non-iterator of type '{}'",
                            type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
            }
            _ => {}
        }
        Err(PyErr::type_error(format!(
            "object {} can't be used in 'await' expression",
            type_name(&v)
        )))
    }

    /// `BeforeAsyncWith`: `(bound __aexit__, __aenter__())`.
    pub fn before_async_with(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let class = class_of(ctx);
        let enter = lookup(&class, "__aenter__");
        let exit = lookup(&class, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                type_name(ctx)
            )));
        };
        let exit = bind(&exit, Some(ctx.clone()), &class);
        let enter = bind(&enter, Some(ctx.clone()), &class);
        let entered = self.call_positional(&enter, &[])?;
        Ok((exit, entered))
    }
}

/// The iterator a suspended generator is delegating to (`yield from` /
/// `await`) and where its `Send` loop ends, if it is suspended in one.
pub fn awaited_by(g: &PyGenerator) -> Option<(Value, u32)> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    let frame = g.frame.borrow();
    let f = frame.as_ref()?;
    let ip = f.ip as usize;
    if ip < 2 || !matches!(f.code.ops[ip - 1], Op::YieldValue) {
        return None;
    }
    let Op::Send(done) = f.code.ops[ip - 2] else {
        return None;
    };
    Some((f.stack.last()?.clone(), done))
}

/// Methods of coroutine objects.
pub const COROUTINE_METHODS: crate::methods::MethodTable = &[
    ("send", coro_send),
    ("throw", coro_throw),
    ("close", coro_close),
];

fn this(v: &Value) -> PyResult<Rc<PyGenerator>> {
    match v {
        Value::Generator(g) => Ok(g.clone()),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'coroutine' object but received a '{}'",
            type_name(other)
        ))),
    }
}

fn closed_error() -> PyErr {
    PyErr::new(
        ExcKind::RuntimeError,
        "cannot reuse already awaited coroutine",
    )
}

fn step_result(step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(PyErr::stop_iteration(v)),
    }
}

fn coro_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("send", 2, 2)?;
    let g = this(&a[0])?;
    if g.state.get() == GenState::Closed {
        return Err(closed_error());
    }
    step_result(vm.resume_generator(&g, a[1].clone(), None)?)
}

fn coro_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("throw", 2, 4)?;
    let g = this(&a[0])?;
    let err = exception_from(vm, a)?;
    match g.state.get() {
        GenState::Closed => Err(err),
        GenState::Created => {
            g.state.set(GenState::Closed);
            g.frame.borrow_mut().take();
            Err(err)
        }
        _ => step_result(vm.gen_throw(&g, err)?),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises: `a[1..]` of the call,
/// read as a generator's `throw` reads it (an instance `val` of `typ` is
/// raised as it is).
fn exception_from(vm: &mut Vm, a: &[Value]) -> PyResult<PyErr> {
    vm.throw_args(&a[1..])
}

fn coro_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("close", 1, 1)?;
    let g = this(&a[0])?;
    match g.state.get() {
        GenState::Created => {
            g.state.set(GenState::Closed);
            g.frame.borrow_mut().take();
            Ok(Value::None)
        }
        GenState::Suspended => {
            match vm.gen_throw(&g, PyErr::with_args(ExcKind::GeneratorExit, vec![])) {
                Ok(GenStep::Yield(_)) => Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "coroutine ignored GeneratorExit",
                )),
                Ok(GenStep::Return(_)) => Ok(Value::None),
                Err(e) if e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopIteration) => {
                    Ok(Value::None)
                }
                Err(e) => Err(e),
            }
        }
        _ => Ok(Value::None),
    }
}

/// The `cr_*` attributes of a coroutine.
pub fn coroutine_attr(g: &PyGenerator, name: &str) -> Option<Value> {
    if g.kind != CodeKind::Coroutine {
        return None;
    }
    Some(match name {
        "cr_running" => Value::Bool(g.state.get() == GenState::Running),
        "cr_suspended" => Value::Bool(g.state.get() == GenState::Suspended),
        "cr_await" => awaited_by(g).map(|(v, _)| v).unwrap_or(Value::None),
        "cr_code" => match g.frame.borrow().as_ref() {
            Some(f) => Value::Code(f.code.clone()),
            None => Value::None,
        },
        _ => return None,
    })
}

/// The marker around a value an async generator yields (`AsyncGenWrap`),
/// telling it apart from what its awaits pass through to the event loop.
pub struct Wrapped(pub Value);

impl NativeObject for Wrapped {
    fn class(&self) -> Rc<PyClass> {
        types().named("async_generator_wrapped_value")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        vm.repr(&self.0)
    }
}

/// What an [`AsyncGenOp`] does to its generator first.
enum AOp {
    Send(Value),
    Throw(PyErr),
    Close,
}

/// The awaitable `asend()` / `__anext__()` / `athrow()` / `aclose()` return.
pub struct AsyncGenOp {
    gen: Rc<PyGenerator>,
    op: RefCell<Option<AOp>>,
    closing: bool,
    done: std::cell::Cell<bool>,
}

impl AsyncGenOp {
    fn make_value(gen: Rc<PyGenerator>, op: AOp) -> Value {
        let closing = matches!(op, AOp::Close);
        Value::Native(Rc::new(AsyncGenOp {
            gen,
            op: RefCell::new(Some(op)),
            closing,
            done: std::cell::Cell::new(false),
        }))
    }

    /// One `send(None)` from the awaiting coroutine.
    pub fn send(&self, vm: &mut Vm) -> PyResult<GenStep> {
        if self.done.get() {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let first = self.op.borrow_mut().take();
        let r = match first {
            Some(AOp::Send(v)) => vm.resume_generator(&self.gen, v, None),
            Some(AOp::Throw(e)) => self.throw_gen(vm, e),
            Some(AOp::Close) => {
                self.throw_gen(vm, PyErr::with_args(ExcKind::GeneratorExit, vec![]))
            }
            None => vm.resume_generator(&self.gen, Value::None, None),
        };
        self.finish(r)
    }

    /// An exception thrown into the awaiting coroutine while it waits here.
    pub fn throw(&self, vm: &mut Vm, err: PyErr) -> PyResult<GenStep> {
        self.op.borrow_mut().take();
        let r = self.throw_gen(vm, err);
        self.finish(r)
    }

    fn throw_gen(&self, vm: &mut Vm, err: PyErr) -> PyResult<GenStep> {
        match self.gen.state.get() {
            GenState::Created | GenState::Closed => {
                self.gen.state.set(GenState::Closed);
                self.gen.frame.borrow_mut().take();
                Err(err)
            }
            _ => vm.gen_throw(&self.gen, err),
        }
    }

    fn finish(&self, r: PyResult<GenStep>) -> PyResult<GenStep> {
        match r {
            Ok(GenStep::Yield(Value::Native(n))) if n.as_any().is::<Wrapped>() => {
                self.done.set(true);
                if self.closing {
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "async generator ignored GeneratorExit",
                    ));
                }
                let v = n.as_any().downcast_ref::<Wrapped>().map(|w| w.0.clone());
                Ok(GenStep::Return(v.unwrap_or(Value::None)))
            }
            Ok(GenStep::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(GenStep::Return(_)) => {
                self.done.set(true);
                if self.closing {
                    return Ok(GenStep::Return(Value::None));
                }
                Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![]))
            }
            Err(e) => {
                self.done.set(true);
                if self.closing
                    && (e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopAsyncIteration))
                {
                    return Ok(GenStep::Return(Value::None));
                }
                Err(e)
            }
        }
    }
}

impl NativeObject for AsyncGenOp {
    fn class(&self) -> Rc<PyClass> {
        types().named("async_generator_asend")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok(format!(
            "<async_generator_asend object at {:#x}>",
            self as *const AsyncGenOp as usize
        ))
    }
}

/// Methods of async generator objects.
pub const ASYNC_GENERATOR_METHODS: crate::methods::MethodTable = &[
    ("asend", agen_asend),
    ("athrow", agen_athrow),
    ("aclose", agen_aclose),
    ("__anext__", agen_anext),
    ("__aiter__", agen_aiter),
];

fn agen_asend(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("asend", 2, 2)?;
    Ok(AsyncGenOp::make_value(
        this(&a[0])?,
        AOp::Send(a[1].clone()),
    ))
}

fn agen_anext(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__anext__", 1, 1)?;
    Ok(AsyncGenOp::make_value(this(&a[0])?, AOp::Send(Value::None)))
}

fn agen_aiter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__aiter__", 1, 1)?;
    Ok(a[0].clone())
}

fn agen_aclose(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("aclose", 1, 1)?;
    Ok(AsyncGenOp::make_value(this(&a[0])?, AOp::Close))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("athrow", 2, 4)?;
    let g = this(&a[0])?;
    let err = exception_from(vm, a)?;
    Ok(AsyncGenOp::make_value(g, AOp::Throw(err)))
}

impl Vm {
    /// `GetAIter`: `obj.__aiter__()` for `async for`.
    pub fn get_aiter(&mut self, obj: &Value) -> PyResult<Value> {
        match obj {
            Value::Generator(g) if g.kind == CodeKind::AsyncGenerator => Ok(obj.clone()),
            Value::Instance(_) => {
                let class = class_of(obj);
                let Some(f) = lookup(&class, "__aiter__") else {
                    return Err(no_aiter(obj));
                };
                let m = bind(&f, Some(obj.clone()), &class);
                let it = self.call_positional(&m, &[])?;
                let ok = match &it {
                    Value::Generator(g) => g.kind == CodeKind::AsyncGenerator,
                    Value::Instance(_) => lookup(&class_of(&it), "__anext__").is_some(),
                    _ => false,
                };
                if !ok {
                    return Err(PyErr::type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        type_name(&it)
                    )));
                }
                Ok(it)
            }
            _ => Err(no_aiter(obj)),
        }
    }

    /// `GetANext`: the awaitable of `aiter.__anext__()`.
    pub fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        match it {
            Value::Generator(g) if g.kind == CodeKind::AsyncGenerator => {
                Ok(AsyncGenOp::make_value(g.clone(), AOp::Send(Value::None)))
            }
            _ => {
                let class = class_of(it);
                let Some(f) = lookup(&class, "__anext__") else {
                    return Err(PyErr::type_error(format!(
                        "'async for' requires an iterator with __anext__ method, got {}",
                        type_name(it)
                    )));
                };
                let m = bind(&f, Some(it.clone()), &class);
                let aw = self.call_positional(&m, &[])?;
                self.get_awaitable(aw.clone()).map_err(|_| {
                    PyErr::type_error(format!(
                        "'async for' received an invalid object from __anext__: {}",
                        type_name(&aw)
                    ))
                })
            }
        }
    }
}

fn no_aiter(obj: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'async for' requires an object with __aiter__ method, got {}",
        type_name(obj)
    ))
}
