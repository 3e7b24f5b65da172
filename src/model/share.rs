//! Share links: one result carried in the URL fragment (`#d1…`), never sent to a server.
//!
//! Encoding: the envelope as compact JSON (empty kinds left out), raw DEFLATE
//! (`model::deflate`; read back with `miniz_oxide`) primed with a fixed dictionary of what such an envelope usually contains
//! ([`dictionary`], part of format version 1: never change it), then written as decimal digits: every 7 bytes become 17 digits (a last
//! group of k bytes becomes the fewest digits that hold 256^k). Digits cost 3⅓ bits each in a
//! QR code's numeric mode, so this is about 1% larger than the bytes themselves, where base64
//! in byte mode would cost a third more. A leading `1` is the format version.
//! Decoding refuses anything it does not understand with a Dutch message and never panics;
//! the JSON inside is checked by the same rules as an imported file.

use crate::model::dataset::Dataset;
#[cfg(feature = "all-kinds")]
use crate::model::import::{self, Catalogue, ImportedFile};
use crate::model::json;

/// The fragment key: `#d<digits>`.
pub const KEY: &str = "d";
/// The largest inflated payload accepted (a share link holds one or a few results).
pub const MAX_INFLATED: usize = 256 * 1024;
/// The longest digit string accepted (about 12 KB of compressed data).
pub const MAX_DIGITS: usize = 30_000;
const VERSION_DIGIT: char = '1';
/// Digits needed for a group of k bytes (index k).
const GROUP_DIGITS: [usize; 8] = [0, 3, 5, 8, 10, 13, 15, 17];

/// The statement ids known when format version 1 was made; part of [`dictionary`].
const DICTIONARY_ITEMS: [&str; 19] = [
    "helpen-01",
    "helpen-02",
    "helpen-03",
    "helpen-04",
    "helpen-05",
    "helpen-06",
    "helpen-07",
    "helpen-08",
    "helpen-09",
    "helpen-10",
    "helpen-11",
    "liever-niet-01",
    "liever-niet-02",
    "liever-niet-03",
    "liever-niet-04",
    "liever-niet-05",
    "liever-niet-06",
    "liever-niet-07",
    "liever-niet-08",
];

/// The preset DEFLATE dictionary of format version 1: what a shared envelope usually
/// contains, every answer to every statement written out. Built from fixed text only (not
/// from the content), so links keep working when statements change. Never change it.
pub fn dictionary() -> Vec<u8> {
    let mut text = String::from(
        r#"{"format":"samenwerkingswijzer","version":1,"checklists":[{"id":"","createdAt":"2026-","updatedAt":"2026-","list":"","title":"","date":"","items":{"":{"state":"done"},"":{"state":"notDone"},"":{"state":"notApplicable"}}}],"assessments":[{"id":"","createdAt":"2026-","updatedAt":"2026-","role":"raad","role":"college","role":"samenleving","role":"anders","role":"ambtelijkeOrganisatie","label":"","completedAt":"2026-"}]}"answers":{"#,
    );
    for item in DICTIONARY_ITEMS {
        text.push_str(&format!(r#""{item}":"dontKnow","#));
        for value in 1..=5 {
            text.push_str(&format!(r#""{item}":{{"scale":{value}}},"#));
        }
    }
    text.into_bytes()
}

/// Why a share link could not be read; `message` is Dutch and says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareError {
    pub message: String,
}

#[cfg(feature = "all-kinds")]
fn damaged() -> ShareError {
    ShareError {
        message: "Deze link is beschadigd of onvolledig. Vraag de deelnemer om de link opnieuw te delen, of laat de QR-code nog eens scannen.".into(),
    }
}

/// The envelope as the compact JSON carried in a link: no indentation, empty kinds omitted.
pub fn compact_json(data: &Dataset) -> String {
    let mut value = json::to_value(data).unwrap_or(serde_json::Value::Null);
    if let serde_json::Value::Object(map) = &mut value {
        map.retain(|_, v| match v {
            serde_json::Value::Array(items) => !items.is_empty(),
            serde_json::Value::String(s) => !s.is_empty(),
            _ => true,
        });
    }
    value.to_string()
}

/// What a share link carries of `data`: its self-assessments and checklists, without the
/// self-assessments' action points (a participant's own notes) and the export header.
pub fn for_sharing(data: &Dataset) -> Dataset {
    let mut out = Dataset {
        assessments: data.assessments.clone(),
        checklists: data.checklists.clone(),
        ..Dataset::default()
    };
    out.app.clear();
    for a in &mut out.assessments {
        without_actions(a);
    }
    out
}

/// Without the action points, and without a perspective its role already implies (only
/// "Anders" chooses one): the link stays as small as before it was recorded (a QR version
/// less), and [`Assessment::perspective`](crate::model::assessment::Assessment::perspective)
/// reads the same either way.
#[cfg(feature = "assessments")]
fn without_actions(assessment: &mut crate::model::assessment::Assessment) {
    use crate::model::assessment::Perspective;
    assessment.actions.clear();
    if assessment.wording_version() >= 2
        && assessment.perspective == Some(Perspective::for_role(assessment.role, None))
    {
        assessment.perspective = None;
    }
}

/// A build that keeps assessments as JSON (the checklists' bundle): the same, on the JSON
/// (an empty `actions` is not written, so the field goes).
#[cfg(not(feature = "assessments"))]
fn without_actions(assessment: &mut crate::model::raw::RawRecord) {
    if let Some(fields) = assessment.0.as_object_mut() {
        fields.remove("actions");
    }
}

/// The digits of a fragment for `data` (without the `d` key); see [`for_sharing`].
pub fn encode(data: &Dataset) -> String {
    let packed = deflate_with_dictionary(compact_json(&for_sharing(data)).as_bytes());
    let mut out = String::with_capacity(packed.len() * 17 / 7 + 2);
    out.push(VERSION_DIGIT);
    out.push_str(&bytes_to_digits(&packed));
    out
}

/// Raw DEFLATE of `input`, able to refer back into [`dictionary`] (`model::deflate`: fixed
/// Huffman codes, small enough for the participant's bundles).
pub fn deflate_with_dictionary(input: &[u8]) -> Vec<u8> {
    crate::model::deflate::deflate_with_preset(&dictionary(), input)
}

/// The reverse of [`deflate_with_dictionary`], at most [`MAX_INFLATED`] bytes; `None` for
/// anything damaged.
pub fn inflate_with_dictionary(packed: &[u8]) -> Option<Vec<u8>> {
    inflate_with_preset(&dictionary(), packed, MAX_INFLATED)
}

/// Raw DEFLATE `packed` inflated with `dictionary` already in the window, at most `most`
/// bytes; `None` for anything damaged or longer.
pub fn inflate_with_preset(dictionary: &[u8], packed: &[u8], most: usize) -> Option<Vec<u8>> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let start = dictionary.len();
    let mut out = dictionary.to_vec();
    out.resize(start + most, 0);
    let mut state = DecompressorOxide::new();
    let (status, _, written) = decompress(
        &mut state,
        packed,
        &mut out,
        start,
        inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
    );
    if status != TINFLStatus::Done {
        return None;
    }
    out.truncate(start + written);
    Some(out.split_off(start))
}

/// Bytes as decimal digits, 7 bytes to 17 digits.
pub fn bytes_to_digits(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(7) {
        let value = chunk.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        let width = GROUP_DIGITS[chunk.len()];
        out.push_str(&format!("{value:0width$}"));
    }
    out
}

/// The reverse of [`bytes_to_digits`]; `None` for anything that is not its output.
pub fn digits_to_bytes(digits: &str) -> Option<Vec<u8>> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let full = digits.len() / 17;
    let rest = digits.len() % 17;
    let last = GROUP_DIGITS.iter().position(|&d| d == rest)?;
    let mut out = Vec::with_capacity(full * 7 + last);
    let mut take = |group: &str, k: usize| -> Option<()> {
        let value: u64 = group.parse().ok()?;
        if k < 8 && value >> (8 * k) != 0 {
            return None;
        }
        for i in (0..k).rev() {
            out.push((value >> (8 * i)) as u8);
        }
        Some(())
    };
    for i in 0..full {
        take(digits.get(i * 17..i * 17 + 17)?, 7)?;
    }
    if last > 0 {
        take(digits.get(full * 17..)?, last)?;
    }
    Some(out)
}

/// The share payload of a URL fragment (with or without `#`), if it is one of ours.
pub fn payload(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .strip_prefix(KEY)
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Reads the digits of a share link into a checked envelope at `now_ms` (milliseconds since
/// 1970; see `import::parse_file_at`).
#[cfg(feature = "all-kinds")]
pub fn decode(
    digits: &str,
    catalogue: &dyn Catalogue,
    now_ms: i64,
) -> Result<ImportedFile, ShareError> {
    let digits = digits.trim();
    if digits.len() > MAX_DIGITS {
        return Err(ShareError {
            message: "Deze link is te lang voor een gedeeld resultaat. Deel grote hoeveelheden gegevens als bestand.".into(),
        });
    }
    let Some(rest) = digits.strip_prefix(VERSION_DIGIT) else {
        return Err(
            if digits.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                ShareError {
                message: "Deze link is gemaakt met een nieuwere versie van de app. Open hem in de nieuwste versie.".into(),
            }
            } else {
                damaged()
            },
        );
    };
    let packed = digits_to_bytes(rest).ok_or_else(damaged)?;
    let json = inflate_with_dictionary(&packed).ok_or_else(damaged)?;
    let text = String::from_utf8(json).map_err(|_| damaged())?;
    import::parse_file_at(&text, catalogue, now_ms).map_err(|error| ShareError {
        message: format!(
            "Deze link bevat geen resultaat dat de app kan lezen: {}",
            error.describe()
        ),
    })
}

/// The full link for `data`: `<app base URL>/groep#d<digits>`.
pub fn link(app_base: &str, data: &Dataset) -> String {
    format!(
        "{}/groep#{KEY}{}",
        app_base.trim_end_matches('/'),
        encode(data)
    )
}

/// A QR code for a share link, as SVG path data over a `size`×`size` grid (quiet zone
/// included) and the QR version used (1–40).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPicture {
    pub path: String,
    pub size: i32,
    pub version: u8,
}

/// The QR code of `prefix` (the link up to and including `#d`, in byte mode) followed by
/// `digits` (numeric mode), with medium error correction. `None` if it does not fit.
pub fn qr(prefix: &str, digits: &str) -> Option<QrPicture> {
    use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let segments = vec![
        QrSegment::make_bytes(prefix.as_bytes()),
        QrSegment::make_numeric(digits),
    ];
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        None,
        true,
    )
    .ok()?;
    let border = 4;
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    Some(QrPicture {
        path,
        size: code.size() + border * 2,
        version: code.version().value(),
    })
}

/// What the text of a scanned QR code holds.
#[cfg(feature = "all-kinds")]
#[derive(Debug)]
pub enum Scanned {
    /// A share link of this app, read and checked.
    Result(Box<ImportedFile>),
    /// A share link of this app that cannot be read (the message says why, in Dutch).
    Damaged(String),
    /// Anything else: a web address of another site, plain text.
    Foreign,
}

/// Reads the text of a scanned QR code: a share link (`…#d1…`, any origin, since the same
/// app may be hosted elsewhere) or something else, at `now_ms` (see [`decode`]). Never panics.
#[cfg(feature = "all-kinds")]
pub fn read_scanned(text: &str, catalogue: &dyn Catalogue, now_ms: i64) -> Scanned {
    let Some((_, fragment)) = text.trim().split_once('#') else {
        return Scanned::Foreign;
    };
    match payload(fragment) {
        None => Scanned::Foreign,
        Some(digits) => match decode(digits, catalogue, now_ms) {
            Ok(file) => Scanned::Result(Box::new(file)),
            Err(e) => Scanned::Damaged(e.message),
        },
    }
}
