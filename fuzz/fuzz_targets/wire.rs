//! Fuzzes `parallax_model::wire::decode`, which reads the analyses the page
//! gets from its worker, with arbitrary bytes, and checks that:
//!
//! - it never panics, overflows its stack or allocates without bound,
//!   whatever lengths the bytes claim (a crash or an out-of-memory is
//!   reported by libFuzzer);
//! - what it accepts is an analysis it can write again: `encode` of it
//!   decodes, and encodes to the same bytes (compared as bytes, so that a
//!   NaN read from the input compares equal to itself).

#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_model::wire::{decode, encode};

fuzz_target!(|data: &[u8]| {
    if let Some(analysis) = decode(data) {
        let written = encode(&analysis);
        let again = decode(&written).expect("the wire form of a decoded analysis decodes");
        assert_eq!(encode(&again), written, "decoding and encoding again changed the bytes");
    }
});
