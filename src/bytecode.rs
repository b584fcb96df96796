//! The bytecode: instructions, code objects with their line and exception
//! tables, and the disassembler behind `snippy --dis`.

use std::cell::{Cell, RefCell};
use std::fmt::Write;
use std::rc::Rc;

use crate::objects::{PyStr, Value};
use crate::syntax::ast::Span;
use crate::syntax::lines::LineIndex;

/// Binary operators, including the in-place forms used by augmented assignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinaryOp {
    /// The operator as written (`+`), as error messages spell it.
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            MatMul => "@",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
        }
    }

    /// The special method name (`__add__`).
    pub fn dunder(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "__add__",
            Sub => "__sub__",
            Mul => "__mul__",
            MatMul => "__matmul__",
            TrueDiv => "__truediv__",
            FloorDiv => "__floordiv__",
            Mod => "__mod__",
            Pow => "__pow__",
            LShift => "__lshift__",
            RShift => "__rshift__",
            And => "__and__",
            Or => "__or__",
            Xor => "__xor__",
        }
    }
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    /// The operator as written (`<=`).
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// One instruction. Operands name what they index: `LoadConst(i)` is
/// `code.consts[i]`, jumps hold an instruction index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Nop,
    PopTop,
    /// Interactive mode: pops a value and shows it as `sys.displayhook` does
    /// (its `repr` on stdout unless it is None, and binds `builtins._`).
    PrintExpr,
    /// Pushes a copy of the item `n` from the top (1 = top).
    Copy(u32),
    /// Swaps the top with the item `n` from the top.
    Swap(u32),
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells and free variables, indexed over `cellvars` then `freevars`.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class scopes: locals dict, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `[callable, self or Null]` for a following `CallMethod`.
    LoadMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    /// Builds a slice from the top 2 or 3 items.
    BuildSlice(u32),
    Unary(UnaryOp),
    Binary(BinaryOp),
    /// In-place form (`+=`): tries `__iadd__` first.
    InPlace(BinaryOp),
    Compare(CompareOp),
    /// `is` (false) / `is not` (true).
    IsOp(bool),
    /// `in` (false) / `not in` (true).
    ContainsOp(bool),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// Leaves the top in place and jumps when it is false; pops it otherwise.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Pushes the iterator's next item, or pops the iterator and jumps when exhausted.
    ForIter(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// Builds a dict from `n` key/value pairs.
    BuildMap(u32),
    /// Concatenates `n` strings.
    BuildString(u32),
    /// Appends the top to the list `n` items below it (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// Adds the top two (key, value) to the dict `n` items below them.
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like `DictUpdate` but fails on duplicate keys (`f(**a, **b)`).
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// `a, *b, c = ...`: counts before (low 16 bits) and after (high 16 bits) the star.
    UnpackEx(u32),
    /// Formats the top (with a spec below it when `has_spec`), after a conversion.
    FormatValue {
        conversion: u8,
        has_spec: bool,
    },
    /// Builds a function from `[defaults?, kwdefaults?, closure?, code]`; the
    /// closure is a tuple of this frame's cell indices.
    MakeFunction {
        defaults: bool,
        kwdefaults: bool,
        closure: bool,
    },
    /// Pops a dict and makes it the `__annotations__` of the function below it.
    FunctionAnnotations,
    /// Creates `__annotations__` in the current namespace unless it exists.
    SetupAnnotations,
    /// `[callable, args...]`.
    Call(u32),
    /// `[callable, self or Null, args...]`.
    CallMethod(u32),
    /// `[callable, args..., kwvalues...]` with the keyword names in `consts[names]`.
    CallKw {
        argc: u16,
        names: u16,
    },
    /// `[callable, args tuple, kwargs dict?]`: `f(*a, **k)`.
    CallEx(bool),
    ReturnValue,
    YieldValue,
    /// Turns the top into an iterator for `yield from`.
    GetYieldFromIter,
    /// Turns the top into the iterator `await` delegates to (`__await__`).
    GetAwaitable,
    /// `[ctx]` → `[bound __aexit__, awaitable from __aenter__()]`.
    BeforeAsyncWith,
    /// `async for`: `[obj]` → `[obj.__aiter__()]`.
    GetAIter,
    /// `async for`: `[aiter]` → `[aiter, awaitable of aiter.__anext__()]`.
    GetANext,
    /// `async for` exhausted or failed: `[aiter, exc]` → `[]`, re-raising
    /// anything but `StopAsyncIteration`.
    EndAsyncFor,
    /// Marks the value an async generator yields (as opposed to what its
    /// awaits pass through to the event loop).
    AsyncGenWrap,
    /// `[subiter, value]`: sends `value` into `subiter`; pushes what it yields, or
    /// replaces both with its return value and jumps when it finishes.
    Send(u32),
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    Raise(u32),
    /// Re-raises the top without adding a traceback entry.
    Reraise,
    /// `[exc]` → `[previous handled exception, exc]`, making `exc` the handled one.
    PushExcInfo,
    /// Pops the saved previous handled exception and restores it.
    PopExcept,
    /// `[exc, type]` → `[exc, matches]`.
    CheckExcMatch,
    /// `except*`: `[exc, type]` → `[rest, match]` (`[exc, None]` when nothing
    /// matches), making `match` the handled exception.
    CheckEgMatch,
    /// End of `except*`: `[orig, raised list]` → `[exception to raise or None]`.
    PrepReraiseStar,
    /// `[ctx]` → `[exit, enter()]`.
    BeforeWith,
    /// `[exit, ..., exc]` → calls `exit(type, exc, tb)`; pushes its result.
    WithExceptStart,
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    /// Pushes `AssertionError`.
    LoadAssertionError,
}

/// A handler range: instructions `start..end` unwind to `target` with the
/// value stack cut to `depth` items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// The source a code object came from, for tracebacks.
pub struct Source {
    pub filename: String,
    pub text: String,
    pub lines: LineIndex,
}

impl Source {
    /// Wraps a source text and its file name.
    pub fn new(filename: &str, text: &str) -> Rc<Source> {
        Rc::new(Source {
            filename: filename.to_owned(),
            text: text.to_owned(),
            lines: LineIndex::new(text),
        })
    }

    /// The text of 1-based `line` as tracebacks and warnings show it: none
    /// for a file named like `<string>` or `<stdin>`, which CPython's
    /// linecache cannot read (syntax error reports still quote `text`).
    pub fn shown_line(&self, line: u32) -> &str {
        if self.lines_hidden() {
            return "";
        }
        self.lines.line_text(&self.text, line)
    }

    /// True for a file named like `<string>`, whose lines CPython cannot read back.
    pub fn lines_hidden(&self) -> bool {
        self.filename.starts_with('<') && self.filename.ends_with('>')
    }
}

/// What kind of function a code object is the body of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// A compiled function, class body or module.
pub struct Code {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub source: Rc<Source>,
    pub kind: CodeKind,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Local variable names; parameters first.
    pub varnames: Vec<Rc<PyStr>>,
    pub cellvars: Vec<Rc<PyStr>>,
    pub freevars: Vec<Rc<PyStr>>,
    /// For each cell variable that is a parameter, the parameter's local index.
    pub cell_params: Vec<(u32, u32)>,
    /// Global, attribute and imported names.
    pub names: Vec<Rc<PyStr>>,
    pub consts: Vec<Value>,
    pub ops: Vec<Op>,
    /// The source span of each instruction, for tracebacks.
    pub spans: Vec<Span>,
    pub exc_table: Vec<ExcEntry>,
    /// The largest value stack depth the code can reach.
    pub max_stack: u32,
    /// Per name: the last global lookup and the dict versions it is valid for.
    pub global_cache: RefCell<Vec<GlobalCache>>,
    /// Per name: the built-in method last found by `LoadMethod`, keyed by the
    /// address of the method table it came from.
    pub method_cache: RefCell<Vec<Option<(usize, Value)>>>,
    /// Per name: how it last resolved as an attribute of an instance.
    pub attr_cache: RefCell<Vec<crate::vm::attr_cache::AttrSlot>>,
    /// Set by `types.coroutine` on a generator function's code (CPython's
    /// `CO_ITERABLE_COROUTINE`): its generators can be awaited and may
    /// `yield from` coroutines.
    pub iterable_coroutine: Cell<bool>,
}

/// Where a `LoadGlobal` found its name, valid while the globals and
/// builtins dicts keep their key versions: the entry index in globals
/// (`in_globals`) or else in builtins.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub in_globals: bool,
    pub index: usize,
}

impl Code {
    /// The line number of instruction `ip`.
    pub fn line_of(&self, ip: u32) -> u32 {
        let span = self.spans.get(ip as usize).copied().unwrap_or_default();
        self.source.lines.line_of(span.start)
    }

    /// The innermost handler covering instruction `ip`.
    pub fn handler_for(&self, ip: u32) -> Option<ExcEntry> {
        self.exc_table
            .iter()
            .filter(|e| e.start <= ip && ip < e.end)
            .max_by_key(|e| e.start)
            .copied()
    }

    /// True when a call with `n` positional arguments binds them directly:
    /// a plain function (not a generator) with exactly `n` positional
    /// parameters and no `*args`, `**kwargs` or keyword-only ones.
    #[inline]
    pub fn takes_exactly(&self, n: usize) -> bool {
        self.argcount as usize == n
            && self.kwonlyargcount == 0
            && !self.has_varargs
            && !self.has_varkw
            && !self.is_generator_like()
    }

    /// Whether calling the code makes a generator, coroutine or async generator.
    pub fn is_generator_like(&self) -> bool {
        matches!(
            self.kind,
            CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator
        )
    }

    /// A listing of the code and of every code object in its constants.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        self.disassemble_into(&mut out);
        out
    }

    fn disassemble_into(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "Disassembly of <code object {} line {}>:",
            self.qualname.as_str(),
            self.firstlineno
        );
        let mut last_line = 0;
        for (i, op) in self.ops.iter().enumerate() {
            let line = self.line_of(i as u32);
            let line_col = if line != last_line {
                last_line = line;
                format!("{line:>4}")
            } else {
                "    ".to_owned()
            };
            let _ = writeln!(out, "{line_col} {i:>6} {}", self.describe(op).trim_end());
        }
        for e in &self.exc_table {
            let _ = writeln!(
                out,
                "  handler: {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
        for c in &self.consts {
            if let Some(code) = crate::vm::code_of_const(c) {
                out.push('\n');
                code.disassemble_into(out);
            }
        }
    }

    fn describe(&self, op: &Op) -> String {
        let name = |i: &u32| {
            self.names
                .get(*i as usize)
                .map(|n| n.as_str().to_owned())
                .unwrap_or_default()
        };
        let var = |i: &u32| {
            self.varnames
                .get(*i as usize)
                .map(|n| n.as_str().to_owned())
                .unwrap_or_default()
        };
        let deref = |i: &u32| {
            let i = *i as usize;
            self.cellvars
                .get(i)
                .or_else(|| self.freevars.get(i - self.cellvars.len().min(i)))
                .map(|n| n.as_str().to_owned())
                .unwrap_or_default()
        };
        let konst = |i: &u32| {
            self.consts
                .get(*i as usize)
                .map(crate::vm::const_repr)
                .unwrap_or_default()
        };
        match op {
            Op::LoadConst(i) => format!("{op:?}  ({})", konst(i)),
            Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => {
                format!("{op:?}  ({})", var(i))
            }
            Op::LoadDeref(i) | Op::StoreDeref(i) | Op::DeleteDeref(i) => {
                format!("{op:?}  ({})", deref(i))
            }
            Op::LoadGlobal(i)
            | Op::StoreGlobal(i)
            | Op::DeleteGlobal(i)
            | Op::LoadName(i)
            | Op::StoreName(i)
            | Op::DeleteName(i)
            | Op::LoadAttr(i)
            | Op::StoreAttr(i)
            | Op::DeleteAttr(i)
            | Op::LoadMethod(i)
            | Op::ImportName(i)
            | Op::ImportFrom(i) => format!("{op:?}  ({})", name(i)),
            Op::CallKw { names, .. } => format!("{op:?}  ({})", konst(&(*names as u32))),
            _ => format!("{op:?}"),
        }
    }
}
