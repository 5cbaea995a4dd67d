//! The `parallax` command as a user runs it: its subcommands on small
//! made-up reports, standard input, what it refuses (the same inputs the
//! app refuses) and its exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use parallax_analysis::{Input, analyze};
use parallax_formats::{About, brief_about, to_json};

/// Two short reports of one story that disagree on a figure.
const A: &str = "On Friday 40 nurses arrived in Lima, said Ana Gómez, the health minister.";
const B: &str = "Ana Gómez said 45 nurses arrived in Lima on Friday.";

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().expect("the binary runs")
}

/// `parallax args` with `stdin` on its standard input.
fn parallax_reading(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The command may refuse before it reads all of it: a closed pipe is fine.
    let _ = child.stdin.take().expect("a pipe").write_all(stdin);
    child.wait_with_output().expect("the binary ends")
}

/// A file in a fresh temporary directory for this test.
fn file(test: &str, name: &str, contents: &[u8]) -> String {
    let path = dir(test).join(name);
    std::fs::write(&path, contents).expect("the file is writable");
    path.to_string_lossy().into_owned()
}

fn dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("the temporary directory is writable");
    dir
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn help_lists_the_subcommands_and_version_names_the_release() {
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let output = parallax(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let help = stdout(&output);
        assert!(help.contains("Usage: parallax <COMMAND>"), "{args:?}: {help}");
        for command in ["analyze", "compare", "brief", "search"] {
            assert!(help.contains(command), "{args:?} names {command}");
        }
    }
    let output = parallax(&["compare", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("Usage: parallax compare [OPTIONS] <A> <B>"), "{}", stdout(&output));
    assert!(stdout(&output).contains("--pretty"));
    let output = parallax(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), format!("parallax {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn analyze_prints_the_documented_json_on_one_line_or_indented() {
    let report = file("analyze", "report.txt", A.as_bytes());
    let output = parallax(&["analyze", &report]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json = stdout(&output);
    assert_eq!(json.lines().count(), 1, "one line");
    assert!(json.contains(r#""text":"Ana Gómez""#), "{json}");
    assert!(!json.contains("\"comparison\""), "one report has no comparison");
    let output = parallax(&["analyze", "--pretty", &report]);
    assert_eq!(stdout(&output), to_json(&analyze(&[Input::new(A)])) + "\n");
}

#[test]
fn compare_prints_the_apps_export_json_for_the_pair() {
    let a = file("compare", "a.txt", A.as_bytes());
    let b = file("compare", "b.txt", B.as_bytes());
    let output = parallax(&["compare", "--pretty", &a, &b]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), to_json(&analyze(&[Input::new(A), Input::new(B)])) + "\n");
    let compact = stdout(&parallax(&["compare", &a, &b]));
    assert_eq!(compact.lines().count(), 1);
    assert!(compact.contains(r#""comparison":{"#), "{compact}");
}

#[test]
fn brief_prints_the_apps_markdown_brief() {
    let a = file("brief", "a.txt", A.as_bytes());
    let b = file("brief", "b.txt", B.as_bytes());
    let output = parallax(&["brief", &a, &b]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let markdown = stdout(&output);
    let about = [About { text: A, title: None, source: &a }, About { text: B, title: None, source: &b }];
    assert_eq!(markdown, brief_about(&analyze(&[Input::new(A), Input::new(B)]), &about));
    assert!(markdown.starts_with("# Parallax brief"));
    assert!(markdown.contains(&format!(" — {}", a.replace('_', "\\_"))), "the brief names each file: {markdown}");
    assert!(markdown.contains("| Conflict | 40 nurses | 45 nurses |"), "{markdown}");
}

/// Three made-up reports of one flood: C gives another number of people
/// displaced, and only B names the colonel.
const STORY: [&str; 3] = [
    "Floods in the river valley forced 1,200 people from their homes on Tuesday, the regional governor said.\n\nBuses left at dawn.\n",
    "Floods in the river valley forced 1,200 people from their homes on Tuesday, the regional governor said.\n\nColonel Ivo Brandt sent the army's trucks.\n",
    "Floods in the river valley forced 1,300 people from their homes on Tuesday, the regional governor said.\n\nShops stayed shut.\n",
];

#[test]
fn analyze_of_three_reports_gives_the_storys_coverage() {
    let files: Vec<String> =
        STORY.iter().enumerate().map(|(i, text)| file("story", &format!("{i}.txt"), text.as_bytes())).collect();
    let output = parallax(&["analyze", &files[0], &files[1], &files[2]]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert!(json.get("comparison").is_none(), "three reports make no pair");
    let coverage = &json["coverage"];
    let letters: Vec<&str> = coverage["reports"].as_array().into_iter().flatten().filter_map(|r| r["letter"].as_str()).collect();
    assert_eq!(letters, ["A", "B", "C"]);
    let row = &coverage["figures"][0];
    assert_eq!(row["note"], "2 of 3 give 1,200; C gives 1,300");
    let standings: Vec<&str> = row["cells"].as_array().into_iter().flatten().filter_map(|c| c["standing"].as_str()).collect();
    assert_eq!(standings, ["consensus", "consensus", "outlier"]);
    let outlier = &row["cells"][2]["figures"][0];
    let (start, end) = (outlier["start"].as_u64().unwrap_or(0) as usize, outlier["end"].as_u64().unwrap_or(0) as usize);
    assert_eq!((&STORY[2][start..end], &outlier["text"]), ("1,300", &serde_json::json!("1,300")));
    let colonel = coverage["entities"].as_array().into_iter().flatten().find(|e| e["name"] == "Ivo Brandt");
    assert_eq!(colonel.map(|e| e["counts"].clone()), Some(serde_json::json!([0, 1, 0])), "{coverage}");
    assert_eq!(coverage["shared_share"].as_array().map(Vec::len), Some(3));
    // The brief of the same files covers the story.
    let brief = stdout(&parallax(&["brief", &files[0], &files[1], &files[2]]));
    assert!(brief.contains("## Coverage across 3 reports"), "{brief}");
    assert!(brief.contains("2 of 3 give 1,200; C gives 1,300"), "{brief}");
    assert!(brief.contains("- **B:** Ivo Brandt (person)"), "{brief}");
}

#[test]
fn search_prints_each_hit_as_grep_does_or_as_json_lines() {
    let a = file("search", "a.txt", "Nurses\n\nAna Díaz said 1,200 nurses came;\nDIAZ said 35 doctors.".as_bytes());
    let b = file("search", "b.txt", B.as_bytes());
    let output = parallax(&["search", r"\d[\d,]* (nurses|doctors)", &a, &b]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("{a}:3:15: 1,200 nurses\n{a}:4:11: 35 doctors\n{b}:1:16: 45 nurses\n"));
    // Accents and case do not matter; JSON lines carry byte offsets.
    let output = parallax_reading(&["search", "--json", "gomez", "-"], B.as_bytes());
    let hit: serde_json::Value = serde_json::from_str(stdout(&output).trim()).expect("one JSON line");
    assert_eq!((hit["file"].as_str(), hit["text"].as_str(), hit["start"].as_u64()), (Some("standard input"), Some("Gómez"), Some(4)));
    // Nothing found is no error.
    let output = parallax(&["search", "tsunami", &b]);
    assert_eq!((output.status.code(), stdout(&output)), (Some(0), String::new()));
    // A pattern that is not one: the regex crate's message, exit 2, before any file is read.
    let output = parallax(&["search", "(said", "/no/such/file"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unclosed group"), "{}", stderr(&output));
    // A pattern that would hang a backtracking engine on this text ends
    // (the engine is linear in the text), finding nothing.
    let long = file("search", "long.txt", format!("{}b", "a".repeat(200_000)).as_bytes());
    let output = parallax(&["search", "(a+)+$", &long]);
    assert_eq!((output.status.code(), stdout(&output)), (Some(0), String::new()));
}

#[test]
fn a_dash_reads_standard_input() {
    let b = file("stdin", "b.txt", B.as_bytes());
    let output = parallax_reading(&["brief", "-", &b], A.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let about = [About { text: A, title: None, source: "standard input" }, About { text: B, title: None, source: &b }];
    assert_eq!(stdout(&output), brief_about(&analyze(&[Input::new(A), Input::new(B)]), &about));
    let output = parallax_reading(&["analyze", "-"], B.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains(r#""value":45.0,"high":null,"unit":"nurses""#), "{}", stdout(&output));
    // After `--` a name that looks like an option is a file's.
    let dashed = file("stdin", "-h", A.as_bytes());
    let parent = std::path::Path::new(&dashed).parent().expect("a directory").to_owned();
    let output =
        Command::new(env!("CARGO_BIN_EXE_parallax")).current_dir(parent).args(["analyze", "--", "-h"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn inputs_the_app_refuses_are_refused_with_a_reason_and_exit_one() {
    let big = "Ana Gomez said 40 nurses came. ".repeat(8 * 1024 * 1024 / 31 + 1);
    let cases: &[(&str, &[u8], &str)] = &[
        // NUL bytes: an image, an archive, an executable.
        ("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", "looks like a binary file, not text"),
        // Mostly bytes that are not UTF-8.
        ("latin.bin", &[0xff, 0xfe, 0xfd, 0x81, 0x82, 0x83, b'a', 0x90, 0x91, 0x92], "looks like a binary file, not text"),
        ("empty.txt", b"", "holds no text"),
        ("blank.txt", b"  \n\t\n ", "holds no text"),
        ("big.txt", big.as_bytes(), "is 8.0 MB; Parallax handles reports up to 8 MB"),
    ];
    let good = file("refused", "good.txt", A.as_bytes());
    for (name, contents, why) in cases {
        let path = file("refused", name, contents);
        for args in [&["analyze", &path][..], &["compare", &good, &path], &["brief", &path, &good]] {
            let output = parallax(args);
            assert_eq!(output.status.code(), Some(1), "{args:?}");
            assert!(output.stdout.is_empty(), "{args:?}: nothing printed on stdout");
            assert_eq!(stderr(&output), format!("parallax: {path} {why}\n"), "{args:?}");
        }
    }
    let output = parallax(&["analyze", "/no/such/report.txt"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with("parallax: cannot read /no/such/report.txt: "), "{}", stderr(&output));
    let folder = dir("refused").to_string_lossy().into_owned();
    let output = parallax(&["analyze", &folder]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), format!("parallax: {folder} is a directory, not a report file\n"));
}

#[test]
fn refused_standard_input_is_named_as_such() {
    let output = parallax_reading(&["analyze", "-"], b"");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), "parallax: standard input holds no text\n");
    let big = vec![b'a'; 8 * 1024 * 1024 + 10];
    let output = parallax_reading(&["analyze", "-"], &big);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), "parallax: standard input is over 8 MB; Parallax handles reports up to 8 MB\n");
}

#[test]
fn bad_usage_exits_with_two_and_says_what_is_wrong() {
    let report = file("usage", "report.txt", A.as_bytes());
    let cases: &[(&[&str], &str)] = &[
        // No command at all: the help, on standard error.
        (&[], "Usage: parallax <COMMAND>"),
        (&["analyze"], "the following required arguments were not provided"),
        (&["analyse", "x.txt"], "unrecognized subcommand 'analyse'"),
        (&["analyze", "--json", &report], "unexpected argument '--json'"),
        (&["compare", &report], "the following required arguments were not provided"),
        // A brief needs two reports at least (a pair, or a story of more).
        (&["brief", &report], "2 values required"),
        (&["compare", &report, &report, &report], "unexpected argument"),
        (&["compare", "-", "-"], "standard input (`-`) can be read only once"),
    ];
    for (args, why) in cases {
        let output = parallax(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(stderr(&output).contains(why), "{args:?}: {}", stderr(&output));
    }
}
