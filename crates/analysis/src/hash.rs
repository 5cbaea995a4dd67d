//! A fast, non-cryptographic hasher for the crate's hash maps and sets.
//!
//! The standard `RandomState` (SipHash-1-3) resists collision attacks, which
//! a word list or a report's vocabulary does not need: the keys are short
//! words and small integers, and a report that collides its own words only
//! slows its own analysis. SipHash was ~5% of the analysis time; this is
//! the multiply-rotate step of rustc's `FxHasher`, which takes a word of
//! input in two instructions, and MurmurHash3's 64-bit finalizer. The
//! step alone spreads a word's bits only upwards, so keys that differ in
//! their high bits alone (the `f64::to_bits` of round numbers, which
//! `compare` groups figures by) fell into a handful of buckets: comparing
//! two 5 MB reports took 1.3 s instead of 0.2 s. The finalizer mixes every
//! bit of the state into every bit of the hash.
//!
//! Invariant: nothing in the crate may depend on the iteration order of a
//! map or set, with this hasher or any other; every order that reaches the
//! output is made explicit by sorting.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with the fast hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` with the fast hasher.
pub(crate) type FastSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

/// The multiplier of rustc's `FxHasher` (64-bit).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Hashes words and integers by rotating, xoring and multiplying 64-bit
/// words. Deterministic: the same key hashes the same on every run and
/// target (it works in `u64` on wasm32 too).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FastHasher {
    hash: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length keeps "ab" and "ab\0" apart.
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u16(&mut self, n: u16) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.hash;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn keys_differing_in_high_bits_spread_over_low_bits() {
        // Round numbers as f64 bits: only their high bits differ.
        let build = BuildHasherDefault::<FastHasher>::default();
        let buckets: FastSet<u64> = (0..1000u32).map(|n| build.hash_one(f64::from(n).to_bits()) & 1023).collect();
        assert!(buckets.len() > 500, "{} buckets of 1024", buckets.len());
    }

    #[test]
    fn equal_keys_hash_equal_and_short_keys_differ() {
        let build = BuildHasherDefault::<FastHasher>::default();
        assert_eq!(build.hash_one("mexico"), build.hash_one(String::from("mexico")));
        let words = ["", "a", "ab", "ab\0", "abcdefgh", "abcdefghi", "mexico", "mexico city"];
        for (i, x) in words.iter().enumerate() {
            for y in &words[i + 1..] {
                assert_ne!(build.hash_one(x), build.hash_one(y), "{x:?} {y:?}");
            }
        }
    }
}
