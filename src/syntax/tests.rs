//! Parser tests: token streams, ASTs (in `ast.dump` form), CPython's error
//! messages and locations, and whole files.

use super::dump;
use super::*;

/// Parses `src` and renders it as CPython's `ast.dump` would.
fn parse_dump(src: &str) -> String {
    match parse_module(src) {
        Ok(m) => dump::module(&m),
        Err(e) => format!("ERROR {e:?}"),
    }
}

/// Compares with `python3` (run with `cargo test -- --ignored`): every path in
/// `SNIPPY_COMPARE` (colon-separated) must parse to the same tree.
#[test]
#[ignore]
fn compare_with_cpython() {
    let paths = std::env::var("SNIPPY_COMPARE").unwrap_or_default();
    let mut failures = Vec::new();
    for path in paths.split(':').filter(|p| !p.is_empty()) {
        let src = std::fs::read_to_string(path).expect("readable file");
        let ours = parse_dump(&src);
        let out = std::process::Command::new("python3")
            .args(["/tmp/syn/dump.py", path])
            .output()
            .expect("python3 runs");
        let theirs = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if ours != theirs {
            let at = ours
                .chars()
                .zip(theirs.chars())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let around = |s: &str| -> String {
                s.chars()
                    .skip(at.saturating_sub(150))
                    .take(300)
                    .collect()
            };
            failures.push(format!(
                "{path}\n ours: {}\n cpy:  {}",
                around(&ours),
                around(&theirs)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
