import Foundation
import VtContent
import XCTest

/// Schema 1.1: review status, provenance and licence, urgent help with typed contacts; schema
/// 1.2: hours past midnight.
final class TrustTests: XCTestCase {
    private let pack = bundledPack()

    private func fixture(_ name: String) throws -> LoadedPack {
        let url = Fixtures.root.appendingPathComponent("valid/\(name)/pack.json")
        return try loadPackFromBytes(bytes: Data(contentsOf: url))
    }

    func testA10PackAndA11PackBothLoad() throws {
        let old = try fixture("bundled-1.0")
        XCTAssertEqual(old.pack.schemaVersion(), "1.0")
        XCTAssertNil(old.pack.review().status)
        XCTAssertNil(old.pack.urgentHelp())
        XCTAssertEqual(codesAndPaths(old.warnings), ["default-labels at ", "no-urgent-help at "])
        XCTAssertEqual(old.pack.labels().speakTo, "Speak to")
        XCTAssertEqual(pack.schemaVersion(), "1.1")
        XCTAssertNotNil(pack.urgentHelp())
    }

    func testADraftGivesItsWarningAndClaimsNoReview() throws {
        let loaded = try loadPackFromBytes(bytes: Fixtures.bundledBytes())
        XCTAssertEqual(codesAndPaths(loaded.warnings), ["unreviewed-draft at /review/status"])
        XCTAssertEqual(pack.review().status, .draft)
        XCTAssertNil(pack.review().lastReviewed)
        XCTAssertNil(pack.review().reviewedBy)
    }

    func testAPackTellsTheWarningsOfItsContentAndOfTheDay() throws {
        XCTAssertEqual(codesAndPaths(pack.contentWarnings()), ["unreviewed-draft at /review/status"])
        let due = pack.review().nextReviewDue
        let days = DateFormatter()
        days.calendar = Calendar(identifier: .gregorian)
        days.locale = Foundation.Locale(identifier: "en_US_POSIX")
        days.timeZone = TimeZone(identifier: "UTC")
        days.dateFormat = "yyyy-MM-dd"
        let dueDate = try XCTUnwrap(days.date(from: due))
        let dayBefore = days.string(from: dueDate.addingTimeInterval(-86_400))
        XCTAssertNil(try pack.reviewWarning(today: dayBefore))
        let warning = try XCTUnwrap(try pack.reviewWarning(today: due))
        XCTAssertEqual(codesAndPaths([warning]), ["review-overdue at /review/next_review_due"])
        XCTAssertThrowsError(try pack.reviewWarning(today: "31/12/2026")) { error in
            guard case let ContentError.InvalidArgument(_, name, value) = error else {
                return XCTFail("not InvalidArgument: \(error)")
            }
            XCTAssertEqual([name, value], ["today", "31/12/2026"])
        }
    }

    func testAReviewedPackNamesItsReviewerAndTheDate() throws {
        let review = try fixture("reviewed-with-contacts").pack.review()
        XCTAssertEqual(review.status, .reviewed)
        XCTAssertEqual(review.lastReviewed, "2026-10-01")
        XCTAssertEqual(review.reviewedBy?.role, "Clinical psychologist")
    }

    func testUrgentHelpHasTypedContactsAddedByTheEditors() throws {
        let contacts = try XCTUnwrap(pack.urgentHelp()).contacts
        XCTAssertEqual(contacts.map(\.id), ["emergency-services", "nhs-111", "samaritans", "shout"])
        XCTAssertTrue(contacts.allSatisfy { $0.origin == .editors })
        let samaritans = try XCTUnwrap(contacts.first { $0.id == "samaritans" })
        XCTAssertEqual(samaritans.phone, "116 123")
        XCTAssertEqual(samaritans.cost, .free)
        XCTAssertEqual(samaritans.hours?.days, .everyDay)
        XCTAssertEqual(contacts.first { $0.id == "shout" }?.textMessage, TextMessage(number: "85258", keyword: "SHOUT"))
    }

    func testHoursPastMidnightCloseTheNextDay() throws {
        let night = try fixture("hours-past-midnight").pack
        XCTAssertEqual(night.schemaVersion(), "1.2")
        let hours = try XCTUnwrap(night.support()[2].contacts.first).hours
        XCTAssertEqual(hours, OpeningHours(days: .weekdays, opens: "20:00", closes: "08:00", closesNextDay: true))
        XCTAssertTrue(night.page().toText(width: 200).contains("Monday to Friday, 20:00 to 08:00"))
        // A pack that does not say leaves it nil; a record made without it too.
        let samaritans = try XCTUnwrap(pack.urgentHelp()?.contacts.first { $0.id == "samaritans" })
        XCTAssertNil(samaritans.hours?.closesNextDay)
        XCTAssertEqual(samaritans.hours, OpeningHours(days: .everyDay, opens: nil, closes: nil))
    }

    func testProvenanceAndLicenceClaimNothingWeDoNotHold() throws {
        let attribution = pack.attribution()
        XCTAssertEqual(attribution.endorsed, false)
        XCTAssertNil(attribution.url)
        XCTAssertTrue(try XCTUnwrap(attribution.copyright).contains("Rotherham Place Partnership"))
        XCTAssertTrue(try XCTUnwrap(attribution.licence).expression.hasPrefix("LicenseRef-"))
    }
}
