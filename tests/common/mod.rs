//! Helpers shared by the native test files (`mod common;` in each that uses them).

#![allow(dead_code)] // each test file uses some of them

use miniz_oxide::deflate::core::{
    compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush,
};
use samenwerkingswijzer::content;
use samenwerkingswijzer::model::assessment::{Answer, Assessment, Role};
use samenwerkingswijzer::model::dataset::Dataset;

/// The current time in milliseconds since 1970 (the system clock): what the app passes to
/// the model's readers from the browser's clock (`browser::now_ms`).
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

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

/// A completed result of this role: every statement it is asked answered.
pub fn full_assessment_of(role: Role) -> Dataset {
    let mut a = Assessment::new(
        "3f6c2a1e-9b7d-4c5e-8a2f-1d0e9c8b7a65".into(),
        role,
        "Team Noord".into(),
        "2026-11-29T09:41:12.345Z",
    );
    for (i, (id, _)) in content::scale_of(&a).into_iter().enumerate() {
        let answer = if i % 7 == 3 {
            Answer::DontKnow
        } else {
            Answer::Scale((i % 5) as u8 + 1)
        };
        a.answer(id, answer, "2026-11-29T09:52:40.118Z");
    }
    a.completed_at = Some("2026-11-29T09:52:41.002Z".into());
    a.actions = "Vaker samen met de partners om tafel.".into();
    Dataset {
        assessments: vec![a],
        ..Dataset::default()
    }
    .stamped("2026-11-29T09:53:00.000Z")
}
