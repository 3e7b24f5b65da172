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

/// Runs a property the way `proptest!` does (the same runner and config, a failure kept in
/// the test file's `.proptest-regressions`), for a property whose assertions sit in a branch
/// the generated input may or may not reach. `test` returns whether the case took that branch.
/// Fails unless at least `min_percent` % of the cases took it: a property cannot pass by never
/// reaching its assertions. The inputs are random, so `min_percent` sits at least six standard
/// deviations below the share measured (run with `--nocapture` to see it): the count never
/// fails by chance. `file` is the caller's `file!()`; `branch` names the branch.
pub fn property_taking_branch<S: proptest::strategy::Strategy>(
    file: &'static str,
    mut config: proptest::test_runner::Config,
    branch: &str,
    min_percent: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<bool, proptest::test_runner::TestCaseError>,
) {
    use std::cell::Cell;
    config.source_file = Some(file);
    let (cases, taken) = (Cell::new(0u32), Cell::new(0u32));
    let mut runner = proptest::test_runner::TestRunner::new(config);
    let result = runner.run(&strategy, |value| {
        let took = test(value)?;
        cases.set(cases.get() + 1);
        taken.set(taken.get() + u32::from(took));
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}\n{runner}");
    }
    let (cases, taken) = (cases.get(), taken.get());
    eprintln!("{taken} of {cases} cases took the branch \"{branch}\"");
    assert!(
        cases > 0 && taken * 100 >= min_percent * cases,
        "only {taken} of {cases} cases took the branch \"{branch}\" (at least {min_percent} % must)"
    );
}

/// The repository's root (`CARGO_MANIFEST_DIR`): the tests that read the repository's own
/// files as text (`layers`, `registry`, `release_build`) start here.
pub fn repo_root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file of the repository as text (`path` from the root); fails the test naming it.
pub fn read_repo_file(path: &str) -> String {
    std::fs::read_to_string(repo_root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `.rs` file under `dir` (from the repository's root, e.g. `"src"`), as (path
/// relative to `dir` with `/`, text), sorted by path.
pub fn rust_sources(dir: &str) -> Vec<(String, String)> {
    let base = repo_root().join(dir);
    let mut out = Vec::new();
    let mut stack = vec![base.clone()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let relative = path
                    .strip_prefix(&base)
                    .expect("under the directory walked")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((relative, text));
            }
        }
    }
    // A check over no files would pass whatever the code says.
    assert!(!out.is_empty(), "no .rs file under {dir}");
    out.sort();
    out
}
