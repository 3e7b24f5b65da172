//! Reading untrusted text (an imported file, a share link, or what localStorage holds) into
//! a [`Dataset`]: the one validation path for all of them. Every way a file can be wrong gets
//! a Dutch message and the JSON path where it went wrong. Unknown content ids are kept and
//! reported as "onbekend onderdeel", never dropped. Timestamps must be RFC 3339; one later
//! than the moment of reading plus a day is replaced (see `model::timestamp`) and reported.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::model::dataset::{Dataset, Kept, KeptRecord, FORMAT, VERSION};
use crate::model::json;
use crate::model::migrate::{self, KINDS};
use crate::model::record::{has_completed_at, Record};
use crate::model::timestamp::{self, Checked};
use crate::model::words::number;

/// Files larger than this are refused before they are read (localStorage holds about 5 MB).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;
/// More records than this in one file are refused: the browser could not store them anyway,
/// and reading them would freeze a tablet.
pub const MAX_RECORDS: usize = 5_000;

/// What is wrong with a file, and where (`$` is the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub path: String,
    pub message: String,
}

impl ImportError {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
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

/// A file that can be imported.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedFile {
    pub data: Dataset,
    pub warnings: Vec<ImportWarning>,
    /// Times from the future, replaced.
    pub corrections: Vec<TimeCorrection>,
}

/// Which content ids this app knows (lists, list items, self-assessment statements).
pub trait Catalogue {
    fn knows_list(&self, id: &str) -> bool;
    fn knows_item(&self, id: &str) -> bool;
    fn knows_statement(&self, id: &str) -> bool;
}

/// The content bundled with the app.
pub struct BundledContent;

impl Catalogue for BundledContent {
    fn knows_list(&self, id: &str) -> bool {
        crate::content::list(id).is_some()
    }
    fn knows_item(&self, id: &str) -> bool {
        crate::content::item(id).is_some()
    }
    fn knows_statement(&self, id: &str) -> bool {
        crate::content::statement(id).is_some()
    }
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

/// "50,0 MB": one decimal with a Dutch comma, in integers (float formatting is large in wasm).
pub fn megabytes(bytes: u64) -> String {
    let tenths = (bytes.saturating_mul(10) + 512 * 1024) / (1024 * 1024);
    format!("{},{} MB", tenths / 10, tenths % 10)
}

fn empty() -> ImportError {
    ImportError::new("$", "Dit bestand is leeg.")
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

/// How timestamps are checked while reading one envelope.
struct Times {
    now_ms: i64,
    /// What a time from the future becomes.
    replacement: String,
    /// A file: an invalid timestamp is an error. Stored data: it becomes the oldest time.
    strict: bool,
    corrections: Vec<TimeCorrection>,
}

impl Times {
    /// Checks (and where needed replaces) the timestamp `fields[key]` of the record at `here`.
    fn fix(
        &mut self,
        fields: &mut Map<String, Value>,
        key: &str,
        here: &str,
    ) -> Result<(), ImportError> {
        let Some(Value::String(text)) = fields.get(key) else {
            return Ok(());
        };
        let path = format!("{here}.{key}");
        let fixed = match timestamp::check(text, self.now_ms, &self.replacement) {
            Checked::Keep => return Ok(()),
            Checked::Normalised(fixed) => fixed,
            Checked::Future { instead } => {
                self.corrections.push(TimeCorrection {
                    path,
                    was: text.clone(),
                    instead: instead.clone(),
                });
                instead
            }
            Checked::Invalid if self.strict => {
                return Err(wrong(
                    &path,
                    "moet een tijdstip zijn zoals 2026-11-29T10:57:27Z (RFC 3339)",
                ))
            }
            Checked::Invalid => timestamp::format_ms(0),
        };
        fields.insert(key.to_string(), Value::String(fixed));
        Ok(())
    }
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

/// The fast path: an envelope of this version whose every record already is as this app
/// writes it (unique non-empty ids, every time in the app's own RFC 3339 form and not in the
/// future), read straight into the types. `None` for anything else, which then goes through
/// [`parse_checked_at`]; whenever this gives a dataset, that path gives the same one with no
/// corrections (a property test in tests/data_import.rs holds the two together).
pub fn read_plain_at(text: &str, max_records: Option<usize>, now_ms: i64) -> Option<Dataset> {
    let mut data: Dataset = json::from_str(text).ok()?;
    // Text this version wrote itself (the store's compact JSON, an export's indented JSON)
    // holds nothing it does not know: the common case, answered by writing the data again
    // instead of reading the text a second time.
    let unknown = match serde_json::to_string(&data) {
        Ok(written) if json::same_but_whitespace(&written, text) => None,
        _ => match json::value_from_str(text) {
            Ok(Value::Object(envelope)) => Some(envelope),
            _ => return None,
        },
    };
    if data.format != FORMAT || data.version != VERSION {
        return None;
    }
    if max_records.is_some_and(|max| data.record_count() > max) {
        return None;
    }
    let plain = plain_records(&data.evaluations, "evaluations", now_ms)
        && plain_records(&data.assessments, "assessments", now_ms)
        && plain_records(&data.checklists, "checklists", now_ms)
        && plain_records(&data.worksheets, "worksheets", now_ms);
    if !plain {
        return None;
    }
    // As the checked path: the time the envelope was written, if believable, else none.
    data.exported_at = match timestamp::parse_ms(&data.exported_at) {
        Some(ms) if ms <= now_ms.saturating_add(timestamp::DAY_MS) => timestamp::format_ms(ms),
        _ => String::new(),
    };
    // What this version does not know is kept, as on the checked path.
    if let Some(envelope) = unknown {
        data.kept.fields = unknown_fields(&envelope);
        keep_unknown_in(&mut data.evaluations, envelope.get("evaluations"));
        keep_unknown_in(&mut data.assessments, envelope.get("assessments"));
        keep_unknown_in(&mut data.checklists, envelope.get("checklists"));
        keep_unknown_in(&mut data.worksheets, envelope.get("worksheets"));
    }
    Some(data)
}

/// The fields of the envelope this version does not know, to be written back.
fn unknown_fields(envelope: &Map<String, Value>) -> Map<String, Value> {
    let known = |key: &str| ENVELOPE_FIELDS.contains(&key) || KINDS.contains(&key);
    let mut fields = Map::new();
    for (key, value) in envelope {
        if !known(key) {
            fields.insert(key.clone(), value.clone());
        }
    }
    fields
}

/// The envelope's fields besides the record lists.
const ENVELOPE_FIELDS: [&str; 4] = ["format", "version", "exportedAt", "app"];

/// Gives every record read straight from `raw` (its list in the envelope) what it does not
/// know (see `model::unknown`).
fn keep_unknown_in<R: Record>(records: &mut [R], raw: Option<&Value>) {
    let Some(Value::Array(raw)) = raw else {
        return;
    };
    for (record, raw) in records.iter_mut().zip(raw) {
        record.keep_unknown(raw);
    }
}

/// Whether every record has a unique non-empty id and only times that need no correction.
fn plain_records<R: Record>(records: &[R], kind: &str, now_ms: i64) -> bool {
    let completed = has_completed_at(kind);
    // The same map type as the checked path's, so no other map is compiled into the wasm.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let kept = |text: &str| matches!(timestamp::check(text, now_ms, ""), Checked::Keep);
    records.iter().enumerate().all(|(index, record)| {
        !record.id().trim().is_empty()
            && seen.insert(record.id().to_string(), index).is_none()
            && kept(record.created_at())
            && kept(record.updated_at())
            && (!completed || record.completed_at().is_none_or(kept))
    })
}

/// The checked path: JSON → `serde_json::Value`, the header checked and older versions
/// migrated, every record checked field by field with a JSON path for every error, times
/// corrected (see `Times`), then typed.
pub fn parse_checked_at(
    text: &str,
    max_records: Option<usize>,
    now_ms: i64,
) -> Result<(Dataset, Vec<TimeCorrection>), ImportError> {
    read_checked(text, max_records, now_ms).map(|read| (read.data, read.corrections))
}

fn read_checked(text: &str, max_records: Option<usize>, now_ms: i64) -> Result<Read, ImportError> {
    if text.trim().is_empty() {
        return Err(empty());
    }
    let value: Value = json::value_from_str(text).map_err(|e| {
        ImportError::new(
            "$",
            format!(
                "Dit is geen JSON-bestand (regel {}, kolom {}).",
                e.line(),
                e.column()
            ),
        )
    })?;
    let Value::Object(envelope) = value else {
        return Err(not_ours("$"));
    };
    let version = check_header(&envelope)?;
    let envelope = migrate::migrate(envelope, version);

    if let Some(max) = max_records {
        let total: usize = KINDS
            .iter()
            .filter_map(|kind| envelope.get(*kind).and_then(Value::as_array))
            .map(Vec::len)
            .sum();
        if total > max {
            return Err(ImportError::new(
                "$",
                format!(
                    "Dit bestand heeft {} onderdelen; de app leest er hoogstens {} per bestand. Exporteer een kleinere keuze.",
                    number(total),
                    number(max)
                ),
            ));
        }
    }

    let text_field = |key: &str| -> Result<String, ImportError> {
        match envelope.get(key) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(wrong(&format!("$.{key}"), "moet tekst zijn")),
        }
    };
    // When the envelope was written, if that is a believable time: no record in it can be
    // newer. Anything else there is left out rather than refused.
    let written = text_field("exportedAt")?;
    let exported_at = match timestamp::parse_ms(&written) {
        Some(ms) if ms <= now_ms.saturating_add(timestamp::DAY_MS) => timestamp::format_ms(ms),
        _ => String::new(),
    };
    let mut times = Times {
        now_ms,
        replacement: timestamp::replacement_for(&written, now_ms),
        strict: max_records.is_some(),
        corrections: Vec::new(),
    };
    // Stored data keeps a record this version cannot read (a value of a newer version)
    // as it is; a file names what is wrong with it.
    let mut unread = Vec::new();
    let mut kept = (!times.strict).then_some(&mut unread);
    let evaluations = read_kind(&envelope, "evaluations", &mut times, kept.as_deref_mut())?;
    let assessments = read_kind(&envelope, "assessments", &mut times, kept.as_deref_mut())?;
    let checklists = read_kind(&envelope, "checklists", &mut times, kept.as_deref_mut())?;
    let worksheets = read_kind(&envelope, "worksheets", &mut times, kept)?;
    let data = Dataset {
        format: FORMAT.to_string(),
        version: VERSION,
        exported_at,
        app: text_field("app")?,
        evaluations,
        assessments,
        checklists,
        worksheets,
        kept: Kept {
            fields: unknown_fields(&envelope),
            records: unread,
        },
    };
    Ok(Read {
        data,
        corrections: times.corrections,
        from: version,
    })
}

fn not_ours(path: &str) -> ImportError {
    ImportError::new(
        path,
        "Dit bestand komt niet uit de Samenwerkingswijzer: er staat geen \"format\": \"samenwerkingswijzer\" in.",
    )
}

fn wrong(path: &str, what: &str) -> ImportError {
    ImportError::new(path, format!("Dit veld klopt niet: het {what}."))
}

/// Checks `format` and `version`; returns the version to migrate from.
fn check_header(envelope: &Map<String, Value>) -> Result<u64, ImportError> {
    let version = match envelope.get("version") {
        Some(Value::Number(n)) => n
            .as_u64()
            .ok_or_else(|| wrong("$.version", "moet een heel getal vanaf 0 zijn"))?,
        Some(_) => return Err(wrong("$.version", "moet een heel getal zijn")),
        None => return Err(not_ours("$.version")),
    };
    match envelope.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        // Version 0 files had no format field.
        None if version == 0 => {}
        None => return Err(not_ours("$.format")),
        Some(_) => return Err(not_ours("$.format")),
    }
    if version > u64::from(VERSION) {
        return Err(ImportError::new(
            "$.version",
            format!(
                "Dit bestand is gemaakt met een nieuwere versie van de app (formaat {version}; deze app kent tot en met {VERSION}). Vernieuw de app en probeer het opnieuw."
            ),
        ));
    }
    Ok(version)
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

/// Reads one kind of record: a list of objects with a unique `id`, RFC 3339 `createdAt`
/// and `updatedAt` (and `completedAt` where the kind has one), each of the kind's shape.
/// With `unread`, a record that has an id and times but does not fit the kind's shape is
/// kept there as it is instead of refused (stored data: see `dataset::Kept`).
fn read_kind<R: DeserializeOwned + Record>(
    envelope: &Map<String, Value>,
    kind: &'static str,
    times: &mut Times,
    mut unread: Option<&mut Vec<KeptRecord>>,
) -> Result<Vec<R>, ImportError> {
    let path = format!("$.{kind}");
    let records = match envelope.get(kind) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(records)) => records,
        Some(_) => return Err(wrong(&path, "moet een lijst zijn")),
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(records.len());
    for (index, record) in records.iter().enumerate() {
        let here = format!("{path}[{index}]");
        let Value::Object(fields) = record else {
            return Err(wrong(&here, "moet een object met velden zijn"));
        };
        let id = match fields.get("id") {
            Some(Value::String(id)) if !id.trim().is_empty() => id.as_str(),
            Some(Value::String(_)) => return Err(wrong(&format!("{here}.id"), "is leeg")),
            None => return Err(missing(&format!("{here}.id"))),
            Some(_) => return Err(wrong(&format!("{here}.id"), "moet tekst zijn")),
        };
        for stamp in ["createdAt", "updatedAt"] {
            match fields.get(stamp) {
                Some(Value::String(_)) => {}
                None => return Err(missing(&format!("{here}.{stamp}"))),
                Some(_) => {
                    return Err(wrong(
                        &format!("{here}.{stamp}"),
                        "moet een tijdstip als tekst zijn",
                    ))
                }
            }
        }
        if let Some(first) = seen.insert(id.to_string(), index) {
            return Err(ImportError::new(
                format!("{here}.id"),
                format!("Het id “{id}” komt twee keer voor (ook bij {path}[{first}].id). Elk onderdeel moet een eigen id hebben."),
            ));
        }
        let mut fields = fields.clone();
        for stamp in ["createdAt", "updatedAt"] {
            times.fix(&mut fields, stamp, &here)?;
        }
        // Only where the kind keeps it: a field it ignores is not the file's fault.
        if has_completed_at(kind) {
            times.fix(&mut fields, "completedAt", &here)?;
        }
        let fields = Value::Object(fields);
        match (read_record::<R>(&fields, &here), unread.as_deref_mut()) {
            (Ok(mut typed), _) => {
                typed.keep_unknown(&fields);
                out.push(typed);
            }
            (Err(_), Some(unread)) => unread.push(KeptRecord {
                kind,
                index,
                record: record.clone(),
            }),
            (Err(error), None) => return Err(error),
        }
    }
    Ok(out)
}

fn missing(path: &str) -> ImportError {
    ImportError::new(path, "Dit veld ontbreekt.")
}

/// Deserializes one record; on failure, names the field that causes the error by the path
/// the parser was at (one pass, `json::from_str_located`: linear in the record's size).
fn read_record<R: DeserializeOwned>(record: &Value, path: &str) -> Result<R, ImportError> {
    let misfit = match json::from_str_located::<R>(&record.to_string()) {
        Ok(value) => return Ok(value),
        Err(misfit) => misfit,
    };
    let mut where_ = path.to_string();
    for step in &misfit.path {
        where_ = match step {
            json::Step::Key(key) => child_path(&where_, key),
            json::Step::Index(i) => format!("{where_}[{i}]"),
        };
    }
    let text = json::message(&misfit.error);
    if let Some(field) = missing_field(&text) {
        return Err(missing(&child_path(&where_, field)));
    }
    Err(ImportError::new(
        where_,
        format!(
            "Dit veld klopt niet: {}.",
            what_is_wrong(&misfit.error, &text)
        ),
    ))
}

/// `missing field `x`` → `x`.
fn missing_field(error: &str) -> Option<&str> {
    let rest = error.strip_prefix("missing field `")?;
    rest.split('`').next()
}

/// A Dutch reading of a value that does not fit. serde_json's category says whether the
/// value itself did not fit (`Data`); which way it did not fit is in the form of serde's own
/// message (`serde::de::Error`'s default texts), never shown: anything else gets the general
/// sentence.
fn what_is_wrong(error: &serde_json::Error, text: &str) -> &'static str {
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

/// Content ids in the data that this app does not know.
#[cfg(feature = "all-kinds")]
pub fn unknown_content(data: &Dataset, catalogue: &dyn Catalogue) -> Vec<ImportWarning> {
    let mut warnings = Vec::new();
    for (i, checklist) in data.checklists.iter().enumerate() {
        let here = format!("$.checklists[{i}]");
        if !catalogue.knows_list(&checklist.list) {
            warnings.push(ImportWarning {
                path: format!("{here}.list"),
                id: checklist.list.clone(),
            });
        }
        for item in checklist.items.keys() {
            if !catalogue.knows_item(item) {
                warnings.push(ImportWarning {
                    path: child_path(&format!("{here}.items"), item),
                    id: item.clone(),
                });
            }
        }
    }
    for (i, assessment) in data.assessments.iter().enumerate() {
        for item in assessment.answers.keys() {
            if !catalogue.knows_statement(item) {
                warnings.push(ImportWarning {
                    path: child_path(&format!("$.assessments[{i}].answers"), item),
                    id: item.clone(),
                });
            }
        }
    }
    warnings
}
