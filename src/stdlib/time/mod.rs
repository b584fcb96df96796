//! The `time` module: clocks and `sleep` natively; broken-down time
//! (`gmtime`, `localtime`, `mktime`, `strftime`) from [`tm`] and
//! [`strftime`](mod@strftime); `struct_time` and the argument checks in `time.py`.

mod strftime;
pub mod tm;

use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::objects::{Args, ExcKind, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::{to_bigint, to_f64, type_name};
use crate::vm::Vm;

use tm::Tm;

/// The `time` namespace: the natives, then `time.py` on top.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[
        ("time", time),
        ("time_ns", time_ns),
        ("sleep", sleep),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("_gmtime", gmtime),
        ("_localtime", localtime),
        ("_mktime", mktime),
        ("_strftime", strftime_native),
    ]);
    let (std_name, dst_name, std_off, dst_off, daylight) = tm::zone_info();
    dict.set_str(
        "tzname",
        Value::tuple(vec![Value::string(std_name), Value::string(dst_name)]),
    );
    dict.set_str("timezone", Value::Int(std_off));
    dict.set_str("altzone", Value::Int(dst_off));
    dict.set_str("daylight", Value::Int(i64::from(daylight)));
    super::pysource::run_into(vm, &dict, "time", include_str!("time.py"));
    dict
}

fn now() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("time", 0, 0)?;
    Ok(Value::Float(now().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("time_ns", 0, 0)?;
    Ok(Value::from_i128(now().as_nanos() as i128))
}

thread_local! {
    static START: Instant = Instant::now();
}

fn monotonic(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("monotonic", 0, 0)?;
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn monotonic_ns(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("monotonic_ns", 0, 0)?;
    Ok(Value::from_i128(
        START.with(|s| s.elapsed().as_nanos()) as i128
    ))
}

/// CPU time of this process, in nanoseconds.
fn cpu_nanos() -> i128 {
    // SAFETY: an all-zero timespec is valid and clock_gettime only writes it.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    // SAFETY: ts is a valid, exclusively borrowed timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec)
}

fn process_time(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("process_time", 0, 0)?;
    Ok(Value::Float(cpu_nanos() as f64 / 1e9))
}

fn process_time_ns(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("process_time_ns", 0, 0)?;
    Ok(Value::from_i128(cpu_nanos()))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("sleep", 1, 1)?;
    let secs = sleep_seconds(&a[0])?;
    vm.flush_stdout();
    crate::vm::interrupt::sleep(Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}

/// `time.sleep` itself: a worker run by `asyncio.to_thread` parks when
/// it calls it (see `vm::threadlet`).
pub const SLEEP: crate::objects::BuiltinFn = sleep;

/// The argument of `time.sleep`, checked as CPython checks it.
pub fn sleep_seconds(v: &Value) -> PyResult<f64> {
    let secs = match to_f64(v) {
        Some(r) => r?,
        None => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )))
        }
    };
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    Ok(secs)
}

/// A timestamp argument as whole seconds (floats are floored); None is now.
fn timestamp_arg(v: Option<&Value>) -> PyResult<i64> {
    let v = match v {
        None | Some(Value::None) => return Ok(now().as_secs() as i64),
        Some(v) => v,
    };
    if let Value::Float(f) = v {
        if f.is_nan() {
            return Err(PyErr::value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.2e18..9.2e18).contains(&f) {
            return Err(PyErr::overflow(
                "timestamp out of range for platform time_t",
            ));
        }
        return Ok(f as i64);
    }
    match to_bigint(v) {
        Some(n) => i64::try_from(&n)
            .map_err(|_| PyErr::overflow("timestamp out of range for platform time_t")),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// A broken-down time as the 11 fields `struct_time` is made of.
fn tm_tuple(t: Tm) -> Value {
    let zone = t.zone.map(Value::string).unwrap_or(Value::None);
    let gmtoff = t.gmtoff.map(Value::Int).unwrap_or(Value::None);
    Value::tuple(vec![
        Value::Int(t.year),
        Value::Int(t.mon),
        Value::Int(t.mday),
        Value::Int(t.hour),
        Value::Int(t.min),
        Value::Int(t.sec),
        Value::Int(t.wday),
        Value::Int(t.yday),
        Value::Int(t.isdst),
        zone,
        gmtoff,
    ])
}

/// The fields of a checked time tuple (9 ints, then zone and offset or None).
fn tm_from_tuple(v: &Value) -> PyResult<Tm> {
    let Value::Tuple(t) = v else {
        return Err(PyErr::type_error("illegal time tuple argument"));
    };
    // The fields are C ints.
    let int = |i: usize| -> PyResult<i64> {
        match t.items.get(i) {
            Some(Value::Int(n)) if *n > i64::from(i32::MAX) => {
                Err(PyErr::overflow("signed integer is greater than maximum"))
            }
            Some(Value::Int(n)) if *n < i64::from(i32::MIN) => {
                Err(PyErr::overflow("signed integer is less than minimum"))
            }
            Some(Value::Int(n)) => Ok(*n),
            Some(Value::Bool(b)) => Ok(i64::from(*b)),
            _ => Err(PyErr::overflow("Python int too large to convert to C long")),
        }
    };
    let zone = match t.items.get(9) {
        Some(Value::Str(s)) => Some(s.as_str().to_owned()),
        _ => None,
    };
    let gmtoff = match t.items.get(10) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    Ok(Tm {
        year: int(0)?,
        mon: int(1)?,
        mday: int(2)?,
        hour: int(3)?,
        min: int(4)?,
        sec: int(5)?,
        wday: int(6)?,
        yday: int(7)?,
        isdst: int(8)?,
        zone,
        gmtoff,
    })
}

/// The C library's EOVERFLOW, for a time whose year is past a C int.
fn too_large() -> PyErr {
    PyErr::new(
        ExcKind::OSError,
        "[Errno 75] Value too large for defined data type",
    )
}

fn gmtime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("gmtime", 0, 1)?;
    let t = tm::gmtime(timestamp_arg(a.first())?);
    if i32::try_from(t.year - 1900).is_err() {
        return Err(too_large());
    }
    Ok(tm_tuple(t))
}

fn localtime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("localtime", 0, 1)?;
    let secs = timestamp_arg(a.first())?;
    match tm::localtime(secs) {
        Some(t) => Ok(tm_tuple(t)),
        None => Err(too_large()),
    }
}

fn mktime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("mktime", 1, 1)?;
    let t = tm_from_tuple(&a[0])?;
    match tm::mktime(&t) {
        Some(secs) => Ok(Value::Float(secs as f64)),
        None => Err(PyErr::overflow("mktime argument out of range")),
    }
}

/// `_strftime(format, fields)`: fields already checked by `time.py`; a
/// missing zone is the local zone's name when `isdst` says which.
fn strftime_native(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("strftime", 2, 2)?;
    let Value::Str(format) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            type_name(&a[0])
        )));
    };
    let mut t = tm_from_tuple(&a[1])?;
    if t.isdst < 0 {
        t.zone.get_or_insert_with(String::new);
    } else {
        if t.zone.is_none() {
            let (std_name, dst_name, ..) = tm::zone_info();
            t.zone = Some(if t.isdst > 0 { dst_name } else { std_name });
        }
        t.gmtoff.get_or_insert(0);
    }
    let epoch = tm::mktime(&t).unwrap_or(-1);
    Ok(Value::string(strftime::strftime(
        format.as_str(),
        &t,
        epoch,
    )))
}
