//! Command-line options compared with CPython 3.11: `-c` code, `-W` warning control
//! (option parsing, its startup errors, and how the filters it installs
//! treat `warnings.warn` and the never-awaited coroutine warning).

use std::path::PathBuf;
use std::process::Command;

// Each test crate compiles `common` whole and uses only part of it.
#[allow(dead_code)]
mod common;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

/// The real CPython binary (not the pyenv shim), or `SNIPPY_PYTHON`.
fn cpython() -> String {
    let launcher = std::env::var("SNIPPY_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&launcher)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .expect("python3 runs");
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// (exit code, stdout, stderr) of `program args...` run in the fixtures
/// folder, [`clean`]ed.
fn run(program: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(program)
        .args(args)
        .current_dir(fixtures())
        .output()
        .expect("program runs");
    (
        out.status.code().unwrap_or(-1),
        clean(&out.stdout),
        clean(&out.stderr).replace(program, "PROGRAM"),
    )
}

/// Output with addresses redacted and CPython's own library frames (a
/// `File "…/lib/python3.11/…"` line and the lines under it) dropped.
fn clean(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut lines = Vec::new();
    let mut skipping = false;
    for line in text.lines() {
        if line.starts_with("  File \"") {
            skipping = line.contains("/lib/python3.11/");
        } else if !line.starts_with("    ") {
            skipping = false;
        }
        if !skipping {
            lines.push(common::redact_addresses(line));
        }
    }
    lines.join("\n")
}

fn agrees(args: &[&str]) {
    let python = cpython();
    let expected = run(&python, &[&["-S"], args].concat());
    let got = run(env!("CARGO_BIN_EXE_snippy"), args);
    assert_eq!(got, expected, "snippy {args:?} differs from CPython");
}

#[test]
fn code_given_with_dash_c_reports_errors_without_source_lines() {
    agrees(&["-c", "def f():\n    return 1 / 0\nf()"]);
    agrees(&["-c", "x = (1,"]);
    agrees(&["-c", "import warnings; warnings.warn('careful')"]);
}

#[test]
fn warning_error_turns_never_awaited_into_exception_ignored() {
    agrees(&["-W", "error", "never_awaited.py"]);
}

#[test]
fn warning_ignore_silences_never_awaited() {
    agrees(&["-W", "ignore", "never_awaited.py"]);
}

#[test]
fn warning_options_filter_by_category() {
    agrees(&["-W", "error::RuntimeWarning", "-Wd", "warns.py"]);
    agrees(&["-Wignore::UserWarning", "warns.py"]);
    agrees(&["-W", "always", "warns.py"]);
}

#[test]
fn invalid_warning_options_are_reported_and_ignored() {
    agrees(&["-W", "bogus", "warns.py"]);
    agrees(&["-W", "error::NoSuchWarning", "warns.py"]);
    agrees(&["-W", "a:b:c:d:e:f", "warns.py"]);
}

#[test]
fn warning_option_needs_an_argument() {
    agrees(&["-W"]);
}

/// Runs `script` with `program`, sending SIGINT each time it prints a
/// `ready:` line: (exit code or -signal, stdout, [`clean`]ed stderr).
fn run_interrupted(program: &str, args: &[&str], script: &str) -> (i32, String, String) {
    use std::io::{BufRead, BufReader, Read};
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    use std::process::Stdio;
    let mut command = Command::new(program);
    command
        .args(args)
        .arg(script)
        .current_dir(fixtures())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: only async-signal-safe calls between fork and exec. A test
    // runner started in the background inherits SIGINT ignored, which
    // CPython would keep: restore the default so both see Ctrl-C.
    unsafe {
        command.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = command.spawn().expect("program runs");
    // A program that misses the signal would loop forever: stop it.
    let pid = child.id();
    let finished = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watched = finished.clone();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(30));
        if !watched.load(std::sync::atomic::Ordering::SeqCst) {
            // SAFETY: our child, not yet reaped (so its pid is still its own).
            unsafe {
                libc::kill(pid as i32, libc::SIGKILL);
            }
        }
    });
    let mut stdout = String::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while lines.read_line(&mut line).unwrap_or(0) > 0 {
        if line.starts_with("ready:") {
            // Give the program a moment to enter the loop or the sleep.
            std::thread::sleep(std::time::Duration::from_millis(200));
            // SAFETY: sending a signal to our own child.
            unsafe {
                libc::kill(pid as i32, libc::SIGINT);
            }
        }
        stdout.push_str(&line);
        line.clear();
    }
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    finished.store(true, std::sync::atomic::Ordering::SeqCst);
    let code = status
        .code()
        .unwrap_or_else(|| -status.signal().unwrap_or(0));
    (code, stdout, clean(stderr.as_bytes()))
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_in_loops_sleeps_and_uncaught() {
    let (py_code, py_out, py_err) = run_interrupted(&cpython(), &["-S"], "interrupted.py");
    let (code, out, err) = run_interrupted(env!("CARGO_BIN_EXE_snippy"), &[], "interrupted.py");
    assert_eq!((out, err), (py_out, py_err));
    // CPython dies by SIGINT after the traceback (status 130 in a shell);
    // snippy exits with that status.
    assert_eq!(py_code, -2);
    assert_eq!(code, 130);
}

#[test]
fn ctrl_c_in_asyncio_run_cancels_the_main_task_then_raises_keyboard_interrupt() {
    let script = "asyncio_interrupted.py";
    let (py_code, py_out, py_err) = run_interrupted(&cpython(), &["-S"], script);
    let (code, out, err) = run_interrupted(env!("CARGO_BIN_EXE_snippy"), &[], script);
    assert_eq!((out, err), (py_out, py_err));
    assert_eq!((py_code, code), (-2, 130));
}
