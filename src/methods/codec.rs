//! The text codecs behind `str.encode` and `bytes.decode`: UTF-8 (and
//! `utf-8-sig`), ASCII,
//! Latin-1, UTF-16 and UTF-32 (with CPython's byte-order-mark rules) with the
//! `strict`, `replace`, `ignore`, `backslashreplace` and `xmlcharrefreplace`
//! error handlers, raising CPython's `UnicodeEncodeError`/`UnicodeDecodeError`.

use crate::objects::{ExcKind, PyErr, PyResult, Value};

/// A supported codec.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    /// UTF-8 with a byte order mark written, and skipped when read.
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16/UTF-32: code-unit width in bytes and byte order (`None`: the
    /// `utf-16`/`utf-32` codecs, which write a BOM and read one if present).
    Wide(usize, Option<Endian>),
}

/// The byte order of a UTF-16/UTF-32 codec.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
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
            "utf_8_sig" => Codec::Utf8Sig,
            "ascii" | "us_ascii" | "646" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" => Codec::Latin1,
            "utf_16" | "utf16" | "u16" => Codec::Wide(2, None),
            "utf_16_le" | "utf_16le" => Codec::Wide(2, Some(Endian::Little)),
            "utf_16_be" | "utf_16be" => Codec::Wide(2, Some(Endian::Big)),
            "utf_32" | "utf32" | "u32" => Codec::Wide(4, None),
            "utf_32_le" | "utf_32le" => Codec::Wide(4, Some(Endian::Little)),
            "utf_32_be" | "utf_32be" => Codec::Wide(4, Some(Endian::Big)),
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
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide(2, None) => "utf-16",
            Codec::Wide(2, Some(Endian::Little)) => "utf-16-le",
            Codec::Wide(2, Some(Endian::Big)) => "utf-16-be",
            Codec::Wide(_, None) => "utf-32",
            Codec::Wide(_, Some(Endian::Little)) => "utf-32-le",
            Codec::Wide(_, Some(Endian::Big)) => "utf-32-be",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            _ => 0x100,
        }
    }
}

/// The UTF-8 encoding of U+FEFF, which `utf-8-sig` writes first.
const UTF8_BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

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

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with its message and the
/// `encoding`, `object`, `start`, `end` and `reason` attributes.
fn unicode_error(
    kind: ExcKind,
    msg: String,
    (codec, object, start, end, reason): (Codec, Value, usize, usize, &str),
) -> PyErr {
    let err = PyErr::new(kind, msg);
    let dict = &err.exc.dict;
    dict.set_str("encoding", Value::str(codec.name()));
    dict.set_str("object", object);
    dict.set_str("start", Value::Int(start as i64));
    dict.set_str("end", Value::Int(end as i64));
    dict.set_str("reason", Value::str(reason));
    err
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
    match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([&UTF8_BOM[..], s.as_bytes()].concat()),
        Codec::Wide(width, endian) => return Ok(encode_wide(s, width, endian)),
        _ => {}
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
                let reason = format!("ordinal not in range({limit})");
                let msg = format!(
                    "'{}' codec can't encode {what} in {}: {reason}",
                    codec.name(),
                    position(i, end)
                );
                let details = (codec, Value::str(s), i, end, reason.as_str());
                return Err(unicode_error(ExcKind::UnicodeEncodeError, msg, details));
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

/// UTF-16/UTF-32 encoding; the BOM-writing codecs use little-endian.
fn encode_wide(s: &str, width: usize, endian: Option<Endian>) -> Vec<u8> {
    let order = endian.unwrap_or(Endian::Little);
    let mut out = Vec::with_capacity((s.len() + 1) * width);
    let mut unit = |u: u32| {
        if width == 2 {
            let u = u as u16;
            out.extend_from_slice(&match order {
                Endian::Little => u.to_le_bytes(),
                Endian::Big => u.to_be_bytes(),
            });
        } else {
            out.extend_from_slice(&match order {
                Endian::Little => u.to_le_bytes(),
                Endian::Big => u.to_be_bytes(),
            });
        }
    };
    if endian.is_none() {
        unit(0xfeff);
    }
    for c in s.chars() {
        if width == 2 {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                unit(*u as u32);
            }
        } else {
            unit(c as u32);
        }
    }
    out
}

/// UTF-16/UTF-32 decoding: a BOM picks the byte order for the codecs
/// without one (little-endian when absent) and is dropped.
fn decode_wide(
    data: &[u8],
    width: usize,
    endian: Option<Endian>,
    errors: &str,
) -> PyResult<String> {
    let (bom_le, bom_be): (&[u8], &[u8]) = if width == 2 {
        (b"\xff\xfe", b"\xfe\xff")
    } else {
        (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
    };
    let (order, mut i) = match endian {
        Some(e) => (e, 0),
        None if data.starts_with(bom_le) => (Endian::Little, width),
        None if data.starts_with(bom_be) => (Endian::Big, width),
        None => (Endian::Little, 0),
    };
    let codec = Codec::Wide(width, Some(order));
    let read = |at: usize| -> u32 {
        let bytes = &data[at..at + width];
        let fold = |acc: u32, b: &u8| (acc << 8) | *b as u32;
        match order {
            Endian::Big => bytes.iter().fold(0, fold),
            Endian::Little => bytes.iter().rev().fold(0, fold),
        }
    };
    let mut out = String::with_capacity(data.len() / width);
    while i < data.len() {
        if data.len() - i < width {
            bad_bytes(
                &mut out,
                codec,
                errors,
                data,
                i,
                data.len(),
                "truncated data",
            )?;
            break;
        }
        let u = read(i);
        if width == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None if (0xd800..0xe000).contains(&u) => bad_bytes(
                    &mut out,
                    codec,
                    errors,
                    data,
                    i,
                    i + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )?,
                None => bad_bytes(
                    &mut out,
                    codec,
                    errors,
                    data,
                    i,
                    i + 4,
                    "code point not in range(0x110000)",
                )?,
            }
            i += 4;
            continue;
        }
        if !(0xd800..0xe000).contains(&u) {
            out.extend(char::from_u32(u));
            i += 2;
        } else if u >= 0xdc00 {
            bad_bytes(&mut out, codec, errors, data, i, i + 2, "illegal encoding")?;
            i += 2;
        } else if data.len() - i < 4 {
            let reason = "unexpected end of data";
            bad_bytes(&mut out, codec, errors, data, i, data.len(), reason)?;
            break;
        } else {
            let low = read(i + 2);
            if (0xdc00..0xe000).contains(&low) {
                let c = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                out.extend(char::from_u32(c));
                i += 4;
            } else {
                let reason = "illegal UTF-16 surrogate";
                bad_bytes(&mut out, codec, errors, data, i, i + 2, reason)?;
                i += 2;
            }
        }
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    match codec {
        Codec::Utf8Sig => decode(
            data.strip_prefix(&UTF8_BOM[..]).unwrap_or(data),
            "utf-8",
            errors,
        ),
        Codec::Wide(width, endian) => decode_wide(data, width, endian, errors),
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
            let msg = format!(
                "'{}' codec can't decode {what} in {}: {reason}",
                codec.name(),
                position(start, end)
            );
            let details = (codec, Value::bytes(data.to_vec()), start, end, reason);
            Err(unicode_error(ExcKind::UnicodeDecodeError, msg, details))
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
