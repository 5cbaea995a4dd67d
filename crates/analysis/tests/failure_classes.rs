//! The failure classes met on real news copy, one table each, with
//! made-up cases: what a fact-checker would catch within minutes. Each
//! case lists mentions that must be found (text and kind) and mentions
//! that must not be (a wrong kind, a name cut short, site text).

use parallax_analysis::{Input, analyze};
use parallax_model::{Analysis, Kind};

use Kind::{Date, Organization as Org, Person, Place};

/// The (text, kind) of every entity mention of the first report.
fn mentions(analysis: &Analysis) -> Vec<(String, Kind)> {
    analysis.reports[0].mentions.iter().filter(|m| m.kind != Kind::Figure).map(|m| (m.text.clone(), m.kind)).collect()
}

/// One case: a text, mentions it must have, mentions it must not have.
type Case = (&'static str, &'static [(&'static str, Kind)], &'static [(&'static str, Kind)]);

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for (text, wanted, unwanted) in cases {
        let found = mentions(&analyze(&[Input::new(text)]));
        for (name, kind) in *wanted {
            if !found.iter().any(|(t, k)| t == name && k == kind) {
                failures.push(format!("missing {name:?} as {kind:?} in {text:?}\n    found {found:?}"));
            }
        }
        for (name, kind) in *unwanted {
            if found.iter().any(|(t, k)| t == name && k == kind) {
                failures.push(format!("unwanted {name:?} as {kind:?} in {text:?}\n    found {found:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} failure(s):\n  {}", failures.len(), failures.join("\n  "));
}

const COMPANIES: &[Case] = &[
    // A listed club named after its city is the club, not the city.
    (
        "Mbappe left Paris Saint-Germain (PSG) on a free transfer.",
        &[("Paris Saint-Germain", Org)],
        &[("Saint-Germain", Org), ("Paris", Place)],
    ),
    // A company's short form, a dictionary word, is the company wherever
    // the report writes it alone; a council's place is no short form of it.
    (
        "Cedar Communications Inc agreed to the offer. Shares of Cedar jumped 31%. Analysts said Cedar's board was split.",
        &[("Cedar", Org)],
        &[],
    ),
    ("Valdor County Council voted on Monday. Valdor has 40,000 residents.", &[], &[("Valdor", Org)]),
    // A name before its stock ticker is a listed company's, and is the
    // company's wherever the report gives it whole.
    (
        "Lisbon Varrow Quint (LVQ) to buy Tendra\n\nLisbon Varrow Quint (NYSE: LVQ) will buy Tendra for $5 a share.",
        &[("Lisbon Varrow Quint", Org)],
        &[("Lisbon", Place), ("Varrow Quint", Person)],
    ),
    // A law firm's partners' names and its legal form.
    ("Velsonni Goodrak & Rosatti PC is legal counsel.", &[("Velsonni Goodrak & Rosatti PC", Org)], &[]),
    // A company that speaks, makes offers and employs people is an
    // organization, whatever verb follows its name.
    (
        "Nordwerk workers voted to strike on Monday. Nordwerk said it regretted the vote. Nordwerk's offer stands.",
        &[("Nordwerk", Org)],
        &[("Nordwerk", Person)],
    ),
    // A company and the union on the other side of the dispute stay apart.
    (
        "The Nordwerk Metalworkers' Union rejected the offer. Nordwerk said talks would resume.",
        &[("Nordwerk Metalworkers' Union", Org), ("Nordwerk", Org)],
        &[("Nordwerk", Person)],
    ),
    // A lone surname after a full name stays a person.
    ("Talks were led by Ilse Marquardt. Marquardt said the deal was fair.", &[("Marquardt", Person)], &[]),
    // A surname two people share is a person's, even when whose is unclear.
    (
        "Runner Dorin Velkosz won in Chicago, ahead of his brother Tamas Velkosz. \
         \"I felt good,\" Velkosz said.",
        &[("Velkosz", Person)],
        &[("Velkosz", Org)],
    ),
    // Names after "the" are a thing or a body, not a person.
    (
        "Residents voted against the expansion of the Velrano Gigafactory. The Ostrava Kestel vaccine was flown in.",
        &[],
        &[("Velrano Gigafactory", Person), ("Ostrava Kestel", Person)],
    ),
    // Shares, a chief executive and a spokesperson belong to a company.
    (
        "Shares in Veltrano fell 4% after Veltrano chief executive Ana Ruiz resigned. A Veltrano spokesperson declined to comment.",
        &[("Veltrano", Org), ("Ana Ruiz", Person)],
        &[("Veltrano", Person)],
    ),
    // A deal's words before a name make it a company's, even one that is
    // a dictionary word; a head in capitals heads its name.
    (
        "VELKOR PHARMACEUTICAL has agreed to buy Shire for $6bn. The takeover of Pennant needs approval.",
        &[("VELKOR PHARMACEUTICAL", Org), ("Shire", Org), ("Pennant", Org)],
        &[("VELKOR PHARMACEUTICAL", Person)],
    ),
    // Well-known movements and drug makers without a head word.
    (
        "The Taliban police said it was over. The firm will leapfrog Eli Lilly.",
        &[("Taliban", Org), ("Eli Lilly", Org)],
        &[("Taliban", Place), ("Eli Lilly", Person)],
    ),
];

#[test]
fn a_company_is_an_organization_and_keeps_apart_from_its_union() {
    check(COMPANIES);
}

const PLACES: &[Case] = &[
    // A place that beats another, the score beside it, is a team, wherever
    // the report names it; a court's ruling by votes makes no team.
    (
        "A late goal gave Vellmark a 1-0 win over Colombia. Colombia had started brighter. \
         South Africa beat New Zealand 12-11 in Paris. The court ruled 6-3 against Texas. \
         Sri Lanka 2-1 Pakistan: the hosts win.",
        &[("Colombia", Org), ("South Africa", Org), ("New Zealand", Org), ("Paris", Place), ("Texas", Place), ("Pakistan", Org)],
        &[("Colombia", Place), ("South Africa", Place)],
    ),
    // A panchayat is a place; a listed region's inner capitals are no
    // brand's; a name in the possessive after it describes it, in no list.
    (
        "Velloor Panchayat reported two cases. The vote fell in KwaZulu-Natal. It rose in Durban, Zuma's home city.",
        &[("Velloor Panchayat", Place), ("KwaZulu-Natal", Place), ("Durban", Place)],
        &[("Velloor Panchayat", Person), ("KwaZulu-Natal", Org), ("Zuma", Place)],
    ),
    // A place before a body's acronym is the place, whatever cue the
    // body has.
    (
        "An officer of the Manitoba RCMP said the bus crashed.",
        &[("Manitoba", Place), ("RCMP", Org)],
        &[("Manitoba RCMP", Org)],
    ),
    // A country's long name without its article.
    ("Officials in the Democratic Republic of Congo confirmed it.", &[("Democratic Republic of Congo", Place)], &[]),
    // A possessive after "outside" says whose, not where.
    (
        "Ivo Velar won the runoff. Outside Velar's party headquarters, supporters cheered, and Velar thanked them.",
        &[("Ivo Velar", Person)],
        &[("Velar", Place)],
    ),
    // "Residents of X" makes X a place wherever the report writes it, when
    // the words open a sentence too; a title opening one makes no body.
    (
        "The fire razed the old town overnight.\nResidents of Tarvonia were allowed back on Friday. Crews left Tarvonia at dawn.",
        &[("Tarvonia", Place)],
        &[],
    ),
    ("The fire razed the old town.\nMinister of State for Home Ana Ruizo spoke.", &[], &[("State for Home Ana Ruizo", Org)]),
    // A town named by its container word.
    ("Rescuers reached the town of Sainte-Marthe at dawn.", &[("Sainte-Marthe", Place)], &[]),
    // An island with its head word after it.
    ("Tourists were evacuated from Koh Lanta island.", &[("Koh Lanta", Place)], &[]),
    // A stretch of water after a preposition of movement.
    ("Ferries across the Solent were cancelled.", &[("Solent", Place)], &[]),
    // A province and a state with their head words.
    ("Floods hit Bulacan province and the state of Kedah.", &[("Bulacan", Place), ("Kedah", Place)], &[]),
    // A village named as the place where something happened.
    ("The landslide buried homes in Yambarra village, police said.", &[("Yambarra", Place)], &[]),
    // A town with a mayor is still a place.
    ("The mayor of Corvalho said the road was closed.", &[("Corvalho", Place)], &[("Corvalho", Org)]),
    // Names listed with known places are places, unless the list names a
    // known person.
    (
        "Cases were reported in Varrow, Lisbon, Quenby and Delhi districts.",
        &[("Varrow", Place), ("Quenby", Place)],
        &[],
    ),
    // "Co" and a name is a county, not a company's legal form.
    (
        "She lived in Drumcarra, Co Kelligan. Varnholt Logistics Co., Ltd. said so.",
        &[("Drumcarra", Place), ("Co Kelligan", Place), ("Varnholt Logistics Co., Ltd.", Org)],
        &[("Drumcarra, Co", Org)],
    ),
    // A compass word before a demonym makes a demonym, not a place.
    ("South African police and West African leaders met.", &[], &[("South African", Place), ("West African", Place)]),
    // A demonym of two words names no one.
    ("She won the Sierra Leonean presidential election.", &[], &[("Sierra Leonean", Person)]),
    // An appositive names the kind of place.
    ("Pupils were taken from Dabrivo Kesh, a remote village, on Friday.", &[("Dabrivo Kesh", Place)], &[]),
    // One kind per name in a report: a cue for a place outweighs the bare
    // repeats of a name that looks like a person's.
    (
        "Dabrivo Kesh will get a port. Dabrivo Kesh has a beach. Dabrivo Kesh grows. The plan is to develop Dabrivo Kesh, a region on the coast.",
        &[("Dabrivo Kesh", Place)],
        &[("Dabrivo Kesh", Person)],
    ),
    // A word for a street ends a place's name, whatever given name opens it.
    (
        "Protesters marched up Kenneth Highway to Helena Square.",
        &[("Kenneth Highway", Place), ("Helena Square", Place)],
        &[("Kenneth Highway", Person), ("Helena Square", Person)],
    ),
    // So does a word for a work named after someone; a place made an
    // adjective is the place, not part of the next name.
    (
        "The Liberia-flagged Vell Star hit the Helen Marsh Vell Bridge near Dorin Kask Airport.",
        &[("Helen Marsh Vell Bridge", Place), ("Dorin Kask Airport", Place), ("Liberia", Place)],
        &[("Helen Marsh Vell Bridge", Person), ("Liberia-flagged Vell Star", Org), ("Liberia-flagged Vell Star", Person)],
    ),
    // A known place that opens a name is no given name ("Los"); a named
    // fire is an event, not a person; a body with "Fire" inside its name
    // stays one, and so does a place before "fire department".
    (
        "The Harlan Fire (Los Angeles County) had burned 421 acres, the Los Angeles Fire Department said. \
         According to Taiwan's fire department, crews were sent.",
        &[("Los Angeles County", Place), ("Los Angeles Fire Department", Org), ("Taiwan", Place)],
        &[("Los Angeles County", Person), ("Harlan Fire", Person), ("Harlan", Person)],
    ),
    // A place before a festival in lower case is named: no event's name.
    ("Eleven were killed at Kelvaro festival in Vancouver festival grounds.", &[("Vancouver", Place)], &[]),
    // A known place and "City" are one place.
    ("Survivors were taken to the Davao City port.", &[("Davao City", Place)], &[("City", Place)]),
    // A place word opening a name, with no cue around it.
    (
        "The Port Kelling steelworks will close. Soldiers left the Fort Varno base.",
        &[("Port Kelling", Place), ("Fort Varno", Place)],
        &[],
    ),
    // "The town of X" says what X is: it outweighs a given name X looks
    // like, in every mention.
    (
        "An order was issued for the town of Marcus and the county around it. \
         Marcus, 40 kilometres west of the city, has 900 residents. Marcus was empty by noon. \
         The communities of Marcus and Greywater were told to leave.",
        &[("Marcus", Place)],
        &[("Marcus", Person)],
    ),
    // A known place and a compass word: a district's or a constituency's
    // name, one place.
    ("She won the seat in Leeds Central; he lost in Bristol North.", &[("Leeds Central", Place), ("Bristol North", Place)], &[("Leeds", Place)]),
    // A name before "area" is the area's.
    ("The fire broke out in old Dhaka's Tolvarighat area on Friday.", &[("Tolvarighat", Place)], &[]),
    // A mine's name.
    ("An explosion ripped through the Pasta de Varchos mine in 2006.", &[("Pasta de Varchos", Place)], &[]),
    // A US state's postal code after a town is the state, no title ("Ms").
    ("The court met in Varlow, MS on Friday.", &[("MS", Place)], &[("MS", Org)]),
    ("Court Upholds Sentences | Varlow Free Press | Varlow, MS\n\nThe court met.", &[("MS", Place)], &[("MS", Org)]),
    // A region outside the towns' list: a district, a county.
    (
        "Landslides struck villages in Wayanad. Roads in the Scottish Borders were shut.",
        &[("Wayanad", Place), ("Scottish Borders", Place)],
        &[],
    ),
    // A town's name that is the surname of someone the report names whole
    // is that person's, wherever it stands.
    (
        "The shot was saved by keeper Andres Ibarra. Later came two more saves from Ibarra.",
        &[("Ibarra", Person), ("Andres Ibarra", Person)],
        &[("Ibarra", Place)],
    ),
];

#[test]
fn places_outside_the_list_are_found_by_their_context() {
    check(PLACES);
}

const FACILITIES: &[Case] = &[
    // Stations, terminals and junctions are places, even named after
    // someone; "for" after one opens no longer name.
    (
        "The train left Anand Vihar Terminal for Kamakhya Junction. The bus left Victoria Station for Tarvo Airport.",
        &[
            ("Anand Vihar Terminal", Place),
            ("Kamakhya Junction", Place),
            ("Victoria Station", Place),
            ("Tarvo Airport", Place),
        ],
        &[("Anand Vihar Terminal", Person), ("Victoria Station", Person)],
    ),
    // A saint's possessive opens a facility's name.
    ("She was taken to St Mary’s Hospital on Monday.", &[("St Mary’s Hospital", Place)], &[("Hospital", Org)]),
    // A facility where something happens is a place.
    (
        "Twelve people were taken to Marrowdale Memorial Hospital on Friday.",
        &[("Marrowdale Memorial Hospital", Place)],
        &[("Marrowdale Memorial Hospital", Org)],
    ),
    (
        "Bandits struck at the Tervane Primary School in the north.",
        &[("Tervane Primary School", Place)],
        &[("Tervane Primary School", Org)],
    ),
    // The body that runs one, when it acts, is an organization.
    ("Marrowdale Memorial Hospital said it had treated twelve people.", &[("Marrowdale Memorial Hospital", Org)], &[]),
    // A body cited is no place, whatever "to" says.
    (
        "The quake struck at a depth of 10 km, according to the Velmar Seismology Center.",
        &[("Velmar Seismology Center", Org)],
        &[("Velmar Seismology Center", Place)],
    ),
];

#[test]
fn a_facility_where_something_happens_is_a_place_and_its_body_an_organization() {
    check(FACILITIES);
}

const ORGANIZATIONS_WITHOUT_A_HEAD: &[Case] = &[
    // A maker before the name, a compound's last part, and a chief's
    // acronym after it, say a company; a given name after "maker" still
    // opens a person's name.
    (
        "Velmar bought video game-maker Tarvo Lindqvist. Drone maker Orlan Dusk grew. Kest Varro CEO Ana Ruiz spoke.",
        &[("Tarvo Lindqvist", Org), ("Orlan Dusk", Org), ("Kest Varro", Org), ("Ana Ruiz", Person)],
        &[("Tarvo Lindqvist", Person), ("Kest Varro", Person)],
    ),
    ("A policy maker John Okafor spoke.", &[("John Okafor", Person)], &[("John Okafor", Org)]),
    // A news agency credited in parentheses after a dateline.
    ("LONDON (Reuters) - Prices rose on Tuesday.", &[("Reuters", Org)], &[]),
    // A newspaper named by its role.
    ("He told the daily Le Monde that he would stay.", &[("Le Monde", Org)], &[]),
    // A charity and a carmaker named by their roles.
    ("The charity Oxfam and carmaker Renault both objected.", &[("Oxfam", Org), ("Renault", Org)], &[]),
    // In a headline in Title Case, an abbreviation of a role names no body.
    ("Velmar Hydro CEO Apologises For Cost Blowout\n\nThe firm said costs rose.", &[], &[("CEO", Org)]),
    // Two capitals before "news agency" name the agency.
    ("Sources have told the VK news agency that it would close.", &[("VK", Org)], &[]),
    // A sports broadcaster, whose words are common ones.
    ("\"I was nervous,\" the striker told Sky Sports.", &[("Sky Sports", Org)], &[]),
    // A broadcaster.
    ("According to broadcaster RTÉ, the vote was close.", &[("RTÉ", Org)], &[]),
    // A party named by its role before it.
    ("He is the first minister from the ruling party Velar Munnetra Sangam.", &[("Velar Munnetra Sangam", Org)], &[]),
    // A listed company opening a sentence keeps its first word, and a
    // listed name that is also a word is the company when it speaks.
    (
        "Royal Dutch Shell has agreed to buy the firm. Shell said the deal was fair.",
        &[("Royal Dutch Shell", Org), ("Shell", Org)],
        &[("Dutch Shell", Org)],
    ),
    ("Shell casings were found on the road.", &[], &[("Shell", Org)]),
    // A listed name opening a sentence acts: "will", "has", "won".
    ("Labour will have 410 seats. Shell has agreed to buy it.", &[("Labour", Org), ("Shell", Org)], &[]),
    // A list of bodies in the plural introduces bodies, whatever words
    // their names are.
    (
        "Regulators helped carriers such as Polar, Summit and Beacon. Lenders, including Harbor, froze loans.",
        &[("Polar", Org), ("Summit", Org), ("Beacon", Org), ("Harbor", Org)],
        &[],
    ),
    // A party named by its members.
    ("Projections put the Conservatives on 130 seats and the Tories' rivals on 410.", &[("Conservatives", Org), ("Tories", Org)], &[]),
    // A country's branch of a listed body, and a listed charity.
    (
        "The toll rose to 40, the Chadian Red Crescent said, as Mercy Corps sent tents.",
        &[("Chadian Red Crescent", Org), ("Mercy Corps", Org)],
        &[],
    ),
    // A news agency after a dateline is the agency, not the place's short form.
    ("VALDORIA CITY (AP) — The council met on Monday.", &[("AP", Org)], &[("AP", Place)]),
];

#[test]
fn organizations_without_a_head_word_are_found_by_their_role() {
    check(ORGANIZATIONS_WITHOUT_A_HEAD);
}

#[test]
fn an_acronym_the_report_defines_is_the_body_wherever_it_stands() {
    // Opening a headline or a sentence, where it reads as the word "who".
    let text = "WHO: Cases Rise In Vell\n\nThe World Health Organization (WHO) said so. WHO director Ana Ruiz spoke.";
    let found = mentions(&analyze(&[Input::new(text)]));
    let acronyms = found.iter().filter(|(t, k)| t == "WHO" && *k == Org).count();
    assert_eq!(acronyms, 3, "{found:?}");
}

const WHOLE_NAMES: &[Case] = &[
    // A given name in the middle of three names makes a person's name.
    (
        "Outlets report the man is Myran William Love from Sydney, a teacher.",
        &[("Myran William Love", Person)],
        &[],
    ),
    // "Cup-winner" is no part of the name after it.
    (
        "The striker and World Cup-winner Kylian Mbapel joined the club on Monday.",
        &[("Kylian Mbapel", Person)],
        &[("Cup-winner Kylian Mbapel", Person)],
    ),
    // A title after an ordinary word that opens the sentence is still a
    // title; a lone dictionary word after a title is no one.
    (
        "The budget came out on Tuesday.\nShadow Treasurer Angus Tayvor will reply on Thursday. \
         The Mid-Year Economic and Fiscal Outlook (MYEFO) showed a deficit.",
        &[("Angus Tayvor", Person)],
        &[("Treasurer Angus Tayvor", Person), ("Outlook", Person)],
    ),
    // A given name that is also a word opens a name before another.
    (
        "Mourning was declared, the minister for territorial policy, Ángel Víctor Torres, told reporters.",
        &[("Ángel Víctor Torres", Person)],
        &[("Víctor Torres", Person)],
    ),
    // The head word of a facility stays in its name.
    ("Flights left Kansai International Airport late.", &[("Kansai International Airport", Place)], &[]),
    // A title, then a name with a dotted middle initial: one person.
    ("Judge Mary A. Fenton ruled on Friday.", &[("Mary A. Fenton", Person)], &[("Mary", Person), ("Fenton", Person)]),
    // A body, then an abbreviated title and a name: the title is neither's;
    // abbreviated titles in a row are all titles.
    (
        "Officials said Harbour Guard Rear Adm. Tamsin Vell spoke. Later Maj. Gen. Oren Kask spoke.",
        &[("Harbour Guard", Org), ("Tamsin Vell", Person), ("Oren Kask", Person)],
        &[("Harbour Guard Rear Adm", Org), ("Gen. Oren Kask", Person)],
    ),
    // A body whose head opens its name is an organization whatever place
    // word ends it; "Additional" opens a title.
    (
        "\"Nine are hurt,\" Dev Amarnath, Additional Superintendent of Police for the Kelvar Police District, said.",
        &[("Dev Amarnath", Person), ("Police for the Kelvar Police District", Org)],
        &[("Additional", Org), ("Police for the Kelvar Police District", Place)],
    ),
    // A plural possessive opening a party's name, its head a word later.
    (
        "It was followed by the Peoples' Democratic Velar Party with 59 seats.",
        &[("Peoples' Democratic Velar Party", Org)],
        &[("Democratic Velar Party", Org)],
    ),
    // "May" after a given name is a surname, not the month or the verb.
    ("Theresa May clung to office. Brian May played.", &[("Theresa May", Person), ("Brian May", Person)], &[("Brian", Person)]),
    // A caption glued to the text repeats the surname.
    ("Tomas Velkind Velkind has now scored 16 goals.", &[("Tomas Velkind", Person)], &[("Tomas Velkind Velkind", Person)]),
    // Initials written without their periods.
    (
        "Justice R Velmurugan fined them. S K Tharoon and his wife appealed. Tharoon spoke.",
        &[("R Velmurugan", Person), ("S K Tharoon", Person)],
        &[],
    ),
    // Ranks and roles of the police and navy are titles, not part of the name.
    (
        "Policewoman Dana Orrel and Petty Officer 3 Kemal Brandt were aboard.",
        &[("Dana Orrel", Person), ("Kemal Brandt", Person)],
        &[("Policewoman Dana Orrel", Person), ("Petty", Org)],
    ),
    // A number that is part of an organization's name.
    ("Members of Local 1245 walked out.", &[("Local 1245", Org)], &[]),
    // A title after an organization ends it: the party, then the person.
    ("BJP MLA Arvind Kesh spoke.", &[("BJP", Org), ("Arvind Kesh", Person)], &[("BJP MLA", Org)]),
    // A nationality before a name is not part of it.
    ("Kenyan runner Eliud Koros won.", &[("Eliud Koros", Person)], &[("Kenyan Eliud Koros", Person)]),
    // "-based" and "-bound" make an adjective of a place.
    ("The London-bound flight was delayed.", &[("London", Place)], &[("London-bound", Place)]),
    // A name made an adjective before another name: two names.
    (
        "Lisbon-based Varnholt Logistics Ltd. cut jobs.",
        &[("Lisbon", Place), ("Varnholt Logistics Ltd.", Org)],
        &[("Lisbon-based Varnholt Logistics Ltd.", Org)],
    ),
    // A person's name straight after an organization's full name.
    (
        "The Valdoria Department of Roads and Bridges Marta Quillon said so.",
        &[("Valdoria Department of Roads and Bridges", Org), ("Marta Quillon", Person)],
        &[],
    ),
    // A capitalised function word opening a party's name inside a
    // sentence is the name's; a role from its first word to its last
    // names no one.
    (
        "Tomas Verhoek of the All Progressives Congress won. The Chief Returning Officer, Prof. Ana Ruiz, said so.",
        &[("All Progressives Congress", Org), ("Ana Ruiz", Person)],
        &[("Progressives Congress", Org), ("Chief Returning", Org)],
    ),
    // An organization whose name opens with an ordinary word keeps it at
    // the start of a sentence; an ordinary opener before a name does not.
    (
        "Human Rights Watch said the camp was unsafe. Hospitals said Valdoria Health Board had been warned.",
        &[("Human Rights Watch", Org), ("Valdoria Health Board", Org)],
        &[("Rights Watch", Org), ("Hospitals", Org)],
    ),
    // A US state as news abbreviates it after a place keeps its period.
    (
        "BLY, Ore. – Crews fought the fire in Lassen National Forest, Calif., on Monday.",
        &[("Ore.", Place), ("Calif.", Place), ("Lassen National Forest", Place)],
        &[("Calif", Place)],
    ),
    // ... and is no title ("Miss").
    ("The court met in Varlow, Miss., on Friday.", &[("Miss.", Place)], &[]),
    // Ordinary words before a title are a role, whatever place word opens
    // them; a body's head before "for" makes a body of the name, whatever
    // place word ends it; "Paramount Chief" is a title.
    (
        "It was confirmed by the District Health Officer (DHO) Tomas Orrell. \
         The Director of Health and Social Services for the District agreed, as did Paramount Chief Velamoyo.",
        &[("Tomas Orrell", Person), ("Health and Social Services for the District", Org), ("Velamoyo", Person)],
        &[("District Health Officer", Place), ("Health and Social Services for the District", Place)],
    ),
    // A company named by an ordinary word and its legal form, opening a
    // sentence, is one name.
    ("Apple Inc. posted a rise in revenue. Shell plc said so too.", &[("Apple Inc.", Org)], &[("Inc.", Org)]),
    // A known place opening two names of someone who speaks or holds a
    // role is a given name.
    (
        "The victims died of smoke, said Lima Varkhanom, duty officer of the control room.",
        &[("Lima Varkhanom", Person)],
        &[("Lima", Place)],
    ),
    ("Lima Varkhanom, a duty officer, said the fire was out.", &[("Lima Varkhanom", Person)], &[("Lima", Place)]),
    // A road's number keeps the letter glued to it.
    ("Sections of the Interstate 35W bridge broke loose.", &[("Interstate 35W", Place)], &[("Interstate 35", Place)]),
    // A hyphenated title is no part of the name.
    (
        "Civil Defence Co-ordinator Laura Velmazquez said five miners escaped.",
        &[("Laura Velmazquez", Person)],
        &[("Co-ordinator Laura Velmazquez", Person)],
    ),
    // A possessive name before "prison" is whose the prison sentence is,
    // no prison's name.
    (
        "Nicolas Varkozy was sentenced on Monday. Mr. Varkozy's prison sentence was suspended.",
        &[("Varkozy", Person)],
        &[("Varkozy", Place)],
    ),
];

#[test]
fn names_are_neither_cut_short_nor_split() {
    check(WHOLE_NAMES);
}

const WORDS_AROUND_A_BODY: &[Case] = &[
    // A listed body after a head is the name's, not words cut off it.
    ("Aid came from the International Red Cross on Monday.", &[("International Red Cross", Org)], &[("International", Org)]),
    // An ordinal after a possessive counts; it opens no name.
    (
        "The side won their 15th Champions League title on Saturday.",
        &[("Champions League", Org)],
        &[("15th Champions League", Org)],
    ),
    // Workers with a capital name a union; "and" after a listed company
    // joins no name to it; an adjective made of a name is no name.
    (
        "The United Auto Workers union said on Wednesday that it reached a deal with Ford. \
         The United Auto Workers said talks with Stellantis and General Motors go on. Ford's UAW-represented staff will vote.",
        &[("United Auto Workers", Org), ("Stellantis", Org), ("General Motors", Org)],
        &[("United Auto", Org), ("Stellantis and General Motors", Org), ("UAW-represented", Org)],
    ),
    // A list of fields in a ministry's name, closed by "and", is the name's.
    (
        "Officials at Norway's Ministry of Land, Infrastructure and Transport said so.",
        &[("Ministry of Land, Infrastructure and Transport", Org)],
        &[("Ministry of Land", Org)],
    ),
    // Not a list of places after it.
    (
        "The Ministry of Health, Britain and France signed the pact.",
        &[("Ministry of Health", Org), ("Britain", Place), ("France", Place)],
        &[],
    ),
    // A division is a body.
    ("He is director of the Aviation Policy Division at the ministry.", &[("Aviation Policy Division", Org)], &[("Aviation", Org)]),
    // An adjective of the role after the name is the role's.
    (
        "The inquiry could take months, Senior Transport Ministry official Jo Min-wan said.",
        &[("Transport Ministry", Org), ("Jo Min-wan", Person)],
        &[("Senior Transport Ministry", Org)],
    ),
    // A newspaper's head after a title and a given name is a surname; a
    // hospital's after a title and a name is the hospital's.
    ("Deputy Health Minister Lee Sun said so.", &[("Lee Sun", Person)], &[("Deputy Health Minister Lee Sun", Org)]),
    ("She was taken to Royal Prince Alfred Hospital.", &[("Royal Prince Alfred Hospital", Place)], &[("Alfred Hospital", Person)]),
    // Heads of committees, companies of the arts, federations, channels and
    // groups of companies; not a channel's head alone or opening a name, nor
    // a body's name that an event's head ends.
    (
        "The Electricity Subcommittee met. Tarvo Opera sold out. World Athletics ratified it, Citizen TV said. \
         Velmark Cos. will expand. They watch TV at night. The Athletics Championships open in May. TV Narendran spoke.",
        &[
            ("Electricity Subcommittee", Org),
            ("Tarvo Opera", Org),
            ("World Athletics", Org),
            ("Citizen TV", Org),
            ("Velmark Cos.", Org),
        ],
        &[("TV", Org), ("Athletics", Org), ("TV Narendran", Org)],
    ),
    (
        "Images broadcast on Indian TV news channels showed the crash.",
        &[],
        &[("Indian TV", Org)],
    ),
    // "Air" ends an airline's name after a place or a name, no other.
    (
        "A Tarn Air jet and a Korean Air flight landed. Hot Air balloons rose as the Air Quality Index fell.",
        &[("Tarn Air", Org), ("Korean Air", Org)],
        &[("Hot Air", Org), ("Air", Org)],
    ),
];

#[test]
fn words_around_a_body_are_its_name_or_not() {
    check(WORDS_AROUND_A_BODY);
}

const OPENERS: &[Case] = &[
    // A body's acronym spells the ordinary word opening the sentence too.
    (
        "Independent Boundaries and Elections Commission (IBEC) chair Ruth Kagwe spoke.",
        &[("Independent Boundaries and Elections Commission", Org), ("IBEC", Org)],
        &[("Boundaries and Elections Commission", Org)],
    ),
    // A place opening a body's name that the acronym after spells.
    (
        "Ana Ruiz, the chief of Kenya Tehreek e Insaf (KTI), spoke.",
        &[("Kenya Tehreek e Insaf", Org)],
        &[("Kenya", Place), ("Tehreek e Insaf", Person)],
    ),
    // An ordinary word opening a line before a listed name is no part of it.
    ("Watch CBS News\n\nThe flood cut the town off.", &[("CBS News", Org)], &[("Watch CBS News", Org)]),
    // A Spanish body's head opens its name, a given name after it too.
    (
        "Rescuers dug through the ruins of the Escuela Enrique Valdes in the capital.",
        &[("Escuela Enrique Valdes", Org)],
        &[("Enrique Valdes", Person)],
    ),
];

#[test]
fn what_opens_a_line_is_a_name_s_or_not() {
    check(OPENERS);
}

const POSSESSIVES: &[Case] = &[
    // A body's head in the possessive still heads its name.
    (
        "Flood relief\n\nHe praised the Tarvo Group's work and Vell County Council’s staff. \
         The Harbour Workers Party's report was out.",
        &[("Tarvo Group", Org), ("Vell County Council", Org), ("Harbour Workers Party", Org)],
        &[("Tarvo Group", Person), ("Vell", Place)],
    ),
    // So does a place's.
    ("Flood relief\n\nHe visited Vell County's worst-hit town.", &[("Vell County", Place)], &[("Vell County", Person)]),
    // An acronym that is also a word, and a listed club after an
    // ordinary word, in the possessive.
    (
        "Flood relief\n\nAna Ruiz, WHO's technical lead, met him. Real Madrid's Tomas Vell praised him.",
        &[("WHO", Org), ("Real Madrid", Org), ("Tomas Vell", Person)],
        &[("Madrid", Place)],
    ),
    // And a title before it opens no person's name.
    ("Flood relief\n\nOkafor is one of the Premier League’s best.", &[("Premier League", Org)], &[("League", Person)]),
];

const LISTED_TWICE: &[Case] = &[
    // A company that a region shares its name with: the region is "in the"
    // Amazon, the company is fined.
    ("Fires raged in the Amazon, near the border.", &[("Amazon", Place)], &[]),
    ("The fine beat the €746 million levied on Amazon in 2021.", &[("Amazon", Org)], &[("Amazon", Place)]),
    // Words of the dictionary after a title name no one.
    (
        "Tarvo breached the General Data Protection Regulation, said General Ana Ruiz.",
        &[("Ana Ruiz", Person)],
        &[("Data Protection Regulation", Person)],
    ),
];

const BROADCASTERS_AND_WATERS: &[Case] = &[
    // A broadcaster named by its number, and its newsroom.
    (
        "Tarvo (FOX 9) - Ana Ruiz told Channel 4 News the plant would close.",
        &[("FOX 9", Org), ("Channel 4 News", Org)],
        &[("FOX", Org), ("Channel", Org)],
    ),
    // A place and a name joined by a hyphen.
    ("The Israel-Hamas war went on. Hamas said 30 died.", &[("Israel", Place), ("Hamas", Org)], &[]),
    // Two places joined by a hyphen are two places; one that is a place
    // whole stays one.
    (
        "Talks on the Belarus-Ukraine border and the Karnataka-Tamil Nadu line went on in Guinea-Bissau.",
        &[("Belarus", Place), ("Ukraine", Place), ("Karnataka", Place), ("Tamil Nadu", Place), ("Guinea-Bissau", Place)],
        &[("Karnataka-Tamil Nadu", Org)],
    ),
    // A street's name, its word abbreviated.
    (
        "The council voted to rename Dundas St. The crash was on Tarvo Rd, near Jean St Pierre's home.",
        &[("Dundas St", Place), ("Tarvo Rd", Place), ("Jean St Pierre", Person)],
        &[],
    ),
    // A club of countries named by their number.
    (
        "The Group of 20 adopted the declaration after the Group of Seven met.",
        &[("Group of 20", Org), ("Group of Seven", Org)],
        &[("Group", Org)],
    ),
    // "the Channel" alone is the sea.
    ("More than 800 people crossed the Channel in small boats.", &[("Channel", Place)], &[("Channel", Org)]),
    // A name made an adjective of what struck it opens no name.
    ("Vell beat a Covid-hit Ana Ruiz side.", &[("Ana Ruiz", Person)], &[("Covid-hit Ana Ruiz", Person)]),
    // "and" before a title joins no bodies.
    (
        "Modi asked the President of the Union of Vell and Chairperson of the Tarvo Union, Ana Ruiz, to sit.",
        &[("Union of Vell", Org), ("Tarvo Union", Org)],
        &[("Union of Vell and Chairperson of the Tarvo Union", Org)],
    ),
];

#[test]
fn broadcasters_seas_and_bodies_are_read_whole_and_apart() {
    check(BROADCASTERS_AND_WATERS);
}

#[test]
fn a_name_two_lists_hold_is_read_by_its_words() {
    check(LISTED_TWICE);
}

#[test]
fn a_body_named_in_the_possessive_is_the_body() {
    check(POSSESSIVES);
}

const STORMS: &[Case] = &[
    // A storm's name, and the name alone after it, is no person.
    (
        "Hurricane Nadine struck Vell Bay. Nadine was the strongest storm of the year, Ana Ruiz said.",
        &[("Vell Bay", Place), ("Ana Ruiz", Person)],
        &[("Nadine", Person), ("Hurricane Nadine", Person)],
    ),
    // Named by an appositive; a person described among words about a storm
    // stays a person.
    (
        "Tomas, an unusually strong Atlantic storm, flooded the coast. Leon Vasko, a man who weathered the storm, spoke.",
        &[("Leon Vasko", Person)],
        &[("Tomas", Person)],
    ),
];

#[test]
fn a_storm_is_no_person() {
    check(STORMS);
}

const VESSELS_AND_TITLES_IN_A_ROW: &[Case] = &[
    // A boat's name, after "M/B" or "the ferry", names no one; a
    // commandant's title before another title opens no name.
    (
        "Forty passengers were rescued after the M/B Tarvo Express capsized. In 1987 the ferry Dona Velaz sank. \
         Later, PCG Commandant Admiral Artemio Abuso spoke.",
        &[("PCG", Org), ("Artemio Abuso", Person)],
        &[("B Tarvo Express", Org), ("Velaz", Person), ("PCG Commandant", Person)],
    ),
    // A title of more words ending the run goes whole: "Prime" is no
    // part of a body's name.
    (
        "She resigned as New Zealand Prime Minister on Thursday. \"We grew,\" said Ana Ruiz, Velkor Chief Executive Officer.",
        &[("New Zealand", Place), ("Velkor", Org)],
        &[("New Zealand Prime", Org), ("Velkor Chief Executive", Org)],
    ),
    // Police ranks written as Thai reports write them, and players'
    // positions, are titles; a town's police are the town's.
    (
        "According to Ban Kelo police superintendent Pol Col Arthit Wongsa, the men fled. \
         Fly-half Pollard kicked six penalties. Spinner Nathan Lyon took five wickets.",
        &[("Ban Kelo", Place), ("Arthit Wongsa", Person), ("Pollard", Person), ("Nathan Lyon", Person)],
        &[("Ban Kelo", Person), ("Pol", Person), ("Fly-half Pollard", Person), ("Spinner Nathan Lyon", Person)],
    ),
];

#[test]
fn vessels_name_no_one_and_titles_in_a_row_open_no_name() {
    check(VESSELS_AND_TITLES_IN_A_ROW);
}

const ROLES_IN_THE_PLURAL: &[Case] = &[
    // A sentence opened by a role in the plural names no one, whatever
    // verb follows it.
    (
        "Prosecutors asked for at least 22 months on Monday.",
        &[("Monday", Date)],
        &[("Prosecutors", Org), ("Prosecutors", Person)],
    ),
    ("Judges ruled against the plan. Ministers said they would appeal.", &[], &[("Judges", Org), ("Ministers", Org), ("Ministers", Person)]),
    // The role in the singular still opens a person's name.
    ("Prosecutor Dana Whitfield asked for a longer sentence.", &[("Dana Whitfield", Person)], &[]),
];

#[test]
fn roles_in_the_plural_name_no_one() {
    check(ROLES_IN_THE_PLURAL);
}

const SITE_TEXT: &[Case] = &[
    // A law's or a bill's name names no body and no place.
    (
        "For the charge under Section 23 of the MACC Act, a jail term of 12 years. The Finance Bill passed.",
        &[],
        &[("MACC Act", Place), ("MACC Act", Org), ("Finance Bill", Org)],
    ),
    // A holiday and a first-aid procedure name no one.
    (
        "Crowds in Halloween costumes filled the alley. A nurse performed CPR on ten people.",
        &[],
        &[("Halloween", Place), ("CPR", Org)],
    ),
    // A unit and its abbreviation in brackets name no body.
    ("Peak demand clocked 8302 Megawatts (MW) on Wednesday.", &[], &[("Megawatts", Org), ("MW", Org)]),
    // A month in capitals on a label names no body.
    ("Products carry sell-by dates from 29-JUL-2024 through 17-OCT-2024.", &[], &[("JUL", Org), ("OCT", Org)]),
    // A pasted link or handle names no one.
    (
        "The scenes from Madrid look like a horror film: pic.twitter.com/AslOFG4sYm\n— Ana Ruiz (@AnaRuizNews) October 30, 2024",
        &[("Madrid", Place)],
        &[("AslOFG", Org), ("AnaRuizNews", Person), ("AnaRuizNews", Org)],
    ),
    // A wire service's code of a market names no body.
    (
        "The lira TRYTOM=D3 rallied as the Valdoria Central Bank raised its rate TRINT=ECI.",
        &[("Valdoria Central Bank", Org)],
        &[("TRYTOM", Org), ("TRINT", Org), ("ECI", Org)],
    ),
    // A byline at the top names a person.
    ("By Ana Ruiz\nThe council met on Monday.", &[("Ana Ruiz", Person)], &[]),
    // A photo credit and a metadata line are site text.
    (
        "The council met on Monday.\n© Pablo Ortega / AFP\ndate 2025-01-12\nIt voted to close the bridge.",
        &[("Monday", Date)],
        &[("Pablo Ortega", Person), ("AFP", Org), ("2025-01-12", Date)],
    ),
    // A byline of several names, with or without "By", in Title Case.
    (
        "Bridge Closure Angers Commuters Across Valdoria\nBy Marta Quillon, Tobias Renner and Irene Calloway\nThe council met on Monday.",
        &[("Marta Quillon", Person), ("Tobias Renner", Person), ("Irene Calloway", Person)],
        &[],
    ),
    ("Greta Holloway and Simon Trevick, Valdoria Press\nThe council met on Monday.", &[("Greta Holloway", Person)], &[]),
    // A name and a picture agency closing a line is a credit; a person
    // of the same name who speaks is not.
    (
        "The striker scored twice.\n3/11 Forward: Tomas Verhoek Getty\nPaul Getty said the club was sold.",
        &[("Paul Getty", Person)],
        &[("Tomas Verhoek Getty", Person), ("Tomas Verhoek", Person)],
    ),
    // A word shouted in capitals is no acronym of an organization.
    (
        "The council met on Monday. A sign by the bridge read WARNING and VALDA said so.",
        &[("VALDA", Org)],
        &[("WARNING", Org)],
    ),
    // A section's label in capitals, and a common word capitalised only
    // because it opens the sentence, name nothing.
    (
        "WHAT TO WATCH FOR\nRescue workers searched the ruins in Valdoria, a report by Human Rights Watch said.",
        &[("Valdoria", Place), ("Human Rights Watch", Org)],
        &[("WATCH", Org), ("Rescue", Org)],
    ),
    // Places listed after a county seat, one of them shaped like a
    // person's name.
    (
        "The epicentre is 8 km from the county seat of Jishan Baolan, Dongxia, Salar Autonomous County in Valdoria.",
        &[("Jishan Baolan", Place), ("Salar Autonomous County", Place)],
        &[("Jishan Baolan", Person)],
    ),
    // A news agency in capitals glued to a photographer's name is a
    // credit, closing a caption that is report text.
    (
        "FILE PHOTO: Ana Ruiz speaks in Valdoria on Monday. REUTERS/Tomas Verhoek/File Photo\nThe council met.",
        &[("Ana Ruiz", Person), ("Valdoria", Place)],
        &[("REUTERS", Org), ("Tomas Verhoek", Person)],
    ),
    // A place with a possessive opening a sentence keeps all its words;
    // an event's name is no place.
    (
        "South Africa’s minister resigned. New Zealand's leader spoke before the State of the Nation Address.",
        &[("South Africa", Place), ("New Zealand", Place)],
        &[("Africa", Place), ("State of the Nation Address", Place)],
    ),
    // A site's promotions after the report: commands to the reader.
    (
        "The council met on Monday.\nGet Latest Valdoria News, Market Updates and Videos; Check your tax outgo through Velm Calculator. Check Valdoria Breaking News Live on Velm Twitter and Facebook. Subscribe on YouTube.",
        &[("Monday", Date)],
        &[("Facebook", Org), ("YouTube", Org), ("Velm Calculator", Org)],
    ),
    // An acronym of ordinary words in lower case is a thing, wherever the
    // report uses it; one of a name is the name's.
    (
        "Velmco will make next generation products (NGP) like e-cigarettes. NGP sales rose. The Valdoria Health Agency (VHA) agreed. So did the regional water authority (RWA).",
        &[("VHA", Org), ("Valdoria Health Agency", Org), ("RWA", Org)],
        &[("NGP", Org)],
    ),
    // An ordinal opens a body's name.
    (
        "He told the 21st Century Valdor Herald that the 5th Circuit Court of Appeals ruled.",
        &[("21st Century Valdor Herald", Org), ("5th Circuit Court of Appeals", Org)],
        &[("Century Valdor Herald", Org), ("Circuit Court of Appeals", Org)],
    ),
    // A ship is no person, body or place.
    (
        "The ferry MV Vella Queen sank; the HMS Tarn searched for survivors.",
        &[],
        &[("MV Vella Queen", Person), ("MV Vella Queen", Org), ("HMS Tarn", Person), ("HMS Tarn", Org)],
    ),
    // A word between a model's numbers names no one.
    ("Regulators grounded the Boeing 737 Max 9 jets on Friday.", &[("Boeing", Org)], &[("Max", Person)]),
    // An acronym with its possessive is the acronym's body; a plural noun
    // opening a sentence speaks, but names no one.
    ("Officials said the VNP’s share fell.", &[("VNP", Org)], &[]),
    (
        "Projections say the party will lose. Eyewitnesses told reporters so.",
        &[],
        &[("Projections", Org), ("Eyewitnesses", Org)],
    ),
    // A kind of body, a role or a file's format in capitals names no one.
    ("The shelter was leased to an NPO, the MLA said, in a PNG file.", &[], &[("NPO", Org), ("MLA", Org), ("PNG", Org)]),
    // So is one of words joined by hyphens.
    ("Screens showed the blue-screen-of-death (BSOD) error. BSOD reports spread.", &[], &[("BSOD", Org)]),
    // Credits after a caption: a label and a name, or a name glued to a
    // slash and its source; the report goes on after a glued-on credit.
    (
        "The mayor at the bridge on Monday. Picture: Dora Kestler\nFlooded fields near the river. (Photo by Ivo Brandt/Wire Images)\nThe bridge in May. [Lena Ostrow/Valdoria Daily]\nThe mayor. Picture: Dora Kestler 3 Mayor Pia Sandoval said it was shut.",
        &[("Pia Sandoval", Person)],
        &[("Dora Kestler", Person), ("Ivo Brandt", Person), ("Lena Ostrow", Person), ("Valdoria Daily", Org)],
    ),
];

#[test]
fn page_furniture_is_neither_title_nor_report_text() {
    // A metadata stamp then the page's section; the agency's page tail:
    // its standards line, markup left in the text, a market disclaimer.
    let text = " date 2018-11-15 World News\nNovember 15, 2018 / 9:55 AM / Updated 42 minutes ago\n\n\
                Valdoria's minister resigns from parliament\n\nVELM (Reuters) - The minister quit on Thursday.\n\n\
                Our Standards:The Thomson Reuters Trust Principles.\n0 : 0\n  • narrow-browser-and-phone\n  \
                • landscape-tablet-and-below\n\nAll quotes delayed a minimum of 15 minutes. See here for a list of exchanges\n";
    let analysis = analyze(&[Input::new(text)]);
    let report = &analysis.reports[0];
    assert_eq!(report.title, "Valdoria's minister resigns from parliament");
    let found = mentions(&analysis);
    assert!(!found.iter().any(|(t, _)| t.contains("World") || t.contains("Thomson")), "{found:?}");
    assert!(report.figures.is_empty(), "no figure in site text: {:?}", report.figures);
    let tail = text.find("Our Standards").expect("the tail");
    assert!(report.body.end <= tail, "the tail is set aside: body ends at {}", report.body.end);
    // A stand-alone section label is site text too.
    let analysis = analyze(&[Input::new("World | Politics\nValdoria votes on Sunday\nThe vote is close.")]);
    assert_eq!(analysis.reports[0].title, "Valdoria votes on Sunday");
    // A page's tag over the report is no headline; a list of links to
    // other stories after it, with their durations, is site text.
    let text = "Valdoria\nAna Ruiz was declared president-elect of the Republic of Valdoria on Friday.\n                Supporters cheered in the capital.\n01:10\nVoters head to polls in Tarro as leaders hope for recognition\n                Go to video\nPresident Pia Sandoval returns to Velm, after 6-week long absence sparked health c\n";
    let analysis = analyze(&[Input::new(text)]);
    let report = &analysis.reports[0];
    assert!(report.title.starts_with("Ana Ruiz was declared"), "{}", report.title);
    assert!(report.body.end <= text.find("01:10").expect("the list"), "body ends at {}", report.body.end);
    let found = mentions(&analysis);
    assert!(found.iter().any(|(t, k)| t == "Republic of Valdoria" && *k == Place), "{found:?}");
    assert!(!found.iter().any(|(t, _)| t == "Pia Sandoval" || t == "Tarro"), "{found:?}");
    // A slideshow's counter and its buttons are site text.
    let analysis = analyze(&[Input::new("Fires in Valdoria\n\nFull Screen\n1 / 7\n\nThe fire was 33% contained.\n")]);
    let values: Vec<f64> = analysis.reports[0].figures.iter().map(|f| f.value).collect();
    assert_eq!(values, [33.0], "no figure in the counter");
    // Nor is a page's number alone on its line a figure.
    let analysis = analyze(&[Input::new("47383\n46084\n\nFires in Valdoria\n\nThe fire was 33% contained.\n")]);
    let values: Vec<f64> = analysis.reports[0].figures.iter().map(|f| f.value).collect();
    assert_eq!(values, [33.0], "no figure in the page's numbers");
    let analysis = analyze(&[Input::new("1.2111462-40861055\n\nFires in Valdoria\n\nThe fire was 33% contained.\n")]);
    let values: Vec<f64> = analysis.reports[0].figures.iter().map(|f| f.value).collect();
    assert_eq!(values, [33.0], "no figure in the page's identifier");
    // The page's categories, a command shouted after a stamp, and a list
    // of recent posts with their teasers and ages.
    for (text, title) in [
        ("Categories: Health\n\nValdoria confirms 19 deaths\n\nThe ministry said so on Monday.\n", "Valdoria confirms 19 deaths"),
        (" date 2018-05-14 DOWNLOAD THE VELM NEWS MOBILE APP\n\nValdoria confirms 19 deaths\n\nThe ministry said so.\n", "Valdoria confirms 19 deaths"),
    ] {
        assert_eq!(analyze(&[Input::new(text)]).reports[0].title, title);
    }
    let text = "Valdoria confirms 19 deaths\n\nThe ministry said so on Monday.\n\nRecent Posts\n\n\
                Tarro Bags Elite Society Award\n\nFormer Minister Ana Ruiz was on Saturday honoured with an award of…\n\n\
                4 hours ago\n\nVelm Announces First Carriageway\n\nGovernor Pia Sandoval on Saturday announced…\n\n6 hours ago\n";
    let analysis = analyze(&[Input::new(text)]);
    assert!(analysis.reports[0].body.end <= text.find("Recent Posts").expect("the list"));
    let found = mentions(&analysis);
    assert!(!found.iter().any(|(t, _)| t == "Ana Ruiz" || t == "Pia Sandoval"), "{found:?}");
    // Lines without a period above a cue are report text when there are
    // more than two of them: a list the report gives.
    let text = "The jury named its winners.\nBest film: Tarro Nights\nBest actor: Ana Ruiz\nBest director: Pia Sandoval\nShare this article\n";
    let analysis = analyze(&[Input::new(text)]);
    assert!(analysis.reports[0].body.end > text.find("Best director").expect("the list"));
}

#[test]
fn bylines_are_report_text_and_credits_are_not() {
    check(SITE_TEXT);
}

/// The canonical names of the entities of the first report, each with the
/// mentions' texts.
fn entity_forms(analysis: &Analysis) -> Vec<(String, Vec<String>)> {
    let report = &analysis.reports[0];
    report
        .entities
        .iter()
        .map(|e| (e.name.clone(), e.mentions.iter().map(|&m| report.mentions[m].text.clone()).collect()))
        .collect()
}

/// (text, forms that must be one entity).
const SAME_ENTITY: &[(&str, &[&str])] = &[
    // A nickname and the official name with a suffix, when the surname agrees.
    ("William Okafor Jr. was sworn in. Bill Okafor thanked his staff.", &["William Okafor Jr.", "Bill Okafor"]),
    // A city and "the City of" it.
    ("Kigali has grown fast. The City of Kigali approved the plan.", &["Kigali", "City of Kigali"]),
    // Initials with and without their periods.
    ("D.K. Pathak, a railway official, was on the train. DK Pathak said most were hurt.", &["D.K. Pathak", "DK Pathak"]),
    // A name spelled one letter differently in a later word, and then the
    // surname alone.
    (
        "Board chair Maren Tollis Okaro visited the site. Maren Tullis Okaro said the work was done. Okaro left.",
        &["Maren Tollis Okaro", "Maren Tullis Okaro", "Okaro"],
    ),
    // An acronym defined after a storm is named: dropping the storm's
    // name keeps each acronym's full form.
    (
        "Cyclone Freddy hit Vell. \"It is dire,\" said Ana Ruiz of Doctors Without Borders (MSF) in Vell.",
        &["Doctors Without Borders", "MSF"],
    ),
    // A nickname alone, once the name is given whole with it.
    ("Maggie Telford died in June. Her husband said he missed Maggie.", &["Maggie Telford", "Maggie"]),
    // The surname put first, as a declaration writes it; then the
    // surname alone.
    (
        "Daniel Kiprop Moraa won the vote. The board declared that Moraa Daniel Kiprop was elected. Moraa thanked them.",
        &["Daniel Kiprop Moraa", "Moraa Daniel Kiprop", "Moraa"],
    ),
    // A surname that a cue alone made a body's ("Warne's management
    // company") is the person's the report names whole.
    ("Jane Warne died on Friday. Warne's management company asked for privacy.", &["Jane Warne", "Warne"]),
];

#[test]
fn nicknames_and_official_names_are_one_entity() {
    let mut failures = Vec::new();
    for (text, forms) in SAME_ENTITY {
        let entities = entity_forms(&analyze(&[Input::new(text)]));
        let together = entities.iter().any(|(_, mentions)| forms.iter().all(|f| mentions.iter().any(|m| m == f)));
        if !together {
            failures.push(format!("{forms:?} are not one entity in {text:?}: {entities:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
