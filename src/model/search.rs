//! Full-text search over the guidance: Dutch-aware matching on the compile-time index, page
//! ranking and highlighted snippets. Pure: any query, of any length or content, is safe.

use crate::content::SearchBlock;
use crate::model::fold::fold;

/// Longest query we look at; the rest is ignored so a pasted novel stays instant.
const MAX_QUERY_CHARS: usize = 200;
const MAX_TERMS: usize = 8;
/// Characters of context on each side of the first match in a snippet.
const SNIPPET_CONTEXT: usize = 70;
const HITS_PER_PAGE: usize = 3;

/// A piece of snippet text; `marked` pieces are matches and are shown in `<mark>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetPart {
    pub text: String,
    pub marked: bool,
}

/// A block of a page that matched, with its highlighted snippet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockHit {
    pub anchor: &'static str,
    pub snippet: Vec<SnippetPart>,
}

/// One page in the results, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageResult {
    /// Index into the content's pages.
    pub page: usize,
    pub score: u32,
    pub hits: Vec<BlockHit>,
}

/// Splits a query into folded, de-duplicated terms. Empty when there is nothing to search.
pub fn terms(query: &str) -> Vec<Vec<char>> {
    let limited: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let folded = fold(&limited);
    let mut terms: Vec<Vec<char>> = Vec::new();
    for word in folded.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '"')) {
        let term: Vec<char> = word.chars().collect();
        if !term.is_empty() && !terms.contains(&term) {
            terms.push(term);
        }
        if terms.len() == MAX_TERMS {
            break;
        }
    }
    terms
}

/// Searches `blocks` for pages that contain every term of `query`, best first.
pub fn search(blocks: &[SearchBlock], query: &str) -> Vec<PageResult> {
    let terms = terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut results: Vec<PageResult> = Vec::new();
    let mut page_terms_found: Vec<bool> = vec![false; terms.len()];
    let mut current: Option<PageResult> = None;
    let mut title_block;

    let mut finish = |current: Option<PageResult>, found: &mut Vec<bool>| {
        if let Some(result) = current {
            if found.iter().all(|f| *f) && result.score > 0 {
                results.push(result);
            }
        }
        found.iter_mut().for_each(|f| *f = false);
    };

    for block in blocks {
        if current.as_ref().is_some_and(|c| c.page != block.page) || current.is_none() {
            finish(current.take(), &mut page_terms_found);
            current = Some(PageResult {
                page: block.page,
                score: 0,
                hits: Vec::new(),
            });
            title_block = true;
        } else {
            title_block = false;
        }
        let folded: Vec<char> = block.folded.chars().collect();
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut distinct = 0u32;
        for (index, term) in terms.iter().enumerate() {
            let found = find_all(&folded, term);
            if !found.is_empty() {
                distinct += 1;
                page_terms_found[index] = true;
                ranges.extend(found.iter().map(|&start| (start, start + term.len())));
            }
        }
        if distinct == 0 {
            continue;
        }
        let Some(result) = current.as_mut() else {
            continue;
        };
        // The index starts every page with its title block; a title match weighs most and
        // needs no snippet, since the title is shown anyway.
        let is_title = title_block;
        let weight = if is_title { 50 } else { 1 };
        result.score += weight * (distinct * 10 + ranges.len() as u32);
        if !is_title && result.hits.len() < HITS_PER_PAGE {
            result.hits.push(BlockHit {
                anchor: block.anchor,
                snippet: snippet(block.text, ranges),
            });
        }
    }
    finish(current.take(), &mut page_terms_found);
    results.sort_by(|a, b| b.score.cmp(&a.score).then(a.page.cmp(&b.page)));
    results
}

/// Start positions (in chars) of every non-overlapping occurrence of `needle` in `haystack`.
fn find_all(haystack: &[char], needle: &[char]) -> Vec<usize> {
    let mut found = Vec::new();
    if needle.is_empty() || needle.len() > haystack.len() {
        return found;
    }
    let mut start = 0;
    while start + needle.len() <= haystack.len() {
        if haystack[start..start + needle.len()] == *needle {
            found.push(start);
            start += needle.len();
        } else {
            start += 1;
        }
    }
    found
}

/// Cuts a window of `text` around the first match and splits it into marked and plain parts.
/// `ranges` are char ranges into `text` (folding keeps char positions, see `fold`).
pub fn snippet(text: &str, mut ranges: Vec<(usize, usize)>) -> Vec<SnippetPart> {
    let chars: Vec<char> = text.chars().collect();
    // Ranges outside the text or empty are ignored rather than trusted.
    ranges.retain(|&(start, end)| start < end && end <= chars.len());
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let first = merged.first().map_or(0, |r| r.0);
    let mut from = first.saturating_sub(SNIPPET_CONTEXT);
    let mut to = (first + SNIPPET_CONTEXT * 2).min(chars.len());
    // Widen to word boundaries so the snippet does not start or end inside a word.
    while from > 0 && !chars[from - 1].is_whitespace() {
        from -= 1;
    }
    while to < chars.len() && !chars[to].is_whitespace() {
        to += 1;
    }
    let mut parts = Vec::new();
    let mut push = |text: String, marked: bool| {
        if !text.is_empty() {
            parts.push(SnippetPart { text, marked });
        }
    };
    if from > 0 {
        push("… ".to_string(), false);
    }
    let mut position = from;
    for (start, end) in merged {
        let (start, end) = (start.max(position), end.min(to));
        if start >= end {
            continue;
        }
        push(chars[position..start].iter().collect(), false);
        push(chars[start..end].iter().collect(), true);
        position = end;
    }
    if position < to {
        push(chars[position..to].iter().collect(), false);
    }
    if to < chars.len() {
        push(" …".to_string(), false);
    }
    parts
}
