//! HTTP/1.1 response heads and chunk sizes, parsed by `httparse`; the
//! Python layer keeps the body state (content-length, chunked, until close).

use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `parse_head(buf)`: None while the head is incomplete, else
/// `(http_version, status, reason, [(name, value)], head_length)` with names
/// and values as bytes. A malformed head raises ValueError with the reason.
pub fn parse_head(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("parse_head", 1, 1)?;
    let buf = crate::methods::bytes::bytes_arg(&a[0])?;
    let mut capacity = 64;
    loop {
        let mut headers = vec![httparse::EMPTY_HEADER; capacity];
        let mut response = httparse::Response::new(&mut headers);
        match response.parse(&buf) {
            Ok(httparse::Status::Partial) => return Ok(Value::None),
            Ok(httparse::Status::Complete(len)) => {
                let version = match response.version {
                    Some(0) => "HTTP/1.0",
                    _ => "HTTP/1.1",
                };
                let fields = response
                    .headers
                    .iter()
                    .map(|h| {
                        Value::tuple(vec![
                            Value::bytes(h.name.as_bytes().to_vec()),
                            Value::bytes(h.value.to_vec()),
                        ])
                    })
                    .collect();
                return Ok(Value::tuple(vec![
                    Value::str(version),
                    Value::Int(response.code.unwrap_or(0) as i64),
                    Value::str(response.reason.unwrap_or("")),
                    Value::list(fields),
                    Value::Int(len as i64),
                ]));
            }
            Err(httparse::Error::TooManyHeaders) if capacity < 4096 => capacity *= 4,
            Err(e) => return Err(PyErr::value_error(e.to_string())),
        }
    }
}

/// `parse_chunk_size(buf)`: None while the size line is incomplete, else
/// `(size, line_length)`; a malformed line raises ValueError.
pub fn parse_chunk_size(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("parse_chunk_size", 1, 1)?;
    let buf = crate::methods::bytes::bytes_arg(&a[0])?;
    match httparse::parse_chunk_size(&buf) {
        Ok(httparse::Status::Partial) => Ok(Value::None),
        Ok(httparse::Status::Complete((len, size))) => Ok(Value::tuple(vec![
            Value::from_i128(size as i128),
            Value::Int(len as i64),
        ])),
        Err(_) => Err(PyErr::value_error("invalid chunk size")),
    }
}
