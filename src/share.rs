//! The view state carried by the URL fragment, so that a link reopens the
//! same view: which page, which reports, the selected entity, the kinds
//! shown, and, for the user's own reports, the texts themselves,
//! compressed, so a colleague opens the same comparison with nothing
//! uploaded anywhere.
//!
//! Format (version 2): `#/compare?v2=SUM&a=ID&b=ID&e=3&hide=place,date&za=…&zb=…&s=ID.ID.ID&zs=…`,
//! where `za` and `zb` carry a report as deflated JSON in base64url (the
//! browser's own `deflate-raw`, see [`crate::deflate`]), and `v2` comes
//! first with the checksum of everything else after the `#` (see
//! [`checksum`]). `s` names the story's reports, and `zs` carries those of
//! the user's that are not A or B as one deflated JSON list (`rs` with
//! LZW); they need the checksum. Links made before reports were deflated carry them as
//! LZW-compressed JSON in `ra` and `rb`, which still open, and are still
//! written where the browser cannot deflate. A link whose checksum does not match is damaged and
//! refused whole: nothing from it is shown. Links made before version 2
//! have no checksum; they are read strictly (any key this format does not
//! know is damage, not a newer version's key) and marked
//! [`ViewState::unchecked`], so the app can say they could not be checked.
//! Parsing is total: anything malformed is an error the app reports, never
//! a panic.

use parallax_model::{Corrections, Kind};
use parallax_protocol::json::{self, Value};
use serde::{Deserialize, Serialize};

use crate::route::Page;

mod lzw;

pub use lzw::{compress, decompress};

/// Links longer than this are refused: chat and mail tools cut them.
pub const MAX_LINK_CHARS: usize = 16_000;

/// A report carried inside a link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CarriedReport {
    /// Title, if the user gave one.
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where it came from.
    #[serde(rename = "s", default)]
    pub source: String,
    /// The text.
    #[serde(rename = "x")]
    pub text: String,
}

impl CarriedReport {
    /// The report in `json` as serde_json wrote it, or `None`.
    pub fn from_json(json: &str) -> Option<CarriedReport> {
        CarriedReport::read(json::parse(json)?)
    }

    /// The list of reports in `json` as serde_json wrote it, or `None`.
    pub fn list_from_json(json: &str) -> Option<Vec<CarriedReport>> {
        json::list(json::parse(json)?, CarriedReport::read)
    }

    /// A report from its JSON value: `t` may be absent or null, `s` absent.
    fn read(mut value: Value) -> Option<CarriedReport> {
        let [title, source, text] = json::fields(&mut value, ["t", "s", "x"])?;
        Some(CarriedReport {
            title: json::optional_text(title)?,
            source: source.map_or(Some(String::new()), json::text)?,
            text: json::text(text?)?,
        })
    }
}

/// Everything a link says about the view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// The page.
    pub page: Page,
    /// Ids of report A and report B.
    pub pair: Option<(String, String)>,
    /// The selected entity's id.
    pub selected: Option<u32>,
    /// Kinds switched off.
    pub hidden: Vec<Kind>,
    /// Reports A and B themselves, when the link carries them.
    pub carried: [Option<CarriedReport>; 2],
    /// Reports A and B as deflated JSON, read from a link but not yet
    /// inflated, or deflated for a link being made (see
    /// [`crate::deflate`]).
    pub packed: [Option<Vec<u8>>; 2],
    /// The user's corrections of the pair's analysis, when there are any.
    pub corrections: Option<Corrections>,
    /// Reports or corrections read from a link made before links carried
    /// a checksum, so damage to them could not be detected.
    pub unchecked: bool,
    /// Ids of the story's reports, in order (`s`, joined by dots).
    pub story: Vec<String>,
    /// The user's own reports of the story other than A and B, when the
    /// link carries them (`rs`, LZW, where the browser cannot deflate).
    pub story_carried: Vec<CarriedReport>,
    /// The same, deflated (`zs`), read from a link or made for one.
    pub story_packed: Option<Vec<u8>>,
}

/// Why a fragment could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The checksum does not match, or a link without one does not read
    /// as the older format: characters were changed, lost or added.
    Damaged,
    /// An intact link names a page or holds a part this version cannot
    /// read: a newer version made it.
    Newer,
    /// An intact link's deflated reports could not be inflated: the
    /// browser has no `DecompressionStream`.
    Unpack,
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LinkError::Damaged => "This link is damaged, so nothing from it is shown. Ask the sender for a new link.",
            LinkError::Newer => "This link comes from a newer version of Parallax, which this one cannot read.",
            LinkError::Unpack => "This browser cannot unpack the reports this link carries, so nothing from it is shown. Open it in a current browser, or ask the sender for the reports file.",
        })
    }
}

/// The checksum a version 2 link carries as `v2`, of its page and its
/// query without the checksum: FNV-1a (64 bits) in base64url, 11
/// characters. Each step of FNV-1a is a bijection of its state, so two
/// texts of one length that differ in one character always differ here;
/// a character lost or added is missed once in 2^64.
fn checksum(path: &str, query: &str) -> String {
    let sum = path.bytes().chain([b'?']).chain(query.bytes()).fold(0xcbf2_9ce4_8422_2325u64, |sum, byte| {
        (sum ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    base64url(&sum.to_be_bytes())
}

fn is_id(value: &str) -> bool {
    !value.is_empty() && value.len() <= 64 && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl ViewState {
    /// Reads a URL fragment (with or without its `#`).
    pub fn from_hash(hash: &str) -> Result<ViewState, LinkError> {
        let body = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = body.split_once('?').unwrap_or((body, ""));
        let (checked, query) = match query.strip_prefix("v2=") {
            Some(rest) => {
                let (sum, rest) = rest.split_once('&').unwrap_or((rest, ""));
                if sum != checksum(path, rest) {
                    return Err(LinkError::Damaged);
                }
                (true, rest)
            }
            None => (false, query),
        };
        // Without a checksum, anything the older format could not have
        // written is damage.
        let malformed = if checked { LinkError::Newer } else { LinkError::Damaged };
        let page = match Page::from_hash(path) {
            Some(page) if checked || path.len() <= 1 || path == &page.hash()[1..] => page,
            _ => return Err(malformed),
        };
        let mut state = ViewState {
            page,
            ..ViewState::default()
        };
        let (mut a, mut b) = (None, None);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "a" | "b" => {
                    if !is_id(value) {
                        return Err(malformed);
                    }
                    if key == "a" {
                        a = Some(value.to_string());
                    } else {
                        b = Some(value.to_string());
                    }
                }
                "e" => state.selected = Some(value.parse().map_err(|_| malformed)?),
                "hide" => {
                    for name in value.split(',').filter(|n| !n.is_empty()) {
                        state.hidden.push(Kind::parse(name).ok_or(malformed)?);
                    }
                }
                "c" => {
                    let corrections = json::corrections(&decode_json(value).ok_or(malformed)?).ok_or(malformed)?;
                    state.corrections = Some(corrections);
                }
                // A story came with the checksum.
                "s" if checked => {
                    state.story = value.split('.').map(String::from).collect();
                    if !state.story.iter().all(|id| is_id(id)) {
                        return Err(malformed);
                    }
                }
                "rs" if checked => state.story_carried = decode_json(value).as_deref().and_then(CarriedReport::list_from_json).ok_or(malformed)?,
                "zs" if checked => state.story_packed = Some(from_base64url(value).filter(|b| !b.is_empty()).ok_or(malformed)?),
                "ra" | "rb" => {
                    let report = decode_report(value).ok_or(malformed)?;
                    state.carried[usize::from(key == "rb")] = Some(report);
                }
                // Deflated reports came with the checksum.
                "za" | "zb" if checked => {
                    let bytes = from_base64url(value).filter(|b| !b.is_empty()).ok_or(malformed)?;
                    state.packed[usize::from(key == "zb")] = Some(bytes);
                }
                // An intact link's unknown keys come from newer versions.
                _ if checked => {}
                _ => return Err(LinkError::Damaged),
            }
        }
        state.pair = match (a, b) {
            (Some(a), Some(b)) => Some((a, b)),
            (None, None) => None,
            _ => return Err(malformed),
        };
        state.unchecked = !checked && (state.corrections.is_some() || state.carried.iter().any(Option::is_some));
        Ok(state)
    }

    /// Whether the view holds reports still to be inflated.
    pub fn is_packed(&self) -> bool {
        self.packed.iter().any(Option::is_some) || self.story_packed.is_some()
    }

    /// The view with its deflated reports inflated into `carried`.
    pub async fn unpack(mut self) -> Result<ViewState, LinkError> {
        for slot in 0..2 {
            let Some(bytes) = self.packed[slot].take() else { continue };
            let json = crate::deflate::inflate(&bytes).await.ok_or(LinkError::Unpack)?;
            // The checksum held, so text that does not read is a newer format.
            let report = String::from_utf8(json).ok().and_then(|json| CarriedReport::from_json(&json));
            self.carried[slot] = Some(report.ok_or(LinkError::Newer)?);
        }
        if let Some(bytes) = self.story_packed.take() {
            let json = crate::deflate::inflate(&bytes).await.ok_or(LinkError::Unpack)?;
            let reports = String::from_utf8(json).ok().and_then(|json| CarriedReport::list_from_json(&json));
            self.story_carried = reports.ok_or(LinkError::Newer)?;
        }
        Ok(self)
    }

    /// The URL fragment, with its `#`.
    pub fn to_hash(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some((a, b)) = &self.pair {
            parts.push(format!("a={a}"));
            parts.push(format!("b={b}"));
        }
        if let Some(id) = self.selected {
            parts.push(format!("e={id}"));
        }
        if !self.hidden.is_empty() {
            let names: Vec<&str> = self.hidden.iter().map(|k| k.as_str()).collect();
            parts.push(format!("hide={}", names.join(",")));
        }
        if let Some(corrections) = self.corrections.as_ref().filter(|c| !c.is_empty()) {
            parts.push(format!("c={}", encode_json(corrections)));
        }
        for (key, report) in ["ra", "rb"].iter().zip(&self.carried) {
            if let Some(report) = report {
                parts.push(format!("{key}={}", encode_report(report)));
            }
        }
        for (key, bytes) in ["za", "zb"].iter().zip(&self.packed) {
            if let Some(bytes) = bytes {
                parts.push(format!("{key}={}", base64url(bytes)));
            }
        }
        if !self.story.is_empty() {
            parts.push(format!("s={}", self.story.join(".")));
        }
        if !self.story_carried.is_empty() {
            parts.push(format!("rs={}", encode_json(&self.story_carried)));
        }
        if let Some(bytes) = &self.story_packed {
            parts.push(format!("zs={}", base64url(bytes)));
        }
        if parts.is_empty() {
            return self.page.hash().to_string();
        }
        let (page, query) = (self.page.hash(), parts.join("&"));
        let path = page.trim_start_matches('#');
        format!("{page}?v2={}&{query}", checksum(path, &query))
    }
}

/// A report as compressed JSON in base64url.
pub fn encode_report(report: &CarriedReport) -> String {
    encode_json(report)
}

/// The report encoded by [`encode_report`], or `None` if damaged.
pub fn decode_report(encoded: &str) -> Option<CarriedReport> {
    CarriedReport::from_json(&decode_json(encoded)?)
}

/// A value as compressed JSON in base64url.
fn encode_json<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap_or_default();
    base64url(&compress(json.as_bytes()))
}

/// The JSON text encoded by [`encode_json`], or `None` if damaged.
fn decode_json(encoded: &str) -> Option<String> {
    let bytes = decompress(&from_base64url(encoded)?)?;
    String::from_utf8(bytes).ok()
}


const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 with the URL-safe alphabet and no padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// Reverses [`base64url`]; `None` on a character outside the alphabet.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut count = 0;
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|a| *a == c)? as u32;
        acc = (acc << 6) | value;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((acc >> count) as u8);
            acc &= (1 << count) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carried_reports_read_as_serde_json_reads_them() {
        let report = |title: Option<&str>, source: &str, text: &str| CarriedReport { title: title.map(String::from), source: source.into(), text: text.into() };
        let reports = vec![report(Some("São Paulo 🌧"), "pasted", "\"quoted\"\n\t\\ 𝄞 </b>"), report(None, "", ""), report(Some(""), "x", "北京")];
        for carried in &reports {
            assert_eq!(CarriedReport::from_json(&serde_json::to_string(carried).unwrap()).as_ref(), Some(carried));
        }
        assert_eq!(CarriedReport::list_from_json(&serde_json::to_string(&reports).unwrap()), Some(reports));
        // Title absent or null, source absent, unknown keys, whitespace: read.
        // Source null, text absent, wrong types, a key twice, trailing text: refused.
        for json in [
            r#"{"x":"a"}"#, r#" { "t" : null , "x" : "a" , "later" : [1] } "#, r#"{"s":"b","x":"a","t":"c"}"#,
            r#"{"s":null,"x":"a"}"#, r#"{"t":"a"}"#, r#"{"x":1}"#, r#"{"x":"a","x":"b"}"#, r#"{"x":"a"} x"#, r#"{"x":"\ud800"}"#, "[]",
        ] {
            assert_eq!(CarriedReport::from_json(json), serde_json::from_str(json).ok(), "{json}");
        }
        for json in [r#"[]"#, r#"[{"x":"a"},{"x":"b","s":"c"}]"#, r#"[{"x":"a"},{}]"#, r#"{"x":"a"}"#, "null"] {
            assert_eq!(CarriedReport::list_from_json(json), serde_json::from_str(json).ok(), "{json}");
        }
    }

    #[test]
    fn compression_round_trips_and_shrinks_text() {
        let text = include_str!("../reports/000_3c10382c046089de.txt").as_bytes();
        let packed = compress(text);
        assert!(packed.len() * 10 < text.len() * 7, "{} → {}", text.len(), packed.len());
        assert_eq!(decompress(&packed).as_deref(), Some(text));
        for sample in [&b""[..], b"a", b"aaaaaaaaaaaaaaaaaaaaaaaa", "é ü 日本 🎉".as_bytes(), &[0u8, 255, 1, 254]] {
            assert_eq!(decompress(&compress(sample)).as_deref(), Some(sample));
        }
        // Enough text to fill the dictionary and freeze it.
        let long: Vec<u8> = (0..400_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
        assert_eq!(decompress(&compress(&long)), Some(long));
    }

    #[test]
    fn damaged_data_decodes_to_nothing_rather_than_panicking() {
        for junk in [&b""[..], b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", b"\x05\xff\xff\xff", b"\x80"] {
            let _ = decompress(junk);
        }
        assert_eq!(from_base64url("ab$c"), None);
        assert_eq!(decode_report("not-a-report"), None);
    }

    #[test]
    fn base64url_round_trips() {
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37) as u8).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Some(bytes));
        }
    }

    #[test]
    fn view_state_round_trips_through_the_fragment() {
        let state = ViewState {
            page: Page::Compare,
            pair: Some((String::from("example-a"), String::from("r00ff"))),
            selected: Some(3),
            hidden: vec![Kind::Place, Kind::Date],
            carried: [None, Some(CarriedReport { title: Some(String::from("Mine")), source: String::from("pasted"), text: String::from("Ana Gómez said 40 nurses came.") })],
            packed: [Some(vec![0xF3, 0x48, 0xCD, 0xC9, 0xC9, 0x07, 0x00]), None],
            corrections: None,
            unchecked: false,
            story: vec![String::from("example-a"), String::from("r00ff"), String::from("r1")],
            story_carried: vec![CarriedReport { title: None, source: String::new(), text: String::from("Another.") }],
            story_packed: Some(vec![1, 2, 3]),
        };
        assert_eq!(ViewState::from_hash(&state.to_hash()), Ok(state));
        // Deflated reports only ever travel with the checksum.
        assert_eq!(ViewState::from_hash("#/read?za=80jNyckHAA"), Err(LinkError::Damaged));
        assert_eq!(ViewState::from_hash(""), Ok(ViewState::default()));
        assert_eq!(ViewState::from_hash("#/read").map(|s| s.page), Ok(Page::Read));
    }

    #[test]
    fn malformed_fragments_are_errors_not_panics() {
        assert_eq!(ViewState::from_hash("#/nowhere"), Err(LinkError::Damaged));
        assert!(ViewState::from_hash("#/read?e=abc").is_err());
        assert!(ViewState::from_hash("#/read?hide=planet").is_err());
        assert!(ViewState::from_hash("#/read?a=<script>&b=x").is_err());
        assert!(ViewState::from_hash("#/read?a=x").is_err());
        assert!(ViewState::from_hash("#/read?ra=%%%").is_err());
        // An intact link's unknown keys come from newer versions and are
        // ignored; a link without a checksum has no newer keys.
        let newer = format!("#/read?v2={}&future=1", checksum("/read", "future=1"));
        assert_eq!(ViewState::from_hash(&newer), Ok(ViewState::default()));
        assert_eq!(ViewState::from_hash("#/read?future=1"), Err(LinkError::Damaged));
        // An intact link to a view this version does not have.
        let page = format!("#/timeline?v2={}&e=1", checksum("/timeline", "e=1"));
        assert_eq!(ViewState::from_hash(&page), Err(LinkError::Newer));
    }
}

/// The link to the current view. The user's own reports in the pair and
/// in the story travel inside it, deflated by the browser (LZW where it cannot); examples
/// travel by id. `Err` carries the link's length when it would be longer
/// than [`MAX_LINK_CHARS`].
pub async fn link(base: &str, view: &ViewState, library: &crate::library::Library) -> Result<String, usize> {
    let mut view = view.clone();
    for (slot, carried) in carried(library).into_iter().enumerate() {
        let Some(carried) = carried else { continue };
        let json = serde_json::to_string(&carried).unwrap_or_default();
        match crate::deflate::deflate(json.as_bytes()).await {
            Some(bytes) => view.packed[slot] = Some(bytes),
            None => view.carried[slot] = Some(carried),
        }
    }
    let story: Vec<CarriedReport> = library
        .story_reports()
        .iter()
        .filter(|r| r.origin == crate::reports::Origin::User && r.id != library.pair.0 && r.id != library.pair.1)
        .map(|r| CarriedReport { title: r.title.clone(), source: r.source.clone(), text: r.text.to_string() })
        .collect();
    if !story.is_empty() {
        let json = serde_json::to_string(&story).unwrap_or_default();
        match crate::deflate::deflate(json.as_bytes()).await {
            Some(bytes) => view.story_packed = Some(bytes),
            None => view.story_carried = story,
        }
    }
    let url = format!("{base}{}", view.to_hash());
    if url.len() > MAX_LINK_CHARS { Err(url.len()) } else { Ok(url) }
}

/// The user's own reports in the pair, as a link carries them.
fn carried(library: &crate::library::Library) -> [Option<CarriedReport>; 2] {
    [&library.pair.0, &library.pair.1].map(|id| {
        let report = library.get(id).filter(|r| r.origin == crate::reports::Origin::User)?;
        Some(CarriedReport { title: report.title.clone(), source: report.source.clone(), text: report.text.to_string() })
    })
}

#[cfg(test)]
mod link_tests {
    use super::*;
    use crate::library::{Draft, Library};

    /// The output of a future that is ready at once, as every future here
    /// is outside a browser.
    fn now<F: std::future::Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        match future.as_mut().poll(&mut std::task::Context::from_waker(std::task::Waker::noop())) {
            std::task::Poll::Ready(output) => output,
            std::task::Poll::Pending => panic!("the future waits for a browser"),
        }
    }

    #[test]
    fn the_checksum_of_a_link_never_changes() {
        // Links already shared carry it: FNV-1a of "/compare?a=r1&b=r2".
        assert_eq!(checksum("/compare", "a=r1&b=r2"), "x01OkEDb5oA");
    }

    #[test]
    fn examples_travel_by_id_and_user_reports_inside_the_link() {
        let mut library = Library::default();
        let view = ViewState { page: Page::Compare, pair: Some(library.pair.clone()), ..ViewState::default() };
        let url = now(link("https://x.org/p/", &view, &library)).unwrap();
        let query = "a=example-a&b=example-b";
        assert_eq!(url, format!("https://x.org/p/#/compare?v2={}&{query}", checksum("/compare", query)));
        let id = library.add(Draft { text: String::from("Mine, with 40 nurses."), title: None, source: String::from("pasted") }).unwrap();
        library.choose(1, &id);
        let view = ViewState { pair: Some(library.pair.clone()), ..view };
        let url = now(link("https://x.org/p/", &view, &library)).unwrap();
        let back = ViewState::from_hash(url.split_once('#').unwrap().1).unwrap();
        assert_eq!(back.carried[1].as_ref().map(|r| r.text.as_str()), Some("Mine, with 40 nurses."));
        let long: String = (0..20_000u64).map(|i| format!("w{} ", i.wrapping_mul(7919) % 100_003)).collect();
        let id = library.add(Draft { text: long, title: None, source: String::new() }).unwrap();
        library.choose(0, &id);
        assert!(now(link("https://x.org/", &view, &library)).is_err());
    }

    #[test]
    fn a_story_travels_with_the_reports_of_it_that_are_not_a_or_b() {
        let mut library = Library::default();
        let ids: Vec<String> = ["One, with 12 shelters.", "Two, with 40 soldiers.", "Three."]
            .iter()
            .map(|text| library.add(Draft { text: text.to_string(), title: None, source: String::from("pasted") }).unwrap())
            .collect();
        library.choose(1, &ids[0]);
        for id in [&library.pair.0.clone(), &ids[0], &ids[1], &ids[2]] {
            library.toggle_story(id);
        }
        let view = ViewState { page: Page::Coverage, pair: Some(library.pair.clone()), story: library.story.clone(), ..ViewState::default() };
        let url = now(link("https://x.org/", &view, &library)).unwrap();
        let back = ViewState::from_hash(url.split_once('#').unwrap().1).unwrap();
        assert_eq!((back.page, &back.story), (Page::Coverage, &library.story));
        // A and B travel in their slots; the story carries the other two.
        let texts: Vec<&str> = back.story_carried.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["Two, with 40 soldiers.", "Three."]);
        assert_eq!(back.carried[1].as_ref().map(|r| r.text.as_str()), Some("One, with 12 shelters."));
        // Links without a story, and story keys without the checksum.
        assert!(ViewState::from_hash("#/read?a=example-a&b=example-b").unwrap().story.is_empty());
        assert_eq!(ViewState::from_hash("#/coverage?s=r1.r2"), Err(LinkError::Damaged));
        let bad = format!("#/coverage?v2={}&s=r1.", checksum("/coverage", "s=r1."));
        assert_eq!(ViewState::from_hash(&bad), Err(LinkError::Newer));
    }

    #[test]
    fn corrections_travel_in_the_link() {
        use parallax_model::Correction;
        let corrections = Corrections {
            items: vec![
                Correction::Merge { name: String::from("the minister"), into: String::from("Ana Gómez") },
                Correction::Add { text: String::from("Blue <Harbour> & co"), kind: Kind::Place },
            ],
        };
        let view = ViewState { corrections: Some(corrections.clone()), ..ViewState::default() };
        let back = ViewState::from_hash(&view.to_hash()).unwrap();
        assert_eq!(back.corrections, Some(corrections));
        assert_eq!(ViewState::from_hash("#/read?c=AAAA"), Err(LinkError::Damaged));
        let intact = format!("#/read?v2={}&c=AAAA", checksum("/read", "c=AAAA"));
        assert_eq!(ViewState::from_hash(&intact), Err(LinkError::Newer));
    }
}
