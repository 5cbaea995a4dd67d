//! Behaviour tests of the user's corrections: each kind of correction
//! changes the analysis and the comparison as a reader expects, on made-up
//! pairs of reports (none of the names is in any word list) and on the
//! embedded pair; malformed corrections and those that match nothing
//! change nothing; corrections round-trip through serde.

use parallax_analysis::{Input, analyze, analyze_with};
use parallax_model::{Analysis, Correction, Corrections, EntityId, Evidence, Kind, Link};

const EMBEDDED_A: &str = include_str!("../../../reports/000_3c10382c046089de.txt");
const EMBEDDED_B: &str = include_str!("../../../reports/003_9b3f9fb4060360a3.txt");

fn corrected(texts: &[&str], items: Vec<Correction>) -> Analysis {
    let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
    analyze_with(&inputs, &Corrections { items })
}

fn embedded(items: Vec<Correction>) -> Analysis {
    corrected(&[EMBEDDED_A, EMBEDDED_B], items)
}

/// The (text, kind) of every entity mention of report `report`.
fn mentions(analysis: &Analysis, report: usize) -> Vec<(String, Kind)> {
    analysis.reports[report]
        .mentions
        .iter()
        .filter(|m| m.kind != Kind::Figure)
        .map(|m| (m.text.clone(), m.kind))
        .collect()
}

fn owned(pairs: &[(&str, Kind)]) -> Vec<(String, Kind)> {
    pairs.iter().map(|(text, kind)| (text.to_string(), *kind)).collect()
}

/// The canonical names of `ids`.
fn names(analysis: &Analysis, ids: &[EntityId]) -> Vec<String> {
    ids.iter().filter_map(|&id| analysis.entity(id)).map(|e| e.name.clone()).collect()
}

/// The comparison's entities as names: (shared, only A, only B).
fn compared(analysis: &Analysis) -> (Vec<String>, Vec<String>, Vec<String>) {
    let c = &analysis.comparison.as_ref().expect("two reports are compared").entities;
    (names(analysis, &c.shared), names(analysis, &c.only_a), names(analysis, &c.only_b))
}

fn strings(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// The evidence, in words, of the mentions of `report` with this text.
fn why(analysis: &Analysis, report: usize, text: &str) -> Vec<String> {
    analysis.reports[report].mentions.iter().filter(|m| m.text == text).map(|m| m.evidence.to_string()).collect()
}

fn s(text: &str) -> String {
    text.to_string()
}

use Kind::{Date, Organization as Org, Person, Place};

const PAIR_A: &str = "Ilkka Vaarnamo met officials in Lima on Monday.";
const PAIR_B: &str = "Ilkka Vaarnamo later flew to Quito.";

/// A case of [`Correction::NotAnEntity`]: the text, the mentions left in A
/// and in B, and the entities shared, only in A, only in B.
type DropCase = (&'static str, Vec<(&'static str, Kind)>, Vec<(&'static str, Kind)>, [Vec<&'static str>; 3]);

#[test]
fn not_an_entity_drops_the_mentions_in_every_report() {
    let cases: Vec<DropCase> = vec![
        // A place only A names: gone from A and from the comparison.
        (
            "lima",
            vec![("Ilkka Vaarnamo", Person), ("Monday", Date)],
            vec![("Ilkka Vaarnamo", Person), ("Quito", Place)],
            [vec!["Ilkka Vaarnamo"], vec!["Monday"], vec!["Quito"]],
        ),
        // A person both name, written with other accents and case: gone
        // from both, so nothing is shared.
        (
            "ILKKA  VÄÄRNAMO",
            vec![("Lima", Place), ("Monday", Date)],
            vec![("Quito", Place)],
            [vec![], vec!["Lima", "Monday"], vec!["Quito"]],
        ),
    ];
    for (text, a, b, [shared, only_a, only_b]) in cases {
        let analysis = corrected(&[PAIR_A, PAIR_B], vec![Correction::NotAnEntity { text: s(text) }]);
        assert_eq!(mentions(&analysis, 0), owned(&a), "{text}");
        assert_eq!(mentions(&analysis, 1), owned(&b), "{text}");
        assert_eq!(compared(&analysis), (strings(&shared), strings(&only_a), strings(&only_b)), "{text}");
        assert_eq!(analysis.corrections.items.len(), 1);
    }
}

#[test]
fn not_an_entity_removes_a_speaker_from_the_quotes_and_their_pairing() {
    let a = "\"We will rebuild every school,\" said Teodora Kvasnik.";
    let b = "\"We will rebuild every school,\" said Ilkka Vaarnamo.";
    let before = corrected(&[a, b], Vec::new());
    let pair = &before.comparison.as_ref().unwrap().quotes[0];
    assert!(pair.speaker_differs);
    let after = corrected(&[a, b], vec![Correction::NotAnEntity { text: s("Ilkka Vaarnamo") }]);
    assert_eq!(after.reports[1].quotes[0].speaker, None);
    assert!(after.reports[0].quotes[0].speaker.is_some());
    // With one speaker unknown, the reports no longer differ on who spoke.
    let pair = &after.comparison.as_ref().unwrap().quotes[0];
    assert_eq!((pair.a, pair.b), (Some(0), Some(0)));
    assert!(!pair.speaker_differs);
}

#[test]
fn retype_changes_the_kind_of_the_entity_and_all_its_mentions() {
    let analysis = corrected(&[PAIR_A, PAIR_B], vec![Correction::Retype { name: s("quito"), kind: Org }]);
    assert_eq!(mentions(&analysis, 1), owned(&[("Ilkka Vaarnamo", Person), ("Quito", Org)]));
    let quito = analysis.entities().into_iter().find(|e| e.name == "Quito").unwrap();
    assert_eq!(quito.kind, Org);
    assert_eq!(why(&analysis, 1, "Quito"), ["retyped by you"]);
    // Still the entity only B names.
    assert_eq!(compared(&analysis).2, ["Quito"]);
    // Other entities keep their own evidence.
    assert_eq!(why(&analysis, 0, "Lima"), ["listed in the gazetteer of places"]);
}

#[test]
fn merge_joins_two_entities_into_one_shared_by_both_reports() {
    let a = "Ilkka Vaarnamo arrived in Lima. \"The port will reopen,\" said Ilkka Vaarnamo.";
    let b = "Ilkka Varnama toured the port. \"The port will reopen,\" said Ilkka Varnama.";
    let before = corrected(&[a, b], Vec::new());
    assert_eq!(compared(&before), (vec![], strings(&["Ilkka Vaarnamo", "Lima"]), strings(&["Ilkka Varnama"])));
    assert!(before.comparison.as_ref().unwrap().quotes[0].speaker_differs);

    let after = corrected(&[a, b], vec![Correction::Merge { name: s("Ilkka Varnama"), into: s("Ilkka Vaarnamo") }]);
    // One entity, named by its first and best form, that both reports name.
    assert_eq!(compared(&after), (strings(&["Ilkka Vaarnamo"]), strings(&["Lima"]), vec![]));
    let entity = after.entities().into_iter().find(|e| e.name == "Ilkka Vaarnamo").unwrap();
    assert_eq!(entity.aliases, ["Ilkka Varnama"]);
    assert_eq!(entity.kind, Person);
    // B's mentions say why they belong, and speak for the same entity.
    let merged = &after.reports[1].mentions[0];
    assert_eq!(merged.evidence, Evidence::Correction(s("merged by you into 'Ilkka Vaarnamo'")));
    assert_eq!(merged.link, Some(Link::MergedInto(s("Ilkka Vaarnamo"))));
    assert_eq!(after.reports[0].quotes[0].speaker, after.reports[1].quotes[0].speaker);
    assert!(!after.comparison.as_ref().unwrap().quotes[0].speaker_differs);
    // Ids stay dense, in order of first mention.
    let ids: Vec<u32> = after.entities().iter().map(|e| e.id.0).collect();
    assert_eq!(ids, [0, 1]);
}

#[test]
fn merge_gives_the_longest_form_as_the_name_and_the_target_kind() {
    // "Kvasnik" (a person, by the speech cue) is merged into a place: the
    // entity stays a place, named by its longest form.
    let text = "Kvasnik said the storm hit. Boats left Port Kvasnik Bay at dawn.";
    let before = corrected(&[text], Vec::new());
    let bay = before.entities().into_iter().find(|e| e.name.contains("Bay")).map(|e| (e.name.clone(), e.kind));
    let Some((bay, kind)) = bay else {
        panic!("the bay is an entity: {:?}", mentions(&before, 0));
    };
    let after = corrected(&[text], vec![Correction::Merge { name: s("Kvasnik"), into: bay.clone() }]);
    let entities = after.entities();
    assert_eq!(entities.len(), before.entities().len() - 1);
    let merged = entities.iter().find(|e| e.name == bay).expect("the merged entity keeps the longest name");
    assert_eq!(merged.kind, kind);
    assert!(merged.aliases.contains(&s("Kvasnik")));
    assert!(mentions(&after, 0).contains(&(s("Kvasnik"), kind)));
}

#[test]
fn split_makes_the_mentions_with_that_text_an_entity_of_their_own() {
    let a = "Teodora Kvasnik arrived. Kvasnik said the port would reopen.";
    let b = "Kvasnik denied the report.";
    let before = corrected(&[a, b], Vec::new());
    assert_eq!(compared(&before), (strings(&["Teodora Kvasnik"]), vec![], vec![]));

    let after = corrected(&[a, b], vec![Correction::Split { text: s("kvasnik"), from: s("Teodora Kvasnik") }]);
    assert_eq!(compared(&after), (strings(&["Kvasnik"]), strings(&["Teodora Kvasnik"]), vec![]));
    let kvasnik = after.entities().into_iter().find(|e| e.name == "Kvasnik").unwrap();
    assert_eq!(kvasnik.kind, Person);
    assert!(kvasnik.aliases.is_empty());
    let teodora = after.entities().into_iter().find(|e| e.name == "Teodora Kvasnik").unwrap();
    assert!(teodora.aliases.is_empty());
    assert_eq!(why(&after, 1, "Kvasnik"), ["split by you from 'Teodora Kvasnik'"]);
    // Named by its own text, the split-off mention needs no link.
    assert!(after.reports[1].mentions[0].link.is_none());
}

#[test]
fn add_makes_every_occurrence_a_mention_of_one_entity() {
    let a = "Boats left Blue Harbour at dawn. Officials of the Blue Harbour Port Authority met.";
    let b = "By noon the boats reached blue harbour; the Blue Harbours league was not told.";
    let analysis = corrected(&[a, b], vec![Correction::Add { text: s("Blue Harbour"), kind: Place }]);
    // Every occurrence that starts and ends at a word boundary, whatever its
    // case; the name it overlapped is replaced; "Blue Harbours" is no match.
    assert_eq!(mentions(&analysis, 0), owned(&[("Blue Harbour", Place), ("Blue Harbour", Place)]));
    assert!(mentions(&analysis, 1).contains(&(s("blue harbour"), Place)));
    assert!(!mentions(&analysis, 1).iter().any(|(t, _)| t.starts_with("Blue Harbours")));
    assert_eq!(why(&analysis, 0, "Blue Harbour"), ["added by you", "added by you"]);
    // One entity, shared by both reports.
    let added: Vec<_> =
        analysis.entities().into_iter().filter(|e| e.name.eq_ignore_ascii_case("blue harbour")).collect();
    assert_eq!(added.len(), 1);
    assert!(compared(&analysis).0.contains(&added[0].name));
}

#[test]
fn add_ignores_site_boilerplate() {
    let text = "Boats left the harbour at dawn.\nWhat do you think?\nCOMMENTFiled in:";
    let analysis = corrected(&[text], vec![Correction::Add { text: s("What do you think"), kind: Org }]);
    assert!(analysis.reports[0].mentions.is_empty());
    assert!(analysis.corrections.is_empty());
}

#[test]
fn malformed_corrections_and_those_matching_nothing_change_nothing() {
    let too_long = "Lima ".repeat(50);
    let ignored = vec![
        // Empty or blank texts.
        Correction::NotAnEntity { text: s("") },
        Correction::Add { text: s("  \n "), kind: Place },
        // Over 200 characters.
        Correction::NotAnEntity { text: too_long.clone() },
        Correction::Merge { name: too_long, into: s("Lima") },
        // Figures are not entities.
        Correction::Add { text: s("Lima"), kind: Kind::Figure },
        Correction::Retype { name: s("Lima"), kind: Kind::Figure },
        // Names no entity has, texts no mention has.
        Correction::Retype { name: s("Atlantis"), kind: Place },
        Correction::Merge { name: s("Lima"), into: s("Atlantis") },
        Correction::Merge { name: s("Atlantis"), into: s("Lima") },
        Correction::Split { text: s("Vaarnamo"), from: s("Ilkka Vaarnamo") },
        Correction::Split { text: s("Lima"), from: s("Atlantis") },
        Correction::NotAnEntity { text: s("Atlantis") },
        Correction::Add { text: s("Atlantis"), kind: Place },
        // A text found only inside a word.
        Correction::Add { text: s("arnam"), kind: Place },
        // Merging an entity into itself.
        Correction::Merge { name: s("Lima"), into: s("LIMA") },
    ];
    let plain = analyze(&[Input::new(PAIR_A), Input::new(PAIR_B)]);
    let analysis = corrected(&[PAIR_A, PAIR_B], ignored);
    assert!(analysis.corrections.is_empty(), "{:?}", analysis.corrections);
    assert_eq!(analysis, plain);
}

#[test]
fn applied_corrections_are_listed_in_the_order_given() {
    let items = vec![
        Correction::Retype { name: s("Quito"), kind: Org },
        Correction::NotAnEntity { text: s("Atlantis") },
        Correction::Add { text: s("officials"), kind: Org },
    ];
    let analysis = corrected(&[PAIR_A, PAIR_B], items.clone());
    assert_eq!(analysis.corrections.items, [items[0].clone(), items[2].clone()]);
}

#[test]
fn corrections_apply_in_order_within_each_step() {
    // Added, then dropped: the later correction wins.
    let items =
        vec![Correction::Add { text: s("officials"), kind: Org }, Correction::NotAnEntity { text: s("Officials") }];
    let analysis = corrected(&[PAIR_A, PAIR_B], items.clone());
    assert!(!mentions(&analysis, 0).iter().any(|(t, _)| t == "officials"));
    assert_eq!(analysis.corrections.items, items);
    // An entity correction may name a mention a span correction added:
    // span corrections apply first, whatever the order given.
    let items = vec![
        Correction::Retype { name: s("officials"), kind: Person },
        Correction::Add { text: s("officials"), kind: Org },
    ];
    let analysis = corrected(&[PAIR_A, PAIR_B], items);
    assert!(mentions(&analysis, 0).contains(&(s("officials"), Person)));
}

#[test]
fn corrections_round_trip_through_serde_with_stable_field_names() {
    let corrections = Corrections {
        items: vec![
            Correction::NotAnEntity { text: s("Social Security") },
            Correction::Retype { name: s("Decentralized Public Body"), kind: Place },
            Correction::Merge { name: s("Zoé Robledo"), into: s("Zoé Robledo Aburto") },
            Correction::Split { text: s("Robledo"), from: s("Zoé Robledo Aburto") },
            Correction::Add { text: s("Family Medicine"), kind: Org },
        ],
    };
    let json = serde_json::to_value(&corrections).unwrap();
    let expected = serde_json::json!({"items": [
        {"type": "not_an_entity", "text": "Social Security"},
        {"type": "retype", "name": "Decentralized Public Body", "kind": "place"},
        {"type": "merge", "name": "Zoé Robledo", "into": "Zoé Robledo Aburto"},
        {"type": "split", "text": "Robledo", "from": "Zoé Robledo Aburto"},
        {"type": "add", "text": "Family Medicine", "kind": "organization"},
    ]});
    assert_eq!(json, expected);
    assert_eq!(serde_json::from_value::<Corrections>(json).unwrap(), corrections);
    // An empty object is no correction.
    assert_eq!(serde_json::from_str::<Corrections>("{}").unwrap(), Corrections::default());
    // Fields in any order, and fields no variant knows, read as before.
    let reordered = r#"{"kind": "place", "note": "mine", "name": "Lima", "type": "retype"}"#;
    assert_eq!(
        serde_json::from_str::<Correction>(reordered).unwrap(),
        Correction::Retype { name: s("Lima"), kind: Place }
    );
    // A missing field, an unknown type or a wrong kind is refused.
    for broken in [
        r#"{"type": "merge", "name": "A"}"#,
        r#"{"type": "rename", "name": "A"}"#,
        r#"{"name": "A", "kind": "place"}"#,
        r#"{"type": "add", "text": "A", "kind": "planet"}"#,
        r#"{"type": "not_an_entity", "text": 3}"#,
    ] {
        assert!(serde_json::from_str::<Correction>(broken).is_err(), "{broken}");
    }
    // The analysis carries what was applied, through its own serde form.
    let analysis = embedded(corrections.items.clone());
    let back: Analysis = serde_json::from_str(&serde_json::to_string(&analysis).unwrap()).unwrap();
    assert_eq!(back.corrections, analysis.corrections);
}

#[test]
fn the_exported_json_lists_the_applied_corrections() {
    let items =
        vec![Correction::Retype { name: s("Quito"), kind: Org }, Correction::NotAnEntity { text: s("Atlantis") }];
    let analysis = corrected(&[PAIR_A, PAIR_B], items);
    let json: serde_json::Value = serde_json::from_str(&parallax_formats::to_json(&analysis)).unwrap();
    let applied = serde_json::json!({"items": [{"type": "retype", "name": "Quito", "kind": "organization"}]});
    assert_eq!(json["corrections"], applied);
    let plain: serde_json::Value =
        serde_json::from_str(&parallax_formats::to_json(&analyze(&[Input::new(PAIR_A)]))).unwrap();
    assert_eq!(plain["corrections"], serde_json::json!({"items": []}));
}

// The embedded pair.

#[test]
fn embedded_not_an_entity_drops_social_security_from_b_only() {
    let analysis = embedded(vec![Correction::NotAnEntity { text: s("Social Security") }]);
    let plain = embedded(Vec::new());
    assert!(mentions(&plain, 1).contains(&(s("Social Security"), Org)));
    assert!(!mentions(&analysis, 1).iter().any(|(t, _)| t == "Social Security"));
    // The institute is still named by both, through its other forms.
    let institute = analysis.entities().into_iter().find(|e| e.name == "Mexican Social Security Institute").unwrap();
    assert!(!institute.aliases.contains(&s("Social Security")));
    assert!(compared(&analysis).0.contains(&institute.name));
    assert_eq!(mentions(&analysis, 1).len(), mentions(&plain, 1).len() - 1);
    assert_eq!(mentions(&analysis, 0), mentions(&plain, 0));
}

#[test]
fn embedded_retype_makes_the_decentralized_public_body_a_place() {
    let name = "Decentralized Public Body";
    let analysis = embedded(vec![Correction::Retype { name: s(name), kind: Place }]);
    assert!(mentions(&analysis, 1).contains(&(s(name), Place)));
    assert_eq!(analysis.entities().into_iter().find(|e| e.name == name).map(|e| e.kind), Some(Place));
    assert_eq!(why(&analysis, 1, name), ["retyped by you"]);
    assert!(compared(&analysis).2.contains(&s(name)));
}

#[test]
fn embedded_merge_of_two_people_makes_one_shared_person() {
    let plain = embedded(Vec::new());
    assert!(compared(&plain).1.contains(&s("Miguel Díaz-Canel Bermúdez")));
    let analysis = embedded(vec![Correction::Merge {
        name: s("Miguel Díaz-Canel Bermúdez"),
        into: s("José Ángel Portal Miranda"),
    }]);
    let (shared, only_a, _) = compared(&analysis);
    // Both names have four parts and two accents: the first seen names it.
    assert!(shared.contains(&s("Miguel Díaz-Canel Bermúdez")), "{shared:?}");
    assert!(!shared.contains(&s("José Ángel Portal Miranda")));
    assert!(!only_a.contains(&s("Miguel Díaz-Canel Bermúdez")));
    let merged = analysis.entities().into_iter().find(|e| e.name == "Miguel Díaz-Canel Bermúdez").unwrap();
    for alias in ["José Ángel Portal Miranda", "Miguel Diaz-Canel", "Portal Miranda"] {
        assert!(merged.aliases.contains(&s(alias)), "{alias}: {:?}", merged.aliases);
    }
    // A's quotes by the president and B's by the minister are now one speaker's.
    let speaker = |report: usize, words: &str| {
        analysis.reports[report].quotes.iter().find(|q| q.text.contains(words)).and_then(|q| q.speaker)
    };
    assert_eq!(speaker(0, "presence of Cuban medical"), Some(merged.id));
    assert_eq!(speaker(1, "This is going to be good"), Some(merged.id));
    // The form that named the other entity says it was merged; its surname
    // keeps its own link.
    let link_of =
        |text: &str| analysis.reports[1].mentions.iter().find(|m| m.text == text).and_then(|m| m.link.clone());
    assert_eq!(link_of("José Ángel Portal Miranda"), Some(Link::MergedWith(s("Miguel Díaz-Canel Bermúdez"))));
    assert_eq!(link_of("Portal Miranda"), Some(Link::PartialName(s("José Ángel Portal Miranda"))));
    assert_eq!(analysis.entities().len(), plain.entities().len() - 1);
}

#[test]
fn embedded_split_of_zoe_robledo_leaves_the_full_name_to_a() {
    let analysis = embedded(vec![
        // No mention is "Robledo" alone: ignored.
        Correction::Split { text: s("Robledo"), from: s("Zoé Robledo Aburto") },
        Correction::Split { text: s("Zoé Robledo"), from: s("Zoé Robledo Aburto") },
    ]);
    assert_eq!(analysis.corrections.items.len(), 1);
    let (shared, only_a, only_b) = compared(&analysis);
    assert!(!shared.contains(&s("Zoé Robledo Aburto")));
    assert!(only_a.contains(&s("Zoé Robledo Aburto")), "{only_a:?}");
    assert!(only_b.contains(&s("Zoé Robledo")), "{only_b:?}");
    assert_eq!(why(&analysis, 1, "Zoé Robledo"), ["split by you from 'Zoé Robledo Aburto'"]);
    // A's short form stays with the full name.
    let full = analysis.entities().into_iter().find(|e| e.name == "Zoé Robledo Aburto").unwrap();
    assert_eq!(full.aliases, ["Robledo Aburto"]);
}

#[test]
fn embedded_add_family_medicine_as_an_organization_b_alone_names() {
    let analysis = embedded(vec![Correction::Add { text: s("Family Medicine"), kind: Org }]);
    let found: Vec<(String, Kind)> =
        mentions(&analysis, 1).into_iter().filter(|(t, _)| t == "Family Medicine").collect();
    assert_eq!(found, owned(&[("Family Medicine", Org); 3]));
    let entity = analysis.reports[1].entities.iter().find(|e| e.name == "Family Medicine").expect("an entity of B");
    assert_eq!((entity.kind, entity.mentions.len()), (Org, 3));
    assert!(analysis.reports[0].entity(entity.id).is_none());
    assert!(compared(&analysis).2.contains(&s("Family Medicine")));
    // The figure "123 … doctors" is still a figure.
    assert!(analysis.reports[1].figures.iter().any(|f| f.value == 123.0));
}

#[test]
fn every_correction_at_once_keeps_the_invariants() {
    let analysis = embedded(vec![
        Correction::NotAnEntity { text: s("Social Security") },
        Correction::Retype { name: s("Decentralized Public Body"), kind: Place },
        Correction::Merge { name: s("Miguel Díaz-Canel Bermúdez"), into: s("José Ángel Portal Miranda") },
        Correction::Split { text: s("Zoé Robledo"), from: s("Zoé Robledo Aburto") },
        Correction::Add { text: s("Family Medicine"), kind: Org },
        Correction::Add { text: s("Cuba"), kind: Org },
    ]);
    assert_eq!(analysis.corrections.items.len(), 6);
    assert_invariants(&analysis, &[EMBEDDED_A, EMBEDDED_B], "every kind at once");
    assert!(analysis.reports[0].mentions.iter().filter(|m| m.text == "Cuba").all(|m| m.kind == Org));
}

/// Asserts what every analysis promises, corrections or not: mentions
/// sorted, disjoint and equal to their text; each entity mention listed
/// by its entity, of its kind, linked unless named canonically; ids dense.
fn assert_invariants(analysis: &Analysis, texts: &[&str], what: &str) {
    let ids: Vec<u32> = analysis.entities().iter().map(|e| e.id.0).collect();
    assert_eq!(ids, (0..ids.len() as u32).collect::<Vec<_>>(), "ids stay dense: {what}");
    for (report, text) in analysis.reports.iter().zip(texts) {
        for pair in report.mentions.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "sorted, disjoint: {what}: {pair:?}");
        }
        for (index, mention) in report.mentions.iter().enumerate() {
            assert_eq!(text.get(mention.span.range()), Some(mention.text.as_str()), "{what}");
            if let Some(id) = mention.entity() {
                let entity = report.entity(id).expect("the report lists the entity of each of its mentions");
                assert!(entity.mentions.contains(&index), "{what}");
                assert_eq!(entity.kind, mention.kind, "{what}");
                assert_eq!(mention.link.is_none(), mention.text == entity.name, "{what}: {mention:?}");
            }
        }
        for entity in &report.entities {
            assert!(!entity.mentions.is_empty(), "{what}");
        }
    }
}

#[test]
fn any_correction_of_any_entity_of_the_embedded_pair_keeps_the_invariants() {
    let plain = embedded(Vec::new());
    let names: Vec<String> = plain.entities().iter().map(|e| e.name.clone()).collect();
    let forms: Vec<String> = plain.entities().iter().flat_map(|e| e.aliases.clone()).collect();
    let mut all = Vec::new();
    for name in &names {
        all.push(Correction::NotAnEntity { text: name.clone() });
        all.push(Correction::Retype { name: name.clone(), kind: Place });
        all.push(Correction::Add { text: name.clone(), kind: Person });
        all.push(Correction::Merge { name: name.clone(), into: names[0].clone() });
        for form in &forms {
            all.push(Correction::Split { text: form.clone(), from: name.clone() });
        }
    }
    for correction in &all {
        let analysis = embedded(vec![correction.clone()]);
        assert_invariants(&analysis, &[EMBEDDED_A, EMBEDDED_B], &correction.to_string());
    }
    // And all of them at once, in order.
    let analysis = embedded(all);
    assert_invariants(&analysis, &[EMBEDDED_A, EMBEDDED_B], "all at once");
}

#[test]
fn odd_texts_and_odd_corrections_never_panic() {
    let texts = ["", "é", "e\u{301}", "🎉 Lima 🎉", "Lima\nLima", "x Lima", "\"Lima\"", "LIMA's", "Lima-"];
    let corrections = [
        Correction::Add { text: s("e"), kind: Place },
        Correction::Add { text: s("\u{301}"), kind: Place },
        Correction::Add { text: s("lima lima"), kind: Place },
        Correction::Add { text: s("🎉"), kind: Org },
        Correction::Add { text: s("\"lima"), kind: Org },
        Correction::Add { text: s("lima's"), kind: Person },
        Correction::NotAnEntity { text: s("é") },
        Correction::Split { text: s("LIMA"), from: s("lima") },
        Correction::Merge { name: s("lima"), into: s("lima") },
        Correction::Retype { name: s("lima"), kind: Date },
    ];
    for text in texts {
        for correction in &corrections {
            let analysis = corrected(&[text, "Lima and Quito."], vec![correction.clone()]);
            assert_invariants(&analysis, &[text, "Lima and Quito."], &format!("{text:?} {correction}"));
        }
    }
}

#[test]
fn not_an_entity_also_drops_a_figure_with_that_text_from_reports_and_ledger() {
    let a = "The clinic hired 40 nurses in Lima. Covid 19 cases rose.";
    let b = "The clinic hired 45 nurses in Lima.";
    let before = corrected(&[a, b], vec![]);
    let figure =
        before.reports[0].figures.iter().find(|f| f.text.contains("40")).expect("40 nurses is a figure").text.clone();
    let after = corrected(&[a, b], vec![Correction::NotAnEntity { text: figure.clone() }]);
    assert!(after.reports[0].figures.iter().all(|f| f.text != figure), "{:?}", after.reports[0].figures);
    assert!(after.reports[0].mentions.iter().all(|m| m.text != figure));
    // Every figure mention still points at its figure.
    for report in &after.reports {
        for m in report.mentions.iter().filter(|m| m.kind == Kind::Figure) {
            assert_eq!(report.figures[m.figure().expect("a figure index")].span, m.span);
        }
    }
    let ledger = after.comparison.as_ref().expect("two reports").figures.iter();
    assert!(ledger.clone().all(|row| row.a.is_empty()), "no figure of A is left in the ledger");
    assert_eq!(after.corrections.items, [Correction::NotAnEntity { text: figure }], "recorded as applied");
}
