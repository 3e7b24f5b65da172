//! Reading the files a person picked for import: each is checked by size before it is read,
//! then parsed by `model::import` (the plan and its rules live in model/ and are pure).

use wasm_bindgen_futures::JsFuture;

use crate::model::import::{self, BundledContent, ImportError, ImportedFile};

/// One picked file and what came of reading it.
pub struct PickedFile {
    pub name: String,
    pub result: Result<ImportedFile, ImportError>,
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
    import::parse_file(&text, &BundledContent)
}
