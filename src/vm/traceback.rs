//! Printing errors exactly as CPython 3.11 does: tracebacks with source
//! lines and `^`/`~` markers, exception chains, collapsed recursion, name
//! suggestions, and syntax error reports.

use std::rc::Rc;

use crate::bytecode::{Code, Source};
use crate::objects::exception::TbEntry;
use crate::objects::{ExcKind, PyErr, PyException, Value};
use crate::syntax::ast::{ExprKind, StmtKind};
use crate::syntax::SyntaxError;

use super::Vm;

/// How many identical frames print before "[Previous line repeated N more times]".
const RECURSIVE_CUTOFF: usize = 3;

/// The full report of an uncaught exception, including its chain.
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    let mut ctx = PrintCtx::default();
    format_recursive(vm, &err.exc, &mut ctx);
    ctx.out
}

/// The last line of an exception's report (`Name: message`, with any
/// suggestion and notes): `traceback.format_exception_only`.
pub fn format_exception_only(vm: &mut Vm, exc: &Rc<PyException>) -> String {
    final_line(vm, exc)
}

/// The report of an exception nobody can catch (`Exception ignored in:`):
/// its traceback and message, without the chain.
pub fn format_unraisable(vm: &mut Vm, err: &PyErr) -> String {
    let mut ctx = PrintCtx::default();
    format_single(vm, &err.exc, &mut ctx);
    ctx.out
}

/// How many sub-exceptions of a group print before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;
/// How deeply nested groups print before "... (max_group_depth is 10)".
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `exception_print_context`: the output, the exceptions already
/// printed (chains may loop), and the nesting of exception groups, which
/// indents everything inside a group behind a `| ` margin.
#[derive(Default)]
struct PrintCtx {
    out: String,
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Writes `text` with every line behind the indent and `margin`.
    fn emit_with(&mut self, text: &str, margin: &str) {
        let mut prefix = self.indent();
        if self.group_depth > 0 {
            prefix.push_str(margin);
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    fn emit(&mut self, text: &str) {
        self.emit_with(text, "| ");
    }
}

/// CPython's `print_exception_recursive`: the chain first, then the
/// exception itself (as a tree when it is a group).
fn format_recursive(vm: &mut Vm, exc: &Rc<PyException>, ctx: &mut PrintCtx) {
    ctx.seen.push(Rc::as_ptr(exc) as usize);
    let cause = exc.cause.borrow().clone();
    let context = exc.context.borrow().clone();
    let chained = match (cause, context) {
        (Some(cause), _) => Some((
            cause,
            "The above exception was the direct cause of the following exception:\n",
        )),
        (None, Some(context)) if !exc.suppress_context.get() => Some((
            context,
            "During handling of the above exception, another exception occurred:\n",
        )),
        _ => None,
    };
    if let Some((chained, message)) = chained {
        if !ctx.seen.contains(&(Rc::as_ptr(&chained) as usize)) {
            let need_close = ctx.need_close;
            format_recursive(vm, &chained, ctx);
            ctx.need_close = need_close;
            ctx.emit("\n");
            ctx.emit(message);
            ctx.emit("\n");
        }
    }
    match exc.group_exceptions() {
        None => format_single(vm, exc, ctx),
        Some(excs) => format_group(vm, exc, &excs.items, ctx),
    }
}

/// CPython's `print_exception_group`: the group's own report, then each
/// sub-exception in a numbered box one level deeper.
fn format_group(vm: &mut Vm, exc: &Rc<PyException>, excs: &[Value], ctx: &mut PrintCtx) {
    if ctx.group_depth > MAX_GROUP_DEPTH {
        ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        return;
    }
    if ctx.group_depth == 0 {
        ctx.group_depth = 1;
    }
    format_single(vm, exc, ctx);
    let n = excs.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, sub) in excs.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            // The closing line may be written by a nested group instead.
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_owned()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        let line = format!(
            "{}{corner}+---------------- {title} ----------------\n",
            ctx.indent()
        );
        ctx.out.push_str(&line);
        ctx.group_depth += 1;
        match sub {
            Value::Exception(e) if !truncated => format_recursive(vm, e, ctx),
            _ => {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                ctx.emit(&format!("and {remaining} more exception{s}\n"));
            }
        }
        if last && ctx.need_close {
            let line = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if ctx.group_depth == 1 {
        ctx.group_depth = 0;
    }
}

/// One exception's traceback (if it has one) and final line, behind the margin.
fn format_single(vm: &mut Vm, exc: &Rc<PyException>, ctx: &mut PrintCtx) {
    let all: Vec<TbEntry> = exc.traceback.borrow().iter().rev().cloned().collect();
    let had_entries = !all.is_empty();
    // Frames of built-in modules written in Python are library frames: left out.
    let entries: Vec<TbEntry> = all
        .into_iter()
        .filter(|e| {
            !e.code
                .source
                .filename
                .starts_with(crate::stdlib::pysource::HIDDEN_FILE_PREFIX)
        })
        .collect();
    if had_entries {
        // Groups printed as trees (not `Exception ignored` reports) get their own header.
        if exc.group.borrow().is_some() && ctx.group_depth > 0 {
            let margin = if ctx.group_depth == 1 { "+ " } else { "| " };
            ctx.emit_with(
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
        } else {
            ctx.emit("Traceback (most recent call last):\n");
        }
        let mut out = String::new();
        let mut last: Option<(usize, u32)> = None;
        let mut count = 0;
        for e in &entries {
            let line = e.code.line_of(e.ip);
            let key = (Rc::as_ptr(&e.code) as usize, line);
            if last != Some(key) {
                flush_repeats(&mut out, count);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            format_entry(&e.code, e.ip, &mut out);
        }
        flush_repeats(&mut out, count);
        ctx.emit(&out);
    }
    let line = final_line(vm, exc);
    ctx.emit(&line);
}

fn flush_repeats(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// `Name: message` (plus a "Did you mean" suggestion), the report's last line.
fn final_line(vm: &mut Vm, exc: &Rc<PyException>) -> String {
    let class = &exc.class;
    let name = if class.module == "builtins" || class.module == "__main__" {
        class.qualname.clone()
    } else {
        format!("{}.{}", class.module, class.qualname)
    };
    if exc.is(ExcKind::SyntaxError) {
        if let Some(report) = super::syntax_error::report(exc, &name) {
            return report;
        }
    }
    let msg = vm
        .str(&Value::Exception(exc.clone()))
        .unwrap_or_else(|_| "<exception str() failed>".into());
    let mut line = if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    };
    if let Some(s) = exc.suggestion.borrow().as_ref() {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    line.push('\n');
    // PEP 678 notes follow the message, one per line.
    if let Some(Value::List(notes)) = exc.dict.get_str("__notes__") {
        let notes = notes.items.borrow().clone();
        for note in &notes {
            let text = match note {
                Value::Str(s) => s.as_str().to_owned(),
                other => vm.repr(other).unwrap_or_default(),
            };
            line.push_str(&text);
            line.push('\n');
        }
    }
    line
}

/// One `File "...", line N, in name` entry with its source line and markers.
fn format_entry(code: &Code, ip: u32, out: &mut String) {
    let src = &code.source;
    let span = code.spans.get(ip as usize).copied().unwrap_or_default();
    let lineno = src.lines.line_of(span.start);
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        src.filename,
        lineno,
        code.name.as_str()
    ));
    let line = src.shown_line(lineno);
    let stripped = line.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str(&format!("    {stripped}\n"));
    let line_start = src.lines.line_start(lineno) as usize;
    let end_line = src.lines.line_of(span.end.max(span.start + 1) - 1);
    let start_b = span.start as usize - line_start;
    let start = char_offset(line, start_b);
    let leading = line.chars().count() - line.trim_start().chars().count();
    let mut end = if end_line == lineno {
        char_offset(line, (span.end as usize - line_start).min(line.len()))
    } else {
        line.trim_end().chars().count()
    };
    let segment: String = line
        .chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect();
    let anchors = if end_line == lineno {
        caret_anchors(&segment)
    } else {
        None
    };
    if end_line != lineno {
        end = line.trim_end().chars().count();
    }
    let spans_line = end - start >= stripped.chars().count();
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if spans_line && !anchored {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(start.saturating_sub(leading)));
    match anchors {
        Some((left, right)) => {
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right - left));
            out.push_str(&"~".repeat((end - start).saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(end.saturating_sub(start).max(1))),
    }
    out.push('\n');
}

fn char_offset(line: &str, byte: usize) -> usize {
    let byte = byte.min(line.len());
    line.char_indices().take_while(|(i, _)| *i < byte).count()
}

/// CPython's anchors inside a binary operation (`~~~^~~~`) or a subscript
/// (`~~~^^^`): character offsets of the operator part within `segment`.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::syntax::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.span.end as usize;
            let op_end = right.span.start as usize;
            let op_str = segment.get(op_start..op_end)?;
            let offset = op_str.len() - op_str.trim_start().len();
            let mut left_anchor = op_start + offset;
            let mut right_anchor = left_anchor + 1;
            if offset + 1 < op_str.len() && !op_str.as_bytes()[offset + 1].is_ascii_whitespace() {
                right_anchor += 1;
            }
            while left_anchor < bytes.len()
                && (bytes[left_anchor].is_ascii_whitespace() || b")#".contains(&bytes[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((
                char_offset(segment, left_anchor),
                char_offset(segment, right_anchor),
            ))
        }
        ExprKind::Subscript { value, slice } => {
            let mut left = value.span.end as usize;
            let mut right = slice.span.end as usize + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((char_offset(segment, left), char_offset(segment, right)))
        }
        _ => None,
    }
}

/// The report of a syntax error, as CPython prints it (no traceback header).
pub fn format_syntax_error(e: &SyntaxError, source: &Source) -> String {
    super::syntax_error::SyntaxLocation::of(e, source).report(e.kind.name(), &e.msg)
}

/// CPython's "Did you mean" choice among `candidates` for the misspelt `name`.
pub fn suggest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    const MOVE_COST: usize = 2;
    let mut best: Option<(&str, usize)> = None;
    for (i, item) in candidates.into_iter().enumerate() {
        if i >= 750 {
            break;
        }
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_owned())
}

/// CPython's weighted edit distance (case changes are cheaper), capped at `max + 1`.
fn levenshtein(a: &[u8], b: &[u8], max: usize) -> usize {
    const MOVE_COST: usize = 2;
    const CASE_COST: usize = 1;
    if a == b {
        return 0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > 40 || b.len() > 40 {
        return max + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    let cost = |x: u8, y: u8| -> usize {
        if x & 31 != y & 31 {
            MOVE_COST
        } else if x == y {
            0
        } else if x.eq_ignore_ascii_case(&y) {
            CASE_COST
        } else {
            MOVE_COST
        }
    };
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

/// Fills in the suggestion of a NameError raised in a frame with these names.
pub fn suggest_for_name_error(
    exc: &PyException,
    varnames: &[Rc<crate::objects::PyStr>],
    globals: &crate::objects::PyDict,
    builtins: &crate::objects::PyDict,
) {
    if !exc.is(ExcKind::NameError) || exc.suggestion.borrow().is_some() {
        return;
    }
    let Some(Value::Str(name)) = exc.dict.get_str("name") else {
        return;
    };
    let name = name.as_str();
    let from_dict = |d: &crate::objects::PyDict| -> Vec<String> {
        d.keys()
            .iter()
            .filter_map(|k| match k {
                Value::Str(s) => Some(s.as_str().to_owned()),
                _ => None,
            })
            .collect()
    };
    let found = suggest(name, varnames.iter().map(|v| v.as_str()))
        .or_else(|| suggest(name, from_dict(globals).iter().map(|s| s.as_str())))
        .or_else(|| suggest(name, from_dict(builtins).iter().map(|s| s.as_str())));
    *exc.suggestion.borrow_mut() = found;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_margins_prefix_every_line() {
        let mut ctx = PrintCtx::default();
        ctx.emit("top\n");
        ctx.group_depth = 1;
        ctx.emit_with("Exception Group Traceback\n", "+ ");
        ctx.group_depth = 2;
        ctx.emit("\nchained\n\n");
        assert_eq!(
            ctx.out,
            "top\n  + Exception Group Traceback\n    | \n    | chained\n    | \n"
        );
    }

    #[test]
    fn suggestions_follow_cpython() {
        assert_eq!(suggest("pritn", ["print", "len"]), Some("print".into()));
        assert_eq!(suggest("xyz", ["print", "len"]), None);
        assert_eq!(suggest("Print", ["print"]), Some("print".into()));
    }
}
