//! A pack's `$schema` link, kept pointing at its schema when the pack is written into
//! another folder than the one it was read in.

use std::path::{Component, Path};

use vt_content::ContentPack;

/// The folder of the pack file `file`, against which its relative `$schema` resolves;
/// `None` for standard input (`-`).
pub fn folder_of(file: &Path) -> Option<&Path> {
    if file == Path::new("-") {
        return None;
    }
    Some(match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    })
}

/// Rewrites `pack`'s `$schema`, a relative path read in the folder `read_in`, so that it
/// names the same file from the folder of `output`, where the pack is written: an editor
/// opening the written pack then finds its schema. Everything else stays as it is: a link
/// that is a web address or an absolute path, holds `%`, `?` or `#`, or names no file; a
/// pack read from standard input or the bundled pack (`read_in` is `None`), or written
/// to standard output; and a pack written into the folder it was read in.
pub fn rebase(pack: &mut ContentPack, read_in: Option<&Path>, output: Option<&Path>) {
    let (Some(read_in), Some(output)) = (read_in, output) else {
        return;
    };
    let Some(written_in) = folder_of(output) else {
        return;
    };
    let Some(link) = pack.schema_link.as_deref() else {
        return;
    };
    if has_scheme(link) || link.contains(['%', '?', '#']) || Path::new(link).is_absolute() {
        return;
    }
    let (Ok(schema), Ok(read_in), Ok(written_in)) = (
        read_in.join(link).canonicalize(),
        read_in.canonicalize(),
        written_in.canonicalize(),
    ) else {
        return;
    };
    if read_in == written_in {
        return;
    }
    let Some(relative) = pathdiff::diff_paths(&schema, &written_in) else {
        return;
    };
    // A URI reference's segments are joined with `/` on every system.
    let segments: Option<Vec<&str>> = relative
        .components()
        .map(|component| match component {
            Component::ParentDir => Some(".."),
            Component::Normal(name) => name.to_str(),
            _ => None,
        })
        .collect();
    if let Some(segments) = segments {
        pack.schema_link = Some(segments.join("/"));
    }
}

/// Whether `link` begins with a URI scheme (`https:`, `file:`), as RFC 3986 writes one.
fn has_scheme(link: &str) -> bool {
    link.split_once(':').is_some_and(|(scheme, _)| {
        let mut chars = scheme.chars();
        chars
            .next()
            .is_some_and(|first| first.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack_linking(link: &str) -> ContentPack {
        let mut pack = vt_content::bundled().clone();
        pack.schema_link = Some(link.to_owned());
        pack
    }

    /// A folder tree: `schema/s.json`, `packs/en-GB/` and `out/cy/`.
    fn tree() -> tempfile::TempDir {
        let root = tempfile::tempdir().expect("a temporary directory");
        for folder in ["schema", "packs/en-GB", "out/cy"] {
            std::fs::create_dir_all(root.path().join(folder)).expect("a folder");
        }
        std::fs::write(root.path().join("schema/s.json"), "{}").expect("the schema");
        root
    }

    #[test]
    fn a_relative_link_names_the_same_schema_from_where_the_pack_is_written() {
        let root = tree();
        let mut pack = pack_linking("../../schema/s.json");
        let read_in = root.path().join("packs/en-GB");
        let output = root.path().join("out/cy.json");
        rebase(&mut pack, Some(&read_in), Some(&output));
        assert_eq!(pack.schema_link.as_deref(), Some("../schema/s.json"));
        let output = root.path().join("cy.json");
        rebase(&mut pack, Some(&root.path().join("out")), Some(&output));
        assert_eq!(pack.schema_link.as_deref(), Some("schema/s.json"));
    }

    #[test]
    fn other_links_and_other_outputs_stay_as_they_are() {
        let root = tree();
        let read_in = root.path().join("packs/en-GB");
        let elsewhere = root.path().join("out/cy/cy.json");
        let cases = [
            ("https://example.org/s.json", Some(elsewhere.as_path())),
            ("urn:vt-content:schema", Some(&elsewhere)),
            ("../../schema/absent.json", Some(&elsewhere)),
            ("../../schema/s.json#frag", Some(&elsewhere)),
            ("../../schema/s.json", Some(Path::new("-"))),
            ("../../schema/s.json", None),
            // Written into the folder it was read in: not even tidied.
            ("./../../schema/s.json", Some(&read_in.join("copy.json"))),
        ];
        for (link, output) in cases {
            let mut pack = pack_linking(link);
            rebase(&mut pack, Some(&read_in), output);
            assert_eq!(pack.schema_link.as_deref(), Some(link), "{output:?}");
        }
        let mut pack = pack_linking("../../schema/s.json");
        rebase(&mut pack, None, Some(&elsewhere));
        assert_eq!(pack.schema_link.as_deref(), Some("../../schema/s.json"));
    }

    /// A link that is an absolute path, holds `%`, or is a URI with a scheme stays as it
    /// is even where, read as a relative path, it names a file.
    #[test]
    fn links_that_name_a_file_only_as_a_path_stay_as_they_are() {
        let root = tree();
        let read_in = root.path().join("packs/en-GB");
        let elsewhere = root.path().join("out/cy/cy.json");
        std::fs::write(root.path().join("schema/s%20.json"), "{}").expect("a file");
        let absolute = root.path().join("schema/s.json");
        let mut links = vec![
            absolute.to_str().expect("UTF-8").to_owned(),
            "../../schema/s%20.json".to_owned(),
        ];
        // A file name with a colon, which Windows refuses.
        #[cfg(unix)]
        {
            std::fs::write(read_in.join("urn:s.json"), "{}").expect("a file");
            links.push("urn:s.json".to_owned());
        }
        for link in links {
            assert!(read_in.join(&link).is_file(), "{link}");
            let mut pack = pack_linking(&link);
            rebase(&mut pack, Some(&read_in), Some(&elsewhere));
            assert_eq!(pack.schema_link.as_deref(), Some(link.as_str()));
        }
    }

    #[test]
    fn a_scheme_is_a_letter_then_letters_digits_plus_minus_or_dots() {
        assert!(has_scheme("https://example.org"));
        assert!(has_scheme("urn:x"));
        assert!(has_scheme("git+ssh://host"));
        assert!(!has_scheme("schema/s.json"));
        assert!(!has_scheme("1http:x"));
        assert!(!has_scheme("../a:b.json"));
        assert!(!has_scheme(":x"));
    }

    #[test]
    fn the_folder_of_a_file_is_its_parent_or_the_working_folder() {
        assert_eq!(folder_of(Path::new("a/b.json")), Some(Path::new("a")));
        assert_eq!(folder_of(Path::new("b.json")), Some(Path::new(".")));
        assert_eq!(folder_of(Path::new("-")), None);
    }
}
