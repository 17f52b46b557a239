import Foundation
import VtContent
import XCTest

/// The Swift API itself: records, equality, enums, errors, lookups and threads.
final class ApiTests: XCTestCase {
    private let pack = bundledPack()

    func testTheBundledPackIsARecordOfItsFields() {
        XCTAssertEqual(pack.id, "vicarious-traumatisation")
        XCTAssertEqual(pack.locale, "en-GB")
        XCTAssertEqual(pack.schemaVersion, "1.0")
        XCTAssertEqual(pack.signs.count, 7)
        XCTAssertEqual(pack.selfCareActions.count, 4)
        XCTAssertEqual(pack.advice.signsRecognised.speakTo, ["trusted-person", "line-manager"])
        XCTAssertTrue(pack.attribution.notice.contains("RotherHive"), pack.attribution.notice)
        XCTAssertFalse(pack.about.burnout.differences.isEmpty)
    }

    func testReviewDatesAreIsoDates() throws {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.dateFormat = "yyyy-MM-dd"
        let lastReviewed = try XCTUnwrap(format.date(from: pack.review.lastReviewed))
        let nextReviewDue = try XCTUnwrap(format.date(from: pack.review.nextReviewDue))
        XCTAssertLessThan(lastReviewed, nextReviewDue)
    }

    func testRecordsAreValuesWithStructuralEquality() throws {
        let loaded = try loadPackFromBytes(bytes: Fixtures.bundledBytes())
        XCTAssertEqual(loaded.pack, pack)
        XCTAssertEqual(loaded.pack.hashValue, pack.hashValue)
        XCTAssertEqual(loaded.warnings, [])
        XCTAssertEqual(Set([pack, loaded.pack]).count, 1)
        XCTAssertNotEqual(pack.signs[0], pack.signs[1])
    }

    func testThePracticeKindIsAnEnum() {
        XCTAssertEqual(pack.practices.map(\.kind), [.ground, .release, .recharge])
        XCTAssertEqual(pack.practice(id: "release")?.kind, .release)
    }

    func testLookupsFindItemsByIdAndNilForAnUnknownId() {
        XCTAssertEqual(pack.sign(id: "withdrawing"), pack.signs[5])
        XCTAssertEqual(pack.selfCareAction(id: "stay-connected")?.id, "stay-connected")
        XCTAssertEqual(pack.practice(id: "ground")?.id, "ground")
        XCTAssertEqual(pack.supportRoute(id: "line-manager")?.id, "line-manager")
        XCTAssertNil(pack.sign(id: "Withdrawing"))
        XCTAssertNil(pack.sign(id: "ground"))
        XCTAssertNil(pack.practice(id: ""))
        XCTAssertNil(pack.supportRoute(id: String(repeating: "a", count: 10_000)))
    }

    func testGuidanceForRecognisedSignsAndForNone() throws {
        let guidance = try pack.guidance(recognised: ["withdrawing", "low-motivation", "withdrawing"])
        XCTAssertEqual(guidance.kind, .seekSupport)
        XCTAssertEqual(guidance.recognisedSigns.map(\.id), ["withdrawing", "low-motivation"])
        XCTAssertEqual(guidance.message, pack.advice.signsRecognised.message)
        XCTAssertEqual(guidance.speakTo.map(\.id), ["trusted-person", "line-manager"])
        XCTAssertEqual(guidance.practices, pack.practices)

        let prevention = try pack.guidance(recognised: [])
        XCTAssertEqual(prevention.kind, .prevention)
        XCTAssertEqual(prevention.message, pack.advice.prevention)
        XCTAssertEqual(prevention.speakTo, [])
    }

    func testAnUnknownSignIsAnErrorNamingIt() {
        XCTAssertThrowsError(try pack.guidance(recognised: ["withdrawing", "sad"])) { error in
            guard case ContentError.UnknownSign(let id) = error else {
                return XCTFail("not UnknownSign: \(error)")
            }
            XCTAssertEqual(id, "sad")
            XCTAssertEqual((error as? ContentError)?.description, "\"sad\" is not the id of a sign in this pack")
            XCTAssertEqual((error as? ContentError)?.violations(), [])
        }
    }

    func testASyntaxErrorHasItsCodeLineAndColumn() {
        XCTAssertThrowsError(try loadPackFromJson(text: "{\n  \"signs\": ]")) { error in
            guard case ContentError.Syntax(let code, let line, let column, _) = error else {
                return XCTFail("not Syntax: \(error)")
            }
            XCTAssertEqual(code, "json-syntax")
            XCTAssertEqual(line, 2)
            XCTAssertEqual(column, 12)
            let text = (error as? ContentError)?.description ?? ""
            XCTAssertTrue(text.hasPrefix("the pack is not valid JSON: line 2, column 12 [json-syntax]"), text)
        }
    }

    func testAPackThatBreaksRulesListsEveryViolation() throws {
        let text = try XCTUnwrap(String(data: Fixtures.bundledBytes(), encoding: .utf8))
            .replacingOccurrences(of: "\"withdrawing\"", with: "\"Withdrawing\"")
        XCTAssertThrowsError(try loadPackFromJson(text: text)) { error in
            guard case ContentError.Validation(let violations) = error else {
                return XCTFail("not Validation: \(error)")
            }
            XCTAssertEqual(codesAndPaths(violations), ["invalid-id at /signs/5/id"])
            XCTAssertFalse(violations[0].message.isEmpty)
            let text = (error as? ContentError)?.description ?? ""
            XCTAssertTrue(text.hasPrefix("the pack has 1 violation: /signs/5/id [invalid-id]"), text)
        }
    }

    func testAnotherMajorSchemaVersionNamesBothVersions() throws {
        let text = try XCTUnwrap(String(data: Fixtures.bundledBytes(), encoding: .utf8))
            .replacingOccurrences(of: "\"schema_version\": \"1.0\"", with: "\"schema_version\": \"2.0\"")
        XCTAssertThrowsError(try loadPackFromJson(text: text)) { error in
            guard case ContentError.UnsupportedSchemaVersion(let found, let supported) = error else {
                return XCTFail("not UnsupportedSchemaVersion: \(error)")
            }
            XCTAssertEqual(found, "2.0")
            XCTAssertEqual(supported, "1.0")
            XCTAssertEqual(codesAndPaths((error as? ContentError)?.violations() ?? []), ["unsupported-schema-version at /schema_version"])
        }
    }

    func testAFileThatCannotBeReadIsAnIoError() throws {
        XCTAssertThrowsError(try loadPackFromFile(path: "/nonexistent/pack.json")) { error in
            guard case ContentError.Io(let reason) = error else {
                return XCTFail("not Io: \(error)")
            }
            XCTAssertFalse(reason.isEmpty)
        }
        let path = Fixtures.repository.appendingPathComponent("crates/vt-content/content/en-GB.json").path
        XCTAssertEqual(try loadPackFromFile(path: path).pack, pack)
    }

    func testEveryFailureIsOneErrorType() {
        let failures: [() throws -> Void] = [
            { _ = try loadPackFromBytes(bytes: Data()) },
            { _ = try loadPackFromBytes(bytes: Data([0xEF, 0xBB, 0xBF])) },
            { _ = try loadPackFromJson(text: "[]") },
            { _ = try self.pack.guidance(recognised: [""]) },
            { _ = try loadPackFromFile(path: "") },
        ]
        for failure in failures {
            XCTAssertThrowsError(try failure()) { error in
                XCTAssertTrue(error is ContentError, "\(error)")
            }
        }
    }

    func testARecordEditedToHoldAMalformedIdIsRefused() {
        let edited = ContentPack(
            jsonSchema: pack.jsonSchema, schemaVersion: pack.schemaVersion, id: pack.id,
            version: pack.version, locale: pack.locale, title: pack.title, summary: pack.summary,
            attribution: pack.attribution, disclaimer: pack.disclaimer, review: pack.review,
            about: pack.about,
            signs: pack.signs + [Sign(id: "Not An Id", title: "Sad", description: ["Sad."])],
            selfCareActions: pack.selfCareActions, practices: pack.practices,
            support: pack.support, advice: pack.advice
        )
        XCTAssertThrowsError(try edited.guidance(recognised: ["withdrawing"])) { error in
            guard case ContentError.Validation(let violations) = error else {
                return XCTFail("not Validation: \(error)")
            }
            XCTAssertEqual(violations.map(\.code), ["invalid-id"])
            XCTAssertTrue(violations[0].message.contains("Not An Id"), violations[0].message)
        }
    }

    func testTheJsonSchemaIsTheSchemaOfAPack() throws {
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(jsonSchema().utf8)) as? [String: Any])
        XCTAssertEqual(schema["$id"] as? String, "urn:vt-content:schema:content-pack:1.0")
        XCTAssertTrue((schema["required"] as? [String] ?? []).contains("signs"))
    }

    func testTheLibraryCanBeUsedFromSeveralThreadsAtOnce() throws {
        let bytes = try Fixtures.bundledBytes()
        let expected = try pack.guidance(recognised: ["losing-hope"])
        let pack = self.pack
        let lock = NSLock()
        var results: [Bool] = []
        DispatchQueue.concurrentPerform(iterations: 32) { index in
            var ok = true
            for _ in 0..<20 {
                ok = ok && (try? loadPackFromBytes(bytes: bytes).pack) == pack
                ok = ok && (try? bundledPack().guidance(recognised: ["losing-hope"])) == expected
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
