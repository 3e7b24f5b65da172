//! Reading untrusted text (an imported file, a share link, or what localStorage holds) into
//! a [`Dataset`]: the one validation path for all of them. Every way a file can be wrong gets
//! a Dutch message and the JSON path where it went wrong. Unknown content ids are kept and
//! reported as "onbekend onderdeel", never dropped. Timestamps must be RFC 3339; one later
//! than the moment of reading plus a day is replaced (see `model::timestamp`) and reported.
//! The entry points are here; the fast path for text this app wrote is `plain`, the path
//! that explains or corrects is `checked`, the wording of what is wrong is `errors`, the
//! content ids this app knows are `catalogue`.

mod catalogue;
mod checked;
mod errors;
mod plain;

#[cfg(feature = "all-kinds")]
pub use catalogue::unknown_content;
pub use catalogue::{BundledContent, Catalogue};
pub use checked::parse_checked_at;
pub use errors::{child_path, megabytes, ImportError, ImportWarning, TimeCorrection};
pub use plain::read_plain_at;

use checked::read_checked;
use errors::empty;

use crate::model::dataset::{Dataset, VERSION};

/// Files larger than this are refused before they are read (localStorage holds about 5 MB).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// More records than this in one file are refused: the browser could not store them anyway,
/// and reading them would freeze a tablet.
pub const MAX_RECORDS: usize = 5_000;

/// A file that can be imported.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedFile {
    pub data: Dataset,
    pub warnings: Vec<ImportWarning>,
    /// Times from the future, replaced.
    pub corrections: Vec<TimeCorrection>,
}

/// Refuses a file by its size before it is read.
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    if bytes == 0 {
        return Err(empty());
    }
    if bytes > MAX_FILE_BYTES {
        return Err(ImportError::new(
            "$",
            format!(
                "Dit bestand is te groot ({}). De app leest bestanden tot {}.",
                megabytes(bytes),
                megabytes(MAX_FILE_BYTES)
            ),
        ));
    }
    Ok(())
}

/// Reads an imported file at `now_ms` (milliseconds since 1970): size, JSON, format,
/// version (migrating older ones), every record, duplicate ids, RFC 3339 timestamps; unknown
/// content ids become warnings, times from the future are replaced and listed.
#[cfg(feature = "all-kinds")]
pub fn parse_file_at(
    text: &str,
    catalogue: &dyn Catalogue,
    now_ms: i64,
) -> Result<ImportedFile, ImportError> {
    check_size(text.len() as u64)?;
    let Read {
        data, corrections, ..
    } = parse_envelope(text, Some(MAX_RECORDS), now_ms)?;
    let warnings = unknown_content(&data, catalogue);
    Ok(ImportedFile {
        data,
        warnings,
        corrections,
    })
}

/// Reads the stored envelope: the same checks as a file, without the size limits. Stored
/// data is our own: a timestamp that is not RFC 3339 (written by an early version) does not
/// make it unreadable but becomes the oldest possible time, so it never wins a merge.
pub fn parse_stored_at(text: &str, now_ms: i64) -> Result<Dataset, ImportError> {
    parse_envelope(text, None, now_ms).map(|read| read.data)
}

/// Reads the stored envelope (as [`parse_stored_at`]) and says which version it was
/// migrated from, if it was: the store keeps a copy of such data before it writes over it.
pub fn parse_stored_migrating_at(
    text: &str,
    now_ms: i64,
) -> Result<(Dataset, Option<u64>), ImportError> {
    parse_envelope(text, None, now_ms).map(|read| {
        (
            read.data,
            (read.from < u64::from(VERSION)).then_some(read.from),
        )
    })
}

/// Why stored text could not be read as a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError(pub ImportError);

impl ReadError {
    /// A Dutch message for people, with the JSON path.
    pub fn message(&self) -> String {
        self.0.describe()
    }

    /// Whether the text came from a newer version of the app (then it must not be touched).
    pub fn is_newer_version(&self) -> bool {
        self.0.path == "$.version" && self.0.message.contains("nieuwere versie")
    }
}

/// Reads a dataset from JSON text (stored or imported) at `now_ms` (milliseconds since
/// 1970): checks the header, migrates older versions, then reads every record.
pub fn read(text: &str, now_ms: i64) -> Result<Dataset, ReadError> {
    parse_stored_at(text, now_ms).map_err(ReadError)
}

/// Reads stored data as [`read`], with the version it was migrated from if it was older:
/// the store then keeps a copy of the text before it writes over it
/// (`migrate::copy_before_migrating`).
pub fn read_migrating(text: &str, now_ms: i64) -> Result<(Dataset, Option<u64>), ReadError> {
    parse_stored_migrating_at(text, now_ms).map_err(ReadError)
}

/// An envelope as read: the data, the times corrected, the version it was written in.
struct Read {
    data: Dataset,
    corrections: Vec<TimeCorrection>,
    from: u64,
}

/// Reads an envelope: straight into the types when it needs nothing checked or corrected
/// ([`read_plain_at`], the common case and much faster for a large file), else through
/// [`parse_checked_at`], which explains what is wrong or corrects it.
fn parse_envelope(
    text: &str,
    max_records: Option<usize>,
    now_ms: i64,
) -> Result<Read, ImportError> {
    match read_plain_at(text, max_records, now_ms) {
        Some(data) => Ok(Read {
            data,
            corrections: Vec::new(),
            from: u64::from(VERSION),
        }),
        None => read_checked(text, max_records, now_ms),
    }
}
