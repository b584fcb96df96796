//! The eval loop. `execute` runs a frame and every frame it calls or resumes
//! on the VM's own frame stack; it returns when that entry frame returns,
//! yields or raises.

use std::mem;
use std::rc::Rc;

use crate::bytecode::{Code, CodeKind, GlobalCache, Op};
use crate::methods::MethodTable;
use crate::objects::exception::TbEntry;
use crate::objects::iter::IterState;
use crate::objects::{
    Args, ExcKind, PyDict, PyErr, PyFunction, PyMethod, PyResult, PyStr, PyTuple, Value,
};

use super::attr_cache::{self, Load};
use super::frame::{Frame, Pending};
use super::generator::{GenState, PyGenerator};
use super::ops;
use super::Vm;

/// What an instruction asks the loop to do next.
enum Control {
    /// Run the next instruction of the current frame.
    Next,
    /// Start running a new frame (a call or a generator resumption).
    PushFrame(Box<Frame>),
    Return(Value),
    Yield(Value),
    /// An exception raised at the current instruction.
    Error(PyErr),
    /// An exception re-raised: no new traceback entry for this frame.
    Reraise(PyErr),
}

/// How an entry frame left `execute`.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
    Error(PyErr),
}

macro_rules! t {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Control::Error(e),
        }
    };
}

impl Vm {
    /// Runs a function or module frame to completion.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        let (f, exit) = self.execute(frame, None);
        self.recycle_frame(f);
        match exit {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Error(e) => Err(e),
            FrameExit::Yield(_) => {
                Err(PyErr::new(ExcKind::SystemError, "a function frame yielded"))
            }
        }
    }

    /// Runs `frame` (raising `throw` into it first, if given) until it returns,
    /// yields or raises; frames it starts run on the VM's frame stack.
    pub fn execute(&mut self, frame: Box<Frame>, throw: Option<PyErr>) -> (Box<Frame>, FrameExit) {
        let ctl = match throw {
            Some(e) => Control::Error(e),
            None => Control::Next,
        };
        self.run_above(self.frames.len(), frame, ctl)
    }

    /// Continues `frame` whose callers above `base` are on the frame stack
    /// (a threadlet's frames put back after a sleep) until it returns,
    /// yields or raises.
    pub(super) fn execute_above(
        &mut self,
        base: usize,
        frame: Box<Frame>,
    ) -> (Box<Frame>, FrameExit) {
        self.run_above(base, frame, Control::Next)
    }

    fn run_above(
        &mut self,
        base: usize,
        frame: Box<Frame>,
        ctl: Control,
    ) -> (Box<Frame>, FrameExit) {
        self.native_depth += 1;
        let mut f = frame;
        let mut ctl = ctl;
        let exit = loop {
            match ctl {
                Control::Next => {}
                Control::PushFrame(new) => {
                    let caller = mem::replace(&mut f, new);
                    self.frames.push(caller);
                }
                Control::Return(v) => {
                    if self.frames.len() == base {
                        break FrameExit::Return(v);
                    }
                    if let Some(e) = self.return_to_caller(&mut f, v) {
                        ctl = Control::Error(e);
                        continue;
                    }
                }
                Control::Yield(v) => {
                    if self.frames.len() == base {
                        break FrameExit::Yield(v);
                    }
                    self.yield_to_caller(&mut f, v);
                }
                // A threadlet parking in `time.sleep`: its driver lifts
                // the frames above `base` off the stack as they are.
                Control::Error(e) if self.threadlet_sleep.is_some() => break FrameExit::Error(e),
                Control::Error(e) => match self.unwind_new_error(&mut f, base, e) {
                    Ok(()) => {}
                    Err(e) => break FrameExit::Error(e),
                },
                Control::Reraise(e) => match self.unwind(&mut f, base, e, false) {
                    Ok(()) => {}
                    Err(e) => break FrameExit::Error(e),
                },
            }
            ctl = self.run_ops(&mut f, base);
        };
        self.native_depth -= 1;
        (f, exit)
    }

    /// The frame `f` returned `v`: switches back to its caller (the top of
    /// the frame stack), closing `f`'s generator if it has one. Returns the
    /// error to raise in the caller when it was `gen.send()`: StopIteration.
    #[inline]
    fn return_to_caller(&mut self, f: &mut Box<Frame>, v: Value) -> Option<PyErr> {
        let caller = self.frames.pop().expect("caller frame");
        let mut callee = mem::replace(f, caller);
        if let Some(g) = callee.generator.take() {
            g.state.set(GenState::Closed);
            self.gen_finish(&mut callee);
        }
        self.recycle_frame(callee);
        deliver_return(f, v)
    }

    /// The generator frame `f` yielded `v`: suspends it back into its
    /// generator and switches to the frame that resumed it.
    fn yield_to_caller(&mut self, f: &mut Box<Frame>, v: Value) {
        let caller = self.frames.pop().expect("caller frame");
        let mut gen_frame = mem::replace(f, caller);
        if let Some(g) = gen_frame.generator.take() {
            self.gen_suspend(&g, &mut gen_frame);
            *g.frame.borrow_mut() = Some(gen_frame);
        }
        f.stack.push(v);
    }

    /// [`unwind`](Self::unwind) for an error just raised by `f`'s current
    /// instruction. Objects that instruction dropped are finalized first, as
    /// CPython does when it decrefs them: a never-awaited coroutine warns
    /// at the failing line, not at the handler's.
    fn unwind_new_error(&mut self, f: &mut Box<Frame>, base: usize, e: PyErr) -> PyResult<()> {
        if super::interrupt::pending() {
            super::coroutine::warn_unawaited(self, Some(f));
            self.run_finalizers();
        }
        self.unwind(f, base, e, true)
    }

    /// Finds a handler for `err`, popping frames above `base` that have none.
    /// `Err` means the entry frame itself has no handler.
    fn unwind(
        &mut self,
        f: &mut Box<Frame>,
        base: usize,
        mut err: PyErr,
        new_raise: bool,
    ) -> Result<(), PyErr> {
        if new_raise {
            self.chain_context(&err);
        }
        let mut add_entry = new_raise;
        loop {
            let ip = f.ip.saturating_sub(1);
            if new_raise && err.exc.traceback.borrow().is_empty() {
                super::traceback::suggest_for_name_error(
                    &err.exc,
                    &f.code.varnames,
                    &f.globals,
                    &self.builtins,
                );
            }
            if add_entry {
                err.exc.traceback.borrow_mut().push(TbEntry {
                    code: f.code.clone(),
                    ip,
                });
            }
            if let Some(h) = f.code.handler_for(ip) {
                f.stack.truncate(h.depth as usize);
                f.stack.push(err.value());
                f.ip = h.target;
                return Ok(());
            }
            if let Some(g) = f.generator.take() {
                g.state.set(GenState::Closed);
                self.gen_finish(f);
                err = stop_iteration_to_runtime_error(err, g.type_word());
            }
            if self.frames.len() == base {
                return Err(err);
            }
            let caller = self.frames.pop().expect("caller frame");
            let callee = mem::replace(f, caller);
            self.recycle_frame(callee);
            add_entry = true;
        }
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn chain_context(&self, err: &PyErr) {
        let Value::Exception(handled) = &self.handled_exc else {
            return;
        };
        if Rc::ptr_eq(handled, &err.exc) {
            return;
        }
        // Break a cycle: if `err` is already in the handled exception's context chain.
        let mut cur = handled.clone();
        loop {
            let next = cur.context.borrow().clone();
            match next {
                Some(n) if Rc::ptr_eq(&n, &err.exc) => {
                    *cur.context.borrow_mut() = None;
                    break;
                }
                Some(n) => cur = n,
                None => break,
            }
        }
        *err.exc.context.borrow_mut() = Some(handled.clone());
    }

    /// Runs instructions until one needs `execute`'s attention. Calls of
    /// Python functions and their returns switch `f` here directly; frames
    /// at or below `base` belong to outer `execute` calls.
    fn run_ops(&mut self, f: &mut Box<Frame>, base: usize) -> Control {
        'frame: loop {
            let code: Rc<Code> = f.code.clone();
            let ops: &[Op] = &code.ops;
            loop {
                if super::interrupt::pending() {
                    super::coroutine::warn_unawaited(self, Some(f));
                    self.run_finalizers();
                    // Like CPython, Ctrl-C is taken where the eval breaker is
                    // checked: at a loop's backward jump or a call. It is raised
                    // at that instruction (its line, its handler), which then
                    // does not run.
                    let breaks = match ops[f.ip as usize] {
                        Op::Jump(target) => target <= f.ip,
                        Op::Call(_) | Op::CallMethod(_) | Op::CallKw { .. } => true,
                        _ => false,
                    };
                    if breaks && super::interrupt::interrupted() {
                        if let Some(e) = self.take_interrupt() {
                            f.ip += 1;
                            return Control::Error(e);
                        }
                    }
                }
                let op = ops[f.ip as usize];
                f.ip += 1;
                match op {
                    Op::Nop => {}
                    Op::PopTop => {
                        f.stack.pop();
                    }
                    Op::PrintExpr => {
                        let v = f.stack.pop().expect("value to show");
                        t!(self.display_value(&v));
                    }
                    Op::Copy(n) => {
                        let v = f.stack[f.stack.len() - n as usize].clone();
                        f.stack.push(v);
                    }
                    Op::Swap(n) => {
                        let len = f.stack.len();
                        f.stack.swap(len - 1, len - n as usize);
                    }
                    Op::LoadConst(i) => f.stack.push(copy_value(&code.consts[i as usize])),
                    Op::LoadFast(i) => {
                        let v = &f.locals[i as usize];
                        if let Value::Null = v {
                            return Control::Error(unbound_local(&code.varnames[i as usize]));
                        }
                        let v = copy_value(v);
                        f.stack.push(v);
                    }
                    Op::StoreFast(i) => {
                        let v = f.stack.pop().expect("value to store");
                        f.locals[i as usize] = v;
                    }
                    Op::DeleteFast(i) => {
                        if let Value::Null = f.locals[i as usize] {
                            return Control::Error(unbound_local(&code.varnames[i as usize]));
                        }
                        f.locals[i as usize] = Value::Null;
                    }
                    Op::LoadDeref(i) => {
                        let v = f.cells[i as usize].value.borrow().clone();
                        match v {
                            Some(v) => f.stack.push(v),
                            None => return Control::Error(unbound_deref(&code, i)),
                        }
                    }
                    Op::StoreDeref(i) => {
                        let v = f.stack.pop().expect("value to store");
                        *f.cells[i as usize].value.borrow_mut() = Some(v);
                    }
                    Op::DeleteDeref(i) => {
                        let old = f.cells[i as usize].value.borrow_mut().take();
                        if old.is_none() {
                            return Control::Error(unbound_deref(&code, i));
                        }
                    }
                    Op::LoadGlobal(i) => {
                        let v = t!(self.cached_global(&code, i, &f.globals));
                        f.stack.push(v);
                    }
                    Op::StoreGlobal(i) => {
                        let v = f.stack.pop().expect("value to store");
                        f.globals.set_name(&code.names[i as usize], v);
                    }
                    Op::DeleteGlobal(i) => {
                        let name = &code.names[i as usize];
                        if t!(f.globals.remove(&Value::Str(name.clone()))).is_none() {
                            return Control::Error(name_error(name.as_str()));
                        }
                    }
                    Op::LoadName(i) => {
                        let name = &code.names[i as usize];
                        let local = match &f.names {
                            Some(ns) if !Rc::ptr_eq(ns, &f.globals) => ns.get_name(name),
                            _ => None,
                        };
                        let v = match local {
                            Some(v) => v,
                            None => t!(self.cached_global(&code, i, &f.globals)),
                        };
                        f.stack.push(v);
                    }
                    Op::StoreName(i) => {
                        let v = f.stack.pop().expect("value to store");
                        let ns = f.names.as_ref().unwrap_or(&f.globals);
                        ns.set_name(&code.names[i as usize], v);
                    }
                    Op::DeleteName(i) => {
                        let name = &code.names[i as usize];
                        let ns = f.names.as_ref().unwrap_or(&f.globals);
                        if t!(ns.remove(&Value::Str(name.clone()))).is_none() {
                            return Control::Error(name_error(name.as_str()));
                        }
                    }
                    Op::LoadAttr(i) => {
                        let obj = f.stack.pop().expect("object");
                        match t!(self.cached_instance_attr(&code, i, &obj)) {
                            Some((func, Some(this))) => {
                                f.stack
                                    .push(Value::Method(Rc::new(PyMethod { func, this })));
                                continue;
                            }
                            Some((v, None)) => {
                                f.stack.push(v);
                                continue;
                            }
                            None => {}
                        }
                        let v = t!(self.get_attr(&obj, &code.names[i as usize]));
                        f.stack.push(v);
                    }
                    Op::StoreAttr(i) => {
                        let obj = f.stack.pop().expect("object");
                        let v = f.stack.pop().expect("value");
                        if let Value::Instance(inst) = &obj {
                            let key = &code.names[i as usize];
                            let cache = attr_cache::entry(
                                &mut code.attr_cache.borrow_mut()[i as usize],
                                &inst.class,
                                key,
                            );
                            if attr_cache::plain_store(cache) {
                                inst.dict.set_name(key, v);
                                continue;
                            }
                        }
                        t!(self.set_attr(&obj, &code.names[i as usize], v));
                    }
                    Op::DeleteAttr(i) => {
                        let obj = f.stack.pop().expect("object");
                        t!(self.del_attr(&obj, &code.names[i as usize]));
                    }
                    Op::LoadMethod(i) => {
                        let obj = f.stack.pop().expect("object");
                        match t!(self.cached_instance_attr(&code, i, &obj)) {
                            Some((func, Some(this))) => {
                                f.stack.push(func);
                                f.stack.push(this);
                                continue;
                            }
                            Some((v, None)) => {
                                f.stack.push(v);
                                f.stack.push(Value::Null);
                                continue;
                            }
                            None => {}
                        }
                        if let Some(table) = crate::methods::table_for(&obj) {
                            if let Some(m) = self.cached_method(&code, i, table) {
                                f.stack.push(m);
                                f.stack.push(obj);
                                continue;
                            }
                        }
                        let (callable, this) = t!(self.get_method(obj, &code.names[i as usize]));
                        f.stack.push(callable);
                        f.stack.push(this);
                    }
                    Op::BinarySubscr => {
                        let key = f.stack.pop().expect("key");
                        let obj = f.stack.pop().expect("object");
                        let v = t!(self.get_item(&obj, &key));
                        f.stack.push(v);
                    }
                    Op::StoreSubscr => {
                        let key = f.stack.pop().expect("key");
                        let obj = f.stack.pop().expect("object");
                        let v = f.stack.pop().expect("value");
                        t!(self.set_item(&obj, key, v));
                    }
                    Op::DeleteSubscr => {
                        let key = f.stack.pop().expect("key");
                        let obj = f.stack.pop().expect("object");
                        t!(self.del_item(&obj, &key));
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 {
                            f.stack.pop().expect("step")
                        } else {
                            Value::None
                        };
                        let stop = f.stack.pop().expect("stop");
                        let start = f.stack.pop().expect("start");
                        f.stack.push(Value::Slice(Rc::new(crate::objects::PySlice {
                            start,
                            stop,
                            step,
                        })));
                    }
                    Op::Unary(op) => {
                        let v = f.stack.pop().expect("operand");
                        let r = t!(self.unary_op(op, &v));
                        f.stack.push(r);
                    }
                    Op::Binary(op) => {
                        let len = f.stack.len();
                        if let Some(r) = ops::binary_fast(op, &f.stack[len - 2], &f.stack[len - 1])
                        {
                            // Both operands are inline numbers: nothing to drop.
                            mem::forget(f.stack.pop());
                            mem::forget(f.stack.pop());
                            f.stack.push(r);
                            continue;
                        }
                        let b = f.stack.pop().expect("right operand");
                        let a = f.stack.pop().expect("left operand");
                        let r = match ops::binary_fast(op, &a, &b) {
                            Some(r) => r,
                            None => t!(self.binary_op(op, &a, &b, false)),
                        };
                        f.stack.push(r);
                    }
                    Op::InPlace(op) => {
                        let b = f.stack.pop().expect("right operand");
                        let a = f.stack.pop().expect("left operand");
                        let r = match ops::binary_fast(op, &a, &b) {
                            Some(r) => r,
                            None => t!(self.binary_op(op, &a, &b, true)),
                        };
                        f.stack.push(r);
                    }
                    Op::Compare(op) => {
                        let len = f.stack.len();
                        if let (Value::Int(x), Value::Int(y)) =
                            (&f.stack[len - 2], &f.stack[len - 1])
                        {
                            let r = ops::compare_ints(op, *x, *y);
                            mem::forget(f.stack.pop());
                            mem::forget(f.stack.pop());
                            f.stack.push(Value::Bool(r));
                            continue;
                        }
                        let b = f.stack.pop().expect("right operand");
                        let a = f.stack.pop().expect("left operand");
                        let r = t!(self.compare(op, &a, &b));
                        f.stack.push(r);
                    }
                    Op::IsOp(invert) => {
                        let b = f.stack.pop().expect("right operand");
                        let a = f.stack.pop().expect("left operand");
                        f.stack.push(Value::Bool(a.is(&b) != invert));
                    }
                    Op::ContainsOp(invert) => {
                        let container = f.stack.pop().expect("container");
                        let item = f.stack.pop().expect("item");
                        let r = t!(self.contains(&container, &item));
                        f.stack.push(Value::Bool(r != invert));
                    }
                    Op::Jump(target) => f.ip = target,
                    Op::PopJumpIfFalse(target) => {
                        if let Some(&Value::Bool(b)) = f.stack.last() {
                            mem::forget(f.stack.pop());
                            if !b {
                                f.ip = target;
                            }
                            continue;
                        }
                        let v = f.stack.pop().expect("condition");
                        if !t!(self.is_true(&v)) {
                            f.ip = target;
                        }
                    }
                    Op::PopJumpIfTrue(target) => {
                        let v = f.stack.pop().expect("condition");
                        if t!(self.is_true(&v)) {
                            f.ip = target;
                        }
                    }
                    Op::JumpIfFalseOrPop(target) => {
                        let v = f.stack.last().expect("condition");
                        if !t!(self.is_true(v)) {
                            f.ip = target;
                        } else {
                            f.stack.pop();
                        }
                    }
                    Op::JumpIfTrueOrPop(target) => {
                        let v = f.stack.last().expect("condition");
                        if t!(self.is_true(v)) {
                            f.ip = target;
                        } else {
                            f.stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = f.stack.pop().expect("iterable");
                        let it = t!(self.get_iter(&v));
                        f.stack.push(it);
                    }
                    Op::ForIter(exit) => {
                        let it = f.stack.last().expect("iterator");
                        if let Value::Generator(g) = it {
                            let g = g.clone();
                            match t!(self.take_gen_frame(&g, Value::None)) {
                                Some(frame) => {
                                    f.pending = Pending::ForIter { exit };
                                    self.frames.push(mem::replace(f, frame));
                                    continue 'frame;
                                }
                                None => {
                                    f.stack.pop();
                                    f.ip = exit;
                                }
                            }
                            continue;
                        }
                        if let Value::Iter(i) = it {
                            let step = match &mut *i.state.borrow_mut() {
                                IterState::Range { next, step, left } => Some(if *left > 0 {
                                    let v = *next;
                                    *left -= 1;
                                    *next = next.wrapping_add(*step);
                                    Some(v)
                                } else {
                                    None
                                }),
                                _ => None,
                            };
                            match step {
                                Some(Some(v)) => {
                                    f.stack.push(Value::from_i128(v));
                                    continue;
                                }
                                Some(None) => {
                                    f.stack.pop();
                                    f.ip = exit;
                                    continue;
                                }
                                None => {}
                            }
                        }
                        let it = f.stack.last().expect("iterator");
                        match t!(self.iter_next(it)) {
                            Some(v) => f.stack.push(v),
                            None => {
                                f.stack.pop();
                                f.ip = exit;
                            }
                        }
                    }
                    Op::BuildTuple(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        f.stack.push(Value::tuple(items));
                    }
                    Op::BuildList(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        f.stack.push(Value::list(items));
                    }
                    Op::BuildSet(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        let set = t!(self.new_set(items));
                        f.stack.push(Value::Set(Rc::new(set)));
                    }
                    Op::BuildMap(n) => {
                        let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                        let d = PyDict::new();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            t!(self.dict_set(&d, k, v));
                        }
                        f.stack.push(Value::Dict(Rc::new(d)));
                    }
                    Op::BuildString(n) => {
                        let start = f.stack.len() - n as usize;
                        let parts = &f.stack[start..];
                        let total = parts
                            .iter()
                            .map(|p| match p {
                                Value::Str(p) => p.as_str().len(),
                                _ => 0,
                            })
                            .sum();
                        let mut s = String::with_capacity(total);
                        for part in parts {
                            if let Value::Str(p) = part {
                                s.push_str(p.as_str());
                            }
                        }
                        f.stack.truncate(start);
                        f.stack.push(Value::string(s));
                    }
                    Op::ListAppend(d) => {
                        let v = f.stack.pop().expect("item");
                        if let Value::List(l) = &f.stack[f.stack.len() - d as usize] {
                            l.items.borrow_mut().push(v);
                        }
                    }
                    Op::SetAdd(d) => {
                        let v = f.stack.pop().expect("item");
                        if let Value::Set(s) = &f.stack[f.stack.len() - d as usize] {
                            let s = s.clone();
                            t!(self.set_add(&s, v));
                        }
                    }
                    Op::MapAdd(d) => {
                        let v = f.stack.pop().expect("value");
                        let k = f.stack.pop().expect("key");
                        if let Value::Dict(m) = &f.stack[f.stack.len() - d as usize] {
                            let m = m.clone();
                            t!(self.dict_set(&m, k, v));
                        }
                    }
                    Op::ListExtend(d) => {
                        let it = f.stack.pop().expect("iterable");
                        let items = t!(self.collect(&it));
                        if let Value::List(l) = &f.stack[f.stack.len() - d as usize] {
                            l.items.borrow_mut().extend(items);
                        }
                    }
                    Op::SetUpdate(d) => {
                        let it = f.stack.pop().expect("iterable");
                        if let Value::Set(s) = &f.stack[f.stack.len() - d as usize] {
                            let s = s.clone();
                            t!(crate::methods::set::update_set(self, &s, &it));
                        }
                    }
                    Op::DictUpdate(d) | Op::DictMerge(d) => {
                        let src = f.stack.pop().expect("mapping");
                        let target = f.stack[f.stack.len() - d as usize].clone();
                        let merge = matches!(op, Op::DictMerge(_));
                        let callee = if merge {
                            f.stack
                                .get(f.stack.len().wrapping_sub(d as usize + 2))
                                .cloned()
                        } else {
                            None
                        };
                        t!(self.dict_update(&target, &src, merge, callee.as_ref()));
                    }
                    Op::ListToTuple => {
                        let v = f.stack.pop().expect("list");
                        let items = match &v {
                            Value::List(l) => l.items.borrow().clone(),
                            _ => Vec::new(),
                        };
                        f.stack.push(Value::tuple(items));
                    }
                    Op::UnpackSequence(n) => {
                        let v = f.stack.pop().expect("sequence");
                        if let Value::Tuple(t) = &v {
                            if t.items.len() == n as usize {
                                f.stack.extend(t.items.iter().rev().cloned());
                                continue;
                            }
                        }
                        let items = t!(self.unpack(&v, n as usize, None));
                        f.stack.extend(items.into_iter().rev());
                    }
                    Op::UnpackEx(counts) => {
                        let v = f.stack.pop().expect("sequence");
                        let before = (counts & 0xffff) as usize;
                        let after = (counts >> 16) as usize;
                        let items = t!(self.unpack(&v, before, Some(after)));
                        f.stack.extend(items.into_iter().rev());
                    }
                    Op::FormatValue {
                        conversion,
                        has_spec,
                    } => {
                        let spec = if has_spec { f.stack.pop() } else { None };
                        let v = f.stack.pop().expect("value");
                        let s = t!(self.format_field(&v, conversion, spec.as_ref()));
                        f.stack.push(s);
                    }
                    Op::MakeFunction {
                        defaults,
                        kwdefaults,
                        closure,
                    } => {
                        let code_value = f.stack.pop().expect("code");
                        let Value::Code(fcode) = code_value else {
                            unreachable!("MakeFunction takes a code constant")
                        };
                        let closure = if closure {
                            match f.stack.pop() {
                                Some(Value::Tuple(idx)) => idx
                                    .items
                                    .iter()
                                    .map(|i| match i {
                                        Value::Int(i) => f.cells[*i as usize].clone(),
                                        _ => unreachable!("closure indices are ints"),
                                    })
                                    .collect(),
                                _ => unreachable!("closure tuple"),
                            }
                        } else {
                            Vec::new()
                        };
                        let kwdefaults = if kwdefaults {
                            match f.stack.pop() {
                                Some(Value::Dict(d)) => Some(d),
                                _ => None,
                            }
                        } else {
                            None
                        };
                        let defaults = if defaults {
                            match f.stack.pop() {
                                Some(Value::Tuple(t)) => t.items.to_vec(),
                                _ => Vec::new(),
                            }
                        } else {
                            Vec::new()
                        };
                        let func =
                            make_function(fcode, f.globals.clone(), defaults, kwdefaults, closure);
                        f.stack.push(func);
                    }
                    Op::FunctionAnnotations => {
                        let ann = f.stack.pop().expect("annotations");
                        if let (Some(Value::Function(func)), Value::Dict(d)) = (f.stack.last(), ann)
                        {
                            *func.annotations.borrow_mut() = Some(d);
                        }
                    }
                    Op::SetupAnnotations => {
                        let ns = f.names.as_ref().unwrap_or(&f.globals);
                        if ns.get_str("__annotations__").is_none() {
                            ns.set_str("__annotations__", Value::Dict(Rc::new(PyDict::new())));
                        }
                    }
                    Op::Call(argc) => {
                        let start = f.stack.len() - argc as usize;
                        if let Some(new) = t!(self.call_from_stack(f, start - 1, start, None)) {
                            self.frames.push(mem::replace(f, new));
                            continue 'frame;
                        }
                    }
                    Op::CallMethod(argc) => {
                        let self_pos = f.stack.len() - argc as usize - 1;
                        if argc == 1 {
                            if let Some(new) = self.send_frame(f, self_pos) {
                                let new = t!(new);
                                self.frames.push(mem::replace(f, new));
                                continue 'frame;
                            }
                        }
                        let start = if let Value::Null = f.stack[self_pos] {
                            self_pos + 1
                        } else {
                            self_pos
                        };
                        if let Some(new) = t!(self.call_from_stack(f, self_pos - 1, start, None)) {
                            self.frames.push(mem::replace(f, new));
                            continue 'frame;
                        }
                    }
                    Op::CallKw { argc, names } => {
                        let start = f.stack.len() - argc as usize;
                        let Value::Tuple(kwnames) = &code.consts[names as usize] else {
                            unreachable!("keyword names are a tuple constant")
                        };
                        if let Some(new) =
                            t!(self.call_from_stack(f, start - 1, start, Some(kwnames)))
                        {
                            self.frames.push(mem::replace(f, new));
                            continue 'frame;
                        }
                    }
                    Op::CallEx(has_kw) => {
                        let kwargs = if has_kw { f.stack.pop() } else { None };
                        let args = f.stack.pop().expect("args tuple");
                        let callable = f.stack.pop().expect("callable");
                        let mut values: Vec<Value> = match &args {
                            Value::Tuple(t) => t.items.to_vec(),
                            _ => Vec::new(),
                        };
                        let mut names = Vec::new();
                        if let Some(Value::Dict(d)) = &kwargs {
                            for (k, v) in d.items() {
                                names.push(k);
                                values.push(v);
                            }
                        }
                        let kwnames = PyTuple {
                            items: names.into_boxed_slice(),
                        };
                        let args = Args {
                            values: &values,
                            kwnames: Some(&kwnames),
                        };
                        if let Value::Function(func) = &callable {
                            if !func.code.is_generator_like() {
                                let frame = t!(self.function_frame(func, args));
                                f.pending = Pending::Call;
                                return Control::PushFrame(frame);
                            }
                        }
                        let r = t!(self.call(&callable, args));
                        f.stack.push(r);
                    }
                    Op::ReturnValue => {
                        let v = f.stack.pop().expect("return value");
                        if self.frames.len() == base {
                            return Control::Return(v);
                        }
                        if let Some(e) = self.return_to_caller(f, v) {
                            return Control::Error(e);
                        }
                        continue 'frame;
                    }
                    Op::YieldValue => {
                        let v = f.stack.pop().expect("yielded value");
                        if self.frames.len() == base {
                            return Control::Yield(v);
                        }
                        self.yield_to_caller(f, v);
                        continue 'frame;
                    }
                    Op::GetYieldFromIter => {
                        let v = f.stack.pop().expect("iterable");
                        let it = match &v {
                            Value::Generator(g) if g.kind == CodeKind::Generator => v,
                            Value::Generator(g)
                                if g.kind == CodeKind::Coroutine
                                    && f.code.iterable_coroutine.get() =>
                            {
                                v
                            }
                            Value::Generator(g) if g.kind == CodeKind::Coroutine => {
                                t!(Err(PyErr::type_error(
                                    "cannot 'yield from' a coroutine object in a non-coroutine generator"
                                )))
                            }
                            other => t!(self.get_iter(other)),
                        };
                        f.stack.push(it);
                    }
                    Op::GetAwaitable => {
                        let v = f.stack.pop().expect("awaitable");
                        let it = t!(self.get_awaitable(v));
                        f.stack.push(it);
                    }
                    Op::BeforeAsyncWith => {
                        let ctx = f.stack.pop().expect("context manager");
                        let (exit, entered) = t!(self.before_async_with(&ctx));
                        f.stack.push(exit);
                        f.stack.push(entered);
                    }
                    Op::GetAIter => {
                        let obj = f.stack.pop().expect("async iterable");
                        let it = t!(self.get_aiter(&obj));
                        f.stack.push(it);
                    }
                    Op::GetANext => {
                        let it = f.stack.last().expect("async iterator").clone();
                        let aw = t!(self.get_anext(&it));
                        f.stack.push(aw);
                    }
                    Op::EndAsyncFor => {
                        let exc = f.stack.pop().expect("exception");
                        f.stack.pop();
                        if let Value::Exception(e) = exc {
                            if !e.is(ExcKind::StopAsyncIteration) {
                                return Control::Reraise(PyErr { exc: e });
                            }
                        }
                    }
                    Op::AsyncGenWrap => {
                        let v = f.stack.pop().expect("yielded value");
                        f.stack
                            .push(Value::Native(Rc::new(super::coroutine::Wrapped(v))));
                    }
                    Op::Send(done) => {
                        let value = f.stack.pop().expect("value to send");
                        let sub = f.stack.last().expect("sub-iterator").clone();
                        if let Value::Generator(g) = &sub {
                            match t!(self.take_gen_frame(g, value)) {
                                Some(frame) => {
                                    f.pending = Pending::Send { done };
                                    self.frames.push(mem::replace(f, frame));
                                    continue 'frame;
                                }
                                None => {
                                    f.stack.pop();
                                    f.stack.push(Value::None);
                                    f.ip = done;
                                }
                            }
                            continue;
                        }
                        if let Value::Native(n) = &sub {
                            if let Some(step) = crate::stdlib::asyncio::native_send(self, n) {
                                match t!(step) {
                                    GenStep::Yield(v) => f.stack.push(v),
                                    GenStep::Return(v) => {
                                        f.stack.pop();
                                        f.stack.push(v);
                                        f.ip = done;
                                    }
                                }
                                continue;
                            }
                        }
                        let step = if value.is_none() {
                            t!(self.iter_next(&sub)).ok_or(Value::None)
                        } else {
                            t!(self.send_to_iter(&sub, value))
                        };
                        match step {
                            Ok(v) => f.stack.push(v),
                            Err(result) => {
                                f.stack.pop();
                                f.stack.push(result);
                                f.ip = done;
                            }
                        }
                    }
                    Op::Raise(n) => {
                        return match n {
                            0 => match &self.handled_exc {
                                Value::Exception(e) => Control::Reraise(PyErr { exc: e.clone() }),
                                _ => Control::Error(PyErr::new(
                                    ExcKind::RuntimeError,
                                    "No active exception to reraise",
                                )),
                            },
                            _ => {
                                let cause = if n == 2 { f.stack.pop() } else { None };
                                let exc = f.stack.pop().expect("exception");
                                match self.make_raise(exc, cause) {
                                    Ok(e) | Err(e) => Control::Error(e),
                                }
                            }
                        };
                    }
                    Op::Reraise => {
                        let exc = f.stack.pop().expect("exception");
                        return match exc {
                            Value::Exception(e) => Control::Reraise(PyErr { exc: e }),
                            _ => Control::Error(PyErr::new(ExcKind::SystemError, "bad reraise")),
                        };
                    }
                    Op::PushExcInfo => {
                        let exc = f.stack.pop().expect("exception");
                        let prev = mem::replace(&mut self.handled_exc, exc.clone());
                        f.stack.push(prev);
                        f.stack.push(exc);
                    }
                    Op::PopExcept => {
                        let prev = f.stack.pop().expect("saved exception");
                        self.handled_exc = prev;
                    }
                    Op::CheckExcMatch => {
                        let typ = f.stack.pop().expect("exception type");
                        let exc = f.stack.last().expect("exception");
                        let r = t!(ops::exception_matches(exc, &typ));
                        f.stack.push(Value::Bool(r));
                    }
                    Op::CheckEgMatch => {
                        let typ = f.stack.pop().expect("exception type");
                        let exc = f.stack.pop().expect("exception");
                        let (rest, matched) =
                            t!(super::exception_group::except_star_match(self, &exc, &typ));
                        if matched.is_none() {
                            f.stack.push(exc);
                        } else {
                            self.handled_exc = matched.clone();
                            f.stack.push(rest);
                        }
                        f.stack.push(matched);
                    }
                    Op::PrepReraiseStar => {
                        let raised = f.stack.pop().expect("raised list");
                        let orig = f.stack.pop().expect("exception");
                        let items = match &raised {
                            Value::List(l) => l.items.borrow().clone(),
                            _ => Vec::new(),
                        };
                        let r = t!(super::exception_group::prep_reraise_star(
                            self, &orig, &items
                        ));
                        f.stack.push(r);
                    }
                    Op::BeforeWith => {
                        let ctx = f.stack.pop().expect("context manager");
                        let (exit, entered) = t!(self.enter_context(&ctx));
                        f.stack.push(exit);
                        f.stack.push(entered);
                    }
                    Op::WithExceptStart => {
                        let exc = f.stack.last().expect("exception").clone();
                        let exit = f.stack[f.stack.len() - 3].clone();
                        let typ = Value::Class(crate::objects::class::class_of(&exc));
                        let r = t!(self.call_positional(&exit, &[typ, exc, Value::None]));
                        f.stack.push(r);
                    }
                    Op::ImportName(i) => {
                        let fromlist = f.stack.pop().unwrap_or(Value::None);
                        let level = match f.stack.pop() {
                            Some(Value::Int(n)) => n,
                            _ => 0,
                        };
                        let name = code.names[i as usize].as_str();
                        let globals = f.globals.clone();
                        let m = t!(self.import_name(name, &fromlist, level, &globals));
                        f.stack.push(m);
                    }
                    Op::ImportFrom(i) => {
                        let module = f.stack.last().expect("module").clone();
                        let v = t!(self.import_from(&module, &code.names[i as usize]));
                        f.stack.push(v);
                    }
                    Op::ImportStar => {
                        let module = f.stack.pop().expect("module");
                        if let Value::Module(m) = module {
                            let ns = f.names.clone().unwrap_or_else(|| f.globals.clone());
                            for (k, v) in t!(super::import::star_names(self, &m)) {
                                t!(ns.set(k, v));
                            }
                        }
                    }
                    Op::LoadAssertionError => {
                        let class = crate::objects::class::types()
                            .exception(ExcKind::AssertionError)
                            .clone();
                        f.stack.push(Value::Class(class));
                    }
                }
            }
        }
    }

    /// The global (or builtin) named `code.names[i]`, through the
    /// instruction's cache of where the name was found.
    #[inline]
    fn cached_global(&self, code: &Code, i: u32, globals: &PyDict) -> PyResult<Value> {
        let (gv, bv) = (globals.version(), self.builtins.version());
        let c = code.global_cache.borrow()[i as usize];
        if c.globals_version == gv && c.builtins_version == bv {
            let found = if c.in_globals {
                globals.value_at(c.index)
            } else {
                self.builtins.value_at(c.index)
            };
            if let Some(v) = found {
                return Ok(v);
            }
        }
        let name = &code.names[i as usize];
        let (in_globals, index) = match globals.index_of_name(name) {
            Some(idx) => (true, idx),
            None => match self.builtins.index_of_name(name) {
                Some(idx) => (false, idx),
                None => return Err(name_error(name.as_str())),
            },
        };
        code.global_cache.borrow_mut()[i as usize] = GlobalCache {
            globals_version: gv,
            builtins_version: bv,
            in_globals,
            index,
        };
        let dict = if in_globals { globals } else { &*self.builtins };
        Ok(dict.value_at(index).expect("index just found"))
    }

    /// The built-in method named `code.names[i]` from `table`, through the
    /// instruction's cache (a method object is made once per type and name).
    fn cached_method(&mut self, code: &Code, i: u32, table: MethodTable) -> Option<Value> {
        let key = table.as_ptr() as usize;
        if let Some((k, v)) = &code.method_cache.borrow()[i as usize] {
            if *k == key {
                return Some(v.clone());
            }
        }
        let name = code.names[i as usize].as_str();
        let (name, func) = table.iter().find(|(n, _)| *n == name).copied()?;
        let method = Value::Builtin(Rc::new(crate::objects::PyBuiltin {
            name,
            func,
            bound: None,
            as_python_function: false,
            reads_frame: false,
        }));
        code.method_cache.borrow_mut()[i as usize] = Some((key, method.clone()));
        Some(method)
    }

    /// Calls the callable at `f.stack[callable_pos]` with the arguments from
    /// `start` on. A Python function is not run here: its new frame is
    /// returned for the loop to switch to. Otherwise the result is pushed.
    fn call_from_stack(
        &mut self,
        f: &mut Frame,
        callable_pos: usize,
        start: usize,
        kwnames: Option<&PyTuple>,
    ) -> PyResult<Option<Box<Frame>>> {
        if let Value::Function(func) = &f.stack[callable_pos] {
            if kwnames.is_none() && func.code.takes_exactly(f.stack.len() - start) {
                // The common case: move the arguments into the new frame's locals.
                let func = func.clone();
                let mut frame = self.plain_frame(&func)?;
                move_args(&mut f.stack, start, &mut frame.locals);
                f.stack.truncate(callable_pos);
                self.finish_frame(&func, &mut frame);
                f.pending = Pending::Call;
                return Ok(Some(frame));
            }
        }
        if let Value::Method(m) = &f.stack[callable_pos] {
            if let Value::Function(func) = &m.func {
                if !func.code.is_generator_like() {
                    // A bound method: its function, with the object first.
                    let (func, this) = (func.clone(), m.this.clone());
                    let frame = self.frame_with_self(f, &func, this, start, kwnames)?;
                    f.stack.truncate(callable_pos);
                    f.pending = Pending::Call;
                    return Ok(Some(frame));
                }
            }
        }
        if let Value::Class(class) = &f.stack[callable_pos] {
            if let Some(init) = super::class::simple_init(class) {
                let class = class.clone();
                return self.init_frame(f, &class, init, callable_pos, start, kwnames);
            }
        }
        let args = Args {
            values: &f.stack[start..],
            kwnames,
        };
        if let Value::Function(func) = &f.stack[callable_pos] {
            if !func.code.is_generator_like() {
                let frame = self.function_frame(func, args)?;
                f.stack.truncate(callable_pos);
                f.pending = Pending::Call;
                return Ok(Some(frame));
            }
        }
        let callable = f.stack[callable_pos].clone();
        if self.threadlet_depth.is_some() {
            if let Some(parked) = self.park_in_sleep(&callable, &args) {
                f.stack.truncate(callable_pos);
                return Err(parked);
            }
        }
        let r = match &callable {
            Value::Builtin(b) if b.reads_frame => {
                let outer = self.caller.replace(super::CallerFrame::of(f));
                let r = self.call(&callable, args);
                self.caller = outer;
                r
            }
            _ => self.call(&callable, args),
        };
        f.stack.truncate(callable_pos);
        f.stack.push(r?);
        Ok(None)
    }

    /// `obj.names[i]` through the attribute cache when `obj` is an
    /// instance: `(function, Some(obj))` for a method still to bind,
    /// `(value, None)` for anything else; `None` leaves it to the general path.
    #[inline]
    fn cached_instance_attr(
        &mut self,
        code: &Code,
        i: u32,
        obj: &Value,
    ) -> PyResult<Option<(Value, Option<Value>)>> {
        let Value::Instance(inst) = obj else {
            return Ok(None);
        };
        let key = &code.names[i as usize];
        let cache = attr_cache::entry(
            &mut code.attr_cache.borrow_mut()[i as usize],
            &inst.class,
            key,
        );
        Ok(match attr_cache::load(cache, inst, key) {
            Load::Value(v) => Some((v, None)),
            Load::Method(func) => Some((func, Some(obj.clone()))),
            Load::Getter(fget) => Some((
                self.call_positional(&fget, std::slice::from_ref(obj))?,
                None,
            )),
            Load::Slow => None,
        })
    }

    /// The frame of a (non-generator) function called with `this` first
    /// and the arguments on `f`'s stack from `start` on, which it takes.
    #[inline]
    fn frame_with_self(
        &mut self,
        f: &mut Frame,
        func: &Rc<PyFunction>,
        this: Value,
        start: usize,
        kwnames: Option<&PyTuple>,
    ) -> PyResult<Box<Frame>> {
        let nargs = f.stack.len() - start + 1;
        if kwnames.is_none() && func.code.takes_exactly(nargs) {
            let mut frame = self.plain_frame(func)?;
            frame.locals.push(this);
            move_args(&mut f.stack, start, &mut frame.locals);
            self.finish_frame(func, &mut frame);
            return Ok(frame);
        }
        let mut values = Vec::with_capacity(nargs);
        values.push(this);
        values.extend_from_slice(&f.stack[start..]);
        let args = Args {
            values: &values,
            kwnames,
        };
        self.function_frame(func, args)
    }

    /// Calls a class whose call is [`simple_init`](super::class::simple_init):
    /// makes the instance and returns the frame of its `__init__` for the
    /// loop to run, with the instance waiting on `f`'s stack.
    fn init_frame(
        &mut self,
        f: &mut Frame,
        class: &Rc<crate::objects::PyClass>,
        init: Value,
        callable_pos: usize,
        start: usize,
        kwnames: Option<&PyTuple>,
    ) -> PyResult<Option<Box<Frame>>> {
        let obj = Value::Instance(crate::objects::PyInstance::new(class.clone()));
        let Value::Function(init) = init else {
            if f.stack.len() > start {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments",
                    class.name
                )));
            }
            f.stack.truncate(callable_pos);
            f.stack.push(obj);
            return Ok(None);
        };
        if init.code.is_generator_like() {
            // An `__init__` that is a generator returns one: not None.
            let mut values = vec![obj];
            values.extend_from_slice(&f.stack[start..]);
            let args = Args {
                values: &values,
                kwnames,
            };
            let r = self.call(&Value::Function(init), args)?;
            return Err(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                ops::type_name(&r)
            )));
        }
        let frame = self.frame_with_self(f, &init, obj.clone(), start, kwnames)?;
        f.stack.truncate(callable_pos);
        f.stack.push(obj);
        f.pending = Pending::Init;
        Ok(Some(frame))
    }

    /// `gen.send(v)` / `coro.send(v)` called as a method from Python code:
    /// takes the generator's frame to run in this loop (as `for` does),
    /// instead of resuming it through a nested Rust-level `execute`.
    /// `None` when the call at `self_pos` is not such a send.
    fn send_frame(&mut self, f: &mut Frame, self_pos: usize) -> Option<PyResult<Box<Frame>>> {
        let Value::Builtin(b) = &f.stack[self_pos - 1] else {
            return None;
        };
        if b.name != "send" || b.bound.is_some() {
            return None;
        }
        let Value::Generator(g) = &f.stack[self_pos] else {
            return None;
        };
        let resumable = matches!(g.kind, CodeKind::Generator | CodeKind::Coroutine)
            && matches!(g.state.get(), GenState::Created | GenState::Suspended);
        if !resumable {
            return None;
        }
        let g = g.clone();
        let value = f.stack.pop().expect("sent value");
        f.stack.truncate(self_pos - 1);
        Some(match self.take_gen_frame(&g, value) {
            Ok(Some(frame)) => {
                f.pending = Pending::SendCall;
                Ok(frame)
            }
            Ok(None) => Err(PyErr::stop_iteration(Value::None)),
            Err(e) => Err(e),
        })
    }

    /// Takes a generator's frame to resume it with `value` (None when it is
    /// exhausted); fails when it is already running.
    pub fn take_gen_frame(
        &mut self,
        g: &Rc<PyGenerator>,
        value: Value,
    ) -> PyResult<Option<Box<Frame>>> {
        match g.state.get() {
            GenState::Running => Err(super::generator::already_executing(g)),
            GenState::Closed => Ok(None),
            state => {
                if self.depth() >= self.recursion_limit {
                    return Err(PyErr::new(
                        ExcKind::RecursionError,
                        "maximum recursion depth exceeded",
                    ));
                }
                let mut frame = g
                    .frame
                    .borrow_mut()
                    .take()
                    .expect("suspended generator has a frame");
                if state == GenState::Suspended {
                    frame.stack.push(value);
                } else if !value.is_none() {
                    *g.frame.borrow_mut() = Some(frame);
                    return Err(PyErr::type_error(format!(
                        "can't send non-None value to a just-started {}",
                        g.type_word()
                    )));
                }
                self.gen_enter(g, &mut frame);
                Ok(Some(frame))
            }
        }
    }

    /// Resumes a generator from Rust: `Ok(Some(v))` when it yields `v`,
    /// `Ok(None)` when it returns (the value is in `StopIteration` terms dropped).
    pub fn resume_generator(
        &mut self,
        g: &Rc<PyGenerator>,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenStep> {
        let frame = match throw {
            Some(err) => return self.gen_throw(g, err),
            None => match self.take_gen_frame(g, value)? {
                Some(frame) => frame,
                None => return Ok(GenStep::Return(Value::None)),
            },
        };
        let (frame, exit) = self.execute(frame, None);
        self.after_resume(g, frame, exit)
    }

    pub(crate) fn after_resume(
        &mut self,
        g: &Rc<PyGenerator>,
        mut frame: Box<Frame>,
        exit: FrameExit,
    ) -> PyResult<GenStep> {
        match exit {
            FrameExit::Yield(v) => {
                frame.generator = None;
                self.gen_suspend(g, &mut frame);
                *g.frame.borrow_mut() = Some(frame);
                Ok(GenStep::Yield(v))
            }
            FrameExit::Return(v) => {
                g.state.set(GenState::Closed);
                if frame.generator.take().is_some() {
                    self.gen_finish(&mut frame);
                }
                self.recycle_frame(frame);
                Ok(GenStep::Return(v))
            }
            FrameExit::Error(e) => {
                g.state.set(GenState::Closed);
                self.recycle_frame(frame);
                Err(e)
            }
        }
    }

    /// Builds the exception for `raise exc [from cause]`.
    fn make_raise(&mut self, exc: Value, cause: Option<Value>) -> Result<PyErr, PyErr> {
        let exc = self.exception_instance(exc, "exceptions must derive from BaseException")?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                c => Some(
                    self.exception_instance(c, "exception causes must derive from BaseException")?
                        .exc,
                ),
            };
            *exc.exc.cause.borrow_mut() = cause;
            exc.exc.suppress_context.set(true);
        }
        Ok(exc)
    }

    /// An exception instance from a class (instantiated with no args) or an instance.
    fn exception_instance(&mut self, v: Value, msg: &str) -> PyResult<PyErr> {
        match v {
            Value::Exception(e) => Ok(PyErr { exc: e }),
            Value::Class(c)
                if crate::objects::exception::is_exception_class(&Value::Class(c.clone())) =>
            {
                match self.call_positional(&Value::Class(c), &[])? {
                    Value::Exception(e) => Ok(PyErr { exc: e }),
                    _ => Err(PyErr::type_error(msg)),
                }
            }
            _ => Err(PyErr::type_error(msg)),
        }
    }
}

/// The result of resuming a generator from Rust.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

/// A new function object.
fn make_function(
    code: Rc<Code>,
    globals: Rc<PyDict>,
    defaults: Vec<Value>,
    kwdefaults: Option<Rc<PyDict>>,
    closure: Vec<Rc<crate::objects::PyCell>>,
) -> Value {
    let doc = match code.consts.first() {
        Some(Value::Str(doc)) => Value::Str(doc.clone()),
        _ => Value::None,
    };
    let module = globals.get_str("__name__").unwrap_or(Value::None);
    Value::Function(Rc::new(PyFunction {
        name: std::cell::RefCell::new(code.name.clone()),
        qualname: std::cell::RefCell::new(code.qualname.clone()),
        code,
        globals,
        defaults,
        kwdefaults,
        closure,
        doc: std::cell::RefCell::new(doc),
        module: std::cell::RefCell::new(module),
        dict: Rc::new(PyDict::new()),
        annotations: std::cell::RefCell::new(None),
    }))
}

/// PEP 479: a `StopIteration` escaping a generator becomes a `RuntimeError`.
fn stop_iteration_to_runtime_error(err: PyErr, what: &str) -> PyErr {
    if !err.is(ExcKind::StopIteration) {
        return err;
    }
    let new = PyErr::new(
        ExcKind::RuntimeError,
        format!("{what} raised StopIteration"),
    );
    *new.exc.cause.borrow_mut() = Some(err.exc.clone());
    *new.exc.context.borrow_mut() = Some(err.exc.clone());
    new.exc.suppress_context.set(true);
    new
}

fn unbound_local(name: &PyStr) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name.as_str()
        ),
    )
}

fn unbound_deref(code: &Code, i: u32) -> PyErr {
    let i = i as usize;
    match code.cellvars.get(i) {
        Some(name) => unbound_local(name),
        None => {
            let name = &code.freevars[i - code.cellvars.len()];
            PyErr::new(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    name.as_str()
                ),
            )
        }
    }
}

/// `NameError: name 'x' is not defined`, with the name attached for suggestions.
pub fn name_error(name: &str) -> PyErr {
    let e = PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"));
    e.exc.dict.set_str("name", Value::str(name));
    e
}

/// A copy of `v`: inline values are copied without the out-of-line clone.
#[inline(always)]
fn copy_value(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::Float(x) => Value::Float(*x),
        Value::Bool(b) => Value::Bool(*b),
        Value::None => Value::None,
        other => other.clone(),
    }
}

/// Moves `stack[start..]` onto the end of `locals`, keeping their order.
#[inline]
fn move_args(stack: &mut Vec<Value>, start: usize, locals: &mut Vec<Value>) {
    match stack.len() - start {
        0 => {}
        1 => locals.push(stack.pop().expect("one argument")),
        2 => {
            let b = stack.pop().expect("two arguments");
            let a = stack.pop().expect("two arguments");
            locals.push(a);
            locals.push(b);
        }
        _ => locals.extend(stack.drain(start..)),
    }
}

/// Hands a finished callee's return value to the frame that was waiting on it.
#[inline]
fn deliver_return(f: &mut Frame, v: Value) -> Option<PyErr> {
    match f.pending {
        Pending::Call => f.stack.push(v),
        Pending::SendCall => return Some(PyErr::stop_iteration(v)),
        Pending::Init if v.is_none() => {}
        Pending::Init => {
            return Some(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                ops::type_name(&v)
            )))
        }
        Pending::ForIter { exit } => {
            f.stack.pop();
            f.ip = exit;
        }
        Pending::Send { done } => {
            f.stack.pop();
            f.stack.push(v);
            f.ip = done;
        }
    }
    None
}
