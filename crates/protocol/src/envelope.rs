//! gloo-worker's messages as the page writes and reads them: by hand, in
//! the bytes bincode gives them, so that the page holds neither bincode nor
//! serde's derived code for [`Request`] and [`Response`] (the worker, which
//! gloo-worker's registrar runs, still reads and writes them with both).
//!
//! gloo-worker 0.5 (`actor/messages.rs`) wraps a request in
//! `ToWorker::ProcessInput(HandlerId, Input)` and an answer in
//! `FromWorker::ProcessOutput(HandlerId, Output)`, and its codec is
//! `bincode::serialize` with bincode 1.3's defaults: integers little-endian
//! and fixed-width, `usize` as `u64`, an enum's variant as a `u32` index in
//! declaration order, an `Option` as a one-byte tag then its value, strings
//! and lists (and `serde_bytes`) as a `u64` length then their items, a
//! struct as its fields in order. The tests check both directions against
//! bincode itself.
//!
//! Reading is total, as the wire form's is: a read that fails marks the
//! reader as failed and gives a default value, and the whole is refused at
//! the end; a length larger than what is left is refused before anything
//! is allocated for it.

use parallax_model::Span;

use crate::{Board, Cell, Draft, Export, Key, Request, Response, Row, Section, Tone};

/// A message from the worker, as gloo-worker's registrar writes it
/// (`FromWorker`, in the same order).
#[derive(Debug)]
pub enum FromWorker {
    /// The worker's code has loaded: it can take requests.
    WorkerLoaded,
    /// An answer, with the handler id of the page that asked.
    ProcessOutput(usize, Response),
}

/// The handler id the page gives itself; it has one.
const PAGE: u64 = 0;

/// `ToWorker::ProcessInput`'s index: after `Connected`, before
/// `Disconnected` and `Destroy`, which the page never sends (a worker is
/// terminated rather than told to close).
const PROCESS_INPUT: u32 = 1;

/// The bytes that send `request` to the worker.
pub fn to_worker(request: &Request) -> Vec<u8> {
    let mut out = Out(Vec::new());
    out.u32(PROCESS_INPUT);
    out.u64(PAGE);
    match request {
        Request::Analyse { key, reports, export, sources } => {
            out.u32(0);
            out.pairs(&key.reports);
            out.text(&key.corrections);
            out.pairs(reports);
            match export {
                None => out.0.push(0),
                Some(export) => {
                    out.0.push(1);
                    out.u32(*export as u32);
                }
            }
            out.u64(sources.len() as u64);
            for source in sources {
                out.text(source);
            }
        }
        Request::Import { name, text, slot } => {
            out.u32(1);
            out.text(name);
            out.text(text);
            out.u64(*slot as u64);
        }
        Request::Story { key, reports } => {
            out.u32(3);
            out.pairs(&key.reports);
            out.text(&key.corrections);
            out.pairs(reports);
        }
        Request::Search { id, query, pattern, texts } => {
            out.u32(2);
            out.u32(*id);
            out.text(query);
            out.0.push(u8::from(*pattern));
            out.u64(texts.len() as u64);
            for text in texts {
                out.text(text);
            }
        }
    }
    out.0
}

/// A message from the worker, read from its bytes; `None` if they are not one.
pub fn from_worker(bytes: &[u8]) -> Option<FromWorker> {
    let mut input = In { rest: bytes, failed: false };
    let message = match input.tag(2) {
        0 => FromWorker::WorkerLoaded,
        _ => {
            let id = input.usize();
            FromWorker::ProcessOutput(id, input.response())
        }
    };
    (!input.failed).then_some(message)
}

/// Bytes being written.
struct Out(Vec<u8>);

impl Out {
    fn u32(&mut self, value: u32) {
        self.0.extend_from_slice(&value.to_le_bytes());
    }

    fn u64(&mut self, value: u64) {
        self.0.extend_from_slice(&value.to_le_bytes());
    }

    fn text(&mut self, text: &str) {
        self.u64(text.len() as u64);
        self.0.extend_from_slice(text.as_bytes());
    }

    /// Report ids (or texts) and their given titles.
    fn pairs(&mut self, pairs: &[(String, Option<String>)]) {
        self.u64(pairs.len() as u64);
        for (first, title) in pairs {
            self.text(first);
            match title {
                None => self.0.push(0),
                Some(title) => {
                    self.0.push(1);
                    self.text(title);
                }
            }
        }
    }
}

/// The bytes not read yet, and whether a read has failed.
struct In<'a> {
    rest: &'a [u8],
    failed: bool,
}

impl<'a> In<'a> {
    /// The next `n` bytes, or none (and the reader failed) if fewer are left.
    fn take(&mut self, n: usize) -> &'a [u8] {
        if n > self.rest.len() {
            self.failed = true;
            return &[];
        }
        let (taken, rest) = self.rest.split_at(n);
        self.rest = rest;
        taken
    }

    /// The next `N` bytes, or zeros (and the reader failed) if fewer are left.
    fn array<const N: usize>(&mut self) -> [u8; N] {
        let mut bytes = [0; N];
        let taken = self.take(N);
        if taken.len() == N {
            bytes.copy_from_slice(taken);
        }
        bytes
    }

    fn u64(&mut self) -> u64 {
        u64::from_le_bytes(self.array())
    }

    fn usize(&mut self) -> usize {
        let value = self.u64();
        usize::try_from(value).unwrap_or_else(|_| {
            self.failed = true;
            0
        })
    }

    fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.array())
    }

    /// An enum's variant index, or 0 (and the reader failed) if it is not
    /// below `limit`; an `Option`'s tag with `limit` 2 is read by
    /// [`In::flag`].
    fn tag(&mut self, limit: u32) -> u32 {
        let tag = self.u32();
        if tag >= limit {
            self.failed = true;
            return 0;
        }
        tag
    }

    /// An `Option`'s one-byte tag: whether a value follows.
    fn flag(&mut self) -> bool {
        match self.take(1) {
            [0] | [] => false,
            [1] => true,
            _ => {
                self.failed = true;
                false
            }
        }
    }

    /// A length, refused if more than the bytes left could hold.
    fn count(&mut self) -> usize {
        let n = self.usize();
        if n > self.rest.len() {
            self.failed = true;
            return 0;
        }
        n
    }

    fn bytes(&mut self) -> &'a [u8] {
        let n = self.count();
        self.take(n)
    }

    fn text(&mut self) -> String {
        match std::str::from_utf8(self.bytes()) {
            Ok(text) => text.to_string(),
            Err(_) => {
                self.failed = true;
                String::new()
            }
        }
    }

    fn title(&mut self) -> Option<String> {
        self.flag().then(|| self.text())
    }

    fn pairs(&mut self) -> Vec<(String, Option<String>)> {
        let n = self.count();
        let mut pairs = Vec::with_capacity(n);
        for _ in 0..n {
            pairs.push((self.text(), self.title()));
        }
        pairs
    }

    /// Each report's spans.
    fn hits(&mut self) -> Vec<Vec<Span>> {
        self.list(Self::spans)
    }

    /// Spans; a span that ends before it starts is refused.
    fn spans(&mut self) -> Vec<Span> {
        // A span takes 16 bytes: a count that the bytes left cannot hold
        // is refused before anything is allocated for it.
        let mut n = self.count();
        if n > self.rest.len() / 16 {
            self.failed = true;
            n = 0;
        }
        let mut spans = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, end) = (self.usize(), self.usize());
            self.failed |= start > end;
            spans.push(Span::new(start, end.max(start)));
        }
        spans
    }

    /// A list of what `item` reads; each item takes a byte at least.
    fn list<T>(&mut self, item: fn(&mut Self) -> T) -> Vec<T> {
        let n = self.count();
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(item(self));
        }
        items
    }

    fn board(&mut self) -> Board {
        Board {
            sections: self.list(|i| Section { title: i.text(), head: i.text(), none: i.text(), rows: i.list(Self::row) }),
        }
    }

    fn row(&mut self) -> Row {
        Row {
            name: self.text(),
            note: self.text(),
            group: self.flag(),
            cells: self.list(|i| Cell {
                text: i.text(),
                tag: i.text(),
                tone: [Tone::Plain, Tone::Agree, Tone::Compatible, Tone::Outlier, Tone::Missing][i.tag(5) as usize],
                sentences: i.spans(),
                marks: i.spans(),
            }),
        }
    }

    fn response(&mut self) -> Response {
        match self.tag(5) {
            0 => Response::Analysed {
                key: Key { reports: self.pairs(), corrections: self.text() },
                analysis: self.bytes().to_vec(),
            },
            1 => Response::Exported {
                export: if self.tag(2) == 0 { Export::Json } else { Export::Brief },
                contents: self.text(),
            },
            2 => Response::Imported {
                draft: Draft { text: self.text(), title: self.title(), source: self.text() },
                slot: self.usize(),
            },
            3 => Response::Found { id: self.u32(), hits: self.hits(), more: self.flag(), error: self.title() },
            _ => Response::Covered { key: Key { reports: self.pairs(), corrections: self.text() }, board: self.board() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The requests the page sends, with and without titles and exports.
    fn requests() -> Vec<Request> {
        let key = Key { reports: vec![(String::from("r1"), Some(String::from("Mine"))), (String::from("r2"), None)], corrections: String::from("{\"items\":[]}") };
        vec![
            Request::Analyse { key: key.clone(), reports: vec![(String::from("Text é."), None)], export: None, sources: Vec::new() },
            Request::Analyse { key: key.clone(), reports: Vec::new(), export: Some(Export::Json), sources: Vec::new() },
            Request::Analyse {
                key,
                reports: vec![(String::from("B"), Some(String::from("T")))],
                export: Some(Export::Brief),
                sources: vec![String::from("Le Monde"), String::from("report-b.html")],
            },
            Request::Import { name: String::from("a.md"), text: String::from("# A"), slot: 1 },
            Request::Search { id: 7, query: String::from(r"\d+ (nurses|doctors)"), pattern: true, texts: vec![String::from("Díaz"), String::new()] },
            Request::Search { id: u32::MAX, query: String::new(), pattern: false, texts: Vec::new() },
            Request::Story { key: key_of_story(), reports: vec![(String::from("A."), None), (String::from("B."), Some(String::from("T"))), (String::from("C."), None)] },
            Request::Story { key: Key::default(), reports: Vec::new() },
        ]
    }

    /// The key of a story of three reports.
    fn key_of_story() -> Key {
        let reports = ["r1", "r2", "r3"].map(|id| (String::from(id), None)).to_vec();
        Key { reports, corrections: String::from("{\"items\":[]}") }
    }

    /// A board with a section of a group and a row of two cells.
    fn board() -> Board {
        let cell = |tone, sentences: Vec<Span>| Cell { text: String::from("1,300 workers"), tag: String::from("outlier"), tone, marks: sentences.clone(), sentences };
        let rows = vec![
            Row { name: String::from("Named by one report only"), group: true, ..Row::default() },
            Row { name: String::from("1,200 workers"), note: String::from("3 of 4 give 1,200"), group: false, cells: vec![cell(Tone::Outlier, vec![Span::new(3, 9)]), cell(Tone::Missing, Vec::new())] },
        ];
        Board { sections: vec![Section { title: String::from("Figures"), head: String::from("Quantity"), none: String::from("None."), rows }, Section::default()] }
    }

    /// The answers the worker gives.
    fn responses() -> Vec<Response> {
        let key = Key { reports: vec![(String::from("r1"), None), (String::from("r2"), Some(String::from("Two")))], corrections: String::new() };
        vec![
            Response::Analysed { key, analysis: vec![1, 2, 3, 255] },
            Response::Covered { key: key_of_story(), board: Board::default() },
            Response::Covered { key: key_of_story(), board: board() },
            Response::Exported { export: Export::Json, contents: String::from("{}") },
            Response::Exported { export: Export::Brief, contents: String::from("# Brief") },
            Response::Imported { draft: Draft { text: String::from("Text."), title: Some(String::from("T")), source: String::from("a.md") }, slot: 1 },
            Response::Imported { draft: Draft::default(), slot: 0 },
            Response::Found { id: 3, hits: vec![vec![Span::new(0, 4), Span::new(9, 20)], Vec::new()], more: true, error: None },
            Response::Found { id: u32::MAX, hits: Vec::new(), more: false, error: Some(String::from("regex parse error:\n    (said\n    ^\nerror: unclosed group")) },
        ]
    }

    #[test]
    fn requests_are_the_bytes_bincode_gives_gloo_workers_envelope() {
        // gloo-worker's `ToWorker::ProcessInput(HandlerId, Request)` is
        // its second variant: a u32 index, the id as a u64, the request.
        for request in requests() {
            let bytes = bincode::serialize(&(1u32, 0u64, &request)).expect("serializes");
            assert_eq!(to_worker(&request), bytes);
        }
    }

    #[test]
    fn answers_are_read_from_the_bytes_bincode_gives_them() {
        // `FromWorker::WorkerLoaded` is its first variant, `ProcessOutput`
        // its second.
        assert!(matches!(from_worker(&bincode::serialize(&0u32).unwrap()), Some(FromWorker::WorkerLoaded)));
        for answer in responses() {
            let bytes = bincode::serialize(&(1u32, 0u64, &answer)).expect("serializes");
            assert!(matches!(from_worker(&bytes), Some(FromWorker::ProcessOutput(0, back)) if back == answer));
        }
    }

    #[test]
    fn damaged_messages_are_refused() {
        assert!(from_worker(&[9, 9]).is_none());
        assert!(from_worker(&[2, 0, 0, 0]).is_none());
        let answer = Response::Imported { draft: Draft::default(), slot: 0 };
        let bytes = bincode::serialize(&(1u32, 0u64, &answer)).expect("serializes");
        // Every shortened copy is refused, none read as something else.
        for end in 4..bytes.len() {
            assert!(from_worker(&bytes[..end]).is_none(), "{end} bytes");
        }
        // A length beyond the bytes left, and text that is not UTF-8.
        let mut long = bincode::serialize(&(1u32, 0u64, 1u32)).unwrap();
        long.extend_from_slice(&u64::MAX.to_le_bytes());
        assert!(from_worker(&long).is_none());
        let bad = bincode::serialize(&(1u32, 0u64, 1u32, 1u32, vec![0xffu8])).unwrap();
        assert!(from_worker(&bad).is_none());
        // An unknown export, and an option's tag that is neither 0 nor 1.
        let export = bincode::serialize(&(1u32, 0u64, 1u32, 7u32, "x")).unwrap();
        assert!(from_worker(&export).is_none());
        let title = bincode::serialize(&(1u32, 0u64, 2u32, "t", 5u8)).unwrap();
        assert!(from_worker(&title).is_none());
        // A span that ends before it starts, and more spans than bytes.
        let backwards = bincode::serialize(&(1u32, 0u64, 3u32, 1u32, vec![vec![[9u64, 2u64]]], false, None::<String>)).unwrap();
        assert!(from_worker(&backwards).is_none());
        let mut many = bincode::serialize(&(1u32, 0u64, 3u32, 1u32, 1u64)).unwrap();
        many.extend_from_slice(&2u64.to_le_bytes());
        many.extend_from_slice(&[0; 24]);
        assert!(from_worker(&many).is_none());
        // Every shortened copy of a story's coverage is refused.
        let covered = Response::Covered { key: key_of_story(), board: board() };
        let bytes = bincode::serialize(&(1u32, 0u64, &covered)).expect("serializes");
        for end in 4..bytes.len() {
            assert!(from_worker(&bytes[..end]).is_none(), "{end} bytes");
        }
        // Every shortened copy of an answer with hits is refused too.
        let found = Response::Found { id: 1, hits: vec![vec![Span::new(1, 2)]], more: false, error: Some(String::from("e")) };
        let bytes = bincode::serialize(&(1u32, 0u64, &found)).expect("serializes");
        for end in 4..bytes.len() {
            assert!(from_worker(&bytes[..end]).is_none(), "{end} bytes");
        }
    }
}
