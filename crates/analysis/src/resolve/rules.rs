//! The resolution rules that join groups across forms: an acronym to the
//! organization whose initials it spells, and a partial name to the one
//! longer name that contains it.

use parallax_model::{Evidence, Kind};

use super::groups::{Groups, KeyGroup, Rule, weight};
use crate::hash::FastMap;
use crate::lexicon;

/// "WHO" joins "World Health Organization" when exactly one organization's
/// initials spell it.
pub(super) fn link_acronyms_by_initials(groups: &[KeyGroup], union: &mut Groups) {
    let mut by_initials: FastMap<String, Vec<usize>> = FastMap::default();
    for (g, group) in groups.iter().enumerate() {
        if group.key.len() >= 2 && matches!(group.kind(), Some(Kind::Organization) | None) {
            let initials: String = group.key.iter().filter_map(|w| w.chars().next()).collect();
            by_initials.entry(initials).or_default().push(g);
        }
    }
    for (g, group) in groups.iter().enumerate() {
        if !group.acronym || group.key.len() != 1 {
            continue;
        }
        if let Some(full) = by_initials.get(&group.key[0]) {
            if full.len() == 1 {
                union.join(g, full[0], Rule::Initials);
            }
        }
    }
}

/// Whether `short` appears in `long` in order (not necessarily contiguous).
pub(super) fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|word| it.any(|w| w == word))
}

/// "Robledo" and "Robledo Aburto" join "Zoé Robledo Aburto": a shorter
/// person name joins the one longer name containing its words in order.
/// An organization's shortened form joins only as a run of two or more
/// adjacent words of the longer name ("Social Security" in "Mexican Social
/// Security Institute", not "Mexican Institute" nor "Security"): words
/// picked from across a name too often name another body. Places never
/// join ("Mexico" is not "Mexico City"), nor does a form the gazetteer or
/// the lists make a place or person. A form held by more than one entity
/// stays apart; returned are those of them no rule typed that only people
/// hold ("Kiptum" of "Kelvin Kiptum" and "Melvin Kiptum"): a surname, even
/// if whose is unclear.
pub(super) fn link_partial_names(groups: &[KeyGroup], union: &mut Groups) -> Vec<usize> {
    let mut surnames = Vec::new();
    let mut by_word: FastMap<&str, Vec<usize>> = FastMap::default();
    for (g, group) in groups.iter().enumerate() {
        for word in group.key.iter() {
            by_word.entry(word.as_str()).or_default().push(g);
        }
    }
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| std::cmp::Reverse(groups[g].key.len()));
    for s in order {
        let short = &groups[s];
        let short_kind = short.kind();
        if short.key.is_empty() {
            continue;
        }
        let surname_only = joins_only_a_surname(short);
        let rarest = short
            .key
            .iter()
            .min_by_key(|w| by_word.get(w.as_str()).map_or(0, Vec::len))
            .map(String::as_str)
            .unwrap_or("");
        let Some(holders) = by_word.get(rarest) else {
            continue;
        };
        // Each target entity (by root), with the longest of its names that
        // holds the short one: the name the link will give.
        let mut targets: Vec<(usize, usize)> = Vec::new();
        for &l in holders {
            let long = &groups[l];
            if l == s || long.key.len() <= short.key.len() || !is_subsequence(&short.key, &long.key) {
                continue;
            }
            if surname_only && (long.kind() != Some(Kind::Person) || long.key.last() != short.key.first()) {
                continue;
            }
            if compatible(short, long) {
                let root = union.root(l);
                match targets.iter_mut().find(|(r, _)| *r == root) {
                    Some((_, holder)) if groups[*holder].key.len() < long.key.len() => *holder = l,
                    Some(_) => {}
                    None => targets.push((root, l)),
                }
            }
        }
        let people = targets.iter().all(|&(_, l)| groups[l].kind() == Some(Kind::Person));
        match targets[..] {
            [(_, holder)] => union.join(s, holder, Rule::PartialName),
            [_, _, ..] if short_kind.is_none() && people => surnames.push(s),
            _ => {}
        }
    }
    surnames
}

/// Whether the short form `short` may name the entity named `long`, by
/// their kinds (see [`link_partial_names`]).
fn compatible(short: &KeyGroup, long: &KeyGroup) -> bool {
    match (short.kind(), long.kind()) {
        // An acronym joins only a person whose surname it is: "KC
        // said" after "Ajay KC" (acronyms join bodies by initials).
        (_, Some(Kind::Person)) if short.acronym => short.key.len() == 1 && long.key.last() == short.key.first(),
        _ if short.acronym => false,
        (None | Some(Kind::Person), Some(Kind::Person)) => true,
        // "Shell" of "Royal Dutch Shell": one word typed an
        // organization, its short form (see `is_short_form`).
        (None | Some(Kind::Organization), Some(Kind::Organization)) => match &short.key[..] {
            // Or its head alone: "the Council" of "Tarvo County
            // Council", where the report has one such body.
            [word] => short.kind().is_some() && (is_short_form(word, &long.key) || is_head_of(word, &long.key)),
            // Or the name without its country: "the 5th Circuit
            // Court of Appeals" of "the 5th U.S. Circuit Court…".
            _ => {
                long.key.windows(short.key.len()).any(|run| run == &short.key[..])
                    || long.key.iter().filter(|w| !lexicon::is_country(w)).eq(short.key.iter())
            }
        },
        // "the City of Kigali" and "Kigali": a place and its name
        // with the word for its kind.
        (None | Some(Kind::Place), Some(Kind::Place)) => same_place(&short.key, &long.key),
        // "saves from Vargas" after "keeper Camilo Vargas": a name
        // only the towns' list made a place is the surname of the
        // person the report names whole.
        (Some(Kind::Place), Some(Kind::Person)) => !short.placed && long.key.last() == short.key.last(),
        // "Warne's management company" after "Shane Warne": a word one
        // cue alone typed a body's, no listed body nor a body's head, is
        // the surname of the person the report names whole.
        (Some(Kind::Organization), Some(Kind::Person)) => {
            let [word] = &short.key[..] else { return false };
            let flags = lexicon::flags(word);
            let listed = [lexicon::Flags::COMPANY, lexicon::Flags::NEWS_ORG, lexicon::Flags::ORG_HEAD]
                .into_iter()
                .any(|flag| flags.has(flag));
            let one_cue = weight(Some(&Evidence::Cue(String::new())));
            !listed && short.votes.get(Kind::Organization) <= one_cue && long.key.last() == Some(word)
        }
        _ => false,
    }
}

/// Whether the place named `short` is the one named `long` with the word
/// for its kind ("Kigali" and "the City of Kigali"); "Mexico" is not
/// "Mexico City": a country's name and "City" name its capital.
fn same_place(short: &[String], long: &[String]) -> bool {
    let bare: Vec<&String> = long.iter().filter(|w| !PLACE_KINDS.contains(&w.as_str()) && *w != "of").collect();
    let same = bare.len() == short.len() && bare.iter().zip(short).all(|(a, b)| *a == b);
    (same && !(long.iter().any(|w| w == "city") && lexicon::is_country(&short.join(" ")))) || same_work(short, long)
}

/// Whether `short`, a single common word ("Baker", "Cardinal"), joins
/// only a person whose surname it is: "Sean Baker" … "Baker told
/// reporters". A listed body's word ("Labour", "Shell") names the body
/// too, and so does a body's head ("the Council").
fn joins_only_a_surname(short: &KeyGroup) -> bool {
    let [word] = &short.key[..] else { return false };
    let flags = lexicon::flags(word);
    let body = short.kind() == Some(Kind::Organization)
        && (flags.has(lexicon::Flags::COMPANY) || flags.has(lexicon::Flags::ORG_HEAD));
    lexicon::is_common_word(word) && !body
}

/// Whether `word`, an organization's head, ends the name `long` of more
/// words: "Council" of "Tarvo County Council".
fn is_head_of(word: &str, long: &[String]) -> bool {
    long.len() >= 2 && long.last().is_some_and(|w| w == word) && lexicon::flags(word).has(lexicon::Flags::ORG_HEAD)
}

/// Whether one word, no organization's head, names the organization
/// `long` for short: it opens or ends the name ("Shell" of "Royal Dutch
/// Shell", "Tata" of "Tata Steel"), or follows the country that opens it
/// ("Evergrande" of "China Evergrande Group").
fn is_short_form(word: &str, long: &[String]) -> bool {
    let placed = |w: &String| {
        let flags = lexicon::flags(w);
        flags.has(lexicon::Flags::PLACE) || flags.has(lexicon::Flags::DEMONYM)
    };
    let after_place = long.len() >= 3 && placed(&long[0]) && long[1] == word;
    !lexicon::flags(word).has(lexicon::Flags::ORG_HEAD)
        && (long.first().is_some_and(|w| w == word) || long.last().is_some_and(|w| w == word) || after_place)
}

/// "Key Bridge" and "the Francis Scott Key Bridge": the end of a work's
/// name, with the word for its kind.
fn same_work(short: &[String], long: &[String]) -> bool {
    const WORKS: [&str; 6] = ["bridge", "airport", "stadium", "tunnel", "station", "dam"];
    short.len() >= 2 && short.last().is_some_and(|w| WORKS.contains(&w.as_str())) && long.ends_with(short)
}

/// "Jaya Verma Sinha" joins "Jaya Varma Sinha": two people's names of as
/// many words, the same first word, and one later word of five letters or
/// more spelled one letter differently (a letter changed, added or
/// dropped). Two reports of one story rarely name two people so alike;
/// "Mark Smith" and "Mary Smith" differ in the first word and stay apart.
/// So do two places of one word of seven letters or more, which keep
/// their first two: "Marrakech" and "Marrakesh".
pub(super) fn link_spelling_variants(groups: &[KeyGroup], union: &mut Groups) {
    let mut by_first: FastMap<(&str, usize), Vec<usize>> = FastMap::default();
    for (g, group) in groups.iter().enumerate() {
        let kind = group.kind();
        if group.key.len() >= 2 && kind == Some(Kind::Person) {
            by_first.entry((group.key[0].as_str(), group.key.len())).or_default().push(g);
        }
        if let [word] = &group.key[..]
            && kind == Some(Kind::Place)
            && word.len() >= 7
        {
            let opening = word.get(..2).unwrap_or_default();
            by_first.entry((opening, 1)).or_default().push(g);
        }
    }
    for alike in by_first.values().filter(|list| list.len() >= 2) {
        for (n, &x) in alike.iter().enumerate() {
            for &y in &alike[n + 1..] {
                let differ: Vec<(&String, &String)> =
                    groups[x].key.iter().zip(groups[y].key.iter()).filter(|(a, b)| a != b).collect();
                let places = groups[x].key.len() == 1;
                if let [(a, b)] = differ[..]
                    && a.chars().count().min(b.chars().count()) >= if places { 7 } else { 5 }
                    && one_letter_apart(a, b)
                {
                    union.join(y, x, Rule::Spelling);
                }
            }
        }
    }
}

/// "Ruto William Samoei" joins "William Samoei Ruto": a person's name
/// with the surname put first, as official lists and declarations write
/// it, is the name written the usual way.
pub(super) fn link_surname_first(groups: &[KeyGroup], union: &mut Groups) {
    let people = || groups.iter().enumerate().filter(|(_, g)| g.key.len() >= 2 && g.kind() == Some(Kind::Person));
    let by_key: FastMap<&[String], usize> = people().map(|(g, group)| (&group.key[..], g)).collect();
    for (g, group) in people() {
        let (surname, given) = group.key.split_last().expect("two words or more");
        let first: Vec<String> = std::iter::once(surname).chain(given).cloned().collect();
        if let Some(&other) = by_key.get(&first[..]) {
            union.join(other, g, Rule::Spelling);
        }
    }
}

/// Whether `a` becomes `b` by changing, adding or dropping one letter.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let head = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    let tail = |skip: usize| short[head + skip..] == long[head + 1..];
    if short.len() == long.len() { head == short.len() || tail(1) } else { tail(0) }
}

/// Words for the kind of a place, which a place's longer name adds to its
/// bare name ("the City of Kigali", "Bulacan Province").
const PLACE_KINDS: &[&str] = &[
    "city", "town", "village", "municipality", "county", "district", "province", "state", "region", "republic",
    "borough", "township", "shire", "prefecture", "governorate",
];

#[cfg(test)]
mod tests {
    use super::one_letter_apart;

    #[test]
    fn one_letter_apart_is_one_change_addition_or_drop() {
        for (a, b, want) in [
            ("verma", "varma", true),
            ("dissanayake", "dishanayake", true),
            ("smith", "smyth", true),
            ("okafor", "okafor", true),
            ("okafor", "okafo", true),
            ("roberts", "robert", true),
            ("roberts", "robbert", false),
            ("sinha", "singh", false),
        ] {
            assert_eq!(one_letter_apart(a, b), want, "{a} / {b}");
        }
    }
}
