//! A small JSON reader for the page: every JSON the page reads (saved
//! libraries, reports files, links) goes through it, so that serde_json's
//! deserializer, its visitors per type and its float parsing stay out of
//! the page's wasm (about 22 KB of gzip). Writing stays with serde_json.
//!
//! [`parse`] reads RFC 8259 JSON into a [`Value`], and the readers below
//! take the model's types out of one, accepting what serde's derives
//! accept: fields in any order, unknown fields ignored, a field named twice
//! refused, `#[serde(default)]` fields absent, `Option`s absent or `null`,
//! tuples as arrays of their exact length.
//!
//! Invariants: total (no input panics), linear in the input's length, and
//! at most [`MAX_DEPTH`] arrays and objects deep, so hostile input cannot
//! exhaust the stack. Strings follow serde_json: control characters are
//! refused, and a string with a lone surrogate escape is valid JSON but
//! cannot be read as text ([`Value::Str`] holds `None`), nor be a key of an
//! object that is read.
//!
//! Where serde_json accepts more, this reader refuses, on purpose: structs
//! written as arrays, enums written as `{"name": null}`, and values nested
//! deeper than [`MAX_DEPTH`] in fields nobody reads. Parallax never writes
//! any of them.

use parallax_model::{Correction, CorrectionTag, Corrections, Kind, TaggedCorrection};

/// How many arrays and objects may nest (serde_json refuses its 128th
/// level where it reads values, as this reader does everywhere).
pub const MAX_DEPTH: usize = 127;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its text (valid JSON number syntax).
    Number(String),
    /// A string; `None` if it holds a lone surrogate escape.
    Str(Option<String>),
    /// An array.
    Array(Vec<Value>),
    /// An object's members in order; a key is `None` if it holds a lone
    /// surrogate escape.
    Object(Vec<(Option<String>, Value)>),
}

/// The value `json` holds, or `None` if it is not one JSON value (with
/// whitespace around it).
pub fn parse(json: &str) -> Option<Value> {
    let mut cursor = Cursor { bytes: json.as_bytes(), at: 0 };
    let value = cursor.value(0)?;
    cursor.skip_whitespace();
    (cursor.at == cursor.bytes.len()).then_some(value)
}

/// Where the reader is in the input.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// Eats `byte` after whitespace, if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let here = self.peek() == Some(byte);
        self.at += usize::from(here);
        here
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.skip_whitespace();
        let rest = self.bytes.get(self.at..)?;
        for (word, value) in [(&b"null"[..], Value::Null), (b"true", Value::Bool(true)), (b"false", Value::Bool(false))] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Some(value);
            }
        }
        match self.peek()? {
            b'"' => {
                self.at += 1;
                Some(Value::Str(self.string()?))
            }
            b'-' | b'0'..=b'9' => self.number(),
            b'[' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Some(Value::Array(items));
                    }
                    self.eat(b',').then_some(())?;
                }
            }
            b'{' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut members = Vec::new();
                if self.eat(b'}') {
                    return Some(Value::Object(members));
                }
                loop {
                    self.eat(b'"').then_some(())?;
                    let key = self.string()?;
                    self.eat(b':').then_some(())?;
                    members.push((key, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Some(Value::Object(members));
                    }
                    self.eat(b',').then_some(())?;
                }
            }
            _ => None,
        }
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        self.at += usize::from(self.peek() == Some(b'-'));
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else {
            self.digits()?;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            self.digits()?;
        }
        let text = std::str::from_utf8(self.bytes.get(start..self.at)?).ok()?;
        Some(Value::Number(text.to_string()))
    }

    /// One or more ASCII digits.
    fn digits(&mut self) -> Option<()> {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        (self.at > start).then_some(())
    }

    /// The rest of a string after its opening quote: `Some(None)` if it
    /// holds a lone surrogate, `None` if it is not a valid string.
    fn string(&mut self) -> Option<Option<String>> {
        let mut out: Vec<u8> = Vec::new();
        let mut lone = false;
        loop {
            let start = self.at;
            while self.peek().is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.extend_from_slice(self.bytes.get(start..self.at)?);
            match self.next()? {
                b'"' => break,
                b'\\' => {}
                _ => return None,
            }
            let unit = match self.next()? {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => match self.hex()? {
                    high @ 0xD800..=0xDBFF => match self.low_surrogate() {
                        Some(low) => char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?,
                        None => {
                            lone = true;
                            continue;
                        }
                    },
                    unit => match char::from_u32(unit) {
                        Some(c) => c,
                        None => {
                            lone = true;
                            continue;
                        }
                    },
                },
                _ => return None,
            };
            out.extend_from_slice(unit.encode_utf8(&mut [0; 4]).as_bytes());
        }
        // Whole UTF-8 runs of a `&str` and whole characters: always valid.
        Some((!lone).then(|| String::from_utf8(out).ok()).flatten())
    }

    /// Four hex digits after `\u`.
    fn hex(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        let mut unit = 0;
        for digit in digits {
            unit = unit * 16 + char::from(*digit).to_digit(16)?;
        }
        self.at += 4;
        Some(unit)
    }

    /// A `\uDC00`–`\uDFFF` escape, eaten if it comes next.
    fn low_surrogate(&mut self) -> Option<u32> {
        let start = self.at;
        if self.bytes.get(start..start + 2) != Some(b"\\u") {
            return None;
        }
        self.at += 2;
        match self.hex() {
            Some(low @ 0xDC00..=0xDFFF) => Some(low),
            _ => {
                self.at = start;
                None
            }
        }
    }
}

/// The members of `object` named in `names`, taken out of it, or `None` if
/// it is not an object, names one twice, or has a key that is not text.
pub fn fields<const N: usize>(object: &mut Value, names: [&str; N]) -> Option<[Option<Value>; N]> {
    let Value::Object(members) = object else { return None };
    let mut found: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (key, value) in members {
        let key = key.as_deref()?;
        if let Some(slot) = names.iter().position(|name| *name == key) {
            if found[slot].is_some() {
                return None;
            }
            found[slot] = Some(std::mem::replace(value, Value::Null));
        }
    }
    Some(found)
}

/// The text of a string.
pub fn text(value: Value) -> Option<String> {
    match value {
        Value::Str(text) => text,
        _ => None,
    }
}

/// An `Option<String>` field, absent or `null` if there is none.
pub fn optional_text(value: Option<Value>) -> Option<Option<String>> {
    match value {
        None | Some(Value::Null) => Some(None),
        Some(value) => text(value).map(Some),
    }
}

/// A whole number that fits a `u64`, written without fraction or exponent.
pub fn whole(value: Value) -> Option<u64> {
    match value {
        Value::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
        _ => None,
    }
}

/// Each item of an array, read by `item`.
pub fn list<T>(value: Value, item: fn(Value) -> Option<T>) -> Option<Vec<T>> {
    match value {
        Value::Array(items) => items.into_iter().map(item).collect(),
        _ => None,
    }
}

/// A `#[serde(default)]` list: empty if absent, else as [`list`].
pub fn list_or_empty<T>(value: Option<Value>, item: fn(Value) -> Option<T>) -> Option<Vec<T>> {
    value.map_or(Some(Vec::new()), |value| list(value, item))
}

/// The two items of an array of exactly two (a Rust tuple).
pub fn two(value: Value) -> Option<(Value, Value)> {
    let Value::Array(items) = value else { return None };
    let [a, b]: [Value; 2] = items.try_into().ok()?;
    Some((a, b))
}

/// A pair of strings.
pub fn text_pair(value: Value) -> Option<(String, String)> {
    let (a, b) = two(value)?;
    Some((text(a)?, text(b)?))
}

/// [`Corrections`] written by serde_json, or `None` if `json` does not
/// read as them.
pub fn corrections(json: &str) -> Option<Corrections> {
    read_corrections(parse(json)?)
}

/// [`Corrections`]: `{"items": [...]}`, the items optional.
pub fn read_corrections(mut value: Value) -> Option<Corrections> {
    let [items] = fields(&mut value, ["items"])?;
    Some(Corrections { items: list_or_empty(items, read_correction)? })
}

/// One [`Correction`], through the same checks as serde's
/// ([`TaggedCorrection`]), so a malformed one is refused as it would be.
fn read_correction(mut value: Value) -> Option<Correction> {
    let [tag, text, name, kind, into, from] = fields(&mut value, ["type", "text", "name", "kind", "into", "from"])?;
    let kind = match kind {
        None | Some(Value::Null) => None,
        Some(kind) => Some(Kind::parse(&self::text(kind)?)?),
    };
    let tagged = TaggedCorrection {
        tag: CorrectionTag::parse(&self::text(tag?)?)?,
        text: optional_text(text)?,
        name: optional_text(name)?,
        kind,
        into: optional_text(into)?,
        from: optional_text(from)?,
    };
    Correction::try_from(tagged).ok()
}
