//! Benchmark of the data path with 1,000 evaluations (run natively, release build):
//! `cargo run --release --example bench_import`. Prints the export size and the time to
//! export, parse and validate, preview and merge. The figures are in the README.

use samenwerkingswijzer::model::evaluation::Evaluation;
use std::time::Instant;

use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::import::{parse_file, BundledContent};
use samenwerkingswijzer::model::merge;

fn evaluation(i: usize, updated: &str) -> Evaluation {
    let mut e = Evaluation::new(
        format!("00000000-0000-4000-8000-{i:012}"),
        format!("Evaluatie van samenwerking {i}"),
        "2026-01-01T09:00:00.000Z",
    );
    e.updated_at = updated.to_string();
    e
}

fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!(
        "{label:<36} {:>8.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    out
}

fn main() {
    let data = Dataset {
        evaluations: (0..1000)
            .map(|i| evaluation(i, "2026-02-01T09:00:00.000Z"))
            .collect(),
        ..Dataset::default()
    };
    let text = timed("export (serialize, pretty)", || {
        serde_json::to_string_pretty(&data.stamped("2026-11-29T10:00:00.000Z")).expect("json")
    });
    println!("{:<36} {:>8.1} KB", "file size", text.len() as f64 / 1024.0);
    let file = timed("parse and validate", || {
        parse_file(&text, &BundledContent).expect("valid")
    });
    let mut here = data.clone();
    for (i, e) in here.evaluations.iter_mut().enumerate().take(500) {
        *e = evaluation(i, "2026-03-01T09:00:00.000Z");
    }
    here.evaluations.truncate(800);
    let preview = timed("preview against 800 here", || {
        merge::preview(&here, &file.data)
    });
    println!("  {:?}", preview.kinds[0]);
    let (merged, _) = timed("merge (samenvoegen)", || merge::merge(&here, &file.data));
    println!("{:<36} {:>8}", "records after merge", merged.record_count());
}
