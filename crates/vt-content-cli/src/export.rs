//! A pack or a guidance written in the format asked for: the library draws it; this
//! module only picks the call.

use vt_content::ContentPack;
use vt_content::render::{self, Document, HtmlOptions};

use crate::args::{ExportFormat, HtmlArgs};

/// The HTML options the arguments ask for.
pub fn html_options(args: &HtmlArgs) -> HtmlOptions {
    let options = HtmlOptions::default().fragment(args.fragment);
    match &args.stylesheet {
        Some(href) => options.stylesheet(href.clone()),
        None => options,
    }
}

/// `document` with its ids after the prefix the arguments give, if any.
pub fn prefixed(document: Document, args: &HtmlArgs) -> Document {
    match &args.id_prefix {
        Some(prefix) => document.with_id_prefix(prefix),
        None => document,
    }
}

/// The pack in `format`; text is wrapped to `width` columns.
///
/// The JSON is the canonical form: the fields in the order of the pack format, indented
/// by two spaces, with a final line break. It loads back to an equal pack.
pub fn render(pack: &ContentPack, format: ExportFormat, html: &HtmlArgs, width: usize) -> String {
    match format {
        ExportFormat::Json => pack.to_json(),
        ExportFormat::Jsonld => format!("{}\n", render::json_ld_text(&render::json_ld(pack))),
        ExportFormat::Markdown => prefixed(Document::pack(pack), html).to_markdown(),
        ExportFormat::Text => Document::pack(pack).to_text(width),
        ExportFormat::Html => prefixed(Document::pack(pack), html).to_html(&html_options(html)),
    }
}

#[cfg(test)]
mod tests {
    use vt_content::ContentPack;

    use super::*;

    fn export(format: ExportFormat) -> String {
        render(vt_content::bundled(), format, &HtmlArgs::default(), 80)
    }

    #[test]
    fn the_canonical_json_of_the_bundled_pack_is_its_source_text() {
        let json = export(ExportFormat::Json);
        let loaded = ContentPack::from_json(&json).unwrap();
        assert_eq!(&loaded.pack, vt_content::bundled());
        assert_eq!(json, vt_content::BUNDLED_JSON);
    }

    #[test]
    fn every_format_starts_as_the_library_draws_it() {
        assert!(export(ExportFormat::Markdown).starts_with("# Vicarious traumatisation\n\n"));
        assert!(export(ExportFormat::Text).starts_with("Vicarious traumatisation\n═"));
        assert!(export(ExportFormat::Html).starts_with("<!DOCTYPE html>"));
        let json_ld: serde_json::Value =
            serde_json::from_str(&export(ExportFormat::Jsonld)).unwrap();
        assert_eq!(json_ld, render::json_ld(vt_content::bundled()));
    }

    #[test]
    fn html_arguments_become_options() {
        let page = HtmlArgs {
            fragment: false,
            stylesheet: Some("/vt.css".to_owned()),
            id_prefix: None,
        };
        assert_eq!(
            html_options(&page),
            HtmlOptions::default().stylesheet("/vt.css")
        );
        let fragment = HtmlArgs {
            fragment: true,
            stylesheet: None,
            id_prefix: None,
        };
        assert_eq!(
            html_options(&fragment),
            HtmlOptions::default().fragment(true)
        );
    }
}
