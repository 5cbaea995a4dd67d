//! Behaviour tests of mention links: why a mention whose text is not its
//! entity's canonical name was resolved to that entity, on made-up texts
//! (none of the names is in any word list) and on the embedded pair.

use parallax_analysis::{Input, analyze};
use parallax_model::{Analysis, Kind, Link};

/// The (text, link) of every entity mention of report `report`.
fn links(analysis: &Analysis, report: usize) -> Vec<(String, Option<Link>)> {
    analysis.reports[report]
        .mentions
        .iter()
        .filter(|m| m.kind != Kind::Figure)
        .map(|m| (m.text.clone(), m.link.clone()))
        .collect()
}

fn partial(name: &str) -> Option<Link> {
    Some(Link::PartialName(name.to_string()))
}

/// Each case: the reports analysed together, then the mentions expected
/// in each report with their links, in text order.
type Case = (Vec<&'static str>, Vec<Vec<(&'static str, Option<Link>)>>);

#[test]
fn each_rule_that_joins_a_form_says_so() {
    let cases: Vec<Case> = vec![
        // A surname joins the full name it is part of; the full name itself
        // has no link.
        (
            vec!["Teodora Kvasnik arrived on Monday. Kvasnik said the port would reopen."],
            vec![vec![("Teodora Kvasnik", None), ("Monday", None), ("Kvasnik", partial("Teodora Kvasnik"))]],
        ),
        // The same name written without its accents: same folded key.
        (
            vec!["Ilkka Väärnämö spoke first. Later Ilkka Vaarnamo left."],
            vec![vec![("Ilkka Väärnämö", None), ("Ilkka Vaarnamo", Some(Link::SameName))]],
        ),
        // An acronym defined in parentheses, then used alone.
        (
            vec!["The Coastal Fisheries Agency (CFA) met. The CFA agreed."],
            vec![vec![
                ("Coastal Fisheries Agency", None),
                ("CFA", Some(Link::AcronymDefinition(String::from("Coastal Fisheries Agency")))),
                ("CFA", Some(Link::AcronymDefinition(String::from("Coastal Fisheries Agency")))),
            ]],
        ),
        // An acronym never defined, spelling the initials of one organization.
        (
            vec!["The Coastal Fisheries Agency met on Monday. Later the CFA agreed."],
            vec![vec![
                ("Coastal Fisheries Agency", None),
                ("Monday", None),
                ("CFA", Some(Link::Initials(String::from("Coastal Fisheries Agency")))),
            ]],
        ),
        // A full form shorter than the acronym defined after it: the acronym,
        // with more name parts, is the canonical name.
        (
            vec!["Funds went to Velmora (VLM-Sur) last year."],
            vec![vec![
                ("Velmora", Some(Link::FullForm(String::from("VLM-Sur")))),
                ("VLM-Sur", None),
                ("last year", None),
            ]],
        ),
        // A run of two adjacent words of one organization's name, found in
        // another report, joins it as a partial form.
        (
            vec![
                "The Valdoran Coastal Survey Institute opened a station.",
                "The general director of Coastal Survey, Teodora Kvasnik, spoke.",
            ],
            vec![
                vec![("Valdoran Coastal Survey Institute", None)],
                vec![("Coastal Survey", partial("Valdoran Coastal Survey Institute")), ("Teodora Kvasnik", None)],
            ],
        ),
        // The same run in two organizations' names joins neither: no link.
        (
            vec![
                "The Valdoran Coastal Survey Institute and the Northern Coastal Survey Agency signed a pact.",
                "The general director of Coastal Survey, Teodora Kvasnik, spoke.",
            ],
            vec![
                vec![("Valdoran Coastal Survey Institute", None), ("Northern Coastal Survey Agency", None)],
                vec![("Coastal Survey", None), ("Teodora Kvasnik", None)],
            ],
        ),
        // One word of the name joins nothing.
        (
            vec![
                "The Valdoran Coastal Survey Institute opened a station.",
                "The general director of Survey, Teodora Kvasnik, spoke.",
            ],
            vec![vec![("Valdoran Coastal Survey Institute", None)], vec![("Survey", None), ("Teodora Kvasnik", None)]],
        ),
        // ...but one word typed an organization that opens the name does.
        (
            vec!["Drovane Motors opened a plant on Monday.", "The carmaker Drovane said the plant would hire staff."],
            vec![vec![("Drovane Motors", None), ("Monday", None)], vec![("Drovane", partial("Drovane Motors"))]],
        ),
        // Across reports: the short form in B joins the full name in A.
        (
            vec!["Teodora Kvasnik arrived.", "Kvasnik said the port would reopen."],
            vec![vec![("Teodora Kvasnik", None)], vec![("Kvasnik", partial("Teodora Kvasnik"))]],
        ),
        // A town and its name with the word for its kind are one place;
        // a country and its capital named "City" are two.
        (
            vec!["The City of Velmora flooded. Velmora has no dam.", "MEXICO CITY - Rain fell across northern Mexico."],
            vec![
                vec![("City of Velmora", None), ("Velmora", partial("City of Velmora"))],
                vec![("MEXICO CITY", None), ("Mexico", None)],
            ],
        ),
        // A place spelled one letter differently by two reports; a shorter
        // name so alike is another place.
        (
            vec!["Aid reached the town of Qarradesh and the village of Talin.", "The town of Qarradech and the village of Tavin."],
            vec![
                vec![("Qarradesh", None), ("Talin", None)],
                vec![("Qarradech", Some(Link::Spelling("Qarradesh".to_string()))), ("Tavin", None)],
            ],
        ),
        // A listed body's one word, also a dictionary word, is its short form.
        (
            vec!["The Labour Party won. Labour said it would govern."],
            vec![vec![("Labour Party", None), ("Labour", partial("Labour Party"))]],
        ),
        // A body's name without the country inside it.
        (
            vec!["The 9th Ghana Circuit Court of Appeals ruled. Later the 9th Circuit Court of Appeals agreed."],
            vec![vec![
                ("9th Ghana Circuit Court of Appeals", None),
                ("9th Circuit Court of Appeals", partial("9th Ghana Circuit Court of Appeals")),
            ]],
        ),
        // A company's name after the country that opens its full name.
        (
            vec!["A court wound up the developer Vellmark on Monday.", "Creditors sued China Vellmark Group in 2022."],
            vec![
                vec![("Vellmark", partial("China Vellmark Group")), ("Monday", None)],
                vec![("China Vellmark Group", None), ("2022", None)],
            ],
        ),
        // A work named after someone, and the end of its name: one place.
        (
            vec!["Traffic crossed the Helen Marsh Vell Bridge at dawn. Later the Vell Bridge was shut."],
            vec![vec![("Helen Marsh Vell Bridge", None), ("Vell Bridge", partial("Helen Marsh Vell Bridge"))]],
        ),
        // A surname in capitals, after the full name.
        (
            vec!["“We will go on,” Ajay KV, a police official, said. Later KV said the search would resume."],
            vec![vec![("Ajay KV", None), ("KV", partial("Ajay KV"))]],
        ),
        // A body's head alone, where the report has one body of that head.
        (
            vec!["Tarvo County Council approved the rise. The Council said it was needed."],
            vec![vec![("Tarvo County Council", None), ("Council", partial("Tarvo County Council"))]],
        ),
    ];
    for (texts, expected) in &cases {
        let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
        let analysis = analyze(&inputs);
        for (report, expected) in expected.iter().enumerate() {
            let expected: Vec<(String, Option<Link>)> =
                expected.iter().map(|(text, link)| (text.to_string(), link.clone())).collect();
            assert_eq!(links(&analysis, report), expected, "{texts:?}");
        }
    }
}

#[test]
fn a_surname_links_to_the_full_name() {
    let analysis = analyze(&[Input::new("Teodora Kvasnik arrived. Kvasnik said the port would reopen.")]);
    let kvasnik = analysis.reports[0].mentions.iter().find(|m| m.text == "Kvasnik").expect("the surname is a mention");
    assert_eq!(kvasnik.link, partial("Teodora Kvasnik"));
    let words = kvasnik.link.as_ref().map(ToString::to_string);
    assert_eq!(words.as_deref(), Some("surname or partial form of 'Teodora Kvasnik'"));
}

#[test]
fn links_read_in_plain_english() {
    let cases = [
        // Each variant's wording, as the JSON's "merged" field gives it.
        (Link::SameName, "same name ignoring accents, case and hyphens"),
        (Link::AcronymDefinition(String::from("World Bank")), "acronym defined in parentheses after 'World Bank'"),
        (Link::Initials(String::from("World Bank")), "initials of 'World Bank'"),
        (Link::PartialName(String::from("Ana Gómez")), "surname or partial form of 'Ana Gómez'"),
        (Link::FullForm(String::from("WB")), "full form of the acronym 'WB'"),
        (Link::LongerForm(String::from("Gómez")), "longer form of 'Gómez'"),
        (Link::MergedInto(String::from("Ana Gómez")), "merged by you into 'Ana Gómez'"),
        (Link::MergedWith(String::from("A. Gómez")), "merged by you with 'A. Gómez'"),
        (Link::Linked(String::from("Ana Gómez")), "linked to 'Ana Gómez' through other forms of the entity"),
    ];
    for (link, words) in cases {
        assert_eq!(link.to_string(), words);
    }
}

#[test]
fn links_serialize_in_snake_case_and_round_trip() {
    let cases = [
        // A unit variant is its name.
        (Link::SameName, r#""same_name""#),
        // A variant with a name is an object keyed by the variant.
        (Link::PartialName(String::from("Ana Gómez")), r#"{"partial_name":"Ana Gómez"}"#),
        (Link::MergedInto(String::from("X")), r#"{"merged_into":"X"}"#),
    ];
    for (link, json) in cases {
        assert_eq!(serde_json::to_string(&link).unwrap(), json);
        assert_eq!(serde_json::from_str::<Link>(json).unwrap(), link);
    }
}

#[test]
fn every_mention_not_named_canonically_has_a_link_and_no_other_does() {
    let a = include_str!("../../../reports/000_3c10382c046089de.txt");
    let b = include_str!("../../../reports/003_9b3f9fb4060360a3.txt");
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    for report in &analysis.reports {
        for mention in &report.mentions {
            match mention.entity().and_then(|id| analysis.entity(id)) {
                Some(entity) => assert_eq!(mention.link.is_none(), mention.text == entity.name, "{mention:?}"),
                None => assert!(mention.link.is_none(), "figures have no link: {mention:?}"),
            }
        }
    }
    // The forms a reader would ask about, with their reasons.
    let link_of = |report: usize, text: &str| {
        analysis.reports[report].mentions.iter().find(|m| m.text == text).and_then(|m| m.link.clone())
    };
    let institute = String::from("Mexican Social Security Institute");
    assert_eq!(link_of(0, "IMSS"), Some(Link::AcronymDefinition(institute.clone())));
    assert_eq!(link_of(0, "Robledo Aburto"), partial("Zoé Robledo Aburto"));
    assert_eq!(link_of(0, "Miguel Diaz-Canel"), partial("Miguel Díaz-Canel Bermúdez"));
    assert_eq!(link_of(1, "Zoé Robledo"), partial("Zoé Robledo Aburto"));
    assert_eq!(link_of(1, "Social Security"), partial(&institute));
    assert_eq!(link_of(1, "Portal Miranda"), partial("José Ángel Portal Miranda"));
}

#[test]
fn the_exported_json_gives_each_mention_its_merge_reason_or_null() {
    let text = "Teodora Kvasnik arrived with 40 nurses. Kvasnik said the port would reopen.";
    let analysis = analyze(&[Input::new(text)]);
    let json: serde_json::Value = serde_json::from_str(&parallax_formats::to_json(&analysis)).unwrap();
    let mentions = json["reports"][0]["mentions"].as_array().unwrap();
    let merged: Vec<(&str, &serde_json::Value)> =
        mentions.iter().map(|m| (m["text"].as_str().unwrap(), &m["merged"])).collect();
    let expected = serde_json::json!("surname or partial form of 'Teodora Kvasnik'");
    assert_eq!(
        merged,
        [("Teodora Kvasnik", &serde_json::Value::Null), ("40", &serde_json::Value::Null), ("Kvasnik", &expected)]
    );
}
