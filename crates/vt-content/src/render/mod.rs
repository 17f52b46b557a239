//! Pages from a pack: an HTML page or fragment, Markdown, plain text and schema.org
//! JSON-LD (the `render` feature).
//!
//! A [`Document`] is a whole pack ([`Document::pack`]) or the guidance for the signs a
//! person recognises ([`Document::guidance`]), laid out once as headings, paragraphs and
//! lists. Every format draws that one layout, so they show the same content in the same
//! order:
//!
//! - [`Document::to_html`]: a standalone page, or a fragment to put in a page of your
//!   own ([`HtmlOptions`]). Accessible (WCAG 2.2 AA), with a contents list, an id on
//!   every heading, the disclaimer in an `aside`, the credit in a `footer`, dates in
//!   `<time>`, print and dark-mode styles, and the JSON-LD as its only script. It loads
//!   nothing from elsewhere unless you give it a stylesheet to link.
//! - [`Document::to_markdown`]: CommonMark, whose anchors are the HTML ids.
//! - [`Document::to_text`]: plain text wrapped to a width; [`Document::to_styled_text`]
//!   lets a terminal colour the headings.
//! - [`json_ld`] and [`Document::json_ld`]: a schema.org `MedicalWebPage`; [`json_ld_text`]
//!   writes it to publish in a `script` element.
//!
//! Every text of a pack is escaped in every format. The fixed words ("Contents", "Speak
//! to") come from [`labels`](crate::labels), and dates are written in the pack's locale.
//! In HTML, English labels in a document of another language (those of a pack without
//! labels, and a label filled in from the en-GB one) carry `lang="en-GB"`, so that a
//! screen reader reads them in English.
//!
//! ```
//! use vt_content::render::{Document, HtmlOptions};
//!
//! let pack = vt_content::bundled();
//! let page = Document::pack(pack).to_html(&HtmlOptions::default());
//! assert!(page.starts_with("<!DOCTYPE html>"));
//!
//! let guidance = pack.guidance(["withdrawing"])?;
//! let fragment = Document::guidance(pack, &guidance)
//!     .to_html(&HtmlOptions::default().fragment(true).first_heading_level(2));
//! assert!(fragment.starts_with("<article"));
//! # Ok::<(), vt_content::UnknownSign>(())
//! ```
//!
//! # Ids
//!
//! Every heading has an id, the same in HTML and Markdown, and stable: an item's is its
//! kind and its id in the pack (`sign-withdrawing`, `action-stay-connected`,
//! `practice-ground`, `support-line-manager`, and `examples-ground` for a practice's
//! activities); a section's is fixed: `title` (HTML only), `contents`, `what-it-is`, `also-known-as`,
//! `how-it-happens`, `who-can-be-affected`, `burnout`, `burnout-overlap`, `signs`,
//! `signs-recognised`, `speak-to`, `prevention`, `self-care`, `practices`, `support`,
//! `urgent-help`, `recognised-signs`, `related-ideas` and `about-this-content`.
//!
//! # Classes
//!
//! The HTML has classes to style against, named after BEM: `vt-page` with `vt-page--pack`
//! or `vt-page--guidance` (the `body` of a page), `vt-document` with `vt-document--pack`
//! or `vt-document--guidance` (the `article` of a fragment), `vt-header`, `vt-intro`,
//! `vt-notice` with `vt-notice--disclaimer` or `vt-notice--urgent` (the box of urgent
//! help), `vt-contents`, `vt-main`, `vt-section` with `vt-section--{id}`, `vt-item` with
//! `vt-item--sign`, `--action`, `--practice`, `--support` and `--examples`, `vt-links`
//! (a list of links to sections), `vt-contacts` (a list of contacts), `vt-footer`,
//! `vt-credit`, `vt-facts`. [`STYLESHEET`] is
//! the built-in style sheet, to serve beside a fragment.

mod date;
mod document;
mod html;
mod json_ld;
mod markdown;
mod text;

pub use document::Document;
pub use html::{HtmlOptions, STYLESHEET};
pub use json_ld::{json_ld, json_ld_text};
pub use text::TextRole;
