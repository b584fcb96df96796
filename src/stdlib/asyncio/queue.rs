//! Native fast paths for `asyncio.Queue`'s hot operations: lib.py's
//! `Queue.put`, `Queue.get` and `Queue.task_done` try them first. They act
//! only on a plain `Queue` whose internals are still what `__init__` made
//! (the deque's item list, int counters, an `Event`), reading and writing
//! the instance dicts directly, which spares the attribute lookups and
//! method calls of the Python code; everything else (subclasses with their
//! own hooks, a full or empty queue, unusual attribute values) is declined
//! before anything changes, and the Python code, CPython's, runs instead.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{Args, PyClass, PyErr, PyInstance, PyList, PyResult, PyStr, Value};
use crate::vm::Vm;

use super::future::{as_future, set_result};

/// The Python classes the fast paths recognise, registered by lib.py.
struct QueueTypes {
    queue: Rc<PyClass>,
    deque: Rc<PyClass>,
    event: Rc<PyClass>,
    /// What `_queue_get` returns when it declines (no item can be it).
    declined: Value,
    names: Names,
}

/// The attribute names the fast paths read and write, made once (their
/// hashes cached) so the dict operations hash and allocate nothing.
struct Names {
    queue: Rc<PyStr>,
    getters: Rc<PyStr>,
    putters: Rc<PyStr>,
    maxsize: Rc<PyStr>,
    unfinished: Rc<PyStr>,
    finished: Rc<PyStr>,
    /// The deque's item list (`collections.deque._list`) ...
    list: Rc<PyStr>,
    /// ... and where its items start in it (`_head`).
    head: Rc<PyStr>,
    value: Rc<PyStr>,
}

fn name(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::new(s))
}

thread_local! {
    static TYPES: RefCell<Option<Rc<QueueTypes>>> = const { RefCell::new(None) };
}

fn types() -> Option<Rc<QueueTypes>> {
    TYPES.with(|t| t.borrow().clone())
}

fn class_arg(v: &Value) -> PyResult<Rc<PyClass>> {
    match v {
        Value::Class(c) => Ok(c.clone()),
        _ => Err(PyErr::type_error("a class was expected")),
    }
}

/// `_queue_setup(Queue, deque, Event, declined)`: registers the classes.
pub fn queue_setup(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_queue_setup", 4, 4)?;
    let t = QueueTypes {
        queue: class_arg(&a[0])?,
        deque: class_arg(&a[1])?,
        event: class_arg(&a[2])?,
        declined: a[3].clone(),
        names: Names {
            queue: name("_queue"),
            getters: name("_getters"),
            putters: name("_putters"),
            maxsize: name("_maxsize"),
            unfinished: name("_unfinished_tasks"),
            finished: name("_finished"),
            list: name("_list"),
            head: name("_head"),
            value: name("_value"),
        },
    };
    TYPES.with(|c| *c.borrow_mut() = Some(Rc::new(t)));
    Ok(Value::None)
}

/// `v` when it is an instance of exactly `class`.
fn instance_of<'a>(v: &'a Value, class: &Rc<PyClass>) -> Option<&'a Rc<PyInstance>> {
    match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, class) => Some(i),
        _ => None,
    }
}

/// The item list behind a deque stored as `q.<name>`, compacted so that it
/// holds exactly the deque's items (as the deque's `_items` does).
fn deque_items(q: &PyInstance, name: &PyStr, t: &QueueTypes) -> Option<Rc<PyList>> {
    let d = q.dict.get_name(name)?;
    let deque = instance_of(&d, &t.deque)?;
    let Value::List(list) = deque.dict.get_name(&t.names.list)? else {
        return None;
    };
    let head = int_attr(deque, &t.names.head)?;
    if head > 0 {
        let mut items = list.items.borrow_mut();
        let head = (head as usize).min(items.len());
        items.drain(..head);
        deque.dict.set_name(&t.names.head, Value::Int(0));
    }
    Some(list)
}

/// An int attribute of `q`.
fn int_attr(q: &PyInstance, name: &PyStr) -> Option<i64> {
    match q.dict.get_name(name)? {
        Value::Int(n) => Some(n),
        _ => None,
    }
}

/// Where `Queue._wakeup_next` stops in `waiters`: the index of the first
/// pending future (the length when none is); None when a waiter is not a
/// native future, which the Python code handles.
fn wake_plan(waiters: &PyList) -> Option<usize> {
    let items = waiters.items.borrow();
    for (i, w) in items.iter().enumerate() {
        if !as_future(w)?.done() {
            return Some(i);
        }
    }
    Some(items.len())
}

/// `Queue._wakeup_next(waiters)` as planned by [`wake_plan`]: drops the
/// done waiters before the first pending one and wakes that one.
fn wake(waiters: &PyList, upto: usize) -> PyResult<()> {
    let taken: Vec<Value> = {
        let mut items = waiters.items.borrow_mut();
        let n = (upto + 1).min(items.len());
        items.drain(..n).collect()
    };
    match taken.get(upto) {
        Some(w) => set_result(w, Value::None),
        None => Ok(()),
    }
}

/// `_queue_put(queue, item)`: True when it put the item (as `put_nowait`
/// does), False when it declined (a full queue included).
pub fn queue_put(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_queue_put", 2, 2)?;
    let Some(t) = types() else {
        return Ok(Value::Bool(false));
    };
    let Some(q) = instance_of(&a[0], &t.queue) else {
        return Ok(Value::Bool(false));
    };
    let (Some(items), Some(getters)) = (
        deque_items(q, &t.names.queue, &t),
        deque_items(q, &t.names.getters, &t),
    ) else {
        return Ok(Value::Bool(false));
    };
    let (Some(maxsize), Some(unfinished)) = (
        int_attr(q, &t.names.maxsize),
        int_attr(q, &t.names.unfinished),
    ) else {
        return Ok(Value::Bool(false));
    };
    let Some(finished) = q.dict.get_name(&t.names.finished) else {
        return Ok(Value::Bool(false));
    };
    let (Some(finished), Some(upto), Some(next)) = (
        instance_of(&finished, &t.event),
        wake_plan(&getters),
        unfinished.checked_add(1),
    ) else {
        return Ok(Value::Bool(false));
    };
    let len = items.items.borrow().len();
    if maxsize > 0 && i64::try_from(len).map_or(true, |n| n >= maxsize) {
        return Ok(Value::Bool(false));
    }
    items.items.borrow_mut().push(a[1].clone());
    q.dict.set_name(&t.names.unfinished, Value::Int(next));
    // Event.clear(), skipped when the event is clear already.
    if !matches!(
        finished.dict.get_name(&t.names.value),
        Some(Value::Bool(false))
    ) {
        finished.dict.set_name(&t.names.value, Value::Bool(false));
    }
    wake(&getters, upto)?;
    Ok(Value::Bool(true))
}

/// `_queue_get(queue)`: the next item (as `get_nowait` takes it), or the
/// registered `declined` marker (an empty queue included).
pub fn queue_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_queue_get", 1, 1)?;
    let t = types().ok_or_else(|| PyErr::type_error("_queue_setup was not called"))?;
    let Some(q) = instance_of(&a[0], &t.queue) else {
        return Ok(t.declined.clone());
    };
    let (Some(items), Some(putters)) = (
        deque_items(q, &t.names.queue, &t),
        deque_items(q, &t.names.putters, &t),
    ) else {
        return Ok(t.declined.clone());
    };
    let Some(upto) = wake_plan(&putters) else {
        return Ok(t.declined.clone());
    };
    let item = {
        let mut v = items.items.borrow_mut();
        if v.is_empty() {
            return Ok(t.declined.clone());
        }
        v.remove(0)
    };
    wake(&putters, upto)?;
    Ok(item)
}

/// `_queue_task_done(queue)`: True when it counted one task done (more
/// tasks stay unfinished); False when it declined (the last task, or the
/// error case).
pub fn queue_task_done(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_queue_task_done", 1, 1)?;
    let Some(t) = types() else {
        return Ok(Value::Bool(false));
    };
    let Some(q) = instance_of(&a[0], &t.queue) else {
        return Ok(Value::Bool(false));
    };
    match int_attr(q, &t.names.unfinished) {
        Some(n) if n > 1 => {
            q.dict.set_name(&t.names.unfinished, Value::Int(n - 1));
            Ok(Value::Bool(true))
        }
        _ => Ok(Value::Bool(false)),
    }
}
