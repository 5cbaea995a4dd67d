//! The coverage's figures: one row per quantity, each report's cell the
//! value as it gives it, with where it stands said in words (an outlier or
//! an omission reads in print and in high contrast, not by colour alone).

use parallax_model::{Standing, format_number, report_letter};
use yew::prelude::*;

use crate::components::coverage_cells::{Cell, Ctx, Table};
use crate::components::figure_ledger::statement;
use crate::reports::ReportSource;

/// What a report's standing on a quantity is called, and its class.
fn standing(standing: Standing) -> (&'static str, &'static str) {
    match standing {
        Standing::Consensus => ("agrees", "status status--agree"),
        Standing::Compatible => ("compatible", "status status--compatible"),
        Standing::Outlier => ("outlier", "status status--conflict"),
        Standing::Missing => ("omits it", "status"),
    }
}

/// Figures × reports.
pub fn figures_table(ctx: &Ctx<'_>, sources: &[ReportSource]) -> Html {
    let rows = &ctx.coverage.figures;
    html! {
        <section class="coverage__section">
            <h3 class="coverage__heading">{ "Figures" }</h3>
            if rows.is_empty() {
                <p class="coverage__none">{ "No quantity is given by more than one report." }</p>
            } else {
                <div class="coverage__scroll"><table class="coverage__table">
                    { ctx.head("Quantity", sources) }
                    <tbody>
                        { for rows.iter().enumerate().map(|(row, figure)| html! {
                            <tr>
                                <th scope="row">
                                    <span class="coverage__row-name">{ format!("{} {}", format_number(figure.value), figure.unit) }</span>
                                    <span class="coverage__note">{ &figure.note }</span>
                                </th>
                                { for figure.cells.iter().enumerate().take(sources.len()).map(|(report, cell)| {
                                    let (label, class) = standing(cell.standing);
                                    let letter = report_letter(report);
                                    if cell.figures.is_empty() {
                                        return html! { <td class="coverage__missing">{ format!("— {label}") }</td> };
                                    }
                                    let said = ctx.analysis.reports.get(report).map(|r| {
                                        let mut said: Vec<String> = cell.figures.iter().filter_map(|&f| r.figures.get(f)).map(statement).collect();
                                        said.dedup();
                                        said.join("; ")
                                    }).unwrap_or_default();
                                    let text = html! { <>{ said.clone() }<span class={class}>{ label }</span></> };
                                    let aria = format!("Report {letter}: {said}, {label}. Show its sentences");
                                    html! { <td>{ ctx.button(Cell { table: Table::Figures, row, report }, text, aria) }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table></div>
            }
        </section>
    }
}
