//! A count and its noun, as a message writes them: "1 file", "2 files".

use std::fmt;

/// `count` and `one` when it is 1, `many` otherwise: `Counted(2, "file", "files")` shows
/// as `2 files`.
pub(crate) struct Counted(
    pub(crate) usize,
    pub(crate) &'static str,
    pub(crate) &'static str,
);

impl fmt::Display for Counted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Counted(count, one, many) = *self;
        write!(f, "{count} {}", if count == 1 { one } else { many })
    }
}

#[cfg(test)]
mod tests {
    use super::Counted;

    #[test]
    fn one_takes_the_singular_and_every_other_count_the_plural() {
        assert_eq!(Counted(1, "file", "files").to_string(), "1 file");
        assert_eq!(Counted(0, "file", "files").to_string(), "0 files");
        assert_eq!(Counted(2, "entry", "entries").to_string(), "2 entries");
    }
}
