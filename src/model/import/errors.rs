//! What is wrong with a file (or worth telling about it), in Dutch, and where: the error, the
//! warning about an unknown content id, the time from the future that was replaced, and the
//! sentences and JSON paths the readers build them with.

/// What is wrong with a file, and where (`$` is the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub path: String,
    pub message: String,
}

impl ImportError {
    pub(super) fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        ImportError {
            path: path.into(),
            message: message.into(),
        }
    }

    /// The message with its place, for people: "… (bij $.checklists[2].title)".
    pub fn describe(&self) -> String {
        if self.path == "$" {
            self.message.clone()
        } else {
            format!("{} (bij {})", self.message, self.path)
        }
    }
}

/// Something in a readable file worth telling: a content id this app does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    pub path: String,
    pub id: String,
}

impl ImportWarning {
    pub fn describe(&self) -> String {
        format!("onbekend onderdeel “{}” (bij {})", self.id, self.path)
    }
}

/// A time in the future that was replaced while reading: a wrong clock on the device that
/// wrote it must not make its records win every merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeCorrection {
    pub path: String,
    /// The time as it was in the file.
    pub was: String,
    /// What is stored instead.
    pub instead: String,
}

impl TimeCorrection {
    pub fn describe(&self) -> String {
        format!(
            "het tijdstip “{}” ligt in de toekomst en is vervangen door {} (bij {})",
            self.was, self.instead, self.path
        )
    }
}

/// "50,0 MB": one decimal with a Dutch comma, in integers (float formatting is large in wasm).
pub fn megabytes(bytes: u64) -> String {
    let tenths = (bytes.saturating_mul(10) + 512 * 1024) / (1024 * 1024);
    format!("{},{} MB", tenths / 10, tenths % 10)
}

pub(super) fn empty() -> ImportError {
    ImportError::new("$", "Dit bestand is leeg.")
}

pub(super) fn not_ours(path: &str) -> ImportError {
    ImportError::new(
        path,
        "Dit bestand komt niet uit de Samenwerkingswijzer: er staat geen \"format\": \"samenwerkingswijzer\" in.",
    )
}

pub(super) fn wrong(path: &str, what: &str) -> ImportError {
    ImportError::new(path, format!("Dit veld klopt niet: het {what}."))
}

pub(super) fn missing(path: &str) -> ImportError {
    ImportError::new(path, "Dit veld ontbreekt.")
}

/// The JSON path of `key` inside `parent`.
pub fn child_path(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !key.starts_with(|c: char| c.is_ascii_digit() || c == '-');
    if plain {
        format!("{parent}.{key}")
    } else {
        let quoted = serde_json::to_string(key).unwrap_or_default();
        format!("{parent}[{quoted}]")
    }
}

/// `missing field `x`` → `x`.
pub(super) fn missing_field(error: &str) -> Option<&str> {
    let rest = error.strip_prefix("missing field `")?;
    rest.split('`').next()
}

/// A Dutch reading of a value that does not fit. serde_json's category says whether the
/// value itself did not fit (`Data`); which way it did not fit is in the form of serde's own
/// message (`serde::de::Error`'s default texts), never shown: anything else gets the general
/// sentence.
pub(super) fn what_is_wrong(error: &serde_json::Error, text: &str) -> &'static str {
    const GENERAL: &str = "de waarde heeft een verkeerde vorm";
    if error.classify() != serde_json::error::Category::Data {
        return GENERAL;
    }
    if text.starts_with("unknown variant") {
        "deze waarde kent de app niet"
    } else if text.starts_with("invalid type") {
        "de waarde is van een verkeerd soort (bijvoorbeeld tekst waar een getal hoort)"
    } else if text.starts_with("invalid value") || text.starts_with("invalid length") {
        "de waarde valt buiten wat kan"
    } else {
        GENERAL
    }
}
