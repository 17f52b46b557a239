//! A pack exported as canonical JSON, Markdown or HTML.

use vt_content::ContentPack;

use crate::args::ExportFormat;
use crate::{document, html, markdown};

/// The pack in `format`.
///
/// The JSON is the canonical form: the fields in the order of the pack format, indented
/// by two spaces, with a final line break. It loads back to an equal pack.
pub fn render(pack: &ContentPack, format: ExportFormat) -> String {
    match format {
        ExportFormat::Json => pack.to_json(),
        ExportFormat::Markdown => markdown::render(&document::pack(pack)),
        ExportFormat::Html => html::render(&pack.locale, &pack.title, &document::pack(pack)),
    }
}

#[cfg(test)]
mod tests {
    use vt_content::ContentPack;

    use super::*;

    #[test]
    fn the_canonical_json_of_the_bundled_pack_is_its_source_text() {
        let json = render(vt_content::bundled(), ExportFormat::Json);
        let loaded = ContentPack::from_json(&json).unwrap();
        assert_eq!(&loaded.pack, vt_content::bundled());
        assert_eq!(json, vt_content::BUNDLED_JSON);
    }

    #[test]
    fn markdown_starts_with_the_title() {
        let markdown = render(vt_content::bundled(), ExportFormat::Markdown);
        assert!(markdown.starts_with("# Vicarious traumatisation\n\n"));
    }
}
