//! The figure ledger's rules, one made-up case each: which figures of two
//! reports are one quantity, and whether they agree, are compatible or
//! conflict. Each case is a short report A and a short report B about one
//! matter; the row holding the figure of A given by `value` must have the
//! status given (or none: the figure stands alone).

use parallax_analysis::{Input, analyze};
use parallax_model::{FigureRow, FigureStatus};

/// The row of the ledger of `a` and `b` holding A's figure of `value`, and
/// the texts of its figures in B.
fn row_of(a: &str, b: &str, value: f64) -> (FigureRow, Vec<String>) {
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    let comparison = analysis.comparison.as_ref().expect("two reports are compared");
    let report_a = &analysis.reports[0];
    let row = comparison
        .figures
        .iter()
        .find(|r| r.a.iter().any(|&f| report_a.figures[f].value == value))
        .unwrap_or_else(|| panic!("no row for {value} of {a:?}: {:?}", comparison.figures))
        .clone();
    let texts = row.b.iter().map(|&f| analysis.reports[1].figures[f].text.clone()).collect();
    (row, texts)
}

/// Asserts, for each (A, B, A's value, status), the status of the row
/// holding A's figure of that value.
fn assert_statuses(cases: &[(&str, &str, f64, FigureStatus)]) {
    for &(a, b, value, status) in cases {
        let (row, texts) = row_of(a, b, value);
        assert_eq!(row.status, status, "{a:?} / {b:?}: {row:?} with {texts:?}");
    }
}

/// Two reports of one train crash: A's dead and injured, as B counts them.
const TRAIN_A: &str = "At least eight people were killed and more than 50 others injured when a freight train \
                       slammed into a passenger train on Monday. Officials later raised the confirmed death toll to eight.";
const TRAIN_B: &str = "The impact resulted in at least 15 fatalities and dozens of injuries, according to police. \
                       A police official confirmed that fifteen bodies have been recovered from the carriages. \
                       Fifty-four people were injured, and rescue teams were working to clear debris, he added.";

/// Two reports of one ferry's sinking, counting passengers and crew.
const FERRY_A: &str =
    "The ferry left with 55 passengers and seven crew members. All 62 passengers and crew members were rescued.";
const FERRY_B: &str = "All 60 passengers and crew were rescued from the ferry. It left port with 53 passengers.";

#[test]
fn figures_pair_by_meaning() {
    use FigureStatus::*;
    // (A, B, A's value, status of its row, how many figures of B it holds)
    let cases: &[(&str, &str, f64, FigureStatus, usize)] = &[
        // The same number of the same people named by kin nouns, twice in B.
        (
            "About 12,000 workers at Nordwerk voted to end the strike on Sunday.",
            "Almost 12,000 members of the union voted on Sunday. The 12,000 union members had been out since May.",
            12_000.0,
            Agree,
            2,
        ),
        // The same head with different modifiers.
        (
            "The hospital hired 150 specialist nurses this year.",
            "This year 150 Filipino nurses joined the hospital.",
            150.0,
            Agree,
            1,
        ),
        // Those arrested and those detained, gunmen and terrorists: kin
        // nouns, one an irregular plural.
        (
            "Police have arrested 11 people, including four gunmen, after the attack on Tarvo Hall.",
            "Eleven individuals had been detained over the Tarvo Hall attack, including four terrorists.",
            4.0,
            Agree,
            1,
        ),
        // One party's share in both reports, counted at different stages:
        // two accounts of it.
        (
            "With results in, the Velkan Party stood at 42.8%, with the Tarvo Front on 8.3%, officials said.",
            "The Tarvo Front, founded last year, came in at 9.41% as counting went on.",
            8.3,
            Conflict,
            1,
        ),
        // A person named in an aside owns no share: the party does.
        (
            "With results in, the Velkan Party stood at 42.8%, with the Tarvo Front on 25.6%, officials said.",
            "The Tarvo Front (TF) – led by Ana Ruiz – has so far come in at 22.16%, while the Velkan Party has 41%.",
            25.6,
            Conflict,
            1,
        ),
        // A toll counts the dead, whoever they are.
        (
            "The syrup caused the deaths of 66 young children in Vell, the agency said.",
            "By August, 28 had died in Vell, and the total toll increased to 66.",
            66.0,
            Agree,
            1,
        ),
        // Spelling variants of one compound.
        (
            "Four lifeguard officers were injured at the beach.",
            "Four life-guard staff were hurt at the beach.",
            4.0,
            Agree,
            1,
        ),
        // A precise number counts one thing however it is named.
        (
            "So far this year 8,561 arrivals have been recorded in the islands.",
            "The islands have received 8,561 migrants this year.",
            8_561.0,
            Agree,
            1,
        ),
        // Durations in other units.
        (
            "The ministry gave the company three days to answer.",
            "The company has 72 hours to answer the ministry.",
            3.0,
            Agree,
            1,
        ),
        // A floor and a ceiling that overlap: both can be right.
        (
            "Prosecutors sought as much as 30 months in prison for Dana Whitfield.",
            "Prosecutors asked for at least 22 months in prison for Dana Whitfield.",
            30.0,
            Compatible,
            1,
        ),
        // A rounded figure and a precise one.
        (
            "Election officials said turnout reached 6.3 million voters in the capital.",
            "Election officials in the capital said 6,328,397 voters turned out.",
            6_300_000.0,
            Compatible,
            1,
        ),
        // Different values of one quantity, said in the same words.
        (
            "NSW Ambulance said 26 people had been taken to hospital after the crash.",
            "Police said 25 people had been taken to hospital after the crash.",
            26.0,
            Conflict,
            1,
        ),
        // The same quantity of a death toll given differently.
        (
            "The death toll from the fires rose to 131 on Sunday, officials said.",
            "Officials said on Sunday the death toll from the fires had risen to 123.",
            131.0,
            Conflict,
            1,
        ),
        // Of two counts with one head, the one said in the same words pairs:
        // passengers with passengers, passengers and crew with their like.
        (
            FERRY_A,
            FERRY_B,
            55.0,
            Conflict,
            1,
        ),
        (
            FERRY_A,
            FERRY_B,
            62.0,
            Conflict,
            1,
        ),
        // What happened to them said after the count ("were killed",
        // "injured"), and the death toll, count the dead and the injured.
        (
            TRAIN_A,
            TRAIN_B,
            8.0,
            Compatible,
            2,
        ),
        (
            TRAIN_A,
            TRAIN_B,
            50.0,
            Compatible,
            1,
        ),
        // A train's cars are its carriages.
        (
            "The collision derailed three of the express train's cars.",
            "The goods train drove three carriages of the express off the rails.",
            3.0,
            Agree,
            1,
        ),
        // What they are in one report, what happened to them in the other.
        (
            "Rangers said 40 of the 150 dolphins had died by the evening.",
            "Of the 150 dolphins found on the shore, 40 had died, rangers said.",
            40.0,
            Agree,
            1,
        ),
        // The only magnitude each report gives, in unrelated sentences.
        (
            "A magnitude 5.9 earthquake struck the valley on Monday, killing three people. \
             Rescuers searched the ruins of the old market through the night.",
            "Three people died in the valley on Monday. \
             The national seismic institute later put the magnitude at 5.7.",
            5.9,
            Conflict,
            1,
        ),
    ];
    for &(a, b, value, status, in_b) in cases {
        let (row, texts) = row_of(a, b, value);
        assert_eq!(row.status, status, "{a:?} / {b:?}: {row:?}");
        assert_eq!(texts.len(), in_b, "{a:?} / {b:?}: B's figures {texts:?}");
    }
}

#[test]
fn related_but_different_quantities_stand_alone() {
    // (A, B, A's value)
    let cases: &[(&str, &str, f64)] = &[
        // Same unit, unrelated matters: a witness's wait and a road closure.
        (
            "A witness said she waited one to two hours for an ambulance.",
            "The coastal road was closed for two hours on Tuesday.",
            1.0,
        ),
        // Counts of things with nothing in common.
        ("Firefighters saved 40 homes in the valley.", "The airline cancelled 40 flights on Monday.", 40.0),
        // Two of the lengths a report gives are not the other's one.
        (
            "The bridge is 120 metres long and stands 40 metres above the river.",
            "Engineers said the 125-metre bridge was safe.",
            40.0,
        ),
        // A report gives many durations: the same one in two sentences with
        // one sign in common (a date) is not yet the same quantity.
        (
            "Velar faces trial on Monday. Jail terms of above two years are rare in Valdoria.",
            "Velar faces trial on Monday. The former mayor received a two-year sentence in 2011.",
            2.0,
        ),
        // Numbers too far apart to be one quantity reported differently.
        (
            "Twelve people were taken to John Hunter Hospital.",
            "In all, 25 people were taken to hospital, police said.",
            12.0,
        ),
    ];
    for &(a, b, value) in cases {
        let (row, texts) = row_of(a, b, value);
        assert_eq!(row.status, FigureStatus::OnlyA, "{a:?} / {b:?}: {row:?} with {texts:?}");
    }
}

#[test]
fn a_compatible_row_says_why_with_both_numbers() {
    let a = "Prosecutors sought as much as 30 months in prison for Dana Whitfield.";
    let b = "Prosecutors asked for at least 22 months in prison for Dana Whitfield.";
    let (row, _) = row_of(a, b, 30.0);
    assert_eq!(row.status, FigureStatus::Compatible);
    for words in ["22", "30", "floor", "ceiling"] {
        assert!(row.note.contains(words), "{words:?} missing from {:?}", row.note);
    }
    // Only the reports' own words are quoted: A says "as much as", which
    // the note must not quote as "up to".
    assert!(!row.note.contains("up to"), "{:?}", row.note);
    // A report that gives the number twice, once exact and once as a
    // floor: the note quotes the floor, which is what reconciles them.
    let a = "Four people were killed and 70 others were injured. An official said at least 70 passengers were hurt.";
    let b = "Four people were killed and 80 others were injured when the train derailed.";
    let (row, _) = row_of(a, b, 70.0);
    assert_eq!(row.status, FigureStatus::Compatible, "{row:?}");
    assert!(row.note.contains("floor"), "no reason given: {:?}", row.note);
}

#[test]
fn the_same_number_from_opposite_sides_is_a_conflict() {
    use FigureStatus::*;
    // (A, B, A's value, status): a ceiling facing a floor does not agree;
    // the same bound, or a bound and an exact number, still does.
    let cases: [(&str, &str, f64, FigureStatus); 4] = [
        (
            "The deal could attract as much as $150 billion in investment, the prime minister said.",
            "The deal is expected to attract over $150 billion in investment, the prime minister said.",
            150e9,
            Conflict,
        ),
        (
            "Rescuers said fewer than 40 people were still missing after the flood.",
            "Rescuers said at least 40 people were still missing after the flood.",
            40.0,
            Conflict,
        ),
        (
            "The deal could attract more than $150 billion in investment, the prime minister said.",
            "The deal is expected to attract at least $150 billion in investment, the prime minister said.",
            150e9,
            Agree,
        ),
        (
            "The deal could attract as much as $150 billion in investment, the prime minister said.",
            "The deal will attract $150 billion in investment, the prime minister said.",
            150e9,
            Agree,
        ),
    ];
    for (a, b, value, status) in cases {
        let (row, _) = row_of(a, b, value);
        assert_eq!(row.status, status, "{a} / {b}: {:?}", row.note);
        if status == Conflict {
            for words in ["floor", "ceiling", "do not meet"] {
                assert!(row.note.contains(words), "{words:?} missing from {:?}", row.note);
            }
        }
    }
}

#[test]
fn a_death_toll_pairs_however_it_is_worded() {
    use FigureStatus::*;
    // (A, B, A's value, status, B's figure or none): the verb before a
    // count of "people" says what it counts; two floors reconcile.
    let cases: [(&str, &str, f64, Option<FigureStatus>); 6] = [
        (
            "A magnitude-6.2 earthquake in Varnholt province has killed at least 118 people, officials said.",
            "At Least 116 Dead After 6.2 Magnitude Earthquake Hits Varnholt",
            118.0,
            Some(Compatible),
        ),
        (
            "The storm in Varnholt killed 12 people on Monday, officials said.",
            "Officials in Varnholt said 12 were dead after the storm on Monday.",
            12.0,
            Some(Agree),
        ),
        // Floors far apart, on different days: nothing says they are one.
        (
            "More than 3,800 flights in the US had been cancelled on Monday.",
            "Airlines scrapped more than 2,883 flights on Tuesday as the storm moved east.",
            3800.0,
            None,
        ),
        // Shares that make up one whole are two sides of it.
        (
            "Velmco will buy the 57.8 per cent of Tarro that it does not already own.",
            "Velmco, which already owned 42% of Tarro, will buy the rest.",
            57.8,
            None,
        ),
        // A word that only qualifies what is counted says nothing of it.
        (
            "Two of the train coaches overturned near Velm on Monday.",
            "Two passenger trains collided near Tarro in June.",
            2.0,
            None,
        ),
        // Injured are not dead.
        (
            "The storm in Varnholt injured 40 people on Monday, officials said.",
            "Officials in Varnholt said 42 were dead after the storm on Monday.",
            40.0,
            None,
        ),
    ];
    for (a, b, value, status) in cases {
        let (row, texts) = row_of(a, b, value);
        match status {
            Some(status) => assert_eq!(row.status, status, "{a} / {b}: {:?} {texts:?}", row.note),
            None => assert_eq!(row.status, OnlyA, "{a} / {b}: paired with {texts:?} ({:?})", row.note),
        }
    }
}

#[test]
fn the_ledger_shows_conflicts_first_then_compatible_then_agreement() {
    let a = "NSW Ambulance said 26 people had been taken to hospital. \
             Prosecutors sought as much as 30 months in prison for Dana Whitfield. \
             The hospital hired 150 specialist nurses.";
    let b = "The hospital hired 150 Filipino nurses. \
             Prosecutors asked for at least 22 months in prison for Dana Whitfield. \
             Police said 25 people had been taken to hospital.";
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    let statuses: Vec<FigureStatus> = analysis.comparison.unwrap().figures.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [FigureStatus::Conflict, FigureStatus::Compatible, FigureStatus::Agree]);
}

#[test]
fn a_figure_glossed_in_brackets_stands_in_its_principals_row() {
    use FigureStatus::*;
    // (A, B, A's value (the gloss's), status of its row)
    let cases: &[(&str, &str, f64, FigureStatus)] = &[
        // A length converted to other units.
        (
            "The quake struck about 600 kilometres (370 miles) north of the capital.",
            "The quake struck some 600 kilometres north of the capital on Friday.",
            370.0,
            Agree,
        ),
        // An amount converted to another currency, with its own qualifier.
        (
            "The council owes £650 million (around $816 million) in equal pay claims.",
            "The council said it owed £650m in equal pay claims.",
            816_000_000.0,
            Agree,
        ),
        // A round count restated precisely.
        (
            "Over half a million (538,241) residents have left their homes.",
            "The floods have forced 538,241 people from their homes.",
            500_000.0,
            Agree,
        ),
        // Another number in brackets that is no restatement stands alone.
        (
            "The storm destroyed 40 homes (and 12 shops) in the valley.",
            "The storm destroyed 40 homes in the valley, officials said.",
            12.0,
            OnlyA,
        ),
    ];
    assert_statuses(cases);
    // A length and its gloss that only A gives are one row of A, not two.
    let (row, _) = row_of(
        "The 500-foot (160 meter) span came down.",
        "The bridge fell into the river on Wednesday.",
        160.0,
    );
    assert_eq!((row.status, row.a.len()), (OnlyA, 2), "{row:?}");
}

#[test]
fn figures_that_round_to_each_other_pair_on_little_context() {
    use FigureStatus::*;
    // (A, B, A's value, status of its row)
    let cases: &[(&str, &str, f64, FigureStatus)] = &[
        // Each the other's only plausible counterpart, in sentences that
        // name the same man, with no words in common near the numbers: a
        // rounded value and a floor that allows it.
        (
            "Prabowo Subianto, the defence minister who ran twice before, won with 59 percent.",
            "Prabowo Subianto, a former special forces commander, secured more than 58 percent.",
            59.0,
            Compatible,
        ),
        // The same, with another share in B's sentence that A's allows
        // too: no one counterpart.
        (
            "Prabowo Subianto, the defence minister who ran twice before, won with 59 percent.",
            "Prabowo Subianto, a former special forces commander, secured more than 58 percent, his party 60 percent.",
            59.0,
            OnlyA,
        ),
        // A proportion and the share it is.
        (
            "A survey found that one in five children in Vell are malnourished.",
            "The survey found 20% of children in Vell are malnourished.",
            20.0,
            Agree,
        ),
        // One share of one thing, described between the verb and the
        // figure in each report.
        (
            "Vell's central bank raised its rate to 50%. Inflation rose to a higher than expected 67% last month.",
            "The bank raised its rate by 500 basis points to 50 percent, with the country's inflation reaching a \
             staggering 67 percent in February.",
            67.0,
            Agree,
        ),
        // Close counts of alike things, each the other's only counterpart,
        // in sentences with no word in common: staff laid off, jobs cut.
        (
            "The Vell council raised its tax. Despite that, more than 550 members of council staff are being laid off.",
            "The Vell council raised its tax. The authority has also cut 555 jobs through redundancies over two years.",
            550.0,
            Compatible,
        ),
        // Two precise counts a hundredth apart, of anyone evacuated and of
        // workers, in sentences on one fire: no coincidence.
        (
            "Pemex said six people were hurt in a fire on the Tarvo-A platform and over 320 people were evacuated.",
            "Pemex said that around 321 workers out of the 328 on the Tarvo-A platform when the fire started \
             had already been evacuated.",
            320.0,
            Compatible,
        ),
        // Each the other's only counterpart, but nothing says they speak of
        // one matter.
        (
            "Oil output rose 4 percent last year.",
            "The club's ticket sales fell 4.2 percent in the spring.",
            4.0,
            OnlyA,
        ),
    ];
    assert_statuses(cases);
}

#[test]
fn small_counts_pair_when_their_things_are_worded_apart() {
    use FigureStatus::*;
    // (A, B, A's value, status of its row)
    let cases: &[(&str, &str, f64, FigureStatus)] = &[
        // "Places" may be any places: the weather stations of A.
        (
            "The agency said 27 weather stations across the north broke the old record on Monday.",
            "The old record was broken in 27 places across the north on Monday.",
            27.0,
            Agree,
        ),
        // A head that only sorts things ("items", "categories"): what they
        // are is in the words before it.
        (
            "The inquiry found faults across 18 engine test items at the plant.",
            "Its probe found faults in 18 test categories at the plant.",
            18.0,
            Agree,
        ),
        // Brackets take no room among the words near a figure, and a
        // British spelling is the American one.
        (
            "Cargo Tonne Kilometers (CTKs) improved by 9pc.",
            "Revenue rose, with a 9% improvement in cargo tonne kilometres.",
            9.0,
            Agree,
        ),
        // Different things counted in the same sentence stay apart.
        (
            "The storm damaged 27 homes across the north on Monday.",
            "The storm cancelled 27 flights across the north on Monday.",
            27.0,
            OnlyA,
        ),
    ];
    assert_statuses(cases);
}

#[test]
fn a_report_keeps_apart_what_it_counts_apart() {
    use FigureStatus::*;
    // A's 171 planes are not its 171 passengers, whatever B says of 171.
    let a = "The inspections affect about 171 airplanes worldwide. \
             The plane landed as its 171 passengers and six crew members donned masks.";
    let b = "The plane landed safely with 171 passengers.";
    let (row, _) = row_of(a, b, 171.0);
    assert_eq!(row.a.len(), 1, "{row:?}");
    assert_statuses(&[(a, b, 171.0, Agree)]);
    // Nor is a bare small number another sentence measures with.
    let a = "Of the 9 deaths, one was in Vell. In Vell, 300 quakes measuring 1 or higher were felt after the deaths.";
    let b = "One death was confirmed in Vell. One more quake was felt in Vell after the deaths.";
    let (row, _) = row_of(a, b, 1.0);
    assert_eq!((row.status, row.a.len()), (Agree, 1), "{row:?}");
}

#[test]
fn precise_numbers_a_hundredth_apart_are_one_quantity() {
    use FigureStatus::*;
    // (A, B, A's value, status of its row)
    let cases: &[(&str, &str, f64, FigureStatus)] = &[
        // Digits swapped, nothing counted in common but the matter.
        (
            "Boats keep reaching the islands. The Interior Ministry has recorded 48,219 Velmar Bay arrivals \
             between January 1 and May 15, a 60% rise on last year.",
            "Boats keep reaching the islands. According to the latest data from the Interior Ministry as of \
             May 15, 48,291 people had reached the archipelago, to which some 2,900 more must be added.",
            48_219.0,
            Conflict,
        ),
        // Two precise numbers as close, with nothing to say they are one.
        (
            "The port authority has recorded 48,219 Velmar Bay crossings since January.",
            "The museum sold 48,291 tickets over the summer.",
            48_219.0,
            OnlyA,
        ),
    ];
    assert_statuses(cases);
}

#[test]
fn a_toll_and_its_parts_pair_with_their_own_counterparts() {
    use FigureStatus::*;
    // (a, b, A's value, status of its row)
    let a: &str = "The death toll in the storms that hit the coast and other parts of Varna Province had reached \
                   58 people on Friday evening. Of the 58 deaths, 31 were in Tellin, 20 in Osk and seven in Marl.";
    let b: &str = "The death toll from the storm in Varna Province stood at 51 on Friday, officials said. \
                   Twenty-four deaths were confirmed in Tellin, followed by 20 in Osk and seven in Marl.";
    let cases: &[(&str, &str, f64, FigureStatus)] = &[
        // The people a toll reached are the toll.
        (a, b, 58.0, Conflict),
        // A part pairs with the nearer value, not with the total.
        (a, b, 31.0, Conflict),
        (a, b, 20.0, Agree),
    ];
    assert_statuses(cases);
    // The only tolls of two reports, however far apart, and people
    // "reported missing" are the missing.
    let later = "The death toll in the port city of Vell has soared to 9,400, the aid group said today. \
                 A further 8,100 people are reported missing in the city.";
    let earlier = "The death toll in the city of Vell alone is now more than 4,200, a spokesman said. \
                   Another 8,000 are missing, officials added.";
    let cases: &[(&str, &str, f64, FigureStatus)] =
        &[(later, earlier, 9_400.0, Compatible), (later, earlier, 8_100.0, Compatible)];
    assert_statuses(cases);
    let (row, texts) = row_of(a, b, 58.0);
    assert!(texts.iter().all(|t| t.contains("51")), "{row:?} with {texts:?}");
    let (row, texts) = row_of(a, b, 31.0);
    assert!(texts.iter().all(|t| t.contains("Twenty-four")), "{row:?} with {texts:?}");
}

#[test]
fn shares_and_durations_are_compared_whatever_their_wording() {
    use FigureStatus::*;
    // (A, B, A's value, status of its row)
    let cases: &[(&str, &str, f64, FigureStatus)] = &[
        // A fraction is a percentage.
        (
            "Trade between the two countries makes up around one-fifth of Albania's economic output.",
            "Trade between the two countries is worth around 20% of Albania's economic output.",
            0.2,
            Agree,
        ),
        // Days of a kind are days.
        (
            "The court gave Jacob Zuma five calendar days to hand himself over to the police.",
            "Jacob Zuma has five days to hand himself over to the police, the court said.",
            5.0,
            Agree,
        ),
    ];
    for &(a, b, value, status) in cases {
        let (row, texts) = row_of(a, b, value);
        assert_eq!(row.status, status, "{a:?} / {b:?}: {row:?} with {texts:?}");
        assert_eq!(texts.len(), 1, "{a:?} / {b:?}: B's figures {texts:?}");
    }
}

#[test]
fn a_rise_and_a_fall_of_one_thing_are_a_conflict() {
    let a = "The airline reported a 22pc revenue increase. It posted a 22pc reduction in operating costs.";
    let b = "Total revenue surged by 22%. The airline saw a 22% rise in operating costs and a 22% reduction in overheads.";
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    let comparison = analysis.comparison.as_ref().expect("two reports are compared");
    let texts = |side: usize, indices: &[usize]| -> Vec<String> {
        indices.iter().map(|&f| analysis.reports[side].figures[f].text.clone()).collect()
    };
    let statuses: Vec<(FigureStatus, usize, usize)> =
        comparison.figures.iter().map(|r| (r.status, r.a.len(), r.b.len())).collect();
    // The revenue agrees; the operating costs conflict, with a note that
    // says why; the overheads stand alone.
    let conflict = comparison.figures.iter().find(|r| r.status == FigureStatus::Conflict).expect("a conflict");
    assert_eq!((texts(0, &conflict.a), texts(1, &conflict.b)), (vec!["22pc".to_string()], vec!["22%".to_string()]));
    assert!(conflict.note.contains("opposite changes"), "{}", conflict.note);
    assert_eq!(statuses.iter().filter(|s| s.0 == FigureStatus::Agree).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| s.0 == FigureStatus::OnlyB).count(), 1, "{statuses:?}");
}

#[test]
fn a_change_and_the_level_it_reaches_are_two_quantities() {
    let a = "The central bank raised its key interest rate by 50 basis points to 5.5% on Friday. \
             Inflation climbed to 6.15% as of June 7, the bank said. \
             \"Another 50 bp rate hike at the next meeting appears very probable,\" Citi said.";
    let b = "Central Bank raised the key rate to 5.5%\n\nThe Bank of Veldan raised the key rate by 50 basis \
             points (bp) to 5.5%. As of June 7, annual inflation rose to 6.15%.";
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    let comparison = analysis.comparison.as_ref().expect("two reports are compared");
    let rows: Vec<(FigureStatus, f64)> = comparison.figures.iter().map(|r| (r.status, r.value)).collect();
    // The change agrees with the change, each level with its level; none
    // is set against another.
    assert!(rows.iter().all(|(status, _)| *status == FigureStatus::Agree), "{rows:?}");
    assert_eq!(rows.len(), 3, "{rows:?}");
}

#[test]
fn the_figure_each_sentence_has_left_beside_shared_ones_is_one_quantity() {
    use FigureStatus::*;
    // (A, B, A's value, status of its row)
    let cases: &[(&str, &str, f64, FigureStatus)] = &[
        // The winner's share in both, the runner-up's left over in each.
        (
            "With most boxes opened, Velar won 52.5 percent of the vote, while his rival Tamsin Ode trailed at 30.6 percent.",
            "Velar won 52.5% of the votes while his nearest rival Tamsin Ode of the Unity Party (UP) received 30.8% of votes.",
            30.6,
            Conflict,
        ),
        // Two left over between the same shared figures: no telling which.
        (
            "Velar won 52.5 percent, Ode took 30.6 percent and Brand took 9.1 percent.",
            "Velar won 52.5%; the others shared 34% and 12% of the vote.",
            30.6,
            OnlyA,
        ),
    ];
    assert_statuses(cases);
}

#[test]
fn a_compound_direction_is_its_parts_near_a_distance() {
    use FigureStatus::*;
    // (A, B, A's value, status of its row)
    let cases: &[(&str, &str, f64, FigureStatus)] = &[
        // "south-southeast of" is "south of" the same town.
        (
            "Rescuers searched collapsed homes through the night. The tremor hit at dawn 18 kilometers south of Marvello.",
            "Officials put the epicenter 25 km south-southeast of Marvello, at a shallow depth.",
            18.0,
            Conflict,
        ),
    ];
    assert_statuses(cases);
}

#[test]
fn a_count_the_other_report_gives_as_it_is_is_not_set_against_another() {
    use FigureStatus::*;
    // (A, B, A's value, status of its row)
    let a = "On Sunday morning a passenger plane carrying 181 people crashed at Tarn International Airport. \
             The crash resulted in the death of 179 individuals, as confirmed by the fire agency, while two were rescued.";
    let b = "A passenger plane crashed and burst into flames on Sunday morning at Tarn airport, killing 179 people.";
    assert_statuses(&[(a, b, 181.0, OnlyA), (a, b, 179.0, Agree)]);
}

#[test]
fn the_dead_are_told_after_a_relative_pronoun_and_as_lives_lost() {
    use FigureStatus::*;
    let b = "After the floods in the valley, 52 people were injured, officials said.";
    assert_statuses(&[
        ("After the floods in the valley, the 52 people who have died include ten children.", b, 52.0, OnlyA),
        ("After the floods in the valley, 52 people have lost their lives, officials said.", b, 52.0, OnlyA),
    ]);
}

#[test]
fn two_peoples_shares_and_the_share_counted_are_apart() {
    use FigureStatus::*;
    let a = "With 97.6% of votes tallied in the runoff, Ivo Velar had 55.8% and Economy Minister Tamsin Ode 44.2%, \
             the electoral authority said.";
    let b = "Ivo Velar won the runoff on Sunday, obtaining 55.95% of the votes, with almost 87% of the tables counted, \
             and defeated Tamsin Ode, who adds 44.04% of the votes.\n\
             In the first round, the official candidate, Tamsin Ode, obtained 36.78% of the votes and Ivo Velar 29.99%.";
    let (row, texts) = row_of(a, b, 55.8);
    assert_eq!((row.status, texts), (Conflict, vec![String::from("55.95%")]));
    let (row, texts) = row_of(a, b, 44.2);
    assert_eq!((row.status, texts), (Conflict, vec![String::from("44.04%")]));
    assert_statuses(&[(a, b, 97.6, OnlyA)]);
}

#[test]
fn parts_that_add_up_to_the_other_reports_total_agree_with_it() {
    use FigureStatus::*;
    let a = "Jurors found Ana Velar guilty on four counts of fraud in January.";
    let b = "Velar was convicted in January under three felony counts of wire fraud and one felony count of conspiracy.";
    let (row, texts) = row_of(a, b, 4.0);
    assert_eq!(row.status, Agree, "{row:?}");
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(row.note.contains("add up to"), "{row:?}");
    // Kinds of people add up to the dead.
    let a = "The fire in the Tarvo block killed 74 people, officials said on Friday.";
    let b = "Officials said on Friday that 67 adults and seven children have been declared dead after the Tarvo fire.";
    assert_statuses(&[(a, b, 74.0, Agree)]);
    // Parts that do not add up stay apart.
    let b = "Officials said on Friday that 60 adults and seven children have been declared dead after the Tarvo fire.";
    assert_statuses(&[(a, b, 74.0, OnlyA)]);
}
