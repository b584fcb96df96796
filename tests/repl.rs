//! The interactive prompt: piped `-i` sessions compared byte for byte with
//! `python3 -i` (stdout and stderr apart), and terminal sessions driven
//! through a pseudo-terminal.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use expectrl::session::OsSession;
use expectrl::{ControlCode, Eof, Expect, Session};

mod common;

const SNIPPY: &str = env!("CARGO_BIN_EXE_snippy");

/// Sessions typed into both interpreters.
const TRANSCRIPTS: &[&str] = &[
    // Expression echo, `_`, None staying silent.
    "x = 20\nx + 1\n_ * 2\nNone\nprint('hi')\n'text'\n",
    // A function over several lines, then called; an error inside it.
    "def double(a):\n    b = a * 2\n    return b\n\ndouble(21)\ndef bad():\n    return 1 / 0\n\nbad()\ndouble(1)\n",
    // A class typed over several lines.
    "class Point:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'Point({self.x})'\n\nPoint(3)\n[Point(1), Point(2)]\n",
    // Exceptions mid-session, and the session going on.
    "raise ValueError('boom')\n1 + 1\nundefined_name\n[1, 2][5]\n'still here'\n",
    // Syntax errors: bad input, a line after an unfinished block, an empty block.
    "x = )\nif True:\n  1\nprint('no')\ndef f():\n\n  3\n'after'\n",
    // Blank lines, comments, one-line compound statements, brackets and strings.
    "\n# comment\n   \nfor i in range(3): i\n\nd = {'a': 1,\n\n 'b': 2}\nd\ns = '''one\n\ntwo'''\ns\n1; 2\n",
    // exit shown, then called with a status.
    "exit\nquit\nexit(3)\n'not reached'\n",
    // End of input inside a block runs it.
    "for i in range(2):\n    print(i)\n",
];

fn python() -> Option<&'static str> {
    let ok = Command::new("python3")
        .arg("-c")
        .arg("import sys; assert sys.version_info[:2] == (3, 11)")
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some("python3")
}

fn run_piped(program: &str, input: &str) -> Output {
    run_piped_with(program, &[], input)
}

/// [`run_piped`] with options before `-q -i`.
fn run_piped_with(program: &str, options: &[&std::ffi::OsStr], input: &str) -> Output {
    let mut child = Command::new(program)
        .args(options)
        .args(["-q", "-i"])
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the interpreter");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write the session");
    child.wait_with_output().expect("run the session")
}

#[test]
fn piped_sessions_match_cpython() {
    let Some(python) = python() else {
        eprintln!("python3 (3.11) not found: skipped");
        return;
    };
    for input in TRANSCRIPTS {
        let ours = run_piped(SNIPPY, input);
        let theirs = run_piped(python, input);
        assert_eq!(
            String::from_utf8_lossy(&ours.stdout),
            String::from_utf8_lossy(&theirs.stdout),
            "stdout for {input:?}"
        );
        assert_eq!(
            String::from_utf8_lossy(&ours.stderr),
            String::from_utf8_lossy(&theirs.stderr),
            "stderr for {input:?}"
        );
        assert_eq!(
            ours.status.code(),
            theirs.status.code(),
            "status for {input:?}"
        );
    }
}

#[test]
fn inspect_after_a_script_keeps_its_namespace() {
    let dir = scratch_dir("inspect");
    let script = dir.join("script.py");
    std::fs::write(&script, "answer = 42\n").expect("write the script");
    let mut child = Command::new(SNIPPY)
        .arg("-i")
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start snippy");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"answer\n")
        .expect("write");
    let out = child.wait_with_output().expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), ">>> >>> \n");
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("snippy-repl-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make a scratch directory");
    dir
}

fn spawn_terminal(data_home: &std::path::Path) -> OsSession {
    let mut cmd = Command::new(SNIPPY);
    cmd.env("NO_COLOR", "1").env("XDG_DATA_HOME", data_home);
    let mut p = Session::spawn(cmd).expect("spawn snippy on a pty");
    p.set_expect_timeout(Some(Duration::from_secs(10)));
    p.expect("Ctrl-D to exit").expect("banner");
    p.expect(">>> ").expect("first prompt");
    p
}

/// Waits for `output`, then for the next prompt (rustyline redraws with
/// escape sequences in between).
fn expect_output(p: &mut OsSession, output: &str) {
    p.expect(output)
        .unwrap_or_else(|e| panic!("waiting for {output:?}: {e}"));
    p.expect(">>> ").expect("prompt");
}

/// Types one line as on a keyboard (Enter is a carriage return).
fn type_line(p: &mut OsSession, line: &str) {
    p.send(format!("{line}\r")).expect("type");
}

#[test]
fn terminal_session() {
    let data = scratch_dir("terminal");
    let mut p = spawn_terminal(&data);
    // A block over several lines: Enter auto-indents, a blank line ends it.
    type_line(&mut p, "def f(a):");
    type_line(&mut p, "return a * 2");
    type_line(&mut p, "");
    p.expect(">>> ").expect("prompt after def");
    type_line(&mut p, "f(21)");
    expect_output(&mut p, "42\r\n");
    type_line(&mut p, "_ + 1");
    expect_output(&mut p, "43\r\n");
    type_line(&mut p, "1/0");
    expect_output(
        &mut p,
        "File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: division by zero\r\n",
    );
    // Ctrl-C drops the line being typed.
    p.send("abandoned").expect("type");
    p.send(ControlCode::EndOfText).expect("ctrl-c");
    expect_output(&mut p, "KeyboardInterrupt\r\n");
    // History: the arrow key brings back the last statement.
    type_line(&mut p, "'again'");
    expect_output(&mut p, "'again'\r\n");
    p.send("\x1b[A\r").expect("history recall");
    expect_output(&mut p, "'again'\r\n");
    // Tab completes names.
    p.send("zzz_value = 7\r").expect("type");
    p.expect(">>> ").expect("prompt");
    p.send("zzz_v\t\r").expect("complete");
    expect_output(&mut p, "7\r\n");
    // Ctrl-D ends the session.
    p.send(ControlCode::EndOfTransmission).expect("ctrl-d");
    p.expect(Eof).expect("exit on ctrl-d");
    let history = std::fs::read_to_string(data.join("snippy/history")).expect("history file");
    assert!(history.contains("'again'"), "{history}");
}

#[test]
fn terminal_bare_exit_leaves() {
    let data = scratch_dir("exit");
    let mut p = spawn_terminal(&data);
    type_line(&mut p, "exit");
    p.expect(Eof).expect("bare exit ends the session");
}

#[test]
fn terminal_top_level_await_runs_on_the_session_loop() {
    let data = scratch_dir("await");
    let mut p = spawn_terminal(&data);
    type_line(&mut p, "import asyncio");
    p.expect(">>> ").expect("prompt after import");
    type_line(&mut p, "await asyncio.sleep(0.01, result='slept')");
    expect_output(&mut p, "'slept'\r\n");
    type_line(&mut p, "async def double(x):");
    type_line(&mut p, "await asyncio.sleep(0)");
    type_line(&mut p, "return x * 2");
    type_line(&mut p, "");
    p.expect(">>> ").expect("prompt after async def");
    type_line(&mut p, "n = await double(21)");
    p.expect(">>> ").expect("prompt after assignment");
    type_line(&mut p, "n");
    expect_output(&mut p, "42\r\n");
    // The loop lives on between statements: a task made in one is awaited in the next.
    type_line(
        &mut p,
        "t = asyncio.create_task(double(5)); await asyncio.sleep(0)",
    );
    p.expect(">>> ").expect("prompt after create_task");
    type_line(&mut p, "await t");
    expect_output(&mut p, "10\r\n");
    type_line(&mut p, "await asyncio.sleep('x')");
    expect_output(&mut p, "TypeError");
    p.send(ControlCode::EndOfTransmission).expect("ctrl-d");
    p.expect(Eof).expect("exit on ctrl-d");
}

#[test]
fn terminal_ctrl_c_interrupts_running_code() {
    let data = scratch_dir("interrupt");
    let mut p = spawn_terminal(&data);
    type_line(&mut p, "while True: pass");
    type_line(&mut p, "");
    std::thread::sleep(Duration::from_millis(300));
    p.send(ControlCode::EndOfText).expect("ctrl-c");
    expect_output(&mut p, "KeyboardInterrupt\r\n");
    type_line(&mut p, "'still here'");
    expect_output(&mut p, "'still here'\r\n");
    p.send(ControlCode::EndOfTransmission).expect("ctrl-d");
    p.expect(Eof).expect("exit on ctrl-d");
}

/// `text` with addresses and `time.ctime()` stamps redacted (the seed
/// snippets print both).
fn redact_run(text: &[u8]) -> String {
    common::redact_ctime(&common::redact_addresses(&String::from_utf8_lossy(text)))
}

#[test]
fn seed_snippets_pasted_into_the_repl_match_cpython() {
    let Some(python) = python() else {
        eprintln!("python3 (3.11) not found: skipped");
        return;
    };
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("snippets/seeds");
    for name in [
        "coroutines_vs_functions_1_function.py",
        "coroutines_vs_functions_2_generator.py",
        "coroutine_functions_1_event_loop.py",
        "coroutine_functions_2_whole_article.py",
    ] {
        let input = std::fs::read_to_string(seeds.join(name)).expect("seed snippet");
        let ours = run_piped(SNIPPY, &input);
        let theirs = run_piped(python, &input);
        assert_eq!(
            (redact_run(&ours.stdout), redact_run(&ours.stderr)),
            (redact_run(&theirs.stdout), redact_run(&theirs.stderr)),
            "{name} pasted into the REPL"
        );
        assert_eq!(ours.status.code(), theirs.status.code(), "{name}");
    }
}

/// The httpx seed pasted into the prompt, answered from its recording: the
/// last line (`asyncio.run(...)`) echoes the post's title.
#[test]
fn httpx_seed_pasted_into_the_repl_echoes_the_title() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("snippets/seeds");
    let input = std::fs::read_to_string(seeds.join("coroutines_vs_functions_3_coroutine_httpx.py"))
        .expect("seed snippet");
    let replay = seeds.join("coroutines_vs_functions_3_coroutine_httpx.replay");
    let out = run_piped_with(
        SNIPPY,
        &["--http-replay".as_ref(), replay.as_os_str()],
        &input,
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "'sunt aut facere repellat provident occaecati excepturi optio reprehenderit'\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));
}
