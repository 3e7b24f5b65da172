//! The checked path: JSON → `serde_json::Value`, the header checked and older versions
//! migrated, every record checked field by field with a JSON path for every error, times
//! corrected (see `Times`), then typed.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::errors::{
    child_path, empty, missing, missing_field, not_ours, what_is_wrong, wrong, ImportError,
    TimeCorrection,
};
use super::plain::unknown_fields;
use super::Read;
use crate::model::dataset::{Dataset, Kept, KeptRecord, FORMAT, VERSION};
use crate::model::json;
use crate::model::migrate::{self, KINDS};
use crate::model::record::{has_completed_at, Record};
use crate::model::timestamp::{self, Checked};
use crate::model::words::number;

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

pub(super) fn read_checked(
    text: &str,
    max_records: Option<usize>,
    now_ms: i64,
) -> Result<Read, ImportError> {
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

/// Deserializes one record; on failure, names the field that causes the error by the path
/// the parser was at (one pass, `json::from_str_located`, or the record type's own
/// `Record::read_located`: linear in the record's size).
fn read_record<R: DeserializeOwned + Record>(record: &Value, path: &str) -> Result<R, ImportError> {
    let read = match R::read_located(record) {
        Some(read) => read,
        None => json::from_str_located::<R>(&record.to_string()),
    };
    let misfit = match read {
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
