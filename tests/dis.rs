//! Disassembly snapshots: `snippy --dis` on a few snippets, so a change in
//! the code the compiler generates shows up in review. These snapshots are
//! snippy's own output (there is no CPython equivalent to compare with).

use std::path::Path;
use std::process::Command;

fn disassemble(snippet: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_snippy"))
        .arg("--dis")
        .arg(snippet)
        .current_dir(root.join("snippets"))
        .output()
        .expect("run snippy --dis");
    assert!(
        out.status.success(),
        "snippy --dis {snippet} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 disassembly")
}

#[test]
fn generator_seed() {
    insta::assert_snapshot!(disassemble("seeds/coroutines_vs_functions_2_generator.py"));
}

#[test]
fn closure_counter() {
    insta::assert_snapshot!(disassemble("functions/closure_counter.py"));
}

#[test]
fn try_except_else_finally() {
    insta::assert_snapshot!(disassemble("exceptions/try_except_else_finally.py"));
}

#[test]
fn list_comprehension() {
    insta::assert_snapshot!(disassemble("comprehensions/list_comprehension.py"));
}
