//! Where a pack is read from: the bundled pack, a file or standard input.

use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};

use vt_content::{ContentPack, LoadError, Loaded};

/// Where a pack is read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The pack bundled with the library.
    Bundled,
    /// Standard input, named `-` on the command line.
    Stdin,
    /// A file.
    File(PathBuf),
}

/// Why a pack did not load.
#[derive(Debug)]
pub enum LoadFailure {
    /// The input could not be read; the text says why, for a person.
    Unreadable(String),
    /// The input was read and is not a valid pack.
    Invalid(LoadError),
}

impl Source {
    /// The source named on the command line: `-` is standard input.
    pub fn from_path(path: &Path) -> Source {
        if path == Path::new("-") {
            Source::Stdin
        } else {
            Source::File(path.to_owned())
        }
    }

    /// The source of a `--pack` option: the bundled pack when it is absent.
    pub fn from_option(path: Option<&Path>) -> Source {
        path.map_or(Source::Bundled, Source::from_path)
    }

    /// The name to show in messages.
    pub fn name(&self) -> String {
        match self {
            Source::Bundled => "<bundled>".to_owned(),
            Source::Stdin => "<stdin>".to_owned(),
            Source::File(path) => vt_content::shown_path(path),
        }
    }

    /// Reads and loads the pack, checking every rule.
    pub fn load(&self) -> Result<Loaded, LoadFailure> {
        let loaded = match self {
            Source::Bundled => ContentPack::from_json(vt_content::BUNDLED_JSON),
            Source::Stdin => ContentPack::from_reader(io::stdin().lock()),
            Source::File(path) => {
                refuse_directory(path)?;
                ContentPack::from_path(path)
            }
        };
        loaded.map_err(|error| match error {
            LoadError::Io { source, .. } => LoadFailure::Unreadable(describe(&source)),
            other => LoadFailure::Invalid(other),
        })
    }
}

/// Refuses standard input (`-`) named more than once among `paths`: it can be read only
/// once. Every command that reads more than one file asks this first.
pub fn stdin_once<'a>(paths: impl IntoIterator<Item = &'a Path>) -> Result<(), crate::Failure> {
    let named = paths
        .into_iter()
        .filter(|path| Source::from_path(path) == Source::Stdin)
        .count();
    if named > 1 {
        return Err(crate::Failure::usage(
            "standard input (-) can be read only once; name it once",
        ));
    }
    Ok(())
}

/// Refuses a directory with a clear message (reading one fails with a vaguer one).
fn refuse_directory(path: &Path) -> Result<(), LoadFailure> {
    let unreadable = |error: io::Error| LoadFailure::Unreadable(describe(&error));
    if std::fs::metadata(path).map_err(unreadable)?.is_dir() {
        return Err(LoadFailure::Unreadable(
            "it is a directory, not a pack file".to_owned(),
        ));
    }
    Ok(())
}

/// Says why a file could not be read, in words a person understands.
pub fn describe(error: &io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => "no such file or directory".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        ErrorKind::IsADirectory => "it is a directory, not a file".to_owned(),
        ErrorKind::NotADirectory => "it is a file, not a directory".to_owned(),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_is_standard_input() {
        assert_eq!(Source::from_path(Path::new("-")), Source::Stdin);
        assert_eq!(Source::from_option(None), Source::Bundled);
        assert_eq!(
            Source::from_option(Some(Path::new("a.json"))).name(),
            "a.json"
        );
    }

    /// The system's errors, as a read gives them (`Permission denied (os error 13)`), are
    /// said in words.
    #[cfg(unix)]
    #[test]
    fn errors_are_said_in_words() {
        use rustix::io::Errno;
        for (errno, words) in [
            (Errno::NOENT, "no such file or directory"),
            (Errno::ACCESS, "permission denied"),
            (Errno::ISDIR, "it is a directory, not a file"),
            (Errno::NOTDIR, "it is a file, not a directory"),
        ] {
            let error = io::Error::from_raw_os_error(errno.raw_os_error());
            assert_eq!(describe(&error), words, "{error}");
        }
    }

    #[test]
    fn a_file_named_as_a_directory_is_said_so() {
        let error = std::fs::read_dir("Cargo.toml").unwrap_err();
        assert_eq!(describe(&error), "it is a file, not a directory");
    }

    #[test]
    fn a_directory_is_refused_by_name() {
        let Err(LoadFailure::Unreadable(message)) = Source::File(".".into()).load() else {
            panic!("a directory was read as a pack");
        };
        assert_eq!(message, "it is a directory, not a pack file");
    }

    #[test]
    fn the_bundled_pack_loads() {
        let loaded = Source::Bundled.load().unwrap();
        assert_eq!(&loaded.pack, vt_content::bundled());
    }
}
