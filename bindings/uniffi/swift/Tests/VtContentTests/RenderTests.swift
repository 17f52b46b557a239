import Foundation
import VtContent
import XCTest

/// Pages from a pack and from a guidance, drawn by the library.
final class RenderTests: XCTestCase {
    private let pack = bundledPack()

    func testAPackDrawsAsHtmlMarkdownTextAndJsonLd() throws {
        let page = pack.page()
        let html = page.toHtml(fragment: false, stylesheet: nil)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html><html lang=\"en-GB\" dir=\"ltr\">"))
        XCTAssertTrue(html.contains("vt-notice--urgent") && html.contains("href=\"tel:116123\""))
        XCTAssertTrue(page.toHtml(fragment: true).hasPrefix("<article"))
        XCTAssertTrue(page.toMarkdown().contains("<a id=\"sign-withdrawing\"></a>"))
        XCTAssertTrue(page.toText(width: 40).split(separator: "\n").allSatisfy { $0.count <= 40 })
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(page.toJsonLd().utf8)) as? [String: Any])
        XCTAssertEqual(json["@type"] as? String, "MedicalWebPage")
    }

    func testAFragmentTakesItsHeadingLevelAndTheStyleSheetIsThereToServeBesideIt() {
        let page = pack.page()
        XCTAssertEqual(page.toHtml(fragment: false, stylesheet: nil, firstHeadingLevel: 1), page.toHtml())
        XCTAssertEqual(page.toText(width: 80), page.toText())
        let fragment = page.toHtml(fragment: true, firstHeadingLevel: 2)
        XCTAssertTrue(fragment.hasPrefix("<article") && fragment.contains("<h2") && !fragment.contains("<h1"))
        XCTAssertTrue(stylesheet().contains(".vt-notice"))
        XCTAssertTrue(page.toHtml().contains(stylesheet()), "a standalone page holds the same styles")
        // A standalone page links a style sheet of yours instead of holding the built-in one.
        let linked = page.toHtml(stylesheet: "/site.css")
        XCTAssertTrue(linked.contains("<link rel=\"stylesheet\" href=\"/site.css\">"), String(linked.prefix(400)))
        XCTAssertFalse(linked.contains("<style") || linked.contains(stylesheet()))
    }

    func testAnyInt32IsAHeadingLevelOrAWidthTakenAsTheNearest() {
        let page = pack.page()
        func top(_ level: Int32) -> Int {
            let html = page.toHtml(fragment: true, firstHeadingLevel: level)
            return [1, 2, 3].first { html.contains("<h\($0)") } ?? 0
        }
        XCTAssertEqual([Int32.min, 0, 2, 256, Int32.max].map(top), [1, 1, 2, 3, 3])
        XCTAssertEqual(page.toText(width: -1), page.toText(width: 20))
        XCTAssertEqual(page.toText(width: Int32.min), page.toText(width: 20))
    }

    func testTheUrgentHelpStandsAloneForAPageOfYourOwn() throws {
        let help = try XCTUnwrap(pack.page().urgentHelpHtml())
        XCTAssertTrue(
            help.hasPrefix("<aside class=\"vt-notice vt-notice--urgent\" lang=\"en-GB\" dir=\"ltr\""),
            String(help.prefix(120)))
        XCTAssertTrue(help.contains("<h2 id=\"urgent-help\">") && help.contains("href=\"tel:116123\""))
        XCTAssertEqual(try pack.guidancePage(recognised: ["withdrawing"]).urgentHelpHtml(headingLevel: 2), help)
        XCTAssertTrue(pack.page().urgentHelpHtml(headingLevel: Int32.max)?.contains("<h3 id=\"urgent-help\">") == true)
        // A pack of schema 1.0 gives none.
        let minimal = try Data(contentsOf: Fixtures.root.appendingPathComponent("valid/minimal-pack/pack.json"))
        XCTAssertNil(try loadPackFromBytes(bytes: minimal).pack.page().urgentHelpHtml())
    }

    func testAnIdPrefixStartsEveryIdAndEveryLinkToOneForAPageOfYourOwn() throws {
        let guidance = try pack.guidancePage(recognised: ["withdrawing"])
        for page in [pack.page(), guidance] {
            let prefixed = try page.withIdPrefix(prefix: "vt")
            let html = prefixed.toHtml(fragment: true)
            XCTAssertTrue(html.contains("<h1 id=\"vt-title\">"), String(html.prefix(300)))
            XCTAssertEqual(html.components(separatedBy: "id=\"").count, html.components(separatedBy: "id=\"vt-").count)
            XCTAssertEqual(html.components(separatedBy: "href=\"#").count, html.components(separatedBy: "href=\"#vt-").count)
            let plain = html.replacingOccurrences(of: "id=\"vt-", with: "id=\"")
                .replacingOccurrences(of: "href=\"#vt-", with: "href=\"#")
                .replacingOccurrences(of: "aria-labelledby=\"vt-", with: "aria-labelledby=\"")
            XCTAssertEqual(plain, page.toHtml(fragment: true))
            XCTAssertTrue(prefixed.urgentHelpHtml()?.contains("<h2 id=\"vt-urgent-help\">") == true)
            let markdown = prefixed.toMarkdown().replacingOccurrences(of: "<a id=\"vt-", with: "<a id=\"")
                .replacingOccurrences(of: "](#vt-", with: "](#")
            XCTAssertEqual(markdown, page.toMarkdown())
        }
        XCTAssertThrowsError(try pack.page().withIdPrefix(prefix: "My page")) { error in
            guard case let ContentError.InvalidArgument(summary, name, value) = error else {
                return XCTFail("not InvalidArgument: \(error)")
            }
            XCTAssertEqual([name, value], ["prefix", "My page"])
            XCTAssertTrue(summary.hasPrefix("prefix: \"My page\" is not a kebab-case id"), summary)
        }
    }

    func testMarkupFromAPackIsEscapedAndJsonLdTextCannotEndAScriptElement() throws {
        // No quotation mark or backslash in it: quoted, it is a JSON string as it is.
        let title = "</script><script>alert(1)</script> & co"
        let json = pack.toJson()
        let first = try XCTUnwrap(json.range(of: "\"Vicarious traumatisation\","))
        let loaded = try loadPackFromJson(text: json.replacingCharacters(in: first, with: "\"\(title)\",")).pack
        let html = loaded.page().toHtml()
        XCTAssertTrue(!html.contains("<script>alert") && html.contains("&lt;script&gt;alert"))
        let guidance = try loaded.guidancePage(recognised: ["withdrawing"])
        for page in [loaded.page(), guidance] {
            let text = page.toJsonLd()
            XCTAssertFalse(text.contains("<") || text.contains(">") || text.contains("&"), String(text.prefix(200)))
            XCTAssertTrue(text.contains("\\u003c/script\\u003e"))
        }
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(loaded.page().toJsonLd().utf8)) as? [String: Any])
        XCTAssertEqual(object["name"] as? String, title)
    }

    func testAGuidanceDrawsWithTheLabelsAndCreditOfItsPack() throws {
        let page = try pack.guidancePage(recognised: ["withdrawing", "low-motivation"])
        XCTAssertTrue(page.toText(width: 80).hasPrefix("Guidance for the signs you recognise\n"))
        XCTAssertTrue(page.toHtml(fragment: false, stylesheet: nil).contains(pack.attribution().notice))
        XCTAssertThrowsError(try pack.guidancePage(recognised: ["sad"])) { error in
            guard case let ContentError.UnknownSign(_, id) = error else {
                return XCTFail("not UnknownSign: \(error)")
            }
            XCTAssertEqual(id, "sad")
        }
    }
}
