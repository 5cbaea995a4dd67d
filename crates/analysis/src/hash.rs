//! The hasher of the crate's hash maps and sets: foldhash's fast hasher,
//! with a fixed seed.
//!
//! The standard `RandomState` (SipHash-1-3) resists collision attacks, which
//! a word list or a report's vocabulary does not need: the keys are short
//! words and small integers, and a report that collides its own words only
//! slows its own analysis. SipHash was ~5% of the analysis time. foldhash
//! (hashbrown's default hasher) is fast on short keys, and its `fast`
//! variant is made for hash tables: keys that differ in their high bits
//! alone (the `f64::to_bits` of round numbers, which `compare` groups
//! figures by) spread over the buckets, instead of falling into a handful
//! as they did with a plain multiply-rotate hasher (comparing two 5 MB
//! reports took 1.3 s instead of 0.2 s). The fixed seed makes every run
//! hash alike, so that a bug letting an order slip through would show in
//! every run, not now and then.
//!
//! Nothing stored or shown is hashed with it: the ids of the user's reports
//! and the checksums of links are FNV-1a, whose values are pinned by tests
//! (`src/library.rs`, `src/share.rs`) because they outlive a release.
//!
//! Invariant: nothing in the crate may depend on the iteration order of a
//! map or set, with this hasher or any other; every order that reaches the
//! output is made explicit by sorting.

use std::collections::{HashMap, HashSet};

/// How the maps and sets below hash: foldhash, fixed seed.
pub(crate) type FastState = foldhash::fast::FixedState;

/// A `HashMap` with the fast hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, FastState>;

/// A `HashSet` with the fast hasher.
pub(crate) type FastSet<T> = HashSet<T, FastState>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn keys_differing_in_high_bits_spread_over_low_bits() {
        // Round numbers as f64 bits: only their high bits differ.
        let build = FastState::default();
        let buckets: FastSet<u64> = (0..1000u32).map(|n| build.hash_one(f64::from(n).to_bits()) & 1023).collect();
        assert!(buckets.len() > 500, "{} buckets of 1024", buckets.len());
    }

    #[test]
    fn equal_keys_hash_equal_and_short_keys_differ() {
        let build = FastState::default();
        assert_eq!(build.hash_one("mexico"), build.hash_one(String::from("mexico")));
        let words = ["", "a", "ab", "ab\0", "abcdefgh", "abcdefghi", "mexico", "mexico city"];
        for (i, x) in words.iter().enumerate() {
            for y in &words[i + 1..] {
                assert_ne!(build.hash_one(x), build.hash_one(y), "{x:?} {y:?}");
            }
        }
    }

    #[test]
    fn the_same_key_hashes_the_same_in_every_map() {
        assert_eq!(FastState::default().hash_one("lima"), FastState::default().hash_one("lima"));
    }
}
