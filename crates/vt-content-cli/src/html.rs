//! A document written as one standalone, accessible HTML page.
//!
//! The page has a `lang` attribute, one `h1`, headings in order, lists as lists and every
//! text escaped. It loads nothing from elsewhere and runs no script; a small inline
//! stylesheet sets a readable measure, and the page reads as well without it.

use crate::document::Block;

/// The page's only stylesheet: a readable column that follows the reader's colour scheme.
const STYLE: &str = "\
body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:0 auto;padding:1rem 1.25rem;color:#1b1b1b;background:#fff}
h1,h2,h3,h4{line-height:1.25}
h2{margin-top:2.5rem;padding-bottom:.25rem;border-bottom:1px solid #767676}
@media (prefers-color-scheme:dark){body{color:#ececec;background:#161616}}";

/// Writes `blocks` as a page in the language `lang` (a BCP 47 tag) titled `title`.
pub fn render(lang: &str, title: &str, blocks: &[Block<'_>]) -> String {
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n<main>\n",
        escape(lang),
        escape(title),
    );
    for block in blocks {
        page.push_str(&draw(block));
    }
    page.push_str("</main>\n</body>\n</html>\n");
    page
}

fn draw(block: &Block<'_>) -> String {
    match block {
        Block::Heading { level, text, item } => {
            let id = item.map_or_else(String::new, |item| {
                format!(" id=\"{}\"", escape(&item.anchor()))
            });
            format!("<h{level}{id}>{}</h{level}>\n", escape(text))
        }
        Block::Paragraph(text) => format!("<p>{}</p>\n", escape(text)),
        Block::List(items) => {
            let items: String = items
                .iter()
                .map(|item| format!("<li>{}</li>\n", escape(item)))
                .collect();
            format!("<ul>\n{items}</ul>\n")
        }
    }
}

/// Escapes text for an HTML element or a quoted attribute value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Item;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
    }

    #[test]
    fn blocks_become_elements() {
        let blocks = [
            Block::Heading {
                level: 3,
                text: "Losing <hope>",
                item: Some(Item {
                    kind: "sign",
                    id: "losing-hope",
                }),
            },
            Block::Paragraph("A & B".to_owned()),
            Block::List(vec!["one".to_owned()]),
        ];
        let drawn: String = blocks.iter().map(draw).collect();
        assert_eq!(
            drawn,
            "<h3 id=\"sign-losing-hope\">Losing &lt;hope&gt;</h3>\n<p>A &amp; B</p>\n<ul>\n<li>one</li>\n</ul>\n"
        );
    }

    #[test]
    fn the_page_has_its_language_and_title() {
        let page = render("cy", "Trawma <dirprwyol>", &[]);
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"cy\">"));
        assert!(page.contains("<title>Trawma &lt;dirprwyol&gt;</title>"));
        assert!(page.ends_with("</main>\n</body>\n</html>\n"));
    }
}
