//! Native throughput of the analysis on news-like text.
//!
//! `cargo bench -p parallax-analysis --bench throughput` prints one JSON line per
//! measurement (`scripts/bench` collects them into BENCHMARKS.md). Each
//! figure is the median of several runs after a warm-up.
//!
//! Natively, a long report's names and figures are found on two threads
//! where there are two cores: each line says how many cores the run had.
//! The story lines time `analyze_story` on stories of 2 to 12 reports of
//! about 50 KB each (the reports analysed together, every pair compared,
//! and the coverage gathered). `-- lone` measures lone analyses only; `scripts/bench` runs it again on
//! one core (`taskset -c 0`), for the single-threaded figure.

#[path = "../tests/support/corpus.rs"]
mod corpus;

use std::time::Instant;

use parallax_analysis::{Input, analyze, analyze_story};
use parallax_model::Corrections;

fn median_ms(runs: usize, mut work: impl FnMut()) -> f64 {
    work();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let lone_only = std::env::args().any(|arg| arg == "lone");
    let pairs: &[usize] = if lone_only { &[] } else { &[50_000, 500_000, 5_000_000] };
    for &size in pairs {
        let a = corpus::of_size(size);
        let b = corpus::counterpart_of_size(size);
        let runs = if size > 1_000_000 { 3 } else { 9 };
        let pair = median_ms(runs, || {
            std::hint::black_box(analyze(&[Input::new(&a), Input::new(&b)]));
        });
        let alone = median_ms(runs, || {
            std::hint::black_box(analyze(&[Input::new(&a)]));
            std::hint::black_box(analyze(&[Input::new(&b)]));
        });
        println!(
            "{{\"bench\":\"compare\",\"where\":\"native\",\"bytes\":{},\"pair_ms\":{:.2},\"compare_ms\":{:.2}}}",
            a.len(),
            pair,
            (pair - alone).max(0.0)
        );
    }
    let stories: &[usize] = if lone_only { &[] } else { &[2, 4, 8, 12] };
    for &count in stories {
        let texts = corpus::story(count, 50_000);
        let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
        let ms = median_ms(5, || {
            std::hint::black_box(analyze_story(&inputs, &Corrections::default()));
        });
        let bytes = texts.iter().map(String::len).sum::<usize>() / count;
        println!("{{\"bench\":\"story\",\"where\":\"native\",\"reports\":{count},\"bytes\":{bytes},\"median_ms\":{ms:.2}}}");
    }
    for size in [100_000, 1_000_000, 5_000_000] {
        let text = corpus::of_size(size);
        let runs = if size > 1_000_000 { 3 } else { 9 };
        let ms = median_ms(runs, || {
            std::hint::black_box(analyze(&[Input::new(&text)]));
        });
        let mb_per_s = text.len() as f64 / 1e6 / (ms / 1000.0);
        println!(
            "{{\"bench\":\"analyze\",\"where\":\"native\",\"cores\":{},\"bytes\":{},\"median_ms\":{:.2},\"mb_per_s\":{:.2}}}",
            cores,
            text.len(),
            ms,
            mb_per_s
        );
    }
}
