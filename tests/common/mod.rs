//! Helpers the integration tests share: the redactions that make CPython's
//! and snippy's output comparable (addresses, `time.ctime()` stamps).

/// `<function f at 0x7f12ab34cd56>` → `<function f at 0x[ADDR]>`. Only hex
/// after ` at 0x` is an address: `hex(255)` prints `0xff` and stays.
pub fn redact_addresses(text: &str) -> String {
    const MARK: &str = " at 0x";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(MARK) {
        let after = &rest[pos + MARK.len()..];
        let digits = after.bytes().take_while(|b| b.is_ascii_hexdigit()).count();
        out.push_str(&rest[..pos + MARK.len()]);
        if digits > 0 {
            out.push_str("[ADDR]");
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// `Sun Nov 22 05:38:03 2026` (what `time.ctime()` prints) → `[CTIME]`.
pub fn redact_ctime(text: &str) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // "Www Mmm dd hh:mm:ss yyyy": 24 bytes, the day padded with a space.
    fn is_stamp(s: &[u8]) -> bool {
        if s.len() < 24 {
            return false;
        }
        let digit = |i: usize| s[i].is_ascii_digit();
        let Ok(day) = std::str::from_utf8(&s[0..3]) else {
            return false;
        };
        let Ok(month) = std::str::from_utf8(&s[4..7]) else {
            return false;
        };
        DAYS.contains(&day)
            && s[3] == b' '
            && MONTHS.contains(&month)
            && s[7] == b' '
            && (s[8] == b' ' || digit(8))
            && digit(9)
            && s[10] == b' '
            && digit(11)
            && digit(12)
            && s[13] == b':'
            && digit(14)
            && digit(15)
            && s[16] == b':'
            && digit(17)
            && digit(18)
            && s[19] == b' '
            && (20..24).all(digit)
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        if is_stamp(&bytes[i..]) {
            out.push_str(&text[copied..i]);
            out.push_str("[CTIME]");
            i += 24;
            copied = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// A CPython 3.11 with the packages of `tests/cpython-packages.txt`
/// (httpx, nest_asyncio): the oracle for the programs that import them.
/// `SNIPPY_PACKAGES_PYTHON` names one; otherwise a virtual environment in
/// `target/cpython-packages` made from `base_python` on first use (pip
/// reaches PyPI), built beside and renamed into place so that a half-made
/// one is never used. `Err` says why there is none.
#[allow(dead_code)] // not every test binary compares against packages
pub fn packages_python(base_python: &std::path::Path) -> Result<std::path::PathBuf, String> {
    use std::path::PathBuf;
    use std::process::{Command, Stdio};
    if let Some(exe) = std::env::var_os("SNIPPY_PACKAGES_PYTHON") {
        return Ok(PathBuf::from(exe));
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let venv = root.join("target/cpython-packages");
    let exe = venv.join("bin/python");
    if exe.is_file() {
        return Ok(exe);
    }
    let staging = root.join(format!("target/cpython-packages.{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    let run = |cmd: &mut Command| -> Result<(), String> {
        let out = cmd
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{cmd:?} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    };
    run(Command::new(base_python).args(["-m", "venv"]).arg(&staging))?;
    run(Command::new(staging.join("bin/python"))
        .args([
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "-r",
        ])
        .arg(root.join("tests/cpython-packages.txt")))?;
    // Another test process may have finished first: either venv will do.
    if std::fs::rename(&staging, &venv).is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    if exe.is_file() {
        Ok(exe)
    } else {
        Err(format!("no {} after installing", exe.display()))
    }
}
