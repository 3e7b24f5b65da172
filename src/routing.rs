//! Route matching for the app's own router (`components::router`), as plain functions so
//! they are tested natively: whether an app path is a route of a table, and its parameters.

/// A route's parameters: (name, value) in the order of the pattern.
pub type Params = Vec<(&'static str, String)>;

/// The parameters of `path` (an app path: without base, query or fragment) if it matches the
/// route `pattern` (such as `/zelftest/:id`): a `:name` segment matches any one non-empty
/// segment, every other segment itself. A trailing slash is ignored (a static host serves
/// `/zelftest/` from `zelftest/index.html`).
pub fn match_route(pattern: &'static str, path: &str) -> Option<Params> {
    let mut wanted = segments(pattern);
    let mut given = segments(path);
    let mut params = Vec::new();
    loop {
        match (wanted.next(), given.next()) {
            (None, None) => return Some(params),
            (Some(want), Some(got)) => match want.strip_prefix(':') {
                Some(name) if !got.is_empty() => params.push((name, got.to_string())),
                None if want == got => {}
                _ => return None,
            },
            _ => return None,
        }
    }
}

/// The segments of a path after its leading slash, without a trailing empty one.
fn segments(path: &str) -> impl Iterator<Item = &str> {
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    path.split('/').filter(move |_| !path.is_empty())
}

/// The app path of a browser `pathname` under the base path `base` (`""` at the root,
/// `/samenwerkingswijzer` under a sub-path), or `None` if it lies outside the base.
pub fn app_path<'a>(pathname: &'a str, base: &str) -> Option<&'a str> {
    let rest = pathname.strip_prefix(base)?;
    if rest.is_empty() {
        Some("/")
    } else if rest.starts_with('/') {
        Some(rest)
    } else {
        // `/samenwerkingswijzer-oud` is not under `/samenwerkingswijzer`.
        None
    }
}

/// Splits an app address (`/checklists?nieuw=x#kop`) into path, query (without `?`) and
/// fragment (without `#`).
pub fn split_address(address: &str) -> (&str, &str, &str) {
    let (rest, fragment) = address.split_once('#').unwrap_or((address, ""));
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    (path, query, fragment)
}
