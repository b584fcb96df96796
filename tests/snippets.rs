//! Snapshot tests: every `snippets/**/*.py` must print on snippy exactly what
//! it prints on CPython 3.11.
//!
//! Scheme:
//! - Folders holding an `__init__.py` are packages that snippets import,
//!   not snippets. A folder `NAME.replay/` beside `NAME.py` holds recorded
//!   HTTP responses: snippy runs the snippet with `--http-replay NAME.replay`
//!   (no network), CPython runs it for real.
//! - Snippets in [`PACKAGE_DIRS`] import httpx or nest_asyncio: CPython runs
//!   them with those packages installed (a virtual environment the test
//!   makes on first use from `tests/cpython-packages.txt`).
//! - A snippet is run the way a user runs it: working directory = the
//!   snippet's folder, the file given by its base name, stdin null (or the
//!   bytes of `name.stdin` next to `name.py`), a timeout
//!   (a hang is a failure). Exit code, stdout and stderr are rendered into one
//!   text ([`render`]) after [`redact`] (snippet directory → `[DIR]`,
//!   `at 0x…` addresses → `at 0x[ADDR]`, `time.ctime()` stamps → `[CTIME]`).
//! - The `.snap` files in `snippets/snapshots/` (one per snippet, named after
//!   its path: `basics/foo.py` → `basics__foo.snap`) are CPython's truth.
//!   They are only ever written from CPython's output:
//!   `SNIPPY_BLESS=1 cargo test --test snippets` (never `cargo insta accept`).
//! - `cpython_matches_snapshots` runs the real CPython binary (`-S`, see
//!   [`run_cpython`]) on every snippet and requires its output to equal the
//!   committed snapshot, so a snapshot can never silently become snippy's
//!   output. Frames that CPython prints from inside its own standard library
//!   are dropped from its stderr first.
//! - `snippy_matches_snapshots` runs `snippy` on every snippet and
//!   `insta::assert_snapshot!`s the result. Snippets listed in
//!   `snippets/expected_failures.txt` must NOT match yet; once one does, the
//!   test fails with "now passes: remove it from expected_failures.txt".
//! - Both tests run the snippets in parallel and report every failing snippet
//!   at the end, not just the first.
//!
//! Environment knobs: `SNIPPY_BLESS=1` (rewrite snapshots from CPython),
//! `SNIPPY_FILTER=text` (only snippets whose path contains `text`),
//! `SNIPPY_PYTHON=/path/to/python3.11` (CPython to use), `SNIPPY_NETWORK=1`
//! (also run the snippets that need the network on CPython), `SNIPPY_BIN`
//! (run another binary instead of snippy: only to test this harness).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

mod common;
use common::{redact_addresses, redact_ctime};

/// How long one snippet may run before it counts as hung.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Snippets that need the network on CPython (and its third-party
/// packages). The CPython test skips them (saying why) unless
/// `SNIPPY_NETWORK=1` is set; their snapshots hold the output documented in
/// `shared/seeds/README.md`. snippy answers their requests from the
/// recordings in `NAME.replay/` (see [`snippy_args`]).
const NEEDS_NETWORK: &[&str] = &["seeds/coroutines_vs_functions_3_coroutine_httpx.py"];

/// Folders of snippets that import third-party packages built into snippy
/// (httpx, nest_asyncio): CPython runs them with the packages installed
/// ([`common::packages_python`]) and without `-S`.
const PACKAGE_DIRS: &[&str] = &["httpx/", "nest_asyncio/"];

/// Whether CPython needs `tests/cpython-packages.txt` to run `rel`.
fn needs_packages(rel: &str) -> bool {
    NEEDS_NETWORK.contains(&rel) || PACKAGE_DIRS.iter().any(|d| rel.starts_with(d))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn snippets_dir() -> PathBuf {
    root().join("snippets")
}

fn snapshots_dir() -> PathBuf {
    snippets_dir().join("snapshots")
}

/// `basics/foo.py` → `basics__foo`: the snapshot name of a snippet.
fn snapshot_name(rel: &str) -> String {
    rel.trim_end_matches(".py").replace('/', "__")
}

fn snapshot_file(rel: &str) -> PathBuf {
    snapshots_dir().join(format!("{}.snap", snapshot_name(rel)))
}

/// Every snippet, as a path relative to `snippets/` with `/` separators,
/// sorted, after `SNIPPY_FILTER`.
fn all_snippets() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                // A package (a folder with `__init__.py`) is imported by
                // snippets, not run as one.
                if !path.join("__init__.py").is_file() {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|x| x == "py") {
                out.push(path);
            }
        }
    }
    let base = snippets_dir();
    let mut files = Vec::new();
    walk(&base, &mut files);
    let filter = std::env::var("SNIPPY_FILTER").unwrap_or_default();
    let mut rels: Vec<String> = files
        .iter()
        .map(|p| rel_path(p))
        .filter(|r| r.contains(&filter))
        .collect();
    rels.sort();
    assert!(
        !rels.is_empty(),
        "no snippet matches SNIPPY_FILTER={filter:?}"
    );
    rels
}

fn rel_path(path: &Path) -> String {
    let base = snippets_dir();
    let base = base.canonicalize().unwrap_or(base);
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    path.strip_prefix(&base)
        .unwrap_or_else(|_| panic!("{} is not under snippets/", path.display()))
        .to_string_lossy()
        .replace('\\', "/")
}

fn blessing() -> bool {
    std::env::var("SNIPPY_BLESS").is_ok_and(|v| !v.is_empty() && v != "0")
}

// ---------------------------------------------------------------------------
// Running a program.

/// What a finished (or killed) program did.
struct Outcome {
    status: Option<ExitStatus>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
}

/// Runs `cmd` with `input` as stdin (null when `None`), capturing stdout and
/// stderr, killing it after [`TIMEOUT`].
fn run_with_timeout(mut cmd: Command, input: Option<Vec<u8>>) -> Result<Outcome, String> {
    cmd.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    if let (Some(input), Some(mut pipe)) = (input, child.stdin.take()) {
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = pipe.write_all(&input);
        });
    }
    let mut out_pipe = child.stdout.take().expect("stdout is piped");
    let mut err_pipe = child.stderr.take().expect("stderr is piped");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for {cmd:?}: {e}")),
        }
    };
    // A grandchild could keep the pipes open; the readers end when it does.
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Outcome {
        status,
        stdout,
        stderr,
        timed_out,
    })
}

/// The stdin of a snippet: the content of `name.stdin` next to `name.py`
/// if there is one (the same bytes on both sides), else none.
fn snippet_stdin(rel: &str) -> Option<Vec<u8>> {
    let path = snippets_dir().join(rel).with_extension("stdin");
    std::fs::read(path).ok()
}

/// A command for `program args… <base name>` in the snippet's folder, with
/// the environment both sides share.
fn snippet_command(program: &Path, args: &[&str], rel: &str) -> Command {
    let path = snippets_dir().join(rel);
    let dir = path.parent().expect("a snippet has a folder");
    let name = path.file_name().expect("a snippet has a name");
    let mut cmd = Command::new(program);
    cmd.args(args)
        .arg(name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONUNBUFFERED", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONUTF8", "1")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONWARNINGS")
        .env_remove("PYTHONINSPECT");
    cmd
}

/// Runs `job` on every item on a few threads; results keep the input order.
fn parallel_map<T: Sync, R: Send>(items: &[T], job: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        + 2;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads.min(items.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let r = job(item);
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.expect("every item was run"))
        .collect()
}

// ---------------------------------------------------------------------------
// Rendering and redaction (the same on both sides).

/// Replaces what differs between runs or machines. `dirs` are the absolute
/// spellings of the snippet's directory.
fn redact(text: &str, dirs: &[String]) -> String {
    let mut text = text.to_string();
    let mut dirs: Vec<&String> = dirs.iter().filter(|d| !d.is_empty()).collect();
    dirs.sort_by_key(|d| std::cmp::Reverse(d.len()));
    for dir in dirs {
        text = text.replace(dir.as_str(), "[DIR]");
    }
    redact_ctime(&redact_addresses(&text))
}

/// Bytes as text, losslessly enough for a snapshot: invalid UTF-8 bytes
/// become `[\xNN]`, a carriage return `[CR]` (insta's files would lose it).
fn bytes_to_text(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).expect("valid prefix"));
                let n = e.error_len().unwrap_or(bad.len());
                for b in &bad[..n] {
                    out.push_str(&format!("[\\x{b:02x}]"));
                }
                rest = &bad[n..];
            }
        }
    }
    out.replace('\r', "[CR]")
}

/// One text for a snapshot: the exit code, stdout and stderr as sections.
/// A stream that does not end in a newline is marked, so the text keeps the
/// exact bytes even though insta trims trailing whitespace.
fn render(outcome: &Outcome, stderr: &str, dirs: &[String]) -> String {
    let code = match outcome.status {
        _ if outcome.timed_out => format!("timed out after {} s", TIMEOUT.as_secs()),
        Some(status) => match status.code() {
            Some(code) => code.to_string(),
            None => {
                use std::os::unix::process::ExitStatusExt;
                format!("killed by signal {}", status.signal().unwrap_or(0))
            }
        },
        None => "unknown".to_string(),
    };
    let mut text = format!("--- exit code: {code} ---\n");
    for (name, body) in [
        ("stdout", bytes_to_text(&outcome.stdout)),
        ("stderr", stderr.to_string()),
    ] {
        let body = redact(&body, dirs);
        text.push_str(&format!("--- {name} ---\n"));
        text.push_str(&body);
        if !body.is_empty() && !body.ends_with('\n') {
            text.push_str("\n[no newline at end of ");
            text.push_str(name);
            text.push_str("]\n");
        }
    }
    text.push_str("--- end ---");
    text
}

/// The spellings of a snippet's directory that may show up in its output.
fn dir_spellings(rel: &str) -> Vec<String> {
    let dir = snippets_dir()
        .join(rel)
        .parent()
        .expect("a snippet has a folder")
        .to_path_buf();
    let mut dirs = vec![dir.to_string_lossy().into_owned()];
    if let Ok(canonical) = dir.canonicalize() {
        dirs.push(canonical.to_string_lossy().into_owned());
    }
    dirs
}

// ---------------------------------------------------------------------------
// Snapshot files.

/// The content of a committed snapshot, as insta reads it (text after the
/// second `---` line), or `None` when there is none.
fn read_snapshot(rel: &str) -> Option<String> {
    let text = std::fs::read_to_string(snapshot_file(rel)).ok()?;
    let mut lines = text.lines();
    if lines.next()? != "---" {
        return None;
    }
    for line in lines.by_ref() {
        if line == "---" {
            break;
        }
    }
    let body: Vec<&str> = lines.collect();
    Some(body.join("\n").trim_end().to_string())
}

/// Writes a snapshot the way insta would (same metadata and layout).
fn write_snapshot(rel: &str, content: &str) {
    let text = format!(
        "---\nsource: tests/snippets.rs\nexpression: rendered\ninput_file: snippets/{rel}\n---\n{content}\n"
    );
    std::fs::create_dir_all(snapshots_dir()).expect("create snippets/snapshots");
    std::fs::write(snapshot_file(rel), text).expect("write snapshot");
}

// ---------------------------------------------------------------------------
// CPython.

struct Python {
    exe: PathBuf,
    /// Prefixes of CPython's own library paths, as they show in tracebacks.
    stdlib: Vec<String>,
}

fn python() -> &'static Result<Python, String> {
    static PYTHON: OnceLock<Result<Python, String>> = OnceLock::new();
    PYTHON.get_or_init(|| {
        let launcher = std::env::var("SNIPPY_PYTHON").unwrap_or_else(|_| "python3".into());
        // Resolve the real binary once: the pyenv shim costs 0.1-0.3 s a start.
        let probe = "import sys, sysconfig; \
                     print(sys.executable); print(sys.version_info[:2] == (3, 11)); \
                     print(sysconfig.get_paths()['stdlib']); \
                     print(sysconfig.get_paths()['platstdlib'])";
        let out = Command::new(&launcher)
            .args(["-c", probe])
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {launcher}: {e}"))?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let lines: Vec<&str> = text.lines().collect();
        if !out.status.success() || lines.len() < 4 {
            return Err(format!(
                "{launcher} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        if lines[1] != "True" {
            return Err(format!("{} is not CPython 3.11", lines[0]));
        }
        let mut stdlib: Vec<String> = lines[2..4].iter().map(|s| format!("{s}/")).collect();
        stdlib.dedup();
        Ok(Python {
            exe: PathBuf::from(lines[0]),
            stdlib,
        })
    })
}

/// Drops the traceback frames CPython prints from inside its own standard
/// library (and frozen modules, and installed packages such as httpx): the `File "…"` line and the indented
/// source and marker lines under it.
fn drop_stdlib_frames(stderr: &str, stdlib: &[String]) -> String {
    let mut out = String::with_capacity(stderr.len());
    let mut skipping = false;
    for line in stderr.split_inclusive('\n') {
        // Exception-group tracebacks put a `  | ` margin before each line.
        let body = match line.trim_start_matches(' ').strip_prefix("| ") {
            Some(rest) => rest,
            None => line,
        };
        if let Some(file) = body.strip_prefix("  File \"") {
            skipping = file.starts_with("<frozen ")
                || file.contains("/site-packages/")
                || stdlib.iter().any(|p| file.starts_with(p.as_str()));
        } else if skipping && !body.starts_with("    ") {
            skipping = false;
        }
        if !skipping {
            out.push_str(line);
        }
    }
    out
}

/// Runs CPython on a snippet. `-S` (no `site`) is harmless for the snippets:
/// `site` only adds site-packages to `sys.path`, the `exit`/`quit`/`help`
/// builtins (snippets use `sys.exit`) and this machine's `.pth` hooks, none
/// of which a snippet may depend on; it makes each start ~10x faster and
/// immune to whatever is installed. Snippets that import third-party
/// packages ([`needs_packages`]) run without it, on the packages' Python.
fn run_cpython(py: &Python, rel: &str) -> Result<String, String> {
    let outcome = if needs_packages(rel) {
        let exe = common::packages_python(&py.exe)?;
        run_with_timeout(snippet_command(&exe, &[], rel), snippet_stdin(rel))?
    } else {
        run_with_timeout(snippet_command(&py.exe, &["-S"], rel), snippet_stdin(rel))?
    };
    let stderr = drop_stdlib_frames(&bytes_to_text(&outcome.stderr), &py.stdlib);
    Ok(render(&outcome, &stderr, &dir_spellings(rel)))
}

/// Why the CPython test cannot run a snippet here, if it cannot.
fn cpython_skip_reason(rel: &str) -> Option<String> {
    (NEEDS_NETWORK.contains(&rel) && std::env::var("SNIPPY_NETWORK").as_deref() != Ok("1"))
        .then(|| "needs the network: set SNIPPY_NETWORK=1 to run it".into())
}

#[test]
fn cpython_matches_snapshots() {
    let py = match python() {
        Ok(py) => py,
        Err(e) => panic!("CPython 3.11 is needed to check the snapshots: {e}"),
    };
    let snippets = all_snippets();
    let bless = blessing();
    let results = parallel_map(&snippets, |rel| {
        if let Some(reason) = cpython_skip_reason(rel) {
            return Err(reason);
        }
        Ok(run_cpython(py, rel))
    });
    let mut failures = Vec::new();
    let mut written = Vec::new();
    for (rel, result) in snippets.iter().zip(results) {
        let rendered = match result {
            Err(reason) => {
                println!("skipped {rel} on CPython: {reason}");
                continue;
            }
            Ok(Err(e)) => {
                failures.push(format!("{rel}: {e}"));
                continue;
            }
            Ok(Ok(rendered)) => rendered,
        };
        if rendered.contains("--- exit code: timed out") {
            failures.push(format!("{rel}: timed out on CPython"));
            continue;
        }
        let committed = read_snapshot(rel);
        if committed.as_deref() == Some(rendered.trim_end()) {
            continue;
        }
        if bless {
            write_snapshot(rel, &rendered);
            written.push(rel.clone());
        } else if committed.is_none() {
            failures.push(format!(
                "{rel}: no snapshot; write it from CPython: SNIPPY_BLESS=1 cargo test --test snippets"
            ));
        } else {
            failures.push(format!(
                "{rel}: CPython's output differs from the snapshot\n--- snapshot ---\n{}\n--- CPython ---\n{}",
                committed.unwrap_or_default(),
                rendered
            ));
        }
    }
    // Snapshots whose snippet is gone.
    if std::env::var("SNIPPY_FILTER")
        .unwrap_or_default()
        .is_empty()
    {
        let names: Vec<String> = snippets.iter().map(|r| snapshot_name(r)).collect();
        for entry in std::fs::read_dir(snapshots_dir()).into_iter().flatten() {
            let path = entry.expect("read snapshots dir").path();
            let Some(stem) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".snap"))
            else {
                continue;
            };
            if !names.iter().any(|n| n == stem) {
                if bless {
                    std::fs::remove_file(&path).expect("remove orphan snapshot");
                    println!("removed {} (no snippet)", path.display());
                } else {
                    failures.push(format!(
                        "{}: snapshot without a snippet (SNIPPY_BLESS=1 removes it)",
                        path.display()
                    ));
                }
            }
        }
    }
    for rel in &written {
        println!("blessed {rel} from CPython");
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} snippets disagree with CPython:\n\n{}",
            failures.len(),
            snippets.len(),
            failures.join("\n\n")
        );
    }
}

// ---------------------------------------------------------------------------
// snippy.

/// `snippets/expected_failures.txt`: `path  reason…` per line, `#` comments.
fn expected_failures() -> BTreeMap<String, String> {
    let path = snippets_dir().join("expected_failures.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut map = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (rel, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        assert!(
            snippets_dir().join(rel).is_file(),
            "expected_failures.txt lists {rel}, which is not a snippet"
        );
        map.insert(rel.to_string(), reason.trim().to_string());
    }
    map
}

/// The options snippy gets for a snippet: `--http-replay NAME.replay` when
/// that folder of recorded responses sits beside `NAME.py`.
fn snippy_args(rel: &str) -> Vec<String> {
    let path = snippets_dir().join(rel).with_extension("replay");
    match path.file_name() {
        Some(name) if path.is_dir() => {
            vec!["--http-replay".into(), name.to_string_lossy().into_owned()]
        }
        _ => Vec::new(),
    }
}

fn run_snippy(rel: &str) -> Result<String, String> {
    // SNIPPY_BIN swaps in another binary: only for testing this harness.
    let exe = std::env::var_os("SNIPPY_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_snippy")));
    let replay = snippy_args(rel);
    let args: Vec<&str> = replay.iter().map(String::as_str).collect();
    let outcome = run_with_timeout(snippet_command(&exe, &args, rel), snippet_stdin(rel))?;
    let stderr = bytes_to_text(&outcome.stderr);
    Ok(render(&outcome, &stderr, &dir_spellings(rel)))
}

#[test]
fn snippy_matches_snapshots() {
    if blessing() {
        println!("SNIPPY_BLESS is set: snapshots come from CPython only; snippy is not run");
        return;
    }
    let snippets = all_snippets();
    let expected = expected_failures();
    let results = parallel_map(&snippets, |rel| run_snippy(rel));
    let outputs: BTreeMap<&str, Result<String, String>> =
        snippets.iter().map(String::as_str).zip(results).collect();

    let mut failures: Vec<String> = Vec::new();
    let mut expected_count = 0;
    // The assertions: insta's glob! walks the same files; each snapshot is
    // named after the snippet (no glob suffix) and lives in snippets/snapshots.
    let asserted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        insta::glob!("../snippets", "**/*.py", |path| {
            let rel = rel_path(path);
            let Some(result) = outputs.get(rel.as_str()) else {
                return; // left out by SNIPPY_FILTER
            };
            let rendered = match result {
                Ok(rendered) => rendered,
                Err(e) => {
                    failures.push(format!("{rel}: {e}"));
                    return;
                }
            };
            let Some(committed) = read_snapshot(&rel) else {
                failures.push(format!(
                    "{rel}: no snapshot; write it from CPython: SNIPPY_BLESS=1 cargo test --test snippets"
                ));
                return;
            };
            let matches = committed == rendered.trim_end();
            if let Some(reason) = expected.get(&rel) {
                expected_count += 1;
                if matches {
                    failures.push(format!(
                        "{rel}: now passes: remove it from expected_failures.txt ({reason})"
                    ));
                }
                return;
            }
            if !matches {
                failures.push(format!("{rel}: output differs from the snapshot"));
            }
            let mut settings = insta::Settings::clone_current();
            settings.set_snapshot_path("../snippets/snapshots");
            settings.set_prepend_module_to_snapshot(false);
            settings.remove_snapshot_suffix();
            settings.set_input_file(path);
            settings.bind(|| {
                insta::assert_snapshot!(snapshot_name(&rel), rendered.as_str(), "rendered");
            });
        });
    }));
    if asserted.is_err() && failures.is_empty() {
        failures.push("insta reported a failure (see above)".into());
    }
    println!(
        "{} snippets, {} expected failures, {} failing",
        snippets.len(),
        expected_count,
        failures.len()
    );
    if !failures.is_empty() {
        panic!(
            "{} of {} snippets fail on snippy:\n{}",
            failures.len(),
            snippets.len(),
            failures.join("\n")
        );
    }
}

// ---------------------------------------------------------------------------
// The harness's own helpers.

#[test]
fn redaction_and_rendering() {
    let dirs = vec!["/x/snippets/errors".to_string()];
    assert_eq!(
        redact(
            "File \"/x/snippets/errors/a.py\" <function f at 0x7f00ab> 0xff at 0x",
            &dirs
        ),
        "File \"[DIR]/a.py\" <function f at 0x[ADDR]> 0xff at 0x"
    );
    assert_eq!(
        redact_ctime("a Sun Nov 22 05:38:03 2026\nMon Jan  5 15:00:00 2027 b"),
        "a [CTIME]\n[CTIME] b"
    );
    assert_eq!(redact_ctime("Sun Nov 22 05:38"), "Sun Nov 22 05:38");
    assert_eq!(bytes_to_text(b"a\r\n\xffb"), "a[CR]\n[\\xff]b");
    let stdlib = vec!["/py/lib/python3.11/".to_string()];
    let tb = "Traceback (most recent call last):\n  File \"/s/a.py\", line 2, in <module>\n    f()\n  File \"/py/lib/python3.11/json/__init__.py\", line 9, in loads\n    return x\n           ^\n  File \"<frozen runpy>\", line 1, in g\nValueError: v\n";
    assert_eq!(
        drop_stdlib_frames(tb, &stdlib),
        "Traceback (most recent call last):\n  File \"/s/a.py\", line 2, in <module>\n    f()\nValueError: v\n"
    );
    let group = "  | Exception Group Traceback (most recent call last):\n  |   File \"/s/a.py\", line 2, in <module>\n  |     f()\n  |   File \"/py/lib/python3.11/asyncio/runners.py\", line 9, in run\n  |     return x\n  |            ^\n  | ExceptionGroup: g\n";
    assert_eq!(
        drop_stdlib_frames(group, &stdlib),
        "  | Exception Group Traceback (most recent call last):\n  |   File \"/s/a.py\", line 2, in <module>\n  |     f()\n  | ExceptionGroup: g\n"
    );
    let outcome = Outcome {
        status: None,
        stdout: b"no newline".to_vec(),
        stderr: Vec::new(),
        timed_out: true,
    };
    assert_eq!(
        render(&outcome, "", &[]),
        "--- exit code: timed out after 10 s ---\n--- stdout ---\nno newline\n[no newline at end of stdout]\n--- stderr ---\n--- end ---"
    );
}
