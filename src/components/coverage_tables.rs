//! The coverage's other tables: who and what each report names, the
//! passages several carry word for word, the quotes each carries, and how
//! each frames the story. Each report is a column; a cell a report leaves
//! empty says so in words.

use parallax_model::{EntityCoverage, FramingCategory, fixed, report_letter};
use yew::prelude::*;

use crate::components::coverage_cells::{Cell, Ctx, Table};
use crate::reports::ReportSource;

/// The most rows a group of the entities' table shows.
const MAX_ROWS: usize = 60;

/// A section with its heading, the table, or what was not found.
fn section(heading: &'static str, none: &'static str, empty: bool, table: Html) -> Html {
    html! {
        <section class="coverage__section">
            <h3 class="coverage__heading">{ heading }</h3>
            if empty { <p class="coverage__none">{ none }</p> } else { <div class="coverage__scroll">{ table }</div> }
        </section>
    }
}

/// Who and what × reports: those only one report names first (the other
/// reports' blind spots), then those several name.
pub fn entities_table(ctx: &Ctx<'_>, sources: &[ReportSource]) -> Html {
    let named = |e: &&(usize, &EntityCoverage)| e.1.counts.iter().filter(|&&n| n > 0).count();
    let rows: Vec<(usize, &EntityCoverage)> = ctx.coverage.entities.iter().enumerate().collect();
    let alone: Vec<_> = rows.iter().filter(|e| named(e) == 1).collect();
    let several: Vec<_> = rows.iter().filter(|e| named(e) > 1).collect();
    let group = |title: String, list: &[&(usize, &EntityCoverage)]| html! {
        <>
            <tr class="coverage__group"><th scope="rowgroup" colspan={(sources.len() + 1).to_string()}>{ title }</th></tr>
            { for list.iter().take(MAX_ROWS).map(|&&(row, e)| entity_row(ctx, row, e, sources.len())) }
            if list.len() > MAX_ROWS {
                <tr><td colspan={(sources.len() + 1).to_string()}>{ format!("And {} more.", list.len() - MAX_ROWS) }</td></tr>
            }
        </>
    };
    let table = html! {
        <table class="coverage__table">
            { ctx.head("Named", sources) }
            <tbody>
                if !alone.is_empty() { { group(format!("Named by one report only ({})", alone.len()), &alone) } }
                if !several.is_empty() { { group(format!("Named by several reports ({})", several.len()), &several) } }
            </tbody>
        </table>
    };
    section("Who and what", "No person, organisation or place is named in these reports.", rows.is_empty(), table)
}

/// One entity's row: its name, and each report's count of mentions.
fn entity_row(ctx: &Ctx<'_>, row: usize, e: &EntityCoverage, columns: usize) -> Html {
    let name = ctx.analysis.entity(e.id).map(|e| e.name.clone()).unwrap_or_default();
    let only: Vec<usize> = (0..columns).filter(|&i| e.counts.get(i).is_some_and(|&n| n > 0)).collect();
    let alone = (only.len() == 1).then(|| format!("Only {} names it", report_letter(only[0])));
    html! {
        <tr>
            <th scope="row"><span class="coverage__row-name">{ name.clone() }</span>
                if let Some(alone) = alone { <span class="coverage__note">{ alone }</span> }
            </th>
            { for e.counts.iter().take(columns).enumerate().map(|(report, &n)| {
                if n == 0 {
                    return html! { <td class="coverage__missing">{ "— not named" }</td> };
                }
                let aria = format!("Report {}: {name} named {n} times. Show its sentences", report_letter(report));
                html! { <td>{ ctx.button(Cell { table: Table::Entities, row, report }, html! { { format!("{n}×") } }, aria) }</td> }
            }) }
        </tr>
    }
}

/// Shared text × reports: each passage several reports carry, and how
/// much of each report is shared text.
pub fn shared_table(ctx: &Ctx<'_>, sources: &[ReportSource]) -> Html {
    let c = ctx.coverage;
    let table = html! {
        <table class="coverage__table">
            { ctx.head("Passage", sources) }
            <tbody>
                { for c.shared.iter().enumerate().map(|(row, passage)| html! {
                    <tr>
                        <th scope="row"><span class="coverage__row-name">{ format!("Passage {}", row + 1) }</span>
                            <span class="coverage__note">{ format!("{}% alike", fixed(passage.similarity * 100.0, 0)) }</span></th>
                        { for passage.sentences.iter().take(sources.len()).enumerate().map(|(report, s)| {
                            if s.is_empty() {
                                return html! { <td class="coverage__missing">{ "— not carried" }</td> };
                            }
                            let text = if s.len() == 1 { String::from("carries it (1 sentence)") } else { format!("carries it ({} sentences)", s.len()) };
                            let aria = format!("Report {}: {text}. Show its sentences", report_letter(report));
                            html! { <td>{ ctx.button(Cell { table: Table::Shared, row, report }, html! { { text } }, aria) }</td> }
                        }) }
                    </tr>
                }) }
                <tr class="coverage__total">
                    <th scope="row">{ "Share of the report that is shared text" }</th>
                    { for c.shared_share.iter().take(sources.len()).map(|s| html! { <td>{ format!("{}%", fixed(s * 100.0, 0)) }</td> }) }
                </tr>
            </tbody>
        </table>
    };
    section("Shared text", "No passage is carried by more than one report.", c.shared.is_empty(), table)
}

/// Quotes × reports: each quote, who carries it, and where a report's
/// version is cut, reworded or given to another speaker.
pub fn quotes_table(ctx: &Ctx<'_>, sources: &[ReportSource]) -> Html {
    let rows = &ctx.coverage.quotes;
    let table = html! {
        <table class="coverage__table">
            { ctx.head("Quote", sources) }
            <tbody>
                { for rows.iter().enumerate().map(|(row, quote)| {
                    let speaker = quote.speaker.and_then(|id| ctx.analysis.entity(id)).map_or(String::from("Unattributed"), |e| e.name.clone());
                    let text = quote.cells.iter().enumerate().find_map(|(r, cell)| {
                        ctx.analysis.reports.get(r)?.quotes.get(cell.quote?).map(|q| q.text.clone())
                    }).unwrap_or_default();
                    html! {
                        <tr>
                            <th scope="row"><span class="coverage__row-name">{ speaker }</span><span class="coverage__note">{ format!("“{text}”") }</span></th>
                            { for quote.cells.iter().take(sources.len()).enumerate().map(|(report, cell)| {
                                if cell.quote.is_none() {
                                    return html! { <td class="coverage__missing">{ "— not carried" }</td> };
                                }
                                let mut how: Vec<&str> = Vec::new();
                                if cell.shortened { how.push("cut") }
                                if cell.reworded { how.push("reworded") }
                                if cell.speaker_differs { how.push("other speaker") }
                                let said = if how.is_empty() { String::from("carries it") } else { format!("carries it: {}", how.join(", ")) };
                                let aria = format!("Report {}: {said}. Show its sentence", report_letter(report));
                                html! { <td>{ ctx.button(Cell { table: Table::Quotes, row, report }, html! { { said } }, aria) }</td> }
                            }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    };
    section("Quotes", "No quotation is carried by more than one report.", rows.is_empty(), table)
}

/// The framing row: whose voice each report is in and how loaded its own
/// words are.
pub fn framing_table(ctx: &Ctx<'_>, sources: &[ReportSource]) -> Html {
    let table = html! {
        <table class="coverage__table">
            { ctx.head("Framing", sources) }
            <tbody><tr>
                <th scope="row"><span class="coverage__row-name">{ "Voice and loaded words" }</span>
                    <span class="coverage__note">{ "share of words in its own voice, quoted, attributed to others; loaded words per 1,000 in its own voice" }</span></th>
                { for ctx.analysis.reports.iter().take(sources.len()).enumerate().map(|(report, r)| {
                    let f = &r.framing;
                    let whole = f.total_words.max(1) as f64;
                    let loaded: usize = FramingCategory::ALL.into_iter().map(|c| f.own_by_category.get(c)).sum();
                    let share = |n: usize| fixed(n as f64 * 100.0 / whole, 0);
                    let own = share(f.total_words.saturating_sub(f.attributed_words));
                    let said = format!("{own}% own · {}% quoted · {}% attributed · {} loaded", share(f.quoted_words), share(f.attributed_words), fixed(loaded as f64 * 1000.0 / whole, 1));
                    let aria = format!("Report {}: {said}. Show the sentences with loaded words", report_letter(report));
                    html! { <td>{ ctx.button(Cell { table: Table::Framing, row: 0, report }, html! { { said } }, aria) }</td> }
                }) }
            </tr></tbody>
        </table>
    };
    section("Framing", "", false, table)
}
