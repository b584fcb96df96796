//! The prompt on a terminal, built on rustyline: whole statements are
//! edited as one multi-line buffer (complete by [`session::classify`]),
//! Enter auto-indents inside blocks, Tab completes, input is highlighted,
//! and history persists in the user's data directory.

use std::borrow::Cow;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::rc::Rc;

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{
    Cmd, ConditionalEventHandler, Config, Context, Editor, Event, EventContext, EventHandler,
    Helper, KeyCode, KeyEvent, Modifiers, RepeatCount,
};

use super::complete::Namespaces;
use super::highlight;
use super::session::{self, Status, PS1};
use crate::objects::PyDict;
use crate::vm::Vm;

/// How much a block is indented after a line ending in `:`.
const INDENT: &str = "    ";

/// The rustyline helper: validation, completion and highlighting.
struct ReplHelper {
    names: Namespaces,
    color: bool,
}

impl Helper for ReplHelper {}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        Ok(if buffer_is_complete(ctx.input()) {
            ValidationResult::Valid(None)
        } else {
            ValidationResult::Incomplete
        })
    }
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let line_start = line[..pos].rfind('\n').map_or(0, |i| i + 1);
        if line[line_start..pos].trim().is_empty() {
            return Ok((pos, vec![INDENT.to_owned()]));
        }
        Ok(self.names.complete(line, pos))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(highlight::highlight(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

/// True when the buffer needs no further line: fed line by line (as a
/// paste of several statements is), nothing is left waiting.
fn buffer_is_complete(buffer: &str) -> bool {
    let mut pending = String::new();
    for line in buffer.split('\n') {
        pending.push_str(line);
        pending.push('\n');
        if !matches!(session::classify(&pending), Status::Incomplete) {
            pending.clear();
        }
    }
    pending.is_empty()
}

/// Enter at the end of an unfinished statement opens the next line
/// indented like the last one, one level deeper after a `:`.
struct AutoIndent;

impl ConditionalEventHandler for AutoIndent {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let line = ctx.line();
        if ctx.pos() != line.len() || buffer_is_complete(line) {
            return None;
        }
        let last = line.rsplit('\n').next().unwrap_or("");
        if last.trim().is_empty() && line.contains('\n') {
            return None;
        }
        let mut indent: String = last.chars().take_while(|c| c.is_whitespace()).collect();
        if last.trim_end().ends_with(':') {
            indent.push_str(INDENT);
        }
        Some(Cmd::Insert(1, format!("\n{indent}")))
    }
}

/// The history file: `$XDG_DATA_HOME/snippy/history`, else
/// `~/.local/share/snippy/history`.
fn history_path() -> Option<PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".local/share"))
        })?;
    Some(data.join("snippy").join("history"))
}

/// Runs the terminal session; returns the exit status.
pub fn run(vm: &mut Vm, quiet: bool) -> i32 {
    let globals = vm.main_namespace();
    let color = highlight::color_enabled(std::io::stdout().is_terminal());
    let mut editor = match new_editor(vm, &globals, color) {
        Ok(e) => e,
        Err(e) => {
            vm.write_stderr(&format!("snippy: cannot start line editing: {e}\n"));
            return session::run_piped(vm);
        }
    };
    if !quiet {
        vm.write_stderr(&format!("{}\n", super::banner()));
    }
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let show_error: fn(&str) -> String = if color {
        highlight::color_traceback
    } else {
        str::to_owned
    };
    let status = loop {
        vm.flush_stdout();
        match editor.readline(PS1) {
            Ok(buffer) => {
                if !buffer.trim().is_empty() {
                    let _ = editor.add_history_entry(buffer.as_str());
                    if let Some(path) = &history {
                        save_history(&mut editor, path);
                    }
                }
                if is_bare_exit(&buffer, &globals) {
                    break 0;
                }
                if let Some(code) = run_buffer(vm, &globals, &buffer, show_error) {
                    break code;
                }
            }
            Err(ReadlineError::Interrupted) => vm.write_stderr("KeyboardInterrupt\n"),
            Err(ReadlineError::Eof) => {
                vm.write_stderr("\n");
                break 0;
            }
            Err(e) => {
                vm.write_stderr(&format!("snippy: cannot read input: {e}\n"));
                break 1;
            }
        }
    };
    vm.flush_stdout();
    status
}

fn new_editor(
    vm: &Vm,
    globals: &Rc<PyDict>,
    color: bool,
) -> rustyline::Result<Editor<ReplHelper, DefaultHistory>> {
    let config = Config::builder()
        .auto_add_history(false)
        .history_ignore_dups(true)?
        .max_history_size(10_000)?
        .completion_type(rustyline::CompletionType::List)
        .build();
    let mut editor = Editor::with_config(config)?;
    editor.set_helper(Some(ReplHelper {
        names: Namespaces {
            globals: globals.clone(),
            builtins: vm.builtins.clone(),
        },
        color,
    }));
    editor.bind_sequence(
        KeyEvent(KeyCode::Enter, Modifiers::NONE),
        EventHandler::Conditional(Box::new(AutoIndent)),
    );
    Ok(editor)
}

fn save_history(editor: &mut Editor<ReplHelper, DefaultHistory>, path: &std::path::Path) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = editor.save_history(path);
}

/// `exit` or `quit` typed alone (not rebound in `__main__`) leaves the
/// terminal session, as in CPython 3.13; piped sessions echo the objects as
/// CPython 3.11 does.
fn is_bare_exit(buffer: &str, globals: &PyDict) -> bool {
    let word = buffer.trim();
    matches!(word, "exit" | "quit") && globals.get_str(word).is_none()
}

/// Runs an accepted buffer statement by statement, as CPython runs pasted
/// lines; `Some(status)` when the session must end.
fn run_buffer(
    vm: &mut Vm,
    globals: &Rc<PyDict>,
    buffer: &str,
    show_error: fn(&str) -> String,
) -> Option<i32> {
    let mut pending = String::new();
    for line in buffer.split('\n') {
        pending.push_str(line);
        pending.push('\n');
        match session::classify(&pending) {
            Status::Incomplete => {}
            Status::Complete if session::awaits_at_top_level(&pending) => {
                let text = std::mem::take(&mut pending);
                if let Some(code) = session::execute_await(vm, globals, &text, show_error) {
                    return Some(code);
                }
            }
            status => {
                let text = std::mem::take(&mut pending);
                if let Some(code) = session::execute(vm, globals, &text, status, show_error) {
                    return Some(code);
                }
            }
        }
    }
    None
}
