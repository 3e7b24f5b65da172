//! RFC 3339 timestamps from untrusted text: strict parsing without panics (no byte slicing,
//! any input), the app's canonical UTC form, and the rule that keeps a wrong clock from
//! winning every merge: no stored time lies more than a day after the moment of reading.

/// One day in milliseconds: the clock skew allowed between devices.
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The two-digit number at `at..at + 2`, if both bytes are ASCII digits.
fn two(bytes: &[u8], at: usize) -> Option<i64> {
    let digits = bytes.get(at..at + 2)?;
    digits.iter().try_fold(0i64, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))
    })
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Whether `text` is exactly a date `YYYY-MM-DD` that exists (2024-02-29 yes, 2026-02-29 no).
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10 && date(b).is_some()
}

/// Year, month and day at the start of `b`, if they form a date that exists.
fn date(b: &[u8]) -> Option<(i64, i64, i64)> {
    let year = two(b, 0)? * 100 + two(b, 2)?;
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (month, day) = (two(b, 5)?, two(b, 8)?);
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some((year, month, day))
}

/// Milliseconds since 1970-01-01T00:00:00Z of an RFC 3339 timestamp
/// (`2026-11-29T10:57:27Z`, `2026-11-29T10:57:27.123+01:00`), or `None` for anything else.
/// Years 0000–9999; a leap second (`:60`) counts as the last millisecond of its minute.
pub fn parse_ms(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let (year, month, day) = date(b)?;
    if !matches!(b.get(10), Some(b'T' | b't')) || b.get(13) != Some(&b':') {
        return None;
    }
    let (hour, minute) = (two(b, 11)?, two(b, 14)?);
    if b.get(16) != Some(&b':') {
        return None;
    }
    let second = two(b, 17)?;
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut at = 19;
    let mut millis = 0;
    if b.get(at) == Some(&b'.') {
        at += 1;
        let start = at;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            if at - start < 3 {
                millis = millis * 10 + i64::from(b[at] - b'0');
            }
            at += 1;
        }
        let digits = at - start;
        if digits == 0 {
            return None;
        }
        for _ in digits..3 {
            millis *= 10;
        }
    }
    let offset_minutes = match b.get(at) {
        Some(b'Z' | b'z') if at + 1 == b.len() => 0,
        Some(sign @ (b'+' | b'-')) if at + 6 == b.len() && b.get(at + 3) == Some(&b':') => {
            let (h, m) = (two(b, at + 1)?, two(b, at + 4)?);
            if h > 23 || m > 59 {
                return None;
            }
            let minutes = h * 60 + m;
            if *sign == b'-' {
                -minutes
            } else {
                minutes
            }
        }
        _ => return None,
    };
    let (second, millis) = if second == 60 {
        (59, 999)
    } else {
        (second, millis)
    };
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
    Some(seconds * 1000 + millis)
}

/// The app's form of a moment: UTC with milliseconds, `2026-11-29T10:57:27.000Z` (what
/// `Date.toISOString()` writes), so that stored times compare correctly as text.
pub fn format_ms(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let rest = ms.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rest / 3_600_000,
        rest / 60_000 % 60,
        rest / 1000 % 60,
        rest % 1000
    )
}

/// What a timestamp read from untrusted data becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// Fine as it is (already the app's form, see [`format_ms`]).
    Keep,
    /// Fine, but written in another form (an offset, no milliseconds): this is the same
    /// moment in the app's form.
    Normalised(String),
    /// Later than the moment of reading plus a day: replaced by `instead`.
    Future { instead: String },
    /// Not an RFC 3339 timestamp.
    Invalid,
}

/// Checks `text` read at `now_ms`; a time later than `now_ms` + [`DAY_MS`] is replaced by
/// `replacement` (itself never later than that limit; see [`replacement_for`]).
pub fn check(text: &str, now_ms: i64, replacement: &str) -> Checked {
    match parse_ms(text) {
        None => Checked::Invalid,
        Some(ms) if ms > now_ms.saturating_add(DAY_MS) => Checked::Future {
            instead: replacement.to_string(),
        },
        Some(ms) => {
            let canonical = format_ms(ms);
            if canonical == text {
                Checked::Keep
            } else {
                Checked::Normalised(canonical)
            }
        }
    }
}

/// What a time from the future is replaced by: the moment the file (or stored data) says it
/// was written, when that is a valid time not in the future (no record in it can be newer),
/// else the moment of reading. Keeping the file's own time matters: importing the same file
/// again later must not make its records newer than what was changed here meanwhile.
pub fn replacement_for(written_at: &str, now_ms: i64) -> String {
    match parse_ms(written_at) {
        Some(ms) if ms <= now_ms => format_ms(ms),
        _ => format_ms(now_ms),
    }
}
