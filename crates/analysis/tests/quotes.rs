//! Quote attribution on made-up reports: which quotes a report carries and
//! to whom it attributes each one. The speaker is an entity of the report
//! (named by its canonical name or an alias here), or no one when the text
//! does not say. Names are invented and in no word list, so only the rules
//! can find them.

use parallax_analysis::{Input, analyze};
use parallax_model::Report;

/// A report's quotes as (quoted words, the speaker's canonical name).
fn attributed(report: &Report) -> Vec<(String, Option<String>)> {
    let name = |id| report.entity(id).map(|e| e.name.clone());
    report.quotes.iter().map(|q| (q.text.clone(), q.speaker.and_then(name))).collect()
}

/// Whether entity name `found` is the expected speaker `wanted`: its
/// canonical name or one of its aliases.
fn is_speaker(report: &Report, found: &Option<String>, wanted: Option<&str>) -> bool {
    match (found, wanted) {
        (None, None) => true,
        (Some(found), Some(wanted)) => {
            found == wanted || report.entities.iter().any(|e| &e.name == found && e.aliases.iter().any(|a| a == wanted))
        }
        _ => false,
    }
}

/// One case: a text, and each quote it carries, in order, as (the start of
/// its words, the speaker's name or `None`).
type Case = (&'static str, &'static [(&'static str, Option<&'static str>)]);

/// Checks every case and reports all failures at once.
fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for (text, wanted) in cases {
        let analysis = analyze(&[Input::new(text)]);
        let report = &analysis.reports[0];
        let found = attributed(report);
        let same = found.len() == wanted.len()
            && found
                .iter()
                .zip(wanted.iter())
                .all(|((words, speaker), (start, who))| words.starts_with(start) && is_speaker(report, speaker, *who));
        if !same {
            failures.push(format!("{text:?}\n    wanted {wanted:?}\n    found  {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failure(s):\n  {}", failures.len(), failures.join("\n  "));
}

const V: Option<&str> = Some("Mirela Vellacourt");
const B: Option<&str> = Some("Teodor Brennholt");
const D: Option<&str> = Some("Orsolya Dunstan");

#[test]
fn attribution_in_the_next_sentence_names_the_speaker() {
    check(&[
        // The quote ends its sentence; "X said." follows on its own.
        (r#""We will not sign this deal." Mirela Vellacourt said."#, &[("We will not sign", V)]),
        // The verb first, then the name and a role after a comma.
        (r#""The offer is an insult." said Mirela Vellacourt, the union's leader."#, &[("The offer", V)]),
        // The next sentence says something new: it does not attribute the quote.
        (
            r#"Mirela Vellacourt spoke first. "We are ready." Teodor Brennholt said the talks would resume."#,
            &[("We are ready", V)],
        ),
    ]);
}

#[test]
fn a_pronoun_is_the_person_the_sentences_just_before_are_about() {
    check(&[
        // "he said" after a sentence that named one person.
        (r#"Teodor Brennholt spoke to reporters outside the plant. "We are tired," he said."#, &[("We are tired", B)]),
        // The subject of the sentence before, not the person it names last.
        (
            r#"Judge Teodor Brennholt sentenced Orsolya Dunstan on Friday. He also ordered a fine but said it was "modest"."#,
            &[("modest", B)],
        ),
        // "she added" after a quote attributed to her.
        (
            r#""We have a deal," Orsolya Dunstan said after meeting Teodor Brennholt. "It took a year," she added."#,
            &[("We have a deal", D), ("It took a year", D)],
        ),
        // No person is the subject of the sentences before: the person named last.
        (r#"The talks were led by Orsolya Dunstan. "We have a deal," she added."#, &[("We have a deal", D)]),
        // "the judge": the person the report named with that title, not the
        // person named last.
        (
            r#"Judge Orsolya Dunstan heard Teodor Brennholt's appeal. "The appeal fails," the judge said in her ruling."#,
            &[("The appeal fails", D)],
        ),
    ]);
}

#[test]
fn quotes_in_a_row_by_one_speaker_share_the_speaker() {
    check(&[
        // A second and a third quote right after an attributed one, in the
        // same paragraph.
        (
            r#""We will strike on Monday," said Mirela Vellacourt. "The members voted for it." "Nobody wants this.""#,
            &[("We will strike", V), ("The members", V), ("Nobody", V)],
        ),
        // The same across paragraphs.
        (
            "\"We will strike on Monday,\" said Mirela Vellacourt.\n\"The members voted for it.\"\n\"Nobody wants this.\"",
            &[("We will strike", V), ("The members", V), ("Nobody", V)],
        ),
        // A heading after them (a paragraph of quoted words with no stop)
        // does not follow on.
        (
            "\"We will strike,\" said Mirela Vellacourt.\n\"No town survives without its mine\"\nThe vote is on Friday.",
            &[("We will strike", V), ("No town survives", None)],
        ),
        // A quote with its own attribution goes to its own speaker.
        (
            r#""We will strike," said Mirela Vellacourt. "Then we will sue," Teodor Brennholt replied."#,
            &[("We will strike", V), ("Then we will sue", B)],
        ),
        // A sentence of narration between the quotes breaks the run.
        (
            r#""We will strike," said Mirela Vellacourt. The talks ended at noon. "It is over.""#,
            &[("We will strike", V), ("It is over", None)],
        ),
        // Two parts of one sentence around its attribution.
        (
            r#""We will strike," Mirela Vellacourt said, "and we will win.""#,
            &[("We will strike", V), ("and we will win", V)],
        ),
    ]);
}

#[test]
fn according_to_names_the_speaker() {
    check(&[
        // Before the quote.
        (r#"According to Teodor Brennholt, "the mine is not safe.""#, &[("the mine", B)]),
        // After the quote.
        (r#""The mine is not safe," according to Teodor Brennholt."#, &[("The mine", B)]),
        // Copy that types only the closing mark, at both ends.
        ("”The vote was fair,” Teodor Brennholt said.", &[("The vote was fair", B)]),
        // An outlet that cites someone as saying it: the one cited.
        (
            r#""The mine is not safe," the Velm Daily Press cited Teodor Brennholt, a miner, as saying."#,
            &[("The mine", B)],
        ),
    ]);
}

#[test]
fn a_quote_opening_a_paragraph_belongs_to_the_speaker_the_paragraph_before_introduced() {
    check(&[
        // The paragraph before says who speaks next.
        (
            "Mirela Vellacourt, who leads the union, spoke after the vote.\n\"We did not choose this strike.\"",
            &[("We did not choose", V)],
        ),
        // A participle of the paragraph before names its subject.
        (
            "In her speech, Orsolya Dunstan praised the vote, emphasising that it was fair.\n\"This decision was the will of the people.\"",
            &[("This decision", D)],
        ),
        // A colon at the end of the paragraph before.
        ("Teodor Brennholt told reporters:\n\"The mine is not safe.\"", &[("The mine", B)]),
        // A paragraph of narration introduces no one.
        ("Teodor Brennholt arrived at the mine on Monday.\n\"The mine is not safe.\"", &[("The mine", None)]),
    ]);
}

#[test]
fn a_word_quoted_inside_a_sentence_belongs_to_the_party_that_used_it() {
    check(&[
        // The authority called the breach "reckless"; Dunstan reports it.
        (
            r#"The Varnholm Data Authority fined Lumora on Monday. The authority called the breach "reckless", Orsolya Dunstan said."#,
            &[("reckless", Some("Varnholm Data Authority"))],
        ),
        // "The regulator" is the organization the sentence before was about.
        (
            r#"The Varnholm Data Authority fined Lumora on Monday. The regulator called the breach "reckless", Orsolya Dunstan said."#,
            &[("reckless", Some("Varnholm Data Authority"))],
        ),
        // No entity names the regulator: the word is no one's, not Dunstan's.
        (r#"The regulator called the breach 'reckless', Orsolya Dunstan said."#, &[("reckless", None)]),
        // The reported clause's own verb and subject, not the reporter.
        (r#"Orsolya Dunstan said the regulator had called the breach "reckless"."#, &[("reckless", None)]),
        // A lawyer speaks, not the client named before the lawyer.
        (r#"Teodor Brennholt's lawyer says he was "misled by his partners"."#, &[("misled", None)]),
        // "saying" takes the subject of the sentence, not the person last named.
        (
            r#"Teodor Brennholt congratulated Orsolya Dunstan, saying her win was "a victory for the town"."#,
            &[("a victory", B)],
        ),
        // A phrase quoted inside a sentence whose own speaker says it.
        (r#"Orsolya Dunstan called the ruling "a disgrace" on Monday."#, &[("a disgrace", D)]),
        // A relative pronoun's antecedent speaks.
        (
            r#"Costs will rise, according to the Varnholm Data Authority, which called them "unavoidable"."#,
            &[("unavoidable", Some("Varnholm Data Authority"))],
        ),
        // "stating" takes the subject of the sentence.
        (
            r#"Teodor Brennholt wrote to staff stating that the airline had "significant value"."#,
            &[("significant value", B)],
        ),
        // A second verb of the same subject: "… but said".
        (r#"Teodor Brennholt fined the firm but said the penalty was "modest"."#, &[("modest", B)]),
        // The subject of a passive is not its speaker: not the Authority.
        (
            r#"Teodor Brennholt said the stance of the Varnholm Data Authority is maintained as "neutral"."#,
            &[("neutral", None)],
        ),
        // A possessive opens the sentence: the lawyers speak, not the client.
        (r#"Teodor Brennholt's lawyers attacked the ruling, calling it "absurd"."#, &[("absurd", None)]),
    ]);
}

#[test]
fn the_subject_is_read_past_roles_and_appositives() {
    check(&[
        // The appositive is the name.
        (r#"A paramedic, Orsolya Dunstan, said: "We ran out of beds.""#, &[("We ran out", D)]),
        // Two appositives, an organization inside the first: the person speaks.
        (
            r#"Teodor Brennholt, secretary of the Varnholm Miners Union, the largest union, said: "We will not go back.""#,
            &[("We will not go back", B)],
        ),
        // A title's abbreviation the sentence is cut after.
        (r#""Further charges are expected," said Const. Orsolya Dunstan."#, &[("Further charges", D)]),
        // A speech verb with its object inside the clause is not inverted.
        (
            r#"The building that caught fire and claimed the lives of 74 people was "hijacked", Teodor Brennholt said."#,
            &[("hijacked", B)],
        ),
        // The clause ending the sentence holds commas of its own.
        (
            r#"The herd is "overstuffed" with elephants, Teodor Brennholt, director of the Varnholm Wildlife Trust, said."#,
            &[("overstuffed", B)],
        ),
        // A title before the name that fills the appositive.
        (
            r#"Varnholm University Vice-Chancellor, Prof Orsolya Dunstan, said she was "deeply sorry"."#,
            &[("deeply sorry", D)],
        ),
        // A participle opening the sentence: the subject after its comma.
        (
            r#"Asked about the fine, Teodor Brennholt refused to resign as he hoped to "put things right"."#,
            &[("put things right", B)],
        ),
        // An age after the name.
        (r#""We ran," Orsolya Dunstan, 44, told reporters."#, &[("We ran", D)]),
        // A long role before the name, after the quotation.
        (
            r#""Their condition is stable," Additional Commissioner of Police (ACP) Teodor Brennholt told reporters."#,
            &[("Their condition", B)],
        ),
        // An organization naming a role is not the speaker: the person is.
        (
            r#""We will get justice," said senior Varnholm Miners Union leader Teodor Brennholt."#,
            &[("We will get justice", B)],
        ),
        // The organization of a role before the name: the person speaks.
        (
            r#""Every bed is full," said the director of the Varnholm General Hospital, Dr. Orsolya Dunstan."#,
            &[("Every bed is full", D)],
        ),
        // Officials speak for their organization.
        (
            r#"Varnholm Data Authority officials said they would work with "whoever wins"."#,
            &[("whoever wins", Some("Varnholm Data Authority"))],
        ),
        // A relative clause and a place between the commas.
        (
            r#"Teodor Brennholt, who spoke by phone from the capital, Varnholm, said that "the toll will rise"."#,
            &[("the toll will rise", B)],
        ),
        // A person named after a preposition before the appositive is not
        // its subject: "the union's leader" is no entity.
        (
            r#"Taking aim at Mayor Teodor Brennholt, the union's leader, speaking at a rally, said: "We want answers.""#,
            &[("We want answers", None)],
        ),
        // A participle after a quotation and its attribution.
        (
            r#""The damage is vast," Orsolya Dunstan said on Friday, adding that the risk was "high.""#,
            &[("The damage is vast", D), ("high", D)],
        ),
        // A person of an organization: the person speaks.
        (
            r#""There were 16 passengers on board" on Friday night, Teodor Brennholt of the Varnholm Rescue Agency (KRA) told reporters."#,
            &[("There were 16", B)],
        ),
        // A person, their role of an organization, no closing comma.
        (
            r#"Orsolya Dunstan, President of the Varnholm Data Authority said: "We welcome the ruling.""#,
            &[("We welcome the ruling", D)],
        ),
        // The outlet that quoted the speaker is not the speaker.
        (
            r#"Judge Teodor Brennholt was quoted as saying by the Varnholm Herald: "The firm misled its customers.""#,
            &[("The firm misled", B)],
        ),
        // The listener after "told" is never the speaker.
        (r#""We are ready," Mirela Vellacourt told the Varnholm Herald."#, &[("We are ready", V)]),
        // A party no entity names: no one.
        (r#""It was chaos," a witness said. "Nobody helped.""#, &[("It was chaos", None), ("Nobody helped", None)]),
    ]);
}

#[test]
fn scare_quotes_without_a_speech_verb_have_no_speaker() {
    check(&[
        // A single word in quote marks, no one speaking.
        (r#"The so-called "reform" passed on Monday."#, &[("reform", None)]),
        // A person is named, but nobody says the word.
        (r#"Orsolya Dunstan sold a "premium" plan to the town."#, &[("premium", None)]),
        // A title in quote marks after a person's name.
        (r#"Teodor Brennholt, who directed "Salt Roads", won the prize."#, &[("Salt Roads", None)]),
        // A title after a speech verb is still a title; the words after it
        // are the speaker's.
        (
            r#"Orsolya Dunstan called "Salt Roads" a "patient and humane film"."#,
            &[("Salt Roads", None), ("patient and humane film", D)],
        ),
        // A fragment as a heading after a paragraph with a speech verb is
        // nobody's until the text says.
        ("Lumora announced a deficit last year.\n\"Deeply sorry\"\nThe firm will cut jobs.", &[("Deeply sorry", None)]),
        // A one-word exclamation is speech, not a title.
        (r#""Never," said Mirela Vellacourt."#, &[("Never", V)]),
    ]);
}

#[test]
fn every_common_kind_of_quote_mark_is_a_quote() {
    check(&[
        // Straight double marks.
        (r#""We stay here," said Mirela Vellacourt."#, &[("We stay here", V)]),
        // Curly double marks.
        ("“We stay here,” said Mirela Vellacourt.", &[("We stay here", V)]),
        // Curly single marks, with an apostrophe inside.
        ("‘We won’t leave,’ said Mirela Vellacourt.", &[("We won’t leave", V)]),
        // Angle marks.
        ("«We stay here», said Mirela Vellacourt.", &[("We stay here", V)]),
        // Straight single marks as scraped copy has them, with an apostrophe
        // inside and a plural possessive after.
        ("Mirela Vellacourt said: 'We won't leave.' The workers' union agreed.", &[("We won't leave", V)]),
        // A quote broken by a line break in scraped copy is one quote.
        ("\"We will not\naccept this offer,\" Mirela Vellacourt said.", &[("We will not\naccept", V)]),
        // A quote over two paragraphs: the first has no closing mark.
        (
            "Mirela Vellacourt said: \"We will strike.\n\"Nobody wants this, but we are ready.\"",
            &[("We will strike", V), ("Nobody wants this", V)],
        ),
        // A quotation over two paragraphs attributed in its second part.
        (
            "\u{201c}We have counted 356 dead.\n\u{201c}We have confirmed 275 so far,\u{201d} Orsolya Dunstan told reporters.",
            &[("We have counted", D), ("We have confirmed", D)],
        ),
        // Apostrophes alone are no quote.
        ("The workers' pay and the bosses' pay differ, Mirela Vellacourt said.", &[]),
        // A headline's "Name: “…”".
        ("Port closes, Mayor Teodor Brennholt: \u{201c}A dark day\u{201d}", &[("A dark day", B)]),
    ]);
}

#[test]
fn an_organization_speaks_through_a_statement() {
    check(&[
        // "the ministry said in a statement" after the quote.
        (
            r#""The port is closed," the Ministry of Ports said in a statement."#,
            &[("The port is closed", Some("Ministry of Ports"))],
        ),
        // Before the quote, with a colon.
        (
            r#"The Ministry of Ports said in a statement: "The port is closed.""#,
            &[("The port is closed", Some("Ministry of Ports"))],
        ),
        // "it" is the organization the sentence before was about.
        (
            r#"The Ministry of Ports closed the harbour. "Nobody may enter," it said in a statement."#,
            &[("Nobody may enter", Some("Ministry of Ports"))],
        ),
        // "the spokesperson" speaks for the organization just quoted.
        (
            r#"A Ministry of Ports spokesperson said: "The port is closed." "It will reopen on Monday," the spokesperson added."#,
            &[("The port is closed", Some("Ministry of Ports")), ("It will reopen", Some("Ministry of Ports"))],
        ),
        // An acronym in brackets and an appositive after the name.
        (
            r#""Four protesters were shot," the Varnholm Rights Commission (KRC), a watchdog, said after the clashes."#,
            &[("Four protesters", Some("Varnholm Rights Commission"))],
        ),
        // "the ministry" refers back to the ministry named before.
        (
            r#"The Ministry of Ports closed the harbour. "Nobody may enter," the ministry said."#,
            &[("Nobody may enter", Some("Ministry of Ports"))],
        ),
        // A firm's analysts write under its name; "the analysts" are no
        // one's in particular.
        (
            r#"The Ministry of Ports closed the harbour. "Rates will rise," Velloran Bank economists wrote. "It may last," the analysts said."#,
            &[("Rates will rise", Some("Velloran Bank")), ("It may last", None)],
        ),
    ]);
}

#[test]
fn a_quote_inside_a_quote_is_part_of_the_outer_quote() {
    check(&[
        // Single marks inside double marks.
        (
            r#""She told us 'hold the line' and we did," Mirela Vellacourt said."#,
            &[("She told us 'hold the line' and we did", V)],
        ),
        // Curly single inside curly double.
        (
            "“They called it ‘a fair offer’ but it is not,” said Mirela Vellacourt.",
            &[("They called it ‘a fair offer’ but it is not", V)],
        ),
    ]);
}
