//! A compact binary form of an [`Analysis`], for handing one from the
//! analysis worker (or the build, for the embedded pair) to the page.
//!
//! The page only ever reads this form, and the code that reads it is a
//! large part of the page's download when serde derives it (about 8 KB of
//! gzip for bincode's, with its generic error paths); the reader here is a
//! few functions over a byte cursor. The writer and the reader sit side by
//! side, one `Wire` impl per type, so that a field added to one is seen
//! missing in the other by the round-trip tests.
//!
//! The form: integers little-endian, `usize` as `u32`, `f64` as its bits,
//! strings and lists as a `u32` count then their items, options and enums
//! as a one-byte tag then the payload. It starts with [`MAGIC`], so bytes of
//! another version are refused rather than misread. Reading is total: any
//! bytes give an analysis or `None`, never a panic, and a count larger than
//! what is left is refused before anything is allocated for it.
//!
//! The reader does not return early: a read that fails marks the reader as
//! failed and gives a default value, and [`decode`] refuses the whole at the
//! end. Early returns from the middle of a struct's fields would each need
//! code to drop the fields already read, which is most of the size of a
//! derived reader.

use crate::{Comparison, FigureRow, FigureStatus, Passage, QuotePair, SharedEntities, Summary, Unique};
use crate::{Correction, Corrections};
use crate::{CategoryCounts, Framing, FramingCategory, FramingTerm, QuotedSource, Tone, ToneCounts, Voice};
use crate::{
    Analysis, Entity, EntityId, Evidence, Figure, FigureKind, Kind, Link, Mention, Period, Qualifier, Quote, Referent,
    Report,
    Span,
};

/// The first bytes of the form; the last one is its version.
pub const MAGIC: [u8; 4] = *b"PXA\x07";

/// `analysis` in the wire form.
pub fn encode(analysis: &Analysis) -> Vec<u8> {
    let mut out = Writer(MAGIC.to_vec());
    analysis.put(&mut out);
    out.0
}

/// The analysis `bytes` hold, or `None` when they are not one in this
/// version of the form (or have bytes left over).
pub fn decode(bytes: &[u8]) -> Option<Analysis> {
    let rest = bytes.strip_prefix(&MAGIC)?;
    let mut reader = Reader { rest, failed: false };
    let analysis = Analysis::get(&mut reader);
    (!reader.failed && reader.rest.is_empty()).then_some(analysis)
}

/// Bytes being written.
struct Writer(Vec<u8>);

/// The bytes not read yet, and whether a read has failed.
struct Reader<'a> {
    rest: &'a [u8],
    failed: bool,
}

impl Reader<'_> {
    /// Marks the reading as failed and gives `value` instead.
    fn fail<T>(&mut self, value: T) -> T {
        self.failed = true;
        self.rest = &[];
        value
    }

    fn take(&mut self, n: usize) -> &[u8] {
        if n > self.rest.len() {
            return self.fail(&[]);
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        head
    }

    fn array<const N: usize>(&mut self) -> [u8; N] {
        self.take(N).try_into().unwrap_or([0; N])
    }

    /// A count of items, each at least one byte: never more than is left.
    fn count(&mut self) -> usize {
        let n = usize::get(self);
        if n > self.rest.len() { self.fail(0) } else { n }
    }

    /// A one-byte tag below `limit`.
    fn tag(&mut self, limit: u8) -> u8 {
        let tag = u8::get(self);
        if tag < limit { tag } else { self.fail(0) }
    }
}

/// A value that has a wire form.
trait Wire: Sized {
    fn put(&self, out: &mut Writer);
    /// The value read, or a default one when the reading fails.
    fn get(input: &mut Reader<'_>) -> Self;
}

impl Wire for u8 {
    fn put(&self, out: &mut Writer) {
        out.0.push(*self);
    }
    fn get(input: &mut Reader<'_>) -> u8 {
        input.array::<1>()[0]
    }
}

impl Wire for u32 {
    fn put(&self, out: &mut Writer) {
        out.0.extend_from_slice(&self.to_le_bytes());
    }
    fn get(input: &mut Reader<'_>) -> u32 {
        u32::from_le_bytes(input.array())
    }
}

impl Wire for usize {
    fn put(&self, out: &mut Writer) {
        // Reports are capped far below 4 GB; nothing counts past u32.
        u32::try_from(*self).unwrap_or(u32::MAX).put(out);
    }
    fn get(input: &mut Reader<'_>) -> usize {
        u32::get(input) as usize
    }
}

impl Wire for f64 {
    fn put(&self, out: &mut Writer) {
        out.0.extend_from_slice(&self.to_bits().to_le_bytes());
    }
    fn get(input: &mut Reader<'_>) -> f64 {
        f64::from_bits(u64::from_le_bytes(input.array()))
    }
}

impl Wire for bool {
    fn put(&self, out: &mut Writer) {
        u8::from(*self).put(out);
    }
    fn get(input: &mut Reader<'_>) -> bool {
        input.tag(2) == 1
    }
}

impl Wire for String {
    fn put(&self, out: &mut Writer) {
        self.len().put(out);
        out.0.extend_from_slice(self.as_bytes());
    }
    fn get(input: &mut Reader<'_>) -> String {
        let n = input.count();
        match std::str::from_utf8(input.take(n)) {
            Ok(text) => text.to_string(),
            Err(_) => input.fail(String::new()),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut Writer) {
        self.len().put(out);
        for item in self {
            item.put(out);
        }
    }
    fn get(input: &mut Reader<'_>) -> Vec<T> {
        let n = input.count();
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(T::get(input));
        }
        items
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, out: &mut Writer) {
        match self {
            None => 0u8.put(out),
            Some(value) => {
                1u8.put(out);
                value.put(out);
            }
        }
    }
    fn get(input: &mut Reader<'_>) -> Option<T> {
        (input.tag(2) == 1).then(|| T::get(input))
    }
}

impl Wire for Span {
    fn put(&self, out: &mut Writer) {
        self.start.put(out);
        self.end.put(out);
    }
    fn get(input: &mut Reader<'_>) -> Span {
        let (start, end) = (usize::get(input), usize::get(input));
        if start <= end { Span { start, end } } else { input.fail(Span::default()) }
    }
}

impl Wire for EntityId {
    fn put(&self, out: &mut Writer) {
        self.0.put(out);
    }
    fn get(input: &mut Reader<'_>) -> EntityId {
        EntityId(u32::get(input))
    }
}

/// Enums without data: a tag, one byte. A tag out of range fails the
/// reading and gives the first variant.
macro_rules! wire_unit_enum {
    ($ty:ident { $first:ident = $first_tag:literal $(, $variant:ident = $tag:literal)* $(,)? }) => {
        impl Wire for $ty {
            fn put(&self, out: &mut Writer) {
                match self {
                    $ty::$first => ($first_tag as u8).put(out),
                    $($ty::$variant => ($tag as u8).put(out),)*
                }
            }
            fn get(input: &mut Reader<'_>) -> $ty {
                match u8::get(input) {
                    $first_tag => $ty::$first,
                    $($tag => $ty::$variant,)*
                    _ => input.fail($ty::$first),
                }
            }
        }
    };
}

wire_unit_enum!(Kind { Person = 0, Organization = 1, Place = 2, Date = 3, Figure = 4 });
wire_unit_enum!(FigureKind { Money = 0, Percent = 1, Measure = 2, Count = 3 });
wire_unit_enum!(Qualifier { Exact = 0, About = 1, Nearly = 2, MoreThan = 3, LessThan = 4, UpTo = 5, AtLeast = 6, AtMost = 7 });
wire_unit_enum!(Period { Hour = 0, Day = 1, Week = 2, Month = 3, Year = 4 });
wire_unit_enum!(FigureStatus { Agree = 0, Conflict = 1, OnlyA = 2, OnlyB = 3, Compatible = 4 });
wire_unit_enum!(FramingCategory { Alarm = 0, Attack = 1, Praise = 2, Doubt = 3, Intensity = 4, Labels = 5, Hedge = 6 });
wire_unit_enum!(Tone { Negative = 0, Positive = 1, Neutral = 2 });

/// Enums whose variants hold a string or nothing: a tag, then the string.
/// A tag out of range fails the reading and gives the first unit variant.
macro_rules! wire_text_enum {
    ($ty:ident, units [$first:ident = $first_tag:literal $(, $unit:ident = $u:literal)*], texts [$($text:ident = $t:literal),*]) => {
        impl Wire for $ty {
            fn put(&self, out: &mut Writer) {
                match self {
                    $ty::$first => ($first_tag as u8).put(out),
                    $($ty::$unit => ($u as u8).put(out),)*
                    $($ty::$text(text) => {
                        ($t as u8).put(out);
                        text.put(out);
                    })*
                }
            }
            fn get(input: &mut Reader<'_>) -> $ty {
                match u8::get(input) {
                    $first_tag => $ty::$first,
                    $($u => $ty::$unit,)*
                    $($t => $ty::$text(String::get(input)),)*
                    _ => input.fail($ty::$first),
                }
            }
        }
    };
}

wire_text_enum!(
    Evidence,
    units [Gazetteer = 0, Acronym = 4, NameShape = 7, Calendar = 10, Number = 11],
    texts [Title = 1, OrganizationHead = 2, GivenName = 3, AcronymDefinition = 5, PlaceHead = 6, Cue = 8, Alias = 9,
        Correction = 12, Listed = 13]
);
wire_text_enum!(
    Link,
    units [SameName = 0],
    texts [AcronymDefinition = 1, Initials = 2, PartialName = 3, FullForm = 4, LongerForm = 5, MergedInto = 6,
        MergedWith = 7, Linked = 8, Spelling = 9]
);

/// Structs: their fields in order.
macro_rules! wire_struct {
    ($ty:ident { $($field:ident),+ $(,)? }) => {
        impl Wire for $ty {
            fn put(&self, out: &mut Writer) {
                $(self.$field.put(out);)+
            }
            fn get(input: &mut Reader<'_>) -> $ty {
                $ty { $($field: Wire::get(input)),+ }
            }
        }
    };
}

/// An analysis without its story's coverage: the page is given a story's
/// coverage already laid out for it (the protocol's board), so the form
/// leaves it out, and the page holds no reader for it.
impl Wire for Analysis {
    fn put(&self, out: &mut Writer) {
        self.reports.put(out);
        self.comparison.put(out);
        self.corrections.put(out);
    }
    fn get(input: &mut Reader<'_>) -> Analysis {
        let (reports, comparison) = (Wire::get(input), Wire::get(input));
        Analysis { reports, comparison, coverage: None, corrections: Wire::get(input) }
    }
}
wire_struct!(Report {
    title,
    length,
    word_count,
    body,
    boilerplate,
    paragraphs,
    sentences,
    mentions,
    entities,
    figures,
    quotes,
    framing
});
/// A mention's referent is written as two options, the entity's and the
/// figure's, of which exactly one is set (the form's first version); bytes
/// with both or neither are refused.
impl Wire for Mention {
    fn put(&self, out: &mut Writer) {
        self.span.put(out);
        self.text.put(out);
        self.kind.put(out);
        self.entity().put(out);
        self.figure().put(out);
        self.evidence.put(out);
        self.link.put(out);
    }

    fn get(input: &mut Reader<'_>) -> Mention {
        let span = Span::get(input);
        let text = String::get(input);
        let kind = Kind::get(input);
        let referent = match (Option::<EntityId>::get(input), Option::<usize>::get(input)) {
            (Some(id), None) => Referent::Entity(id),
            (None, Some(index)) => Referent::Figure(index),
            _ => input.fail(Referent::Figure(0)),
        };
        Mention { span, text, kind, referent, evidence: Evidence::get(input), link: Option::get(input) }
    }
}
wire_struct!(Entity { id, name, kind, aliases, mentions });
wire_struct!(Figure { span, text, value, high, unit, unit_span, kind, qualifier, qualifier_text, period, sentence });
wire_struct!(Quote { span, text, speaker, sentence });
wire_struct!(Framing {
    terms,
    by_category,
    by_tone,
    own_by_category,
    own_by_tone,
    sources,
    quoted_words,
    attributed_words,
    total_words,
    attributed_share
});
wire_struct!(FramingTerm { term, category, tone, count, spans, voice });
/// A voice is its speaker's option, behind a tag: 0 own, 1 quoted.
impl Wire for Voice {
    fn put(&self, out: &mut Writer) {
        match self {
            Voice::Own => 0u8.put(out),
            Voice::Quoted(speaker) => {
                1u8.put(out);
                speaker.put(out);
            }
        }
    }

    fn get(input: &mut Reader<'_>) -> Voice {
        match input.tag(2) {
            0 => Voice::Own,
            _ => Voice::Quoted(Option::get(input)),
        }
    }
}
wire_struct!(CategoryCounts { alarm, attack, praise, doubt, intensity, labels, hedge });
wire_struct!(ToneCounts { negative, positive, neutral });
wire_struct!(QuotedSource { speaker, quotes, words, loaded });
wire_struct!(Comparison { summary, passages, unique, figures, entities, quotes });
wire_struct!(Summary {
    aligned,
    unique_a,
    unique_b,
    aligned_share_a,
    aligned_share_b,
    shared_entities,
    only_a_entities,
    only_b_entities,
    figures_agree,
    figures_compatible,
    figures_conflict,
    figures_only_a,
    figures_only_b,
    shared_quotes,
    different_stories
});
wire_struct!(Passage { a, b, a_sentence, b_sentence, similarity, a_changed, b_changed, figures, entities });
wire_struct!(Unique { a, b });
wire_struct!(FigureRow { status, value, unit, a, b, note });
wire_struct!(SharedEntities { shared, only_a, only_b });
wire_struct!(QuotePair { a, b, similarity, shortened, reworded, speaker_differs, a_changed, b_changed });
wire_struct!(Corrections { items });

impl Wire for Correction {
    fn put(&self, out: &mut Writer) {
        /// A tag, then the variant's two fields.
        fn put_two(out: &mut Writer, tag: u8, first: &impl Wire, second: &impl Wire) {
            tag.put(out);
            first.put(out);
            second.put(out);
        }
        match self {
            Correction::NotAnEntity { text } => {
                0u8.put(out);
                text.put(out);
            }
            Correction::Retype { name, kind } => put_two(out, 1, name, kind),
            Correction::Merge { name, into } => put_two(out, 2, name, into),
            Correction::Split { text, from } => put_two(out, 3, text, from),
            Correction::Add { text, kind } => put_two(out, 4, text, kind),
        }
    }
    fn get(input: &mut Reader<'_>) -> Correction {
        match input.tag(5) {
            0 => Correction::NotAnEntity { text: String::get(input) },
            1 => Correction::Retype { name: String::get(input), kind: Kind::get(input) },
            2 => Correction::Merge { name: String::get(input), into: String::get(input) },
            3 => Correction::Split { text: String::get(input), from: String::get(input) },
            _ => Correction::Add { text: String::get(input), kind: Kind::get(input) },
        }
    }
}
