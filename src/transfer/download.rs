//! Offers text as a file download (a Blob and a temporary link); nothing leaves the device.

use wasm_bindgen::JsCast;

use crate::model::dataset::Dataset;

/// Starts a download of `text` named `filename`. Returns a Dutch message on failure.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| "De download kon niet worden gestart.".to_string();
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement =
        document
            .create_element("a")
            .map_err(fail)?
            .dyn_into()
            .map_err(|_| "De download kon niet worden gestart.".to_string())?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // Revoke later: revoking at once can cancel the download in some browsers.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// What a person reads when data cannot be turned into a file (serde's own English text is
/// never shown).
pub const NOT_CONVERTED: &str =
    "De gegevens konden niet worden omgezet naar een bestand. Probeer het opnieuw of vernieuw de pagina.";

/// Downloads a dataset (all of it or a selection) as a `.json` file in the envelope format.
pub fn download_dataset(filename: &str, data: &Dataset, now: &str) -> Result<(), String> {
    let text = crate::model::json::to_string_pretty(&data.stamped(now))
        .map_err(|_| NOT_CONVERTED.to_string())?;
    download_text(filename, "application/json", &text)
}

/// A file name with a readable part and the date: `samenwerkingswijzer-zelftest-2026-11-29.json`.
pub fn file_name(what: &str, date: &str) -> String {
    let what: String = crate::model::fold::fold(what)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let what = what
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let what: String = what.chars().take(40).collect();
    if what.is_empty() {
        format!("samenwerkingswijzer-{date}.json")
    } else {
        format!("samenwerkingswijzer-{what}-{date}.json")
    }
}
