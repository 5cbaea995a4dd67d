//! The analysis core of Parallax: text in, typed analysis out.
//!
//! Parallax puts two news reports of the same story side by side. This crate
//! does all of the thinking about their text: it sets aside site boilerplate,
//! segments each report into paragraphs, sentences and words, finds the
//! *mentions* of people, organizations, places and dates and resolves them to
//! *entities* (also across reports), finds the *figures* each report gives
//! and the *quotes* it carries, and how it *frames* the story (loaded
//! wording, whom it quotes, how much it attributes to others). Each mention
//! says why it is a mention of its kind ([`Evidence`]) and why it belongs to
//! its entity ([`Link`]). The user's [`Corrections`] (not an entity,
//! retype, merge, split, add) apply before figures, quotes, framing and the
//! comparison are worked out ([`analyze_with`]). It has no web dependency,
//! so everything here runs and is tested on the host.
//!
//! # Invariants
//!
//! Every [`Span`] this crate returns is a half-open range of UTF-8 byte
//! offsets into the original text of its report, lying on `char`
//! boundaries. Within one report, mentions are sorted by start and never
//! overlap, so a renderer can slice the original text by them and never
//! drift. Every analysis function is total: it accepts any `&str` and
//! returns a value, never a panic.
//!
//! # Example
//!
//! ```
//! use parallax_core::{analyze, Input, Kind};
//!
//! let analysis = analyze(&[Input::new(
//!     "President Ana Gómez said the World Health Organization (WHO) sent 40 nurses to Lima.",
//! )]);
//! let report = &analysis.reports[0];
//! let names: Vec<(&str, Kind)> = report
//!     .mentions
//!     .iter()
//!     .map(|m| (m.text.as_str(), m.kind))
//!     .collect();
//! assert!(names.contains(&("Ana Gómez", Kind::Person)));
//! assert!(names.contains(&("WHO", Kind::Organization)));
//! assert!(names.contains(&("Lima", Kind::Place)));
//! assert_eq!(report.figures[0].value, 40.0);
//! assert_eq!(report.figures[0].unit, "nurses");
//! ```
#![deny(missing_docs)]

mod brief;
mod compare;
mod corrections;
mod dates;
mod entities;
mod export;
mod figures;
mod framing;
mod halves;
mod hash;
pub mod import;
mod layout;
mod lexicon;
mod quotes;
pub mod search;
pub mod text;
pub mod wire;

use serde::{Deserialize, Serialize, Serializer};

pub use brief::brief;
pub use compare::{Comparison, FigureRow, FigureStatus, Passage, QuotePair, SharedEntities, Summary, Unique};
pub use corrections::{Correction, Corrections};
pub use figures::{FigureKind, Period, Qualifier, format_number};
pub use framing::{CategoryCounts, Framing, FramingCategory, FramingTerm, QuotedSource, Tone, ToneCounts};
pub use layout::{Paragraph, Run, marked, paragraphs};

/// A half-open range `start..end` of UTF-8 byte offsets into a report's
/// original text.
///
/// A span produced by this crate always satisfies `start <= end`, lies
/// inside the text it was computed for, and has both ends on `char`
/// boundaries, so `&text[span.range()]` never panics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Offset of the first byte of the span.
    pub start: usize,
    /// Offset one past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a range, for slicing the text it belongs to.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers, or `""` if it does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(deserializer)?;
        if start > end {
            return Err(serde::de::Error::custom("a span cannot end before it starts"));
        }
        Ok(Span { start, end })
    }
}

/// What a mention or an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A named person.
    Person,
    /// A named organization: institution, company, party, body.
    Organization,
    /// A named place: country, region, city, geographic feature.
    Place,
    /// A date or time expression.
    Date,
    /// A quantity with what it counts; see [`Figure`].
    Figure,
}

impl Kind {
    /// Every kind, in the order the UI lists them.
    pub const ALL: [Kind; 5] = [Kind::Person, Kind::Organization, Kind::Place, Kind::Date, Kind::Figure];

    /// The lower-case name used in JSON, CSS classes and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Date => "date",
            Kind::Figure => "figure",
        }
    }

    /// A human label in the plural, for legends.
    pub fn plural_label(self) -> &'static str {
        match self {
            Kind::Person => "People",
            Kind::Organization => "Organizations",
            Kind::Place => "Places",
            Kind::Date => "Dates",
            Kind::Figure => "Figures",
        }
    }

    /// A human label in the singular, for tooltips.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Person => "Person",
            Kind::Organization => "Organization",
            Kind::Place => "Place",
            Kind::Date => "Date",
            Kind::Figure => "Figure",
        }
    }

    /// Parses the lower-case name produced by [`Kind::as_str`].
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == name)
    }
}

/// Identifies an entity within one [`Analysis`]; the same id in two reports
/// means the same entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub u32);

/// Why the core made a mention what it is: the rule or word list behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// The name is in the gazetteer of countries, regions and cities.
    Gazetteer,
    /// A title or role word precedes the name, e.g. "Ambassador".
    Title(String),
    /// The name contains an organization head word, e.g. "Institute".
    OrganizationHead(String),
    /// The name starts with a common given name, e.g. "Maria".
    GivenName(String),
    /// An acronym in capitals, e.g. "NATO".
    Acronym,
    /// An acronym defined in parentheses after its full name.
    AcronymDefinition(String),
    /// A place word in the name, e.g. "Island", "Province", or a compass word.
    PlaceHead(String),
    /// A multi-word capitalised name made of words outside the dictionary.
    NameShape,
    /// A cue word around the name, e.g. "in" before a place or "said" after a person.
    Cue(String),
    /// The mention takes its kind from the entity it was resolved to.
    Alias(String),
    /// A calendar expression: month, weekday, year, relative day or time.
    Calendar,
    /// A number, with the unit or counted noun that follows it.
    Number,
    /// A correction the user made ("added by you", "retyped by you",
    /// "merged by you into 'X'", "split by you from 'X'"), in words.
    Correction(String),
}

impl std::fmt::Display for Evidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Evidence::Gazetteer => write!(f, "listed in the gazetteer of places"),
            Evidence::Title(title) => write!(f, "title '{title}' before a capitalised name"),
            Evidence::OrganizationHead(head) => write!(f, "organization head '{head}'"),
            Evidence::GivenName(name) => write!(f, "common given name '{name}'"),
            Evidence::Acronym => write!(f, "acronym in capitals"),
            Evidence::AcronymDefinition(full) => {
                write!(f, "acronym defined in parentheses after '{full}'")
            }
            Evidence::PlaceHead(word) => write!(f, "place word '{word}'"),
            Evidence::NameShape => write!(f, "capitalised words outside the dictionary"),
            Evidence::Cue(cue) => write!(f, "cue '{cue}' next to the name"),
            Evidence::Alias(name) => write!(f, "another form of '{name}'"),
            Evidence::Calendar => write!(f, "calendar expression"),
            Evidence::Number => write!(f, "number with what it counts"),
            Evidence::Correction(what) => write!(f, "{what}"),
        }
    }
}

/// A span of a report that names an entity or states a figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Where the mention is in the report's original text.
    pub span: Span,
    /// The mention's text, exactly `&text[span.range()]`.
    pub text: String,
    /// What the mention is.
    pub kind: Kind,
    /// The entity it refers to; `None` for figures.
    pub entity: Option<EntityId>,
    /// Index into [`Report::figures`] for figure mentions.
    pub figure: Option<usize>,
    /// Why the core made this a mention of this kind.
    pub evidence: Evidence,
    /// Why the mention was resolved to its entity, when its text is not the
    /// entity's canonical name; `None` when it is, and for figures.
    #[serde(default)]
    pub link: Option<Link>,
}

/// Why a mention whose text is not its entity's canonical name was resolved
/// to that entity: the resolution rule (or the correction) that joined its
/// form to the others. The names it carries are forms of the entity as
/// written in the reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    /// The same name as the canonical one once accents, case, hyphens and
    /// possessives are ignored ("Diaz-Canel" for "Díaz-Canel").
    SameName,
    /// An acronym defined in parentheses after the named full form.
    AcronymDefinition(String),
    /// An acronym spelling the initials of the named organization.
    Initials(String),
    /// A surname or other partial form of the named longer name; for an
    /// organization, a run of two or more adjacent words of its name.
    PartialName(String),
    /// The full form of the named acronym (defined after it, or spelling
    /// its initials), when the canonical name is yet another form.
    FullForm(String),
    /// A longer form of the named partial name, when the canonical name is
    /// yet another form.
    LongerForm(String),
    /// The name of an entity the user merged into the named entity.
    MergedInto(String),
    /// The name of an entity the user merged the named entity into.
    MergedWith(String),
    /// Joined to the named form through other forms of the same entity,
    /// whose own links say how (after the user split some of them off).
    Linked(String),
}

impl std::fmt::Display for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Link::SameName => write!(f, "same name ignoring accents, case and hyphens"),
            Link::AcronymDefinition(full) => write!(f, "acronym defined in parentheses after '{full}'"),
            Link::Initials(full) => write!(f, "initials of '{full}'"),
            Link::PartialName(long) => write!(f, "surname or partial form of '{long}'"),
            Link::FullForm(acronym) => write!(f, "full form of the acronym '{acronym}'"),
            Link::LongerForm(short) => write!(f, "longer form of '{short}'"),
            Link::MergedInto(name) => write!(f, "merged by you into '{name}'"),
            Link::MergedWith(name) => write!(f, "merged by you with '{name}'"),
            Link::Linked(name) => write!(f, "linked to '{name}' through other forms of the entity"),
        }
    }
}

/// What the mentions of one report refer to: a person, organization, place
/// or date, with one canonical name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Shared by every report of the same [`Analysis`].
    pub id: EntityId,
    /// The canonical name: the longest full form seen in any report.
    pub name: String,
    /// What the entity is.
    pub kind: Kind,
    /// Every other form seen for it, in any report, sorted.
    pub aliases: Vec<String>,
    /// Indices into [`Report::mentions`] of this report's mentions of it.
    pub mentions: Vec<usize>,
}

/// A quantity stated by a report: its value, what it counts, and how sure
/// the report is about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The number expression: currency, number, scale and unit, without
    /// qualifier or counted noun ("$4.2 billion", "1,200", "12 percent").
    pub span: Span,
    /// The text of `span`.
    pub text: String,
    /// The normalised value (the lower bound of a range).
    pub value: f64,
    /// The upper bound, when the report gives a range.
    pub high: Option<f64>,
    /// What is counted or measured: a currency code ("USD"), "percent", a
    /// unit ("km") or the counted noun phrase ("Cuban doctors"); may be empty.
    pub unit: String,
    /// Where the counted noun phrase stands in the text, if there is one.
    pub unit_span: Option<Span>,
    /// Money, percentage, count or measure.
    pub kind: FigureKind,
    /// "about", "more than", "up to"… as stated before the number.
    pub qualifier: Qualifier,
    /// The period an amount is given for ("a month", "yearly").
    pub period: Option<Period>,
    /// Index into [`Report::sentences`] of the sentence it stands in.
    pub sentence: usize,
}

/// A direct quotation and who the report says spoke it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quotation, quote marks included.
    pub span: Span,
    /// The quoted words, without the quote marks.
    pub text: String,
    /// The entity the report attributes the quote to, when it says.
    pub speaker: Option<EntityId>,
    /// Index into [`Report::sentences`] of the sentence the quote opens in.
    pub sentence: usize,
}

/// One report's text to analyse, with an optional title.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The report's original text, exactly as received.
    pub text: &'a str,
    /// A title given by the user; when `None` the core derives one.
    pub title: Option<&'a str>,
}

impl<'a> Input<'a> {
    /// A report with no given title.
    pub fn new(text: &'a str) -> Input<'a> {
        Input { text, title: None }
    }

    /// A report with the title the user gave it.
    pub fn titled(text: &'a str, title: &'a str) -> Input<'a> {
        Input { text, title: Some(title) }
    }
}

/// Everything the core found in one report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The given title, or the headline or first sentence of the report.
    pub title: String,
    /// Length of the original text in bytes.
    pub length: usize,
    /// Words in the article text (boilerplate excluded).
    pub word_count: usize,
    /// The article text: the original minus the trailing site boilerplate.
    pub body: Span,
    /// Site text set aside from the analysis (comment prompts, "Filed in"
    /// trails, share buttons), sorted.
    pub boilerplate: Vec<Span>,
    /// Paragraphs of the article text (its non-empty lines), sorted.
    pub paragraphs: Vec<Span>,
    /// Sentences of the article text, sorted.
    pub sentences: Vec<Span>,
    /// Mentions of entities and figures, sorted by start, non-overlapping.
    pub mentions: Vec<Mention>,
    /// The entities this report mentions, by first mention.
    pub entities: Vec<Entity>,
    /// The figures this report states, in text order.
    pub figures: Vec<Figure>,
    /// The quotations this report carries, in text order.
    pub quotes: Vec<Quote>,
    /// How the report frames the story: its loaded vocabulary, whom it
    /// quotes, and how much of it is attributed to others.
    #[serde(default)]
    pub framing: Framing,
}

impl Report {
    /// This report's entry for entity `id`, if it mentions it.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.iter().find(|entity| entity.id == id)
    }

    /// How many times this report mentions entity `id`.
    pub fn mention_count(&self, id: EntityId) -> usize {
        self.entity(id).map_or(0, |entity| entity.mentions.len())
    }

    /// How many mentions of `kind` the report has.
    pub fn count_of(&self, kind: Kind) -> usize {
        self.mentions.iter().filter(|m| m.kind == kind).count()
    }
}

/// The analysis of a set of reports whose entities are resolved together.
///
/// `Analysis::default()` is the analysis of no report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// One entry per input, in input order.
    pub reports: Vec<Report>,
    /// The comparison of the first report with the second, when there are
    /// two. Always serialized (as `null` when absent): the derived form also
    /// crosses to the analysis worker in bincode, which cannot skip fields.
    pub comparison: Option<Comparison>,
    /// The user's corrections that were applied: those given to
    /// [`analyze_with`] that were well-formed and matched something, in the
    /// order given.
    #[serde(default)]
    pub corrections: Corrections,
}

impl Analysis {
    /// The canonical entry for entity `id`: name, kind and every alias, from
    /// whichever report mentions it.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.reports.iter().find_map(|report| report.entity(id))
    }

    /// Every entity mentioned by any report, each once, ordered by id.
    pub fn entities(&self) -> Vec<&Entity> {
        let mut all: Vec<&Entity> = self.reports.iter().flat_map(|r| r.entities.iter()).collect();
        // Stable sort: each id keeps the first report's entry.
        all.sort_by_key(|entity| entity.id);
        all.dedup_by_key(|entity| entity.id);
        all
    }

    /// The analysis as the documented JSON (see `docs/analysis-schema.md`):
    /// spans of mentions, figures and quotes as `start` and `end` fields,
    /// each mention's reasons in words (`why` for its kind, `merged` for its
    /// entity), each report's framing, and the applied corrections. (The
    /// derived serde form, used to pass an analysis between threads, keeps
    /// spans as pairs.)
    pub fn to_json(&self) -> String {
        export::to_json(self)
    }
}

/// Analyses a set of reports together, so that the same entity gets the same
/// [`EntityId`] in every report; with exactly two reports, also compares
/// them (see [`Comparison`]).
///
/// Accepts any text, including empty, binary-looking or enormous input; the
/// work done grows about linearly with the total length. The same as
/// [`analyze_with`] and no correction.
pub fn analyze(inputs: &[Input<'_>]) -> Analysis {
    analyze_with(inputs, &Corrections::default())
}

/// Analyses a set of reports as [`analyze`] does, then applies the user's
/// `corrections` (see [`Correction`]) before figures, quotes, framing and
/// the comparison are worked out, so that all of them reflect the
/// corrections.
///
/// A correction that is malformed (an empty name or one over 200
/// characters, a kind that is not a person, organization, place or date)
/// or matches nothing is ignored; [`Analysis::corrections`] lists those
/// that were applied.
///
/// # Example
///
/// ```
/// use parallax_core::{analyze_with, Correction, Corrections, Input, Kind};
///
/// let corrections = Corrections {
///     items: vec![Correction::Add { text: "Blue Harbour".into(), kind: Kind::Place }],
/// };
/// let analysis = analyze_with(&[Input::new("Boats left Blue Harbour at dawn.")], &corrections);
/// let place = &analysis.reports[0].mentions[0];
/// assert_eq!((place.text.as_str(), place.kind), ("Blue Harbour", Kind::Place));
/// assert_eq!(place.evidence.to_string(), "added by you");
/// assert_eq!(analysis.corrections, corrections);
/// ```
pub fn analyze_with(inputs: &[Input<'_>], corrections: &Corrections) -> Analysis {
    let prepared: Vec<text::Prepared> = inputs.iter().map(|input| text::prepare(input.text)).collect();
    let mut found: Vec<entities::Found> =
        inputs.iter().zip(&prepared).map(|(input, prep)| entities::find(input.text, prep)).collect();
    let mut plan = corrections::Plan::new(corrections);
    plan.edit_candidates(inputs, &prepared, &mut found);
    let resolved = entities::resolve(inputs, &found, &mut plan);
    let reports: Vec<Report> = inputs
        .iter()
        .zip(&prepared)
        .zip(found)
        .zip(resolved)
        .map(|(((input, prep), found), resolved)| assemble(input, prep, found, resolved, &mut plan))
        .collect();
    let comparison = match (&prepared[..], &reports[..]) {
        ([pa, pb], [ra, rb]) => {
            Some(compare::compare(&compare::Side { prep: pa, report: ra }, &compare::Side { prep: pb, report: rb }))
        }
        _ => None,
    };
    Analysis { reports, comparison, corrections: plan.applied() }
}

/// A title for a report: its headline when it opens with one (a short
/// first line without a final period), else its first sentence, shortened.
pub fn headline(text: &str) -> String {
    // The first few kilobytes are enough to find a headline.
    let head = &text[..text.floor_char_boundary(4096)];
    text::headline(head, &text::prepare(head))
}

/// Puts one report's pieces together: mentions from entities and figures,
/// quotes with their speakers.
fn assemble(
    input: &Input<'_>,
    prep: &text::Prepared,
    found: entities::Found,
    resolved: entities::Resolved,
    plan: &mut corrections::Plan<'_>,
) -> Report {
    let text = input.text;
    let mut figures = figures::find(text, prep, &found.claimed, &resolved.mentions);
    // Figures the reader said are none go before anything refers to them.
    figures.retain(|figure| !plan.drops_figure(&figure.text));
    let numbers: Vec<Mention> = figures
        .iter()
        .enumerate()
        .map(|(index, figure)| Mention {
            span: figure.span,
            text: figure.text.clone(),
            kind: Kind::Figure,
            entity: None,
            figure: Some(index),
            evidence: Evidence::Number,
            link: None,
        })
        .collect();
    let mentions = layout::merge_without_overlaps(resolved.mentions, numbers);
    let mut entities = resolved.entities;
    for entity in &mut entities {
        entity.mentions.clear();
    }
    // Each entity id appears once in `entities`; index them by id rather
    // than searching the list for every mention.
    let slots = entities.iter().map(|e| e.id.0 as usize + 1).max().unwrap_or(0);
    let mut slot_of: Vec<Option<usize>> = vec![None; slots];
    for (slot, entity) in entities.iter().enumerate().rev() {
        slot_of[entity.id.0 as usize] = Some(slot);
    }
    for (index, mention) in mentions.iter().enumerate() {
        if let Some(id) = mention.entity {
            if let Some(&Some(slot)) = slot_of.get(id.0 as usize) {
                entities[slot].mentions.push(index);
            }
        }
    }
    entities.retain(|entity| !entity.mentions.is_empty());
    entities.sort_by_key(|entity| entity.mentions[0]);
    let quotes = quotes::find(text, prep, &mentions);
    let word_count = prep.word_count();
    let framing = framing::find(prep, &mentions, &quotes, word_count);
    let title = match input.title.map(str::trim) {
        Some(title) if !title.is_empty() => title.to_string(),
        _ => text::headline(text, prep),
    };
    Report {
        title,
        length: text.len(),
        word_count,
        body: prep.body,
        boilerplate: prep.boilerplate.clone(),
        paragraphs: prep.paragraphs.clone(),
        sentences: prep.sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities,
        figures,
        quotes,
        framing,
    }
}
