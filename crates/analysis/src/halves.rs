//! A long report's work in two halves, at once where the platform has
//! threads.
//!
//! Cutting a report into tokens looks at one paragraph at a time, and
//! finding names, dates and figures at one sentence at a time: cut a long
//! report's paragraphs or sentences in two, work on each half on a thread
//! of its own and join the halves' results in order, and the result is the
//! one a single pass gives, in about half the time on a machine with two
//! cores. Short reports, single-core machines and WebAssembly get the
//! single pass.

use std::ops::Range;

/// Reports with fewer tokens than this (about 150 KB of news) get a single
/// pass: starting a thread would cost about as much as it saves.
pub(crate) const FROM_TOKENS: usize = 1 << 15;

/// The same for the bytes of a report's body.
pub(crate) const FROM_BYTES: usize = 150_000;

/// `work` over `0..count`, or, with a `middle` and cores to spare,
/// [`in_halves`].
pub(crate) fn by_halves<T: Send>(
    count: usize,
    middle: Option<usize>,
    work: impl Fn(Range<usize>) -> T + Sync,
    join: impl FnOnce(T, T) -> T,
) -> T {
    match middle.filter(|_| has_cores_to_spare()) {
        Some(middle) => in_halves(count, middle, work, join),
        None => work(0..count),
    }
}

/// `join` of `work` over `0..middle` and over `middle..count`, the second
/// half on a thread of its own.
pub(crate) fn in_halves<T: Send>(
    count: usize,
    middle: usize,
    work: impl Fn(Range<usize>) -> T + Sync,
    join: impl FnOnce(T, T) -> T,
) -> T {
    let middle = middle.min(count);
    let (first, second) = both(&work, 0..middle, middle..count);
    join(first, second)
}

/// Whether this machine runs more than one thread at a time.
#[cfg(not(target_family = "wasm"))]
fn has_cores_to_spare() -> bool {
    std::thread::available_parallelism().is_ok_and(|cores| cores.get() > 1)
}

#[cfg(target_family = "wasm")]
fn has_cores_to_spare() -> bool {
    false
}

/// The stack of the second half's thread: as deep as a main thread's, so
/// that no input the single pass can take overflows it.
#[cfg(not(target_family = "wasm"))]
const STACK_BYTES: usize = 8 << 20;

/// `work` over `first` and over `second`, the second on a thread of its
/// own (or here too, if no thread can be started).
#[cfg(not(target_family = "wasm"))]
fn both<T: Send>(work: &(impl Fn(Range<usize>) -> T + Sync), first: Range<usize>, second: Range<usize>) -> (T, T) {
    std::thread::scope(|scope| {
        let on_thread = second.clone();
        let thread = std::thread::Builder::new().stack_size(STACK_BYTES).spawn_scoped(scope, move || work(on_thread));
        let done = work(first);
        let other = match thread {
            Ok(thread) => thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => work(second),
        };
        (done, other)
    })
}

#[cfg(target_family = "wasm")]
fn both<T>(work: &impl Fn(Range<usize>) -> T, first: Range<usize>, second: Range<usize>) -> (T, T) {
    (work(first), work(second))
}

#[cfg(test)]
pub(crate) mod tests {
    /// A report of many sentences, with names, dates and figures: the two
    /// embedded reports, twice.
    pub fn long_report() -> String {
        let a = include_str!("../../../reports/000_3c10382c046089de.txt");
        let b = include_str!("../../../reports/003_9b3f9fb4060360a3.txt");
        [a, b, a, b].join("\n\n")
    }
}
