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
        XCTAssertTrue(page.toHtml(fragment: true, stylesheet: "/site.css").hasPrefix("<article"))
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
