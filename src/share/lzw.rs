//! The LZW coding of a link's reports, for browsers that cannot deflate
//! (links made before reports were deflated use it too): codes that grow
//! from 9 to 16 bits, read back strictly.

/// LZW with codes that grow from 9 to 16 bits, after a varint length
/// header; the dictionary freezes when full. Text compresses to about
/// half its size, which is what lets a report fit in a link.
pub fn compress(input: &[u8]) -> Vec<u8> {
    const MAX_CODE: u32 = 1 << 16;
    let mut out = BitWriter::default();
    out.varint(input.len() as u64);
    let Some((&first, rest)) = input.split_first() else {
        return out.finish();
    };
    let mut dictionary = Dictionary::default();
    let mut next = 256u32;
    let mut width = 9u32;
    let mut current = u32::from(first);
    for &byte in rest {
        let slot = dictionary.slot(current, byte);
        if let Some(code) = dictionary.code(slot) {
            current = code;
            continue;
        }
        out.bits(current, width);
        if next < MAX_CODE {
            dictionary.insert(slot, current, byte, next);
            next += 1;
            if next > (1 << width) && width < 16 {
                width += 1;
            }
        }
        current = u32::from(byte);
    }
    out.bits(current, width);
    out.finish()
}

/// The compressor's dictionary: a string's code by its prefix's code and
/// its last byte, in an open-addressed table with linear probing. It holds
/// at most 2^16 entries in 2^17 slots, so probes stay short; a hash map
/// would do the same with more code in the page.
struct Dictionary {
    /// Per slot: 0 when empty, else the key (plus one) above the code.
    slots: Vec<u64>,
}

impl Default for Dictionary {
    fn default() -> Dictionary {
        Dictionary { slots: vec![0; 1 << 17] }
    }
}

impl Dictionary {
    fn key(prefix: u32, byte: u8) -> u64 {
        (u64::from(prefix) << 8 | u64::from(byte)) + 1
    }

    /// The slot that holds `prefix` + `byte`, or the empty one where it goes.
    fn slot(&self, prefix: u32, byte: u8) -> usize {
        let key = Dictionary::key(prefix, byte);
        let mut at = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 47) as usize;
        while self.slots[at] != 0 && self.slots[at] >> 32 != key {
            at = (at + 1) & ((1 << 17) - 1);
        }
        at
    }

    fn code(&self, slot: usize) -> Option<u32> {
        (self.slots[slot] != 0).then_some(self.slots[slot] as u32)
    }

    fn insert(&mut self, slot: usize, prefix: u32, byte: u8, code: u32) {
        self.slots[slot] = Dictionary::key(prefix, byte) << 32 | u64::from(code);
    }
}

/// Reverses [`compress`]; `None` for input it could not have made.
pub fn decompress(input: &[u8]) -> Option<Vec<u8>> {
    const MAX_CODE: u32 = 1 << 16;
    let mut reader = BitReader { bytes: input, at: 0 };
    let length = usize::try_from(reader.varint()?).ok()?;
    if length > crate::library::MAX_REPORT_BYTES * 2 {
        return None;
    }
    let mut out: Vec<u8> = Vec::with_capacity(length.min(1 << 20));
    if length == 0 {
        return Some(out);
    }
    let mut entries: Vec<(u32, u8)> = Vec::new();
    let expand = |entries: &[(u32, u8)], mut code: u32, buffer: &mut Vec<u8>| -> Option<u8> {
        buffer.clear();
        while code >= 256 {
            let (prefix, byte) = *entries.get((code - 256) as usize)?;
            buffer.push(byte);
            code = prefix;
        }
        buffer.push(code as u8);
        buffer.reverse();
        buffer.first().copied()
    };
    let mut width = 9u32;
    let mut buffer = Vec::new();
    let mut previous = reader.bits(width)?;
    if previous >= 256 {
        return None;
    }
    out.push(previous as u8);
    while out.len() < length {
        let next = 256 + entries.len() as u32;
        let grows = next < MAX_CODE;
        if grows && next + 1 > (1 << width) && width < 16 {
            width += 1;
        }
        let code = reader.bits(width)?;
        let first = if code < next {
            expand(&entries, code, &mut buffer)?
        } else if code == next && grows {
            // The code being defined: previous string plus its own first byte.
            let head = expand(&entries, previous, &mut buffer)?;
            buffer.push(head);
            head
        } else {
            return None;
        };
        if grows {
            entries.push((previous, first));
        }
        out.extend_from_slice(&buffer);
        previous = code;
    }
    out.truncate(length);
    Some(out)
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    acc: u64,
    count: u32,
}

impl BitWriter {
    fn bits(&mut self, value: u32, width: u32) {
        self.acc |= u64::from(value) << self.count;
        self.count += width;
        while self.count >= 8 {
            self.bytes.push(self.acc as u8);
            self.acc >>= 8;
            self.count -= 8;
        }
    }

    fn varint(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u32;
            value >>= 7;
            self.bits(byte | if value > 0 { 0x80 } else { 0 }, 8);
            if value == 0 {
                break;
            }
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.bytes.push(self.acc as u8);
        }
        self.bytes
    }
}

struct BitReader<'a> {
    bytes: &'a [u8],
    at: u64,
}

impl BitReader<'_> {
    fn bits(&mut self, width: u32) -> Option<u32> {
        let mut value = 0u32;
        for i in 0..width {
            let byte = *self.bytes.get((self.at / 8) as usize)?;
            let bit = (byte >> (self.at % 8)) & 1;
            value |= u32::from(bit) << i;
            self.at += 1;
        }
        Some(value)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.bits(8)?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
}
