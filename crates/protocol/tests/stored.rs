//! `Stored::parse`, now read by the page's own JSON reader, against what
//! serde_json read before: the same libraries, the same refusals, and a
//! newer version told apart from damage exactly as before.

use parallax_model::{Correction, Corrections, Kind};
use parallax_protocol::stored::{FORMAT, LoadError, Stored, StoredReport, VERSION};
use serde::Deserialize;

/// How `Stored::parse` read with serde_json: the header, then the whole.
fn serde_parse(json: &str) -> Result<Stored, LoadError> {
    #[derive(Deserialize)]
    struct Header {
        format: Option<String>,
        version: Option<u64>,
    }
    let header: Header = serde_json::from_str(json).map_err(|_| LoadError::Corrupt)?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(LoadError::Corrupt);
    }
    match header.version {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) if v > u64::from(VERSION) => return Err(LoadError::Newer(v)),
        _ => return Err(LoadError::Corrupt),
    }
    serde_json::from_str(json).map_err(|_| LoadError::Corrupt)
}

fn report(id: &str, title: Option<&str>, headline: Option<&str>, text: &str) -> StoredReport {
    StoredReport { id: id.into(), title: title.map(Into::into), headline: headline.map(Into::into), source: "pasted".into(), text: text.into() }
}

fn library() -> Stored {
    let corrections = Corrections {
        items: vec![
            Correction::NotAnEntity { text: "Monday".into() },
            Correction::Retype { name: "Jordan".into(), kind: Kind::Place },
            Correction::Merge { name: "UN".into(), into: "United Nations".into() },
            Correction::Split { text: "Paris".into(), from: "Paris Hilton".into() },
            Correction::Add { text: "the ministry".into(), kind: Kind::Organization },
        ],
    };
    Stored {
        format: FORMAT.into(),
        version: VERSION,
        reports: vec![
            report("u1", Some("São Paulo 🌧"), Some("Floods \"worst\" in decades"), "Line one.\n\tLine two \\ 𝄞 \u{1}"),
            report("u2", None, None, ""),
            report("u3", Some(""), Some(""), "北京 </script>"),
        ],
        example_titles: vec![("ex1".into(), "Mine ✓".into())],
        hidden_examples: vec!["ex2".into()],
        pair: ("u1".into(), "u3".into()),
        corrections: vec![("u1+u3".into(), corrections), ("u1+u2".into(), Corrections::default())],
        story: vec!["u1".into(), "u2".into(), "u3".into()],
    }
}

#[test]
fn a_saved_library_reads_back_the_same() {
    let stored = library();
    for json in [serde_json::to_string(&stored).unwrap(), serde_json::to_string_pretty(&stored).unwrap()] {
        assert_eq!(Stored::parse(&json), Ok(stored.clone()));
    }
    let bare = Stored { reports: vec![], example_titles: vec![], hidden_examples: vec![], corrections: vec![], story: vec![], ..stored };
    assert_eq!(Stored::parse(&serde_json::to_string(&bare).unwrap()), Ok(bare));
}

/// Documents read as before, with why; each is compared with serde_json.
const CASES: &[&str] = &[
    // Saved before the defaulted fields existed, in another order, with unknown fields.
    r#"{"pair":["a","b"],"reports":[{"text":"x","source":"s","id":"a","title":null,"new":[1,{"z":false}]}],"version":1,"format":"parallax-library","later":"\ud800"}"#,
    // Whitespace everywhere, a headline null.
    " { \"format\" : \"parallax-library\" , \"version\" : 1 , \"reports\" : [ ] , \"pair\" : [ \"a\" , \"b\" ] , \"story\":[] }\n",
    r#"{"format":"parallax-library","version":1,"reports":[{"id":"a","title":"t","headline":null,"source":"s","text":"x"}],"pair":["a","b"]}"#,
    // Newer versions, whatever follows the header.
    r#"{"format":"parallax-library","version":2}"#,
    r#"{"version":18446744073709551615,"format":"parallax-library","reports":"different now","reports":7}"#,
    // Not a library, or damaged.
    "",
    "not json",
    "null",
    r#"{"format":"other"}"#,
    r#"{"format":"other","version":2}"#,
    r#"{"format":null,"version":2}"#,
    r#"{"format":"parallax-library"}"#,
    r#"{"format":"parallax-library","version":null}"#,
    r#"{"format":"parallax-library","version":0}"#,
    r#"{"format":"parallax-library","version":-2}"#,
    r#"{"format":"parallax-library","version":2.0}"#,
    r#"{"format":"parallax-library","version":"2"}"#,
    r#"{"format":"parallax-library","version":18446744073709551616}"#,
    r#"{"format":"parallax-library","version":2,"version":2}"#,
    r#"{"format":"parallax-library","format":"parallax-library","version":2}"#,
    r#"{"format":"parallax-library","version":2} trailing"#,
    r#"{"format":"parallax-library","version":2,"\ud800":0}"#,
    r#"{"format":"parallax-library","version":2,"x":[}"#,
    r#"{"format":"parallax-library","version":1,"reports":[],"pair":["a","b"]"#,
    r#"{"format":"parallax-library","version":1,"reports":[],"pair":["a"]}"#,
    r#"{"format":"parallax-library","version":1,"reports":[],"pair":["a","b","c"]}"#,
    r#"{"format":"parallax-library","version":1,"reports":[]}"#,
    r#"{"format":"parallax-library","version":1,"reports":null,"pair":["a","b"]}"#,
    r#"{"format":"parallax-library","version":1,"reports":[],"pair":["a","b"],"story":null}"#,
    r#"{"format":"parallax-library","version":1,"reports":[],"pair":["a","b"],"reports":[]}"#,
    r#"{"format":"parallax-library","version":1,"reports":[{"id":"a","source":"s"}],"pair":["a","b"]}"#,
    r#"{"format":"parallax-library","version":1,"reports":[{"id":"a","source":"s","text":"\ud800"}],"pair":["a","b"]}"#,
    r#"{"format":"parallax-library","version":1,"reports":[{"id":"a","source":"s","text":"x","title":3}],"pair":["a","b"]}"#,
    r#"{"format":"parallax-library","version":1,"reports":[],"pair":["a","b"],"corrections":[["a+b",{"items":[{"type":"retype","name":"x"}]}]]}"#,
    r#"{"format":"parallax-library","version":1,"reports":[],"pair":["a","b"],"corrections":[["a+b"]]}"#,
    r#"{"format":"parallax-library","version":1,"reports":[],"pair":["a","b"],"example_titles":[["a","b",null]]}"#,
];

#[test]
fn reads_and_refuses_as_serde_json_did() {
    for json in CASES {
        assert_eq!(Stored::parse(json), serde_parse(json), "{json}");
    }
    assert_eq!(Stored::parse(CASES[3]), Err(LoadError::Newer(2)));
    assert_eq!(Stored::parse(CASES[4]), Err(LoadError::Newer(u64::MAX)));
    assert!(Stored::parse(CASES[0]).is_ok());
}

#[test]
fn hostile_input_is_refused_without_overflow() {
    assert_eq!(Stored::parse(&"[".repeat(100_000)), Err(LoadError::Corrupt));
    let deep = format!(r#"{{"format":"parallax-library","version":2,"x":{}}}"#, "[".repeat(100_000));
    assert_eq!(Stored::parse(&deep), Err(LoadError::Corrupt));
}
