//! Dutch wording of numbers: counted nouns ("1 evaluatie", "2 evaluaties") and whole numbers
//! with Dutch digit grouping ("12.500"). Every count shown to people goes through here.

/// `n` followed by the singular or plural noun: `counted(1, "evaluatie", "evaluaties")` is
/// "1 evaluatie", `counted(0, …)` is "0 evaluaties".
pub fn counted(n: usize, singular: &str, plural: &str) -> String {
    format!("{} {}", number(n), noun(n, singular, plural))
}

/// Just the noun that goes with `n`.
pub fn noun<'a>(n: usize, singular: &'a str, plural: &'a str) -> &'a str {
    if n == 1 {
        singular
    } else {
        plural
    }
}

/// A whole number in Dutch form: a dot between thousands ("1.234", "1.000.000"), as
/// `Intl.NumberFormat("nl-NL")` writes it.
pub fn number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push('.');
        }
        out.push(digit);
    }
    out
}

/// A number with one decimal in Dutch form ("3,5"; "1.234,5"), from tenths so no float
/// formatting is needed: `decimal_tenths(35)` is "3,5".
pub fn decimal_tenths(tenths: u64) -> String {
    let whole = usize::try_from(tenths / 10).unwrap_or(usize::MAX);
    format!("{},{}", number(whole), tenths % 10)
}

/// A mean of whole numbers rounded to one decimal, in Dutch form ("3,7").
pub fn one_decimal(value: f64) -> String {
    if !value.is_finite() || value < 0.0 {
        return "–".to_string();
    }
    // Rounded to tenths; values are scores and counts, far below u64::MAX.
    let tenths = (value * 10.0).round();
    decimal_tenths(if tenths >= u64::MAX as f64 {
        u64::MAX
    } else {
        tenths as u64
    })
}

/// The four kinds of records as (singular, plural) nouns, in the order of
/// [`crate::model::merge::KIND_LABELS`].
pub const KIND_NOUNS: [(&str, &str); 4] = [
    ("evaluatie", "evaluaties"),
    ("zelftest", "zelftests"),
    ("checklist", "checklists"),
    ("werkblad", "werkbladen"),
];

/// Roughly what a browser gives one site in localStorage (5 MB in Chromium, Firefox, Safari).
pub const LOCAL_STORAGE_BYTES: usize = 5 * 1024 * 1024;

/// A size in bytes in Dutch: "0 kB", "3 kB", "1,2 MB".
pub fn size(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        let tenths = (bytes as u64).saturating_mul(10).saturating_add(512 * 1024) / (1024 * 1024);
        format!("{} MB", decimal_tenths(tenths))
    } else {
        format!("{} kB", number(bytes.div_ceil(1024)))
    }
}

/// One sentence on how much room the app's data takes in localStorage.
pub fn storage_use(bytes: usize) -> String {
    let percent = bytes.saturating_mul(100) / LOCAL_STORAGE_BYTES;
    let share = if percent < 1 {
        "minder dan 1%".to_string()
    } else {
        format!("{}%", number(percent))
    };
    format!(
        "Je gegevens nemen ongeveer {} in van de ongeveer {} die de browser deze app geeft ({share}).",
        size(bytes),
        size(LOCAL_STORAGE_BYTES)
    )
}

/// A count after its label, so the words never have to agree with the number: "Trad op: 2",
/// "Vermeden: 1", "Klopt: 0" (where "2 trad op" or "4 klopt" would read wrong).
pub fn tally(label: &str, n: usize) -> String {
    format!("{label}: {}", number(n))
}

/// A checklist's progress line: how many of `total` points are answered, then each of the
/// list's own answer words with its count ("3 van 10 ingevuld · Vermeden: 1 · Trad op: 1 ·
/// N.v.t.: 1"). The three counts are always there, so the line keeps its shape while filling in.
pub fn checklist_progress(total: usize, counts: [(&str, usize); 3]) -> String {
    let answered: usize = counts.iter().map(|(_, n)| n).sum();
    let mut line = format!("{} van {} ingevuld", number(answered), number(total));
    for (word, n) in counts {
        line.push_str(" · ");
        line.push_str(&tally(word, n));
    }
    line
}

/// What "Toevoegen aan groepsoverzicht" did: `new` results added, `already` ones that were
/// in the overview before (they count once). Reads right for 0, 1 and many of each.
pub fn group_added(new: usize, already: usize) -> String {
    let added = match new {
        1 => "Eén resultaat toegevoegd aan het groepsoverzicht".to_string(),
        n => format!(
            "{} toegevoegd aan het groepsoverzicht",
            counted(n, "resultaat", "resultaten")
        ),
    };
    match (new, already) {
        (0, 0) => "Er stond geen zelftest of checklist in.".to_string(),
        (_, 0) => format!("{added}."),
        (0, 1) => "Niets toegevoegd: dit resultaat stond al in het groepsoverzicht en telt één keer.".to_string(),
        (0, d) => format!(
            "Niets toegevoegd: deze {} resultaten stonden al in het groepsoverzicht en tellen elk één keer.",
            number(d)
        ),
        (_, 1) => format!("{added}; 1 ander resultaat stond er al in en telt één keer."),
        (_, d) => format!(
            "{added}; {} andere resultaten stonden er al in en tellen elk één keer.",
            number(d)
        ),
    }
}

/// The report after merging a file into the app's data, leaving out what did not happen:
/// `new` records added, `updated` replaced by the file's newer version, `kept` because the
/// version here is newer, `identical` already the same.
pub fn merge_report(new: usize, updated: usize, kept: usize, identical: usize) -> String {
    let mut clauses = Vec::new();
    if new > 0 {
        clauses.push(format!("{} nieuw toegevoegd", number(new)));
    }
    if updated > 0 {
        clauses.push(format!(
            "{} bijgewerkt met de nieuwere versie uit het bestand",
            number(updated)
        ));
    }
    if kept > 0 {
        clauses.push(format!(
            "{} gehouden omdat {} hier nieuwer {}",
            number(kept),
            noun(kept, "het", "ze"),
            noun(kept, "is", "zijn")
        ));
    }
    if identical > 0 {
        clauses.push(format!(
            "{} {} al gelijk",
            number(identical),
            noun(identical, "was", "waren")
        ));
    }
    match (new + updated, clauses.is_empty()) {
        (_, true) => "Samengevoegd: het bestand had niets om toe te voegen.".to_string(),
        (0, false) => format!(
            "Samengevoegd: er is niets veranderd; {}.",
            clauses.join(", ")
        ),
        _ => format!("Samengevoegd: {}.", clauses.join(", ")),
    }
}

/// What is stored, per kind, leaving out the kinds of which there are none: "3 onderdelen
/// (1 evaluatie, 2 zelftests)", "2 zelftests", "nog niets". `counts` is in the order of
/// [`KIND_NOUNS`].
pub fn stored_summary(counts: [usize; 4]) -> String {
    let parts: Vec<String> = KIND_NOUNS
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|((one, more), n)| counted(n, one, more))
        .collect();
    let total: usize = counts.iter().sum();
    match parts.len() {
        0 => "nog niets".to_string(),
        1 => parts.join(""),
        _ => format!(
            "{} ({})",
            counted(total, "onderdeel", "onderdelen"),
            parts.join(", ")
        ),
    }
}
