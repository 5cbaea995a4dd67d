//! Links that refuse damage: every one-character change of a share link
//! (each character replaced by every other character a fragment holds,
//! deleted, or with a character added before it or at the end) is refused
//! as damaged, so a damaged link never opens altered text. Links made
//! before the checksum still open, marked as unchecked.

use parallax_app::route::Page;
use parallax_app::share::{CarriedReport, LinkError, ViewState};
use parallax_model::{Correction, Corrections, Kind};

/// Every character a share link's fragment is written with.
const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=&?/,#";

/// A made-up view carrying two reports, corrections and a story of three:
/// a link with every part a fragment can have.
fn made_up_view() -> ViewState {
    let report = |title: &str, text: &str| CarriedReport { title: Some(title.to_string()), source: String::from("pasted"), text: text.to_string() };
    ViewState {
        page: Page::Compare,
        pair: Some((String::from("r1"), String::from("r2"))),
        selected: Some(3),
        hidden: vec![Kind::Place],
        carried: [
            Some(report("Ward report", "Ana Gómez said 40 nurses left the ward on 3 May.")),
            Some(report("Union report", "The union said 60 nurses left; the ministry said 40.")),
        ],
        corrections: Some(Corrections { items: vec![Correction::Add { text: String::from("Ward 9"), kind: Kind::Place }] }),
        packed: [None, None],
        unchecked: false,
        story: vec![String::from("r1"), String::from("r2"), String::from("r3")],
        story_carried: vec![report("Ministry report", "The ministry said 40 nurses left.")],
        story_packed: None,
    }
}

/// Every one-character damage of the fragment `hash` (after its `#`, as
/// the browser gives it), with its `#`.
fn damages(hash: &str) -> Vec<String> {
    let fragment = &hash[1..];
    let chars: Vec<char> = fragment.chars().collect();
    let mut out = Vec::new();
    for at in 0..=chars.len() {
        let (before, after) = chars.split_at(at);
        let join = |middle: &[char], after: &[char]| before.iter().chain(middle).chain(after).collect::<String>();
        for c in ALPHABET.chars() {
            out.push(join(&[c], after));
            if after.first().is_some_and(|&old| old != c) {
                out.push(join(&[c], &after[1..]));
            }
        }
        if !after.is_empty() {
            out.push(join(&[], &after[1..]));
        }
    }
    out.retain(|damaged| damaged != fragment);
    out.into_iter().map(|damaged| format!("#{damaged}")).collect()
}

#[test]
fn every_one_character_damage_of_a_link_is_refused() {
    let view = made_up_view();
    let fragment = view.to_hash();
    assert_eq!(ViewState::from_hash(&fragment), Ok(view), "the intact link opens");
    let damaged = damages(&fragment);
    let opened: Vec<&String> = damaged.iter().filter(|d| ViewState::from_hash(d) != Err(LinkError::Damaged)).collect();
    assert!(opened.is_empty(), "{} of {} damages not refused, e.g. {:?}", opened.len(), damaged.len(), opened.first());
    // Every position, every character of the alphabet, in and out.
    assert!(damaged.len() > fragment.len() * 2 * (ALPHABET.len() - 1), "{}", damaged.len());
    println!("{} one-character damages of a {}-character fragment: all refused", damaged.len(), fragment.len() - 1);
}

/// The same view as a link made before the checksum.
fn old_link(view: &ViewState) -> String {
    let new = view.to_hash();
    let (page, query) = new.split_once('?').expect("the view has a query");
    let (_, rest) = query.split_once('&').expect("the checksum comes first");
    format!("{page}?{rest}")
}

#[test]
fn a_link_made_before_the_checksum_opens_marked_unchecked() {
    // Links made before the checksum had no story.
    let view = ViewState { story: Vec::new(), story_carried: Vec::new(), ..made_up_view() };
    let old = old_link(&view);
    assert!(!old.contains("v2="), "{old}");
    assert_eq!(ViewState::from_hash(&old), Ok(ViewState { unchecked: true, ..view.clone() }));
    // A link carrying only the view (page, pair, selection) has nothing to
    // check: it opens as before.
    let plain = ViewState { carried: [None, None], corrections: None, ..view.clone() };
    assert_eq!(ViewState::from_hash(&old_link(&plain)).map(|v| v.unchecked), Ok(false));
    assert_eq!(ViewState::from_hash("#/compare?a=example-a&b=example-b").map(|v| v.pair.is_some()), Ok(true));
}

#[test]
fn a_damaged_old_link_never_opens_text_without_saying_it_is_unchecked() {
    // Links made before the checksum had no story.
    let view = ViewState { story: Vec::new(), story_carried: Vec::new(), ..made_up_view() };
    let old = old_link(&view);
    let mut refused = 0;
    for damaged in damages(&old) {
        match ViewState::from_hash(&damaged) {
            Err(_) => refused += 1,
            Ok(opened) => assert!(
                opened.unchecked || opened.carried.iter().all(Option::is_none) && opened.corrections.is_none(),
                "{damaged} opened text without the unchecked mark"
            ),
        }
    }
    assert!(refused > 0);
}
