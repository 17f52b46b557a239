//! Reading a file of bounded size: opened without waiting for a FIFO's writer, and read
//! no further than its limit.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Opens a file to read, without waiting for a FIFO's writer: `open` on a FIFO blocks
/// until a writer opens it, so the file is opened with `O_NONBLOCK`, and the flag is then
/// cleared so that reads wait for what a writer writes. A FIFO with no writer reads as
/// empty.
#[cfg(unix)]
pub(crate) fn open_without_waiting(path: &Path) -> io::Result<File> {
    use rustix::fs::{OFlags, fcntl_getfl, fcntl_setfl};
    use std::os::unix::fs::OpenOptionsExt;

    let nonblocking = i32::try_from(OFlags::NONBLOCK.bits()).map_err(io::Error::other)?;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(nonblocking)
        .open(path)?;
    fcntl_setfl(&file, fcntl_getfl(&file)? - OFlags::NONBLOCK)?;
    Ok(file)
}

#[cfg(not(unix))]
pub(crate) fn open_without_waiting(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// A file's path or name as text to show a person: its bytes that are not UTF-8 written
/// `\xNN`, so that two names that differ only in them stay two names, and its control
/// characters, line breaks and changes of direction written escaped (`\n`, `\u{1b}`,
/// `\u{202e}`), as a [`JsonPointer`](crate::JsonPointer)'s text is, so that a name cannot
/// move a terminal's cursor, clear its screen, or reorder the line it is shown in.
///
/// ```
/// use std::path::Path;
///
/// assert_eq!(vt_content::shown_path(Path::new("packs/cy.json")), "packs/cy.json");
/// assert_eq!(vt_content::shown_path(Path::new("a\u{1b}[2J\u{202e}.json")), "a\\u{1b}[2J\\u{202e}.json");
/// # #[cfg(unix)] {
/// use std::os::unix::ffi::OsStrExt;
/// let name = std::ffi::OsStr::from_bytes(b"bad\xff.json");
/// assert_eq!(vt_content::shown_path(Path::new(name)), "bad\\xFF.json");
/// # }
/// ```
pub fn shown_path(path: &Path) -> String {
    let mut shown = String::new();
    for chunk in path.as_os_str().as_encoded_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            if crate::bidi::disturbs_a_line(c) {
                shown.push_str(&c.escape_debug().to_string());
            } else {
                shown.push(c);
            }
        }
        for byte in chunk.invalid() {
            shown.push_str(&format!("\\x{byte:02X}"));
        }
    }
    shown
}

/// Everything `reader` gives when that is at most `max` bytes; `None` when it gives more
/// (it reads one byte past the limit to know).
pub(crate) fn read_at_most(reader: impl Read, max: usize) -> io::Result<Option<Vec<u8>>> {
    let limit = u64::try_from(max).map_or(u64::MAX, |max| max.saturating_add(1));
    let mut bytes = Vec::new();
    reader.take(limit).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= max).then_some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_is_read_up_to_its_limit_and_no_further() {
        assert_eq!(read_at_most(&b"abc"[..], 3).unwrap().unwrap(), b"abc");
        assert_eq!(read_at_most(&b"abcd"[..], 3).unwrap(), None);
        assert_eq!(read_at_most(&b""[..], 0).unwrap().unwrap(), b"");
    }
}
