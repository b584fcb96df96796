//! The virtual machine: runs code objects on heap frames without recursing
//! on the Rust stack for Python-to-Python calls or generator resumption.

pub mod attr;
pub mod attr_cache;
pub mod builtin_subclass;
pub mod call;
pub mod class;
pub mod coroutine;
pub mod dunder;
pub mod eval;
pub mod excepthook;
pub mod exception_group;
pub mod frame;
pub mod generator;
pub mod import;
pub mod interrupt;
pub mod iterate;
pub mod keys;
pub mod ops;
pub mod repr;
pub mod syntax_error;
pub mod threadlet;
pub mod traceback;
pub mod traceback_object;

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::bytecode::{Code, Source};
use crate::objects::{ExcKind, PyDict, PyErr, PyModule, PyResult, PyStr, Value};

use frame::Frame;

/// The default recursion limit, as `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// How a run of the interpreter ended, for the process exit code.
pub enum RunOutcome {
    /// Finished, or `sys.exit()` with this status.
    Exit(i32),
}

/// How one statement typed at the interactive prompt ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Interactive {
    /// Ran without an uncaught exception; the session goes on.
    Continue,
    /// Failed with this report (a traceback or syntax error, as CPython
    /// prints it, for the caller to show); the session goes on.
    Error(String),
    /// `SystemExit` was raised: the session ends with this status.
    Exit(i32),
}

/// What a `reads_frame` built-in (`locals()`, `warnings.warn`) sees of the
/// Python frame that called it.
pub struct CallerFrame {
    pub globals: Rc<PyDict>,
    /// The namespace of a module or class body, or a snapshot of a
    /// function's variables.
    pub locals: Value,
    pub code: Rc<Code>,
    /// The line of the call.
    pub line: u32,
}

impl CallerFrame {
    /// What a `reads_frame` built-in sees of `f`.
    pub fn of(f: &Frame) -> CallerFrame {
        let locals = match &f.names {
            Some(names) => Value::Dict(names.clone()),
            None => Value::Dict(Rc::new(f.locals_dict())),
        };
        CallerFrame {
            globals: f.globals.clone(),
            locals,
            code: f.code.clone(),
            line: f.line(),
        }
    }
}

/// Where a frame is: its code, current line and globals (for warnings).
pub struct FrameSite {
    pub code: Rc<Code>,
    pub line: u32,
    pub globals: Rc<PyDict>,
}

/// The interpreter state: frames, modules, builtins and standard streams.
pub struct Vm {
    /// Suspended callers of the frame being run (innermost last). Boxed so a
    /// frame moves between this stack and its generator by pointer.
    #[allow(clippy::vec_box)]
    pub frames: Vec<Box<Frame>>,
    #[allow(clippy::vec_box)]
    free_frames: Vec<Box<Frame>>,
    pub builtins: Rc<PyDict>,
    /// Imported modules by name (`sys.modules`).
    pub modules: HashMap<String, Value>,
    /// The exception being handled (`sys.exc_info()`), or `None`.
    pub handled_exc: Value,
    pub recursion_limit: usize,
    /// Rust-level nesting of the eval loop (builtins calling back into Python).
    pub native_depth: usize,
    pub argv: Vec<String>,
    /// The `-W` options (`sys.warnoptions`), applied when `warnings` loads.
    pub warnoptions: Vec<String>,
    /// Containers whose repr is being computed (to print `[...]` for cycles).
    pub repr_stack: Vec<usize>,
    /// The frame calling a built-in that reads it (`PyBuiltin::reads_frame`),
    /// set for the length of the call: the running frame is not on `frames`.
    pub caller: Option<CallerFrame>,
    /// The main task of the running `asyncio.run`, which the first Ctrl-C
    /// cancels (instead of raising `KeyboardInterrupt`), and how many
    /// Ctrl-Cs it got.
    pub sigint_task: Option<(Value, u32)>,
    /// The eval-loop depth at which a threadlet's frames run (see
    /// [`threadlet`]), while one runs.
    pub threadlet_depth: Option<usize>,
    /// The seconds a threadlet asked to sleep, while it unwinds to park.
    pub threadlet_sleep: Option<f64>,
    stdout: std::io::BufWriter<std::io::Stdout>,
}

impl Vm {
    /// A fresh interpreter with `sys.argv` set to `argv`.
    pub fn new(argv: Vec<String>) -> Vm {
        let mut vm = Vm {
            frames: Vec::new(),
            free_frames: Vec::new(),
            builtins: Rc::new(PyDict::new()),
            modules: HashMap::new(),
            handled_exc: Value::None,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            argv,
            warnoptions: Vec::new(),
            repr_stack: Vec::new(),
            caller: None,
            sigint_task: None,
            threadlet_depth: None,
            threadlet_sleep: None,
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
        };
        crate::stdlib::builtins::install(&mut vm);
        vm
    }

    /// Writes text to standard output (buffered; flushed before stderr writes and at exit).
    pub fn write_stdout(&mut self, s: &str) {
        let _ = self.stdout.write_all(s.as_bytes());
    }

    /// Writes text to standard error, after flushing standard output.
    pub fn write_stderr(&mut self, s: &str) {
        self.flush_stdout();
        let mut err = std::io::stderr();
        let _ = err.write_all(s.as_bytes());
        let _ = err.flush();
    }

    /// Flushes standard output.
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Runs `text` as the `__main__` module, printing any uncaught error as
    /// CPython does; returns the process exit status.
    pub fn run_main(&mut self, text: &str, filename: &str) -> i32 {
        self.run_main_with(text, filename, false)
    }

    /// [`Vm::run_main`] before an interactive session (`-i`): `SystemExit`
    /// prints its traceback like any other exception, as CPython does then.
    pub fn run_main_inspect(&mut self, text: &str, filename: &str) -> i32 {
        self.run_main_with(text, filename, true)
    }

    fn run_main_with(&mut self, text: &str, filename: &str, inspect: bool) -> i32 {
        let source = Source::new(filename, text);
        let mut doc = None;
        let code = match crate::syntax::parse_module(text).and_then(|m| {
            doc = import::docstring(&m).map(Value::str);
            crate::compiler::compile_module(&m, source.clone())
        }) {
            Ok(code) => code,
            Err(e) => {
                let report = traceback::format_syntax_error(&e, &source);
                self.write_stderr(&report);
                return 1;
            }
        };
        let globals = self.new_main_namespace();
        if let Some(doc) = doc {
            globals.set_str("__doc__", doc);
        }
        if !filename.starts_with('<') {
            globals.set_str("__file__", Value::str(filename));
        }
        if !self.warnoptions.is_empty() {
            // As CPython: -W options load `warnings` at startup.
            if let Err(e) = self.import_module("warnings") {
                self.report_uncaught(e);
            }
        }
        let result = self.run_code(code, globals.clone());
        let status = match result {
            Ok(_) => 0,
            Err(e) if inspect => {
                let text = traceback::format_exception(self, &e);
                self.write_stderr(&text);
                1
            }
            Err(e) => self.report_uncaught(e),
        };
        if !inspect {
            coroutine::warn_unawaited_at_exit(self);
            self.finalize_module(&globals);
        }
        self.flush_stdout();
        status
    }

    /// A fresh `__main__` module, registered in `sys.modules`; returns its namespace.
    pub fn new_main_namespace(&mut self) -> Rc<PyDict> {
        let globals = Rc::new(PyDict::new());
        globals.set_str("__name__", Value::str("__main__"));
        globals.set_str("__doc__", Value::None);
        globals.set_str("__builtins__", self.module_value("builtins"));
        let module = Value::Module(Rc::new(PyModule {
            name: Rc::new(PyStr::new("__main__")),
            dict: globals.clone(),
        }));
        self.register_module("__main__", module);
        globals
    }

    /// The namespace of the registered `__main__` module, creating one if needed.
    pub fn main_namespace(&mut self) -> Rc<PyDict> {
        match self.modules.get("__main__") {
            Some(Value::Module(m)) => m.dict.clone(),
            _ => self.new_main_namespace(),
        }
    }

    /// Runs one complete statement typed at the interactive prompt in
    /// `globals`: expression statements echo their value, and errors are
    /// reported as CPython prints them for `<stdin>` (runtime tracebacks
    /// without source lines, syntax errors with theirs).
    pub fn run_interactive(&mut self, text: &str, globals: &Rc<PyDict>) -> Interactive {
        let source = Source::new("<stdin>", text);
        let code = match crate::syntax::parse_module(text)
            .and_then(|m| crate::compiler::compile_interactive(&m, source.clone()))
        {
            Ok(code) => code,
            Err(e) => {
                return Interactive::Error(traceback::format_syntax_error(&e, &source));
            }
        };
        let result = self.run_code(code, globals.clone());
        self.flush_stdout();
        match result {
            Ok(_) => Interactive::Continue,
            Err(e) if e.is(ExcKind::SystemExit) => Interactive::Exit(self.system_exit_status(&e)),
            Err(e) => Interactive::Error(traceback::format_exception(self, &e)),
        }
    }

    /// Runs one statement with top-level `await` (the asyncio REPL): its
    /// module code is a coroutine, run to the end on the session's loop.
    pub fn run_interactive_await(&mut self, text: &str, globals: &Rc<PyDict>) -> Interactive {
        let source = Source::new("<stdin>", text);
        let code = match crate::syntax::parse_module(text)
            .and_then(|m| crate::compiler::compile_interactive_await(&m, source.clone()))
        {
            Ok(code) => code,
            Err(e) => {
                return Interactive::Error(traceback::format_syntax_error(&e, &source));
            }
        };
        let mut frame = self.alloc_frame(code, globals.clone());
        frame.names = Some(globals.clone());
        let coro = Value::Generator(generator::PyGenerator::new(frame));
        let result = crate::stdlib::asyncio::run_in_session_loop(self, &coro);
        self.flush_stdout();
        match result {
            Ok(_) => Interactive::Continue,
            Err(e) if e.is(ExcKind::SystemExit) => Interactive::Exit(self.system_exit_status(&e)),
            Err(e) => Interactive::Error(traceback::format_exception(self, &e)),
        }
    }

    /// `sys.displayhook`'s default: shows `value`'s repr on stdout unless it
    /// is None, binding `builtins._` to it (the `PrintExpr` instruction).
    pub fn display_value(&mut self, value: &Value) -> PyResult<()> {
        if value.is_none() {
            return Ok(());
        }
        self.builtins.set_str("_", Value::None);
        let text = self.repr(value)?;
        crate::stdlib::sys::write_to(self, &Value::None, &format!("{text}\n"))?;
        self.builtins.set_str("_", value.clone());
        Ok(())
    }

    /// At exit, clears a module's globals as CPython does (names starting
    /// with one underscore first, then the rest but `__builtins__`), running
    /// the finalizers (`__del__`, generator cleanup) each release triggers.
    pub fn finalize_module(&mut self, globals: &PyDict) {
        self.run_finalizers();
        for pass in 0..2 {
            for key in globals.keys() {
                let Value::Str(name) = &key else { continue };
                let n = name.as_str();
                let clear = match pass {
                    0 => n.starts_with('_') && !n.starts_with("__"),
                    _ => n != "__builtins__",
                };
                if clear {
                    globals.set_str(n, Value::None);
                    self.run_finalizers();
                }
            }
        }
    }

    /// Runs a module-level code object in `globals`.
    pub fn run_code(&mut self, code: Rc<Code>, globals: Rc<PyDict>) -> PyResult<Value> {
        let mut frame = self.alloc_frame(code, globals.clone());
        frame.names = Some(globals);
        self.run_frame(frame)
    }

    /// Prints an uncaught exception (or handles `SystemExit`); returns the exit status.
    pub fn report_uncaught(&mut self, e: PyErr) -> i32 {
        if e.is(ExcKind::SystemExit) {
            return self.system_exit_status(&e);
        }
        if !self.report_with_excepthook(&e) {
            let text = traceback::format_exception(self, &e);
            self.write_stderr(&text);
        }
        if e.is(ExcKind::KeyboardInterrupt) {
            // The shell's status for a program stopped by SIGINT.
            return 130;
        }
        1
    }

    fn system_exit_status(&mut self, e: &PyErr) -> i32 {
        match e.exc.first_arg() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => i as i32,
            Some(Value::Bool(b)) => b as i32,
            Some(other) => {
                let text = self.str(&other).unwrap_or_default();
                self.write_stderr(&format!("{text}\n"));
                1
            }
        }
    }

    /// The module registered under `name` (built-in modules are created on first use).
    pub fn module_value(&mut self, name: &str) -> Value {
        self.import_module(name).unwrap_or(Value::None)
    }

    /// A frame for `code`, reusing a pooled one when possible.
    pub fn alloc_frame(&mut self, code: Rc<Code>, globals: Rc<PyDict>) -> Box<Frame> {
        match self.free_frames.pop() {
            Some(mut f) => {
                if f.stack.capacity() < code.max_stack as usize {
                    f.stack.reserve(code.max_stack as usize);
                }
                f.code = code;
                f.globals = globals;
                f.ip = 0;
                f
            }
            None => {
                let mut f = Box::new(Frame::new(code, globals));
                f.stack.reserve(f.code.max_stack as usize);
                f
            }
        }
    }

    /// Returns a finished frame to the pool, dropping what it held.
    pub fn recycle_frame(&mut self, mut f: Box<Frame>) {
        f.stack.clear();
        f.locals.clear();
        f.cells.clear();
        f.names = None;
        f.generator = None;
        f.pending = frame::Pending::Call;
        f.saved_exc = Value::None;
        if self.free_frames.len() < 64 {
            self.free_frames.push(f);
        }
    }

    /// Takes a pending Ctrl-C: the `KeyboardInterrupt` to raise, or `None`
    /// when there was none or when `asyncio.run`'s main task was cancelled
    /// instead (the first Ctrl-C while it runs, as CPython's runner does).
    pub fn take_interrupt(&mut self) -> Option<PyErr> {
        if !interrupt::take() {
            return None;
        }
        if let Some((task, count)) = &mut self.sigint_task {
            *count += 1;
            if *count == 1 && crate::stdlib::asyncio::future::cancel(task, Value::None) {
                return None;
            }
        }
        Some(interrupt::keyboard_interrupt())
    }

    /// The frame `level` calls up from a `reads_frame` built-in: 1 is its
    /// caller, 2 that frame's caller, ...; `None` past the outermost frame.
    pub fn frame_site(&self, level: usize) -> Option<FrameSite> {
        let below = match &self.caller {
            Some(c) if level <= 1 => {
                return Some(FrameSite {
                    code: c.code.clone(),
                    line: c.line,
                    globals: c.globals.clone(),
                })
            }
            Some(_) => level - 1,
            None => level.max(1),
        };
        let f = self
            .frames
            .len()
            .checked_sub(below)
            .map(|i| &self.frames[i])?;
        Some(FrameSite {
            code: f.code.clone(),
            line: f.line(),
            globals: f.globals.clone(),
        })
    }

    /// The current Python call depth, for the recursion limit.
    pub fn depth(&self) -> usize {
        self.frames.len() + self.native_depth
    }
}

/// The code object held by a constant, if it is one (for the disassembler).
pub fn code_of_const(v: &Value) -> Option<&Rc<Code>> {
    match v {
        Value::Code(c) => Some(c),
        _ => None,
    }
}

/// A constant as the disassembler shows it.
pub fn const_repr(v: &Value) -> String {
    match v {
        Value::Code(c) => format!("<code object {}>", c.name.as_str()),
        other => ops::repr_simple(other),
    }
}
