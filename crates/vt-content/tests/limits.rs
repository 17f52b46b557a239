//! The limits hold for files that are not ordinary packs: a pack of 1 MiB nested 100,000
//! deep, files that never end (`/dev/zero`, `/dev/urandom`, a FIFO fed endlessly), a
//! directory, a FIFO, files that cannot be read, and file names that are not UTF-8. Each
//! gives its documented error, with its code, and nothing hangs: every load runs on a
//! thread the test waits for at most [`TIMEOUT`].
//!
//! The tests run as root in CI, where `chmod 000` does not stop a read: the unreadable
//! cases are `/proc/self/mem` (its first page is never mapped: EIO) and a dangling
//! symbolic link. A file without read permission is the CLI's test
//! (`crates/vt-content-cli/tests/limits.rs`), which runs the CLI as `nobody` under root.
//!
//! A FIFO with no writer does not block: it is empty input (`json-truncated`). A catalog
//! directory reports its `*.json` entries that are not files to read.
#![cfg(unix)]

#[path = "support/fifo.rs"]
mod fifo;
#[path = "support/packs.rs"]
mod packs;

use std::ffi::OsStr;
use std::fs;
use std::io::{ErrorKind as IoKind, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use vt_content::{ContentPack, ErrorKind, LoadError, Loaded, MAX_PACK_BYTES};

/// The longest any load may take.
const TIMEOUT: Duration = Duration::from_secs(20);

/// A directory of its own for each test, under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("limits")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("the test makes its directory");
    dir
}

/// Loads `path` on a thread, failing the test if it takes longer than [`TIMEOUT`].
fn load(path: impl AsRef<Path>) -> Result<Loaded, LoadError> {
    let path = path.as_ref().to_owned();
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(ContentPack::from_path(&path));
    });
    result
        .recv_timeout(TIMEOUT)
        .unwrap_or_else(|_| panic!("loading took longer than {TIMEOUT:?}"))
}

/// The kind of error and the codes of its violations.
fn outcome(result: Result<Loaded, LoadError>) -> (String, Vec<String>) {
    match result {
        Ok(_) => ("loaded".to_owned(), Vec::new()),
        Err(error) => {
            let report = error.report();
            let codes = report
                .violations
                .iter()
                .map(|v| v.code.to_string())
                .collect();
            (report.kind.as_str().to_owned(), codes)
        }
    }
}

fn io_kind(result: Result<Loaded, LoadError>) -> IoKind {
    match result {
        Err(LoadError::Io { source, .. }) => source.kind(),
        other => panic!("expected an I/O error, got {:?}", other.map(|l| l.warnings)),
    }
}

/// `[` 100,000 times, then `]` 100,000 times, then `x` (which counts, where whitespace
/// would not): exactly [`MAX_PACK_BYTES`].
fn deeply_nested() -> Vec<u8> {
    let mut bytes = b"[".repeat(100_000);
    bytes.extend(b"]".repeat(100_000));
    bytes.resize(MAX_PACK_BYTES, b'x');
    bytes
}

#[test]
fn a_pack_of_1_mib_nested_100_000_deep_is_a_syntax_error() {
    let dir = scratch("nested");
    let path = dir.join("nested.json");
    fs::write(&path, deeply_nested()).expect("written");
    let started = Instant::now();
    let error = load(&path).expect_err("refused");
    assert!(
        matches!(error.kind(), ErrorKind::Syntax { line: 1, .. }),
        "{error}"
    );
    assert_eq!(
        outcome(Err(error)),
        ("syntax".into(), vec!["json-syntax".into()])
    );
    assert_eq!(
        outcome(ContentPack::from_slice(&deeply_nested())),
        ("syntax".into(), vec!["json-syntax".into()])
    );
    assert!(started.elapsed() < TIMEOUT);
}

/// The layout does not count: a pack padded with whitespace past 1 MiB loads, and so does
/// the canonical text of a pack near the limit, which indents it to half as large again.
/// Whitespace up to 4 MiB loads, and past it is too large; so is a pack of 1 MiB and one
/// byte besides it.
#[test]
fn the_layout_of_a_pack_does_not_count_towards_its_limit() {
    let padded = format!(
        "{}{}",
        vt_content::BUNDLED_JSON,
        " ".repeat(2 * MAX_PACK_BYTES)
    );
    assert_eq!(
        &ContentPack::from_json(&padded).unwrap().pack,
        vt_content::bundled()
    );

    // The bundled pack with its lists of items full of short texts, written compactly.
    let pack = packs::full_of_short_texts("Breathe.");
    let compact = pack.to_string();
    assert!(compact.len() < MAX_PACK_BYTES, "{} bytes", compact.len());
    let loaded = ContentPack::from_json(&compact).unwrap().pack;
    let canonical = loaded.to_json();
    assert!(
        canonical.len() > MAX_PACK_BYTES,
        "{} bytes",
        canonical.len()
    );
    assert_eq!(ContentPack::from_json(&canonical).unwrap().pack, loaded);

    let too_large = ("validation".to_owned(), vec!["pack-too-large".to_owned()]);
    let spaces = " ".repeat(vt_content::MAX_PACK_TEXT_BYTES - canonical.len() + 1);
    let at_the_limit = format!("{canonical}{}", &spaces[1..]);
    assert_eq!(at_the_limit.len(), vt_content::MAX_PACK_TEXT_BYTES);
    assert_eq!(ContentPack::from_json(&at_the_limit).unwrap().pack, loaded);
    assert_eq!(
        outcome(ContentPack::from_json(&(canonical + &spaces))),
        too_large
    );
    let over = format!(
        "{compact}{}",
        "x".repeat(MAX_PACK_BYTES + 1 - compact.len())
    );
    assert_eq!(outcome(ContentPack::from_json(&over)), too_large);
}

/// A pack with as many short texts as its lists may hold (60,000), translated, gives a
/// PO file within `MAX_PO_BYTES` that reads back, at under 100 bytes a message besides
/// its texts, as the limit's reasoning counts.
#[cfg(feature = "po")]
#[test]
fn the_po_file_of_a_pack_of_many_short_texts_is_within_its_limit() {
    use vt_content::po::{MAX_PO_BYTES, read_po, write_po};

    let pack = packs::full_of_short_texts("ab");
    let source = ContentPack::from_json(&pack.to_string()).unwrap().pack;
    let mut units = vt_content::translation_units(&source, None, None);
    assert!(units.len() > 60_000, "{} texts", units.len());
    for unit in &mut units {
        unit.target = Some(unit.source.clone());
    }
    let po = write_po(&source, &"cy".parse().unwrap(), &units);
    assert!(po.len() < MAX_PO_BYTES, "{} bytes", po.len());
    let texts: usize = units.iter().map(|unit| 2 * unit.source.len()).sum();
    assert!((po.len() - texts) / units.len() < 100, "{} bytes", po.len());
    assert_eq!(read_po(&po).unwrap().units, units);
}

#[test]
fn one_byte_over_1_mib_is_too_large() {
    let dir = scratch("over");
    let path = dir.join("over.json");
    let mut bytes = deeply_nested();
    bytes.push(b'x');
    fs::write(&path, &bytes).expect("written");
    let expected = ("validation".to_owned(), vec!["pack-too-large".to_owned()]);
    assert_eq!(outcome(load(&path)), expected);
    assert_eq!(outcome(ContentPack::from_slice(&bytes)), expected);

    // One byte of layout over is not counted: the text is read, and its syntax refused.
    bytes.pop();
    bytes.push(b'\n');
    assert_eq!(
        outcome(ContentPack::from_slice(&bytes)),
        ("syntax".into(), vec!["json-syntax".into()])
    );
}

#[test]
fn files_that_never_end_are_too_large() {
    for endless in ["/dev/zero", "/dev/urandom"] {
        assert_eq!(
            outcome(load(endless)),
            ("validation".into(), vec!["pack-too-large".into()]),
            "{endless}"
        );
    }
}

#[test]
fn a_fifo_fed_endlessly_is_too_large() {
    let dir = scratch("fifo-endless");
    let fifo = dir.join("endless");
    let (holder, mut file) = fifo::fifo_with_a_writer(&fifo);
    // Writes until every reader is gone (EPIPE: Rust ignores SIGPIPE).
    let writer = thread::spawn(move || -> std::io::Result<()> {
        let block = [b' '; 64 * 1024];
        loop {
            file.write_all(&block)?;
        }
    });
    assert_eq!(
        outcome(load(&fifo)),
        ("validation".into(), vec!["pack-too-large".into()])
    );
    drop(holder);
    let stopped = writer.join().expect("the writer does not panic");
    assert_eq!(stopped.map_err(|e| e.kind()), Err(IoKind::BrokenPipe));
}

#[test]
fn a_fifo_loads_what_its_writer_wrote() {
    let dir = scratch("fifo-pack");
    let fifo = dir.join("pack");
    let holder = fifo::fifo_with_a_reader_held(&fifo);
    fs::write(&fifo, vt_content::BUNDLED_JSON).expect("written");
    let loaded = load(&fifo).expect("the pack loads");
    assert_eq!(&loaded.pack, vt_content::bundled());
    drop(holder);
}

/// A FIFO whose writer is there but has not written yet is waited for: the loader opens
/// it without waiting, then reads as a blocking reader does, until the writer closes it.
/// (Left non-blocking, the read failed at once: "Resource temporarily unavailable".)
#[test]
fn a_fifo_is_read_until_its_writer_closes_it() {
    let dir = scratch("fifo-slow-writer");
    let fifo = dir.join("slow");
    let (holder, mut file) = fifo::fifo_with_a_writer(&fifo);
    drop(holder);
    let (opened, wait) = mpsc::channel::<()>();
    let writer = thread::spawn(move || {
        // The loader's read most likely comes first and finds the pipe empty; should it
        // come later, it finds the pack in two parts, and the test only waits less.
        wait.recv().expect("the loader is about to read");
        thread::sleep(Duration::from_millis(200));
        let (head, tail) = vt_content::BUNDLED_JSON.split_at(100);
        file.write_all(head.as_bytes()).expect("written");
        thread::sleep(Duration::from_millis(50));
        file.write_all(tail.as_bytes()).expect("written");
    });
    opened.send(()).expect("the writer waits");
    let loaded = load(&fifo).expect("the pack loads");
    assert_eq!(&loaded.pack, vt_content::bundled());
    writer.join().expect("the writer does not panic");
}

/// `open` on a FIFO waits for a writer; the loader opens it without waiting, so a FIFO
/// that no one writes to is empty input, at once.
#[test]
fn a_fifo_without_a_writer_is_empty_input() {
    let dir = scratch("fifo-no-writer");
    let fifo = dir.join("silent");
    fifo::mkfifo(&fifo);
    assert_eq!(
        outcome(load(&fifo)),
        ("syntax".into(), vec!["json-truncated".into()])
    );
}

#[test]
fn a_directory_is_an_io_error() {
    let dir = scratch("directory");
    assert_eq!(outcome(load(&dir)), ("io".into(), vec![]));
    assert_eq!(io_kind(load(&dir)), IoKind::IsADirectory);
}

#[test]
fn files_that_cannot_be_read_are_io_errors() {
    // /proc/self/mem opens, but its first page is never mapped: reading it fails (EIO),
    // even for root.
    assert_eq!(outcome(load("/proc/self/mem")), ("io".into(), vec![]));
    let dir = scratch("unreadable");
    let dangling = dir.join("dangling.json");
    std::os::unix::fs::symlink(dir.join("nothing-here"), &dangling).expect("a symlink");
    assert_eq!(io_kind(load(&dangling)), IoKind::NotFound);
    assert_eq!(io_kind(load(dir.join("missing.json"))), IoKind::NotFound);
}

#[test]
fn file_names_that_are_not_utf8_work() {
    let dir = scratch("names");
    let name = OsStr::from_bytes(b"pack-\xff\xfe-\xe9.json");
    assert!(name.to_str().is_none());
    let path = dir.join(name);
    fs::write(&path, vt_content::BUNDLED_JSON).expect("written");
    let loaded = load(&path).expect("loads");
    assert_eq!(&loaded.pack, vt_content::bundled());
    let missing = dir.join(OsStr::from_bytes(b"missing-\xff.json"));
    assert_eq!(io_kind(load(&missing)), IoKind::NotFound);
    let invalid = dir.join(OsStr::from_bytes(b"bad-\xff.json"));
    fs::write(&invalid, "{").expect("written");
    assert_eq!(
        outcome(load(&invalid)),
        ("syntax".into(), vec!["json-truncated".into()])
    );
}

/// A catalog directory's `*.json` entries that are not files to read are reported, each
/// as a file that did not load, beside the packs that did; so is a `released` that is not
/// a directory, and two names that differ only in bytes that are not UTF-8 stay two.
#[test]
fn a_catalog_reports_entries_that_are_not_pack_files() {
    let dir = scratch("catalog");
    fs::write(dir.join("en-GB.json"), vt_content::BUNDLED_JSON).expect("written");
    fs::create_dir(dir.join("folder.json")).expect("a directory");
    std::os::unix::fs::symlink(dir.join("nothing-here"), dir.join("gone.json")).expect("a link");
    fifo::mkfifo(&dir.join("pipe.json"));
    fs::write(dir.join("notes.txt"), "not a pack").expect("written");
    fs::write(dir.join("released"), "not a directory").expect("written");
    // Two names that differ only in bytes that are not UTF-8 stay two names.
    for name in [&b"odd-\xff.json"[..], b"odd-\xfe.json"] {
        fs::write(dir.join(OsStr::from_bytes(name)), "{").expect("written");
    }
    let Err(vt_content::CatalogError::Invalid {
        files, violations, ..
    }) = vt_content::Catalog::from_dir(&dir)
    else {
        panic!("the catalog should be refused");
    };
    let reported: Vec<(&str, &str)> = files
        .iter()
        .map(|file| (file.file.as_str(), file.report.kind.as_str()))
        .collect();
    assert_eq!(
        reported,
        [
            ("folder.json", "io"),
            ("gone.json", "io"),
            ("odd-\\xFE.json", "syntax"),
            ("odd-\\xFF.json", "syntax"),
            ("pipe.json", "syntax"),
            ("released", "io"),
        ]
    );
    // A file is named once, as the report's file, not again in its summary.
    assert_eq!(
        files[0].report.summary,
        "the pack could not be read: Is a directory (os error 21)"
    );
    assert!(violations.is_empty(), "{violations:?}");
}
