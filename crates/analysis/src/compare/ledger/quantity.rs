//! A figure as the ledger compares it: what it measures, its value per
//! year where it is given per period, the interval its qualifier commits
//! the report to, and the thing it counts.

use parallax_model::{Figure, FigureKind, Qualifier};

use crate::lexicon;
use crate::text::fold;

/// What a quantity is measured in; two quantities can only pair within
/// one measure. Small and `Copy`, since the ledger keys its indexes by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Measure {
    pub(crate) kind: FigureKind,
    /// The base unit (see [`base_unit`]), as a hash of its name: currency,
    /// "percent" or unit of measure; that of "" for counts.
    pub(crate) unit: u64,
    /// Whether it is an amount per period (compared per year).
    pub(crate) per_period: bool,
}

impl Measure {
    /// Whether it measures time ("two years", "five hours").
    pub(crate) fn is_duration(&self) -> bool {
        self.unit == unit_hash("minutes")
    }
}

/// A unit's name as [`Measure::unit`] holds it (FNV-1a).
fn unit_hash(unit: &str) -> u64 {
    unit.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// What a count counts: its head noun and the other words of the phrase,
/// singular and folded, with hyphens and spaces inside compounds closed
/// ("life-guard staff" is "lifeguard staff").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Thing {
    /// The last content word: "nurse" of "150 specialist nurses".
    pub(crate) head: String,
    /// Every content word, the head included.
    pub(crate) words: Vec<String>,
    /// Whether the phrase joins two things ("studies and data"), each of
    /// which it counts.
    pub(crate) joined: bool,
}

/// Which side a qualifier bounds a value from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bound {
    /// Exact, about, nearly: around the value.
    Around,
    /// "more than", "at least": the value or beyond.
    Floor,
    /// "up to", "as much as", "at most", "less than".
    Ceiling,
}

impl Bound {
    fn of(qualifier: Qualifier) -> Bound {
        match qualifier {
            Qualifier::MoreThan | Qualifier::AtLeast => Bound::Floor,
            Qualifier::UpTo | Qualifier::AtMost | Qualifier::LessThan => Bound::Ceiling,
            Qualifier::Exact | Qualifier::About | Qualifier::Nearly => Bound::Around,
        }
    }

    /// Whether a floor faces a ceiling: "as much as $150 billion" and
    /// "over $150 billion" commit to values that do not meet.
    pub(crate) fn opposes(self, other: Bound) -> bool {
        matches!((self, other), (Bound::Floor, Bound::Ceiling) | (Bound::Ceiling, Bound::Floor))
    }
}

/// Which way a share changed, if its words say so: "a 22% rise" is up,
/// "a 22% cut" down, "the rate at 6.25%" neither.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Change {
    #[default]
    None,
    Up,
    Down,
}

impl From<lexicon::Direction> for Change {
    fn from(direction: lexicon::Direction) -> Change {
        match direction {
            lexicon::Direction::Up => Change::Up,
            lexicon::Direction::Down => Change::Down,
        }
    }
}

impl Change {
    /// Whether one says up and the other down.
    pub(crate) fn opposes(self, other: Change) -> bool {
        matches!((self, other), (Change::Up, Change::Down) | (Change::Down, Change::Up))
    }
}

/// A figure reduced to what the ledger needs.
#[derive(Clone, Debug)]
pub(crate) struct Quantity {
    pub(crate) measure: Measure,
    /// The value as stated, in the measure's base unit, per year when a
    /// period is given.
    pub(crate) value: f64,
    /// The top of a range as stated ("40 to 45"), else the value.
    pub(crate) top: f64,
    /// The interval the report commits to (see [`interval`]).
    pub(crate) low: f64,
    pub(crate) high: f64,
    /// Whether the value was converted from another unit ("21 miles" in
    /// metres): it is then compared with the leeway of a conversion.
    pub(crate) converted: bool,
    /// What the stated value was multiplied by (its unit's factor, per
    /// year), to show the ledger's numbers in the report's own terms.
    pub(crate) scale: f64,
    pub(crate) thing: Thing,
    /// Index of the figure's sentence in its report.
    pub(crate) sentence: usize,
    /// Which side its qualifier bounds the value from, if only one
    /// ("more than": a floor; "up to": a ceiling).
    pub(crate) bound: Bound,
    /// Which way a share changed, if its words say so.
    pub(crate) change: Change,
}

impl Quantity {
    pub(crate) fn of(figure: &Figure) -> Quantity {
        let per_year = figure.period.map_or(1.0, |p| p.per_year());
        let counted = if figure.kind == FigureKind::Count { thing(&figure.unit) } else { Thing::default() };
        let (kind, unit, factor) = match figure.kind {
            // A count of less than one is a share: "one-fifth" of the
            // economy is 20% of it.
            FigureKind::Count if figure.value > 0.0 && figure.high.unwrap_or(figure.value) < 1.0 => {
                (FigureKind::Percent, "percent", 100.0)
            }
            // Days of a kind ("five calendar days") are days.
            FigureKind::Count => match duration(&counted.head) {
                Some(unit) => base_unit(FigureKind::Measure, unit),
                None => (figure.kind, "", 1.0),
            },
            _ => base_unit(figure.kind, &figure.unit),
        };
        let counts = kind == FigureKind::Count;
        let scale = per_year * factor;
        let value = figure.value * scale;
        let top = figure.high.map_or(value, |h| h * scale);
        let (mut low, mut high) = interval(figure.value, figure.high.unwrap_or(figure.value), figure.qualifier, kind);
        (low, high) = (low * scale, high * scale);
        Quantity {
            measure: Measure { kind, unit: unit_hash(unit), per_period: figure.period.is_some() },
            value,
            top,
            low,
            high,
            converted: factor != 1.0,
            bound: Bound::of(figure.qualifier),
            scale,
            thing: if counts { counted } else { Thing::default() },
            sentence: figure.sentence,
            change: Change::None,
        }
    }

    /// Whether the two state the same number, after periods and units.
    pub(crate) fn same_value(&self, other: &Quantity) -> bool {
        close(self.value, other.value) && close(self.top, other.top)
    }

    /// Whether the intervals the two reports commit to share a value. Two
    /// intervals that only touch share it only when one is a single value
    /// ("20" and "20 to 30"), not when both are ranges ("3%", which may be
    /// 2.5% to 3.5%, and "4%"). Values converted from other units ("21
    /// miles" and "34.8 km") are allowed the 3% of a rounded conversion.
    pub(crate) fn reconcilable(&self, other: &Quantity) -> bool {
        let leeway = if self.converted || other.converted { 0.03 } else { 0.0 };
        // An open end stays open (0 × ∞ would make it NaN, which meets
        // nothing: "at least 118" and "at least 116" share every value from
        // 118 on).
        let grow = |v: f64, by: f64| if v.is_finite() { v + by * v.abs() } else { v };
        let widen = |q: &Quantity| (grow(q.low, -leeway), grow(q.high, leeway));
        let ((a_low, a_high), (b_low, b_high)) = (widen(self), widen(other));
        let (low, high) = (a_low.max(b_low), a_high.min(b_high));
        // Of the finite ends only, for the same reason.
        let finite = |v: f64| if v.is_finite() { v.abs() } else { 0.0 };
        let tolerance = 1e-9 * finite(low).max(finite(high)).max(1.0);
        let point = |l: f64, h: f64| (h - l).abs() <= tolerance;
        low < high - tolerance || (point(low, high) && (point(a_low, a_high) || point(b_low, b_high)))
    }

    /// The quantity's measure and value, to look it up by.
    pub(crate) fn key(&self) -> (Measure, u64) {
        (self.measure, self.value.to_bits())
    }

    /// A number that says a lot when both reports give it: large ("12,000")
    /// or precise ("768", "37.4").
    pub(crate) fn is_telling(&self) -> bool {
        let v = self.value.abs();
        v >= 1000.0 || (v >= 100.0 && v % 10.0 != 0.0) || (v.fract() != 0.0 && v >= 1.0)
    }

    /// A number too precise to be a coincidence ("8,561", "30,657",
    /// "53.6"): no round number.
    pub(crate) fn is_precise(&self) -> bool {
        let v = self.value.abs();
        (v >= 100.0 && roundness(v) <= 10.0) || (v >= 10.0 && v.fract() != 0.0)
    }
}

/// The measure a unit is compared in, and the factor from the unit to
/// it: lengths in metres, durations in minutes, masses in kilograms, areas
/// in square metres, power in megawatts; basis points and percentage points
/// as percent, which news uses for both.
fn base_unit(kind: FigureKind, unit: &str) -> (FigureKind, &str, f64) {
    let (base, factor) = match unit {
        "percent" | "percentage points" => ("percent", 1.0),
        "basis points" => return (FigureKind::Percent, "percent", 0.01),
        "km" => ("m", 1000.0),
        "m" => ("m", 1.0),
        "cm" => ("m", 0.01),
        "mm" => ("m", 0.001),
        "miles" => ("m", 1609.344),
        "feet" => ("m", 0.3048),
        "inches" => ("m", 0.0254),
        "seconds" => ("minutes", 1.0 / 60.0),
        "minutes" => ("minutes", 1.0),
        "hours" => ("minutes", 60.0),
        "days" => ("minutes", 1440.0),
        "weeks" => ("minutes", 10_080.0),
        "months" => ("minutes", 43_830.0),
        "years" => ("minutes", 525_960.0),
        "decades" => ("minutes", 5_259_600.0),
        "g" => ("kg", 0.001),
        "kg" => ("kg", 1.0),
        "tonnes" => ("kg", 1000.0),
        "pounds (weight)" => ("kg", 0.453_592),
        "km²" => ("m²", 1e6),
        "hectares" => ("m²", 1e4),
        "acres" => ("m²", 4_046.856),
        "kW" => ("MW", 0.001),
        "MW" => ("MW", 1.0),
        "GW" => ("MW", 1000.0),
        // "$" is the US, Australian, Canadian... dollar as the report's
        // place has it: two reports may read it differently.
        "USD" | "AUD" | "CAD" | "NZD" | "SGD" | "HKD" => ("dollars", 1.0),
        "km/h" => ("km/h", 1.0),
        "mph" => ("km/h", 1.609_344),
        other => (other, 1.0),
    };
    (kind, base, factor)
}

/// The unit of time a counted head names ("day" of "calendar days").
fn duration(head: &str) -> Option<&'static str> {
    Some(match head {
        "second" => "seconds",
        "minute" => "minutes",
        "hour" => "hours",
        "day" => "days",
        "week" => "weeks",
        "month" => "months",
        "year" => "years",
        _ => return None,
    })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The interval a qualified value commits a report to. "at least" and
/// "more than" are floors, "up to", "as much as", "at most" and "less than"
/// ceilings, "almost" a little below; "about" a tolerance that grows with
/// the value's roundness: "about 12,000" allows 11,400 to 12,600, "about
/// 37" 35.15 to 38.85.
pub(crate) fn interval(value: f64, high: f64, qualifier: Qualifier, kind: FigureKind) -> (f64, f64) {
    match qualifier {
        Qualifier::Exact => {
            let tolerance = rounding(value, kind);
            (value - tolerance, high.max(value) + tolerance)
        }
        Qualifier::About => {
            let tolerance = (0.05 * value.abs()).max(0.5 * roundness(value));
            (value - tolerance, high.max(value) + tolerance)
        }
        Qualifier::Nearly => (value - (0.1 * value.abs()).max(0.5 * roundness(value)), value),
        Qualifier::MoreThan | Qualifier::AtLeast => (value, f64::INFINITY),
        Qualifier::LessThan | Qualifier::UpTo | Qualifier::AtMost => (0.0_f64.min(high), high.max(value)),
    }
}

/// How far a number stated as exact may be from what it rounds: half its
/// last place, at most 2.5% of it, for round numbers of a hundred and more
/// ("12,000" may be 11,700 to 12,300) and for decimals ("3.5" may be
/// 3.45); none for precise whole numbers ("3,989") and smaller ones, which
/// news gives exactly ("26 people" is not 25). A percentage may be rounded
/// to its last place, to two points for a round ten ("54%" may be 53.6%,
/// "80%" 79.4%; "3%" is not 4%).
fn rounding(value: f64, kind: FigureKind) -> f64 {
    let v = value.abs();
    let place = roundness(v);
    if kind == FigureKind::Percent {
        return 0.5 * place.min(2.0);
    }
    if (v >= 100.0 && place >= 10.0) || v.fract() != 0.0 {
        (0.5 * place).min(0.025 * v)
    } else {
        0.0
    }
}

/// The place of a round number's last non-zero digit: 1,000 for 12,000, 1
/// for 37, 0.1 for 3.5.
fn roundness(value: f64) -> f64 {
    let v = value.abs();
    if v == 0.0 || !v.is_finite() {
        return 1.0;
    }
    if v.fract() != 0.0 {
        let tenths = (v * 10.0).fract() == 0.0;
        return if tenths { 0.1 } else { 0.01 };
    }
    let mut place = 1.0;
    while v % (place * 10.0) == 0.0 && place < 1e12 {
        place *= 10.0;
    }
    place
}

/// The singular of a folded word ("nurses" → "nurse", "cities" → "city",
/// "gunmen" → "gunman", "children" → "child").
pub(crate) fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 2) {
        return format!("{stem}y");
    }
    if let Some(stem) = word.strip_suffix("men").filter(|s| s.len() >= 2) {
        return format!("{stem}man");
    }
    if word == "children" {
        return String::from("child");
    }
    if word.ends_with("ss") || word.len() <= 3 {
        return word.to_string();
    }
    american(word.strip_suffix('s').unwrap_or(word))
}

/// A word in its American spelling, where British spelling differs only
/// in an ending: "kilometre" and "kilometer", "labour" and "labor".
fn american(word: &str) -> String {
    let b = word.as_bytes();
    let n = b.len();
    if n > 4 && (word.ends_with("tre") || word.ends_with("bre")) {
        return format!("{}{}er", &word[..n - 3], b[n - 3] as char);
    }
    if n >= 6 && word.ends_with("our") && !matches!(word, "contour" | "devour" | "detour") {
        return format!("{}or", &word[..n - 3]);
    }
    word.to_string()
}

/// The thing a counted phrase names.
pub(crate) fn thing(phrase: &str) -> Thing {
    let folded = fold(phrase);
    // "life-guard" and "life guard" are "lifeguard".
    let closed = folded.replace(['-', '‐'], "");
    let words: Vec<String> = closed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !lexicon::is_stopword(w))
        .map(singular)
        .collect();
    let head = words.last().cloned().unwrap_or_default();
    let joined = closed.split_whitespace().any(|w| matches!(w, "and" | "or" | "&"));
    Thing { head, words, joined }
}

/// How well two counted things match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Likeness {
    /// Different heads, nothing in common.
    Unlike,
    /// One of them names nothing ("12,000") or anyone ("people").
    Unknown,
    /// Heads that news uses for the same people or things ("workers",
    /// "members").
    Alike,
    /// The same head ("specialist nurses", "Filipino nurses").
    SameHead,
}

/// Whether a thing names nothing ("12,000") or anyone ("people").
pub(crate) fn is_vague(t: &Thing) -> bool {
    // "people", "persons" and "others" may be any people, "places" any
    // places; "three times" counts whatever was done.
    const GENERIC: [&str; 7] = ["people", "person", "individual", "other", "time", "place", "location"];
    t.head.is_empty() || GENERIC.contains(&t.head.as_str())
}

/// The noun a thing counts: its head, or the word before a head that
/// says what happened to them ("homes" of "homes destroyed") or that they
/// are members of ("crew" of "crew members"); not a word that only
/// qualifies the head ("train" of "train coaches").
fn noun(t: &Thing) -> &str {
    let told = t.head.ends_with("ed") || lexicon::outcome(&t.head).is_some();
    // "crew members" are the crew, "staff members" the staff.
    let member = matches!(t.head.as_str(), "member" | "personnel");
    match t.words.len().checked_sub(2).map(|k| &t.words[k]) {
        Some(before) if told || member => before,
        _ => &t.head,
    }
}

/// How well `a` and `b` match as things counted.
pub(crate) fn likeness(a: &Thing, b: &Thing) -> Likeness {
    if is_vague(a) || is_vague(b) {
        return Likeness::Unknown;
    }
    // "97.6% of votes tallied" is how far the count has gone, not the
    // "55.9% of the votes" a candidate won.
    let counted = |t: &Thing| matches!(t.head.as_str(), "counted" | "tallied" | "processed");
    if counted(a) != counted(b) {
        return Likeness::Unlike;
    }
    // "43 studies and data" counts the studies of "43 studies".
    let among = |t: &Thing, other: &Thing| t.joined && t.words.contains(&other.head);
    if a.head == b.head || noun(a) == noun(b) || among(a, b) || among(b, a) {
        return Likeness::SameHead;
    }
    if lexicon::alike_counted(&a.head, &b.head) {
        return Likeness::Alike;
    }
    // "the total toll increased to 66" counts the dead, whoever they are:
    // "66 children".
    let toll = |t: &Thing, other: &Thing| t.head == "toll" && lexicon::alike_counted(&other.head, "people");
    if toll(a, b) || toll(b, a) {
        return Likeness::Alike;
    }
    // "lifeguard officers" and "lifeguard staff": a rare shared word; or
    // any word, where a head only sorts things ("test items", "test
    // categories").
    let sorting = |t: &Thing| matches!(t.head.as_str(), "item" | "category" | "type" | "kind" | "class");
    let rare = |w: &String| !lexicon::is_common_word(w) || sorting(a) || sorting(b);
    let shared = a.words.iter().any(|w| b.words.contains(w) && rare(w));
    if shared {
        return Likeness::Alike;
    }
    // "over 320 people were evacuated" and "321 workers": what happened
    // to anyone, and people of whom nothing is said, may be the same.
    let outcome_only = |t: &Thing| t.words.len() == 1 && lexicon::outcome(&t.head).is_some();
    let untold = |t: &Thing| t.words.iter().all(|w| lexicon::outcome(w).is_none());
    let people = |t: &Thing| untold(t) && lexicon::alike_counted(&t.head, "people");
    if (outcome_only(a) && people(b)) || (outcome_only(b) && people(a)) {
        return Likeness::Unknown;
    }
    Likeness::Unlike
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_commit_to_intervals() {
        // (value, qualifier, low, high)
        let cases = [
            // A small whole number stated as exact is itself; a larger or
            // decimal one may be rounded.
            (20.0, Qualifier::Exact, 20.0, 20.0),
            (12_000.0, Qualifier::Exact, 11_700.0, 12_300.0),
            (3.5, Qualifier::Exact, 3.45, 3.55),
            // "about" a round number allows half its last place.
            (12_000.0, Qualifier::About, 11_400.0, 12_600.0),
            // "about" an unround one, 5%.
            (37.0, Qualifier::About, 35.15, 38.85),
            // "at least" is a floor, "as much as" a ceiling.
            (22.0, Qualifier::AtLeast, 22.0, f64::INFINITY),
            (30.0, Qualifier::UpTo, 0.0, 30.0),
        ];
        for (value, qualifier, low, high) in cases {
            let (l, h) = interval(value, value, qualifier, FigureKind::Count);
            let near = |x: f64, y: f64| x == y || (x - y).abs() < 1e-6;
            assert!(near(l, low) && near(h, high), "{value} {qualifier:?}: {l}..{h}");
        }
    }

    #[test]
    fn counted_things_match_by_head_kin_or_a_rare_shared_word() {
        // (a, b, likeness)
        let cases = [
            ("specialist nurses", "Filipino nurses", Likeness::SameHead),
            ("workers", "union members", Likeness::Alike),
            ("lifeguard officers", "life-guard staff", Likeness::Alike),
            ("homes", "flights", Likeness::Unlike),
            // Members of the crew are the crew.
            ("crew members", "crew", Likeness::SameHead),
            ("", "workers", Likeness::Unknown),
            // "three times" says how often, not of what.
            ("times", "times", Likeness::Unknown),
            // What happened to them, said of what they are.
            ("whales dead", "dead", Likeness::SameHead),
            ("dead", "movies", Likeness::Unlike),
            // What happened to anyone, and people of whom nothing is said.
            ("evacuated", "workers", Likeness::Unknown),
            ("evacuated", "workers injured", Likeness::Unlike),
            ("dead", "injured", Likeness::Unlike),
            // "places" may be any places; a head that only sorts things
            // leaves what they are to the words before it.
            ("observation sites", "places", Likeness::Unknown),
            ("vehicle test items", "test categories", Likeness::Alike),
            ("test items", "vehicles", Likeness::Unlike),
            // British and American spellings.
            ("kilometres", "kilometers", Likeness::SameHead),
            ("labour unions", "labor unions", Likeness::SameHead),
            // Plurals in -men and "children"; words news uses alike.
            ("gunmen", "gunman", Likeness::SameHead),
            ("children", "child", Likeness::SameHead),
            ("four gunmen", "terrorists", Likeness::Alike),
            ("people arrested", "suspects detained", Likeness::Alike),
        ];
        for (a, b, want) in cases {
            assert_eq!(likeness(&thing(a), &thing(b)), want, "{a:?} / {b:?}");
        }
    }
}
