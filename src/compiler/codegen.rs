//! Code generation: walks the AST with the symbol table and emits bytecode.
//!
//! Jumps are emitted to labels and resolved when a code object is finished.
//! Exception handling uses a per-instruction handler table (as CPython 3.11's
//! exception table): each emitted instruction records the innermost active
//! handler, and consecutive runs become `ExcEntry` ranges.
//!
//! ```text
//! try/except:                      with:
//!     body        [H]                  ctx; BeforeWith      [exit, value]
//!     else-body                        store/pop; body      [H]
//!     Jump end                         None None None; Call(3); PopTop
//! H:  PushExcInfo [prev, exc]      H:  PushExcInfo; WithExceptStart
//!     match clauses...  [C]            PopJumpIfTrue suppress; Reraise  [C]
//!     Reraise           [C]
//! C:  Swap(2); PopExcept; Reraise  C:  Swap(2); PopExcept; Reraise
//! ```

use std::rc::Rc;

use indexmap::IndexSet;

use super::symtable::{scope_key, Binding, Scope, ScopeKind, SymbolTable};
use std::cell::{Cell, RefCell};

use crate::bytecode::{
    BinaryOp, Code, CodeKind, CompareOp, ExcEntry, GlobalCache, Op, Source, UnaryOp,
};
use crate::objects::{PyStr, Value};
use crate::syntax::ast::{self, *};
use crate::syntax::SyntaxError;

mod annotations;
mod classdef;
mod unparse;

type CResult<T = ()> = Result<T, SyntaxError>;

/// A jump target, resolved to an instruction index when the code is finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

/// A block that `return`, `break` and `continue` must unwind through.
#[derive(Clone)]
enum FBlockKind<'a> {
    While {
        cont: Label,
        brk: Label,
    },
    For {
        cont: Label,
        brk: Label,
    },
    TryBody,
    Finally(&'a [Stmt]),
    /// Inside an `except` clause: `[prev]` on the stack, the name to clear.
    Handler(Option<&'a str>),
    /// Inside an `except*` clause, which `break`, `continue` and `return` may not leave.
    StarHandler,
    /// Inside the exceptional copy of a `finally` body: `[prev, exc]` on the stack.
    FinallyEnd,
    /// Inside a `with` body (the statement's span): `[exit]` on the stack.
    With(Span),
    /// Inside an `async with` body: `[exit]` on the stack, awaited when called.
    AsyncWith(Span),
}

impl FBlockKind<'_> {
    /// How many of the innermost exception handlers were pushed for this
    /// block (just before it). Leaving the block by `return`, `break` or
    /// `continue` drops them first, as CPython's `POP_BLOCK`s do, so an
    /// error in the unwinding code (a `finally` body, `__exit__`) is not
    /// caught by the block it is leaving.
    fn own_handlers(&self) -> usize {
        match self {
            FBlockKind::While { .. } | FBlockKind::For { .. } => 0,
            FBlockKind::Handler(Some(_)) => 2,
            FBlockKind::TryBody
            | FBlockKind::Finally(_)
            | FBlockKind::Handler(None)
            | FBlockKind::StarHandler
            | FBlockKind::FinallyEnd
            | FBlockKind::With(_)
            | FBlockKind::AsyncWith(_) => 1,
        }
    }
}

#[derive(Clone)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// Length of the handler stack outside this block and its own handlers.
    handler_depth: usize,
}

/// One code object under construction.
struct Unit<'a> {
    scope: &'a Scope,
    kind: CodeKind,
    name: String,
    qualname: String,
    firstlineno: u32,
    ops: Vec<Op>,
    spans: Vec<Span>,
    /// Per instruction: index into `handler_defs` of the innermost handler.
    op_handler: Vec<Option<u32>>,
    handler_defs: Vec<(Label, u32)>,
    handler_stack: Vec<u32>,
    labels: Vec<Option<u32>>,
    consts: Vec<Value>,
    names: IndexSet<String>,
    varnames: IndexSet<String>,
    depth: i32,
    max_depth: i32,
    fblocks: Vec<FBlock<'a>>,
    span: Span,
}

/// Compiles a parsed module into its code object.
pub fn compile_module(module: &ast::Module, source: Rc<Source>) -> Result<Rc<Code>, SyntaxError> {
    compile_with(module, source, false)
}

/// Compiles one statement typed at the interactive prompt: like
/// [`compile_module`], but module-level expression statements show their
/// value (`PrintExpr`) instead of discarding it, as CPython's `single` mode.
pub fn compile_interactive(
    module: &ast::Module,
    source: Rc<Source>,
) -> Result<Rc<Code>, SyntaxError> {
    compile_with(module, source, true)
}

/// Like [`compile_interactive`] for a statement that awaits at top level
/// (the asyncio REPL, `python -m asyncio`): the module code is a coroutine,
/// run on the session's event loop.
pub fn compile_interactive_await(
    module: &ast::Module,
    source: Rc<Source>,
) -> Result<Rc<Code>, SyntaxError> {
    let table = SymbolTable::build(module)?;
    compile_unit(module, source, true, &table, CodeKind::Coroutine)
}

/// Compiles a lone expression as `eval` and `compile(..., "eval")` do: a
/// module-level code object that returns the expression's value.
pub fn compile_expression(expr: &ast::Expr, source: Rc<Source>) -> Result<Rc<Code>, SyntaxError> {
    let module = ast::Module {
        body: vec![ast::Stmt {
            kind: ast::StmtKind::Expr(expr.clone()),
            span: expr.span,
        }],
    };
    let table = SymbolTable::build(&module)?;
    let mut c = Compiler {
        table: &table,
        source,
        units: Vec::new(),
        interactive: false,
        future_annotations: false,
    };
    c.push_unit(0, CodeKind::Module, "<module>".into(), "<module>".into(), 1);
    // The symbol table knows the nodes by address: compile the copy it saw.
    let ast::StmtKind::Expr(expr) = &module.body[0].kind else {
        unreachable!("the module holds the expression statement")
    };
    c.expr(expr)?;
    c.emit(Op::ReturnValue);
    Ok(c.pop_unit(&[]))
}

fn compile_with(
    module: &ast::Module,
    source: Rc<Source>,
    interactive: bool,
) -> Result<Rc<Code>, SyntaxError> {
    let table = SymbolTable::build(module)?;
    compile_unit(module, source, interactive, &table, CodeKind::Module)
}

/// Compiles a module body as a code object of `kind`.
fn compile_unit(
    module: &ast::Module,
    source: Rc<Source>,
    interactive: bool,
    table: &SymbolTable,
    kind: CodeKind,
) -> Result<Rc<Code>, SyntaxError> {
    let mut c = Compiler {
        table,
        source,
        units: Vec::new(),
        interactive,
        future_annotations: annotations::future_annotations(&module.body)?,
    };
    c.push_unit(0, kind, "<module>".into(), "<module>".into(), 1);
    c.setup_annotations(&module.body);
    for s in &module.body {
        c.stmt(s)?;
    }
    c.load_const(Value::None);
    c.emit(Op::ReturnValue);
    Ok(c.pop_unit(&[]))
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    source: Rc<Source>,
    units: Vec<Unit<'a>>,
    /// Interactive mode: module-level expression statements echo their value.
    interactive: bool,
    /// `from __future__ import annotations`: annotations are stored as strings.
    future_annotations: bool,
}

impl<'a> Compiler<'a> {
    // ---- units, emission, labels -------------------------------------------------

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    fn push_unit(&mut self, key: usize, kind: CodeKind, name: String, qualname: String, line: u32) {
        let scope = self.table.scope(key);
        let varnames = scope.varnames.iter().cloned().collect();
        self.units.push(Unit {
            scope,
            kind,
            name,
            qualname,
            firstlineno: line,
            ops: Vec::new(),
            spans: Vec::new(),
            op_handler: Vec::new(),
            handler_defs: Vec::new(),
            handler_stack: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: IndexSet::new(),
            varnames,
            depth: 0,
            max_depth: 0,
            fblocks: Vec::new(),
            span: Span::default(),
        });
    }

    /// Finishes the innermost unit; `args` supplies the parameter counts.
    fn pop_unit(&mut self, args: &[u32]) -> Rc<Code> {
        let u = self.units.pop().expect("unit to finish");
        let resolve = |l: u32| u.labels[l as usize].expect("every label is placed");
        let ops: Vec<Op> = u
            .ops
            .iter()
            .map(|op| match *op {
                Op::Jump(l) => Op::Jump(resolve(l)),
                Op::PopJumpIfFalse(l) => Op::PopJumpIfFalse(resolve(l)),
                Op::PopJumpIfTrue(l) => Op::PopJumpIfTrue(resolve(l)),
                Op::JumpIfFalseOrPop(l) => Op::JumpIfFalseOrPop(resolve(l)),
                Op::JumpIfTrueOrPop(l) => Op::JumpIfTrueOrPop(resolve(l)),
                Op::ForIter(l) => Op::ForIter(resolve(l)),
                Op::Send(l) => Op::Send(resolve(l)),
                other => other,
            })
            .collect();
        let mut exc_table: Vec<ExcEntry> = Vec::new();
        for (i, h) in u.op_handler.iter().enumerate() {
            let Some(h) = *h else { continue };
            let (label, depth) = u.handler_defs[h as usize];
            let target = resolve(label.0);
            match exc_table.last_mut() {
                Some(e) if e.end == i as u32 && e.target == target && e.depth == depth => {
                    e.end += 1
                }
                _ => exc_table.push(ExcEntry {
                    start: i as u32,
                    end: i as u32 + 1,
                    target,
                    depth,
                }),
            }
        }
        let intern = |s: &String| Rc::new(PyStr::new(s));
        let cell_params = u
            .scope
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                u.scope
                    .varnames
                    .iter()
                    .position(|v| v == name)
                    .map(|vi| (ci as u32, vi as u32))
            })
            .collect();
        let a = |i: usize| args.get(i).copied().unwrap_or(0);
        Rc::new(Code {
            name: Rc::new(PyStr::new(&u.name)),
            qualname: Rc::new(PyStr::new(&u.qualname)),
            source: self.source.clone(),
            kind: u.kind,
            firstlineno: u.firstlineno,
            argcount: a(0),
            posonlyargcount: a(1),
            kwonlyargcount: a(2),
            has_varargs: a(3) != 0,
            has_varkw: a(4) != 0,
            varnames: u.varnames.iter().map(intern).collect(),
            cellvars: u.scope.cellvars.iter().map(intern).collect(),
            freevars: u.scope.freevars.iter().map(intern).collect(),
            cell_params,
            names: u.names.iter().map(intern).collect(),
            consts: u.consts,
            ops,
            spans: u.spans,
            exc_table,
            max_stack: u.max_depth.max(0) as u32 + 1,
            global_cache: RefCell::new(vec![GlobalCache::default(); u.names.len()]),
            method_cache: RefCell::new(vec![None; u.names.len()]),
            attr_cache: RefCell::new(vec![Default::default(); u.names.len()]),
            iterable_coroutine: Cell::new(false),
        })
    }

    fn emit(&mut self, op: Op) -> usize {
        let effect = stack_effect(op);
        let u = self.u();
        u.depth += effect;
        u.max_depth = u.max_depth.max(u.depth);
        u.ops.push(op);
        u.spans.push(u.span);
        let h = u.handler_stack.last().copied();
        u.op_handler.push(h);
        u.ops.len() - 1
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn place(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0 as usize] = Some(u.ops.len() as u32);
    }

    /// Places a label reached only by jumps, at a known stack depth.
    fn place_at_depth(&mut self, l: Label, depth: i32) {
        self.place(l);
        self.u().depth = depth;
    }

    fn depth(&self) -> i32 {
        self.ur().depth
    }

    fn set_span(&mut self, span: Span) -> Span {
        std::mem::replace(&mut self.u().span, span)
    }

    fn push_handler(&mut self, target: Label, depth: i32) {
        let u = self.u();
        u.handler_defs.push((target, depth as u32));
        let idx = u.handler_defs.len() as u32 - 1;
        u.handler_stack.push(idx);
    }

    fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    /// The iterable of a `for` or comprehension: a set display of constants
    /// is a frozenset constant, as CPython's AST optimizer makes it.
    fn iter_expr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Set(elts) => {
                if let Some(fs) = const_frozenset(elts) {
                    self.load_const(fs);
                    return Ok(());
                }
            }
            // As CPython's AST optimizer: a list display being iterated is
            // built as a tuple (visible in error messages: "got tuple").
            ExprKind::List(elts)
                if !elts.iter().any(|x| matches!(x.kind, ExprKind::Starred(_))) =>
            {
                match elts.iter().map(folded_const).collect::<Option<Vec<_>>>() {
                    Some(items) => self.load_const(Value::tuple(items)),
                    None => {
                        for x in elts {
                            self.expr(x)?;
                        }
                        self.set_span(e.span);
                        self.emit(Op::BuildTuple(elts.len() as u32));
                    }
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)
    }

    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst(i));
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.u();
        if let Some(i) = u.consts.iter().position(|c| same_const(c, &v)) {
            return i as u32;
        }
        u.consts.push(v);
        u.consts.len() as u32 - 1
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let (i, _) = self.u().names.insert_full(name.to_owned());
        i as u32
    }

    fn line_of(&self, span: Span) -> u32 {
        self.source.lines.line_of(span.start)
    }

    // ---- names ---------------------------------------------------------------------

    fn deref_index(&self, name: &str) -> u32 {
        let scope = self.ur().scope;
        if let Some(i) = scope.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let i = scope
            .freevars
            .iter()
            .position(|n| n == name)
            .expect("free variable is in freevars");
        (scope.cellvars.len() + i) as u32
    }

    fn local_index(&mut self, name: &str) -> u32 {
        let (i, _) = self.u().varnames.insert_full(name.to_owned());
        i as u32
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(
            name,
            [Op::LoadFast, Op::LoadDeref, Op::LoadGlobal, Op::LoadName],
        );
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                Op::StoreFast,
                Op::StoreDeref,
                Op::StoreGlobal,
                Op::StoreName,
            ],
        );
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                Op::DeleteFast,
                Op::DeleteDeref,
                Op::DeleteGlobal,
                Op::DeleteName,
            ],
        );
    }

    /// CPython's private-name mangling: inside a class (its body and the
    /// functions nested in it), `__name` not ending in `__` becomes
    /// `_Class__name` (the class name without its leading underscores).
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return std::borrow::Cow::Borrowed(name);
        }
        let class = self
            .units
            .iter()
            .rev()
            .find(|u| u.scope.kind == ScopeKind::Class)
            .map(|u| u.name.trim_start_matches('_'));
        match class {
            Some(c) if !c.is_empty() => std::borrow::Cow::Owned(format!("_{c}{name}")),
            _ => std::borrow::Cow::Borrowed(name),
        }
    }

    /// The name-table index of attribute `attr`, mangled as CPython does.
    fn attr_index(&mut self, attr: &str) -> u32 {
        let name = self.mangle(attr).into_owned();
        self.name_index(&name)
    }

    /// Emits the access to `name` its binding calls for: `ops` are the fast,
    /// cell, global and namespace forms of one access (load, store or delete).
    fn name_op(&mut self, name: &str, ops: [fn(u32) -> Op; 4]) {
        let [fast, deref, global, named] = ops;
        let op = match self.ur().scope.binding(name) {
            Binding::Local => fast(self.local_index(name)),
            Binding::Cell | Binding::Free => deref(self.deref_index(name)),
            Binding::GlobalExplicit | Binding::GlobalImplicit => global(self.name_index(name)),
            Binding::Name => {
                let name = self.mangle(name).into_owned();
                named(self.name_index(&name))
            }
        };
        self.emit(op);
    }

    fn qualname_for(&self, name: &str) -> String {
        // Nested in a function: `outer.<locals>.name`; in a class: `Class.name`.
        match self.units.last() {
            Some(u) if u.scope.kind != ScopeKind::Module => match u.scope.kind {
                ScopeKind::Class => format!("{}.{}", u.qualname, name),
                _ => format!("{}.<locals>.{}", u.qualname, name),
            },
            _ => name.to_owned(),
        }
    }

    // ---- statements -----------------------------------------------------------------

    fn body(&mut self, stmts: &'a [Stmt]) -> CResult {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let outer = self.set_span(s.span);
        self.stmt_inner(s)?;
        self.set_span(outer);
        Ok(())
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.interactive && self.units.len() == 1 {
                    self.emit(Op::PrintExpr);
                } else {
                    self.emit(Op::PopTop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy(1));
                    }
                    self.assign(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                self.expr(test)?;
                self.emit(Op::PopJumpIfFalse(else_l.0));
                self.body(body)?;
                if orelse.is_empty() {
                    self.place(else_l);
                } else {
                    let end = self.new_label();
                    self.emit(Op::Jump(end.0));
                    self.place(else_l);
                    self.body(orelse)?;
                    self.place(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.new_label();
                let else_l = self.new_label();
                let brk = self.new_label();
                self.place(top);
                self.expr(test)?;
                self.emit(Op::PopJumpIfFalse(else_l.0));
                self.push_fblock(FBlockKind::While { cont: top, brk });
                self.body(body)?;
                self.u().fblocks.pop();
                self.set_span(s.span);
                self.emit(Op::Jump(top.0));
                self.place(else_l);
                self.body(orelse)?;
                self.place(brk);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return self.async_for(s, target, iter, body, orelse);
                }
                let top = self.new_label();
                let exit = self.new_label();
                let brk = self.new_label();
                self.iter_expr(iter)?;
                self.set_span(iter.span);
                self.emit(Op::GetIter);
                let d = self.depth();
                self.place(top);
                self.set_span(s.span);
                self.emit(Op::ForIter(exit.0));
                self.assign(target)?;
                self.push_fblock(FBlockKind::For { cont: top, brk });
                self.body(body)?;
                self.u().fblocks.pop();
                self.set_span(iter.span);
                self.emit(Op::Jump(top.0));
                self.place_at_depth(exit, d - 1);
                self.body(orelse)?;
                self.place(brk);
            }
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            StmtKind::Return(value) => {
                if !matches!(
                    self.ur().scope.kind,
                    ScopeKind::Function | ScopeKind::Comprehension
                ) {
                    return Err(SyntaxError::new("'return' outside function", s.span));
                }
                if self.ur().kind == CodeKind::AsyncGenerator && value.is_some() {
                    return Err(SyntaxError::new(
                        "'return' with value in async generator",
                        s.span,
                    ));
                }
                // CPython points at a constant return value, else at the statement.
                let span = match value {
                    Some(v) if folded_const(v).is_some() => v.span,
                    _ => s.span,
                };
                self.check_star_exit(0, span)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_all_and(true, |c| {
                    c.emit(Op::ReturnValue);
                })?;
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_span(s.span);
                self.emit(Op::Raise(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.expr(test)?;
                self.emit(Op::PopJumpIfTrue(end.0));
                self.set_span(test.span);
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_span(test.span);
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.place(end);
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let idx = self.name_index(&a.name);
                    self.emit(Op::ImportName(idx));
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let i = self.name_index(part);
                                self.emit(Op::ImportFrom(i));
                                self.emit(Op::Swap(2));
                                self.emit(Op::PopTop);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name).to_owned();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Value::Int(*level as i64));
                let fromlist = names.iter().map(|a| Value::str(&a.name)).collect();
                self.load_const(Value::tuple(fromlist));
                let idx = self.name_index(module.as_deref().unwrap_or(""));
                self.emit(Op::ImportName(idx));
                for a in names {
                    if a.name == "*" {
                        self.emit(Op::ImportStar);
                        return Ok(());
                    }
                    let i = self.name_index(&a.name);
                    self.emit(Op::ImportFrom(i));
                    self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                }
                self.emit(Op::PopTop);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async
                    && self.ur().kind != CodeKind::Coroutine
                    && self.ur().kind != CodeKind::AsyncGenerator
                {
                    return Err(SyntaxError::new(
                        "'async with' outside async function",
                        s.span,
                    ));
                }
                self.with(s.span, items, body, *is_async)?;
            }
        }
        Ok(())
    }

    fn push_fblock(&mut self, kind: FBlockKind<'a>) {
        let handler_depth = self.ur().handler_stack.len() - kind.own_handlers();
        self.u().fblocks.push(FBlock {
            kind,
            handler_depth,
        });
    }

    /// Emits the code that leaves `fblocks[from..]` (innermost first), then `tail`,
    /// leaving the compiler's block and handler stacks as they were.
    fn unwind_and(
        &mut self,
        from: usize,
        preserve_tos: bool,
        tail: impl FnOnce(&mut Self),
    ) -> CResult {
        let saved_blocks = self.ur().fblocks.clone();
        let saved_handlers = self.ur().handler_stack.clone();
        let saved_depth = self.depth();
        for idx in (from..saved_blocks.len()).rev() {
            let block = saved_blocks[idx].clone();
            self.u().fblocks.truncate(idx);
            self.u().handler_stack.truncate(block.handler_depth);
            self.unwind_block(&block.kind, preserve_tos)?;
        }
        tail(self);
        let u = self.u();
        u.fblocks = saved_blocks;
        u.handler_stack = saved_handlers;
        u.depth = saved_depth;
        Ok(())
    }

    fn unwind_all_and(&mut self, preserve_tos: bool, tail: impl FnOnce(&mut Self)) -> CResult {
        self.unwind_and(0, preserve_tos, tail)
    }

    fn unwind_block(&mut self, kind: &FBlockKind<'a>, preserve_tos: bool) -> CResult {
        match kind {
            FBlockKind::While { .. } | FBlockKind::TryBody | FBlockKind::StarHandler => {}
            FBlockKind::For { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopTop);
            }
            FBlockKind::Finally(body) => {
                self.body(body)?;
            }
            FBlockKind::Handler(name) => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                    self.emit(Op::PopTop);
                    self.emit(Op::Swap(2));
                } else {
                    self.emit(Op::PopTop);
                }
                self.emit(Op::PopExcept);
            }
            FBlockKind::With(span) | FBlockKind::AsyncWith(span) => {
                self.set_span(*span);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.load_const(Value::None);
                self.load_const(Value::None);
                self.load_const(Value::None);
                self.emit(Op::Call(3));
                if matches!(kind, FBlockKind::AsyncWith(_)) {
                    self.await_top();
                }
                self.emit(Op::PopTop);
            }
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> CResult {
        let blocks = &self.ur().fblocks;
        let found = blocks
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, b)| match b.kind {
                FBlockKind::While { cont, brk } | FBlockKind::For { cont, brk } => {
                    Some((i, cont, brk))
                }
                _ => None,
            });
        let Some((idx, cont, brk)) = found else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(SyntaxError::new(msg, span));
        };
        self.check_star_exit(idx + 1, span)?;
        if is_break {
            self.unwind_and(idx, false, |c| {
                c.emit(Op::Jump(brk.0));
            })
        } else {
            self.unwind_and(idx + 1, false, |c| {
                c.emit(Op::Jump(cont.0));
            })
        }
    }

    /// The SyntaxError for `break`, `continue` or `return` leaving an
    /// `except*` clause among `fblocks[from..]`.
    fn check_star_exit(&self, from: usize, span: Span) -> CResult {
        let blocks = &self.ur().fblocks;
        if blocks[from.min(blocks.len())..]
            .iter()
            .any(|b| matches!(b.kind, FBlockKind::StarHandler))
        {
            return Err(SyntaxError::new(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            ));
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let d = self.depth();
        self.push_handler(handler, d);
        self.push_fblock(FBlockKind::TryBody);
        self.body(body)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.body(orelse)?;
        self.emit(Op::Jump(end.0));
        if is_star {
            self.except_star_clauses(handler, handlers, end, d)?;
        } else {
            self.except_clauses(handler, handlers, end, d)?;
        }
        self.place_at_depth(end, d);
        Ok(())
    }

    /// The `except*` clauses at `handler` (stack `d + [exc]`), as CPython 3.11
    /// compiles them: each clause splits what is left of the group
    /// (`CheckEgMatch`), what the clauses raise is collected in a list, and
    /// `PrepReraiseStar` computes what propagates at the end.
    fn except_star_clauses(
        &mut self,
        handler: Label,
        handlers: &'a [ExceptHandler],
        end: Label,
        d: i32,
    ) -> CResult {
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let reraise = self.new_label();
        self.place_at_depth(handler, d + 1);
        if let Some(h) = handlers.first() {
            self.set_span(h.span);
        }
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, d + 1);
        // [prev, orig, raised list, rest]
        self.emit(Op::Copy(1));
        self.emit(Op::BuildList(0));
        self.emit(Op::Swap(2));
        for (i, h) in handlers.iter().enumerate() {
            self.set_span(h.span);
            let next = self.new_label();
            let no_match = self.new_label();
            let with_error = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.set_span(h.span);
                self.emit(Op::CheckEgMatch);
                self.emit(Op::Copy(1));
                self.load_const(Value::None);
                self.emit(Op::IsOp(false));
                self.emit(Op::PopJumpIfTrue(no_match.0));
            }
            match &h.name {
                Some(name) => self.store_name(name),
                None => {
                    self.emit(Op::PopTop);
                }
            }
            self.push_handler(with_error, d + 4);
            self.push_fblock(FBlockKind::StarHandler);
            self.body(&h.body)?;
            self.u().fblocks.pop();
            self.pop_handler();
            if let Some(name) = &h.name {
                self.clear_name(name);
            }
            self.emit(Op::Jump(next.0));
            // Raised in the clause: [prev, orig, list, rest, raised]; keep it.
            self.place_at_depth(with_error, d + 5);
            if let Some(name) = &h.name {
                self.clear_name(name);
            }
            self.emit(Op::ListAppend(2));
            self.emit(Op::Jump(next.0));
            self.place_at_depth(no_match, d + 5);
            self.emit(Op::PopTop);
            self.place_at_depth(next, d + 4);
            if i == handlers.len() - 1 {
                // The unmatched rest (or None) joins the list.
                self.emit(Op::ListAppend(1));
                self.emit(Op::Jump(reraise_star.0));
            }
        }
        self.place_at_depth(reraise_star, d + 3);
        self.emit(Op::PrepReraiseStar);
        self.emit(Op::Copy(1));
        self.load_const(Value::None);
        self.emit(Op::IsOp(true));
        self.emit(Op::PopJumpIfTrue(reraise.0));
        self.pop_handler();
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::Jump(end.0));
        self.place_at_depth(reraise, d + 2);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.place_at_depth(cleanup, d + 2);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        Ok(())
    }

    /// `name = None; del name` after an `except ... as name` clause.
    fn clear_name(&mut self, name: &str) {
        self.load_const(Value::None);
        self.store_name(name);
        self.delete_name(name);
    }

    /// Emits the handler code at `handler` (stack `d + [exc]`), jumping to `end`.
    fn except_clauses(
        &mut self,
        handler: Label,
        handlers: &'a [ExceptHandler],
        end: Label,
        d: i32,
    ) -> CResult {
        let cleanup = self.new_label();
        self.place_at_depth(handler, d + 1);
        if let Some(h) = handlers.first() {
            self.set_span(h.span);
        }
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, d + 1);
        for h in handlers {
            self.set_span(h.span);
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch);
                self.emit(Op::PopJumpIfFalse(next.0));
            }
            match &h.name {
                Some(name) => {
                    self.store_name(name);
                    let name_cleanup = self.new_label();
                    self.push_handler(name_cleanup, d + 1);
                    self.push_fblock(FBlockKind::Handler(Some(name)));
                    self.body(&h.body)?;
                    self.u().fblocks.pop();
                    self.pop_handler();
                    self.emit(Op::PopExcept);
                    self.load_const(Value::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.emit(Op::Jump(end.0));
                    self.place_at_depth(name_cleanup, d + 2);
                    self.load_const(Value::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.emit(Op::Reraise);
                }
                None => {
                    self.emit(Op::PopTop);
                    self.push_fblock(FBlockKind::Handler(None));
                    self.body(&h.body)?;
                    self.u().fblocks.pop();
                    self.emit(Op::PopExcept);
                    self.emit(Op::Jump(end.0));
                }
            }
            self.place_at_depth(next, d + 2);
        }
        self.emit(Op::Reraise);
        self.pop_handler();
        self.place_at_depth(cleanup, d + 2);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let d = self.depth();
        self.push_handler(handler, d);
        self.push_fblock(FBlockKind::Finally(finalbody));
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse, is_star)?;
        }
        self.u().fblocks.pop();
        self.pop_handler();
        self.body(finalbody)?;
        self.emit(Op::Jump(end.0));
        // The exceptional path: run the finally body, then re-raise.
        self.place_at_depth(handler, d + 1);
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, d + 1);
        self.push_fblock(FBlockKind::FinallyEnd);
        self.body(finalbody)?;
        self.u().fblocks.pop();
        self.emit(Op::Reraise);
        self.pop_handler();
        self.place_at_depth(cleanup, d + 2);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.place_at_depth(end, d);
        Ok(())
    }

    /// `with` / `async with` (which awaits `__aenter__`, `__aexit__`) over
    /// `items`; the `__exit__` calls carry the whole statement's `span`, as
    /// CPython's (no carets in tracebacks).
    fn with(
        &mut self,
        span: Span,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_span(item.context_expr.span);
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.await_top();
        } else {
            self.emit(Op::BeforeWith);
        }
        let d = self.depth() - 1;
        self.push_handler(handler, d);
        self.push_fblock(if is_async {
            FBlockKind::AsyncWith(span)
        } else {
            FBlockKind::With(span)
        });
        match &item.optional_vars {
            Some(t) => self.assign(t)?,
            None => {
                self.emit(Op::PopTop);
            }
        }
        self.with(span, rest, body, is_async)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.set_span(span);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::Call(3));
        if is_async {
            self.await_top();
        }
        self.emit(Op::PopTop);
        self.emit(Op::Jump(end.0));
        // [exit, exc]
        self.place_at_depth(handler, d + 1);
        self.set_span(span);
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, d + 1);
        self.emit(Op::WithExceptStart);
        if is_async {
            self.await_top();
        }
        self.emit(Op::PopJumpIfTrue(suppress.0));
        self.emit(Op::Reraise);
        self.place_at_depth(suppress, d + 3);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        self.pop_handler();
        self.emit(Op::Jump(end.0));
        self.place_at_depth(cleanup, d + 3);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.place_at_depth(end, d - 1);
        Ok(())
    }

    /// `async for`: awaits `__anext__()` until it raises `StopAsyncIteration`.
    fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        if !matches!(
            self.ur().kind,
            CodeKind::Coroutine | CodeKind::AsyncGenerator
        ) {
            return Err(SyntaxError::new(
                "'async for' outside async function",
                s.span,
            ));
        }
        let top = self.new_label();
        let exit = self.new_label();
        let brk = self.new_label();
        self.expr(iter)?;
        self.set_span(iter.span);
        self.emit(Op::GetAIter);
        let d = self.depth();
        self.place(top);
        self.push_handler(exit, d);
        self.set_span(s.span);
        self.emit(Op::GetANext);
        self.await_top();
        self.pop_handler();
        self.assign(target)?;
        self.push_fblock(FBlockKind::For { cont: top, brk });
        self.body(body)?;
        self.u().fblocks.pop();
        self.set_span(iter.span);
        self.emit(Op::Jump(top.0));
        self.place_at_depth(exit, d + 1);
        self.emit(Op::EndAsyncFor);
        self.body(orelse)?;
        self.place(brk);
        Ok(())
    }

    fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let key = scope_key(f);
        let kind = match (f.is_async, self.table.scope(key).is_generator) {
            (false, false) => CodeKind::Function,
            (false, true) => CodeKind::Generator,
            (true, false) => CodeKind::Coroutine,
            (true, true) => CodeKind::AsyncGenerator,
        };
        let line = self.line_of(span);
        let qualname = self.qualname_for(&f.name);
        self.set_span(span);
        let flags = self.defaults(&f.args)?;
        self.push_unit(key, kind, f.name.clone(), qualname, line);
        // A leading string constant is the docstring.
        let body: &'a [Stmt] = &f.body;
        if let Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(doc)),
                    ..
                }),
            ..
        }) = body.first()
        {
            self.add_const(Value::str(doc));
        } else {
            self.add_const(Value::None);
        }
        for s in body {
            self.stmt(s)?;
        }
        self.set_span(Span::new(span.end as usize, span.end as usize));
        self.load_const(Value::None);
        self.emit(Op::ReturnValue);
        let code = self.pop_unit(&arg_counts(&f.args));
        self.set_span(span);
        self.make_function(code, flags);
        if self.function_annotations(&f.args, f.returns.as_ref())? {
            self.set_span(span);
            self.emit(Op::FunctionAnnotations);
        }
        self.apply_decorators(&f.decorators, span);
        self.store_name(&f.name);
        Ok(())
    }

    /// Pushes defaults and keyword defaults; returns which were pushed.
    fn defaults(&mut self, args: &'a Arguments) -> CResult<(bool, bool)> {
        let has_defaults = !args.defaults.is_empty();
        if has_defaults {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        let has_kw = !kw.is_empty();
        if has_kw {
            for (a, d) in &kw {
                self.load_const(Value::str(&a.name));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
        }
        Ok((has_defaults, has_kw))
    }

    fn make_function(&mut self, code: Rc<Code>, (defaults, kwdefaults): (bool, bool)) {
        let closure = !code.freevars.is_empty();
        if closure {
            let cells = code
                .freevars
                .iter()
                .map(|name| Value::Int(self.deref_index(name.as_str()) as i64))
                .collect();
            self.load_const(Value::tuple(cells));
        }
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction {
            defaults,
            kwdefaults,
            closure,
        });
    }

    // ---- assignment -----------------------------------------------------------------

    fn assign(&mut self, t: &'a Expr) -> CResult {
        let outer = self.set_span(t.span);
        match &t.kind {
            ExprKind::Name(n) => {
                self.store_name(n);
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_span(t.span);
                let i = self.attr_index(attr);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_span(t.span);
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                let op = match star {
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        Op::UnpackEx(i as u32 | (after as u32) << 16)
                    }
                    None => Op::UnpackSequence(elts.len() as u32),
                };
                self.emit(op);
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.assign(inner)?,
                        _ => self.assign(e)?,
                    }
                }
            }
            ExprKind::Starred(inner) => self.assign(inner)?,
            _ => {
                return Err(SyntaxError::new("cannot assign to expression", t.span));
            }
        };
        self.set_span(outer);
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult {
        self.set_span(t.span);
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_span(t.span);
                let i = self.attr_index(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_span(t.span);
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(SyntaxError::new("cannot delete expression", t.span)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: ast::BinOp, value: &'a Expr) -> CResult {
        let op = binop(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.set_span(target.span);
                self.load_name(n);
                self.expr(value)?;
                self.set_span(target.span.to(value.span));
                self.emit(Op::InPlace(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Copy(1));
                let i = self.attr_index(attr);
                self.set_span(target.span);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.set_span(target.span.to(value.span));
                self.emit(Op::InPlace(op));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.set_span(target.span);
                self.emit(Op::BinarySubscr);
                self.expr(value)?;
                self.set_span(target.span.to(value.span));
                self.emit(Op::InPlace(op));
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(SyntaxError::new(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    // ---- expressions ----------------------------------------------------------------

    fn expr(&mut self, e: &'a Expr) -> CResult {
        let outer = self.set_span(e.span);
        self.expr_inner(e)?;
        self.set_span(outer);
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Constant(c) => self.load_const(constant(c)),
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary(binop(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let op = match op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.emit(Op::Unary(op));
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        let jump = match op {
                            ast::BoolOp::And => Op::JumpIfFalseOrPop(end.0),
                            ast::BoolOp::Or => Op::JumpIfTrueOrPop(end.0),
                        };
                        self.emit(jump);
                    }
                }
                self.place(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.expr(test)?;
                self.emit(Op::PopJumpIfFalse(else_l.0));
                let d = self.depth();
                self.expr(body)?;
                self.emit(Op::Jump(end.0));
                self.place_at_depth(else_l, d);
                self.expr(orelse)?;
                self.place(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy(1));
                if let ExprKind::Name(n) = &target.kind {
                    self.store_name(n);
                }
            }
            ExprKind::Tuple(elts) => {
                if self.starred_sequence(elts)? {
                    self.emit(Op::ListToTuple);
                } else {
                    self.emit(Op::BuildTuple(elts.len() as u32));
                }
            }
            ExprKind::List(elts) => {
                if !self.starred_sequence(elts)? {
                    self.emit(Op::BuildList(elts.len() as u32));
                }
            }
            ExprKind::Set(elts) => {
                if elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
                    self.emit(Op::BuildSet(0));
                    for el in elts {
                        match &el.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(Op::SetUpdate(1));
                            }
                            _ => {
                                self.expr(el)?;
                                self.emit(Op::SetAdd(1));
                            }
                        }
                    }
                } else if let Some(fs) = const_frozenset(elts).filter(|_| elts.len() > 2) {
                    // As CPython: merge a constant frozenset into an empty
                    // set, which lays the table out differently from adding
                    // the items one by one.
                    self.emit(Op::BuildSet(0));
                    self.load_const(fs);
                    self.emit(Op::SetUpdate(1));
                } else {
                    for el in elts {
                        self.expr(el)?;
                    }
                    self.emit(Op::BuildSet(elts.len() as u32));
                }
            }
            ExprKind::Dict { keys, values } => {
                let mut pending = 0;
                let mut built = false;
                for (k, v) in keys.iter().zip(values) {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            pending += 1;
                        }
                        None => {
                            if pending > 0 || !built {
                                self.emit(Op::BuildMap(pending));
                                if built {
                                    self.emit(Op::DictUpdate(1));
                                }
                                built = true;
                                pending = 0;
                            }
                            self.expr(v)?;
                            self.emit(Op::DictUpdate(1));
                        }
                    }
                }
                if !built {
                    self.emit(Op::BuildMap(pending));
                } else if pending > 0 {
                    self.emit(Op::BuildMap(pending));
                    self.emit(Op::DictUpdate(1));
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_index(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::Lambda { args, body } => {
                let key = scope_key(e);
                let flags = self.defaults(args)?;
                let qualname = self.qualname_for("<lambda>");
                let line = self.line_of(e.span);
                self.push_unit(key, CodeKind::Function, "<lambda>".into(), qualname, line);
                self.add_const(Value::None);
                self.expr(body)?;
                self.emit(Op::ReturnValue);
                let kind = if self.ur().scope.is_generator {
                    CodeKind::Generator
                } else {
                    CodeKind::Function
                };
                self.u().kind = kind;
                let code = self.pop_unit(&arg_counts(args));
                self.make_function(code, flags);
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, CompKind::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, CompKind::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, CompKind::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, CompKind::Gen(elt))?
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                if self.ur().kind == CodeKind::AsyncGenerator {
                    self.emit(Op::AsyncGenWrap);
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                if matches!(
                    self.ur().kind,
                    CodeKind::Coroutine | CodeKind::AsyncGenerator
                ) {
                    return Err(SyntaxError::new(
                        "'yield from' inside async function",
                        e.span,
                    ));
                }
                self.expr(value)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Value::None);
                self.yield_from_loop();
            }
            ExprKind::Await(value) => {
                self.check_async_context("'await'", e.span)?;
                self.expr(value)?;
                self.set_span(e.span);
                self.await_top();
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
                if parts.len() != 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(Op::BuildString(parts.len() as u32));
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
                let conversion = match conversion {
                    None => 0,
                    Some(Conversion::Str) => b's',
                    Some(Conversion::Repr) => b'r',
                    Some(Conversion::Ascii) => b'a',
                };
                self.set_span(e.span);
                self.emit(Op::FormatValue {
                    conversion,
                    has_spec: format_spec.is_some(),
                });
            }
            ExprKind::Starred(_) => {
                return Err(SyntaxError::new(
                    "can't use starred expression here",
                    e.span,
                ))
            }
        }
        Ok(())
    }

    /// `[awaitable]` → `[result]`: `GetAwaitable` and the `yield from` loop.
    fn await_top(&mut self) {
        self.emit(Op::GetAwaitable);
        self.load_const(Value::None);
        self.yield_from_loop();
    }

    /// CPython's SyntaxError for `what` (`'await'`) outside an async function.
    fn check_async_context(&self, what: &str, span: Span) -> CResult {
        let u = self.ur();
        if matches!(u.kind, CodeKind::Coroutine | CodeKind::AsyncGenerator) {
            return Ok(());
        }
        let msg = match u.scope.kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                format!("{what} outside async function")
            }
            _ => format!("{what} outside function"),
        };
        Err(SyntaxError::new(msg, span))
    }

    /// `[subiter, value]` → the delegation loop of `yield from` → `[result]`.
    fn yield_from_loop(&mut self) {
        let top = self.new_label();
        let done = self.new_label();
        let d = self.depth();
        self.place(top);
        self.emit(Op::Send(done.0));
        self.emit(Op::YieldValue);
        self.emit(Op::Jump(top.0));
        self.place_at_depth(done, d - 1);
    }

    /// Builds a list from elements that include `*x`; returns false when none do
    /// (and nothing was emitted but the elements).
    fn starred_sequence(&mut self, elts: &'a [Expr]) -> CResult<bool> {
        if !elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
            for el in elts {
                self.expr(el)?;
            }
            return Ok(false);
        }
        self.emit(Op::BuildList(0));
        for el in elts {
            match &el.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(el)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        Ok(true)
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        let span = self.ur().span;
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.set_span(span);
            self.emit(cmp_op(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            self.set_span(span);
            if i + 1 < ops.len() {
                self.emit(Op::Swap(2));
                self.emit(Op::Copy(2));
                self.emit(cmp_op(*op));
                self.emit(Op::JumpIfFalseOrPop(cleanup.0));
            } else {
                self.emit(cmp_op(*op));
            }
        }
        let d = self.depth();
        self.emit(Op::Jump(end.0));
        self.place_at_depth(cleanup, d + 1);
        self.emit(Op::Swap(2));
        self.emit(Op::PopTop);
        self.place(end);
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        if self.zero_arg_super(func, args, keywords)? {
            return Ok(());
        }
        let span = self.ur().span;
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            self.expr(func)?;
            if self.starred_sequence(args)? {
                self.emit(Op::ListToTuple);
            } else {
                self.emit(Op::BuildTuple(args.len() as u32));
            }
            let has_kw = !keywords.is_empty();
            if has_kw {
                self.emit(Op::BuildMap(0));
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            self.load_const(Value::str(name));
                            self.expr(&k.value)?;
                            self.emit(Op::BuildMap(1));
                            self.emit(Op::DictMerge(1));
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Op::DictMerge(1));
                        }
                    }
                }
            }
            self.set_span(span);
            self.emit(Op::CallEx(has_kw));
            return Ok(());
        }
        if keywords.is_empty() {
            if let ExprKind::Attribute { value, attr } = &func.kind {
                self.expr(value)?;
                let i = self.attr_index(attr);
                self.set_span(func.span);
                self.emit(Op::LoadMethod(i));
                for a in args {
                    self.expr(a)?;
                }
                self.set_span(span);
                self.emit(Op::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(func)?;
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.set_span(span);
        if keywords.is_empty() {
            self.emit(Op::Call(args.len() as u32));
        } else {
            let names = keywords
                .iter()
                .map(|k| Value::str(k.arg.as_deref().unwrap_or("")))
                .collect();
            let names = self.add_const(Value::tuple(names));
            self.emit(Op::CallKw {
                argc: (args.len() + keywords.len()) as u16,
                names: names as u16,
            });
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        generators: &'a [Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        let key = scope_key(e);
        let is_async = self.table.scope(key).is_coroutine;
        let is_genexp = matches!(kind, CompKind::Gen(_));
        let code_kind = match (is_genexp, is_async) {
            (false, false) => CodeKind::Function,
            (false, true) => CodeKind::Coroutine,
            (true, false) => CodeKind::Generator,
            (true, true) => CodeKind::AsyncGenerator,
        };
        if is_async && !is_genexp {
            let u = self.ur();
            let awaits_here = matches!(u.kind, CodeKind::Coroutine | CodeKind::AsyncGenerator)
                || u.scope.kind == ScopeKind::Comprehension;
            if !awaits_here {
                return Err(SyntaxError::new(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.span,
                ));
            }
        }
        let qualname = self.qualname_for(name);
        let line = self.line_of(e.span);
        self.push_unit(key, code_kind, name.to_owned(), qualname, line);
        self.add_const(Value::None);
        match kind {
            CompKind::List(_) => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        self.comp_generator(generators, 0, &kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit(&[1]);
        self.set_span(e.span);
        self.make_function(code, (false, false));
        self.iter_expr(&generators[0].iter)?;
        self.set_span(e.span);
        self.emit(if generators[0].is_async {
            Op::GetAIter
        } else {
            Op::GetIter
        });
        self.emit(Op::Call(1));
        if is_async && !is_genexp {
            self.await_top();
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        kind: &CompKind<'a>,
    ) -> CResult {
        let g = &generators[index];
        let top = self.new_label();
        let exit = self.new_label();
        if index == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.iter_expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let d = self.depth();
        self.place(top);
        if g.is_async {
            self.push_handler(exit, d);
            self.emit(Op::GetANext);
            self.await_top();
            self.pop_handler();
        } else {
            self.emit(Op::ForIter(exit.0));
        }
        self.assign(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit(Op::PopJumpIfFalse(top.0));
        }
        if index + 1 < generators.len() {
            self.comp_generator(generators, index + 1, kind)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    if self.ur().kind == CodeKind::AsyncGenerator {
                        self.emit(Op::AsyncGenWrap);
                    }
                    self.emit(Op::YieldValue);
                    self.emit(Op::PopTop);
                }
            }
        }
        self.emit(Op::Jump(top.0));
        if g.is_async {
            self.place_at_depth(exit, d + 1);
            self.emit(Op::EndAsyncFor);
        } else {
            self.place_at_depth(exit, d - 1);
        }
        Ok(())
    }
}

/// What a comprehension builds, with the expressions it evaluates per item.
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

/// `[argcount, posonly, kwonly, varargs, varkw]` of a parameter list.
fn arg_counts(a: &Arguments) -> [u32; 5] {
    [
        (a.posonlyargs.len() + a.args.len()) as u32,
        a.posonlyargs.len() as u32,
        a.kwonlyargs.len() as u32,
        a.vararg.is_some() as u32,
        a.kwarg.is_some() as u32,
    ]
}

/// The value of an expression CPython's AST optimizer folds into a
/// constant: literals, signs on numbers, and tuples of those.
fn folded_const(e: &Expr) -> Option<Value> {
    Some(match &e.kind {
        ExprKind::Constant(Constant::Imaginary(_) | Constant::Bytes(_)) => return None,
        ExprKind::Constant(c) => constant(c),
        ExprKind::UnaryOp { op, operand } => match (op, folded_const(operand)?) {
            (ast::UnaryOp::UAdd, v @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => v,
            (ast::UnaryOp::USub, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-num_bigint::BigInt::from(i)),
            },
            (ast::UnaryOp::USub, Value::BigInt(b)) => Value::from_bigint(-(*b).clone()),
            (ast::UnaryOp::USub, Value::Float(f)) => Value::Float(-f),
            (ast::UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
            _ => return None,
        },
        ExprKind::Tuple(items) => {
            Value::tuple(items.iter().map(folded_const).collect::<Option<_>>()?)
        }
        ExprKind::BinOp { left, op, right } => {
            fold_int_binop(*op, &folded_const(left)?, &folded_const(right)?)?
        }
        _ => return None,
    })
}

/// `a <op> b` on int constants as CPython's AST optimizer folds it (not
/// when the result could exceed 128 bits).
fn fold_int_binop(op: ast::BinOp, a: &Value, b: &Value) -> Option<Value> {
    use num_bigint::BigInt;
    use num_traits::{Signed, ToPrimitive, Zero};
    let int = |v: &Value| match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    };
    let (x, y) = (int(a)?, int(b)?);
    let bits = |n: &BigInt| n.bits();
    let r = match op {
        ast::BinOp::Add => x + y,
        ast::BinOp::Sub => x - y,
        ast::BinOp::Mult => {
            if !x.is_zero() && !y.is_zero() && bits(&x) + bits(&y) > 128 {
                return None;
            }
            x * y
        }
        ast::BinOp::Pow => {
            let e = y.to_u32().filter(|_| !y.is_negative())?;
            if !x.is_zero() && bits(&x) * e as u64 > 128 {
                return None;
            }
            x.pow(e)
        }
        ast::BinOp::LShift => {
            let e = y.to_u64().filter(|e| *e <= 128)?;
            if bits(&x) > 128 - e {
                return None;
            }
            x << e
        }
        _ => return None,
    };
    Some(Value::from_bigint(r))
}

/// The frozenset constant CPython makes of a set display (or a `for`
/// iterable) whose items are all constants: built from the items one by one,
/// then rebuilt from its own iteration order when the compiler merges
/// constants (`merge_consts_recursive`).
fn const_frozenset(elts: &[Expr]) -> Option<Value> {
    let items: Vec<Value> = elts.iter().map(folded_const).collect::<Option<_>>()?;
    let first = crate::objects::PySet::new();
    for item in items {
        first.add(item).ok()?;
    }
    let set = crate::objects::PySet::new();
    for item in first.items() {
        set.add(item).ok()?;
    }
    Some(Value::FrozenSet(Rc::new(set)))
}

fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::from_bigint(b.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Imaginary(im) => Value::complex(0.0, *im),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::bytes(b.clone()),
    }
}

/// Constants are shared only when identical in type and value (`1` is not `1.0` or `True`).
fn same_const(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        _ => false,
    }
}

fn binop(op: ast::BinOp) -> BinaryOp {
    use ast::BinOp as A;
    match op {
        A::Add => BinaryOp::Add,
        A::Sub => BinaryOp::Sub,
        A::Mult => BinaryOp::Mul,
        A::MatMult => BinaryOp::MatMul,
        A::Div => BinaryOp::TrueDiv,
        A::Mod => BinaryOp::Mod,
        A::Pow => BinaryOp::Pow,
        A::LShift => BinaryOp::LShift,
        A::RShift => BinaryOp::RShift,
        A::BitOr => BinaryOp::Or,
        A::BitXor => BinaryOp::Xor,
        A::BitAnd => BinaryOp::And,
        A::FloorDiv => BinaryOp::FloorDiv,
    }
}

fn cmp_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Eq => Op::Compare(CompareOp::Eq),
        CmpOp::NotEq => Op::Compare(CompareOp::Ne),
        CmpOp::Lt => Op::Compare(CompareOp::Lt),
        CmpOp::LtE => Op::Compare(CompareOp::Le),
        CmpOp::Gt => Op::Compare(CompareOp::Gt),
        CmpOp::GtE => Op::Compare(CompareOp::Ge),
        CmpOp::Is => Op::IsOp(false),
        CmpOp::IsNot => Op::IsOp(true),
        CmpOp::In => Op::ContainsOp(false),
        CmpOp::NotIn => Op::ContainsOp(true),
    }
}

/// The change in stack depth when `op` falls through to the next instruction.
fn stack_effect(op: Op) -> i32 {
    match op {
        Op::Nop | Op::Swap(_) | Op::DeleteFast(_) | Op::DeleteDeref(_) => 0,
        Op::SetupAnnotations => 0,
        Op::DeleteGlobal(_) | Op::DeleteName(_) | Op::Jump(_) => 0,
        Op::LoadAttr(_) | Op::Unary(_) | Op::GetIter | Op::ListToTuple => 0,
        Op::GetYieldFromIter
        | Op::YieldValue
        | Op::CheckExcMatch
        | Op::CheckEgMatch
        | Op::Send(_) => 0,
        Op::GetAwaitable | Op::GetAIter | Op::AsyncGenWrap => 0,
        Op::BeforeAsyncWith | Op::GetANext => 1,
        Op::EndAsyncFor => -2,
        Op::PopTop | Op::PrintExpr | Op::StoreFast(_) | Op::StoreDeref(_) | Op::StoreGlobal(_) => {
            -1
        }
        Op::StoreName(_) | Op::DeleteAttr(_) | Op::BinarySubscr => -1,
        Op::FunctionAnnotations => -1,
        Op::Binary(_) | Op::InPlace(_) | Op::Compare(_) | Op::IsOp(_) | Op::ContainsOp(_) => -1,
        Op::PopJumpIfFalse(_) | Op::PopJumpIfTrue(_) => -1,
        Op::JumpIfFalseOrPop(_) | Op::JumpIfTrueOrPop(_) => -1,
        Op::ListAppend(_) | Op::SetAdd(_) | Op::ListExtend(_) | Op::SetUpdate(_) => -1,
        Op::DictUpdate(_) | Op::DictMerge(_) => -1,
        Op::ReturnValue | Op::Reraise | Op::PopExcept | Op::ImportStar | Op::PrepReraiseStar => -1,
        Op::ImportName(_) => -1,
        Op::Copy(_) | Op::LoadConst(_) | Op::LoadFast(_) | Op::LoadDeref(_) => 1,
        Op::LoadGlobal(_) | Op::LoadName(_) | Op::LoadMethod(_) => 1,
        Op::ForIter(_) | Op::PushExcInfo | Op::BeforeWith | Op::WithExceptStart => 1,
        Op::ImportFrom(_) | Op::LoadAssertionError => 1,
        Op::StoreAttr(_) | Op::DeleteSubscr | Op::MapAdd(_) => -2,
        Op::StoreSubscr => -3,
        Op::BuildSlice(n) => 1 - n as i32,
        Op::BuildTuple(n) | Op::BuildList(n) | Op::BuildSet(n) | Op::BuildString(n) => 1 - n as i32,
        Op::BuildMap(n) => 1 - 2 * n as i32,
        Op::UnpackSequence(n) => n as i32 - 1,
        Op::UnpackEx(n) => ((n & 0xffff) + (n >> 16)) as i32,
        Op::FormatValue { has_spec, .. } => -(has_spec as i32),
        Op::MakeFunction {
            defaults,
            kwdefaults,
            closure,
        } => -(defaults as i32 + kwdefaults as i32 + closure as i32),
        Op::Call(n) => -(n as i32),
        Op::CallMethod(n) => -(n as i32) - 1,
        Op::CallKw { argc, .. } => -(argc as i32),
        Op::CallEx(kw) => -1 - kw as i32,
        Op::Raise(n) => -(n as i32),
    }
}
