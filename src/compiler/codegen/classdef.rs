//! Compiling `class` statements and the zero-argument `super()` call.
//!
//! `class C(B, metaclass=M): body` compiles as CPython's does:
//! `__build_class__(<function C>, 'C', B, metaclass=M)`, where the function
//! runs the body in a fresh namespace. A method that uses `super` or
//! `__class__` gets the class body's `__class__` cell (see the symbol table);
//! `super()` in such a method compiles as `super(__class__, <first arg>)`.

use super::*;

impl<'a> Compiler<'a> {
    /// `class name(bases, **keywords): body`.
    pub(super) fn class_def(&mut self, c: &'a ClassDef, span: Span) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let key = scope_key(c);
        let line = self.line_of(span);
        let qualname = self.qualname_for(&c.name);
        self.set_span(span);
        let i = self.name_index("__build_class__");
        self.emit(Op::LoadGlobal(i));
        self.push_unit(key, CodeKind::Class, c.name.clone(), qualname.clone(), line);
        // consts[0] is not a docstring for class bodies.
        self.add_const(Value::None);
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(Value::str(&qualname));
        self.store_name("__qualname__");
        let body: &'a [Stmt] = &c.body;
        self.setup_annotations(body);
        let mut rest = body;
        if let Some(Stmt {
            kind:
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(doc)),
                    ..
                }),
            ..
        }) = body.first()
        {
            self.load_const(Value::str(doc));
            self.store_name("__doc__");
            rest = &body[1..];
        }
        for s in rest {
            self.stmt(s)?;
        }
        self.load_const(Value::None);
        self.emit(Op::ReturnValue);
        let code = self.pop_unit(&[]);
        self.set_span(span);
        self.make_function(code, (false, false));
        self.load_const(Value::str(&c.name));
        for b in &c.bases {
            self.expr(b)?;
        }
        for k in &c.keywords {
            self.expr(&k.value)?;
        }
        self.set_span(span);
        let argc = (c.bases.len() + c.keywords.len() + 2) as u32;
        if c.keywords.is_empty() {
            self.emit(Op::Call(argc));
        } else {
            let names = c
                .keywords
                .iter()
                .map(|k| Value::str(k.arg.as_deref().unwrap_or("")))
                .collect();
            let names = self.add_const(Value::tuple(names));
            self.emit(Op::CallKw {
                argc: argc as u16,
                names: names as u16,
            });
        }
        self.apply_decorators(&c.decorators, span);
        self.store_name(&c.name);
        Ok(())
    }

    /// Calls the decorators (already evaluated) on the object on top,
    /// innermost first, each call located at its decorator as in CPython.
    pub(super) fn apply_decorators(&mut self, decorators: &'a [Expr], span: Span) {
        for d in decorators.iter().rev() {
            self.set_span(d.span);
            self.emit(Op::Call(1));
        }
        self.set_span(span);
    }

    /// `super()` in a method with a `__class__` cell: compiles the call as
    /// `super(__class__, first_arg)`. Returns false when `func(args)` is not
    /// such a call.
    pub(super) fn zero_arg_super(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<bool> {
        let is_super = matches!(&func.kind, ExprKind::Name(n) if n == "super");
        let scope = self.ur().scope;
        if !is_super
            || !args.is_empty()
            || !keywords.is_empty()
            || scope.binding("__class__") != Binding::Free
            || scope.varnames.is_empty()
        {
            return Ok(false);
        }
        let first = scope.varnames[0].clone();
        let span = self.ur().span;
        self.expr(func)?;
        self.load_name("__class__");
        self.load_name(&first);
        self.set_span(span);
        self.emit(Op::Call(2));
        Ok(true)
    }
}
