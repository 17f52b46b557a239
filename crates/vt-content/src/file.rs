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
