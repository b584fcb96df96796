//! What the interactive prompt shares between the terminal and piped stdin:
//! deciding when typed lines form a statement (CPython's `single_input`
//! rules), running it in `__main__`, and the `exit`/`quit` objects.

use std::io::BufRead;
use std::rc::Rc;

use crate::bytecode::Source;
use crate::objects::{PyDict, Value};
use crate::syntax::ast::{Span, StmtKind};
use crate::syntax::lexer::{self, Mode};
use crate::syntax::token::Tok;
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use crate::vm::{traceback, Interactive, Vm};

/// The primary prompt.
pub const PS1: &str = ">>> ";
/// The continuation prompt.
pub const PS2: &str = "... ";

/// What the lines typed so far amount to.
#[derive(Debug)]
pub enum Status {
    /// Nothing to run (blank or comment-only input).
    Empty,
    /// A statement that could still go on: ask for another line.
    Incomplete,
    /// One complete statement, ready to run.
    Complete,
    /// Input that no further line can fix.
    Invalid(SyntaxError),
}

/// Classifies `text` (whole lines, each ending in `\n`) as CPython's
/// interactive parser would: a simple statement ends with its line (unless a
/// bracket, string or backslash continues it), a compound statement only at
/// a blank line, and a non-blank line after a finished compound statement
/// is a syntax error.
pub fn classify(text: &str) -> Status {
    let lines: Vec<&str> = text.lines().collect();
    let ends_blank = lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty());
    match crate::syntax::parse_module(text) {
        Ok(module) => {
            let Some(first) = module.body.first() else {
                return Status::Empty;
            };
            if !is_compound(&first.kind) {
                return Status::Complete;
            }
            if let Some(second) = module.body.get(1) {
                let at = second.span.start as usize;
                let token = lexer::tokenize(text, 0, Mode::Lines)
                    .tokens
                    .into_iter()
                    .find(|t| t.0 >= at && t.2 > t.0)
                    .map_or(Span::new(at, at + 1), |t| Span::new(t.0, t.2));
                return Status::Invalid(SyntaxError::new("invalid syntax", token));
            }
            if ends_blank {
                Status::Complete
            } else {
                Status::Incomplete
            }
        }
        Err(e) => {
            let unexpected_indent = e.kind == SyntaxErrorKind::IndentationError
                && e.msg.starts_with("unexpected indent");
            if unexpected_indent {
                return Status::Invalid(e);
            }
            let more = if ends_blank {
                open_at_end(text)
            } else {
                crate::syntax::input_is_incomplete(text)
            };
            if more {
                Status::Incomplete
            } else {
                Status::Invalid(e)
            }
        }
    }
}

/// True when a bracket, a triple-quoted string or a backslash continuation
/// is still open at the end of `text` (a blank line does not end those).
fn open_at_end(text: &str) -> bool {
    let lexed = lexer::tokenize(text, 0, Mode::Lines);
    lexed.unclosed_at_eof
        || lexed.error.as_ref().is_some_and(|e| {
            e.msg.starts_with("unterminated triple-quoted")
                || e.msg == "unexpected EOF while parsing"
        })
}

fn is_compound(kind: &StmtKind) -> bool {
    matches!(
        kind,
        StmtKind::FunctionDef { .. }
            | StmtKind::ClassDef { .. }
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
    )
}

/// Runs `text` (a [`Status::Complete`] or [`Status::Invalid`] input) in
/// `globals`, printing results, and errors through `show_error` (which may
/// colour them); `Some(status)` when the session must end (`SystemExit`).
pub fn execute(
    vm: &mut Vm,
    globals: &Rc<PyDict>,
    text: &str,
    status: Status,
    show_error: fn(&str) -> String,
) -> Option<i32> {
    let report = match status {
        Status::Invalid(e) => format_invalid(&e, text),
        Status::Complete => match vm.run_interactive(text, globals) {
            Interactive::Continue => return None,
            Interactive::Exit(code) => return Some(code),
            Interactive::Error(report) => report,
        },
        Status::Empty | Status::Incomplete => return None,
    };
    vm.write_stderr(&show_error(&report));
    None
}

/// True when `text` awaits outside any function: on a terminal such a
/// statement runs as in `python -m asyncio`, compiled as a coroutine and run
/// on the session's event loop ([`execute_await`]).
pub fn awaits_at_top_level(text: &str) -> bool {
    let tokens = lexer::tokenize(text, 0, Mode::Lines).tokens;
    let awaits = tokens.iter().any(|t| t.1 == Tok::Await);
    awaits && !tokens.iter().any(|t| matches!(t.1, Tok::Def | Tok::Lambda))
}

/// Runs a statement with top-level `await`; `Some(status)` when it exits.
pub fn execute_await(
    vm: &mut Vm,
    globals: &Rc<PyDict>,
    text: &str,
    show_error: fn(&str) -> String,
) -> Option<i32> {
    match vm.run_interactive_await(text, globals) {
        Interactive::Continue => None,
        Interactive::Exit(code) => Some(code),
        Interactive::Error(report) => {
            vm.write_stderr(&show_error(&report));
            None
        }
    }
}

/// The report of a syntax error in typed input. An error on the blank line
/// that ended the input points at it, as that line is a token to CPython's
/// interactive tokenizer (a file's last blank line is not).
fn format_invalid(e: &SyntaxError, text: &str) -> String {
    let source = Source::new("<stdin>", text);
    let mut report = traceback::format_syntax_error(e, &source);
    let line = source.lines.line_of(e.span.start);
    let last = text.lines().count() as u32;
    let blank = source.lines.line_text(text, line).trim().is_empty();
    if line == last && blank && text.lines().count() > 1 {
        let lines: Vec<&str> = report.lines().collect();
        if lines.len() == 3 {
            report = format!("{}\n{}\n    ^\n{}\n", lines[0], lines[1], lines[2]);
        }
    }
    report
}

/// CPython's `_sitebuiltins.Quitter`: `exit` and `quit` show how to leave
/// when echoed and raise `SystemExit` when called.
const QUITTER: &str = "\
class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
";

/// Adds `exit` and `quit` to the builtins unless they are there already.
pub fn install_quitters(vm: &mut Vm) {
    if vm.builtins.get_str("exit").is_some() {
        return;
    }
    let Ok(code) = crate::compile(QUITTER, "<sitebuiltins>") else {
        return;
    };
    let ns = Rc::new(PyDict::new());
    ns.set_str("__name__", Value::str("_sitebuiltins"));
    ns.set_str("__builtins__", vm.module_value("builtins"));
    if vm.run_code(code, ns.clone()).is_ok() {
        for name in ["exit", "quit"] {
            if let Some(v) = ns.get_str(name) {
                vm.builtins.set_str(name, v);
            }
        }
    }
}

/// The session on piped stdin (`snippy -i < file`): prompts on stderr,
/// statements read line by line, output byte for byte as `python3 -i`.
/// Returns the exit status.
pub fn run_piped(vm: &mut Vm) -> i32 {
    let globals = vm.main_namespace();
    let mut buf = String::new();
    let stdin = std::io::stdin();
    loop {
        vm.write_stderr(if buf.is_empty() { PS1 } else { PS2 });
        let mut line = Vec::new();
        match stdin.lock().read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => {
                vm.write_stderr("\n");
                if buf.is_empty() {
                    return 0;
                }
                // End of input ends the pending statement as it stands.
                let text = std::mem::take(&mut buf);
                let status = match crate::syntax::parse_module(&text) {
                    Ok(_) => Status::Complete,
                    Err(e) => Status::Invalid(e),
                };
                if let Some(code) = execute(vm, &globals, &text, status, str::to_owned) {
                    return code;
                }
                continue;
            }
            Ok(_) => {}
        }
        buf.push_str(&String::from_utf8_lossy(&line));
        if !buf.ends_with('\n') {
            buf.push('\n');
        }
        match classify(&buf) {
            Status::Incomplete => continue,
            status => {
                let text = std::mem::take(&mut buf);
                if let Some(code) = execute(vm, &globals, &text, status, str::to_owned) {
                    return code;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(text: &str) -> &'static str {
        match classify(text) {
            Status::Empty => "empty",
            Status::Incomplete => "more",
            Status::Complete => "run",
            Status::Invalid(_) => "error",
        }
    }

    #[test]
    fn statements_end_as_in_cpython() {
        assert_eq!(status("\n"), "empty");
        assert_eq!(status("# note\n"), "empty");
        assert_eq!(status("x = 1\n"), "run");
        assert_eq!(status("1; 2\n"), "run");
        assert_eq!(status("x = (1,\n"), "more");
        assert_eq!(status("x = (1,\n\n"), "more");
        assert_eq!(status("s = '''a\n\n"), "more");
        assert_eq!(status("for i in x: i\n"), "more");
        assert_eq!(status("for i in x: i\n\n"), "run");
        assert_eq!(status("if 1:\n  2\n"), "more");
        assert_eq!(status("if 1:\n  2\nelse:\n"), "more");
        assert_eq!(status("if 1:\n  2\n\n"), "run");
        assert_eq!(status("if 1:\n  2\nprint(3)\n"), "error");
        assert_eq!(status("def f():\n\n"), "error");
        assert_eq!(status("  5\n"), "error");
        assert_eq!(status("x = )\n"), "error");
        assert!(awaits_at_top_level("await f()\n"));
        assert!(!awaits_at_top_level("async def g():\n    await f()\n\n"));
    }
}
