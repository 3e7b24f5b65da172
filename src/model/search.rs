//! Full-text search over the guidance and the app's tools: Dutch-aware matching on the
//! compile-time index, page ranking and highlighted snippets. Pure: any query, of any length
//! or content, is safe.
//!
//! Matching is by words, never inside arbitrary words: folding makes "één" and "een" equal,
//! and a plain substring search would then mark "gem**een**te" on every page. A term of fewer
//! than [`PREFIX_MIN`] letters matches whole words only; a longer term also matches the start
//! of a word ("klankbord" finds "klankbordgroep"), and a term of [`INSIDE_MIN`] letters or more
//! also the end of a compound ("participatie" finds "burgerparticipatie"). Matches that keep
//! the query's accents rank first, then whole words, then word starts, then compounds.

use crate::content::SearchBlock;
use crate::model::fold::{fold, fold_char};

/// Longest query we look at; the rest is ignored so a pasted novel stays instant.
const MAX_QUERY_CHARS: usize = 200;
const MAX_TERMS: usize = 8;
/// Characters of context on each side of the first match in a snippet.
const SNIPPET_CONTEXT: usize = 70;
const HITS_PER_PAGE: usize = 3;
/// Terms at least this long also match the start of a longer word.
pub const PREFIX_MIN: usize = 4;
/// Terms at least this long also match inside a compound word.
pub const INSIDE_MIN: usize = 7;

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

/// How well one occurrence matches a term; higher is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// Inside a compound word ("burger**participatie**").
    Inside,
    /// The start of a longer word ("**klankbord**groep").
    Prefix,
    /// A whole word, equal after folding ("een" for "één").
    Word,
    /// A whole word, equal up to case, accents included.
    Exact,
}

impl MatchKind {
    fn weight(self) -> u32 {
        match self {
            MatchKind::Inside => 1,
            MatchKind::Prefix => 2,
            MatchKind::Word => 3,
            MatchKind::Exact => 4,
        }
    }
}

/// One search term: folded for matching, lower-cased with its accents for "exact".
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    folded: Vec<char>,
    exact: Vec<char>,
}

/// Lower case, one char for one char (as [`fold_char`] does, but keeping accents).
fn lower_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// Letters and digits make words; everything else separates them.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn query_terms(query: &str) -> Vec<Term> {
    let limited: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let mut terms: Vec<Term> = Vec::new();
    for word in limited.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '"')) {
        // "raad." and "(raad" search for "raad"; "raad-college" keeps its hyphen.
        let word = word.trim_matches(|c: char| !fold_char(c).is_alphanumeric());
        let term = Term {
            folded: word.chars().map(fold_char).collect(),
            exact: word.chars().map(lower_char).collect(),
        };
        if !term.folded.is_empty() && !terms.iter().any(|t| t.folded == term.folded) {
            terms.push(term);
        }
        if terms.len() == MAX_TERMS {
            break;
        }
    }
    terms
}

/// Splits a query into folded, de-duplicated terms. Empty when there is nothing to search.
pub fn terms(query: &str) -> Vec<Vec<char>> {
    query_terms(query).into_iter().map(|t| t.folded).collect()
}

/// Every non-overlapping occurrence of `term` in `folded` that the word rules allow (see the
/// module comment), as (start, kind). `original` is the unfolded text, same char count.
fn find_matches(folded: &[char], original: &[char], term: &Term) -> Vec<(usize, MatchKind)> {
    let needle = &term.folded;
    let mut found = Vec::new();
    if needle.is_empty() || needle.len() > folded.len() {
        return found;
    }
    let mut start = 0;
    while start + needle.len() <= folded.len() {
        let end = start + needle.len();
        if folded[start..end] != needle[..] {
            start += 1;
            continue;
        }
        let starts_word = start == 0 || !is_word_char(folded[start - 1]);
        let ends_word = end == folded.len() || !is_word_char(folded[end]);
        let kind = if starts_word && ends_word {
            let same = original.get(start..end).is_some_and(|o| {
                o.iter()
                    .map(|&c| lower_char(c))
                    .eq(term.exact.iter().copied())
            });
            Some(if same {
                MatchKind::Exact
            } else {
                MatchKind::Word
            })
        } else if starts_word && needle.len() >= PREFIX_MIN {
            Some(MatchKind::Prefix)
        } else if !starts_word && needle.len() >= INSIDE_MIN {
            Some(MatchKind::Inside)
        } else {
            None
        };
        match kind {
            Some(kind) => {
                found.push((start, kind));
                start = end;
            }
            None => start += 1,
        }
    }
    found
}

/// Searches `blocks` for pages that contain every term of `query`, best first: pages whose
/// matches are closest to the query (accents, whole words) first, then by score, where a
/// match in the title weighs most.
pub fn search(blocks: &[SearchBlock], query: &str) -> Vec<PageResult> {
    let terms = query_terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    // (result, best kind per term on the page)
    let mut results: Vec<(PageResult, u32)> = Vec::new();
    let mut best: Vec<Option<MatchKind>> = vec![None; terms.len()];
    let mut current: Option<PageResult> = None;
    let mut title_block;

    let mut finish = |current: Option<PageResult>, best: &mut Vec<Option<MatchKind>>| {
        if let Some(result) = current {
            if best.iter().all(Option::is_some) && result.score > 0 {
                let quality = best.iter().flatten().map(|k| k.weight()).sum();
                results.push((result, quality));
            }
        }
        best.iter_mut().for_each(|b| *b = None);
    };

    for block in blocks {
        if current.as_ref().is_none_or(|c| c.page != block.page) {
            finish(current.take(), &mut best);
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
        let original: Vec<char> = block.text.chars().collect();
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut distinct = 0u32;
        let mut weights = 0u32;
        for (index, term) in terms.iter().enumerate() {
            let found = find_matches(&folded, &original, term);
            if found.is_empty() {
                continue;
            }
            distinct += 1;
            for &(start, kind) in &found {
                weights += kind.weight();
                best[index] = best[index].max(Some(kind));
                ranges.push((start, start + term.folded.len()));
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
        let weight = if title_block { 50 } else { 1 };
        result.score = result
            .score
            .saturating_add(weight * (distinct * 10 + weights));
        if !title_block && result.hits.len() < HITS_PER_PAGE {
            result.hits.push(BlockHit {
                anchor: block.anchor,
                snippet: snippet(block.text, ranges),
            });
        }
    }
    finish(current.take(), &mut best);
    results.sort_by(|(a, qa), (b, qb)| {
        qb.cmp(qa)
            .then(b.score.cmp(&a.score))
            .then(a.page.cmp(&b.page))
    });
    results.into_iter().map(|(result, _)| result).collect()
}

/// A tool as search finds it, and every tool in routes.json's order (generated from it).
pub use crate::routes::{SearchEntry as Tool, SEARCH as TOOLS};

/// The tools that match every term of `query`, those whose name matches first.
pub fn search_tools(query: &str) -> Vec<&'static Tool> {
    let terms = query_terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u32, usize, &'static Tool)> = Vec::new();
    for (index, tool) in TOOLS.iter().enumerate() {
        let name: Vec<char> = tool.name.chars().collect();
        // Names and their other words only: the description is full of common words ("een").
        let all = format!("{} {}", tool.name, tool.words);
        let all_chars: Vec<char> = all.chars().collect();
        let all_folded: Vec<char> = fold(&all).chars().collect();
        let name_folded: Vec<char> = fold(tool.name).chars().collect();
        let mut rank = 0;
        let mut every = true;
        for term in &terms {
            let in_name = find_matches(&name_folded, &name, term);
            if let Some(best) = in_name.iter().map(|m| m.1).max() {
                rank += 10 * best.weight();
            } else if !find_matches(&all_folded, &all_chars, term).is_empty() {
                rank += 1;
            } else {
                every = false;
                break;
            }
        }
        if every {
            found.push((rank, index, tool));
        }
    }
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(_, _, tool)| tool).collect()
}

/// The marked ranges of `text` for `query`, by the same word rules as [`search`]: for
/// highlighting tool descriptions.
pub fn highlight(text: &str, query: &str) -> Vec<SnippetPart> {
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = fold(text).chars().collect();
    let mut ranges = Vec::new();
    for term in query_terms(query) {
        for (start, _) in find_matches(&folded, &chars, &term) {
            ranges.push((start, start + term.folded.len()));
        }
    }
    if ranges.is_empty() {
        return vec![SnippetPart {
            text: text.to_string(),
            marked: false,
        }];
    }
    snippet(text, ranges)
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
