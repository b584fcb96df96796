//! Broken-down time (C's `struct tm`): the calendar arithmetic behind
//! `gmtime`, and the C library's `localtime_r`/`mktime` for the local zone,
//! which CPython uses too (so TZ rules and DST agree with it).

extern "C" {
    /// Reads `TZ` into the C library's zone state (POSIX; not in the libc crate).
    fn tzset();
}

/// The fields of a `time.struct_time`, in Python's conventions (month 1..12,
/// weekday 0 = Monday, day of year from 1).
#[derive(Clone, Debug, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    pub zone: Option<String>,
    pub gmtoff: Option<i64>,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// UTC broken-down time of `secs` since the epoch, as `time.gmtime`.
pub fn gmtime(secs: i64) -> Tm {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
        zone: Some("GMT".into()),
        gmtoff: Some(0),
    }
}

/// Local broken-down time of `secs` since the epoch, from the C library;
/// `None` when it cannot represent it.
pub fn localtime(secs: i64) -> Option<Tm> {
    let t = libc::time_t::try_from(secs).ok()?;
    // SAFETY: an all-zero `tm` is a valid value (a null tm_zone included), and
    // localtime_r only writes into it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call; tzset has no preconditions.
    let ok = unsafe {
        tzset();
        !libc::localtime_r(&t, &mut tm).is_null()
    };
    ok.then(|| from_libc(&tm))
}

/// `mktime`: seconds since the epoch of a local broken-down time (fields may
/// be out of range and are normalised); `None` when out of range.
pub fn mktime(t: &Tm) -> Option<i64> {
    // SAFETY: as in `localtime`.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = i32::try_from(t.year - 1900).ok()?;
    tm.tm_mon = i32::try_from(t.mon - 1).ok()?;
    tm.tm_mday = i32::try_from(t.mday).ok()?;
    tm.tm_hour = i32::try_from(t.hour).ok()?;
    tm.tm_min = i32::try_from(t.min).ok()?;
    tm.tm_sec = i32::try_from(t.sec).ok()?;
    tm.tm_isdst = i32::try_from(t.isdst).ok()?;
    // A sentinel: mktime leaves tm_wday alone when it fails.
    tm.tm_wday = -1;
    // SAFETY: tm is a valid, exclusively borrowed struct.
    let r = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    (tm.tm_wday != -1).then_some(r)
}

/// The local zone's names and offsets as CPython's `time` module computes
/// them at import: (std name, dst name, std offset west, dst offset west, daylight).
pub fn zone_info() -> (String, String, i64, i64, bool) {
    let year_start = days_from_civil(current_year(), 1, 1) * 86400;
    let jan = localtime(year_start);
    let jul = localtime(year_start + 182 * 86400);
    let name = |t: &Option<Tm>| {
        t.as_ref()
            .and_then(|t| t.zone.clone())
            .unwrap_or_else(|| "UTC".into())
    };
    let off = |t: &Option<Tm>| -t.as_ref().and_then(|t| t.gmtoff).unwrap_or(0);
    let (jan_off, jul_off) = (off(&jan), off(&jul));
    if jan_off < jul_off {
        // Southern hemisphere: January is daylight time.
        (name(&jul), name(&jan), jul_off, jan_off, true)
    } else {
        (name(&jan), name(&jul), jan_off, jul_off, jan_off != jul_off)
    }
}

fn current_year() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    gmtime(secs).year
}

fn from_libc(tm: &libc::tm) -> Tm {
    let zone = if tm.tm_zone.is_null() {
        None
    } else {
        // SAFETY: a non-null tm_zone set by localtime_r points to a
        // NUL-terminated string owned by the C library's zone data.
        let s = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
        Some(s.to_string_lossy().into_owned())
    };
    Tm {
        year: i64::from(tm.tm_year) + 1900,
        mon: i64::from(tm.tm_mon) + 1,
        mday: i64::from(tm.tm_mday),
        hour: i64::from(tm.tm_hour),
        min: i64::from(tm.tm_min),
        sec: i64::from(tm.tm_sec),
        wday: (i64::from(tm.tm_wday) + 6) % 7,
        yday: i64::from(tm.tm_yday) + 1,
        isdst: i64::from(tm.tm_isdst),
        zone,
        gmtoff: Some(tm.tm_gmtoff),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(19723), (2024, 1, 1));
        assert_eq!(days_from_civil(2024, 3, 1), 19783);
        let t = gmtime(-1);
        assert_eq!(
            (t.year, t.mon, t.mday, t.hour, t.wday, t.yday),
            (1969, 12, 31, 23, 2, 365)
        );
    }
}
