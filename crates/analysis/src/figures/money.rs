//! Money: the currency sign, code or letters before an amount ("$", "US$",
//! "USD", "Rs", "Dh"), the currency word after it ("20 dollars", "3
//! million Canadian dollars", "80 cents"), and which country's currency a
//! sign or word that several countries use means ("$", "pesos", "rupees"):
//! the first of those countries the report names, by its own name or by a
//! place within it ("Toronto" for Canadian dollars), else the most common
//! one.

use parallax_model::FigureKind;

use super::counted::Draft;
use super::scanner::Scanner;
use crate::lexicon;
use crate::text::{Shape, Token};

/// What "pounds of" may be followed by and still be money ("£5 million
/// pounds of funding"): anything else is weighed ("pounds of deli meat").
const MONEY_NOUNS: &[&str] = &[
    "funding", "investment", "aid", "spending", "debt", "debts", "savings", "revenue", "money", "cash", "taxpayers",
    "public", "support", "cuts", "compensation", "damages", "assets", "profit", "profits", "losses", "income", "funds",
    "government", "new", "extra", "additional", "their", "its", "his", "her", "the",
];

impl Scanner<'_> {
    /// A currency symbol, code or prefix right before token `i`: its code
    /// as listed (see [`Scanner::resolve_currency`]) and its first token.
    /// A word is a currency only when it is written as one: a code in
    /// capitals ("USD 5"), or letters glued to the amount ("Rs100,000") or
    /// set apart from it when there are several ("Rs 6,521 crore", "Ksh
    /// 513 million"; "R 15" may be a road); "won 1,842 votes" is no money.
    pub(super) fn currency_before(&self, i: usize) -> Option<(&'static str, usize)> {
        let prev = self.token(i.checked_sub(1)?)?;
        // "Rs.50 lakh", "Rs. 500": letters abbreviated with a period.
        if prev.text(self.text) == "."
            && let Some(letters) = i.checked_sub(2).and_then(|k| self.token(k))
            && letters.shape == Shape::Capitalized
            && !prev.space_before
            && let Some(code) = lexicon::currency_symbol(letters.text(self.text))
        {
            return Some((code, i - 2));
        }
        let symbol = prev.text(self.text);
        // "to stand at pounds 71.6 billion": a currency's name in the
        // plural before an amount with its scale, as some agencies write.
        let named = matches!(symbol, "pounds" | "euros" | "dollars" | "rupees")
            && matches!(self.word(i + 1), "million" | "billion" | "trillion" | "crore" | "lakh");
        if !named && !is_written_as_currency(prev, symbol, self.glued(i)) {
            return None;
        }
        let code = lexicon::currency_symbol(symbol)?;
        // "US$", "R$", "NZ$": a prefix glued to the symbol.
        if symbol == "$"
            && !prev.space_before
            && let Some(prefix) = self.token(i - 2)
            && let Some(code) = lexicon::currency_symbol(&format!("{}$", prefix.text(self.text)))
        {
            return Some((code, i - 2));
        }
        Some((code, i - 1))
    }

    /// The code of a listed currency: itself, or for a sign or word that
    /// several countries use ("$", "pesos", listed as
    /// `"USD:USD=united states,CAD=canada,…"`), the code of the first of
    /// those countries the report names, by its name or by a place in it
    /// (see [`lexicon::currency_of_place`]), or failing those in the name
    /// of one of its organizations ("the Australian Competition and
    /// Consumer Commission", "the Reserve Bank of New Zealand"), else the
    /// code before the colon.
    pub(super) fn resolve_currency(&self, listed: &'static str) -> String {
        let Some((fallback, countries)) = listed.split_once(':') else {
            return listed.to_string();
        };
        self.mentions.currency(listed, || {
            let options: Vec<(&str, &str)> = countries.split(',').filter_map(|o| o.split_once('=')).collect();
            let offered = |code: &str| options.iter().any(|(c, _)| *c == code);
            let code_of = |place: &str| {
                let by_country = options.iter().find(|(_, country)| *country == place).map(|(code, _)| *code);
                by_country.or_else(|| lexicon::currency_of_place(place).filter(|code| offered(code)))
            };
            let named = self.mentions.places().iter().find_map(|place| code_of(place));
            let in_a_name = || self.mentions.organizations().iter().find_map(|name| code_in_words(name, code_of));
            named.or_else(in_a_name).unwrap_or(fallback).to_string()
        })
    }

    /// A currency named in words at token `i`: its code and length in
    /// tokens. Two-word forms come first ("Canadian dollars", "US
    /// dollars"); a word several countries use ("pesos", "dinars") takes
    /// the code of the first of those countries the report names.
    pub(super) fn currency_word_at(&self, i: usize) -> Option<(String, usize)> {
        // Most words after a number name no currency: say so before
        // spelling out the pair of words and looking up both.
        if self.token(i).is_some_and(Token::is_word)
            && !self.folded.word_of(i).and_then(|id| self.currency_words.get(id).copied()).unwrap_or(true)
        {
            return None;
        }
        let pair = format!("{} {}", self.word(i), self.word(i + 1));
        if let Some(code) = lexicon::currency_word(&pair) {
            return Some((self.resolve_currency(code), 2));
        }
        // "7 million pounds of deli meat" weigh: pounds of anything but money.
        let pounds = matches!(self.word(i), "pound" | "pounds") && self.word(i + 1) == "of";
        if pounds && !MONEY_NOUNS.contains(&self.word(i + 2)) && !self.is_number(i + 2) {
            return None;
        }
        let code = lexicon::currency_word(self.word(i))?;
        Some((self.resolve_currency(code), 1))
    }

    /// Extends `draft` over a currency word after its number and makes it
    /// money: "20 dollars", "3 million Canadian dollars", "80 cents" (0.8
    /// of the report's dollar). Whether it did.
    pub(super) fn money_word_after(&self, draft: &mut Draft) -> bool {
        let last = draft.last;
        if draft.kind == FigureKind::Money || self.opens_next_figure(last) {
            return false;
        }
        // "80 cents" of the report's dollar; "383 pence" and "383p" of the
        // pound ("p" glued to the number, in lower case: never the peso's
        // sign, which stands before it).
        // A video's lines ("1080p") are no pence.
        let lines = [360.0, 480.0, 720.0, 1080.0, 1440.0, 2160.0].contains(&draft.value);
        let pence = matches!(self.word(last), "pence" | "penny")
            || self.token(last).is_some_and(|t| t.text(self.text) == "p" && !t.space_before && !lines);
        let cents = matches!(self.word(last), "cents" | "cent");
        if (cents || pence) && self.is_word(last) {
            let major = if pence { "£" } else { "$" };
            draft.kind = FigureKind::Money;
            draft.value /= 100.0;
            draft.high = draft.high.map(|high| high / 100.0);
            draft.unit = self.resolve_currency(lexicon::currency_symbol(major).unwrap_or("USD"));
            draft.last += 1;
            return true;
        }
        let Some((code, len)) = self.currency_word_at(last) else {
            return false;
        };
        draft.kind = FigureKind::Money;
        draft.unit = code;
        draft.last += len;
        true
    }

    /// Whether the currency sign at token `i` opens a figure after it: it
    /// is glued to a number that it would be the sign of. In "1 $2" the "$"
    /// is the sign of 2, not a sign after 1.
    pub(super) fn opens_next_figure(&self, i: usize) -> bool {
        let glued_number = self.token(i + 1).is_some_and(|t| t.shape == Shape::Number && !t.space_before);
        glued_number && self.currency_before(i + 1).is_some()
    }
}

/// The first code `code_of` gives for a word or a pair of words of the
/// folded name `name`, in order.
fn code_in_words<'a>(name: &str, code_of: impl Fn(&str) -> Option<&'a str>) -> Option<&'a str> {
    let words: Vec<&str> = name.split(' ').collect();
    (0..words.len()).find_map(|k| {
        let pair = words.get(k + 1).and_then(|next| code_of(&format!("{} {next}", words[k])));
        pair.or_else(|| code_of(words[k]))
    })
}

/// Whether a token whose text is `symbol`, before a number (`glued` to
/// it or not), is written as a currency's sign: a sign or code, or
/// capitalised letters glued to the number or, two letters or more, set
/// apart from it ("Rs 500", "Ksh 513"). A lower-case word never is.
pub(super) fn is_written_as_currency(token: &Token, symbol: &str, glued: bool) -> bool {
    match token.shape {
        Shape::Lower => false,
        Shape::Capitalized | Shape::Initial => glued || symbol.chars().count() > 1,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use parallax_model::FigureKind;

    use crate::figures::tests::figure_in;

    /// (text, the figure as written, its value, its currency).
    const MONEY: &[(&str, &str, f64, &str)] = &[
        // "$" is the US dollar by default...
        ("The city spent $3 million.", "$3 million", 3e6, "USD"),
        // A currency's name before an amount with its scale.
        ("The order book stood at pounds 71.6 billion.", "pounds 71.6 billion", 71.6e9, "GBP"),
        // ...and the dollar of the country the report names first, by its
        // name or by a place in it.
        ("Canada will spend $3 million on ports.", "$3 million", 3e6, "CAD"),
        ("Brisbane council approved $40 million in repairs.", "$40 million", 40e6, "AUD"),
        ("The fee in Canada is 20 dollars.", "20 dollars", 20.0, "CAD"),
        // With no place, the country an organization's name gives.
        ("The Australian Competition and Consumer Commission fined Qantas $100 million.", "$100 million", 100e6, "AUD"),
        // Other dollars by their own sign.
        ("It raised NZ$1.2 million.", "NZ$1.2 million", 1.2e6, "NZD"),
        // Letters glued to the amount.
        ("A court in Pakistan imposed a fine of Rs50,000.", "Rs50,000", 50_000.0, "PKR"),
        ("Eskom asked for R351 billion.", "R351 billion", 351e9, "ZAR"),
        ("The union wants N70,000 a month.", "N70,000", 70_000.0, "NGN"),
        ("The fund holds Dh12.5 billion.", "Dh12.5 billion", 12.5e9, "AED"),
        ("Manila pledged P500 million in aid.", "P500 million", 500e6, "PHP"),
        // Letters set apart from the amount, and a code before a number
        // the entity finder took for the number of a name.
        ("Go First owes Rs 6,521 crore to lenders in India.", "Rs 6,521 crore", 65_210e6, "INR"),
        ("The court in Chennai imposed a fine of Rs.50 lakh each.", "Rs.50 lakh", 5e6, "INR"),
        ("The airline lost Kshs 21.7 billion.", "Kshs 21.7 billion", 21.7e9, "KES"),
        ("UBS will pay CHF 3 billion.", "CHF 3 billion", 3e9, "CHF"),
        // Cents of the report's dollar.
        ("In Toronto, it costs 80 cents a day.", "80 cents", 0.8, "CAD"),
        // Pence, in words or as "p" glued to the number.
        ("Shell would pay 383 pence in cash.", "383 pence", 3.83, "GBP"),
        ("Holders will receive 383p in cash.", "383p", 3.83, "GBP"),
        ("The chip draws 1080p video at 2p a minute.", "2p", 0.02, "GBP"),
        // Pounds of money, and of what money buys.
        ("Ministers pledged 5 million pounds of funding.", "5 million pounds", 5e6, "GBP"),
    ];

    #[test]
    fn money_takes_the_currency_of_its_country() {
        for (text, figure, value, code) in MONEY {
            let found = figure_in(text, figure);
            assert_eq!(found.kind, FigureKind::Money, "{figure:?} in {text:?}");
            assert!((found.value - value).abs() < 1e-6 * value.max(1.0), "{figure:?} in {text:?}: {}", found.value);
            assert_eq!(found.unit, *code, "{figure:?} in {text:?}");
        }
    }

    #[test]
    fn pounds_of_a_thing_weigh() {
        let found = figure_in("The recall grew to 7-million pounds of deli meat.", "7-million pounds");
        assert_eq!((found.kind, found.unit.as_str()), (FigureKind::Measure, "pounds (weight)"));
    }

    #[test]
    fn a_single_letter_needs_a_scale_or_separators() {
        // "R15" may be a road; "R15 billion" is money.
        let found = crate::figures::tests::figures_of("Take the R15 north.");
        assert!(found.is_empty(), "{found:?}");
    }
}
