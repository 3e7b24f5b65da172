//! A worksheet as JSON: one flat object, `id`, `createdAt`, `updatedAt`, `kind`, `title`,
//! then the fields of its kind, exactly as when one struct held every kind's fields
//! (docs/data-format.md; tests/worksheet_kinds.rs holds the two together).
//!
//! Reading is in two steps, not with `#[serde(flatten)]` or an internally tagged enum:
//! through those, serde buffers the object and `serde_path_to_error` loses the path, so an
//! import could no longer name the field that does not fit. First the fields every sheet has
//! are read (the `kind` as a plain field: an unknown kind is named at `kind`); then the other
//! fields, as one object, into the struct of that kind. Both reads are derived code with the
//! path tracked (`json::from_str_located`), and the kind's fields sit at the top of the
//! record, so the path of the second read is already the path inside the record. Writing
//! can flatten: that loses nothing.

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::{Content, Kind, Worksheet};
use crate::model::json::{self, Misfit};
use crate::model::record::Record;
use crate::model::unknown::{keeps_unknown, Unknown};

/// The fields every sheet has, in the order they are written.
const HEAD: [&str; 5] = ["id", "createdAt", "updatedAt", "kind", "title"];

/// The fields every sheet has, as read.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Head {
    id: String,
    created_at: String,
    updated_at: String,
    kind: Kind,
    #[serde(default)]
    title: String,
}

/// A sheet as written: the fields every sheet has, then those of its kind.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Written<'a> {
    id: &'a str,
    created_at: &'a str,
    updated_at: &'a str,
    kind: Kind,
    title: &'a str,
    #[serde(flatten)]
    content: &'a Content,
}

/// The content writes the fields of its kind (flattened into the sheet by [`Written`]).
impl Serialize for Content {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Content::ChoiceQuestions(body) => body.serialize(s),
            Content::Canvas(body) => body.serialize(s),
            Content::Werkvormen(body) => body.serialize(s),
            Content::SuccessFactors(body) => body.serialize(s),
        }
    }
}

/// The fields of a kind, read from `body` (the record's fields besides [`HEAD`]).
fn body<B: DeserializeOwned>(body: &str, wrap: fn(B) -> Content) -> Result<Content, Misfit> {
    json::from_str_located::<B>(body).map(wrap)
}

impl Worksheet {
    /// Reads a sheet from the fields of its JSON object; a field that does not fit is named
    /// by its path inside the record (see the module).
    pub fn read_fields(fields: &Map<String, Value>) -> Result<Worksheet, Misfit> {
        let mut head = Map::new();
        let mut rest = Map::new();
        for (key, value) in fields {
            let part = if HEAD.contains(&key.as_str()) {
                &mut head
            } else {
                &mut rest
            };
            part.insert(key.clone(), value.clone());
        }
        let head: Head = json::from_str_located(&Value::Object(head).to_string())?;
        let rest = Value::Object(rest).to_string();
        let content = match head.kind {
            Kind::ChoiceQuestions => body(&rest, Content::ChoiceQuestions)?,
            Kind::Canvas => body(&rest, Content::Canvas)?,
            Kind::Werkvormen => body(&rest, Content::Werkvormen)?,
            Kind::SuccessFactors => body(&rest, Content::SuccessFactors)?,
        };
        Ok(Worksheet {
            id: head.id,
            created_at: head.created_at,
            updated_at: head.updated_at,
            title: head.title,
            content,
            unknown: Unknown::default(),
        })
    }

    /// The sheet as written, without what it keeps of what it does not know (the inherent
    /// function `keeps_unknown!` builds the trait on).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Written {
            id: &self.id,
            created_at: &self.created_at,
            updated_at: &self.updated_at,
            kind: self.kind(),
            title: &self.title,
            content: &self.content,
        }
        .serialize(s)
    }

    /// A sheet read from any JSON (as part of a dataset, say). Where a field does not fit,
    /// this path knows only the record: [`Record::read_located`] names the field.
    fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Worksheet, D::Error> {
        match Value::deserialize(d)? {
            Value::Object(fields) => Worksheet::read_fields(&fields)
                .map_err(|misfit| D::Error::custom(json::message(&misfit.error))),
            _ => Err(D::Error::custom("verwacht een object")),
        }
    }
}

keeps_unknown!(Worksheet);

impl Record for Worksheet {
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> &str {
        &self.created_at
    }
    fn updated_at(&self) -> &str {
        &self.updated_at
    }
    fn stamp(&mut self, now: &str) {
        self.updated_at = now.to_string();
    }
    fn keep_unknown(&mut self, raw: &Value) {
        self.keep_unknown_from(raw)
    }
    /// In two reads, so the path reaches into the kind's fields (see the module).
    fn read_located(record: &Value) -> Option<Result<Self, Misfit>> {
        match record {
            Value::Object(fields) => Some(Worksheet::read_fields(fields)),
            _ => None,
        }
    }
}
