//! The framing lens: how each report tells the story, side by side. How
//! much of it is the outlet's own voice and how much it attributes to
//! others, whom it quotes and at what length, and the loaded words it
//! uses (from a general lexicon of alarm, attack, praise, doubt,
//! intensifiers, labels and hedges), each with the sentences it stands in
//! so the reader can check the count. Loaded words inside direct quotes
//! are the speakers', shown apart from the outlet's own.

use parallax_model::{Analysis, Framing, FramingCategory, FramingTerm, Report, Span, Tone, Voice, fixed};
use yew::prelude::*;

use crate::reports::report_letter;
use crate::reports::ReportSource;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub sources: Shared<Vec<ReportSource>>,
}

/// A category's name and what it gathers, for headings.
fn category_label(category: FramingCategory) -> (&'static str, &'static str) {
    match category {
        FramingCategory::Alarm => ("Alarm", "crisis, chaos, collapse"),
        FramingCategory::Attack => ("Attack and blame", "slams, blasts, lashes out"),
        FramingCategory::Praise => ("Praise", "landmark, hailed, historic"),
        FramingCategory::Doubt => ("Doubt", "so-called, claimed, unproven"),
        FramingCategory::Intensity => ("Intensifiers", "massive, sharply"),
        FramingCategory::Labels => ("Labels", "regime, radical, hardliners"),
        FramingCategory::Hedge => ("Hedges", "reportedly, allegedly"),
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

#[function_component(FramingView)]
pub fn framing_view(props: &Props) -> Html {
    let Props { analysis, sources } = props;
    let reports: Vec<(usize, &Report, &ReportSource)> = analysis
        .reports
        .iter()
        .zip(sources.iter())
        .enumerate()
        .map(|(i, (report, source))| (i, report, source))
        .collect();
    html! {
        <div class="framing">
            <header class="framing__intro">
                <h2 class="framing__title">{ "How each report frames the story" }</h2>
                <p class="framing__lede">
                    { "Whose voice each report is in, whom it quotes and at what length, and the loaded words it uses. \
                       Loaded words come from a general lexicon of news language, not from these reports; \
                       open a word to read the sentences it stands in." }
                </p>
            </header>
            <CategoryTable analysis={analysis.clone()} />
            <div class="framing__columns">
                { for reports.into_iter().map(|(i, report, source)| report_column(analysis, i, report, source)) }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    analysis: Shared<Analysis>,
}

/// Loaded words per category, the reports side by side.
#[function_component(CategoryTable)]
fn category_table(props: &TableProps) -> Html {
    let reports = &props.analysis.reports;
    let per_thousand = |framing: &Framing, n: usize| -> String {
        if framing.total_words == 0 {
            String::from("–")
        } else {
            fixed(n as f64 * 1000.0 / framing.total_words as f64, 1)
        }
    };
    html! {
        <table class="framing-table">
            <caption class="framing-table__caption">{ "Loaded words in the outlet's own voice, per category (count · per 1,000 words)" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Category" }</th>
                    { for reports.iter().enumerate().map(|(i, _)| html! { <th scope="col">{ format!("Report {}", report_letter(i)) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for FramingCategory::ALL.into_iter().map(|category| {
                    let (name, examples) = category_label(category);
                    html! {
                        <tr>
                            <th scope="row">
                                <span class="framing-table__name">{ name }</span>
                                <span class="framing-table__examples">{ examples }</span>
                            </th>
                            { for reports.iter().map(|r| {
                                let n = r.framing.own_by_category.get(category);
                                html! {
                                    <td class={classes!("framing-table__count", (n == 0).then_some("framing-table__count--none"))}>
                                        { if n == 0 { String::from("–") } else { format!("{n} · {}", per_thousand(&r.framing, n)) } }
                                    </td>
                                }
                            }) }
                        </tr>
                    }
                }) }
                <tr class="framing-table__total">
                    <th scope="row">
                        <span class="framing-table__name">{ "Inside quotes" }</span>
                        <span class="framing-table__examples">{ "counted for their speakers" }</span>
                    </th>
                    { for reports.iter().map(|r| {
                        let n: usize = r.framing.sources.iter().map(|s| s.loaded).sum();
                        html! { <td class="framing-table__count">{ n }</td> }
                    }) }
                </tr>
                <tr class="framing-table__total">
                    <th scope="row">{ "Own voice" }</th>
                    { for reports.iter().map(|r| {
                        let own = r.framing.total_words.saturating_sub(r.framing.attributed_words);
                        html! { <td class="framing-table__count">{ format!("{}% of words", fixed(percent(own, r.framing.total_words), 0)) }</td> }
                    }) }
                </tr>
            </tbody>
        </table>
    }
}

/// One report's framing: whose voice it is in, whom it quotes, and the
/// loaded words it uses.
fn report_column(
    analysis: &Analysis,
    index: usize,
    report: &Report,
    source: &ReportSource,
) -> Html {
    let letter = report_letter(index);
    html! {
        <section class={classes!("framing-report", format!("framing-report--{}", letter.to_ascii_lowercase()))}
            aria-label={format!("Framing of report {letter}")}>
            <header class="framing-report__header">
                <p class="report__label">{ format!("Report {letter}") }</p>
                <h3 class="framing-report__title">{ &report.title }</h3>
            </header>
            { voice(&report.framing) }
            { quoted(analysis, &report.framing) }
            { loaded_words(analysis, report, source) }
        </section>
    }
}

/// The shares of the report's words that are the outlet's own assertions,
/// attributed statements and direct quotes.
fn voice(framing: &Framing) -> Html {
    let total = framing.total_words;
    let quoted = framing.quoted_words;
    let attributed = framing.attributed_words.saturating_sub(quoted);
    let own = total.saturating_sub(framing.attributed_words);
    html! {
        <>
            <h4 class="framing-report__heading">{ "Whose voice" }</h4>
            // SVG geometry rather than style attributes, which the page's
            // Content-Security-Policy forbids.
            <svg class="voice-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={format!(
                "{}% the outlet's own assertions, {}% attributed statements, {}% direct quotes",
                fixed(percent(own, total), 0), fixed(percent(attributed, total), 0), fixed(percent(quoted, total), 0))}>
                <rect class="voice-bar__part--own" x="0" y="0" height="10" width={fixed(percent(own, total), 3)} />
                <rect class="voice-bar__part--attributed" x={fixed(percent(own, total), 3)} y="0" height="10"
                    width={fixed(percent(attributed, total), 3)} />
                <rect class="voice-bar__part--quoted" x={fixed(percent(own + attributed, total), 3)} y="0" height="10"
                    width={fixed(percent(quoted, total), 3)} />
            </svg>
            <ul class="voice-legend">
                <li><span class="voice-legend__swatch voice-bar__part--own"></span>{ format!("Own assertions {}%", fixed(percent(own, total), 0)) }</li>
                <li><span class="voice-legend__swatch voice-bar__part--attributed"></span>{ format!("Attributed (“said”, “according to”) {}%", fixed(percent(attributed, total), 0)) }</li>
                <li><span class="voice-legend__swatch voice-bar__part--quoted"></span>{ format!("Direct quotes {}%", fixed(percent(quoted, total), 0)) }</li>
            </ul>
        </>
    }
}

/// Each speaker the report quotes, with how many quotes and words.
fn quoted(analysis: &Analysis, framing: &Framing) -> Html {
    let quoted_words: usize = framing
        .sources
        .iter()
        .map(|s| s.words)
        .sum::<usize>()
        .max(1);
    let quotes: usize = framing.sources.iter().map(|s| s.quotes).sum();
    html! {
        <>
            <h4 class="framing-report__heading">{ format!("Who is quoted · {quotes} {}", if quotes == 1 { "quote" } else { "quotes" }) }</h4>
            if framing.sources.is_empty() {
                <p class="framing-report__none">{ "No direct quotes." }</p>
            } else {
                <ul class="sources">
                    { for framing.sources.iter().map(|s| {
                        let name = s.speaker.and_then(|id| analysis.entity(id)).map_or("Not attributed", |e| e.name.as_str());
                        html! {
                            <li class="sources__item">
                                <span class="sources__name">{ name }</span>
                                <svg class="sources__bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
                                    <rect class="sources__fill" x="0" y="0" height="4" width={fixed(percent(s.words, quoted_words), 3)} />
                                </svg>
                                <span class="sources__count">{ format!("{} {} · {} words · {} loaded", s.quotes, if s.quotes == 1 { "quote" } else { "quotes" }, s.words, s.loaded) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </>
    }
}

/// The loaded words the report uses in its own voice, by category and
/// tone, then those inside its quotes, each with its speaker.
fn loaded_words(analysis: &Analysis, report: &Report, source: &ReportSource) -> Html {
    let framing = &report.framing;
    let tone_count = |tone: Tone| framing.own_by_tone.get(tone);
    let own = |t: &&FramingTerm| t.voice == Voice::Own;
    let quoted: Vec<&FramingTerm> = framing.terms.iter().filter(|t| t.voice != Voice::Own).collect();
    html! {
        <>
            <h4 class="framing-report__heading">
                { format!("Loaded words · {}", framing.terms.iter().filter(own).map(|t| t.count).sum::<usize>()) }
                <span class="framing-report__tones">
                    { format!("{} negative · {} positive · {} neutral", tone_count(Tone::Negative), tone_count(Tone::Positive), tone_count(Tone::Neutral)) }
                </span>
            </h4>
            if !framing.terms.iter().any(|t| own(&t)) {
                <p class="framing-report__none">{ "None from the lexicon in the outlet's own voice." }</p>
            }
            { for FramingCategory::ALL.into_iter().filter(|c| framing.own_by_category.get(*c) > 0).map(|category| html! {
                <div class="terms">
                    <h5 class="terms__category">{ category_label(category).0 }</h5>
                    <ul class="terms__list">
                        { for framing.terms.iter().filter(own).filter(|t| t.category == category).map(|term| term_item(report, source, term, None)) }
                    </ul>
                </div>
            }) }
            if !quoted.is_empty() {
                <div class="terms">
                    <h5 class="terms__category">{ "Inside quotes · the speakers' words" }</h5>
                    <ul class="terms__list">
                        { for quoted.into_iter().map(|term| {
                            let speaker = match term.voice {
                                Voice::Quoted(Some(id)) => analysis.entity(id).map_or("Not attributed", |e| e.name.as_str()),
                                _ => "Not attributed",
                            };
                            term_item(report, source, term, Some(speaker))
                        }) }
                    </ul>
                </div>
            }
        </>
    }
}

/// A loaded word, opening onto the sentences it stands in; a quoted one
/// says whose words it is.
fn term_item(report: &Report, source: &ReportSource, term: &FramingTerm, speaker: Option<&str>) -> Html {
    let contexts: Vec<Html> = term
        .spans
        .iter()
        .take(12)
        .map(|span| context(report, &source.text, *span))
        .collect();
    html! {
        <li class="terms__item">
            <details class={classes!("term", format!("term--{}", term.tone.as_str()))}>
                <summary class="term__summary">
                    <span class="term__word">{ &term.term }</span>
                    if term.count > 1 {
                        <span class="term__count">{ format!("×{}", term.count) }</span>
                    }
                    if let Some(speaker) = speaker {
                        <span class="term__speaker">{ speaker }</span>
                    }
                </summary>
                <ul class="term__contexts">
                    { for contexts }
                    if term.spans.len() > 12 {
                        <li class="term__more">{ format!("and {} more", term.spans.len() - 12) }</li>
                    }
                </ul>
            </details>
        </li>
    }
}

/// The sentence holding `span`, with the term marked; at most about 300
/// bytes either side, cut on character boundaries.
fn context(report: &Report, text: &str, span: Span) -> Html {
    let sentence = report
        .sentences
        .binary_search_by(|s| {
            if s.end <= span.start {
                std::cmp::Ordering::Less
            } else if s.start > span.start {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .ok()
        .and_then(|i| report.sentences.get(i).copied())
        .unwrap_or(span);
    let floor = |mut at: usize| {
        while at > 0 && !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let ceil = |mut at: usize| {
        while at < text.len() && !text.is_char_boundary(at) {
            at += 1;
        }
        at.min(text.len())
    };
    let start = floor(
        sentence
            .start
            .max(span.start.saturating_sub(300))
            .min(span.start),
    );
    let end = ceil(sentence.end.min(span.end + 300).max(span.end));
    let (before, word, after) = (
        &text[start..span.start],
        &text[span.start..span.end],
        &text[span.end..end],
    );
    html! {
        <li class="term__context">
            { if start > sentence.start { "…" } else { "" } }{ before.trim_start() }
            <mark class="term__mark">{ word }</mark>
            { after.trim_end() }{ if end < sentence.end { "…" } else { "" } }
        </li>
    }
}
