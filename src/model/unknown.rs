//! Forward compatibility: what a typed record does not know of the JSON it was read from
//! (fields a newer version added, at the top level and nested) is kept beside it as a
//! [`Residue`] and laid back over its JSON whenever it is written (docs/data-format.md).
//!
//! The residue of a record is the difference between the JSON it was read from and the JSON
//! its type writes of it at that moment: the fields the type does not write (unknown ones, and
//! known ones written as their default, which read back as the same default), and the same
//! inside known fields that are objects or lists. Lists are matched element by element: by
//! `id` where the elements have one (lessons, rows, options), else by position. Writing
//! overlays the residue: a field is only added where the record now has no such field, and
//! a nested residue only where the object or element it belongs to still exists.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// Where a nested residue belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// A field of an object.
    Key(String),
    /// The element of a list with this `id`.
    Id(String),
    /// The element of a list at this position (elements without an `id`).
    Index(usize),
}

/// What a record's JSON held that its type does not write (see the module).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Residue {
    /// Fields written back where the record has no field of that name.
    fields: Map<String, Value>,
    /// Residues inside known fields and list elements.
    inner: Vec<(Step, Residue)>,
}

/// The `id` of a list element, if it is an object with a text `id`.
fn id_of(value: &Value) -> Option<&str> {
    value.get("id").and_then(Value::as_str)
}

/// The position of the first element with each `id`. (The one map type the app's reading
/// and merging code uses, so no other is compiled into the wasm.)
fn positions(elements: &[Value]) -> BTreeMap<String, usize> {
    let mut by_id = BTreeMap::new();
    for (index, element) in elements.iter().enumerate() {
        if let Some(id) = id_of(element) {
            if !by_id.contains_key(id) {
                by_id.insert(id.to_string(), index);
            }
        }
    }
    by_id
}

impl Residue {
    /// What `raw` (as read) holds that `known` (as the type writes it) lacks; `None` when
    /// nothing.
    pub fn between(raw: &Value, known: &Value) -> Option<Residue> {
        let mut residue = Residue::default();
        match (raw, known) {
            (Value::Object(raw), Value::Object(known)) => {
                for (key, value) in raw {
                    match known.get(key) {
                        None => {
                            residue.fields.insert(key.clone(), value.clone());
                        }
                        Some(written) => {
                            if let Some(inner) = Residue::between(value, written) {
                                residue.inner.push((Step::Key(key.clone()), inner));
                            }
                        }
                    }
                }
            }
            (Value::Array(raw), Value::Array(known)) => {
                let by_id = positions(known);
                for (index, value) in raw.iter().enumerate() {
                    let (step, written) = match id_of(value) {
                        Some(id) => (
                            Step::Id(id.to_string()),
                            by_id.get(id).and_then(|&i| known.get(i)),
                        ),
                        None => (Step::Index(index), known.get(index)),
                    };
                    if let Some(inner) = written.and_then(|w| Residue::between(value, w)) {
                        residue.inner.push((step, inner));
                    }
                }
            }
            _ => {}
        }
        (!residue.fields.is_empty() || !residue.inner.is_empty()).then_some(residue)
    }

    /// Lays the residue over `value` (the JSON a record writes now; see the module).
    pub fn overlay(&self, value: &mut Value) {
        match value {
            Value::Object(fields) => {
                for (key, kept) in &self.fields {
                    if !fields.contains_key(key) {
                        fields.insert(key.clone(), kept.clone());
                    }
                }
                for (step, inner) in &self.inner {
                    if let Step::Key(key) = step {
                        if let Some(child) = fields.get_mut(key) {
                            inner.overlay(child);
                        }
                    }
                }
            }
            Value::Array(elements) => {
                let by_id = positions(elements);
                for (step, inner) in &self.inner {
                    let index = match step {
                        Step::Id(id) => by_id.get(id).copied(),
                        Step::Index(index) => Some(*index),
                        Step::Key(_) => None,
                    };
                    if let Some(element) = index.and_then(|i| elements.get_mut(i)) {
                        // By position only onto an element that has no id either.
                        if matches!(step, Step::Index(_)) && id_of(element).is_some() {
                            continue;
                        }
                        inner.overlay(element);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The residue a typed record keeps (empty for a record made by this app). Compared like
/// any field, so a change another tab made to an unknown field counts as a change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unknown(Option<Box<Residue>>);

impl Unknown {
    /// The residue of a record read from `raw` whose type writes it as `known`.
    pub fn between(raw: &Value, known: &Value) -> Unknown {
        Unknown(Residue::between(raw, known).map(Box::new))
    }

    pub fn residue(&self) -> Option<&Residue> {
        self.0.as_deref()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }
}

/// Makes a record type keep what it does not know. The type derives `Serialize` and
/// `Deserialize` with `#[serde(remote = "Self")]` (inherent functions instead of the traits)
/// and has a `#[serde(skip)] unknown: Unknown` field; this writes the traits: reading is
/// the derived one, writing lays the residue over the derived JSON. It also gives the type
/// `keep_unknown_from(raw)`, which sets the residue from the JSON the record was read from.
macro_rules! keeps_unknown {
    ($t:ty) => {
        const _: () = {
            /// The record as its type writes it, without its residue.
            struct Known<'a>(&'a $t);

            impl serde::Serialize for Known<'_> {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    <$t>::serialize(self.0, s)
                }
            }

            impl serde::Serialize for $t {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    match self.unknown.residue() {
                        None => <$t>::serialize(self, s),
                        Some(residue) => {
                            let mut value = $crate::model::json::to_value(&Known(self))
                                .map_err(<S::Error as serde::ser::Error>::custom)?;
                            residue.overlay(&mut value);
                            serde::Serialize::serialize(&value, s)
                        }
                    }
                }
            }

            impl<'de> serde::Deserialize<'de> for $t {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    <$t>::deserialize(d)
                }
            }

            impl $t {
                /// Keeps what `raw` (the JSON this record was read from) holds that the
                /// type does not write (see `model::unknown`).
                pub fn keep_unknown_from(&mut self, raw: &serde_json::Value) {
                    let known = $crate::model::json::to_value(&Known(self)).unwrap_or_default();
                    self.unknown = $crate::model::unknown::Unknown::between(raw, &known);
                }
            }
        };
    };
}
pub(crate) use keeps_unknown;
