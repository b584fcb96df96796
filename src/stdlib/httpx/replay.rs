//! `--http-record DIR` / `--http-replay DIR`: every response httpx gets is
//! written to (or answered from) one human-readable file per method and URL,
//! so snippets that use the network run offline and reproducibly.
//!
//! A recording is the request line, then the response as HTTP/1.1 text:
//! the status line and the headers as received, a blank line, and the body
//! as the response's `content` (already decoded from gzip or chunks, so it
//! stays readable; a replay does not decode it again):
//!
//! ```text
//! GET https://example.org/posts/1
//! HTTP/1.1 200 OK
//! content-type: application/json; charset=utf-8
//!
//! {"id": 1}
//! ```

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use crate::objects::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// What the command line asked to do with HTTP traffic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recording {
    /// Answer every request from the recordings in this directory.
    Replay(PathBuf),
    /// Do the real requests and save each response in this directory.
    Record(PathBuf),
}

static MODE: OnceLock<Recording> = OnceLock::new();

/// Sets the mode for this process (the first call wins).
pub fn set_mode(mode: Recording) {
    let _ = MODE.set(mode);
}

/// The file holding the recording of `method url` in `dir`: the method and
/// URL with anything but letters, digits, `.` and `-` made `_`, shortened
/// with a digest when long.
pub fn recording_path(dir: &Path, method: &str, url: &str) -> PathBuf {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let mut name: String = format!("{method}_{rest}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if name.len() > 120 {
        let digest = Sha256::digest(format!("{method} {url}").as_bytes());
        let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
        name.truncate(100);
        name = format!("{name}_{hex}");
    }
    dir.join(format!("{name}.http"))
}

/// `recording_mode()`: None, or `("replay" | "record", directory)`.
pub fn recording_mode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("recording_mode", 0, 0)?;
    Ok(match MODE.get() {
        None => Value::None,
        Some(Recording::Replay(d)) => Value::tuple(vec![
            Value::str("replay"),
            Value::string(d.display().to_string()),
        ]),
        Some(Recording::Record(d)) => Value::tuple(vec![
            Value::str("record"),
            Value::string(d.display().to_string()),
        ]),
    })
}

fn str_arg(v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        _ => Err(PyErr::type_error(format!("{what} must be str"))),
    }
}

fn dir_and_request(a: &[Value]) -> PyResult<(PathBuf, String, String)> {
    Ok((
        PathBuf::from(str_arg(&a[0], "directory")?),
        str_arg(&a[1], "method")?,
        str_arg(&a[2], "url")?,
    ))
}

/// `replay_load(dir, method, url)`: `(path, None)` when there is no
/// recording, else `(path, (status, reason, [(name, value)], body))`; a
/// recording that cannot be read raises ValueError saying why.
pub fn replay_load(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("replay_load", 3, 3)?;
    let (dir, method, url) = dir_and_request(a)?;
    let path = recording_path(&dir, &method, &url);
    let shown = Value::string(path.display().to_string());
    let Ok(data) = std::fs::read(&path) else {
        return Ok(Value::tuple(vec![shown, Value::None]));
    };
    let bad = |why: &str| PyErr::value_error(format!("bad recording {}: {why}", path.display()));
    let (head, body) = match find(&data, b"\n\n") {
        Some(i) => (&data[..i], &data[i + 2..]),
        None => match find(&data, b"\r\n\r\n") {
            Some(i) => (&data[..i], &data[i + 4..]),
            None => (&data[..], &b""[..]),
        },
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines().map(|l| l.trim_end_matches('\r'));
    let request_line = lines.next().unwrap_or("");
    if request_line != format!("{method} {url}") {
        return Err(bad(&format!(
            "it records {request_line:?}, not {:?}",
            format!("{method} {url}")
        )));
    }
    let status_line = lines.next().unwrap_or("");
    let mut parts = status_line.splitn(3, ' ');
    let _version = parts.next();
    let status: i64 = parts
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad(&format!("bad status line {status_line:?}")))?;
    let reason = parts.next().unwrap_or("").to_owned();
    let mut headers = Vec::new();
    for line in lines {
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| bad(&format!("bad header line {line:?}")))?;
        headers.push(Value::tuple(vec![
            Value::str(name.trim()),
            Value::str(value.trim()),
        ]));
    }
    Ok(Value::tuple(vec![
        shown,
        Value::tuple(vec![
            Value::Int(status),
            Value::string(reason),
            Value::list(headers),
            Value::bytes(body.to_vec()),
        ]),
    ]))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `record_save(dir, method, url, status, reason, headers, body)`: writes
/// the recording (the body as decoded, so without content/transfer
/// encodings) and returns its path.
pub fn record_save(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("record_save", 7, 7)?;
    let (dir, method, url) = dir_and_request(a)?;
    let status = match &a[3] {
        Value::Int(s) => *s,
        _ => return Err(PyErr::type_error("status must be int")),
    };
    let reason = str_arg(&a[4], "reason")?;
    let Value::List(headers) = &a[5] else {
        return Err(PyErr::type_error("headers must be a list"));
    };
    let body = match &a[6] {
        Value::Bytes(b) => b.data.to_vec(),
        _ => return Err(PyErr::type_error("body must be bytes")),
    };
    let mut text = format!("{method} {url}\nHTTP/1.1 {status} {reason}\n");
    for item in headers.items.borrow().iter() {
        let Value::Tuple(pair) = item else { continue };
        let (Some(Value::Str(name)), Some(Value::Str(value))) =
            (pair.items.first(), pair.items.get(1))
        else {
            continue;
        };
        text.push_str(&format!("{}: {}\n", name.as_str(), value.as_str()));
    }
    text.push('\n');
    let mut data = text.into_bytes();
    data.extend_from_slice(&body);
    let path = recording_path(&dir, &method, &url);
    let io = |e: std::io::Error| PyErr::new(ExcKind::OSError, format!("{}: {e}", path.display()));
    std::fs::create_dir_all(&dir).map_err(io)?;
    std::fs::write(&path, data).map_err(io)?;
    Ok(Value::string(path.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sanitized() {
        let p = recording_path(
            Path::new("d"),
            "GET",
            "https://jsonplaceholder.typicode.com/posts/1?a=b",
        );
        assert_eq!(
            p,
            Path::new("d/GET_jsonplaceholder.typicode.com_posts_1_a_b.http")
        );
        let long = format!("http://x/{}", "a".repeat(300));
        let name = recording_path(Path::new(""), "GET", &long);
        assert!(name.to_string_lossy().len() < 130);
    }
}
