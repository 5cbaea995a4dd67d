//! Behaviour tests of the public API: one table per rule of the extractor,
//! each case with a comment saying what it shows. The texts are made up;
//! none of the names is in any word list.

use parallax_analysis::{Input, analyze};
use parallax_model::{Analysis, FigureKind, Kind, Period, Qualifier};

fn one(text: &str) -> Analysis {
    analyze(&[Input::new(text)])
}

/// The (text, kind) of every entity mention.
fn mentions(text: &str) -> Vec<(String, Kind)> {
    one(text).reports[0].mentions.iter().filter(|m| m.kind != Kind::Figure).map(|m| (m.text.clone(), m.kind)).collect()
}

fn has(text: &str, name: &str, kind: Kind) -> bool {
    mentions(text).iter().any(|(t, k)| t == name && *k == kind)
}

/// Asserts each case's expected mentions are found, with their kinds.
fn check(cases: &[(&str, &[(&str, Kind)])]) {
    for (text, expected) in cases {
        let found = mentions(text);
        for (name, kind) in *expected {
            assert!(
                found.iter().any(|(t, k)| t == name && k == kind),
                "expected {name:?} as {kind:?} in {text:?}; found {found:?}"
            );
        }
    }
}

use Kind::{Date, Organization as Org, Person, Place};

const NAMES_WITH_CONNECTORS: &[(&str, &[(&str, Kind)])] = &[
    // Particles inside a European name.
    ("The plan was presented by Ursula von der Leyen on Tuesday.", &[("Ursula von der Leyen", Person)]),
    // Spanish connectors and accents.
    ("María de los Ángeles Pérez met reporters.", &[("María de los Ángeles Pérez", Person)]),
    // An organization with a connector and a legal suffix.
    ("Shares of Banco de México S.A. rose.", &[("Banco de México S.A.", Org)]),
    // Places with accents and connectors, from the gazetteer.
    ("Floods hit Rio Grande do Sul and São Paulo.", &[("Rio Grande do Sul", Place), ("São Paulo", Place)]),
    // Hyphenated names.
    ("Talks with Jean-Pierre Lafontaine-Roux ended.", &[("Jean-Pierre Lafontaine-Roux", Person)]),
];

#[test]
fn multi_word_names_keep_connectors_accents_and_hyphens() {
    check(NAMES_WITH_CONNECTORS);
}

const TITLES: &[(&str, &[(&str, Kind)])] = &[
    // A capitalised title before the name stays out of it.
    ("Ambassador Teodora Kvasnik arrived.", &[("Teodora Kvasnik", Person)]),
    ("Later, President Amaru Quispe Tanta spoke.", &[("Amaru Quispe Tanta", Person)]),
    // A multi-word title.
    ("Prime Minister Olek Brzanski resigned.", &[("Olek Brzanski", Person)]),
    // Titles in a row, the first after a word of its field.
    ("Health Minister Dr Amina Yusuf spoke.", &[("Amina Yusuf", Person)]),
    // A lower-case role before the name.
    ("The veteran ruler Ilkka Vaarnamo held a meeting.", &[("Ilkka Vaarnamo", Person)]),
    // "director of X": X is an organization.
    ("She is the director of Fundación Tierra Viva.", &[("Fundación Tierra Viva", Org)]),
    (
        "Kira Dobos, general director of Social Protection, said so.",
        &[("Social Protection", Org), ("Kira Dobos", Person)],
    ),
];

#[test]
fn titles_mark_people_and_stay_out_of_names() {
    check(TITLES);
    assert!(!has("Ambassador Teodora Kvasnik arrived.", "Ambassador Teodora Kvasnik", Person));
}

const ORGANIZATIONS: &[(&str, &[(&str, Kind)])] = &[
    // Organization heads.
    ("The Northern Fisheries Institute published data.", &[("Northern Fisheries Institute", Org)]),
    ("Officials at the Ministry of Water Affairs disagreed.", &[("Ministry of Water Affairs", Org)]),
    ("The Coastal Restoration Program ended.", &[("Coastal Restoration Program", Org)]),
    ("Loans from the Andean Development Bank grew.", &[("Andean Development Bank", Org)]),
    ("The Decentralized Water Body approved it.", &[("Decentralized Water Body", Org)]),
    ("Researchers at Vellmar University agreed.", &[("Vellmar University", Org)]),
    // An acronym defined in parentheses, then used alone.
    (
        "The National Seed Agency (NSA) warned farmers. The NSA said stocks were low.",
        &[("National Seed Agency", Org), ("NSA", Org)],
    ),
    // "and" inside an organization's name, not between two names.
    ("The Department of Health and Human Services replied.", &[("Department of Health and Human Services", Org)]),
    // "and" before the head that names the whole, a few words on.
    (
        "The Coastal Safety and Marine Rescue Administration replied.",
        &[("Coastal Safety and Marine Rescue Administration", Org)],
    ),
    // Two such "and"s before one head.
    (
        "Officials of the Alcohol and Tobacco Tax and Trade Bureau replied.",
        &[("Alcohol and Tobacco Tax and Trade Bureau", Org)],
    ),
];

#[test]
fn organizations_by_head_word_and_acronym() {
    check(ORGANIZATIONS);
}

#[test]
fn acronym_resolves_to_its_full_name() {
    let analysis = one("The National Seed Agency (NSA) warned farmers. Later the NSA said stocks were low.");
    let report = &analysis.reports[0];
    let ids: Vec<_> = report.mentions.iter().filter(|m| m.kind == Org).map(|m| m.entity()).collect();
    assert_eq!(ids.len(), 3);
    assert!(ids.iter().all(|id| *id == ids[0]), "one entity: {ids:?}");
    assert_eq!(analysis.entity(ids[0].unwrap()).unwrap().name, "National Seed Agency");
}

const PLACES: &[(&str, &[(&str, Kind)])] = &[
    // Countries, capitals and cities from the gazetteer.
    ("Doctors from Cuba arrived in Mexico City and Lima.", &[("Cuba", Place), ("Mexico City", Place), ("Lima", Place)]),
    // Counties, whatever stands around them.
    ("Somerset residents and Offaly farmers braced for floods.", &[("Somerset", Place), ("Offaly", Place)]),
    // A place cue before an unknown name.
    ("The clinic in Tlalmanco closed.", &[("Tlalmanco", Place)]),
    // "state of X".
    ("Heavy rain fell in the state of Zacualpa on Monday.", &[("Zacualpa", Place), ("Monday", Date)]),
    // Place words.
    ("Ferries to Varnö Island stopped near Mount Kesselberg.", &[("Varnö Island", Place), ("Mount Kesselberg", Place)]),
    // A dateline in capitals.
    ("KANDOLA, March 4 — The river rose.", &[("KANDOLA", Place), ("March 4", Date)]),
];

#[test]
fn places_from_gazetteer_and_context() {
    check(PLACES);
}

const NOT_ENTITIES: &[(&str, &[&str])] = &[
    // Sentence openers that are ordinary words.
    ("The meeting ended. However, nothing changed. Despite this, talks go on.", &["The", "However", "Despite"]),
    // "In March": the month is a date, "In" is nothing.
    ("In March the rains came.", &["In", "In March"]),
    // Demonyms are not people.
    ("Cuban doctors and Mexican nurses met.", &["Cuban", "Mexican"]),
    // Capitalised common words in running text.
    ("Specialties such as Pediatrics, Obstetrics and Emergencies grew.", &["Pediatrics", "Obstetrics", "Emergencies"]),
];

#[test]
fn ordinary_capitalised_words_are_not_entities() {
    for (text, not) in NOT_ENTITIES {
        let found = mentions(text);
        for word in *not {
            assert!(!found.iter().any(|(t, _)| t == word), "{word:?} is no entity in {text:?}: {found:?}");
        }
    }
}

#[test]
fn title_case_headline_is_not_read_as_names() {
    let text = "Doctors Arrive As Hospital Crisis Deepens\nThe first doctors arrived on Friday.";
    let found = mentions(text);
    assert!(!found.iter().any(|(t, _)| t.contains("Doctors") || t.contains("Crisis")), "{found:?}");
    assert!(found.contains(&(String::from("Friday"), Date)));
    // A deck in Title Case that ends on a period is read as a headline
    // too; a sentence with a word in lower case is not.
    let text = "Vell: Ana Ruiz Elected\n\nA Political Newcomer Ana Ruiz Confirmed The Winner Of Vell’s Presidential \
                Election, After Kenya's Count.\n\nShelters are open at the Kenya Sports Centre.";
    let found = mentions(text);
    assert_eq!(found.iter().filter(|(t, _)| t == "Ana Ruiz").count(), 2, "{found:?}");
    assert!(found.contains(&(String::from("Kenya Sports Centre"), Place)), "{found:?}");
    assert!(!found.iter().any(|(t, _)| t.contains("Newcomer") || t.contains("Winner")), "{found:?}");
}

#[test]
fn aliases_resolve_within_and_across_reports() {
    let a = "Talks were led by Teodora Kvasnik-Ruiz Albescu. Later Kvasnik-Ruiz Albescu left.";
    let b = "Kvasnik-Ruiz spoke first. Teodora Kvasnik Ruiz said more. The Pemex-Exploración unit agreed.";
    let c = "Officials at PEMEX Exploracion disagreed with Kvasnik-ruiz.";
    let analysis = analyze(&[Input::new(a), Input::new(b), Input::new(c)]);
    let person: Vec<_> = analysis
        .reports
        .iter()
        .flat_map(|r| r.mentions.iter())
        .filter(|m| m.text.contains("Kvasnik"))
        .map(|m| m.entity())
        .collect();
    assert!(person.len() >= 4);
    assert!(person.iter().all(|id| *id == person[0]), "one person across reports: {person:?}");
    // The canonical name is the longest full form seen.
    let entity = analysis.entity(person[0].unwrap()).unwrap();
    assert_eq!(entity.name, "Teodora Kvasnik-Ruiz Albescu");
    assert!(entity.aliases.contains(&String::from("Kvasnik-Ruiz")));
    // Accent-, case- and hyphen-insensitive organization names.
    let org: Vec<_> = analysis
        .reports
        .iter()
        .flat_map(|r| r.mentions.iter())
        .filter(|m| m.text.to_lowercase().contains("pemex"))
        .map(|m| m.entity())
        .collect();
    assert_eq!(org.len(), 2, "{org:?}");
    assert_eq!(org[0], org[1]);
}

#[test]
fn surname_joins_only_an_unambiguous_full_name() {
    let text = "Ana Vilar and Rui Vilar met. Vilar said nothing.";
    let analysis = one(text);
    let report = &analysis.reports[0];
    let vilar = report.mentions.iter().find(|m| m.text == "Vilar").expect("mention");
    let ana = report.mentions.iter().find(|m| m.text == "Ana Vilar").unwrap();
    let rui = report.mentions.iter().find(|m| m.text == "Rui Vilar").unwrap();
    assert_ne!(vilar.entity(), ana.entity());
    assert_ne!(vilar.entity(), rui.entity());
}

/// Each case: a text, a shortened form of an organization in it, and the
/// longer organization name it should join (or `None`: it stays apart).
const ORGANIZATION_PARTS: &[(&str, &str, Option<&str>)] = &[
    // Two adjacent words of one longer organization name join it.
    (
        "The Valdoran Coastal Survey Institute opened a station. The general director of Coastal Survey, Teodora Kvasnik, spoke.",
        "Coastal Survey",
        Some("Valdoran Coastal Survey Institute"),
    ),
    // The same run inside two organizations' names: ambiguous, so neither.
    (
        "The Valdoran Coastal Survey Institute and the Northern Coastal Survey Agency signed a pact. The general director of Coastal Survey, Teodora Kvasnik, spoke.",
        "Coastal Survey",
        None,
    ),
    // A single word of the name is too little to go on.
    (
        "The Valdoran Coastal Survey Institute opened a station. The general director of Survey, Teodora Kvasnik, spoke.",
        "Survey",
        None,
    ),
    // Words that are not adjacent in the longer name may name another body.
    (
        "The Valdoran Coastal Survey Institute opened a station. The general director of Valdoran Institute, Teodora Kvasnik, spoke.",
        "Valdoran Institute",
        None,
    ),
    // A place from the gazetteer inside an organization's name stays a place.
    ("The Lake Titicaca Water Institute opened a station. Rains in Lake Titicaca fell.", "Lake Titicaca", None),
];

#[test]
fn organization_part_joins_only_one_longer_organization() {
    for &(text, short, long) in ORGANIZATION_PARTS {
        let analysis = one(text);
        let entity_of = |name: &str| {
            let mention = analysis.reports[0].mentions.iter().find(|m| m.text == name);
            mention.unwrap_or_else(|| panic!("{name:?} is a mention of {text:?}")).entity()
        };
        let joined = analysis.reports[0]
            .mentions
            .iter()
            .filter(|m| m.text != short && m.entity() == entity_of(short))
            .map(|m| m.text.as_str())
            .next();
        assert_eq!(joined, long, "{short:?} in {text:?}");
    }
}

/// Figures: (text, figure text, value, unit, kind, qualifier).
const FIGURES: &[(&str, &str, f64, &str, FigureKind, Qualifier)] = &[
    // Separators, counted noun phrase.
    ("The contract covers 1,200 Cuban doctors.", "1,200", 1200.0, "Cuban doctors", FigureKind::Count, Qualifier::Exact),
    // Decimals and percent.
    ("Inflation reached 3.2% in May.", "3.2%", 3.2, "percent", FigureKind::Percent, Qualifier::Exact),
    ("Turnout fell 12 percent.", "12 percent", 12.0, "percent", FigureKind::Percent, Qualifier::Exact),
    // Money in symbols, in words, with scale.
    ("He earns $4,250,000 a year.", "$4,250,000", 4_250_000.0, "USD", FigureKind::Money, Qualifier::Exact),
    ("Salaries are about 20 dollars monthly.", "20 dollars", 20.0, "USD", FigureKind::Money, Qualifier::About),
    ("The fund holds €3.5 billion.", "€3.5 billion", 3.5e9, "EUR", FigureKind::Money, Qualifier::Exact),
    // Spelled-out numbers.
    ("Twelve nurses resigned.", "Twelve", 12.0, "nurses", FigureKind::Count, Qualifier::Exact),
    ("It sent a dozen trucks.", "a dozen", 12.0, "trucks", FigureKind::Count, Qualifier::Exact),
    ("They hired two hundred teachers.", "two hundred", 200.0, "teachers", FigureKind::Count, Qualifier::Exact),
    ("Nearly 1.2 million people voted.", "1.2 million", 1.2e6, "people", FigureKind::Count, Qualifier::Nearly),
    // Qualifiers.
    ("More than 40 nurses came.", "40", 40.0, "nurses", FigureKind::Count, Qualifier::MoreThan),
    ("Up to 300 families may leave.", "300", 300.0, "families", FigureKind::Count, Qualifier::UpTo),
    // Figures given "respectively" count each its own thing, in order.
    ("The number of cases and deaths rose to 1,824 and 95, respectively.", "1,824", 1824.0, "cases", FigureKind::Count, Qualifier::Exact),
    ("The number of cases and deaths rose to 1,824 and 95, respectively.", "95", 95.0, "deaths", FigureKind::Count, Qualifier::Exact),
    // A bound written after the number, before what it counts.
    ("Nine aftershocks of magnitude 3.0 or higher hit.", "3.0 or higher", 3.0, "magnitude", FigureKind::Measure, Qualifier::AtLeast),
    ("Clinics gave 200 or more doses a day.", "200 or more", 200.0, "doses", FigureKind::Count, Qualifier::AtLeast),
    ("Each ward kept 40 or fewer beds.", "40 or fewer", 40.0, "beds", FigureKind::Count, Qualifier::AtMost),
    // A unit of measure.
    ("The road is 40 kilometres long.", "40 kilometres", 40.0, "km", FigureKind::Measure, Qualifier::Exact),
    // A fraction of a percentage point, then the level it went to.
    ("The bank cut its rate by a quarter-point to 4.25%.", "a quarter-point", 0.25, "percentage points", FigureKind::Percent, Qualifier::Exact),
    ("The bank cut its rate by a quarter-point to 4.25%.", "4.25%", 4.25, "percent", FigureKind::Percent, Qualifier::Exact),
    // A proportion is a share; a count of many is no proportion.
    ("Officials said one in five children are malnourished.", "one in five", 20.0, "percent", FigureKind::Percent, Qualifier::Exact),
    ("About 1 in 4 adults smoke.", "1 in 4", 25.0, "percent", FigureKind::Percent, Qualifier::About),
    ("He won 36 out of 38 provinces.", "38", 38.0, "provinces", FigureKind::Count, Qualifier::Exact),
    // Not over a figure already read: "two" of more than a hundred is a
    // count, and so is what follows it.
    ("two in 131 Prof. ", "131", 131.0, "", FigureKind::Count, Qualifier::Exact),
    // After a word that only opens the sentence, and after a person's
    // name: no part of a name ("Boeing 737").
    ("Set 378 to win, Vell won.", "378", 378.0, "", FigureKind::Count, Qualifier::Exact),
    ("Vell won. Root 142 not out led them.", "142", 142.0, "", FigureKind::Count, Qualifier::Exact),
    // Glued to the word before it.
    (
        "He recalled that768 Cuban doctors work there.",
        "768",
        768.0,
        "Cuban doctors",
        FigureKind::Count,
        Qualifier::Exact,
    ),
];

#[test]
fn figures_have_value_unit_kind_and_qualifier() {
    for (text, figure, value, unit, kind, qualifier) in FIGURES {
        let analysis = one(text);
        let found = &analysis.reports[0].figures;
        let f = found.iter().find(|f| f.text == *figure);
        let Some(f) = f else {
            panic!(
                "expected figure {figure:?} in {text:?}; found {:?}",
                found.iter().map(|f| &f.text).collect::<Vec<_>>()
            );
        };
        assert_eq!(f.value, *value, "{text}");
        assert_eq!(f.unit, *unit, "{text}");
        assert_eq!(f.kind, *kind, "{text}");
        assert_eq!(f.qualifier, *qualifier, "{text}");
    }
}

#[test]
fn figures_carry_periods_and_ranges() {
    let analysis = one("Salaries are about 20 dollars monthly. Between 40 and 45 nurses came, and 30-35 more.");
    let figures = &analysis.reports[0].figures;
    assert_eq!(figures[0].period, Some(Period::Month));
    assert_eq!((figures[1].value, figures[1].high), (40.0, Some(45.0)));
    assert_eq!(figures[1].unit, "nurses");
    assert_eq!((figures[2].value, figures[2].high), (30.0, Some(35.0)));
}

const NOT_FIGURES: &[(&str, &[&str])] = &[
    // Dates, years and clock times are dates, not counts.
    ("On March 3, 2024, at 10:30 a.m., in 2021.", &["3", "2024", "10", "30", "2021"]),
    // Ordinals.
    ("The 21st meeting was the third.", &["21st", "third"]),
    // Numbers inside names.
    ("The COVID-19 test, the G20 and a Boeing 737 order.", &["19", "20", "737"]),
    // Ages and identifiers.
    ("Children aged 10 to 14 wore the No. 11 shirt; a 45-year-old man.", &["10 to 14", "11", "45"]),
];

#[test]
fn dates_ordinals_ages_and_names_are_not_figures() {
    for (text, not) in NOT_FIGURES {
        let analysis = one(text);
        let found: Vec<&str> = analysis.reports[0].figures.iter().map(|f| f.text.as_str()).collect();
        for n in *not {
            assert!(!found.contains(n), "{n:?} is no figure in {text:?}: {found:?}");
        }
    }
}

/// Figures that are not quantities (issue 18): (text, numbers as written
/// that no figure may cover).
const NOT_QUANTITIES: &[(&str, &[&str])] = &[
    // A currency's word inside a club's name: "a Real Madrid player".
    ("He will be a Real Madrid player for the next five seasons.", &["a Real"]),
    // Digits inside names and identifiers.
    ("Under Section 112 the Area 9 depot and the Marlo 3.0 plan were shelved.", &["112", "9", "3.0"]),
    ("He bought a 7-Eleven franchise and flew a Boeing 787 home.", &["7", "787"]),
    // A model's numbers around its name, not thousands set apart by a space.
    ("Of the 40 787 Vela 9 jets, 12 were inspected.", &["787", "9"]),
    // A year that ends a name.
    ("He cited the Defense Powers Act of 1950 and the Class of 2020.", &["1950", "2020"]),
    // The number of a story's update, a season or a stage.
    ("Death Toll Rises to 40 in Storm (UPDATE 2)\nThe toll rose again.", &["2"]),
    ("Load shedding went to Stage 4 as Season 3 of the show aired.", &["4", "3"]),
    // Ages where the text says so.
    ("Leah Orwin, 38, and a 23-year-old were rescued; pupils aged 10 to 14 too.", &["38", "23", "10 to 14"]),
    // Section numbers in a list.
    ("Charges fell under articles 14, 15 and 19.", &["14", "15", "19"]),
    // Page furniture.
    ("Flood latest 5 min read Rivers burst their banks.", &["5"]),
    // Clock times written with a period.
    ("The boat sank at 7.15pm.", &["7.15"]),
];

#[test]
fn numbers_that_are_not_quantities_are_not_figures() {
    for (text, not) in NOT_QUANTITIES {
        let report = one(text).reports.swap_remove(0);
        for n in *not {
            let at = text.find(n).unwrap_or_else(|| panic!("{n:?} is in {text:?}"));
            let covered = report.figures.iter().find(|f| f.span.start < at + n.len() && at < f.span.end);
            assert!(covered.is_none(), "{n:?} is no figure in {text:?}: {covered:?}");
        }
    }
}

/// Numbers written the way people write them, and what figures count
/// (issue 18): (text, figure text, value, unit).
const WRITTEN_AND_COUNTED: &[(&str, &str, f64, &str)] = &[
    // A mixed number is one figure.
    ("The inquiry took 4 1/2 months.", "4 1/2 months", 4.5, "months"),
    ("Crews worked 3½ hours.", "3½ hours", 3.5, "hours"),
    ("Two and a half million people voted.", "Two and a half million", 2_500_000.0, "people"),
    // A score, a third, a range in words.
    ("A score of fishermen are missing.", "A score", 20.0, "fishermen"),
    ("Nearly a third of the ballots were spoilt.", "a third", 0.333, "ballots"),
    ("Repairs will take six to nine days.", "six to nine days", 6.0, "days"),
    // A magnitude, a depth, a distance.
    ("A magnitude 6.1 quake struck.", "6.1", 6.1, "magnitude"),
    ("It struck 30 kilometres offshore at a depth of 10 km.", "10 km", 10.0, "km"),
    // A count stated before its number, or by what happened.
    ("The plan raises the number of midwives to 1,150.", "1,150", 1150.0, "midwives"),
    ("The death toll rose to 31 overnight.", "31", 31.0, "death toll"),
    ("At least 12 were killed.", "12", 12.0, "killed"),
];

#[test]
fn figures_are_read_as_written_with_what_they_count() {
    for (text, figure, value, unit) in WRITTEN_AND_COUNTED {
        let analysis = one(text);
        let found = &analysis.reports[0].figures;
        let f = found.iter().find(|f| f.text == *figure).unwrap_or_else(|| {
            panic!("expected {figure:?} in {text:?}; found {:?}", found.iter().map(|f| &f.text).collect::<Vec<_>>())
        });
        assert!((f.value - value).abs() < 1e-9, "{figure:?} in {text:?} is {}", f.value);
        assert_eq!(f.unit, *unit, "{figure:?} in {text:?}");
    }
}

#[test]
fn at_least_is_a_floor_and_over_a_period_is_no_qualifier() {
    let analysis = one("At least 14 died. Teachers won a 30% raise over three years.");
    let figures = &analysis.reports[0].figures;
    // "At least" is a floor the value may reach, not "more than".
    assert_eq!((figures[0].value, figures[0].qualifier), (14.0, Qualifier::AtLeast));
    assert_eq!(figures[0].qualifier.label(), "at least");
    assert_eq!(figures[2].text, "three years");
    assert_eq!((figures[2].qualifier, figures[1].period), (Qualifier::Exact, None));
}

#[test]
fn glued_copy_is_found_with_exact_spans() {
    let text = "The minister of Cuba,José Peralta Ibáñez, noted that768 doctors help. \"We need 1,200 specialists\"said theIMSS.";
    let analysis = one(text);
    let report = &analysis.reports[0];
    for m in &report.mentions {
        assert_eq!(&text[m.span.range()], m.text, "span is exact");
    }
    let found: Vec<(&str, Kind)> = report.mentions.iter().map(|m| (m.text.as_str(), m.kind)).collect();
    assert!(found.contains(&("Cuba", Place)), "{found:?}");
    assert!(found.contains(&("José Peralta Ibáñez", Person)), "{found:?}");
    assert!(found.contains(&("IMSS", Org)), "{found:?}");
    assert!(report.figures.iter().any(|f| f.text == "768" && f.unit == "doctors"));
    let quote = &report.quotes[0];
    assert_eq!(quote.text, "We need 1,200 specialists");
    let speaker = quote.speaker.and_then(|id| analysis.entity(id)).map(|e| e.name.as_str());
    assert_eq!(speaker, Some("IMSS"));
}

/// Quotes: (text, quoted words, speaker's canonical name).
const QUOTES: &[(&str, &str, Option<&str>)] = &[
    // "…," said X.
    ("\"We will return,\" said Ilkka Vaarnamo.", "We will return,", Some("Ilkka Vaarnamo")),
    // X said "…".
    ("Ilkka Vaarnamo said: \"We will return.\"", "We will return.", Some("Ilkka Vaarnamo")),
    // "…" X told reporters.
    ("“We will return,” Teodora Kvasnik told reporters.", "We will return,", Some("Teodora Kvasnik")),
    // according to X.
    (
        "Prices will rise, according to the Andean Development Bank, which called it \"inevitable\".",
        "inevitable",
        Some("Andean Development Bank"),
    ),
    // X stated that "…".
    (
        "Teodora Kvasnik stated that \"cooperation is essential\" for both.",
        "cooperation is essential",
        Some("Teodora Kvasnik"),
    ),
    // A pronoun subject resolves to the last person named.
    (
        "Teodora Kvasnik arrived late. She said \"the roads were closed\".",
        "the roads were closed",
        Some("Teodora Kvasnik"),
    ),
    // No attribution.
    ("The \"reform\" failed.", "reform", None),
];

#[test]
fn quotes_and_their_speakers() {
    for (text, words, speaker) in QUOTES {
        let analysis = one(text);
        let quote = analysis.reports[0].quotes.first().unwrap_or_else(|| panic!("a quote in {text:?}"));
        assert_eq!(quote.text, *words, "{text}");
        let name = quote.speaker.and_then(|id| analysis.entity(id)).map(|e| e.name.as_str());
        assert_eq!(name, *speaker, "{text}");
    }
}

#[test]
fn spans_are_exact_sorted_and_non_overlapping() {
    let text = include_str!("../../../reports/000_3c10382c046089de.txt");
    let analysis = one(text);
    let report = &analysis.reports[0];
    for pair in report.mentions.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "sorted, non-overlapping");
    }
    for m in &report.mentions {
        assert_eq!(&text[m.span.range()], m.text);
    }
    for f in &report.figures {
        assert_eq!(&text[f.span.range()], f.text);
    }
}

#[test]
fn json_follows_the_documented_schema() {
    let analysis = analyze(&[Input::titled("Zoe Vale met the WHO in Lima on Monday; 40 nurses came.", "A title")]);
    let json: serde_json::Value = serde_json::from_str(&parallax_formats::to_json(&analysis)).expect("valid JSON");
    let report = &json["reports"][0];
    assert_eq!(report["title"], "A title");
    for field in ["start", "end", "text", "kind", "entity"] {
        assert!(report["mentions"][0].get(field).is_some(), "mention has {field}");
    }
    for field in ["id", "name", "kind", "aliases", "mentions"] {
        assert!(report["entities"][0].get(field).is_some(), "entity has {field}");
    }
    for field in ["start", "end", "text", "value", "unit", "kind"] {
        assert!(report["figures"][0].get(field).is_some(), "figure has {field}");
    }
    let kinds: Vec<&str> = report["mentions"].as_array().unwrap().iter().map(|m| m["kind"].as_str().unwrap()).collect();
    assert!(kinds.iter().all(|k| ["person", "organization", "place", "date", "figure"].contains(k)));
}

#[test]
fn an_analysis_round_trips_through_its_serde_form() {
    // The app passes analyses between threads in this form.
    let a = include_str!("../../../reports/000_3c10382c046089de.txt");
    let b = include_str!("../../../reports/003_9b3f9fb4060360a3.txt");
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    let json = serde_json::to_string(&analysis).expect("serializes");
    let back: Analysis = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, analysis);
}

#[test]
fn a_day_earlier_is_when_not_how_often() {
    let report = one("It reached 52.3°C on Wednesday, after 49.9°C a day earlier.").reports.swap_remove(0);
    let found: Vec<(&str, Option<Period>)> = report.figures.iter().map(|f| (f.text.as_str(), f.period)).collect();
    assert_eq!(found, [("52.3°C", None), ("49.9°C", None)]);
}
