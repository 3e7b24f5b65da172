//! Reading the files a person picked for import: each is checked by size before it is read,
//! then parsed by `model::import` (the plan and its rules live in model/ and are pure).

use wasm_bindgen_futures::JsFuture;

use crate::model::import::{self, BundledContent, ImportError, ImportedFile};

/// One picked file and what came of reading it.
pub struct PickedFile {
    pub name: String,
    pub result: Result<ImportedFile, ImportError>,
}

/// The file input of a `change` event and the files chosen in it; `None` when nothing was
/// chosen (the picker was cancelled).
pub fn chosen_files(
    event: &web_sys::Event,
) -> Option<(web_sys::HtmlInputElement, web_sys::FileList)> {
    use wasm_bindgen::JsCast;
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let files = input.files().filter(|files| files.length() > 0)?;
    Some((input, files))
}

/// Splits read files into the readable ones (with their names) and a Dutch message per
/// unreadable one ("naam.json: wat er mis is").
pub fn readable(picked: Vec<PickedFile>) -> (Vec<(String, ImportedFile)>, Vec<String>) {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for file in picked {
        match file.result {
            Ok(data) => good.push((file.name, data)),
            Err(e) => bad.push(format!("{}: {}", file.name, e.describe())),
        }
    }
    (good, bad)
}

/// Reads every file of a file input, in order.
pub async fn read_files(files: web_sys::FileList) -> Vec<PickedFile> {
    let mut out = Vec::new();
    for index in 0..files.length() {
        let Some(file) = files.item(index) else {
            continue;
        };
        let name = file.name();
        let result = read_one(&file).await;
        out.push(PickedFile { name, result });
    }
    out
}

async fn read_one(file: &web_sys::File) -> Result<ImportedFile, ImportError> {
    import::check_size(file.size().max(0.0) as u64)?;
    let unreadable = || ImportError {
        path: "$".into(),
        message: "Dit bestand kon niet worden gelezen.".into(),
    };
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| unreadable())?
        .as_string()
        .ok_or_else(unreadable)?;
    import::parse_file_at(&text, &BundledContent, crate::browser::now_ms())
}
