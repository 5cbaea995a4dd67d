//! The page's JSON reader against serde_json: what serde_json writes reads
//! back the same, what it accepts is accepted, what it refuses is refused.

use parallax_model::{Correction, Corrections, Kind};
use parallax_protocol::json::{self, MAX_DEPTH, Value};
use proptest::prelude::*;

/// Texts that stress escapes: quotes, backslashes, controls, unicode, emoji.
const TEXTS: &[&str] = &[
    "",
    "plain",
    "quote \" and backslash \\ and slash /",
    "lines\nand\ttabs\r\u{8}\u{c}",
    "\u{0}\u{1f}\u{7f}",
    "São Paulo, Zürich, Ελλάδα, 北京",
    "emoji 🇺🇦 👩‍🔬 𝄞",
    "</script><b>not html</b>",
];

fn every_correction() -> Corrections {
    let mut items = Vec::new();
    for text in TEXTS {
        let text = text.to_string();
        items.push(Correction::NotAnEntity { text: text.clone() });
        items.push(Correction::Retype { name: text.clone(), kind: Kind::Place });
        items.push(Correction::Merge { name: text.clone(), into: "Lima".into() });
        items.push(Correction::Split { text: text.clone(), from: text.clone() });
        for kind in Kind::ALL {
            items.push(Correction::Add { text: text.clone(), kind });
        }
    }
    Corrections { items }
}

#[test]
fn strings_written_by_serde_json_read_back_the_same() {
    for text in TEXTS {
        let json = serde_json::to_string(text).unwrap();
        assert_eq!(json::parse(&json), Some(Value::Str(Some(text.to_string()))), "{json}");
    }
}

#[test]
fn every_escape_is_read() {
    let json = r#""\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u20AC \ud83d\ude00""#;
    let expected = "\" \\ / \u{8} \u{c} \n \r \t A é € 😀";
    assert_eq!(json::parse(json), Some(Value::Str(Some(expected.into()))));
    assert_eq!(serde_json::from_str::<String>(json).unwrap(), expected);
}

#[test]
fn corrections_of_every_kind_round_trip() {
    let corrections = every_correction();
    let json = serde_json::to_string(&corrections).unwrap();
    assert_eq!(json::corrections(&json), Some(corrections.clone()));
    let pretty = serde_json::to_string_pretty(&corrections).unwrap();
    assert_eq!(json::corrections(&pretty), Some(corrections));
    assert_eq!(json::corrections(r#"{"items":[]}"#), Some(Corrections::default()));
}

/// Documents serde_json reads as corrections, each with why.
const ACCEPTED: &[&str] = &[
    // No items: the field is defaulted.
    "{}",
    // Whitespace everywhere.
    " \n\t{ \"items\" :\r[ { \"type\" : \"retype\" , \"name\" : \"Lima\" , \"kind\" : \"place\" } ] } \n",
    // Fields in another order, and unknown fields of any JSON.
    r#"{"x":[1,-2.5e+3,true,null,{"y":"\ud800"}],"items":[{"kind":"date","type":"add","text":"May","extra":{}}]}"#,
    // Fields another variant has, or null, are ignored.
    r#"{"items":[{"type":"not_an_entity","text":"Lima","kind":null,"name":"x","into":null}]}"#,
];

/// Documents serde_json refuses as corrections, each with why.
const REFUSED: &[&str] = &[
    "",
    // Truncated.
    r#"{"items":[{"type":"retype","name":"Lima","kind":"place"}]"#,
    r#"{"items":[{"type":"retype","name":"Li"#,
    // Trailing garbage.
    r#"{"items":[]} x"#,
    r#"{"items":[]}{}"#,
    // Wrong types.
    r#"{"items":null}"#,
    r#"{"items":{}}"#,
    r#""items""#,
    r#"{"items":[{"type":"retype","name":7,"kind":"place"}]}"#,
    // A field named twice.
    r#"{"items":[],"items":[]}"#,
    r#"{"items":[{"type":"add","text":"a","text":"b","kind":"date"}]}"#,
    // Malformed corrections: no tag, unknown tag, a variant's field missing, unknown kind.
    r#"{"items":[{"name":"Lima","kind":"place"}]}"#,
    r#"{"items":[{"type":"rename","name":"Lima"}]}"#,
    r#"{"items":[{"type":"Retype","name":"Lima","kind":"place"}]}"#,
    r#"{"items":[{"type":"retype","name":"Lima"}]}"#,
    r#"{"items":[{"type":"merge","name":"Lima","into":null}]}"#,
    r#"{"items":[{"type":"split","text":"Lima"}]}"#,
    r#"{"items":[{"type":"add","text":"Lima","kind":"Place"}]}"#,
    r#"{"items":[{"type":"add","text":"Lima","kind":"thing"}]}"#,
    // Invalid escapes, raw control characters, lone surrogates in text read.
    r#"{"items":[{"type":"not_an_entity","text":"\x41"}]}"#,
    r#"{"items":[{"type":"not_an_entity","text":"\u00g1"}]}"#,
    "{\"items\":[{\"type\":\"not_an_entity\",\"text\":\"a\nb\"}]}",
    r#"{"items":[{"type":"not_an_entity","text":"\ud800"}]}"#,
    r#"{"items":[{"type":"not_an_entity","text":"\udc00\ud800"}]}"#,
    r#"{"items":[{"type":"not_an_entity","text":"\ud800\u0041"}]}"#,
    r#"{"items":[{"type":"not_an_entity","\ud800":"a","text":"b"}]}"#,
    // Bad numbers and literals, even where nobody reads them.
    r#"{"x":01,"items":[]}"#,
    r#"{"x":1.,"items":[]}"#,
    r#"{"x":-,"items":[]}"#,
    r#"{"x":1e,"items":[]}"#,
    r#"{"x":nul,"items":[]}"#,
    r#"{"x":True,"items":[]}"#,
    // Trailing commas, missing colons.
    r#"{"items":[],}"#,
    r#"{"items":[{"type":"not_an_entity","text":"a"},]}"#,
    r#"{"items" []}"#,
    // A control character in a string nobody reads.
    "{\"x\":\"\t\",\"items\":[]}",
];

#[test]
fn accepts_what_serde_json_accepts() {
    for json in ACCEPTED {
        let ours = json::corrections(json);
        assert!(ours.is_some(), "refused {json}");
        assert_eq!(ours, serde_json::from_str::<Corrections>(json).ok(), "{json}");
    }
}

#[test]
fn refuses_what_serde_json_refuses() {
    for json in REFUSED {
        assert!(serde_json::from_str::<Corrections>(json).is_err(), "serde_json reads {json}");
        assert_eq!(json::corrections(json), None, "read {json}");
    }
}

/// Forms serde_json reads that Parallax never writes, refused on purpose
/// (see the reader's module doc): structs as arrays, enums as objects.
const NEVER_WRITTEN: &[&str] = &[
    "[]",
    r#"[[{"type":"not_an_entity","text":"a"}]]"#,
    r#"{"items":[["retype","Lima","Lima","place",null,null]]}"#,
    r#"{"items":[{"type":{"retype":null},"name":"Lima","kind":"place"}]}"#,
    r#"{"items":[{"type":"retype","name":"Lima","kind":{"place":null}}]}"#,
];

#[test]
fn refuses_forms_parallax_never_writes() {
    for json in NEVER_WRITTEN {
        assert!(serde_json::from_str::<Corrections>(json).is_ok(), "serde_json refuses {json}");
        assert_eq!(json::corrections(json), None, "read {json}");
    }
}

#[test]
fn a_lone_surrogate_nobody_reads_is_valid_json() {
    // As in serde_json: a string is checked for pairs only when read as text.
    assert_eq!(json::parse(r#""\ud800""#), Some(Value::Str(None)));
    assert_eq!(json::parse(r#""\udc00x\ud800\ud800""#), Some(Value::Str(None)));
    assert_eq!(json::parse(r#"{"\ud800":1}"#), Some(Value::Object(vec![(None, Value::Number("1".into()))])));
}

#[test]
fn nesting_is_limited_as_serde_json_limits_it() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(json::parse(&deep(MAX_DEPTH)).is_some());
    assert!(json::parse(&deep(MAX_DEPTH + 1)).is_none());
    assert!(serde_json::from_str::<serde_json::Value>(&deep(MAX_DEPTH)).is_ok());
    assert!(serde_json::from_str::<serde_json::Value>(&deep(MAX_DEPTH + 1)).is_err());
    // Hostile input is refused, not a stack overflow.
    assert_eq!(json::parse(&"[".repeat(100_000)), None);
    assert_eq!(json::parse(&"{\"a\":".repeat(100_000)), None);
}

#[test]
fn numbers_follow_the_grammar() {
    for ok in ["0", "-0", "12", "-3.25", "1e5", "1E+5", "2.5e-10", "123456789012345678901234567890"] {
        assert_eq!(json::parse(ok), Some(Value::Number(ok.into())), "{ok}");
    }
    for bad in ["01", "+1", ".5", "1.", "1e", "1e+", "-", "--1", "0x10", "1 2", "NaN", "Infinity"] {
        assert_eq!(json::parse(bad), None, "{bad}");
        assert!(serde_json::from_str::<serde_json::Value>(bad).is_err(), "{bad}");
    }
}

#[test]
fn whole_numbers_are_read_as_serde_reads_a_u64() {
    for (text, expected) in [("0", Some(0)), ("7", Some(7)), ("18446744073709551615", Some(u64::MAX)), ("18446744073709551616", None), ("-1", None), ("-0", None), ("1.0", None), ("1e0", None)] {
        let ours = json::parse(text).and_then(json::whole);
        assert_eq!(ours, expected, "{text}");
        assert_eq!(ours, serde_json::from_str::<u64>(text).ok(), "{text}");
    }
}

proptest! {
    /// Any text serde_json writes reads back unchanged.
    #[test]
    fn any_string_round_trips(text in any::<String>()) {
        let json = serde_json::to_string(&text).unwrap();
        prop_assert_eq!(json::parse(&json), Some(Value::Str(Some(text))));
    }

    /// No input panics, and where serde_json reads a JSON value, so do we.
    #[test]
    fn any_input_is_read_or_refused_like_serde_json(json in "[\\[\\]{}\":,0-9a-z\\\\ .eE+-]{0,40}") {
        let ours = json::parse(&json).is_some();
        prop_assert_eq!(ours, serde_json::from_str::<serde::de::IgnoredAny>(&json).is_ok(), "{}", json);
    }
}
