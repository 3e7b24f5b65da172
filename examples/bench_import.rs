//! Benchmark of the data path with 1,000 evaluations (run natively, release build):
//! `cargo run --release --example bench_import`. Prints the export size and the time to
//! export, parse and validate, preview and merge. The figures are in the README.

use std::time::Instant;

use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::evaluation::Evaluation;
use samenwerkingswijzer::model::import::{parse_file_at, BundledContent};
use samenwerkingswijzer::model::merge;
use serde_json::json;

fn evaluation(i: usize, updated: &str) -> Evaluation {
    let value = json!({
        "id": format!("00000000-0000-4000-8000-{i:012}"),
        "createdAt": "2026-01-01T09:00:00.000Z",
        "updatedAt": updated,
        "title": format!("Evaluatie van samenwerking {i}"),
        "place": "Emmeloord",
        "motives": "Het dorpshuis moest blijven; de gemeente en het dorp wilden dat allebei.",
        "parties": [{"name": "Gemeente"}, {"name": "Dorpsbelang"}, {"name": "Woningcorporatie"}],
        "helped": ["Verwachtingen vooraf uitspreken.", "De raad vroeg betrekken."],
        "lessons": (1..=4).map(|l| json!({"id": format!("les-{i}-{l}"), "text": "Spreek aan het begin af wie waarover beslist en hoe de raad wordt betrokken."})).collect::<Vec<_>>(),
    });
    serde_json::from_value(value).expect("a valid evaluation")
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
    // The moment of reading: the system clock, as the app passes the browser's.
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    let file = timed("parse and validate", || {
        parse_file_at(&text, &BundledContent, now_ms).expect("valid")
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
