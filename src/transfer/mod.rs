//! Moving data in and out of the app: files to download, files picked for import, links.

pub mod download;
#[cfg(feature = "all-kinds")]
pub mod import;
