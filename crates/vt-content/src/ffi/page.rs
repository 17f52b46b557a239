//! A page drawn from a pack or a guidance, for Kotlin and Swift.

use std::sync::Arc;

use crate::ffi::{ContentError, ContentPack};
use crate::render::{Document, HtmlOptions};

/// A page of content laid out once, to draw as HTML, Markdown, plain text or JSON-LD:
/// the whole pack (`pack.page()`), or the guidance for recognised signs
/// (`pack.guidancePage(ids)`). Its labels, language and credit are the pack's.
#[derive(uniffi::Object)]
pub struct Page(Document);

#[uniffi::export]
impl Page {
    /// The page as HTML: a standalone page, or with `fragment` an `article` to put in a
    /// page of your own, styled by `stylesheet()`. `stylesheet` links a standalone page
    /// (not a fragment, which has no styles of its own) to a style sheet of yours instead
    /// of the built-in styles. The page's first heading is `h1`, or `h2` or `h3` with
    /// `firstHeadingLevel` (for a fragment under headings of your own; other values are
    /// brought into 1 to 3). Every text from the pack is escaped.
    #[uniffi::method(default(fragment = false, stylesheet = None, first_heading_level = 1))]
    pub fn to_html(
        &self,
        fragment: bool,
        stylesheet: Option<String>,
        first_heading_level: i32,
    ) -> String {
        let options = HtmlOptions::new(fragment, stylesheet, first_heading_level);
        self.0.to_html(&options)
    }

    /// The urgent help alone, set apart as the page sets it, to put on any page or screen
    /// of your own (an error page, a banner), with the page's language and direction;
    /// `null` (Swift `nil`) when the pack gives none. Its heading is `h2`, or the level
    /// `headingLevel` (1 to 3; other values are brought into 1 to 3). Every text from the
    /// pack is escaped; `stylesheet()` styles it.
    #[uniffi::method(default(heading_level = 2))]
    pub fn urgent_help_html(&self, heading_level: i32) -> Option<String> {
        self.0.urgent_help_html(heading_level)
    }

    /// The same page with every id of its HTML and Markdown, and every link to one,
    /// starting with `prefix` and a hyphen: with `vt`, the heading of the signs is
    /// `vt-signs`. Give one to put the page in a web page of your own that has ids of its
    /// own, or beside another page (the urgent help alone and a guidance), so that every
    /// id stays unique and every link finds its heading. Class names stay as they are.
    ///
    /// Throws `InvalidArgument` when `prefix` is not a kebab-case id (lowercase letters
    /// and digits in words joined by single hyphens, starting with a letter, at most 64
    /// characters, as every id of a pack).
    pub fn with_id_prefix(&self, prefix: &str) -> Result<Arc<Page>, ContentError> {
        let prefix: crate::Id = prefix.parse().map_err(|error: crate::InvalidId| {
            ContentError::invalid_argument("prefix", prefix, &error.to_string())
        })?;
        Ok(Arc::new(Page(self.0.clone().with_id_prefix(&prefix))))
    }

    /// The page as CommonMark, with anchors that match the HTML ids.
    pub fn to_markdown(&self) -> String {
        self.0.to_markdown()
    }

    /// The page as plain text, wrapped to `width` columns (at least 20: a smaller or
    /// negative width is 20).
    #[uniffi::method(default(width = 80))]
    pub fn to_text(&self, width: i32) -> String {
        self.0.to_text(usize::try_from(width).unwrap_or(0))
    }

    /// The page as a schema.org `MedicalWebPage` in JSON-LD, as JSON text to publish in a
    /// `<script type="application/ld+json">` element: `<`, `>` and `&` are written as
    /// `\u` escapes, so no text of the pack can end the element.
    pub fn to_json_ld(&self) -> String {
        crate::render::json_ld_text(self.0.json_ld())
    }
}

/// The style sheet of the built-in styles: what a standalone page holds, to serve beside
/// the fragments of `Page.toHtml(fragment = true)`. Its classes all start with `vt-`.
#[uniffi::export]
pub fn stylesheet() -> String {
    crate::render::STYLESHEET.to_owned()
}

#[uniffi::export]
impl ContentPack {
    /// The whole pack as a page, to draw as HTML, Markdown, text or JSON-LD.
    pub fn page(&self) -> Arc<Page> {
        Arc::new(Page(Document::pack(self.core())))
    }

    /// The guidance for the signs a person recognises, as a page. Throws `UnknownSign`
    /// for an id that is not a sign of this pack.
    pub fn guidance_page(&self, recognised: Vec<String>) -> Result<Arc<Page>, ContentError> {
        let guidance = self.core().guidance(&recognised)?;
        Ok(Arc::new(Page(Document::guidance(self.core(), &guidance))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_draw_the_pack_and_the_guidance() {
        let pack = ContentPack::bundled();
        let page = pack.page();
        assert!(
            page.to_html(false, None, 1)
                .contains("<html lang=\"en-GB\" dir=\"ltr\">")
        );
        assert!(page.to_html(true, None, 1).starts_with("<article"));
        let fragment = page.to_html(true, None, 2);
        assert!(
            fragment.contains("<h2") && !fragment.contains("<h1"),
            "{fragment}"
        );
        assert!(stylesheet().contains(".vt-notice"));
        assert!(
            page.to_markdown()
                .starts_with("# Vicarious traumatisation\n")
        );
        assert!(
            page.to_text(40)
                .lines()
                .all(|line| line.chars().count() <= 40)
        );
        let json: serde_json::Value = serde_json::from_str(&page.to_json_ld()).unwrap();
        assert_eq!(json["@type"], "MedicalWebPage");
        let guidance = pack.guidance_page(vec!["withdrawing".into()]).unwrap();
        assert!(
            guidance
                .to_text(80)
                .starts_with("Guidance for the signs you recognise\n")
        );
        assert!(pack.guidance_page(vec!["sad".into()]).is_err());
    }

    #[test]
    fn a_page_takes_an_id_prefix_that_is_an_id() {
        let page = ContentPack::bundled().page();
        let prefixed = page.with_id_prefix("vt").unwrap();
        assert!(
            prefixed
                .to_html(true, None, 1)
                .contains("<h1 id=\"vt-title\">")
        );
        assert!(
            prefixed
                .urgent_help_html(2)
                .unwrap()
                .contains("<h2 id=\"vt-urgent-help\">")
        );
        assert!(prefixed.to_markdown().contains("](#vt-signs)"));
        assert_eq!(
            page.to_html(true, None, 1),
            ContentPack::bundled().page().to_html(true, None, 1)
        );
        let Err(ContentError::InvalidArgument {
            summary,
            name,
            value,
        }) = page.with_id_prefix("my page")
        else {
            panic!("a prefix with a space was taken")
        };
        assert_eq!((name.as_str(), value.as_str()), ("prefix", "my page"));
        assert_eq!(
            summary,
            "prefix: \"my page\" is not a kebab-case id: use lowercase letters and digits in words joined by single hyphens, starting with a letter"
        );
    }
}
