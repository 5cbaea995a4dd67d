//! The `parallax` command as a user runs it: what it accepts, what it
//! refuses (the same inputs the app refuses) and its exit codes.

use std::path::PathBuf;
use std::process::{Command, Output};

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().expect("the binary runs")
}

/// A file in a fresh temporary directory for this test.
fn file(test: &str, name: &str, contents: &[u8]) -> String {
    let dir: PathBuf = std::env::temp_dir().join(format!("parallax-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("the temporary directory is writable");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("the file is writable");
    path.to_string_lossy().into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn help_anywhere_prints_the_usage() {
    let report = file("help", "report.txt", b"Ana Gomez said 40 nurses came.");
    for args in [&["--help"][..], &["-h"], &["analyze", "--help"], &["analyze", &report, "-h"], &["nonsense", "--help"]] {
        let output = parallax(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stdout).starts_with("usage: parallax analyze"), "{args:?}");
    }
}

#[test]
fn a_text_report_is_analysed() {
    let report = file("text", "report.txt", "Ana Gómez said 40 nurses came to Lima.".as_bytes());
    let output = parallax(&["analyze", &report]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("\"reports\""));
    // After `--` a name that looks like an option is a file.
    let dashed = file("text", "-h", b"Ana Gomez said 40 nurses came.");
    let dir = std::path::Path::new(&dashed).parent().expect("a directory").to_owned();
    let output = Command::new(env!("CARGO_BIN_EXE_parallax")).current_dir(dir).args(["analyze", "--", "-h"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn inputs_the_app_refuses_are_refused_with_a_reason() {
    let big = "Ana Gomez said 40 nurses came. ".repeat(8 * 1024 * 1024 / 31 + 1);
    let cases: &[(&str, &[u8], &str)] = &[
        // NUL bytes: an image, an archive, an executable.
        ("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", "binary"),
        // Mostly bytes that are not UTF-8.
        ("latin.bin", &[0xff, 0xfe, 0xfd, 0x81, 0x82, 0x83, b'a', 0x90, 0x91, 0x92], "binary"),
        ("empty.txt", b"", "no text"),
        ("blank.txt", b"  \n\t\n ", "no text"),
        ("big.txt", big.as_bytes(), "up to 8 MB"),
    ];
    for (name, contents, why) in cases {
        let path = file("refused", name, contents);
        let output = parallax(&["analyze", &path]);
        assert_eq!(output.status.code(), Some(1), "{name}");
        assert!(output.stdout.is_empty(), "{name}: nothing printed on stdout");
        assert!(stderr(&output).contains(why), "{name}: {}", stderr(&output));
    }
    let output = parallax(&["analyze", "/no/such/report.txt"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("cannot read"));
}

#[test]
fn bad_usage_exits_with_two() {
    for args in [&[][..], &["analyze"], &["analyse", "x.txt"], &["analyze", "--json", "x.txt"]] {
        let output = parallax(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains("usage: parallax analyze"), "{args:?}");
    }
}
