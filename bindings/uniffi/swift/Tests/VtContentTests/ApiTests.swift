import Foundation
import VtContent
import XCTest

/// The Swift API itself: the pack, records, equality, enums, errors, lookups and threads.
final class ApiTests: XCTestCase {
    private let pack = bundledPack()

    func testTheBundledPackHasItsFieldsAsMethods() {
        XCTAssertEqual(pack.id(), "vicarious-traumatisation")
        XCTAssertEqual(pack.locale(), "en-GB")
        XCTAssertEqual(pack.schemaVersion(), "1.1")
        XCTAssertFalse(pack.title().isEmpty)
        XCTAssertEqual(pack.signs().count, 7)
        XCTAssertEqual(pack.selfCareActions().count, 4)
        XCTAssertEqual(pack.advice().signsRecognised.speakTo, ["trusted-person", "line-manager"])
        XCTAssertEqual(pack.support().map(\.id), ["trusted-person", "line-manager", "support-lines"])
        XCTAssertTrue(pack.attribution().notice.contains("RotherHive"), pack.attribution().notice)
        XCTAssertFalse(pack.about().burnout.differences.isEmpty)
        XCTAssertFalse(pack.summary().isEmpty || pack.disclaimer().isEmpty)
    }

    func testReviewDatesAreIsoDates() throws {
        let format = DateFormatter()
        // VtContent declares `typealias Locale = String`: name Foundation's Locale explicitly.
        format.locale = Foundation.Locale(identifier: "en_US_POSIX")
        format.dateFormat = "yyyy-MM-dd"
        let reviewed = Fixtures.root.appendingPathComponent("valid/reviewed-with-contacts/pack.json")
        let review = try loadPackFromBytes(bytes: Data(contentsOf: reviewed)).pack.review()
        let lastReviewed = try XCTUnwrap(format.date(from: try XCTUnwrap(review.lastReviewed)))
        let nextReviewDue = try XCTUnwrap(format.date(from: review.nextReviewDue))
        XCTAssertLessThan(lastReviewed, nextReviewDue)
    }

    func testPacksAreNotEquatableAndCompareByContentThroughTheirCanonicalJson() throws {
        // A pack is a class that is neither Equatable nor Hashable: its content compares
        // through toJson(), the canonical JSON (see UseAfterReleaseTests).
        XCTAssertFalse((pack as Any) is any Equatable)
        XCTAssertFalse((pack as Any) is any Hashable)
        let loaded = try loadPackFromBytes(bytes: Fixtures.bundledBytes())
        XCTAssertEqual(loaded.pack.toJson(), pack.toJson())
        XCTAssertEqual(codesAndPaths(loaded.warnings), ["unreviewed-draft at /review/status"])
        let renamed = try loadPackFromJson(text: pack.toJson().replacingOccurrences(of: pack.title(), with: "Another title")).pack
        XCTAssertEqual(renamed.title(), "Another title")
        XCTAssertNotEqual(renamed.toJson(), pack.toJson())
        XCTAssertEqual(renamed.signs(), pack.signs())
        XCTAssertEqual(Set([pack.toJson(), loaded.pack.toJson(), renamed.toJson()]).count, 2)
        // No Debug text from Rust: a log line names the object, not its whole content.
        XCTAssertFalse(String(describing: pack).contains("vicarious-traumatisation"), String(describing: pack))
    }

    func testTheCanonicalJsonIsTheBundledTextAndLoadsBackToAnEqualPack() throws {
        let text = try XCTUnwrap(String(data: Fixtures.bundledBytes(), encoding: .utf8))
        XCTAssertEqual(pack.toJson(), text)
        XCTAssertEqual(try loadPackFromJson(text: pack.toJson()).pack.toJson(), pack.toJson())
    }

    func testRecordsAreValuesWithStructuralEquality() {
        let sign = pack.signs()[0]
        XCTAssertEqual(pack.sign(id: sign.id), sign)
        XCTAssertEqual(pack.sign(id: sign.id)?.hashValue, sign.hashValue)
        XCTAssertNotEqual(Sign(id: sign.id, title: "Another title", description: sign.description), sign)
        XCTAssertNotEqual(pack.signs()[0], pack.signs()[1])
    }

    func testRecordsBuiltByHandEvenMalformedArePlainSwiftValues() {
        // Nothing in the API takes a record back, so a malformed one never reaches Rust:
        // equality, hashing and text stay in Swift.
        let sign = Sign(id: "Not An Id", title: "Sad", description: ["Sad."])
        // Swift's own equality and hashing, beside records that Rust returned.
        let signs = Set([sign, Sign(id: "Not An Id", title: "Sad", description: ["Sad."])] + pack.signs())
        XCTAssertEqual(signs.count, 1 + pack.signs().count)
        XCTAssertTrue(signs.contains(sign))
        XCTAssertTrue(String(describing: sign).contains("Not An Id"))
        let review = pack.review()
        let madeUp = Review(
            status: review.status, lastReviewed: "yesterday", nextReviewDue: review.nextReviewDue,
            reviewedBy: review.reviewedBy
        )
        XCTAssertNotEqual(madeUp, review)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: [(madeUp, "made up"), (review, "from Rust")])[review], "from Rust")
        let violation = Violation(code: "no-such-code", path: "nowhere", message: "")
        let error = ContentError.Validation(summary: "made up", violations: [violation])
        XCTAssertTrue(String(reflecting: error).contains("no-such-code"), String(reflecting: error))
    }

    func testThePracticeKindIsAnEnum() {
        XCTAssertEqual(pack.practices().map(\.kind), [.ground, .release, .recharge])
        XCTAssertEqual(pack.practice(id: "release")?.kind, .release)
    }

    func testLookupsFindItemsByIdAndNilForAnUnknownId() {
        XCTAssertEqual(pack.sign(id: "withdrawing"), pack.signs()[5])
        XCTAssertEqual(pack.selfCareAction(id: "stay-connected")?.id, "stay-connected")
        XCTAssertEqual(pack.practice(id: "ground")?.id, "ground")
        XCTAssertEqual(pack.supportRoute(id: "line-manager")?.id, "line-manager")
        XCTAssertNil(pack.sign(id: "Withdrawing"))
        XCTAssertNil(pack.sign(id: "ground"))
        XCTAssertNil(pack.practice(id: ""))
        XCTAssertNil(pack.selfCareAction(id: "\u{0}"))
        XCTAssertNil(pack.supportRoute(id: String(repeating: "a", count: 10_000)))
    }

    func testGuidanceForRecognisedSignsAndForNone() throws {
        let guidance = try pack.guidance(recognised: ["withdrawing", "low-motivation", "withdrawing"])
        XCTAssertEqual(guidance.kind, .seekSupport)
        XCTAssertEqual(guidance.recognisedSigns.map(\.id), ["withdrawing", "low-motivation"])
        XCTAssertEqual(guidance.message, pack.advice().signsRecognised.message)
        XCTAssertEqual(guidance.speakTo.map(\.id), ["trusted-person", "line-manager"])
        XCTAssertEqual(guidance.practices, pack.practices())
        XCTAssertEqual(guidance.recoveryAndBurnout, pack.advice().recoveryAndBurnout)

        let prevention = try pack.guidance(recognised: [])
        XCTAssertEqual(prevention.kind, .prevention)
        XCTAssertEqual(prevention.message, pack.advice().prevention)
        XCTAssertEqual(prevention.speakTo, [])
    }

    func testAnUnknownSignIsAnErrorNamingIt() {
        XCTAssertThrowsError(try pack.guidance(recognised: ["withdrawing", "sad"])) { error in
            guard case let ContentError.UnknownSign(summary, id) = error else {
                return XCTFail("not UnknownSign: \(error)")
            }
            XCTAssertEqual(id, "sad")
            XCTAssertEqual(summary, "\"sad\" is not the id of a sign in this pack")
        }
    }

    func testAnErrorsTextIsItsSummaryWhichNoIdCanBreakIntoLines() {
        let forged = "x\n2026-01-01 ERROR forged \u{202E}line"
        XCTAssertThrowsError(try pack.guidance(recognised: [forged])) { error in
            guard case let ContentError.UnknownSign(summary, id) = error else {
                return XCTFail("not UnknownSign: \(error)")
            }
            XCTAssertEqual(id, forged)
            let expected = "\"x\\n2026-01-01 ERROR forged \\u{202e}line\" is not the id of a sign in this pack"
            XCTAssertEqual(summary, expected)
            XCTAssertEqual(error.localizedDescription, expected)
            XCTAssertEqual("\(error)", expected)
            XCTAssertEqual(String(reflecting: error), expected)
        }
        // An error built by hand has its summary as its text too, read with no call into
        // the library.
        let madeUp = ContentError.Validation(summary: "made up", violations: [])
        XCTAssertEqual(madeUp.localizedDescription, "made up")
        XCTAssertEqual("\(CatalogError.Io(summary: "no packs", reason: ""))", "no packs")
    }

    func testASyntaxErrorHasItsCodeLineAndColumn() {
        XCTAssertThrowsError(try loadPackFromJson(text: "{\n  \"signs\": ]")) { error in
            guard case let ContentError.Syntax(summary, code, line, column, reason, violations) = error else {
                return XCTFail("not Syntax: \(error)")
            }
            XCTAssertEqual(code, "json-syntax")
            XCTAssertEqual(line, 2)
            XCTAssertEqual(column, 12)
            XCTAssertFalse(reason.isEmpty)
            XCTAssertTrue(summary.hasPrefix("the pack is not valid JSON: line 2, column 12 [json-syntax]"), summary)
            XCTAssertEqual(codesAndPaths(violations), ["json-syntax at "])
        }
    }

    func testAPackThatBreaksRulesListsEveryViolation() throws {
        let text = try XCTUnwrap(String(data: Fixtures.bundledBytes(), encoding: .utf8))
            .replacingOccurrences(of: "\"withdrawing\"", with: "\"Withdrawing\"")
        XCTAssertThrowsError(try loadPackFromJson(text: text)) { error in
            guard case let ContentError.Validation(summary, violations) = error else {
                return XCTFail("not Validation: \(error)")
            }
            XCTAssertEqual(codesAndPaths(violations), ["invalid-id at /signs/5/id"])
            XCTAssertFalse(violations[0].message.isEmpty)
            XCTAssertTrue(summary.hasPrefix("the pack has 1 violation: /signs/5/id [invalid-id]"), summary)
        }
    }

    func testAnotherMajorSchemaVersionNamesBothVersions() throws {
        let text = try XCTUnwrap(String(data: Fixtures.bundledBytes(), encoding: .utf8))
            .replacingOccurrences(of: "\"schema_version\": \"1.1\"", with: "\"schema_version\": \"2.0\"")
        XCTAssertThrowsError(try loadPackFromJson(text: text)) { error in
            guard case let ContentError.UnsupportedSchemaVersion(summary, found, supported, violations) = error else {
                return XCTFail("not UnsupportedSchemaVersion: \(error)")
            }
            XCTAssertEqual(found, "2.0")
            XCTAssertEqual(supported, "1.2")
            XCTAssertEqual(codesAndPaths(violations), ["unsupported-schema-version at /schema_version"])
            XCTAssertTrue(summary.contains("2.0") && summary.contains("1.2"), summary)
        }
    }

    func testAFileThatCannotBeReadIsAnIoError() throws {
        XCTAssertThrowsError(try loadPackFromFile(path: "/nonexistent/pack.json")) { error in
            guard case let ContentError.Io(summary, reason) = error else {
                return XCTFail("not Io: \(error)")
            }
            XCTAssertFalse(reason.isEmpty)
            XCTAssertEqual(summary, "/nonexistent/pack.json: the pack could not be read: \(reason)")
        }
        let path = Fixtures.repository.appendingPathComponent("crates/vt-content/content/en-GB.json").path
        XCTAssertEqual(try loadPackFromFile(path: path).pack.toJson(), pack.toJson())
    }

    func testEveryFailureIsOneErrorType() {
        let failures: [() throws -> Void] = [
            { _ = try loadPackFromBytes(bytes: Data()) },
            { _ = try loadPackFromBytes(bytes: Data([0xEF, 0xBB, 0xBF])) },
            { _ = try loadPackFromBytes(bytes: Data([0xFF])) },
            { _ = try loadPackFromJson(text: "[]") },
            { _ = try loadPackFromJson(text: "\u{0}") },
            { _ = try self.pack.guidance(recognised: [""]) },
            { _ = try loadPackFromFile(path: "") },
        ]
        for failure in failures {
            XCTAssertThrowsError(try failure()) { error in
                guard let error = error as? ContentError else {
                    return XCTFail("not a ContentError: \(error)")
                }
                XCTAssertFalse(summaryAndViolations(error).summary.isEmpty, "\(error)")
            }
        }
    }

    func testTheJsonSchemaIsTheSchemaOfAPack() throws {
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(jsonSchema().utf8)) as? [String: Any])
        XCTAssertEqual(schema["$id"] as? String, "urn:vt-content:schema:content-pack:1.2")
        XCTAssertTrue((schema["required"] as? [String] ?? []).contains("signs"))
    }

    func testTheLibraryCanBeUsedFromSeveralThreadsAtOnce() throws {
        let bytes = try Fixtures.bundledBytes()
        let expected = try self.pack.guidance(recognised: ["losing-hope"])
        let pack = self.pack
        let lock = NSLock()
        var results: [Bool] = []
        DispatchQueue.concurrentPerform(iterations: 32) { index in
            var ok = true
            for _ in 0..<20 {
                let loaded = try? loadPackFromBytes(bytes: bytes).pack
                ok = ok && loaded?.toJson() == pack.toJson()
                ok = ok && (try? bundledPack().guidance(recognised: ["losing-hope"])) == expected
                ok = ok && (try? pack.guidance(recognised: ["losing-hope"])) == expected
                do {
                    _ = try loadPackFromJson(text: String(repeating: "{", count: index + 1))
                    ok = false
                } catch ContentError.Syntax {
                } catch {
                    ok = false
                }
            }
            lock.lock()
            results.append(ok)
            lock.unlock()
        }
        XCTAssertEqual(results, Array(repeating: true, count: 32))
    }
}
