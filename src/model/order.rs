//! A stable sort for the participant's short lists (statements, the zelftests and checklists
//! on one device, recovery copies): a binary insertion sort. The standard library's stable
//! sort is compiled again for every element type and comparison, about 3 KB of wasm each;
//! this is a few hundred bytes (docs/size.md). O(n log n) comparisons and O(n²) moves, so it
//! sorts references or small values, never long lists of large records.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (as `slice::sort_by`).
pub fn sort_stable_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for next in 1..items.len() {
        // Where items[next] goes among the sorted ones before it: after every equal one.
        let (mut low, mut high) = (0, next);
        while low < high {
            let mid = low + (high - low) / 2;
            if compare(&items[mid], &items[next]) == Ordering::Greater {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        for at in (low..next).rev() {
            items.swap(at, at + 1);
        }
    }
}
