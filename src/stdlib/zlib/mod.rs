//! The `zlib` module (and `gzip.compress`/`gzip.decompress`) over `flate2`:
//! one-shot and streaming (de)compression in the zlib, raw deflate and gzip
//! formats chosen by `wbits` as CPython's, `crc32`/`adler32`, and
//! `zlib.error` with zlib's messages. httpx decodes `gzip`/`deflate`
//! response bodies with the streaming decompressor.
//!
//! flate2 runs on the system's C zlib, the library CPython links, so the
//! compressed bytes are CPython's.

use std::cell::RefCell;
use std::io::{Read, Write};
use std::rc::Rc;

use flate2::Compression;

use crate::methods::args::index_arg;
use crate::objects::class::types;
use crate::objects::{
    Args, ExcKind, NativeObject, PyClass, PyDict, PyErr, PyException, PyResult, Value,
};
use crate::vm::Vm;

thread_local! {
    static ERROR: Rc<PyClass> =
        PyClass::builtin("error", "zlib", Some(types().exception(ExcKind::Exception)));
}

fn error(msg: String) -> PyErr {
    PyErr {
        exc: PyException::new(ERROR.with(|e| e.clone()), vec![Value::string(msg)]),
    }
}

/// The `zlib` namespace.
pub fn create(_vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[
        ("compress", compress),
        ("decompress", decompress),
        ("compressobj", compressobj),
        ("decompressobj", decompressobj),
        ("crc32", crc32),
        ("adler32", adler32),
    ]);
    dict.set_str("error", Value::Class(ERROR.with(|e| e.clone())));
    for (name, value) in [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
    ] {
        dict.set_str(name, Value::Int(value));
    }
    dict.set_str("ZLIB_VERSION", Value::str("1.2.13"));
    dict.set_str("ZLIB_RUNTIME_VERSION", Value::str("1.2.13"));
    dict
}

/// The `gzip` namespace: the one-shot functions.
pub fn create_gzip(_vm: &mut Vm) -> Rc<PyDict> {
    super::namespace(&[("compress", gzip_compress), ("decompress", gzip_decompress)])
}

/// The container format `wbits` selects.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Zlib,
    Raw,
    Gzip,
    /// zlib or gzip, from the header (wbits 32 + n).
    Auto,
}

fn format_of(wbits: i64, compressing: bool) -> PyResult<Format> {
    let bad = || {
        if compressing {
            PyErr::value_error("Invalid initialization option")
        } else {
            error("Error -2 while preparing to decompress data: inconsistent stream state".into())
        }
    };
    match wbits {
        0 if !compressing => Ok(Format::Zlib),
        8..=15 => Ok(Format::Zlib),
        -15..=-8 => Ok(Format::Raw),
        24..=31 => Ok(Format::Gzip),
        40..=47 if !compressing => Ok(Format::Auto),
        _ => Err(bad()),
    }
}

fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    Ok(crate::methods::bytes::bytes_arg(v)?.to_vec())
}

/// Positional and keyword arguments by name, with defaults left as None.
fn params(args: &Args, func: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    crate::methods::args::keywords_from(args, 0, func, names)
}

fn level_of(level: i64) -> PyResult<Compression> {
    match level {
        -1 => Ok(Compression::default()),
        0..=9 => Ok(Compression::new(level as u32)),
        _ => Err(error("Bad compression level".into())),
    }
}

fn compress_all(data: &[u8], level: Compression, format: Format) -> PyResult<Vec<u8>> {
    let io = |e: std::io::Error| error(format!("Error -2 while compressing data: {e}"));
    match format {
        Format::Zlib | Format::Auto => {
            let mut e = flate2::write::ZlibEncoder::new(Vec::new(), level);
            e.write_all(data).map_err(io)?;
            e.finish().map_err(io)
        }
        Format::Raw => {
            let mut e = flate2::write::DeflateEncoder::new(Vec::new(), level);
            e.write_all(data).map_err(io)?;
            e.finish().map_err(io)
        }
        Format::Gzip => {
            // zlib's own gzip wrapper (its header says Unix, as CPython's).
            let mut z = flate2::Compress::new_gzip(level, 15);
            let mut out = Vec::with_capacity(data.len() / 2 + 64);
            loop {
                out.reserve(data.len() / 2 + 64);
                let done = z.total_in() as usize;
                let status = z
                    .compress_vec(&data[done..], &mut out, flate2::FlushCompress::Finish)
                    .map_err(|e| error(format!("Error -2 while compressing data: {e}")))?;
                if status == flate2::Status::StreamEnd {
                    return Ok(out);
                }
            }
        }
    }
}

/// zlib's wording of a failure to decompress `data`.
fn decompress_error(data: &[u8], format: Format, e: &std::io::Error) -> PyErr {
    let header_ok = match format {
        Format::Zlib => {
            data.len() < 2
                || (data[0] & 0x0f == 8 && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0)
        }
        Format::Gzip => data.len() < 2 || data[..2] == [0x1f, 0x8b],
        Format::Auto => data.len() < 2 || data[0] == 0x1f || data[0] & 0x0f == 8,
        Format::Raw => true,
    };
    if !header_ok {
        error("Error -3 while decompressing data: incorrect header check".into())
    } else if e.kind() == std::io::ErrorKind::UnexpectedEof {
        error("Error -5 while decompressing data: incomplete or truncated stream".into())
    } else {
        error("Error -3 while decompressing data: invalid block type".into())
    }
}

fn decompress_all(data: &[u8], format: Format) -> PyResult<Vec<u8>> {
    let format = match format {
        Format::Auto if data.first() == Some(&0x1f) => Format::Gzip,
        Format::Auto => Format::Zlib,
        f => f,
    };
    let mut out = Vec::new();
    let result = match format {
        Format::Zlib | Format::Auto => return decompress_zlib(data),
        Format::Raw => flate2::read::DeflateDecoder::new(data).read_to_end(&mut out),
        Format::Gzip => flate2::read::GzDecoder::new(data).read_to_end(&mut out),
    };
    match result {
        Ok(_) => Ok(out),
        Err(e) => Err(decompress_error(data, format, &e)),
    }
}

/// The zlib format taken apart: header, raw deflate data, then the Adler-32
/// of the result, so a bad checksum gets zlib's own message.
fn decompress_zlib(data: &[u8]) -> PyResult<Vec<u8>> {
    let header_ok = data.len() >= 2
        && data[0] & 0x0f == 8
        && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0;
    if data.len() >= 2 && !header_ok {
        return Err(error(
            "Error -3 while decompressing data: incorrect header check".into(),
        ));
    }
    let truncated =
        || error("Error -5 while decompressing data: incomplete or truncated stream".into());
    let body = data.get(2..).ok_or_else(truncated)?;
    let mut decoder = flate2::bufread::DeflateDecoder::new(body);
    let mut out = Vec::new();
    if let Err(e) = decoder.read_to_end(&mut out) {
        return Err(decompress_error(data, Format::Raw, &e));
    }
    let end = decoder.total_in() as usize;
    let trailer = body.get(end..end + 4).ok_or_else(truncated)?;
    if trailer != adler(&out, 1).to_be_bytes() {
        return Err(error(
            "Error -3 while decompressing data: incorrect data check".into(),
        ));
    }
    Ok(out)
}

/// `zlib.compress(data, /, level=-1, wbits=15)`.
fn compress(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(&args, "compress", &["data", "level", "wbits"])?;
    let data = data_arg(p[0].as_ref().unwrap_or(&Value::None))?;
    let level = level_of(p[1].as_ref().map_or(Ok(-1), index_arg)?)?;
    let format = format_of(p[2].as_ref().map_or(Ok(15), index_arg)?, true)?;
    Ok(Value::bytes(compress_all(&data, level, format)?))
}

/// `zlib.decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(&args, "decompress", &["data", "wbits", "bufsize"])?;
    let data = data_arg(p[0].as_ref().unwrap_or(&Value::None))?;
    let format = format_of(p[1].as_ref().map_or(Ok(15), index_arg)?, false)?;
    Ok(Value::bytes(decompress_all(&data, format)?))
}

/// `gzip.compress(data, compresslevel=9, *, mtime=None)`.
fn gzip_compress(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(&args, "compress", &["data", "compresslevel", "mtime"])?;
    let data = data_arg(p[0].as_ref().unwrap_or(&Value::None))?;
    let level_number = p[1].as_ref().map_or(Ok(9), index_arg)?;
    let level = level_of(level_number)?;
    let mtime = match p[2].as_ref() {
        None | Some(Value::None) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64),
        Some(v) => index_arg(v)?,
    };
    if mtime == 0 {
        // CPython 3.11 hands this case to zlib whole.
        return Ok(Value::bytes(compress_all(&data, level, Format::Gzip)?));
    }
    // Otherwise gzip.py writes the header itself: no flags, the time, the
    // compression hint, "unknown" OS; then raw deflate, CRC and size.
    let hint = match level_number {
        9 => 2,
        1 => 4,
        _ => 0,
    };
    let mut out = vec![0x1f, 0x8b, 8, 0];
    out.extend_from_slice(&(mtime as u32).to_le_bytes());
    out.extend_from_slice(&[hint, 255]);
    out.extend(compress_all(&data, level, Format::Raw)?);
    out.extend_from_slice(&crc32fast::hash(&data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    Ok(Value::bytes(out))
}

/// `gzip.decompress(data)`.
fn gzip_decompress(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("decompress", 1, 1)?;
    let data = data_arg(&a[0])?;
    if data.len() >= 2 && data[..2] != [0x1f, 0x8b] {
        return Err(PyErr::new(
            ExcKind::OSError,
            "Not a gzipped file (b'".to_owned()
                + &format!("{}{}", escape(data[0]), escape(data[1]))
                + "')",
        ));
    }
    Ok(Value::bytes(decompress_all(&data, Format::Gzip)?))
}

fn escape(b: u8) -> String {
    std::ascii::escape_default(b).to_string()
}

/// `zlib.crc32(data, value=0)`.
fn crc32(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("crc32", 1, 2)?;
    let data = data_arg(&a[0])?;
    let start = a.get(1).map_or(Ok(0), index_arg)? as u32;
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(h.finalize() as i64))
}

/// `zlib.adler32(data, value=1)`.
fn adler32(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("adler32", 1, 2)?;
    let data = data_arg(&a[0])?;
    let start = a.get(1).map_or(Ok(1), index_arg)? as u32;
    Ok(Value::Int(i64::from(adler(&data, start))))
}

/// The Adler-32 checksum of `data`, continuing from `start`.
fn adler(data: &[u8], start: u32) -> u32 {
    let (mut s1, mut s2) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &b in chunk {
            s1 += u32::from(b);
            s2 += s1;
        }
        s1 %= 65521;
        s2 %= 65521;
    }
    s2 << 16 | s1
}

/// A streaming decoder writing into a growing buffer.
enum Decoder {
    /// Auto-detect: nothing seen yet.
    Pending,
    Zlib(flate2::write::ZlibDecoder<Vec<u8>>),
    Raw(flate2::write::DeflateDecoder<Vec<u8>>),
    Gzip(flate2::write::GzDecoder<Vec<u8>>),
}

impl Decoder {
    fn new(format: Format) -> Decoder {
        match format {
            Format::Zlib => Decoder::Zlib(flate2::write::ZlibDecoder::new(Vec::new())),
            Format::Raw => Decoder::Raw(flate2::write::DeflateDecoder::new(Vec::new())),
            Format::Gzip => Decoder::Gzip(flate2::write::GzDecoder::new(Vec::new())),
            Format::Auto => Decoder::Pending,
        }
    }

    fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        if let Decoder::Pending = self {
            match data.first() {
                None => return Ok(()),
                Some(0x1f) => *self = Decoder::new(Format::Gzip),
                Some(_) => *self = Decoder::new(Format::Zlib),
            }
        }
        match self {
            Decoder::Pending => Ok(()),
            Decoder::Zlib(d) => d.write_all(data),
            Decoder::Raw(d) => d.write_all(data),
            Decoder::Gzip(d) => d.write_all(data),
        }
    }

    fn finish(&mut self) -> std::io::Result<()> {
        match self {
            Decoder::Pending => Ok(()),
            Decoder::Zlib(d) => d.try_finish(),
            Decoder::Raw(d) => d.try_finish(),
            Decoder::Gzip(d) => d.try_finish(),
        }
    }

    fn take(&mut self) -> Vec<u8> {
        match self {
            Decoder::Pending => Vec::new(),
            Decoder::Zlib(d) => std::mem::take(d.get_mut()),
            Decoder::Raw(d) => std::mem::take(d.get_mut()),
            Decoder::Gzip(d) => std::mem::take(d.get_mut()),
        }
    }
}

/// `zlib.decompressobj()`'s object: decompresses data given in pieces.
struct Decompress {
    decoder: RefCell<Decoder>,
    format: Format,
    /// The first bytes seen, for the header check in error messages.
    start: RefCell<Vec<u8>>,
}

impl NativeObject for Decompress {
    fn class(&self) -> Rc<PyClass> {
        types().named("zlib.Decompress")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> crate::methods::MethodTable {
        &[("decompress", dobj_decompress), ("flush", dobj_flush)]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok("<zlib.Decompress object>".into())
    }
}

/// `zlib.decompressobj(wbits=15)`.
fn decompressobj(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(&args, "decompressobj", &["wbits", "zdict"])?;
    let format = format_of(p[0].as_ref().map_or(Ok(15), index_arg)?, false)?;
    Ok(Value::Native(Rc::new(Decompress {
        decoder: RefCell::new(Decoder::new(format)),
        format,
        start: RefCell::new(Vec::new()),
    })))
}

fn dobj<'a>(args: &Args<'a>) -> PyResult<&'a Decompress> {
    match args.pos().first() {
        Some(Value::Native(n)) => n.as_any().downcast_ref::<Decompress>(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("descriptor requires a 'zlib.Decompress' object"))
}

fn dobj_decompress(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dobj(&args)?;
    let a = args.check_method_count("decompress", 2, 3)?;
    let data = data_arg(&a[1])?;
    {
        let mut start = d.start.borrow_mut();
        if start.len() < 2 {
            start.extend(data.iter().take(2));
        }
    }
    let mut decoder = d.decoder.borrow_mut();
    decoder
        .write(&data)
        .map_err(|e| decompress_error(&d.start.borrow(), d.format, &e))?;
    Ok(Value::bytes(decoder.take()))
}

fn dobj_flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dobj(&args)?;
    args.check_method_count("flush", 1, 2)?;
    let mut decoder = d.decoder.borrow_mut();
    decoder
        .finish()
        .map_err(|e| decompress_error(&d.start.borrow(), d.format, &e))?;
    Ok(Value::bytes(decoder.take()))
}

/// `zlib.compressobj()`'s object: compresses data given in pieces.
struct Compress {
    data: RefCell<Vec<u8>>,
    level: Compression,
    format: Format,
}

impl NativeObject for Compress {
    fn class(&self) -> Rc<PyClass> {
        types().named("zlib.Compress")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> crate::methods::MethodTable {
        &[("compress", cobj_compress), ("flush", cobj_flush)]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok("<zlib.Compress object>".into())
    }
}

/// `zlib.compressobj(level=-1, method=8, wbits=15, ...)`: the data is
/// gathered and compressed in one go at `flush()`.
fn compressobj(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(
        &args,
        "compressobj",
        &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
    )?;
    let level = level_of(p[0].as_ref().map_or(Ok(-1), index_arg)?)?;
    let format = format_of(p[2].as_ref().map_or(Ok(15), index_arg)?, true)?;
    Ok(Value::Native(Rc::new(Compress {
        data: RefCell::new(Vec::new()),
        level,
        format,
    })))
}

fn cobj<'a>(args: &Args<'a>) -> PyResult<&'a Compress> {
    match args.pos().first() {
        Some(Value::Native(n)) => n.as_any().downcast_ref::<Compress>(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("descriptor requires a 'zlib.Compress' object"))
}

fn cobj_compress(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = cobj(&args)?;
    let a = args.check_method_count("compress", 2, 2)?;
    c.data.borrow_mut().extend(data_arg(&a[1])?);
    Ok(Value::bytes(Vec::new()))
}

fn cobj_flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = cobj(&args)?;
    args.check_method_count("flush", 1, 2)?;
    let data = std::mem::take(&mut *c.data.borrow_mut());
    Ok(Value::bytes(compress_all(&data, c.level, c.format)?))
}
