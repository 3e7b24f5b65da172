//! Helpers shared by the native test files (`mod common;` in each that uses them).

#![allow(dead_code)] // each test file uses some of them

use miniz_oxide::deflate::core::{
    compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush,
};

/// `miniz_oxide`'s best raw DEFLATE of `input` with `dictionary` as a preset dictionary: what
/// share links were made with before 2026-12-07, and the strongest compression a hostile
/// link's maker has at hand (dynamic Huffman codes make long repeats a few bits each).
pub fn miniz_with_dictionary(dictionary: &[u8], input: &[u8]) -> Vec<u8> {
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(10, -15, 0));
    let mut scratch = vec![0u8; dictionary.len() * 2 + 64];
    let _ = compress(&mut compressor, dictionary, &mut scratch, TDEFLFlush::Sync);
    let mut out = vec![0u8; input.len() * 2 + 64];
    let (_, _, written) = compress(&mut compressor, input, &mut out, TDEFLFlush::Finish);
    out.truncate(written);
    out
}
