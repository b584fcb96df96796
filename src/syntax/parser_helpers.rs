//! The non-trivial grammar actions: building nodes with their spans, and the
//! checks CPython's grammar makes (assignment targets, argument order,
//! parameter order) with CPython's messages.

use std::collections::HashSet;

use super::ast::*;
use super::error::SyntaxError;
use super::strings;

/// What the parser produced, depending on the start marker token.
pub enum Top {
    Module(Vec<Stmt>),
    Expression(Expr),
}

type PResult<T> = Result<T, SyntaxError>;

fn err<T>(msg: impl Into<String>, span: Span) -> PResult<T> {
    Err(SyntaxError::new(msg, span))
}

/// `first` followed by `rest`.
pub fn prepend<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

/// An expression node spanning `l..r`.
pub fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r),
    }
}

/// A statement node spanning `l..r`.
pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        span: Span::new(l, r),
    }
}

/// A literal.
pub fn constant(c: Constant, l: usize, r: usize) -> Expr {
    expr(ExprKind::Constant(c), l, r)
}

/// `first` alone, or a tuple when there are several items or a trailing comma.
pub fn maybe_tuple(mut items: Vec<Expr>, trail: bool, l: usize, r: usize) -> Expr {
    match items.pop() {
        Some(only) if items.is_empty() && !trail => only,
        Some(last) => {
            items.push(last);
            expr(ExprKind::Tuple(items), l, r)
        }
        None => expr(ExprKind::Tuple(items), l, r),
    }
}

/// `a.b.c` as one string.
pub fn dotted(first: String, rest: Vec<String>) -> String {
    prepend(first, rest).join(".")
}

/// One imported name.
pub fn alias(name: String, asname: Option<String>, l: usize, r: usize) -> Alias {
    Alias {
        name,
        asname,
        span: Span::new(l, r),
    }
}

/// A parameter.
pub fn arg(name: String, annotation: Option<Expr>, l: usize, r: usize) -> Arg {
    Arg {
        name,
        annotation,
        span: Span::new(l, r),
    }
}

/// A binary operation.
pub fn bin_op(left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    let kind = ExprKind::BinOp {
        left: Box::new(left),
        op,
        right: Box::new(right),
    };
    expr(kind, l, r)
}

/// A unary operation.
pub fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
    let kind = ExprKind::UnaryOp {
        op,
        operand: Box::new(operand),
    };
    expr(kind, l, r)
}

/// `a and b and c` (or `or`) as one node.
pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let values = prepend(first, rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

/// A comparison chain.
pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    let kind = ExprKind::Compare {
        left: Box::new(left),
        ops,
        comparators,
    };
    expr(kind, l, r)
}

/// `body if test else orelse`.
pub fn if_exp(body: Expr, test: Expr, orelse: Expr, l: usize, r: usize) -> Expr {
    let kind = ExprKind::IfExp {
        test: Box::new(test),
        body: Box::new(body),
        orelse: Box::new(orelse),
    };
    expr(kind, l, r)
}

/// `value.attr`.
pub fn attribute(value: Expr, attr: String, l: usize, r: usize) -> Expr {
    let kind = ExprKind::Attribute {
        value: Box::new(value),
        attr,
    };
    expr(kind, l, r)
}

/// `value[slice]`; a lone starred slice becomes a tuple, as in CPython.
pub fn subscript(value: Expr, slice: Expr, l: usize, r: usize) -> Expr {
    let slice = match slice.kind {
        ExprKind::Starred(_) => {
            let span = slice.span;
            Expr {
                kind: ExprKind::Tuple(vec![slice]),
                span,
            }
        }
        _ => slice,
    };
    let kind = ExprKind::Subscript {
        value: Box::new(value),
        slice: Box::new(slice),
    };
    expr(kind, l, r)
}

/// `lower:upper:step`.
pub fn slice(
    lower: Option<Expr>,
    upper: Option<Expr>,
    step: Option<Expr>,
    l: usize,
    r: usize,
) -> Expr {
    let kind = ExprKind::Slice {
        lower: lower.map(Box::new),
        upper: upper.map(Box::new),
        step: step.map(Box::new),
    };
    expr(kind, l, r)
}

/// `name := value`.
pub fn named_expr(target: Expr, value: Expr, l: usize, r: usize) -> PResult<Expr> {
    if !matches!(target.kind, ExprKind::Name(_)) {
        return err(
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&target)
            ),
            target.span,
        );
    }
    let kind = ExprKind::NamedExpr {
        target: Box::new(target),
        value: Box::new(value),
    };
    Ok(expr(kind, l, r))
}

/// The contents of a bracketed display.
pub enum Seq {
    /// One element, no comma.
    Single(Expr),
    /// Elements with at least one comma.
    Items(Vec<Expr>),
    /// An element and its `for` clauses.
    Comp(Expr, Vec<Comprehension>),
}

impl Seq {
    /// Elements `first, rest...` with or without a trailing comma.
    pub fn new(mut items: Vec<Expr>, trail: bool) -> Seq {
        match items.pop() {
            Some(only) if items.is_empty() && !trail => Seq::Single(only),
            Some(last) => {
                items.push(last);
                Seq::Items(items)
            }
            None => Seq::Items(items),
        }
    }

    fn into_items(self) -> Result<Vec<Expr>, (Expr, Vec<Comprehension>)> {
        match self {
            Seq::Single(e) => Ok(vec![e]),
            Seq::Items(v) => Ok(v),
            Seq::Comp(e, g) => Err((e, g)),
        }
    }
}

/// `( ... )`: a parenthesised expression, a tuple or a generator expression.
pub fn paren(seq: Seq, l: usize, r: usize) -> PResult<Expr> {
    match seq {
        Seq::Single(e) => {
            if matches!(e.kind, ExprKind::Starred(_)) {
                return err("cannot use starred expression here", e.span);
            }
            Ok(e)
        }
        Seq::Items(v) => Ok(expr(ExprKind::Tuple(v), l, r)),
        Seq::Comp(elt, generators) => Ok(genexp(elt, generators, l, r)),
    }
}

fn genexp(elt: Expr, generators: Vec<Comprehension>, l: usize, r: usize) -> Expr {
    let kind = ExprKind::GeneratorExp {
        elt: Box::new(elt),
        generators,
    };
    expr(kind, l, r)
}

/// `[ ... ]`.
pub fn list(seq: Seq, l: usize, r: usize) -> Expr {
    let kind = match seq.into_items() {
        Ok(v) => ExprKind::List(v),
        Err((elt, generators)) => ExprKind::ListComp {
            elt: Box::new(elt),
            generators,
        },
    };
    expr(kind, l, r)
}

/// `{ ... }` without colons.
pub fn set(seq: Seq, l: usize, r: usize) -> Expr {
    let kind = match seq.into_items() {
        Ok(v) => ExprKind::Set(v),
        Err((elt, generators)) => ExprKind::SetComp {
            elt: Box::new(elt),
            generators,
        },
    };
    expr(kind, l, r)
}

/// `{k: v, **m}`.
pub fn dict(entries: Vec<(Option<Expr>, Expr)>, l: usize, r: usize) -> Expr {
    let (keys, values) = entries.into_iter().unzip();
    expr(ExprKind::Dict { keys, values }, l, r)
}

/// `{key: value for ...}`.
pub fn dict_comp(
    key: Expr,
    value: Expr,
    generators: Vec<Comprehension>,
    l: usize,
    r: usize,
) -> Expr {
    let kind = ExprKind::DictComp {
        key: Box::new(key),
        value: Box::new(value),
        generators,
    };
    expr(kind, l, r)
}

/// One `for ... in ... if ...` clause.
pub fn comprehension(
    is_async: bool,
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
) -> PResult<Comprehension> {
    check_target(&target, TargetKind::For)?;
    Ok(Comprehension {
        target,
        iter,
        ifs,
        is_async,
    })
}

/// Adjacent string literals `(start, text, end)`, concatenated.
pub fn strings(parts: Vec<(usize, String, usize)>) -> PResult<Expr> {
    strings::concatenate(&parts)
}

// ---------------------------------------------------------------- calls

/// One argument of a call or class header.
pub enum Argument {
    Positional(Expr),
    /// A generator expression without its own parentheses.
    Genexp(Expr),
    /// `name=value`, with the end of the `=` and the span of the whole argument.
    Keyword(Expr, Expr, usize, Span),
    Star(Expr, Span),
    DoubleStar(Expr, Span),
}

impl Argument {
    /// `e` or, with `for` clauses, a bare generator expression.
    pub fn positional(e: Expr, gens: Option<Vec<Comprehension>>, l: usize, r: usize) -> Argument {
        match gens {
            None => Argument::Positional(e),
            Some(g) => Argument::Genexp(genexp(e, g, l, r)),
        }
    }
}

/// Splits arguments into positional ones and keywords, with CPython's order checks.
/// `call_span` is the span of the call's parentheses, if this is a call.
fn split_arguments(
    items: Vec<Argument>,
    call_span: Option<Span>,
) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let closing = |e: &Expr| match call_span {
        Some(s) => Span::new(s.end as usize - 1, s.end as usize),
        None => e.span,
    };
    let sole = items.len() == 1;
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            Argument::Positional(e) | Argument::Genexp(e) if seen_double_star => {
                return err(
                    "positional argument follows keyword argument unpacking",
                    closing(&e),
                )
            }
            Argument::Positional(e) | Argument::Genexp(e) if seen_keyword => {
                return err("positional argument follows keyword argument", closing(&e))
            }
            Argument::Genexp(mut e) => {
                if !sole {
                    return err("Generator expression must be parenthesized", e.span);
                }
                if let Some(span) = call_span {
                    e.span = span;
                }
                args.push(e);
            }
            Argument::Positional(e) => args.push(e),
            Argument::Star(e, span) => {
                if seen_double_star {
                    return err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        Span::new(span.start as usize, span.start as usize + 1),
                    );
                }
                args.push(Expr {
                    kind: ExprKind::Starred(Box::new(e)),
                    span,
                });
            }
            Argument::Keyword(k, value, eq, span) => {
                let ExprKind::Name(name) = k.kind else {
                    let msg = match k.kind {
                        ExprKind::Constant(Constant::Bool(true)) => "cannot assign to True",
                        ExprKind::Constant(Constant::Bool(false)) => "cannot assign to False",
                        ExprKind::Constant(Constant::None) => "cannot assign to None",
                        _ => "expression cannot contain assignment, perhaps you meant \"==\"?",
                    };
                    return err(msg, Span::new(k.span.start as usize, eq));
                };
                if keywords.iter().any(|kw| kw.arg.as_deref() == Some(&name)) {
                    return err(format!("keyword argument repeated: {name}"), span);
                }
                seen_keyword = true;
                keywords.push(Keyword {
                    arg: Some(name),
                    value,
                    span,
                });
            }
            Argument::DoubleStar(value, span) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            }
        }
    }
    Ok((args, keywords))
}

/// `func(args)`.
pub fn call(func: Expr, items: Vec<Argument>, l: usize, r: usize) -> PResult<Expr> {
    let parens = Span::new(func.span.end as usize, r);
    let (args, keywords) = split_arguments(items, Some(parens))?;
    let kind = ExprKind::Call {
        func: Box::new(func),
        args,
        keywords,
    };
    Ok(expr(kind, l, r))
}

// ---------------------------------------------------------------- parameters

/// One item of a parameter list, before the order checks.
pub enum Param {
    Plain(Arg, Option<Expr>),
    Star(Option<Arg>, Span),
    DoubleStar(Arg, Span),
    Slash(Span),
}

/// Builds `ast::Arguments` from parameter items, with CPython's checks.
pub fn arguments(items: Vec<Param>) -> PResult<Arguments> {
    let mut a = Arguments::default();
    let mut seen_star = false;
    let mut seen_slash = false;
    let mut bare_star: Option<Span> = None;
    for item in items {
        if a.kwarg.is_some() {
            let here = match &item {
                Param::Plain(p, _) => p.span,
                Param::Star(_, s) | Param::DoubleStar(_, s) | Param::Slash(s) => *s,
            };
            return err("arguments cannot follow var-keyword argument", here);
        }
        match item {
            Param::Plain(p, default) => {
                if seen_star {
                    bare_star = None;
                    a.kwonlyargs.push(p);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => a.defaults.push(d),
                        None if !a.defaults.is_empty() => {
                            return err("non-default argument follows default argument", p.span)
                        }
                        None => {}
                    }
                    a.args.push(p);
                }
            }
            Param::Slash(span) => {
                if seen_slash {
                    return err("/ may appear only once", span);
                }
                if seen_star {
                    return err("/ must be ahead of *", span);
                }
                if a.args.is_empty() {
                    return err("at least one argument must precede /", span);
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            Param::Star(p, span) => {
                if seen_star {
                    let star = Span::new(span.start as usize, span.start as usize + 1);
                    return err("* argument may appear only once", star);
                }
                seen_star = true;
                if p.is_none() {
                    bare_star = Some(span);
                }
                a.vararg = p;
            }
            Param::DoubleStar(p, _) => {
                if let Some(star) = bare_star {
                    return err("named arguments must follow bare *", star);
                }
                a.kwarg = Some(p);
            }
        }
    }
    if let Some(star) = bare_star {
        return err("named arguments must follow bare *", star);
    }
    let mut seen = HashSet::new();
    let all = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.vararg)
        .chain(&a.kwonlyargs)
        .chain(&a.kwarg);
    for p in all {
        if !seen.insert(p.name.as_str()) {
            return err(
                format!("duplicate argument '{}' in function definition", p.name),
                p.span,
            );
        }
    }
    Ok(a)
}

/// `lambda params: body`.
pub fn lambda(params: Option<Vec<Param>>, body: Expr, l: usize, r: usize) -> PResult<Expr> {
    let args = arguments(params.unwrap_or_default())?;
    let kind = ExprKind::Lambda {
        args: Box::new(args),
        body: Box::new(body),
    };
    Ok(expr(kind, l, r))
}

// ---------------------------------------------------------------- targets

/// Where an expression is used as a target.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// `x = ...`, `with ... as x`.
    Assign,
    /// `for x in ...`, comprehension targets.
    For,
    /// `del x`.
    Del,
}

/// CPython's name for an expression kind in error messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression of `e` that cannot be a target, as CPython finds it.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) if kind != TargetKind::Del => invalid_target(inner, kind),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().find_map(|i| invalid_target(i, kind))
        }
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops.first() == Some(&CmpOp::In) {
                invalid_target(left, kind)
            } else {
                Some(e)
            }
        }
        _ => Some(e),
    }
}

/// Checks that `e` can be assigned to (or deleted).
pub fn check_target(e: &Expr, kind: TargetKind) -> PResult<()> {
    match invalid_target(e, kind) {
        None => Ok(()),
        Some(bad) => {
            let verb = if kind == TargetKind::Del {
                "delete"
            } else {
                "assign to"
            };
            err(format!("cannot {verb} {}", expr_name(bad)), bad.span)
        }
    }
}

/// An expression that CPython's `bitwise_or` rule covers (for the `==` hint).
fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

/// An expression statement or an assignment `t1 = t2 = value`.
pub fn assign_or_expr(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    if rest.is_empty() {
        if let ExprKind::Starred(_) = first.kind {
            return err("can't use starred expression here", first.span);
        }
        return Ok(stmt(StmtKind::Expr(first), l, r));
    }
    let mut targets = prepend(first, rest);
    let value = targets
        .pop()
        .unwrap_or_else(|| expr(ExprKind::Tuple(vec![]), l, r));
    for (i, t) in targets.iter().enumerate() {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return err("assignment to yield expression not possible", t.span);
        }
        if let Some(bad) = invalid_target(t, TargetKind::Assign) {
            let single = targets.len() == 1 && i == 0;
            let plain_literal = matches!(
                bad.kind,
                ExprKind::List(_)
                    | ExprKind::Tuple(_)
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::Bool(_) | Constant::None)
            );
            let msg = if single && std::ptr::eq(bad, t) && is_bitwise_or(t) && !plain_literal {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(bad)
                )
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return err(msg, bad.span);
        }
    }
    if let ExprKind::Starred(_) = value.kind {
        return err("can't use starred expression here", value.span);
    }
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

/// `target op= value`.
pub fn aug_assign(target: Expr, op: BinOp, value: Expr, l: usize, r: usize) -> PResult<Stmt> {
    if !matches!(
        target.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        return err(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            ),
            target.span,
        );
    }
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

/// `target: annotation [= value]`.
pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> PResult<Stmt> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(items) if is_bare_tuple(&target) => {
            let first = items.first().map_or(target.span, |e| e.span);
            return err("only single target (not tuple) can be annotated", first);
        }
        ExprKind::Tuple(_) | ExprKind::List(_) => {
            return err(
                format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&target)
                ),
                target.span,
            )
        }
        _ => return err("illegal target for annotation", target.span),
    }
    let simple = matches!(target.kind, ExprKind::Name(_)) && target.span.start as usize == l;
    let kind = StmtKind::AnnAssign {
        target,
        annotation,
        value,
        simple,
    };
    Ok(stmt(kind, l, r))
}

/// True for `a, b` written without parentheses.
fn is_bare_tuple(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(items) => items.first().is_some_and(|f| f.span.start == e.span.start),
        _ => false,
    }
}

/// `del targets`.
pub fn delete(targets: Expr, l: usize, r: usize) -> PResult<Stmt> {
    let targets = match targets.kind {
        ExprKind::Tuple(items) if is_bare_tuple_items(&items, targets.span) => items,
        kind => vec![Expr {
            kind,
            span: targets.span,
        }],
    };
    for t in &targets {
        check_target(t, TargetKind::Del)?;
    }
    Ok(stmt(StmtKind::Delete(targets), l, r))
}

fn is_bare_tuple_items(items: &[Expr], span: Span) -> bool {
    items.first().is_some_and(|f| f.span.start == span.start)
}

// ---------------------------------------------------------------- compound statements

fn end_of(body: &[Stmt], fallback: usize) -> usize {
    body.last().map_or(fallback, |s| s.span.end as usize)
}

/// `if` with its `elif` chain (nested `If`s in `orelse`) and `else`.
pub fn if_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let end = end_of(&tail, end_of(&ebody, el));
        let kind = StmtKind::If {
            test: etest,
            body: ebody,
            orelse: tail,
        };
        tail = vec![stmt(kind, el, end)];
    }
    let end = end_of(&tail, end_of(&body, l));
    stmt(
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
        l,
        end,
    )
}

/// `while` with its optional `else`.
pub fn while_stmt(l: usize, test: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = end_of(&orelse, end_of(&body, l));
    stmt(StmtKind::While { test, body, orelse }, l, end)
}

/// `for` (or `async for`), checking the target.
pub fn for_stmt(
    l: usize,
    is_async: bool,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> PResult<Stmt> {
    check_target(&target, TargetKind::For)?;
    let orelse = orelse.unwrap_or_default();
    let end = end_of(&orelse, end_of(&body, l));
    let kind = StmtKind::For {
        target,
        iter,
        body,
        orelse,
        is_async,
    };
    Ok(stmt(kind, l, end))
}

/// One `except` clause.
pub fn handler(
    l: usize,
    typ: Option<Expr>,
    name: Option<String>,
    body: Vec<Stmt>,
) -> ExceptHandler {
    let end = end_of(&body, l);
    ExceptHandler {
        typ,
        name,
        body,
        span: Span::new(l, end),
    }
}

/// `except*:` without a type.
pub fn no_except_star_types(span: Span) -> PResult<(bool, Span, ExceptHandler)> {
    err("expected one or more exception types", span)
}

/// `try` with handlers, `else` and `finally`; `except` and `except*` cannot mix.
pub fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<(bool, Span, ExceptHandler)>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> PResult<Stmt> {
    let is_star = handlers.first().is_some_and(|h| h.0);
    if let Some((_, keyword, _)) = handlers.iter().find(|h| h.0 != is_star) {
        return err(
            "cannot have both 'except' and 'except*' on the same 'try'",
            *keyword,
        );
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.2).collect();
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let mut end = end_of(&body, l);
    end = handlers.last().map_or(end, |h| h.span.end as usize);
    end = end_of(&orelse, end);
    end = end_of(&finalbody, end);
    let kind = StmtKind::Try {
        body,
        handlers,
        orelse,
        finalbody,
        is_star,
    };
    Ok(stmt(kind, l, end))
}

/// One with-item, checking its target.
pub fn with_item(context_expr: Expr, optional_vars: Option<Expr>) -> PResult<WithItem> {
    if let Some(v) = &optional_vars {
        check_target(v, TargetKind::Assign)?;
    }
    Ok(WithItem {
        context_expr,
        optional_vars,
    })
}

/// `with` or `async with`.
pub fn with_stmt(l: usize, is_async: bool, items: Vec<WithItem>, body: Vec<Stmt>) -> Stmt {
    let end = end_of(&body, l);
    let kind = StmtKind::With {
        items,
        body,
        is_async,
    };
    stmt(kind, l, end)
}

/// `def` or `async def`.
pub fn func_def(
    l: usize,
    is_async: bool,
    name: String,
    params: Option<Vec<Param>>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> PResult<Stmt> {
    let args = arguments(params.unwrap_or_default())?;
    let end = end_of(&body, l);
    let def = FunctionDef {
        name,
        args,
        body,
        decorators: vec![],
        returns,
        is_async,
    };
    Ok(stmt(StmtKind::FunctionDef(Box::new(def)), l, end))
}

/// `class`.
pub fn class_def(
    l: usize,
    name: String,
    args: Option<Vec<Argument>>,
    body: Vec<Stmt>,
) -> PResult<Stmt> {
    let (bases, keywords) = split_arguments(args.unwrap_or_default(), None)?;
    let end = end_of(&body, l);
    let def = ClassDef {
        name,
        bases,
        keywords,
        body,
        decorators: vec![],
    };
    Ok(stmt(StmtKind::ClassDef(Box::new(def)), l, end))
}

/// Attaches decorators to a `def` or `class`.
pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    s
}
