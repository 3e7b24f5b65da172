//! Record ids (UUID version 4) and timestamps, made from what the platform provides.

/// Formats 16 random bytes as a version 4 UUID string.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The `YYYY-MM-DD` part of an RFC 3339 timestamp.
pub fn date_part(timestamp: &str) -> &str {
    timestamp.get(..10).unwrap_or(timestamp)
}

/// A date `YYYY-MM-DD` as Dutch text, "29 november 2026"; other text is returned as it is.
pub fn dutch_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let parts: Vec<&str> = date_part(date).split('-').collect();
    if let [year, month, day] = parts[..] {
        if let (Ok(month), Ok(day)) = (month.parse::<usize>(), day.parse::<u32>()) {
            if let Some(name) = month.checked_sub(1).and_then(|m| MONTHS.get(m)) {
                return format!("{day} {name} {year}");
            }
        }
    }
    date.to_string()
}
