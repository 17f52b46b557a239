//! `vt-content validate` on files that are not ordinary packs: a pack of 1 MiB nested
//! 100,000 deep, files that never end, FIFOs, a directory, files that cannot be read and
//! file names that are not UTF-8. Each gives its documented error and exit status (1 for
//! an invalid pack, 2 for a file that cannot be read), and nothing hangs: every run is
//! killed after [`TIMEOUT`]. (As root, `chmod 000` stops no read: that case runs the CLI
//! as the user `nobody`.)
//!
//! A FIFO with no writer does not block: it is empty input (`json-truncated`). PO files
//! that `import-po` reads are held to the same: `/dev/zero`, text that is not UTF-8 and a
//! FIFO with no writer exit 1 at once (the FIFO as a file with no header), a directory 2.
#![cfg(unix)]

#[path = "../../vt-content/tests/support/fifo.rs"]
mod fifo;

use std::ffi::OsStr;
use std::fs;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

const TIMEOUT: Duration = Duration::from_secs(20);

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli-limits")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("the test makes its directory");
    dir
}

/// `vt-content validate --format json FILE`, started with `stdin`.
fn start(file: &OsStr, stdin: Stdio) -> Child {
    spawn(Command::new(env!("CARGO_BIN_EXE_vt-content")), file, stdin)
}

/// `command` (`vt-content`, or a program that runs it) with `validate --format json FILE`,
/// started with `stdin`.
fn spawn(mut command: Command, file: &OsStr, stdin: Stdio) -> Child {
    command
        .args(["validate", "--format", "json"])
        .arg(file)
        .env("NO_COLOR", "1")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts")
}

/// Waits for `child` at most `limit`; `None` if it is still running.
fn wait(child: &mut Child, limit: Duration) -> Option<i32> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            return Some(status.code().expect("an exit code"));
        }
        if Instant::now() >= deadline {
            return None;
        }
        thread::sleep(Duration::from_millis(10));
    }
}

/// The exit status, then the file's status, error kind and codes from the JSON report.
fn finish(mut child: Child) -> (i32, String, String, Vec<String>) {
    let Some(code) = wait(&mut child, TIMEOUT) else {
        child.kill().expect("the child is killed");
        panic!("vt-content ran longer than {TIMEOUT:?}");
    };
    let output = child.wait_with_output().expect("its output");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "not a JSON report ({error}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let file = &report["files"][0];
    let codes = file["violations"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| v["code"].as_str().unwrap_or_default().to_owned())
        .collect();
    let text = |key: &str| file[key].as_str().unwrap_or_default().to_owned();
    (code, text("status"), text("error"), codes)
}

fn validate(file: impl AsRef<OsStr>) -> (i32, String, String, Vec<String>) {
    finish(start(file.as_ref(), Stdio::null()))
}

fn invalid(code: &str) -> (i32, String, String, Vec<String>) {
    (
        1,
        "invalid".into(),
        code_kind(code).into(),
        vec![code.into()],
    )
}

fn code_kind(code: &str) -> &'static str {
    match code {
        "json-syntax" | "json-truncated" => "syntax",
        _ => "validation",
    }
}

fn unreadable() -> (i32, String, String, Vec<String>) {
    (2, "unreadable".into(), "io".into(), vec![])
}

fn nested(extra: usize) -> Vec<u8> {
    let mut bytes = b"[".repeat(100_000);
    bytes.extend(b"]".repeat(100_000));
    bytes.resize(vt_content::MAX_PACK_BYTES + extra, b'x');
    bytes
}

#[test]
fn a_pack_of_1_mib_nested_100_000_deep_and_one_byte_more() {
    let dir = scratch("nested");
    fs::write(dir.join("nested.json"), nested(0)).expect("written");
    fs::write(dir.join("over.json"), nested(1)).expect("written");
    assert_eq!(validate(dir.join("nested.json")), invalid("json-syntax"));
    assert_eq!(validate(dir.join("over.json")), invalid("pack-too-large"));
}

#[test]
fn files_that_never_end_are_too_large() {
    assert_eq!(validate("/dev/zero"), invalid("pack-too-large"));
    assert_eq!(validate("/dev/urandom"), invalid("pack-too-large"));
    let zero = fs::File::open("/dev/zero").expect("/dev/zero");
    assert_eq!(
        finish(start(OsStr::new("-"), Stdio::from(zero))),
        invalid("pack-too-large")
    );
}

#[test]
fn a_fifo_fed_endlessly_is_too_large_and_a_fifo_with_a_pack_is_valid() {
    let dir = scratch("fifos");
    let endless = dir.join("endless");
    let (holder, mut file) = fifo::fifo_with_a_writer(&endless);
    let writer = thread::spawn(move || -> std::io::Result<()> {
        loop {
            file.write_all(&[b' '; 64 * 1024])?;
        }
    });
    assert_eq!(validate(&endless), invalid("pack-too-large"));
    drop(holder);
    assert!(writer.join().expect("no panic").is_err(), "the pipe broke");

    let pack = dir.join("pack");
    let holder = fifo::fifo_with_a_reader_held(&pack);
    fs::write(&pack, vt_content::BUNDLED_JSON).expect("written");
    assert_eq!(
        validate(&pack),
        (0, "valid".into(), String::new(), Vec::<String>::new())
    );
    drop(holder);
}

/// A FIFO that no one writes to is empty input, at once: the CLI does not wait for a
/// writer.
#[test]
fn a_fifo_without_a_writer_is_empty_input() {
    let dir = scratch("fifo-no-writer");
    let fifo = dir.join("silent");
    fifo::mkfifo(&fifo);
    assert_eq!(validate(&fifo), invalid("json-truncated"));
}

#[test]
fn a_directory_and_files_that_cannot_be_read_exit_2() {
    let dir = scratch("unreadable");
    assert_eq!(validate(&dir), unreadable());
    // The CLI's own /proc/self/mem: it opens, and reading its first page fails (EIO).
    assert_eq!(validate("/proc/self/mem"), unreadable());
    let dangling = dir.join("dangling.json");
    std::os::unix::fs::symlink(dir.join("nothing-here"), &dangling).expect("a symlink");
    assert_eq!(validate(&dangling), unreadable());
}

/// A file that its reader may not read exits 2. Root reads any file, so as root the CLI
/// runs as the user `nobody` (uid 65534), through util-linux's `setpriv`.
#[test]
fn a_file_without_read_permission_exits_2() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = scratch("mode-000");
    let path = dir.join("pack.json");
    fs::write(&path, vt_content::BUNDLED_JSON).expect("written");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).expect("chmod 000");
    let binary = env!("CARGO_BIN_EXE_vt-content");
    // /proc/self belongs to the process's effective user.
    let command = if fs::metadata("/proc/self").expect("/proc").uid() == 0 {
        let mut nobody = Command::new("setpriv");
        nobody.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--",
            binary,
        ]);
        nobody
    } else {
        Command::new(binary)
    };
    let child = spawn(command, path.as_os_str(), Stdio::null());
    assert_eq!(finish(child), unreadable());
}

#[test]
fn file_names_that_are_not_utf8_work() {
    let dir = scratch("names");
    let name = OsStr::from_bytes(b"pack-\xff\xfe-\xe9.json");
    fs::write(dir.join(name), vt_content::BUNDLED_JSON).expect("written");
    assert_eq!(
        validate(dir.join(name)),
        (0, "valid".into(), String::new(), Vec::<String>::new())
    );
    assert_eq!(
        validate(dir.join(OsStr::from_bytes(b"missing-\xff.json"))),
        unreadable()
    );
}

/// `vt-content` run by `command` with no input and its output dropped: its exit status
/// and standard error. It is killed after [`TIMEOUT`].
fn status_and_errors(mut command: Command) -> (i32, String) {
    let mut child = command
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let Some(code) = wait(&mut child, TIMEOUT) else {
        child.kill().expect("the child is killed");
        panic!("{command:?} ran longer than {TIMEOUT:?}");
    };
    let output = child.wait_with_output().expect("its output");
    (code, String::from_utf8(output.stderr).expect("UTF-8"))
}

/// `vt-content import-po FILE`: its exit status and standard error.
fn import_po(file: impl AsRef<OsStr>) -> (i32, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vt-content"));
    command.arg("import-po").arg(file.as_ref());
    status_and_errors(command)
}

/// A PO file is read as a pack is: up to its limit, without waiting for a FIFO's writer,
/// and text that is not UTF-8 is an invalid file (1), not an unreadable one (2).
#[test]
fn po_files_that_are_not_ordinary_are_refused_at_once() {
    let dir = scratch("po");
    let (code, err) = import_po("/dev/zero");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("more than 33554432 bytes"), "{err}");

    let latin1 = dir.join("latin1.po");
    fs::write(&latin1, b"msgid \"caf\xe9\"\nmsgstr \"\"\n").expect("written");
    let (code, err) = import_po(&latin1);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("not UTF-8 text"), "{err}");

    let fifo = dir.join("silent.po");
    fifo::mkfifo(&fifo);
    let (code, err) = import_po(&fifo);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("silent.po has no Language in its header"),
        "{err}"
    );

    let (code, err) = import_po(&dir);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("it is a directory"), "{err}");
}

/// `vt-content export --format markdown -o OUTPUT`, run in the folder `cwd`: its exit
/// status and standard error.
fn export_to(output: &Path, cwd: &Path) -> (i32, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vt-content"));
    command
        .args(["export", "--format", "markdown", "-o"])
        .arg(output)
        .current_dir(cwd);
    status_and_errors(command)
}

/// `-o` naming what is not a file, such as a FIFO (as `/dev/stdout` may be), writes into
/// it; it is never replaced by a file. (The Markdown is smaller than a pipe's buffer, so
/// the write ends before the reader reads.)
#[test]
fn o_writes_into_a_fifo_and_keeps_it() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("o-fifo");
    let fifo = dir.join("out.md");
    let mut holder = fifo::fifo_with_a_reader_held(&fifo);
    let (code, err) = export_to(&fifo, &dir);
    assert_eq!(code, 0, "{err}");
    let mut read = String::new();
    holder.read_to_string(&mut read).expect("read");
    assert!(read.starts_with("# Vicarious traumatisation\n"), "{read:?}");
    let kind = fs::symlink_metadata(&fifo).expect("metadata").file_type();
    assert!(kind.is_fifo(), "{kind:?}");
}

/// `-o`'s new file is made beside the file it replaces, never in the working folder: it
/// is written from a folder where no file can be made (`/proc`, which Linux alone has),
/// and the rename stays within one file system.
#[cfg(target_os = "linux")]
#[test]
fn o_writes_from_a_folder_where_no_file_can_be_made() {
    let dir = scratch("o-from-proc");
    for name in ["new.md", "old.md"] {
        let output = dir.join(name);
        if name == "old.md" {
            fs::write(&output, "old").expect("written");
        }
        let (code, err) = export_to(&output, Path::new("/proc"));
        assert_eq!(code, 0, "{name}: {err}");
        let written = fs::read_to_string(&output).expect("read");
        assert!(
            written.starts_with("# Vicarious traumatisation\n"),
            "{name}"
        );
    }
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("listed")
        .map(|entry| entry.expect("an entry").file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["new.md", "old.md"]);
}
