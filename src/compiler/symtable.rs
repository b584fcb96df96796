//! The symbol-table pass: decides, for every name in every scope, whether it
//! is local, a cell (local and used by a nested scope), free (a closure
//! variable), or global — before any code is generated.

use std::collections::{HashMap, HashSet};

use indexmap::IndexSet;

use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A fast local of a function.
    Local,
    /// A local captured by a nested scope.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound in any enclosing function: module globals, then builtins.
    GlobalImplicit,
    /// A module or class namespace name (`LoadName`).
    Name,
}

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// The analysed names of one scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub bindings: HashMap<String, Binding>,
    /// Parameters first, then other locals in order of first binding.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// The body contains `yield` (a generator) or is `async def`.
    pub is_generator: bool,
    /// The body awaits: `await`, an `async for` clause, or (3.11) an
    /// asynchronous list/set/dict comprehension nested in it. Decides
    /// whether a comprehension compiles to a coroutine or async generator.
    pub is_coroutine: bool,
    /// Names bound here (before analysis).
    assigned: IndexSet<String>,
    used: IndexSet<String>,
    globals: HashSet<String>,
    nonlocals: HashMap<String, Span>,
    params: Vec<String>,
    children: Vec<usize>,
    /// For comprehension scopes: "list comprehension", "generator expression", ...
    comprehension: &'static str,
    /// Class scopes: names bound in the class body that its methods also
    /// need from an enclosing function (kept as free variables too).
    class_free: HashSet<String>,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            bindings: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            assigned: IndexSet::new(),
            used: IndexSet::new(),
            globals: HashSet::new(),
            nonlocals: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            comprehension: "",
            class_free: HashSet::new(),
        }
    }

    /// How `name` is reached from this scope.
    pub fn binding(&self, name: &str) -> Binding {
        match self.bindings.get(name) {
            Some(b) => *b,
            None if matches!(self.kind, ScopeKind::Module | ScopeKind::Class) => Binding::Name,
            None => Binding::GlobalImplicit,
        }
    }
}

/// Every scope of a module, keyed by the address of the AST node that opens it
/// (the module itself is key 0).
pub struct SymbolTable {
    pub scopes: HashMap<usize, Scope>,
}

/// The key of the scope opened by `node` (a `FunctionDef`, `ClassDef`, lambda
/// or comprehension expression).
pub fn scope_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder {
    arena: Vec<(usize, Scope)>,
    stack: Vec<usize>,
}

impl SymbolTable {
    /// Builds and analyses the table of `module`.
    pub fn build(module: &Module) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder {
            arena: vec![(0, Scope::new(ScopeKind::Module))],
            stack: vec![0],
        };
        for s in &module.body {
            b.stmt(s)?;
        }
        let mut arena: Vec<Option<(usize, Scope)>> = b.arena.into_iter().map(Some).collect();
        let mut scopes = HashMap::new();
        analyze(0, &mut arena, &HashSet::new(), &mut scopes)?;
        Ok(SymbolTable { scopes })
    }

    /// The scope opened at `key`.
    pub fn scope(&self, key: usize) -> &Scope {
        &self.scopes[&key]
    }
}

/// Resolves scope `idx` given the names bound in enclosing function scopes;
/// returns the free names it needs from outside.
fn analyze(
    idx: usize,
    arena: &mut Vec<Option<(usize, Scope)>>,
    enclosing: &HashSet<String>,
    out: &mut HashMap<usize, Scope>,
) -> Result<HashSet<String>, SyntaxError> {
    let (key, mut scope) = arena[idx].take().expect("scope analysed once");
    let is_function = matches!(scope.kind, ScopeKind::Function | ScopeKind::Comprehension);
    let mut free_needed = HashSet::new();
    let names: Vec<String> = scope
        .assigned
        .iter()
        .chain(scope.used.iter())
        .chain(scope.nonlocals.keys())
        .cloned()
        .collect();
    for name in names {
        if scope.bindings.contains_key(&name) {
            continue;
        }
        let b = if scope.globals.contains(&name) {
            Binding::GlobalExplicit
        } else if let Some(&span) = scope.nonlocals.get(&name) {
            if !enclosing.contains(&name) {
                return Err(SyntaxError::new(
                    format!("no binding for nonlocal '{name}' found"),
                    span,
                ));
            }
            Binding::Free
        } else if scope.assigned.contains(&name) {
            if is_function {
                Binding::Local
            } else {
                Binding::Name
            }
        } else if enclosing.contains(&name) {
            Binding::Free
        } else if is_function {
            Binding::GlobalImplicit
        } else {
            Binding::Name
        };
        if b == Binding::Free {
            free_needed.insert(name.clone());
        }
        scope.bindings.insert(name, b);
    }
    // Names visible to nested functions: this scope's locals (if a function) plus the enclosing ones.
    let mut inner_enclosing = enclosing.clone();
    if scope.kind == ScopeKind::Class {
        // Methods that use `super` or `__class__` close over the class cell.
        inner_enclosing.insert("__class__".to_owned());
    }
    if is_function {
        for (n, b) in &scope.bindings {
            if matches!(b, Binding::Local | Binding::Free) {
                inner_enclosing.insert(n.clone());
            }
        }
    }
    for &child in &scope.children.clone() {
        let child_free = analyze(child, arena, &inner_enclosing, out)?;
        for name in child_free {
            match scope.bindings.get(&name).copied() {
                _ if scope.kind == ScopeKind::Class && name == "__class__" => {
                    scope.bindings.insert(name, Binding::Cell);
                }
                Some(Binding::Local) => {
                    scope.bindings.insert(name, Binding::Cell);
                }
                Some(Binding::Cell) | Some(Binding::Free) => {}
                _ if scope.kind == ScopeKind::Class || !scope.bindings.contains_key(&name) => {
                    // Passes through this scope to an enclosing function. A class
                    // body passes it on as a free variable of its own even when
                    // the class also binds the name in its namespace.
                    if is_function || !scope.bindings.contains_key(&name) {
                        scope.bindings.insert(name.clone(), Binding::Free);
                    } else {
                        scope.class_free.insert(name.clone());
                    }
                    free_needed.insert(name);
                }
                _ => {}
            }
        }
    }
    // Lay out variables: parameters first.
    if is_function {
        let mut varnames: IndexSet<String> = scope.params.iter().cloned().collect();
        for n in &scope.assigned {
            if scope.bindings.get(n) == Some(&Binding::Local) {
                varnames.insert(n.clone());
            }
        }
        scope.varnames = varnames.into_iter().collect();
    }
    let mut cells: Vec<String> = scope
        .bindings
        .iter()
        .filter(|(_, b)| **b == Binding::Cell)
        .map(|(n, _)| n.clone())
        .collect();
    cells.sort();
    let mut frees: Vec<String> = scope
        .bindings
        .iter()
        .filter(|(_, b)| **b == Binding::Free)
        .map(|(n, _)| n.clone())
        .chain(scope.class_free.iter().cloned())
        .collect();
    frees.sort();
    scope.cellvars = cells;
    scope.freevars = frees;
    out.insert(key, scope);
    Ok(free_needed)
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().expect("scope stack never empty");
        &mut self.arena[i].1
    }

    fn push_scope(&mut self, key: usize, kind: ScopeKind) {
        let idx = self.arena.len();
        self.arena.push((key, Scope::new(kind)));
        self.cur().children.push(idx);
        self.stack.push(idx);
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn bind(&mut self, name: &str) {
        self.cur().assigned.insert(name.to_owned());
    }

    fn use_name(&mut self, name: &str) {
        if name == "super" && self.cur().kind == ScopeKind::Function {
            // Zero-argument `super()` needs the class cell.
            self.cur().used.insert("__class__".to_owned());
        }
        self.cur().used.insert(name.to_owned());
    }

    fn body(&mut self, stmts: &[Stmt]) -> Result<(), SyntaxError> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn declare(&mut self, names: &[String], global: bool, span: Span) -> Result<(), SyntaxError> {
        let kind = self.cur().kind;
        for name in names {
            let scope = self.cur();
            let word = if global { "global" } else { "nonlocal" };
            if !global && kind == ScopeKind::Module {
                return Err(SyntaxError::new(
                    "nonlocal declaration not allowed at module level",
                    span,
                ));
            }
            if scope.params.contains(name) {
                return Err(SyntaxError::new(
                    format!("name '{name}' is parameter and {word}"),
                    span,
                ));
            }
            if scope.assigned.contains(name) {
                return Err(SyntaxError::new(
                    format!("name '{name}' is assigned to before {word} declaration"),
                    span,
                ));
            }
            if scope.used.contains(name) {
                return Err(SyntaxError::new(
                    format!("name '{name}' is used prior to {word} declaration"),
                    span,
                ));
            }
            if global {
                if scope.nonlocals.contains_key(name) {
                    return Err(SyntaxError::new(
                        format!("name '{name}' is nonlocal and global"),
                        span,
                    ));
                }
                scope.globals.insert(name.clone());
            } else {
                if scope.globals.contains(name) {
                    return Err(SyntaxError::new(
                        format!("name '{name}' is nonlocal and global"),
                        span,
                    ));
                }
                scope.nonlocals.insert(name.clone(), span);
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.arguments_outer(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                self.push_scope(scope_key(&**f), ScopeKind::Function);
                self.params(&f.args);
                self.body(&f.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                self.push_scope(scope_key(&**c), ScopeKind::Class);
                self.body(&c.body)?;
                self.pop_scope();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.target(target)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.body(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_owned());
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(SyntaxError::new(
                                "import * only allowed at module level",
                                s.span,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).clone();
                    self.bind(&bound);
                }
            }
            StmtKind::Global(names) => self.declare(names, true, s.span)?,
            StmtKind::Nonlocal(names) => self.declare(names, false, s.span)?,
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn arguments_outer(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        for a in args.all() {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for a in all {
            let scope = self.cur();
            scope.params.push(a.name.clone());
            scope.assigned.insert(a.name.clone());
        }
    }

    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.target(e)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension(
        &mut self,
        what: &'static str,
        key: usize,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        self.push_scope(key, ScopeKind::Comprehension);
        self.cur().comprehension = what;
        if is_genexp {
            self.cur().is_generator = true;
        }
        if generators.iter().any(|g| g.is_async) {
            self.cur().is_coroutine = true;
        }
        self.cur().params.push(".0".to_owned());
        self.cur().assigned.insert(".0".to_owned());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        // Awaiting an asynchronous list/set/dict comprehension makes the
        // enclosing scope await too; an async generator expression doesn't.
        let awaits = self.cur().is_coroutine && !is_genexp;
        self.pop_scope();
        if awaits {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    // Binds in the nearest enclosing non-comprehension scope.
                    let pos = self
                        .stack
                        .iter()
                        .rposition(|&i| self.arena[i].1.kind != ScopeKind::Comprehension)
                        .unwrap_or(0);
                    let depth = self.stack.len() - 1 - pos;
                    let idx = self.stack[pos];
                    self.arena[idx].1.assigned.insert(n.clone());
                    if depth > 0 {
                        let at_module = self.arena[idx].1.kind == ScopeKind::Module;
                        for &i in &self.stack[pos + 1..] {
                            let scope = &mut self.arena[i].1;
                            if at_module {
                                scope.globals.insert(n.clone());
                            } else {
                                scope.nonlocals.insert(n.clone(), target.span);
                            }
                        }
                    }
                }
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arguments_outer(args)?;
                self.push_scope(scope_key(e), ScopeKind::Function);
                self.params(args);
                self.expr(body)?;
                self.pop_scope();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                for v in elts {
                    self.expr(v)?;
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(comp_name(&e.kind), scope_key(e), generators, &[elt], false)?
            }
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                "generator expression",
                scope_key(e),
                generators,
                &[elt],
                true,
            )?,
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                "dict comprehension",
                scope_key(e),
                generators,
                &[key, value],
                false,
            )?,
            ExprKind::Await(v) => {
                self.cur().is_coroutine = true;
                self.expr(v)?
            }
            ExprKind::Yield(v) => {
                self.mark_generator(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.span)?;
                self.expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), SyntaxError> {
        let scope = self.cur();
        match scope.kind {
            ScopeKind::Function => {
                scope.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => Err(SyntaxError::new(
                format!("'yield' inside {}", scope.comprehension),
                span,
            )),
            _ => Err(SyntaxError::new("'yield' outside function", span)),
        }
    }
}

fn comp_name(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::SetComp { .. } => "set comprehension",
        _ => "list comprehension",
    }
}
