//! Merging records by id, generic over [`Record`]: the import preview and "samenvoegen"
//! (newest `updatedAt` wins), combining several files, and the three-way merge that keeps
//! two tabs from overwriting each other.
//!
//! Rules (documented in the README):
//! - Same id, same content: identical, nothing changes.
//! - Same id, different content: the later `updatedAt` wins (RFC 3339 strings in UTC compare
//!   as text). On an exact tie the version whose JSON text sorts last wins, so the result
//!   does not depend on which side is "here": merging is commutative and idempotent.
//! - A record on only one side is always kept: merging never drops a record.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::model::dataset::Dataset;
use crate::model::json;
use crate::model::record::Record;

/// Where a record of the file stands against the data here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    New,
    Identical,
    NewerHere,
    NewerInFile,
}

/// Counts per standing for one kind of record. For a merge report the same counts say what
/// happened: `new` added, `newer_in_file` replaced, `newer_here` kept, `identical` unchanged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindCounts {
    pub new: usize,
    pub identical: usize,
    pub newer_here: usize,
    pub newer_in_file: usize,
}

impl KindCounts {
    fn add(&mut self, standing: Standing) {
        match standing {
            Standing::New => self.new += 1,
            Standing::Identical => self.identical += 1,
            Standing::NewerHere => self.newer_here += 1,
            Standing::NewerInFile => self.newer_in_file += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.new + self.identical + self.newer_here + self.newer_in_file
    }

    /// Whether merging would change anything.
    pub fn changes(&self) -> bool {
        self.new + self.newer_in_file > 0
    }
}

/// The kinds of record, with their Dutch names (plural).
pub const KIND_LABELS: [(&str, &str); 4] = [
    ("evaluations", "Evaluaties"),
    ("assessments", "Zelftests"),
    ("checklists", "Checklists"),
    ("worksheets", "Werkbladen"),
];

/// Counts for every kind, in the order of [`KIND_LABELS`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Preview {
    pub kinds: [KindCounts; 4],
}

impl Preview {
    pub fn total(&self) -> KindCounts {
        let mut sum = KindCounts::default();
        for k in &self.kinds {
            sum.new += k.new;
            sum.identical += k.identical;
            sum.newer_here += k.newer_here;
            sum.newer_in_file += k.newer_in_file;
        }
        sum
    }
}

/// Whether `file` wins over `here` (both with the same id).
pub fn file_wins<R: Record + Serialize>(here: &R, file: &R) -> bool {
    match file.updated_at().cmp(here.updated_at()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => {
            let a = serde_json::to_string(here).unwrap_or_default();
            let b = serde_json::to_string(file).unwrap_or_default();
            b > a
        }
    }
}

pub fn standing<R: Record + Serialize + PartialEq>(here: Option<&R>, file: &R) -> Standing {
    match here {
        None => Standing::New,
        Some(here) if here == file => Standing::Identical,
        Some(here) if file_wins(here, file) => Standing::NewerInFile,
        Some(_) => Standing::NewerHere,
    }
}

/// Position of every record by id. (Built by inserting: `collect` would instantiate a sort,
/// and one map type keeps the wasm small.)
fn index<R: Record>(records: &[R]) -> BTreeMap<String, usize> {
    let mut map = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        map.insert(r.id().to_string(), i);
    }
    map
}

pub fn preview_kind<R: Record + Serialize + PartialEq>(here: &[R], file: &[R]) -> KindCounts {
    let by_id = index(here);
    let mut counts = KindCounts::default();
    for record in file {
        counts.add(standing(by_id.get(record.id()).map(|&i| &here[i]), record));
    }
    counts
}

/// Merges `file` into `here`: new records are appended, newer ones replace, the rest stays.
pub fn merge_kind<R: Record + Serialize + PartialEq + Clone>(
    here: &mut Vec<R>,
    file: &[R],
) -> KindCounts {
    let mut by_id = index(here);
    let mut counts = KindCounts::default();
    for record in file {
        let existing = by_id.get(record.id()).copied();
        let s = standing(existing.map(|i| &here[i]), record);
        counts.add(s);
        match (s, existing) {
            (Standing::New, _) => {
                by_id.insert(record.id().to_string(), here.len());
                here.push(record.clone());
            }
            (Standing::NewerInFile, Some(i)) => here[i] = record.clone(),
            _ => {}
        }
    }
    counts
}

/// What importing `file` into `here` would do.
pub fn preview(here: &Dataset, file: &Dataset) -> Preview {
    Preview {
        kinds: [
            preview_kind(&here.evaluations, &file.evaluations),
            preview_kind(&here.assessments, &file.assessments),
            preview_kind(&here.checklists, &file.checklists),
            preview_kind(&here.worksheets, &file.worksheets),
        ],
    }
}

/// "Samenvoegen": `here` with `file` merged in, and the report of what happened.
pub fn merge(here: &Dataset, file: &Dataset) -> (Dataset, Preview) {
    let mut out = here.clone();
    // Envelope fields this version does not know: here's, and the file's it does not have.
    for (key, value) in &file.kept.fields {
        if !out.kept.fields.contains_key(key) {
            out.kept.fields.insert(key.clone(), value.clone());
        }
    }
    let kinds = [
        merge_kind(&mut out.evaluations, &file.evaluations),
        merge_kind(&mut out.assessments, &file.assessments),
        merge_kind(&mut out.checklists, &file.checklists),
        merge_kind(&mut out.worksheets, &file.worksheets),
    ];
    // A record kept here as this version could not read it stays as it is: a record of
    // the file with its id is not added beside it (ids must stay unique).
    if !here.kept.records.is_empty() {
        let kept = |r: &dyn Record| here.kept.has_record(r.id());
        out.evaluations.retain(|r| !kept(r));
        out.assessments.retain(|r| !kept(r));
        out.checklists.retain(|r| !kept(r));
        out.worksheets.retain(|r| !kept(r));
    }
    (out, Preview { kinds })
}

/// Several imported files as one: merged in order by the same rules.
pub fn combine(files: &[Dataset]) -> Dataset {
    let mut out = Dataset::default();
    for file in files {
        out = merge(&out, file).0;
    }
    out
}

/// A dataset with only the chosen kinds (flags in the order of [`KIND_LABELS`]).
pub fn select(data: &Dataset, kinds: [bool; 4]) -> Dataset {
    fn pick<R: Clone>(on: bool, records: &[R]) -> Vec<R> {
        if on {
            records.to_vec()
        } else {
            Vec::new()
        }
    }
    let mut out = Dataset {
        evaluations: pick(kinds[0], &data.evaluations),
        assessments: pick(kinds[1], &data.assessments),
        checklists: pick(kinds[2], &data.checklists),
        worksheets: pick(kinds[3], &data.worksheets),
        ..data.clone()
    };
    // Kept records (`dataset::Kept`) only of the chosen kinds.
    out.kept.records.retain(|kept| {
        KIND_LABELS
            .iter()
            .zip(kinds)
            .any(|((kind, _), on)| on && *kind == kept.kind)
    });
    out
}

/// Number of records per kind, in the order of [`KIND_LABELS`].
pub fn counts(data: &Dataset) -> [usize; 4] {
    [
        data.evaluations.len(),
        data.assessments.len(),
        data.checklists.len(),
        data.worksheets.len(),
    ]
}

/// What "Vervangen" with `file` would remove, per kind (in the order of [`KIND_LABELS`]):
/// the records here whose id is not in the file.
pub fn removed_by_replace(here: &Dataset, file: &Dataset) -> [usize; 4] {
    fn gone<R: Record>(here: &[R], file: &[R]) -> usize {
        let in_file = index(file);
        here.iter()
            .filter(|r| !in_file.contains_key(r.id()))
            .count()
    }
    [
        gone(&here.evaluations, &file.evaluations),
        gone(&here.assessments, &file.assessments),
        gone(&here.checklists, &file.checklists),
        gone(&here.worksheets, &file.worksheets),
    ]
}

/// Suffix added to the title of the copy kept when two tabs changed the same record.
pub const CONFLICT_SUFFIX: &str = " (kopie uit ander tabblad)";

/// Three-way merge for two tabs: `base` is what this tab last read or wrote, `mine` what it
/// holds now, `theirs` what another tab stored since. Changes on one side are taken; a
/// record changed on both sides keeps the newer version and also a copy of the other one
/// (new id from `fresh_id`, title marked with [`CONFLICT_SUFFIX`]): nothing is lost
/// silently. A deletion on one side wins only over a record the other side did not change.
/// Returns the merged records and the number of conflicts.
pub fn merge3<R>(
    base: &[R],
    mine: &[R],
    theirs: &[R],
    fresh_id: &mut dyn FnMut() -> String,
) -> (Vec<R>, usize)
where
    R: Record + Serialize + DeserializeOwned + PartialEq + Clone,
{
    let base_by = index(base);
    let mine_by = index(mine);
    let in_base = |id: &str| base_by.get(id).map(|&i| &base[i]);
    let mut out = Vec::with_capacity(theirs.len().max(mine.len()));
    let mut conflicts = 0;
    let mut done = BTreeMap::new();
    for t in theirs {
        done.insert(t.id().to_string(), 0);
        let b = in_base(t.id());
        match mine_by.get(t.id()).map(|&i| &mine[i]) {
            Some(m) if m == t => out.push(t.clone()),
            Some(m) if Some(m) == b => out.push(t.clone()),
            Some(m) if Some(t) == b => out.push(m.clone()),
            Some(m) => {
                conflicts += 1;
                let (winner, loser) = if file_wins(m, t) { (t, m) } else { (m, t) };
                out.push(winner.clone());
                if let Some(copy) = conflict_copy(loser, fresh_id()) {
                    out.push(copy);
                }
            }
            // Deleted here: gone, unless the other tab changed it since.
            None if b == Some(t) => {}
            None => out.push(t.clone()),
        }
    }
    for m in mine {
        if done.contains_key(m.id()) {
            continue;
        }
        match in_base(m.id()) {
            // Deleted in the other tab and not changed here: stays deleted.
            Some(b) if b == m => {}
            _ => out.push(m.clone()),
        }
    }
    (out, conflicts)
}

/// The losing version of a conflict as a record of its own.
fn conflict_copy<R: Serialize + DeserializeOwned + Record>(record: &R, id: String) -> Option<R> {
    let mut value = json::to_value(record).ok()?;
    let fields = value.as_object_mut()?;
    fields.insert("id".into(), serde_json::Value::String(id));
    for key in ["title", "label", "name"] {
        if let Some(serde_json::Value::String(text)) = fields.get_mut(key) {
            text.push_str(CONFLICT_SUFFIX);
            break;
        }
    }
    let mut copy: R = json::from_value(&value).ok()?;
    copy.keep_unknown(&value);
    Some(copy)
}

/// Records as JSON values, so the three-way merge is compiled once (for `Value`) instead
/// of once per kind: a smaller wasm. Serialization of these plain types cannot fail.
fn to_values<R: Serialize>(records: &[R]) -> Vec<serde_json::Value> {
    records
        .iter()
        .filter_map(|r| json::to_value(r).ok())
        .collect()
}

/// Back from values; a value that no longer fits its kind (impossible for values made by
/// [`to_values`]) is skipped rather than panicking.
/// What a record does not know travels with it (see `model::unknown`).
fn from_values<R: DeserializeOwned + Record>(values: Vec<serde_json::Value>) -> Vec<R> {
    values
        .iter()
        .filter_map(|v| {
            let mut record: R = json::from_value(v).ok()?;
            record.keep_unknown(v);
            Some(record)
        })
        .collect()
}

fn merge3_typed<R>(
    base: &[R],
    mine: &[R],
    theirs: &[R],
    fresh_id: &mut dyn FnMut() -> String,
) -> (Vec<R>, usize)
where
    R: Serialize + DeserializeOwned + Record,
{
    let (merged, conflicts) = merge3(
        &to_values(base),
        &to_values(mine),
        &to_values(theirs),
        fresh_id,
    );
    (from_values(merged), conflicts)
}

/// [`merge3`] for every kind.
pub fn merge3_dataset(
    base: &Dataset,
    mine: &Dataset,
    theirs: &Dataset,
    fresh_id: &mut dyn FnMut() -> String,
) -> (Dataset, usize) {
    let (evaluations, a) = merge3_typed(
        &base.evaluations,
        &mine.evaluations,
        &theirs.evaluations,
        fresh_id,
    );
    let (assessments, b) = merge3_typed(
        &base.assessments,
        &mine.assessments,
        &theirs.assessments,
        fresh_id,
    );
    let (checklists, c) = merge3_typed(
        &base.checklists,
        &mine.checklists,
        &theirs.checklists,
        fresh_id,
    );
    let (worksheets, d) = merge3(
        &base.worksheets,
        &mine.worksheets,
        &theirs.worksheets,
        fresh_id,
    );
    let mut merged = Dataset {
        evaluations,
        assessments,
        checklists,
        worksheets,
        ..mine.clone()
    };
    // What this version cannot read is taken as the other tab stored it (this tab cannot
    // change it), except a record this tab still holds typed (its version wins).
    merged.kept = theirs.kept.clone();
    let typed = ids(&merged);
    merged
        .kept
        .records
        .retain(|kept| !typed.contains_key(kept.record.id()));
    (merged, a + b + c + d)
}

/// The ids of every typed record.
fn ids(data: &Dataset) -> BTreeMap<String, usize> {
    let mut all = BTreeMap::new();
    let ids = (data.evaluations.iter().map(Record::id))
        .chain(data.assessments.iter().map(Record::id))
        .chain(data.checklists.iter().map(Record::id))
        .chain(data.worksheets.iter().map(Record::id));
    for id in ids {
        all.insert(id.to_string(), 0);
    }
    all
}
