//! FIFOs for the limits tests, of the library (`tests/limits.rs`) and of the CLI, which
//! includes this file.

use std::fs;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::process::Command;

/// Makes a FIFO at `path`, with `mkfifo`.
pub fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// A FIFO at `path` with a read end held open, so that a writer opens it at once and a
/// loader that opens it later reads what is written, whichever thread comes first. The
/// holder opens it without waiting for a writer (`O_NONBLOCK`).
pub fn fifo_with_a_reader_held(path: &Path) -> fs::File {
    mkfifo(path);
    let nonblocking = i32::try_from(rustix::fs::OFlags::NONBLOCK.bits()).expect("a flag");
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(nonblocking)
        .open(path)
        .expect("the holder opens the FIFO")
}

/// A FIFO at `path` with its write end open, for a writer thread, and the read end held
/// open meanwhile (see [`fifo_with_a_reader_held`]): drop the holder once the loader may
/// be the only reader.
pub fn fifo_with_a_writer(path: &Path) -> (fs::File, fs::File) {
    let holder = fifo_with_a_reader_held(path);
    let writer = fs::OpenOptions::new()
        .write(true)
        .open(path)
        .expect("the writer opens the FIFO");
    (holder, writer)
}
