//! Cutting a run of capitalised words into names (at titles, places and
//! "and" between two names), and giving each name its kind and the
//! evidence for it.

use parallax_model::{Evidence, Kind, Span};

use super::finder::{Cues, SentenceFinder};
use super::words::adjective_suffix;
use super::{Candidate, ENDS_ONLY, OF_PLACE_OPENERS, STREET_HEADS, has_inner_capital, is_acronym, list, strip_possessive};
use crate::lexicon::{self, Flags};
use crate::text::Shape;

impl<'a> SentenceFinder<'a> {
    /// Trims, splits and classifies the run `from..to`, pushing candidates.
    ///
    /// A split at a title hands the part before it to a call of its own
    /// (which finds no title to split at) and goes on with the part after
    /// it; so does a split after a place or after ordinary words, with no
    /// part before. A run that strings many titles or places together ("X
    /// Mayor Y Mayor Z …") so costs time in proportion to its length and a
    /// call depth of two: one call per split overflowed the stack.
    pub(super) fn process(&mut self, mut from: usize, mut to: usize, mut cues: Cues<'a>) {
        if self.is_event(from, to) {
            self.mark(from, to);
            return;
        }
        // "Columbus-based Helix Inc.": a name made an adjective is a name
        // of its own, no part of the next.
        if let Some(j) = (from..to - 1).find(|&j| adjective_suffix(self.tokens[j].text(self.text)).is_some()) {
            let before = self.cues(from, j + 1);
            self.process(from, j + 1, before);
            from = j + 1;
            cues = self.cues(from, to);
        }
        if self.cut_trailing_role(from, &mut to, &mut cues) {
            return;
        }
        from = self.past_opener_of_listed(self.past_role_adjective(from, to), to);
        // `from` only moves forward and `to` only moves before the end, so
        // the last head is found once, and a title looked for once per token.
        let mut last_head = (from..to).rev().find(|&j| self.is(j, Flags::ORG_HEAD));
        last_head = last_head.filter(|&head| self.heads_run(head, from, to));
        let mut no_title_before = from;
        loop {
            let particle = self.tokens[from].shape == Shape::Lower;
            // "Human Rights Watch said…": an ordinary word opening a short
            // run that ends on an organization's head is the name's own.
            let ends_at = |head: usize| head + 1 == to || (head + 2 == to && self.glued_period(head + 1));
            let headed_name = last_head.is_some_and(|head| ends_at(head) && head > from && to - from <= 4);
            if !particle && !headed_name {
                from = self.past_ordinary_opener(from, to);
            }
            if from >= to {
                return;
            }
            last_head = last_head.filter(|&head| head >= from);
            let split = match last_head {
                Some(head) => self.split_after_head(head, from, &mut to),
                None => self.split_headless(&mut from, to, &mut cues, particle, &mut no_title_before),
            };
            match split {
                Split::Rest(next, rest) => {
                    (from, cues) = (next, rest);
                    continue;
                }
                Split::Done => return,
                Split::None => {}
            }
            let has_head = last_head.is_some_and(|h| h < to);
            let mut class = self.classify(from, to, &cues, has_head);
            if particle && class.as_ref().is_none_or(|(kind, _)| *kind != Kind::Person) {
                // A particle belongs to a person's name only: "von Hagen".
                from += 1;
                cues = self.cues(from, to);
                class = self.classify(from, to, &cues, has_head);
            }
            // "21st Century Business Herald", "the 5th Circuit Court of
            // Appeals": an ordinal opens a body's name.
            // Not "their 15th Champions League title": whose, then how many.
            let counted = from > self.start + 1 && matches!(self.word(from - 2), "their" | "its" | "his" | "her" | "our" | "a");
            let ordinal = from > self.start && self.tokens[from - 1].shape == Shape::Ordinal && !self.is_used(from - 1) && !counted;
            if ordinal && matches!(class, Some((Kind::Organization, _))) {
                from -= 1;
            }
            let index = match class {
                Some((kind, evidence)) => self.push_candidate(from, to, Some(kind), Some(evidence)),
                None => {
                    let evidence = self.weak_evidence(from, to, &cues);
                    self.push_candidate(from, to, None, evidence)
                }
            };
            self.acronym_definition(to, index);
            return;
        }
    }

    /// Splits the run `from..to` whose last organization head is `head`:
    /// at a title after the head, which opens a person's name ("European
    /// Commission President Ursula von der Leyen"); or cuts ordinary words
    /// straight after the head off the name ("UN Security Council
    /// Resolution").
    fn split_after_head(&mut self, head: usize, from: usize, to: &mut usize) -> Split<'a> {
        // "Election Commission Amal Perera": a person's name straight
        // after the organization's, with no comma between.
        // Or after the head's complement: "Department of Parks Ana Ruiz".
        let opens_person = |j: usize| {
            self.is(j, Flags::GIVEN_NAME)
                && self.tokens[j].shape == Shape::Capitalized
                && !self.in_list(j - 1, list::ORG_CONNECTOR)
                && self.tokens[j - 1].is_capitalized()
                && !self.is(j - 1, Flags::TITLE)
        };
        let split_at = (head + 1..to.saturating_sub(1)).find(|&j| opens_person(j));
        if let Some(j) = split_at.filter(|_| !self.head_opens_name(head, from)) {
            let before = self.cues(from, j);
            self.process(from, j, before);
            return Split::Rest(j, self.cues(j, *to));
        }
        let mut after_head = head + 1;
        if let Some((j, len, title)) = self.title_split(&mut after_head, *to) {
            let before = self.cues(from, j);
            self.process(from, j, before);
            return Split::Rest(j + len, Cues { title: Some(title), ..self.cues(j + len, *to) });
        }
        // "Coast Guard Rear Adm. Shannon Gilreath": an abbreviated title
        // whose period ends the run is the next name's, not the body's.
        let abbreviated = |j: usize| self.title_phrase_at(j).filter(|&(len, _)| j + len > *to && self.glued_period(*to));
        if let Some(j) = (head + 1..*to).find(|&j| abbreviated(j).is_some()) {
            *to = j;
        }
        // Not when the head's complement follows ("Union of Postal Workers").
        // Nor a listed body after it: "International Red Cross".
        let trailing_ordinary = head + 1 < *to
            && !self.is(*to - 1, Flags::EVENT_HEAD)
            && !self.is_company(head + 1, *to)
            && self.word(head + 1) != "of"
            && (head + 1..*to).all(|k| {
                let flags = self.flags(k);
                self.tokens[k].shape == Shape::Capitalized
                    && flags.has(Flags::COMMON_WORD)
                    && !flags.has(Flags::PLACE)
                    && !flags.has(Flags::PLACE_HEAD)
            });
        if trailing_ordinary {
            *to = head + 1;
        }
        Split::None
    }

    /// Splits a run with no organization head: past a demonym and a title
    /// ("Mexican President X"), at a title inside it ("Mexico City Mayor
    /// X"), after a known place that opens it ("Havana Cuba"), or after
    /// ordinary words before a name ("Trade Nguyễn Thị Thu Hà").
    fn split_headless(
        &mut self,
        from: &mut usize,
        to: usize,
        cues: &mut Cues<'a>,
        particle: bool,
        no_title_before: &mut usize,
    ) -> Split<'a> {
        if self.is(*from, Flags::DEMONYM) && *from + 1 < to {
            if let Some((len, title)) = self.title_phrase_at(*from + 1) {
                cues.title = Some(title);
                *from += 1 + len;
                if *from >= to {
                    return Split::Done;
                }
            }
        }
        // "Shadow Treasurer Angus Taylor": a title after an opener passed;
        // "Health Minister Dr Amina Yusuf": titles in a row.
        while let Some((len, title)) = self.title_phrase_at(*from).filter(|&(len, _)| *from + len < to) {
            cues.title = Some(title);
            *from += len;
        }
        let from = *from;
        *no_title_before = (*no_title_before).max(from + 1);
        if let Some((j, len, title)) = self.title_split(no_title_before, to) {
            let before = self.cues(from, j);
            self.process(from, j, before);
            return Split::Rest(j + len, Cues { title: Some(title), ..self.cues(j + len, to) });
        }
        if let Some(len) = self.place_at(from, to) {
            let leads_name = self.is(from, Flags::GIVEN_NAME) && len == 1;
            let compass = self.is(from, Flags::COMPASS);
            // A place word after a known place makes one place: "Ahmedabad
            // Airport", "Cebu City"; so does a compass word, as a district's
            // or a constituency's name: "Bristol Central", "Techiman South".
            let place_word_ends = to - (from + len) == 1
                && (self.is(to - 1, Flags::PLACE_HEAD) || self.word(to - 1) == "city" || self.is(to - 1, Flags::COMPASS));
            // "said Lima Khanom": a place opening a speaker's two names.
            let speaker = len == 1 && to - from == 2 && self.is_unknown(from + 1) && self.names_speaker(from, to);
            // "Bristol Myers Squibb (NYSE: BMY)": a body's cue is the whole run's.
            // "Paris Saint-Germain": a listed club named after its city.
            // "Pakistan Tehreek e Insaf (PTI)": the acronym after spells the run.
            // A body's cue before "the Manitoba RCMP" is the acronym's.
            let acronym_rest = to == from + len + 1 && self.tokens[from + len].shape == Shape::AllCaps;
            let body = (cues.org.is_some() && !acronym_rest) || self.is_company(from, to) || self.spelled_by_acronym(from, to);
            if from + len < to && !leads_name && !compass && !place_word_ends && !speaker && !body {
                self.push_name(from, from + len, Some((Kind::Place, Evidence::Gazetteer)));
                return Split::Rest(from + len, self.cues(from + len, to));
            }
        }
        let split = (from + 1..to).find(|&j| !self.is(j, Flags::COMMON_WORD));
        if let Some(j) = split {
            // "Ángel Víctor Torres": a given name that is also a word opens
            // the name before another given name.
            let opens_given = |k: usize| self.is(k, Flags::AMBIGUOUS_GIVEN_NAME) && self.is(k + 1, Flags::GIVEN_NAME);
            let prefix_ordinary = (from..j).all(|k| {
                let flags = self.flags(k);
                flags.has(Flags::COMMON_WORD) && !flags.has(Flags::GIVEN_NAME) && !flags.has(Flags::COMPASS) && !opens_given(k)
            });
            // Only then look at the rest, which may be long.
            let rest_names = || to - j >= 2 && (j..to).all(|k| self.is_unknown(k));
            if prefix_ordinary && !particle && rest_names() {
                self.mark(from, j);
                return Split::Rest(j, self.cues(j, to));
            }
        }
        Split::None
    }

    /// The first title at or after token `*at` that splits the run ending
    /// at `to` (one that ends before `to`), as its token, length and folded
    /// text; `*at` moves to it, or to `to` if there is none, so that a later
    /// search of the same run starts there. The run must hold no
    /// organization head from `*at` on.
    pub(super) fn title_split(&self, at: &mut usize, to: usize) -> Option<(usize, usize, String)> {
        while *at < to {
            let j = *at;
            if let Some((len, title)) = self.title_phrase_at(j).filter(|(len, _)| j + len < to) {
                return Some((j, len, title));
            }
            *at += 1;
        }
        None
    }

    /// "Chicago Marathon", "Cannes Film Festival": a place or demonym, then
    /// the word that ends an event's name, ending the run ("the Los Angeles
    /// Fire Department" is a body). Events are not entities, and the place
    /// in an event's name is no mention of the place; in "the Vancouver
    /// festival", which names no event, it is.
    fn is_event(&self, from: usize, to: usize) -> bool {
        let opens_with_place = self.is(from, Flags::DEMONYM) || self.place_at(from, to).is_some();
        opens_with_place && to > from + 1 && self.is(to - 1, Flags::EVENT_HEAD)
    }

    /// Whether the one-word name `from..to` stands where a town would: after
    /// a preposition of place ("from Treviso", "at Kollam"), or before a
    /// comma and a known place ("Weslaco, Texas"). A town's name alone is
    /// no proof: many are surnames too.
    fn town_position(&self, from: usize, to: usize) -> bool {
        let before = self.word(from.wrapping_sub(1));
        let after_preposition = matches!(before, "in" | "at" | "from" | "near" | "outside" | "across" | "around");
        let then_place = self.word(to) == "," && self.is(to + 1, Flags::PLACE);
        after_preposition || then_place
    }

    /// A capitalised word outside the dictionary and the demonyms.
    pub(super) fn is_unknown(&self, i: usize) -> bool {
        let flags = self.flags(i);
        self.tokens[i].is_word()
            && !flags.has(Flags::COMMON_WORD)
            && !flags.has(Flags::DEMONYM)
            && !self.in_list(i, list::CONNECTOR)
    }

    /// "PADANG, Indonesia, March 4 —": a dateline at the opening of a
    /// paragraph, in capitals, before a comma, dash or agency credit.
    pub(super) fn is_dateline(&self, from: usize, to: usize) -> bool {
        let all_caps = (from..to).all(|k| self.tokens[k].shape == Shape::AllCaps);
        let opens_paragraph = from == self.start && self.paragraph_start;
        let next = self.token(to).map(|t| t.text(self.text));
        let dash = matches!(next, Some("—" | "–" | "-" | "("));
        let comma_then_date = next == Some(",") && self.is_used(to + 1);
        all_caps && opens_paragraph && (dash || comma_then_date || next == Some(","))
    }

    pub(super) fn classify(&self, from: usize, to: usize, cues: &Cues<'_>, has_head: bool) -> Option<(Kind, Evidence)> {
        // The word tokens that are not connectors, in a buffer kept between uses.
        let mut names = self.names.take();
        names.clear();
        let words = (from..to).filter(|&j| self.tokens[j].is_word());
        names.extend(words.filter(|&j| !self.in_list(j, list::CONNECTOR)));
        let class = self.classify_names(from, to, cues, has_head, &names);
        self.names.set(names);
        class
    }

    /// [`SentenceFinder::classify`], given the run's `names`.
    // Long: one cascade of rules, read top to bottom; its order is their
    // precedence, which a split would hide.
    pub(super) fn classify_names(
        &self,
        from: usize,
        to: usize,
        cues: &Cues<'_>,
        has_head: bool,
        names: &[usize],
    ) -> Option<(Kind, Evidence)> {
        let span = self.span_of(from, to);
        let mut name = strip_possessive(span.slice(self.text));
        if let Some(len) = adjective_suffix(name) {
            name = &name[..name.len() - len];
        }
        let cut = span.start + name.len();
        // The lists the whole name is in.
        let listed = if to - from == 1 && cut == span.end {
            // A folded token holds no whitespace: it is its own phrase.
            self.flags(from)
        } else {
            self.with_phrase(from, to, cut, |phrase| lexicon::phrase_flags(&phrase.text))
        };
        let words = (from..to).filter(|&j| self.tokens[j].is_word());
        let single = names.len() == 1;
        let first = self.tokens[from];
        let unknown = |j: usize| {
            let flags = self.flags(j);
            !flags.has(Flags::COMMON_WORD) && !flags.has(Flags::DEMONYM) && !self.in_list(j, list::CONNECTOR)
        };
        let any_unknown = names.iter().any(|&j| unknown(j));
        // "the MV Dali", "HMS Victory": a ship is no person, body or place.
        // So is one after "M/B", or after "the ferry".
        let vessel = |w: &str| matches!(w, "mv" | "ms" | "mt" | "ss" | "hms" | "uss" | "rms" | "fv" | "hmas" | "hmcs" | "brp");
        let slashed = from >= self.start + 2 && self.word(from - 1) == "/" && self.tokens[from - 2].shape == Shape::Initial;
        let craft = |w: &str| matches!(w, "ferry" | "vessel" | "ship" | "tanker" | "freighter" | "trawler" | "yacht" | "liner");
        let craft_at = |k: usize| k >= self.start && self.tokens[k].shape == Shape::Lower && craft(self.word(k));
        // "the ferry Dona Paz": past a title too.
        let named_craft = from > self.start
            && (craft_at(from - 1) || (self.tokens[from - 1].is_capitalized() && from >= 2 && craft_at(from - 2)));
        if (names.len() >= 2 && first.shape == Shape::AllCaps && vessel(self.word(from))) || slashed || named_craft {
            return None;
        }
        // "8302 Megawatts (MW)": a unit of measure names no one; nor does a
        // holiday ("Halloween costumes").
        let holiday = matches!(self.word(from), "halloween" | "christmas" | "easter" | "ramadan" | "diwali" | "thanksgiving");
        if single && (holiday || (lexicon::unit(self.word(from)).is_some() && !self.is(from, Flags::GIVEN_NAME))) {
            return None;
        }
        // "the Boeing 737 Max 9": a word between a model's numbers names no one.
        let number_at = |k: usize| self.tokens.get(k).is_some_and(|t| t.is_number());
        if single && from > self.start && number_at(from - 1) && number_at(to) {
            return None;
        }
        let has_place = names.iter().any(|&j| self.is(j, Flags::PLACE));
        if listed.has(Flags::NEWS_ORG) {
            return Some((Kind::Organization, Evidence::Listed(String::from("the world's major news organizations"))));
        }
        // "in the Amazon" is the region, "Amazon said" the company.
        let placed = from > self.start && matches!(self.word(from - 1), "the" | "in" | "near");
        if listed.has(Flags::PLACE) && (placed || !listed.has(Flags::COMPANY)) {
            return Some((Kind::Place, Evidence::Gazetteer));
        }
        // "the Libyan Red Crescent", "the American Red Cross": a country's
        // branch of a listed body named in words ("Japanese Toyota" is the
        // company described).
        let branch = || {
            self.is(from, Flags::DEMONYM)
                && to - from >= 2
                && self.is(from + 1, Flags::COMMON_WORD)
                && self.with_phrase(from + 1, to, cut, |phrase| lexicon::phrase_flags(&phrase.text)).has(Flags::COMPANY)
        };
        if listed.has(Flags::COMPANY) || branch() {
            return Some((Kind::Organization, Evidence::Listed(String::from("well-known companies, bodies and clubs"))));
        }
        if names.len() == 2 && self.is_county(from) {
            return Some((Kind::Place, Evidence::PlaceHead(String::from("co"))));
        }
        // "State of the Nation Address", "Davis Cup": an event's name,
        // whatever place word opens it; events are not entities.
        let event_last = names.last().is_some_and(|&j| self.is(j, Flags::EVENT_HEAD) && !self.is(j, Flags::ORG_HEAD));
        if names.len() >= 2 && event_last {
            return None;
        }
        if self.is_dateline(from, to) {
            return Some((Kind::Place, Evidence::Cue(String::from("dateline"))));
        }
        // A place word ends a facility's name ("Kansai International Airport"),
        // unless a body's head comes before "of" or "for" ("Police for the
        // Darjeeling District", "Health and Social Services for the District").
        let body = (from..to).any(|k| self.is(k, Flags::ORG_HEAD) && matches!(self.word(k + 1), "of" | "for"));
        let facility = |&&last: &&usize| names.len() >= 2 && has_head && !body && self.is(last, Flags::PLACE_HEAD);
        if let Some(&last) = names.last().filter(facility) {
            return Some((Kind::Place, Evidence::PlaceHead(strip_possessive(self.word(last)).to_string())));
        }
        if let Some(preposition) = (has_head && !body).then(|| self.facility_located(from, names)).flatten() {
            return Some((Kind::Place, Evidence::Cue(format!("'{preposition}' before a facility"))));
        }
        if has_head {
            let head = words.rev().find(|&j| self.is(j, Flags::ORG_HEAD));
            // "WHAT TO WATCH FOR": a head word alone in a line of capitals
            // is a section's label, not a name.
            let initial_alone = single && (self.is_sentence_initial(from) || self.shouting);
            // "its PC business", "Inc.": a legal form alone names no one;
            // nor does "TV".
            let form_alone = single && (super::is_legal_form(self.word(from)) || lexicon::is_common_acronym(self.word(from)));
            if let Some(head) = head.filter(|_| !form_alone) {
                if !initial_alone {
                    return Some((Kind::Organization, Evidence::OrganizationHead(strip_possessive(self.word(head)).to_string())));
                }
            }
        }
        // "the SNP's seats": the acronym, its possessive aside.
        let written = strip_possessive(first.text(self.text));
        if single && is_acronym(written) {
            let code = lexicon::currency_symbol(written).is_some();
            // Two capitals alone ("CB", "DS") abbreviate too many things to
            // name an organization without its full form.
            let letters = written.chars().filter(|c| c.is_alphabetic()).count();
            // "the PA news agency" names its kind.
            let agency = self.word(to) == "agency" || (self.word(to) == "news" && self.word(to + 1) == "agency");
            let two_letters = letters <= 2 && !first.text(self.text).contains('.') && !agency;
            // "READING", "CALAMITY": a word shouted, not an acronym.
            let shouted = letters >= 4 && self.is(from, Flags::COMMON_WORD);
            // "17-OCT": a month in capitals.
            let month = crate::dates::is_month_word(self.word(from));
            if code || two_letters || shouted || month || lexicon::is_common_acronym(strip_possessive(self.word(from))) {
                // "GDP", "CEO", "TV": an abbreviation of a thing, not a name.
                return None;
            }
            return Some((Kind::Organization, Evidence::Acronym));
        }
        let demonym = names.iter().any(|&j| self.is(j, Flags::DEMONYM)) || listed.has(Flags::DEMONYM);
        if let (Some(cue), true) = (&cues.place, cues.place_named) {
            if !has_head && !demonym {
                return Some((Kind::Place, Evidence::Cue(cue.to_string())));
            }
        }
        // Not a lone word of the dictionary: "Fiscal Outlook" is no one;
        // nor three ("General Data Protection Regulation").
        let dictionary = |k: usize| self.is(k, Flags::COMMON_WORD) && !self.is(k, Flags::AMBIGUOUS_GIVEN_NAME);
        let word_alone = (single || names.len() >= 3) && names.iter().all(|&k| dictionary(k));
        if let Some(title) = cues.title.as_ref().filter(|_| !word_alone) {
            return Some((Kind::Person, Evidence::Title(title.clone())));
        }
        // "Uhuru Highway", "Victoria Square": a name that ends on a word
        // for a street is a place whatever given name opens it; so does
        // "Dundas St" ("St" a connector elsewhere: "Jean St Pierre").
        let last = (from + 1..to).rev().find(|&k| self.tokens[k].is_word());
        if let Some(last) = last.filter(|&k| STREET_HEADS.contains(&self.word(k))) {
            return Some((Kind::Place, Evidence::PlaceHead(strip_possessive(self.word(last)).to_string())));
        }
        // "said Lima Khanom", "Lima Khanom, duty officer": a known place
        // and an unknown word, speaking or holding a role, are names.
        if let [first, second] = names[..] {
            if self.is(first, Flags::PLACE) && unknown(second) && self.names_speaker(from, to) {
                return Some((Kind::Person, Evidence::Cue(String::from("speaks or holds a role"))));
            }
        }
        let first_word = names.first().map_or_else(|| lexicon::flags(""), |&j| self.flags(j));
        let opens_place = has_place || self.place_at(from, to).is_some();
        if first_word.has(Flags::GIVEN_NAME) && !first_word.has(Flags::DEMONYM) && !opens_place {
            return Some((Kind::Person, Evidence::GivenName(self.tokens[from].text(self.text).to_string())));
        }
        // "Myron William Love": a given name in the middle of three names.
        let middle = names.len() == 3 && self.is(names[1], Flags::GIVEN_NAME) && !opens_place && !demonym;
        if middle && !self.is(names[0], Flags::COMMON_WORD) {
            return Some((Kind::Person, Evidence::GivenName(self.tokens[names[1]].text(self.text).to_string())));
        }
        // "the Republic of Ghana": a kind of place, "of" and a name is a
        // place whatever cue stands around it ("president-elect of").
        let of_place = names.len() >= 2
            && OF_PLACE_OPENERS.contains(&self.word(names[0]))
            && self.word(names[0] + 1) == "of"
            && names[1..].iter().any(|&j| self.is(j, Flags::PLACE) || unknown(j));
        if of_place {
            return Some((Kind::Place, Evidence::PlaceHead(strip_possessive(self.word(names[0])).to_string())));
        }
        // "Rescue workers search a house": a common word opening the
        // sentence is capitalised by its place there, whatever follows it.
        let initial_common = single && self.is_sentence_initial(from) && self.is(from, Flags::COMMON_WORD);
        if let Some(cue) = cues.org.as_ref().filter(|_| !initial_common) {
            if !names.iter().any(|&j| self.is(j, Flags::DEMONYM)) || names.len() > 1 {
                return Some((Kind::Organization, Evidence::Cue(cue.clone())));
            }
        }
        if (from..to).any(|k| has_inner_capital(self.tokens[k].text(self.text))) {
            // A listed place's inner capitals are no brand's: "KwaZulu-Natal".
            if listed.has(Flags::TOWN) {
                return Some((Kind::Place, Evidence::Listed(String::from(TOWNS))));
            }
            return Some((Kind::Organization, Evidence::Cue(String::from("inner capitals of a brand name"))));
        }
        if let Some(place) = self.place_head(names) {
            return Some((Kind::Place, place));
        }
        let given_then_name = names.len() >= 2
            && self.is(names[0], Flags::AMBIGUOUS_GIVEN_NAME)
            && names[1..].iter().any(|&j| unknown(j));
        if given_then_name {
            return Some((Kind::Person, Evidence::GivenName(self.tokens[from].text(self.text).to_string())));
        }
        if let Some(cue) = &cues.place {
            if any_unknown && !self.tokens[from..to].iter().any(|t| t.shape == Shape::AllCaps) {
                return Some((Kind::Place, Evidence::Cue(cue.to_string())));
            }
        }
        if listed.has(Flags::TOWN) && (names.len() >= 2 || self.town_position(from, to)) {
            return Some((Kind::Place, Evidence::Listed(String::from(TOWNS))));
        }
        if single && self.word(from).ends_with("shire") && self.word(from).len() > 7 {
            // "Nottinghamshire", "Leicestershire": an English county.
            return Some((Kind::Place, Evidence::PlaceHead(String::from("-shire"))));
        }
        if (2..=5).contains(&names.len()) && names.iter().all(|&j| unknown(j)) && !has_place && !demonym {
            // "the Tesla Gigafactory", "the Samsung Management": an article
            // before names a thing or a body, not a person.
            let article = from > self.start && self.word(from - 1) == "the";
            let kind = if article { Kind::Organization } else { Kind::Person };
            return Some((kind, Evidence::NameShape));
        }
        None
    }

    /// "Mount Talang", "Jeju Island", "West Sumatra": a place word, or a
    /// compass word before a name.
    pub(super) fn place_head(&self, names: &[usize]) -> Option<Evidence> {
        let (&first, &last) = (names.first()?, names.last()?);
        // "City of Kigali", "Republic of Albania": the word for a kind of
        // place, "of", a name.
        if names.len() >= 2 && OF_PLACE_OPENERS.contains(&self.word(first)) && self.word(first + 1) == "of" {
            return Some(Evidence::PlaceHead(strip_possessive(self.word(first)).to_string()));
        }
        if names.len() >= 2 && self.is(last, Flags::PLACE_HEAD) {
            return Some(Evidence::PlaceHead(strip_possessive(self.word(last)).to_string()));
        }
        let opens = self.is(first, Flags::PLACE_HEAD) && !ENDS_ONLY.contains(&self.word(first));
        // "South African", "West African": a compass word before a demonym
        // makes a demonym, not a place.
        let demonym = self.is(last, Flags::DEMONYM);
        if names.len() >= 2 && (opens || self.is(first, Flags::COMPASS)) && !demonym {
            return Some(Evidence::PlaceHead(strip_possessive(self.word(first)).to_string()));
        }
        None
    }

    /// Pushes a name candidate for tokens `from..to`; returns its index.
    pub(super) fn push_name(&mut self, from: usize, to: usize, class: Option<(Kind, Evidence)>) -> usize {
        let (kind, evidence) = match class {
            Some((kind, evidence)) => (Some(kind), Some(evidence)),
            None => (None, None),
        };
        self.push_candidate(from, to, kind, evidence)
    }

    /// Pushes a candidate for tokens `from..to`, with what the rules made
    /// of it; returns its index. The span leaves out a possessive ("Cuba's")
    /// and an adjective suffix ("London-bound").
    pub(super) fn push_candidate(&mut self, from: usize, to: usize, kind: Option<Kind>, evidence: Option<Evidence>) -> usize {
        let full = self.span_of(from, to);
        let mut trimmed = strip_possessive(full.slice(self.text));
        if let Some(len) = adjective_suffix(trimmed) {
            trimmed = &trimmed[..trimmed.len() - len];
        }
        let span = Span::new(full.start, full.start + trimmed.len());
        self.mark(from, to);
        self.found.claimed.push(span);
        let acronym = to - from == 1 && is_acronym(trimmed);
        self.found.candidates.push(Candidate {
            span,
            kind,
            evidence,
            key: self.keys.name(trimmed),
            defines: None,
            acronym,
        });
        self.found.candidates.len() - 1
    }

    /// "Institute (IMSS)": an acronym in parentheses right after a name.
    pub(super) fn acronym_definition(&mut self, after: usize, full: usize) {
        let open = self.token(after).is_some_and(|t| t.text(self.text) == "(");
        let close = self.token(after + 2).is_some_and(|t| t.text(self.text) == ")");
        let Some(acronym) = self.token(after + 1).copied() else {
            return;
        };
        if !(open && close && !self.is_used(after + 1) && is_acronym(acronym.text(self.text))) {
            return;
        }
        let name = self.found.candidates[full].span.slice(self.text).to_string();
        // "SEATTLE (AP)", "Lima (Reuters)": a news agency after a dateline,
        // not the place's short form; a place's own short form spells it
        // ("United Arab Emirates (UAE)").
        let spells = |name: &str| {
            let first = |s: &str| s.chars().next().map(|c| c.to_ascii_lowercase());
            name.split_whitespace().nth(1).is_some() && first(name) == first(acronym.text(self.text))
        };
        let place = self.found.candidates[full].kind == Some(Kind::Place);
        if self.is(after + 1, Flags::NEWS_ORG) || (place && !spells(&name)) {
            return;
        }
        let kind = match self.found.candidates[full].kind {
            Some(Kind::Person) | Some(Kind::Date) | Some(Kind::Figure) => return,
            Some(kind) => kind,
            // "Serious Incident (SI)": ordinary words and their initials
            // name a thing, not an organization; nor does a unit
            // ("Megawatts (MW)").
            None if self.all_common(self.found.candidates[full].span) => return,
            None if lexicon::unit(&crate::text::fold(&name)).is_some() => return,
            None => Kind::Organization,
        };
        if self.found.candidates[full].kind.is_none() {
            self.found.candidates[full].kind = Some(kind);
            self.found.candidates[full].evidence = Some(Evidence::Cue(String::from("acronym in parentheses")));
        }
        self.mark(after + 1, after + 2);
        self.found.claimed.push(acronym.span());
        self.found.candidates.push(Candidate {
            span: acronym.span(),
            kind: Some(kind),
            evidence: Some(Evidence::AcronymDefinition(name)),
            key: self.keys.name(acronym.text(self.text)),
            defines: Some(full),
            acronym: true,
        });
    }

    /// Whether every word of `span` (in this sentence) is a common word.
    fn all_common(&self, span: Span) -> bool {
        (self.start..self.end)
            .filter(|&k| self.tokens[k].is_word() && span.contains(self.tokens[k].span()))
            .all(|k| self.is(k, Flags::COMMON_WORD))
    }
}

/// What splitting a run left to do.
enum Split<'a> {
    /// Go on with the rest of the run from this token, with these cues.
    Rest(usize, Cues<'a>),
    /// Nothing of the run is left.
    Done,
    /// The run stays whole: classify it.
    None,
}

/// The list of the world's towns, cities and regions, as evidence names it.
pub(crate) const TOWNS: &str = "the world's towns, cities and regions";
