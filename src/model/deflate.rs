//! Raw DEFLATE (RFC 1951) for share links, small enough for the participant's bundles: one
//! final block with the fixed Huffman codes, and LZ77 matches that may reach back into a
//! preset dictionary. Why not `miniz_oxide`'s compressor: it carries dynamic Huffman tables
//! and two match finders, about 14 KB of wasm (5 KB gzip) in every bundle that shares a
//! result, and for a share link (a few hundred bytes after the dictionary) the fixed codes
//! cost only 2–3 % more bytes (docs/size.md has the figures; `tests/deflate.rs` compares the
//! two). Decoding stays with `miniz_oxide`'s inflater, which reads any valid stream.

const WINDOW: usize = 32 * 1024;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
/// How many earlier positions with the same three bytes are tried for one match.
const MAX_CHAIN: usize = 256;
/// A match this long is taken without looking further.
const NICE_MATCH: usize = 128;
const HASH_BITS: u32 = 14;
const NONE: u32 = u32::MAX;

const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LENGTH_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DISTANCE_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// Raw DEFLATE of `input` as one final block with the fixed Huffman codes. Matches may refer
/// back into `dictionary` (its last 32 KB), which the decoder must have in its window first.
pub fn deflate_with_preset(dictionary: &[u8], input: &[u8]) -> Vec<u8> {
    let dictionary = dictionary
        .get(dictionary.len().saturating_sub(WINDOW)..)
        .unwrap_or(dictionary);
    let mut data = Vec::with_capacity(dictionary.len() + input.len());
    data.extend_from_slice(dictionary);
    data.extend_from_slice(input);
    let mut matcher = Matcher::new(&data);
    for position in 0..dictionary.len() {
        matcher.insert(position);
    }
    let mut out = BitWriter::default();
    out.bits(1, 1); // BFINAL: the only block
    out.bits(1, 2); // BTYPE 01: fixed Huffman codes
    let mut at = dictionary.len();
    while at < data.len() {
        let (length, distance) = matcher.longest(at);
        matcher.insert(at);
        // One step of lazy matching: a longer match at the next byte wins over this one.
        if length >= MIN_MATCH && matcher.longest(at + 1).0 <= length {
            out.length(length);
            out.distance(distance);
            for position in at + 1..at + length {
                matcher.insert(position);
            }
            at += length;
        } else {
            out.literal(data.get(at).copied().unwrap_or(0));
            at += 1;
        }
    }
    out.symbol(256); // end of block
    out.finish()
}

/// Hash chains over `data`: for each position, the previous one whose next three bytes hash
/// alike.
struct Matcher<'a> {
    data: &'a [u8],
    head: Vec<u32>,
    previous: Vec<u32>,
}

impl<'a> Matcher<'a> {
    fn new(data: &'a [u8]) -> Self {
        Matcher {
            data,
            head: vec![NONE; 1 << HASH_BITS],
            previous: vec![NONE; data.len()],
        }
    }

    fn hash(&self, at: usize) -> Option<usize> {
        let bytes = self.data.get(at..at + MIN_MATCH)?;
        let value = (u32::from(bytes[0]) << 16) | (u32::from(bytes[1]) << 8) | u32::from(bytes[2]);
        Some((value.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize)
    }

    fn insert(&mut self, at: usize) {
        if let Some(hash) = self.hash(at) {
            self.previous[at] = self.head[hash];
            self.head[hash] = at as u32;
        }
    }

    /// The longest earlier match for the bytes at `at` (length, distance); length 0 if none.
    fn longest(&self, at: usize) -> (usize, usize) {
        let Some(hash) = self.hash(at) else {
            return (0, 0);
        };
        let limit = MAX_MATCH.min(self.data.len() - at);
        let (mut best, mut best_distance) = (0, 0);
        let mut candidate = self.head[hash];
        for _ in 0..MAX_CHAIN {
            if candidate == NONE {
                break;
            }
            let from = candidate as usize;
            let distance = at - from;
            if distance > WINDOW {
                break;
            }
            let length = self.data[from..]
                .iter()
                .zip(&self.data[at..at + limit])
                .take_while(|(a, b)| a == b)
                .count();
            if length > best {
                best = length;
                best_distance = distance;
                if length >= NICE_MATCH.min(limit) {
                    break;
                }
            }
            candidate = self.previous[from];
        }
        if best >= MIN_MATCH {
            (best, best_distance)
        } else {
            (0, 0)
        }
    }
}

/// Bits into bytes, least significant bit first (as DEFLATE packs them).
#[derive(Default)]
struct BitWriter {
    out: Vec<u8>,
    pending: u32,
    count: u32,
}

impl BitWriter {
    fn bits(&mut self, value: u32, count: u32) {
        self.pending |= value << self.count;
        self.count += count;
        while self.count >= 8 {
            self.out.push(self.pending as u8);
            self.pending >>= 8;
            self.count -= 8;
        }
    }

    /// A Huffman code, which DEFLATE writes from its most significant bit.
    fn code(&mut self, code: u32, length: u32) {
        let reversed = code.reverse_bits() >> (32 - length);
        self.bits(reversed, length);
    }

    /// A literal/length symbol in the fixed code (RFC 1951, 3.2.6).
    fn symbol(&mut self, symbol: u16) {
        let symbol = u32::from(symbol);
        match symbol {
            0..=143 => self.code(0x30 + symbol, 8),
            144..=255 => self.code(0x190 + symbol - 144, 9),
            256..=279 => self.code(symbol - 256, 7),
            _ => self.code(0xC0 + symbol - 280, 8),
        }
    }

    fn literal(&mut self, byte: u8) {
        self.symbol(u16::from(byte));
    }

    /// A match length (3–258): its symbol, then its extra bits.
    fn length(&mut self, length: usize) {
        let length = length as u16;
        let index = LENGTH_BASE
            .iter()
            .rposition(|&base| base <= length)
            .unwrap_or(0);
        self.symbol(257 + index as u16);
        self.bits(
            u32::from(length - LENGTH_BASE[index]),
            u32::from(LENGTH_EXTRA[index]),
        );
    }

    /// A match distance (1–32768): its fixed five-bit code, then its extra bits.
    fn distance(&mut self, distance: usize) {
        let distance = distance as u16;
        let index = DISTANCE_BASE
            .iter()
            .rposition(|&base| base <= distance)
            .unwrap_or(0);
        self.code(index as u32, 5);
        self.bits(
            u32::from(distance - DISTANCE_BASE[index]),
            u32::from(DISTANCE_EXTRA[index]),
        );
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.out.push(self.pending as u8);
        }
        self.out
    }
}
