//! Scores the comparison on the real-news development set: for the pairs
//! of reports of one story, whether each figure's row in the ledger has
//! the status the annotators gave it (both reports state the quantity and
//! agree, or conflict; or only one states it), whether the ledger pairs
//! figures of the same quantity, and how many of the annotated passage
//! pairs (sentences that state the same fact) the alignment finds.
//!
//! `DEVSET_VERBOSE=1` lists every wrong status and every missed or wrong
//! passage pair.

#[allow(dead_code)]
#[path = "support/gold.rs"]
mod gold;

use std::fmt::Write as _;

use gold::{Counts, Gold, Story, real_stories};
use parallax_analysis::{Input, alignment_candidates, analyze, paraphrase};
use parallax_model::{Analysis, FigureStatus, Report, Span};

fn verbose() -> bool {
    std::env::var_os("DEVSET_VERBOSE").is_some()
}

/// The gold figure of `gold` that a found figure is, by overlapping span
/// and value.
fn gold_figure(gold: &Gold, report: &Report, index: usize) -> Option<usize> {
    let figure = report.figures.get(index)?;
    gold.figures.iter().position(|g| {
        figure.span.start < g.end
            && g.start < figure.span.end
            && (figure.value - g.value).abs() <= 1e-6 * figure.value.abs().max(g.value.abs()).max(1.0)
    })
}

/// The status the annotators give a gold figure of report `side` (0: A,
/// 1: B).
fn gold_status(story: &Story, side: usize, figure: usize) -> FigureStatus {
    let gold = if side == 0 { &story.a } else { &story.b };
    let key = gold.figures[figure].key.as_deref();
    match key.and_then(|k| story.statuses.iter().find(|(key, _)| key == k)) {
        Some((_, true)) => FigureStatus::Agree,
        Some((_, false)) => FigureStatus::Conflict,
        None if side == 0 => FigureStatus::OnlyA,
        None => FigureStatus::OnlyB,
    }
}

/// Figure scores of one story: statuses right of the gold figures the
/// analysis found (`true_positive` of `gold`), and rows pairing two
/// figures of the same quantity (`true_positive` of `predicted`: pairs;
/// `gold`: the keys both reports state).
fn score_figures(story: &Story, analysis: &Analysis, out: &mut String) -> (Counts, Counts, usize) {
    let (Some(comparison), [a, b]) = (&analysis.comparison, &analysis.reports[..]) else {
        return (Counts::default(), Counts::default(), 0);
    };
    let mut statuses = Counts::default();
    let mut pairs = Counts { gold: story.statuses.len(), ..Counts::default() };
    let mut paired_keys: Vec<&str> = Vec::new();
    for row in &comparison.figures {
        let golds_a: Vec<usize> = row.a.iter().filter_map(|&i| gold_figure(&story.a, a, i)).collect();
        let golds_b: Vec<usize> = row.b.iter().filter_map(|&i| gold_figure(&story.b, b, i)).collect();
        for (side, golds) in [(0, &golds_a), (1, &golds_b)] {
            for &g in golds {
                statuses.gold += 1;
                let want = gold_status(story, side, g);
                // The annotators' "agree" covers both the same number and
                // numbers the qualifiers or rounding reconcile.
                let right = row.status == want || (want == FigureStatus::Agree && row.status == FigureStatus::Compatible);
                if right {
                    statuses.true_positive += 1;
                } else if verbose() {
                    let gold = if side == 0 { &story.a } else { &story.b };
                    let text = &gold.text[gold.figures[g].start..gold.figures[g].end];
                    let _ = writeln!(out, "  {}: {text:?} is {want:?}, shown {:?}", story.name, row.status);
                }
            }
        }
        if !row.a.is_empty() && !row.b.is_empty() {
            pairs.predicted += 1;
            let key_of = |gold: &Gold, gs: &[usize]| -> Vec<String> {
                gs.iter().filter_map(|&g| gold.figures[g].key.clone()).collect()
            };
            let (ka, kb) = (key_of(&story.a, &golds_a), key_of(&story.b, &golds_b));
            if let Some(key) = ka.iter().find(|k| kb.contains(k)) {
                pairs.true_positive += 1;
                if let Some((known, _)) = story.statuses.iter().find(|(k, _)| k == key)
                    && !paired_keys.contains(&known.as_str())
                {
                    paired_keys.push(known.as_str());
                }
            } else if verbose() {
                let _ = writeln!(out, "  {}: wrong pair {:?} / {:?}", story.name, ka, kb);
            }
        }
    }
    let keys_paired = paired_keys.len();
    (statuses, pairs, keys_paired)
}

/// The spans of `text` wherever it occurs in `haystack`: a sentence a
/// report repeats (its headline again above the story) is annotated once,
/// by its words, and pairs wherever it stands.
fn spans_of(haystack: &str, text: &str) -> Vec<Span> {
    haystack.match_indices(text).map(|(at, _)| Span::new(at, at + text.len())).collect()
}

/// An annotated pair: where its sentence of A stands, and its sentence of
/// B (every occurrence of each).
type GoldPair = (Vec<Span>, Vec<Span>);

/// The annotated pairs of `story` whose sentences both occur.
fn gold_spans(story: &Story, pairs: &[(String, String)]) -> Vec<GoldPair> {
    pairs
        .iter()
        .map(|(ta, tb)| (spans_of(&story.a.text, ta), spans_of(&story.b.text, tb)))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .collect()
}

/// Whether the pair of spans (`a`, `b`) is the annotated pair `gold`.
fn is_pair(a: Span, b: Span, (ga, gb): &GoldPair) -> bool {
    ga.iter().any(|g| a.overlaps(*g)) && gb.iter().any(|g| b.overlaps(*g))
}

/// Passage scores of one story: aligned pairs that match an annotated pair
/// (a best counterpart or one marked `also`), aligned pairs that match a
/// best counterpart, aligned pairs, best counterparts found, best
/// counterparts annotated.
fn score_passages(story: &Story, gold_pairs: &[(String, String)], analysis: &Analysis, out: &mut String) -> [usize; 5] {
    let Some(comparison) = &analysis.comparison else { return [0; 5] };
    let gold = gold_spans(story, gold_pairs);
    let also = gold_spans(story, &story.also);
    let matches = |p: &parallax_model::Passage, g: &GoldPair| is_pair(p.a, p.b, g);
    let strict = comparison.passages.iter().filter(|p| gold.iter().any(|g| matches(p, g))).count();
    let right = comparison.passages.iter().filter(|p| gold.iter().chain(&also).any(|g| matches(p, g))).count();
    let found = gold.iter().filter(|g| comparison.passages.iter().any(|p| matches(p, g))).count();
    if verbose() {
        for p in comparison.passages.iter().filter(|p| !gold.iter().chain(&also).any(|g| matches(p, g))) {
            let (ta, tb) = (p.a.slice(&story.a.text), p.b.slice(&story.b.text));
            let _ = writeln!(out, "  {}: wrong pair {ta:?} / {tb:?}", story.name);
        }
        for (ga, gb) in gold.iter().filter(|g| !comparison.passages.iter().any(|p| matches(p, g))) {
            let (ta, tb) = (ga[0].slice(&story.a.text), gb[0].slice(&story.b.text));
            let _ = writeln!(out, "  {}: missed pair {ta:?} / {tb:?}", story.name);
        }
    }
    [right, strict, comparison.passages.len(), found, gold.len()]
}

#[test]
fn real_news_comparison() {
    let stories = real_stories();
    let mut details = String::new();
    let (mut statuses, mut pairs) = (Counts::default(), Counts::default());
    // Aligned pairs right, right by the best counterparts alone, aligned,
    // best counterparts found, best counterparts annotated.
    let mut passage_counts = [0usize; 5];
    let mut annotated = 0;
    let mut keys_paired = 0;
    for story in &stories {
        let analysis = analyze(&[Input::new(&story.a.text), Input::new(&story.b.text)]);
        let (s, p, keys) = score_figures(story, &analysis, &mut details);
        statuses.add(s);
        pairs.add(p);
        keys_paired += keys;
        if let Some(gold_pairs) = &story.passages {
            annotated += 1;
            let counts = score_passages(story, gold_pairs, &analysis, &mut details);
            passage_counts.iter_mut().zip(counts).for_each(|(total, c)| *total += c);
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let [passage_right, passage_strict, passage_predicted, passage_found, passage_gold] = passage_counts;
    let mut table = String::new();
    let _ = writeln!(table, "\ncomparison on {} real stories ({annotated} with aligned passages):", stories.len());
    let _ = writeln!(
        table,
        "  figure statuses right       {:.3}  ({} of {} figures found in rows)",
        statuses.recall(),
        statuses.true_positive,
        statuses.gold
    );
    let _ = writeln!(
        table,
        "  figure pairs                P {:.3}  R {:.3}  ({} pairs shown, {} quantities both state)",
        pairs.precision(),
        ratio(keys_paired, pairs.gold),
        pairs.predicted,
        pairs.gold
    );
    let _ = writeln!(
        table,
        "  aligned passages            P {:.3}  R {:.3}  ({passage_predicted} aligned, {passage_gold} annotated)",
        ratio(passage_right, passage_predicted),
        ratio(passage_found, passage_gold),
    );
    let _ = writeln!(
        table,
        "                              P {:.3} if only each sentence's best counterpart is right",
        ratio(passage_strict, passage_predicted)
    );
    let _ = writeln!(
        table,
        "  (the passage model was fitted on these stories; `--ignored fit_alignment` cross-validates it by story)"
    );
    if verbose() {
        println!("{details}");
    }
    println!("{table}");
    // Floors just under today's scores, so that a change that loses ground
    // on real pairs fails.
    let floors = [
        ("figure statuses right", statuses.recall(), 0.82),
        ("figure pair precision", pairs.precision(), 0.89),
        ("figure pair recall", ratio(keys_paired, pairs.gold), 0.77),
        ("passage precision", ratio(passage_right, passage_predicted), 0.85),
        ("passage recall", ratio(passage_found, passage_gold), 0.46),
    ];
    for (what, score, floor) in floors {
        assert!(score >= floor, "{what} {score:.3} fell below its floor {floor}");
    }
}

/// Each real pair of reports of one story, and each story's report A
/// beside the next story's report B: the summary must not call one story
/// two, and should call two stories two.
#[test]
fn same_story_or_not() {
    let stories = real_stories();
    let (mut same_flagged, mut cross_flagged) = (Vec::new(), 0);
    for (i, story) in stories.iter().enumerate() {
        let other = &stories[(i + 1) % stories.len()];
        for (same, b) in [(true, &story.b.text), (false, &other.b.text)] {
            let analysis = analyze(&[Input::new(&story.a.text), Input::new(b)]);
            let flagged = analysis.comparison.as_ref().is_some_and(|c| c.summary.different_stories);
            match (same, flagged) {
                (true, true) => same_flagged.push(story.name.as_str()),
                (false, true) => cross_flagged += 1,
                _ => {}
            }
        }
    }
    println!(
        "\nsame story or not, on {} real pairs and {} pairs of different stories:\n  \
         real pairs called different stories   {}\n  different stories called so           {}",
        stories.len(),
        stories.len(),
        same_flagged.len(),
        cross_flagged
    );
    assert!(same_flagged.is_empty(), "reports of one story called different stories: {same_flagged:?}");
    assert!(cross_flagged * 100 >= stories.len() * 95, "only {cross_flagged} of {} different stories called so", stories.len());
}

/// Sentence pairs of one annotated story as the alignment weighs them:
/// the annotated pairs, the pairs it copies outright, and every other pair
/// it weighs with whether the annotators paired it.
struct Weighing {
    gold: Vec<GoldPair>,
    /// Pairs marked `also`: right when aligned, not required.
    also: Vec<GoldPair>,
    copies: Vec<(Span, Span)>,
    weighed: Vec<(Span, Span, [f64; paraphrase::FEATURES], bool)>,
}

fn weighings(stories: &[Story]) -> Vec<Weighing> {
    stories
        .iter()
        .filter_map(|story| {
            let pairs = story.passages.as_ref()?;
            let gold = gold_spans(story, pairs);
            let also = gold_spans(story, &story.also);
            let (copies, weighed) = alignment_candidates(&story.a.text, &story.b.text);
            let is_gold = |a: Span, b: Span| gold.iter().chain(&also).any(|g| is_pair(a, b, g));
            let weighed = weighed.into_iter().map(|w| (w.a, w.b, w.features, is_gold(w.a, w.b))).collect();
            Some(Weighing { gold, also, copies, weighed })
        })
        .collect()
}

/// A logistic model fitted by gradient descent with a little L2.
fn fit(examples: &[(&[f64; paraphrase::FEATURES], bool)]) -> [f64; paraphrase::FEATURES + 1] {
    const N: usize = paraphrase::FEATURES;
    let mut w = [0.0; N + 1];
    let positives = examples.iter().filter(|(_, y)| *y).count().max(1) as f64;
    let negatives = (examples.len() as f64 - positives).max(1.0);
    for _ in 0..3000 {
        let mut gradient = [0.0; N + 1];
        for (x, y) in examples {
            let p = paraphrase::probability_with(&w, x);
            // Each class weighs as much as the other.
            let weight = if *y { 0.5 / positives } else { 0.5 / negatives };
            let error = (p - f64::from(u8::from(*y))) * weight;
            for k in 0..N {
                gradient[k] += error * x[k];
            }
            gradient[N] += error;
        }
        for k in 0..=N {
            let l2 = if k < N { 1e-3 * w[k] } else { 0.0 };
            w[k] -= 2.0 * (gradient[k] + l2);
        }
    }
    w
}

/// Aligns a weighing under model `w` and threshold `t` as the comparison
/// does (copies, then the best few candidates of each sentence, greedily),
/// and counts: right pairs, pairs, annotated pairs found, annotated pairs.
fn align_with(weighing: &Weighing, w: &[f64; paraphrase::FEATURES + 1], t: f64) -> [usize; 4] {
    let mut pairs: Vec<(Span, Span)> = weighing.copies.clone();
    let mut scored: Vec<(f64, Span, Span)> = weighing
        .weighed
        .iter()
        .map(|(a, b, x, _)| (paraphrase::probability_with(w, x), *a, *b))
        .filter(|(p, _, _)| *p >= t)
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.start.cmp(&y.1.start)).then(x.2.start.cmp(&y.2.start)));
    for (_, a, b) in scored {
        if !pairs.iter().any(|(pa, pb)| *pa == a || *pb == b) {
            pairs.push((a, b));
        }
    }
    let matches = |(a, b): &(Span, Span), g: &GoldPair| is_pair(*a, *b, g);
    let right = pairs.iter().filter(|p| weighing.gold.iter().chain(&weighing.also).any(|g| matches(p, g))).count();
    let found = weighing.gold.iter().filter(|g| pairs.iter().any(|p| matches(p, g))).count();
    [right, pairs.len(), found, weighing.gold.len()]
}

/// Fits the paraphrase model on the annotated stories, reports its
/// precision and recall under four-fold cross-validation by story at a few
/// thresholds, and prints the weights fitted on all stories, for
/// `compare/paraphrase.rs`.
#[test]
#[ignore = "fits the paraphrase model; run by hand"]
fn fit_alignment() {
    let all = weighings(&real_stories());
    let examples = |ws: &[&Weighing]| -> Vec<([f64; paraphrase::FEATURES], bool)> {
        ws.iter().flat_map(|w| w.weighed.iter().map(|(_, _, x, y)| (*x, *y))).collect()
    };
    let reachable: usize = all
        .iter()
        .map(|w| {
            let covered = |g: &GoldPair| {
                w.copies.iter().chain(w.weighed.iter().map(|(a, b, _, _)| (a, b)).map(|(a, b)| (*a, *b)).collect::<Vec<_>>().iter())
                    .any(|(a, b)| is_pair(*a, *b, g))
            };
            w.gold.iter().filter(|g| covered(g)).count()
        })
        .sum();
    let gold: usize = all.iter().map(|w| w.gold.len()).sum();
    println!("\n{} annotated stories, {gold} pairs, {reachable} among the pairs weighed or copied", all.len());
    let thresholds = [0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99];
    let mut totals = vec![[0usize; 4]; thresholds.len()];
    for fold in 0..4 {
        let train: Vec<&Weighing> = all.iter().enumerate().filter(|(k, _)| k % 4 != fold).map(|(_, w)| w).collect();
        let data = examples(&train);
        let w = fit(&data.iter().map(|(x, y)| (x, *y)).collect::<Vec<_>>());
        for (k, &t) in thresholds.iter().enumerate() {
            for held in all.iter().enumerate().filter(|(k, _)| k % 4 == fold).map(|(_, w)| w) {
                let counts = align_with(held, &w, t);
                for c in 0..4 {
                    totals[k][c] += counts[c];
                }
            }
        }
    }
    println!("cross-validated (4 folds by story):");
    for (t, [right, predicted, found, gold]) in thresholds.iter().zip(&totals) {
        let p = *right as f64 / (*predicted).max(1) as f64;
        let r = *found as f64 / (*gold).max(1) as f64;
        println!("  threshold {t:.2}: P {p:.3} R {r:.3} ({predicted} aligned)");
    }
    let data = examples(&all.iter().collect::<Vec<_>>());
    let w = fit(&data.iter().map(|(x, y)| (x, *y)).collect::<Vec<_>>());
    println!("weights fitted on all ({}):", paraphrase::FEATURE_NAMES.join(", "));
    println!("const WEIGHTS: [f64; FEATURES + 1] = {:?};", w.map(|v| (v * 1000.0).round() / 1000.0));
}

