//! Mentions and entities: the spans of a report that name a person,
//! organization, place or date, what each is, why the analysis made it one,
//! and the entity it refers to.

use serde::{Deserialize, Serialize};

use crate::Span;

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
    /// The name is in a curated list of general names, which it names
    /// ("the world's major news organizations").
    Listed(String),
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
            Evidence::Listed(list) => write!(f, "listed among {list}"),
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
    /// What it refers to: the entity it names, or the figure it states.
    pub referent: Referent,
    /// Why the core made this a mention of this kind.
    pub evidence: Evidence,
    /// Why the mention was resolved to its entity, when its text is not the
    /// entity's canonical name; `None` when it is, and for figures.
    #[serde(default)]
    pub link: Option<Link>,
}

impl Mention {
    /// The entity the mention names; `None` for a figure.
    pub fn entity(&self) -> Option<EntityId> {
        match self.referent {
            Referent::Entity(id) => Some(id),
            Referent::Figure(_) => None,
        }
    }

    /// The index into [`Report::figures`](crate::Report::figures) of the
    /// figure the mention states; `None` for a name.
    pub fn figure(&self) -> Option<usize> {
        match self.referent {
            Referent::Figure(index) => Some(index),
            Referent::Entity(_) => None,
        }
    }
}

/// What a mention refers to: an entity, or one of its report's figures;
/// never both, never neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Referent {
    /// The entity the mention names.
    Entity(EntityId),
    /// Index into [`Report::figures`](crate::Report::figures).
    Figure(usize),
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
    /// The named person's name spelled one letter differently in one word
    /// after the first ("Jaya Verma Sinha" and "Jaya Varma Sinha").
    Spelling(String),
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
            Link::Spelling(name) => write!(f, "another spelling of '{name}'"),
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
