//! The text codecs behind `str.encode` and `bytes.decode`: UTF-8, ASCII and
//! Latin-1 with the `strict`, `replace`, `ignore` and `backslashreplace`
//! error handlers, raising CPython's `UnicodeEncodeError`/`UnicodeDecodeError`.

use crate::objects::{ExcKind, PyErr, PyResult};

/// A supported codec.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String = name
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c })
            .collect();
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" => Codec::Latin1,
            _ => {
                return Err(PyErr::new(
                    ExcKind::LookupError,
                    format!("unknown encoding: {name}"),
                ))
            }
        })
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            _ => 0x100,
        }
    }
}

/// An error handler.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(name: &str) -> PyResult<Handler> {
    Ok(match name {
        "strict" => Handler::Strict,
        "replace" => Handler::Replace,
        "ignore" => Handler::Ignore,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return Err(PyErr::new(
                ExcKind::LookupError,
                format!("unknown error handler name '{name}'"),
            ))
        }
    })
}

fn position(start: usize, end: usize) -> String {
    if end - start == 1 {
        format!("position {start}")
    } else {
        format!("position {start}-{}", end - 1)
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match handler(errors)? {
            Handler::Strict => {
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                let what = if end - i == 1 {
                    let n = c as u32;
                    if n <= 0xff {
                        format!("character '\\x{n:02x}'")
                    } else if n <= 0xffff {
                        format!("character '\\u{n:04x}'")
                    } else {
                        format!("character '\\U{n:08x}'")
                    }
                } else {
                    "characters".to_owned()
                };
                return Err(PyErr::new(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what} in {}: ordinal not in range({limit})",
                        codec.name(),
                        position(i, end)
                    ),
                ));
            }
            Handler::Replace => out.push(b'?'),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                let n = c as u32;
                let esc = if n <= 0xff {
                    format!("\\x{n:02x}")
                } else if n <= 0xffff {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.extend_from_slice(esc.as_bytes());
            }
            Handler::XmlCharRefReplace => {
                out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
            }
        }
        i += 1;
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    bad_bytes(
                        &mut out,
                        codec,
                        errors,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let first = rest[good];
                                let invalid_start = matches!(first, 0x80..=0xc1 | 0xf5..=0xff);
                                (
                                    n,
                                    if invalid_start {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    },
                                )
                            }
                        };
                        let start = offset + good;
                        bad_bytes(&mut out, codec, errors, data, start, start + len, reason)?;
                        rest = &rest[good + len..];
                        offset = start + len;
                    }
                }
            }
        }
    }
}

/// Applies the error handler to the undecodable `data[start..end]`.
fn bad_bytes(
    out: &mut String,
    codec: Codec,
    errors: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match handler(errors)? {
        Handler::Strict => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x}", data[start])
            } else {
                "bytes".to_owned()
            };
            Err(PyErr::new(
                ExcKind::UnicodeDecodeError,
                format!(
                    "'{}' codec can't decode {what} in {}: {reason}",
                    codec.name(),
                    position(start, end)
                ),
            ))
        }
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::Ignore => Ok(()),
        Handler::BackslashReplace => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        Handler::XmlCharRefReplace => Err(PyErr::type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
    }
}
