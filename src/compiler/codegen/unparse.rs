//! Expressions back to source text, as CPython's `Python/ast_unparse.c`
//! writes them: under `from __future__ import annotations` (PEP 563) an
//! annotation is stored as this string instead of being evaluated.

use crate::syntax::ast::*;

/// Precedence levels, lowest first (CPython's `PR_*`).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The source text of an annotation.
pub fn annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (pr, sep) = match op {
                BoolOp::And => (AND, " and "),
                BoolOp::Or => (OR, " or "),
            };
            paren(out, level > pr, |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(sep);
                    }
                    expr(out, v, pr + 1);
                }
            });
        }
        ExprKind::NamedExpr { target, value } => paren(out, level > TUPLE, |out| {
            expr(out, target, ATOM);
            out.push_str(" := ");
            expr(out, value, ATOM);
        }),
        ExprKind::BinOp { left, op, right } => {
            let (pr, sym) = binop(*op);
            let right_assoc = *op == BinOp::Pow;
            paren(out, level > pr, |out| {
                expr(out, left, if right_assoc { pr + 1 } else { pr });
                out.push_str(sym);
                expr(out, right, if right_assoc { pr } else { pr + 1 });
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (pr, sym) = match op {
                UnaryOp::Invert => (FACTOR, "~"),
                UnaryOp::Not => (NOT, "not "),
                UnaryOp::UAdd => (FACTOR, "+"),
                UnaryOp::USub => (FACTOR, "-"),
            };
            paren(out, level > pr, |out| {
                out.push_str(sym);
                expr(out, operand, pr);
            });
        }
        ExprKind::Lambda { args, body } => paren(out, level > TEST, |out| {
            out.push_str("lambda");
            let params = arguments(args);
            if !params.is_empty() {
                out.push(' ');
                out.push_str(&params);
            }
            out.push_str(": ");
            expr(out, body, TEST);
        }),
        ExprKind::IfExp { test, body, orelse } => paren(out, level > TEST, |out| {
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
        }),
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(items) => {
            out.push('{');
            items_joined(out, items);
            out.push('}');
        }
        ExprKind::List(items) => {
            out.push('[');
            items_joined(out, items);
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                out.push_str("()");
                return;
            }
            paren(out, level > TUPLE, |out| {
                items_joined(out, items);
                if items.len() == 1 {
                    out.push(',');
                }
            });
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Await(v) => paren(out, level > AWAIT, |out| {
            out.push_str("await ");
            expr(out, v, ATOM);
        }),
        ExprKind::Yield(v) => paren(out, true, |out| {
            out.push_str("yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, TEST);
            }
        }),
        ExprKind::YieldFrom(v) => paren(out, true, |out| {
            out.push_str("yield from ");
            expr(out, v, TEST);
        }),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren(out, level > CMP, |out| {
            expr(out, left, CMP + 1);
            for (op, right) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                expr(out, right, CMP + 1);
            }
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, ATOM);
            if let (
                [arg @ Expr {
                    kind: ExprKind::GeneratorExp { .. },
                    ..
                }],
                [],
            ) = (args.as_slice(), keywords.as_slice())
            {
                expr(out, arg, TEST);
                return;
            }
            out.push('(');
            let mut first = true;
            for a in args {
                sep(out, &mut first);
                expr(out, a, TEST);
            }
            for k in keywords {
                sep(out, &mut first);
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, TEST);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { value, .. } => {
            out.push('{');
            expr(out, value, TEST + 1);
            out.push('}');
        }
        ExprKind::JoinedStr(parts) => {
            let mut body = String::new();
            for p in parts {
                match &p.kind {
                    ExprKind::Constant(Constant::Str(s)) => {
                        body.push_str(&s.replace('{', "{{").replace('}', "}}"))
                    }
                    _ => expr(&mut body, p, TEST),
                }
            }
            out.push('f');
            out.push_str(&crate::numeric::py_str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, ATOM);
            // `1 .real`: a dot right after an int would read as a float.
            if matches!(
                value.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
            ) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, ATOM);
            out.push('[');
            expr(out, slice, TUPLE);
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, BOR);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, TEST);
            }
        }
    }
}

/// Runs `body`, in parentheses when `wrap`.
fn paren(out: &mut String, wrap: bool, body: impl FnOnce(&mut String)) {
    if wrap {
        out.push('(');
    }
    body(out);
    if wrap {
        out.push(')');
    }
}

fn sep(out: &mut String, first: &mut bool) {
    if !*first {
        out.push_str(", ");
    }
    *first = false;
}

fn items_joined(out: &mut String, items: &[Expr]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, item, TEST);
    }
}

fn comprehensions(out: &mut String, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, TEST + 1);
        }
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(b) => out.push_str(&b.to_string()),
        Constant::Float(f) if f.is_infinite() => out.push_str("1e309"),
        Constant::Float(f) => out.push_str(&crate::numeric::float_repr(*f)),
        Constant::Imaginary(f) if f.is_infinite() => out.push_str("1e309j"),
        Constant::Imaginary(f) => {
            let r = crate::numeric::float_repr(*f);
            out.push_str(r.strip_suffix(".0").unwrap_or(&r));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&crate::numeric::py_str_repr(s)),
        Constant::Bytes(b) => out.push_str(&crate::objects::bytes::bytes_repr(b)),
    }
}

fn binop(op: BinOp) -> (u8, &'static str) {
    match op {
        BinOp::Add => (ARITH, " + "),
        BinOp::Sub => (ARITH, " - "),
        BinOp::Mult => (TERM, " * "),
        BinOp::MatMult => (TERM, " @ "),
        BinOp::Div => (TERM, " / "),
        BinOp::Mod => (TERM, " % "),
        BinOp::FloorDiv => (TERM, " // "),
        BinOp::Pow => (POWER, " ** "),
        BinOp::LShift => (SHIFT, " << "),
        BinOp::RShift => (SHIFT, " >> "),
        BinOp::BitOr => (BOR, " | "),
        BinOp::BitXor => (BXOR, " ^ "),
        BinOp::BitAnd => (BAND, " & "),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// A lambda's parameter list.
fn arguments(args: &Arguments) -> String {
    let mut out = String::new();
    let mut first = true;
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let first_default = positional.len() - args.defaults.len();
    for (i, a) in positional.iter().enumerate() {
        sep(&mut out, &mut first);
        out.push_str(&a.name);
        if i >= first_default {
            out.push('=');
            expr(&mut out, &args.defaults[i - first_default], TEST);
        }
        if i + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(&mut out, &mut first);
        out.push('*');
        if let Some(v) = &args.vararg {
            out.push_str(&v.name);
        }
    }
    for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
        sep(&mut out, &mut first);
        out.push_str(&a.name);
        if let Some(d) = d {
            out.push('=');
            expr(&mut out, d, TEST);
        }
    }
    if let Some(k) = &args.kwarg {
        sep(&mut out, &mut first);
        out.push_str("**");
        out.push_str(&k.name);
    }
    out
}
