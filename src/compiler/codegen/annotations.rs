//! Annotations, evaluated as CPython 3.11 evaluates them (no PEP 563):
//! a function's parameter and return annotations become its
//! `__annotations__` dict; `name: T` in a module or class body stores `T`
//! under the (mangled) name in that namespace's `__annotations__`, which
//! `SetupAnnotations` creates when the body has any annotated assignment.
//! Annotations of local variables in functions are never evaluated.

use super::*;

impl<'a> Compiler<'a> {
    /// Pushes the `__annotations__` dict of a `def`, or nothing (returning
    /// false) when it has no annotations. CPython's order: regular
    /// parameters, then positional-only ones, `*args`, keyword-only ones,
    /// `**kwargs`, and `return` last.
    pub(super) fn function_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let params = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut count = 0;
        for a in params {
            if let Some(ann) = &a.annotation {
                let name = self.mangle(&a.name).into_owned();
                self.load_const(Value::str(&name));
                self.annotation(ann)?;
                count += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Value::str("return"));
            self.annotation(r)?;
            count += 1;
        }
        if count > 0 {
            self.emit(Op::BuildMap(count));
        }
        Ok(count > 0)
    }

    /// `SetupAnnotations` at the start of a module or class body that holds
    /// an annotated assignment (CPython's `find_ann`).
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Op::SetupAnnotations);
        }
    }

    /// `target: annotation [= value]`: the assignment, then the annotation
    /// stored (a simple name in a module or class) or evaluated and dropped
    /// (another target in a module or class). Without a value, an attribute
    /// or subscript target's object (and subscript) are still evaluated.
    pub(super) fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.assign(target)?;
        }
        let stored = matches!(self.ur().scope.kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name(n) if simple && stored => {
                self.annotation(annotation)?;
                self.load_name("__annotations__");
                let name = self.mangle(n).into_owned();
                self.load_const(Value::str(&name));
                self.set_span(target.span);
                self.emit(Op::StoreSubscr);
                return Ok(());
            }
            ExprKind::Attribute { value: object, .. } if value.is_none() => {
                self.expr(object)?;
                self.emit(Op::PopTop);
            }
            ExprKind::Subscript {
                value: object,
                slice,
            } if value.is_none() => {
                self.expr(object)?;
                self.emit(Op::PopTop);
                self.expr(slice)?;
                self.emit(Op::PopTop);
            }
            _ => {}
        }
        if stored && !self.future_annotations {
            self.expr(annotation)?;
            self.emit(Op::PopTop);
        }
        Ok(())
    }

    /// Pushes an annotation's value: the expression, or its source text
    /// under `from __future__ import annotations`.
    fn annotation(&mut self, e: &'a Expr) -> CResult {
        if self.future_annotations {
            self.load_const(Value::str(&super::unparse::annotation(e)));
            return Ok(());
        }
        self.expr(e)
    }
}

/// Whether the `from __future__ import ...` statements that open a module
/// (after its docstring) include `annotations`; CPython's SyntaxErrors for
/// features that don't exist.
pub(super) fn future_annotations(body: &[Stmt]) -> CResult<bool> {
    let mut annotations = false;
    let skip = match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(_)),
            ..
        })) => 1,
        _ => 0,
    };
    for s in &body[skip.min(body.len())..] {
        let StmtKind::ImportFrom {
            module: Some(m),
            names,
            level: 0,
        } = &s.kind
        else {
            break;
        };
        if m != "__future__" {
            break;
        }
        // CPython points at the statement's first column.
        let at = Span::new(s.span.start as usize, s.span.start as usize);
        for alias in names {
            match alias.name.as_str() {
                "annotations" => annotations = true,
                "nested_scopes" | "generators" | "division" | "absolute_import"
                | "with_statement" | "print_function" | "unicode_literals" | "barry_as_FLUFL"
                | "generator_stop" => {}
                "braces" => return Err(SyntaxError::new("not a chance", at)),
                other => {
                    return Err(SyntaxError::new(
                        format!("future feature {other} is not defined"),
                        at,
                    ))
                }
            }
        }
    }
    Ok(annotations)
}

/// Whether `body` has an annotated assignment, looking into compound
/// statements but not into nested functions and classes.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
