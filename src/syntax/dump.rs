//! Test support: renders the AST exactly as CPython's `ast.dump` does (with
//! `ctx` and `kind` left out), so parses can be compared with `python3`.

use std::fmt::Write;

use super::ast::*;

/// `ast.dump(tree)` of a module.
pub fn module(m: &Module) -> String {
    format!("Module(body={}, type_ignores=[])", stmts(&m.body))
}

fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    let parts: Vec<String> = items.iter().map(f).collect();
    format!("[{}]", parts.join(", "))
}

fn stmts(body: &[Stmt]) -> String {
    list(body, stmt)
}

fn exprs(items: &[Expr]) -> String {
    list(items, expr)
}

fn opt(e: &Option<Expr>, name: &str) -> String {
    e.as_ref()
        .map_or(String::new(), |e| format!(", {name}={}", expr(e)))
}

fn name_list(names: &[String]) -> String {
    list(names, |n| py_str(n))
}

fn alias(a: &Alias) -> String {
    match &a.asname {
        Some(n) => format!("alias(name={}, asname={})", py_str(&a.name), py_str(n)),
        None => format!("alias(name={})", py_str(&a.name)),
    }
}

fn arg(a: &Arg) -> String {
    format!(
        "arg(arg={}{})",
        py_str(&a.name),
        opt(&a.annotation, "annotation")
    )
}

fn arguments(a: &Arguments) -> String {
    let mut s = format!(
        "arguments(posonlyargs={}, args={}",
        list(&a.posonlyargs, arg),
        list(&a.args, arg)
    );
    if let Some(v) = &a.vararg {
        write!(s, ", vararg={}", arg(v)).ok();
    }
    write!(s, ", kwonlyargs={}", list(&a.kwonlyargs, arg)).ok();
    let kwd = list(&a.kw_defaults, |d| d.as_ref().map_or("None".into(), expr));
    write!(s, ", kw_defaults={kwd}").ok();
    if let Some(k) = &a.kwarg {
        write!(s, ", kwarg={}", arg(k)).ok();
    }
    write!(s, ", defaults={})", exprs(&a.defaults)).ok();
    s
}

fn keyword(k: &Keyword) -> String {
    match &k.arg {
        Some(n) => format!("keyword(arg={}, value={})", py_str(n), expr(&k.value)),
        None => format!("keyword(value={})", expr(&k.value)),
    }
}

fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::FunctionDef(f) => format!(
            "{}(name={}, args={}, body={}, decorator_list={}{})",
            if f.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            },
            py_str(&f.name),
            arguments(&f.args),
            stmts(&f.body),
            exprs(&f.decorators),
            opt(&f.returns, "returns")
        ),
        StmtKind::ClassDef(c) => format!(
            "ClassDef(name={}, bases={}, keywords={}, body={}, decorator_list={})",
            py_str(&c.name),
            exprs(&c.bases),
            list(&c.keywords, keyword),
            stmts(&c.body),
            exprs(&c.decorators)
        ),
        StmtKind::Return(v) => format!("Return({})", opt(v, "value").trim_start_matches(", ")),
        StmtKind::Delete(t) => format!("Delete(targets={})", exprs(t)),
        StmtKind::Assign { targets, value } => {
            format!("Assign(targets={}, value={})", exprs(targets), expr(value))
        }
        StmtKind::AugAssign { target, op, value } => format!(
            "AugAssign(target={}, op={}(), value={})",
            expr(target),
            bin_op(*op),
            expr(value)
        ),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => format!(
            "AnnAssign(target={}, annotation={}{}, simple={})",
            expr(target),
            expr(annotation),
            opt(value, "value"),
            u8::from(*simple)
        ),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => format!(
            "{}(target={}, iter={}, body={}, orelse={})",
            if *is_async { "AsyncFor" } else { "For" },
            expr(target),
            expr(iter),
            stmts(body),
            stmts(orelse)
        ),
        StmtKind::While { test, body, orelse } => format!(
            "While(test={}, body={}, orelse={})",
            expr(test),
            stmts(body),
            stmts(orelse)
        ),
        StmtKind::If { test, body, orelse } => format!(
            "If(test={}, body={}, orelse={})",
            expr(test),
            stmts(body),
            stmts(orelse)
        ),
        StmtKind::With {
            items,
            body,
            is_async,
        } => format!(
            "{}(items={}, body={})",
            if *is_async { "AsyncWith" } else { "With" },
            list(items, |w| format!(
                "withitem(context_expr={}{})",
                expr(&w.context_expr),
                opt(&w.optional_vars, "optional_vars")
            )),
            stmts(body)
        ),
        StmtKind::Raise { exc, cause } => format!(
            "Raise({})",
            format!("{}{}", opt(exc, "exc"), opt(cause, "cause")).trim_start_matches(", ")
        ),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => format!(
            "{}(body={}, handlers={}, orelse={}, finalbody={})",
            if *is_star { "TryStar" } else { "Try" },
            stmts(body),
            list(handlers, |h| {
                let mut s = String::from("ExceptHandler(");
                if let Some(t) = &h.typ {
                    write!(s, "type={}, ", expr(t)).ok();
                }
                if let Some(n) = &h.name {
                    write!(s, "name={}, ", py_str(n)).ok();
                }
                write!(s, "body={})", stmts(&h.body)).ok();
                s
            }),
            stmts(orelse),
            stmts(finalbody)
        ),
        StmtKind::Assert { test, msg } => {
            format!("Assert(test={}{})", expr(test), opt(msg, "msg"))
        }
        StmtKind::Import(names) => format!("Import(names={})", list(names, alias)),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => format!(
            "ImportFrom({}names={}, level={level})",
            module
                .as_ref()
                .map_or(String::new(), |m| format!("module={}, ", py_str(m))),
            list(names, alias)
        ),
        StmtKind::Global(n) => format!("Global(names={})", name_list(n)),
        StmtKind::Nonlocal(n) => format!("Nonlocal(names={})", name_list(n)),
        StmtKind::Expr(e) => format!("Expr(value={})", expr(e)),
        StmtKind::Pass => "Pass()".into(),
        StmtKind::Break => "Break()".into(),
        StmtKind::Continue => "Continue()".into(),
    }
}

fn bin_op(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    }
}

fn cmp_op(op: &CmpOp) -> String {
    let name = match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    };
    format!("{name}()")
}

fn comprehensions(gens: &[Comprehension]) -> String {
    list(gens, |c| {
        format!(
            "comprehension(target={}, iter={}, ifs={}, is_async={})",
            expr(&c.target),
            expr(&c.iter),
            exprs(&c.ifs),
            u8::from(c.is_async)
        )
    })
}

fn boxed(e: &Option<Box<Expr>>, name: &str) -> String {
    e.as_ref()
        .map_or(String::new(), |e| format!(", {name}={}", expr(e)))
}

/// `ast.dump` of one expression.
pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::BoolOp { op, values } => format!(
            "BoolOp(op={}(), values={})",
            if *op == BoolOp::And { "And" } else { "Or" },
            exprs(values)
        ),
        ExprKind::NamedExpr { target, value } => {
            format!("NamedExpr(target={}, value={})", expr(target), expr(value))
        }
        ExprKind::BinOp { left, op, right } => format!(
            "BinOp(left={}, op={}(), right={})",
            expr(left),
            bin_op(*op),
            expr(right)
        ),
        ExprKind::UnaryOp { op, operand } => {
            let op = match op {
                UnaryOp::Invert => "Invert",
                UnaryOp::Not => "Not",
                UnaryOp::UAdd => "UAdd",
                UnaryOp::USub => "USub",
            };
            format!("UnaryOp(op={op}(), operand={})", expr(operand))
        }
        ExprKind::Lambda { args, body } => {
            format!("Lambda(args={}, body={})", arguments(args), expr(body))
        }
        ExprKind::IfExp { test, body, orelse } => format!(
            "IfExp(test={}, body={}, orelse={})",
            expr(test),
            expr(body),
            expr(orelse)
        ),
        ExprKind::Dict { keys, values } => format!(
            "Dict(keys={}, values={})",
            list(keys, |k| k.as_ref().map_or("None".into(), expr)),
            exprs(values)
        ),
        ExprKind::Set(v) => format!("Set(elts={})", exprs(v)),
        ExprKind::ListComp { elt, generators } => format!(
            "ListComp(elt={}, generators={})",
            expr(elt),
            comprehensions(generators)
        ),
        ExprKind::SetComp { elt, generators } => format!(
            "SetComp(elt={}, generators={})",
            expr(elt),
            comprehensions(generators)
        ),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!(
            "DictComp(key={}, value={}, generators={})",
            expr(key),
            expr(value),
            comprehensions(generators)
        ),
        ExprKind::GeneratorExp { elt, generators } => format!(
            "GeneratorExp(elt={}, generators={})",
            expr(elt),
            comprehensions(generators)
        ),
        ExprKind::Await(v) => format!("Await(value={})", expr(v)),
        ExprKind::Yield(v) => format!("Yield({})", boxed(v, "value").trim_start_matches(", ")),
        ExprKind::YieldFrom(v) => format!("YieldFrom(value={})", expr(v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => format!(
            "Compare(left={}, ops={}, comparators={})",
            expr(left),
            list(ops, cmp_op),
            exprs(comparators)
        ),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => format!(
            "Call(func={}, args={}, keywords={})",
            expr(func),
            exprs(args),
            list(keywords, keyword)
        ),
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let conv = match conversion {
                None => -1,
                Some(Conversion::Str) => 115,
                Some(Conversion::Repr) => 114,
                Some(Conversion::Ascii) => 97,
            };
            format!(
                "FormattedValue(value={}, conversion={conv}{})",
                expr(value),
                boxed(format_spec, "format_spec")
            )
        }
        ExprKind::JoinedStr(v) => format!("JoinedStr(values={})", exprs(v)),
        ExprKind::Constant(c) => format!("Constant(value={})", constant(c)),
        ExprKind::Attribute { value, attr } => {
            format!("Attribute(value={}, attr={})", expr(value), py_str(attr))
        }
        ExprKind::Subscript { value, slice } => {
            format!("Subscript(value={}, slice={})", expr(value), expr(slice))
        }
        ExprKind::Starred(v) => format!("Starred(value={})", expr(v)),
        ExprKind::Name(n) => format!("Name(id={})", py_str(n)),
        ExprKind::List(v) => format!("List(elts={})", exprs(v)),
        ExprKind::Tuple(v) => format!("Tuple(elts={})", exprs(v)),
        ExprKind::Slice { lower, upper, step } => format!(
            "Slice({})",
            format!(
                "{}{}{}",
                boxed(lower, "lower"),
                boxed(upper, "upper"),
                boxed(step, "step")
            )
            .trim_start_matches(", ")
        ),
    }
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => py_float(*f),
        Constant::Imaginary(f) => {
            let s = py_float(*f);
            format!("{}j", s.strip_suffix(".0").unwrap_or(&s))
        }
        Constant::Str(s) => py_str(s),
        Constant::Bytes(b) => py_bytes(b),
    }
}

fn py_float(f: f64) -> String {
    if f.is_infinite() {
        return "inf".into();
    }
    let a = f.abs();
    if a != 0.0 && !(1e-4..1e16).contains(&a) {
        let s = format!("{f:e}");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    let s = format!("{f:?}");
    s
}

/// Python's `repr` of a str.
fn py_str(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                write!(out, "\\x{:02x}", c as u32).ok();
            }
            c if !printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    write!(out, "\\x{n:02x}").ok();
                } else if n < 0x10000 {
                    write!(out, "\\u{n:04x}").ok();
                } else {
                    write!(out, "\\U{n:08x}").ok();
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// An approximation of `str.isprintable` for one character.
fn printable(c: char) -> bool {
    let n = c as u32;
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || (0x200b..=0x200f).contains(&n)
        || (0x2028..=0x202e).contains(&n)
        || (0x2060..=0x2064).contains(&n)
        || n == 0xfeff
        || n == 0xad)
}

fn py_bytes(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("b{q}");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == q => {
                out.push('\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                write!(out, "\\x{c:02x}").ok();
            }
        }
    }
    out.push(q);
    out
}
