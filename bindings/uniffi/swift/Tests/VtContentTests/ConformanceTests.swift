import Foundation
import VtContent
import XCTest

/// Every case of the shared fixtures in `tests/conformance` gives, through Swift, exactly the
/// outcome written in its `expected.json`: the same as in Rust, Python and Kotlin.
final class ConformanceTests: XCTestCase {
    func testValidPacksLoadWithExactlyTheExpectedWarnings() throws {
        for dir in try Fixtures.cases("valid") {
            let name = dir.lastPathComponent
            let expected = try Fixtures.json(dir.appendingPathComponent("expected.json")) as? [String: Any]
            do {
                let loaded = try loadPackFromBytes(bytes: Data(contentsOf: dir.appendingPathComponent("pack.json")))
                XCTAssertEqual(codesAndPaths(loaded.warnings), Fixtures.codesAndPaths(expected?["warnings"]), "\(name): warnings")
            } catch {
                XCTFail("\(name): the pack was refused: \(error)")
            }
        }
    }

    func testInvalidPacksAreRefusedWithExactlyTheExpectedError() throws {
        for dir in try Fixtures.cases("invalid") {
            let name = dir.lastPathComponent
            let expected = try Fixtures.json(dir.appendingPathComponent("expected.json")) as? [String: Any] ?? [:]
            let bytes = try Data(contentsOf: dir.appendingPathComponent("pack.json"))
            do {
                _ = try loadPackFromBytes(bytes: bytes)
                XCTFail("\(name): the pack loaded")
            } catch let error as ContentError {
                XCTAssertEqual(kind(of: error), expected["error"] as? String, "\(name): \(error)")
                XCTAssertEqual(codesAndPaths(summaryAndViolations(error).violations), Fixtures.codesAndPaths(expected["violations"]), "\(name): violations")
                XCTAssertFalse(summaryAndViolations(error).summary.isEmpty, "\(name): summary")
                if case let .Syntax(_, _, line, column, _, _) = error {
                    XCTAssertEqual(Int(line), expected["line"] as? Int, "\(name): line")
                    XCTAssertEqual(Int(column), expected["column"] as? Int, "\(name): column")
                } else {
                    XCTAssertNil(expected["line"] ?? expected["column"], "\(name): a position without a syntax error")
                }
            } catch {
                XCTFail("\(name): not a ContentError: \(error)")
            }
        }
    }

    func testPseudoLocalesGiveExactlyTheExpectedPackOrError() throws {
        let locales: [(PseudoLocale, String)] = [(.enXa, "en-XA"), (.arXb, "ar-XB")]
        for dir in try Fixtures.cases("pseudo") {
            let name = dir.lastPathComponent
            let source = Fixtures.root.appendingPathComponent("valid/\(name)/pack.json")
            let pack = try loadPackFromBytes(bytes: Data(contentsOf: source)).pack
            for (locale, tag) in locales {
                let packFile = dir.appendingPathComponent("\(tag).json")
                let errorFile = dir.appendingPathComponent("\(tag).error.json")
                let expectsPack = FileManager.default.fileExists(atPath: packFile.path)
                XCTAssertNotEqual(expectsPack, FileManager.default.fileExists(atPath: errorFile.path), "\(name) \(tag): one expected file")
                do {
                    let pseudo = try pack.pseudo(locale: locale).pack
                    XCTAssertTrue(expectsPack, "\(name) \(tag): the pack was not refused")
                    XCTAssertEqual(pseudo.toJson(), try String(contentsOf: packFile, encoding: .utf8), "\(name) \(tag)")
                    XCTAssertEqual(pseudo.locale(), tag, "\(name) \(tag): locale")
                } catch let error as ContentError {
                    let expected = try Fixtures.json(errorFile) as? [String: Any] ?? [:]
                    XCTAssertEqual(kind(of: error), expected["error"] as? String, "\(name) \(tag): \(error)")
                    XCTAssertEqual(codesAndPaths(summaryAndViolations(error).violations), Fixtures.codesAndPaths(expected["violations"]), "\(name) \(tag): violations")
                }
            }
        }
    }

    func testAPackInEachLocaleHasTheExpectedDirection() throws {
        let cases = try Fixtures.json(Fixtures.root.appendingPathComponent("direction.json")) as? [[String: String]] ?? []
        XCTAssertEqual(Set(cases.compactMap { $0["direction"] }), ["ltr", "rtl"])
        let minimal = try String(
            contentsOf: Fixtures.root.appendingPathComponent("valid/minimal-pack/pack.json"), encoding: .utf8)
        for testCase in cases {
            let locale = testCase["locale"] ?? "?"
            guard let range = minimal.range(of: "\"locale\": \"en-GB\"") else {
                return XCTFail("the minimal pack has no en-GB locale")
            }
            let json = minimal.replacingCharacters(in: range, with: "\"locale\": \"\(locale)\"")
            let pack = try loadPackFromJson(text: json).pack
            XCTAssertEqual(pack.locale(), locale)
            let expected: Direction = testCase["direction"] == "rtl" ? .rightToLeft : .leftToRight
            XCTAssertEqual(pack.direction(), expected, locale)
        }
    }

    func testGuidanceForTheBundledPackIsExactlyTheExpectedGuidance() throws {
        let cases = try Fixtures.json(Fixtures.root.appendingPathComponent("guidance.json")) as? [[String: Any]] ?? []
        XCTAssertFalse(cases.isEmpty, "guidance.json has no cases")
        let pack = bundledPack()
        for testCase in cases {
            let name = testCase["name"] as? String ?? "?"
            let recognised = testCase["recognised"] as? [String] ?? []
            do {
                let guidance = try pack.guidance(recognised: recognised)
                guard let expected = testCase["expected"] as? [String: Any] else {
                    XCTFail("\(name): guidance was given: \(guidance.kind)")
                    continue
                }
                XCTAssertEqual(kind(of: guidance.kind), expected["kind"] as? String, "\(name): kind")
                XCTAssertEqual(guidance.recognisedSigns.map(\.id), expected["recognised_signs"] as? [String], "\(name): recognised_signs")
                XCTAssertEqual(guidance.speakTo.map(\.id), expected["speak_to"] as? [String], "\(name): speak_to")
                XCTAssertEqual(guidance.selfCareActions.map(\.id), expected["self_care_actions"] as? [String], "\(name): self_care_actions")
                XCTAssertEqual(guidance.practices.map(\.id), expected["practices"] as? [String], "\(name): practices")
                XCTAssertEqual((guidance.urgentHelp?.contacts ?? []).map(\.id), expected["urgent_help"] as? [String], "\(name): urgent_help")
                XCTAssertEqual(guidance.review.status.map { "\($0)" }, expected["review_status"] as? String, "\(name): review_status")
            } catch ContentError.UnknownSign(_, let id) {
                let expected = testCase["error"] as? [String: Any]
                XCTAssertEqual(expected?["code"] as? String, "unknown-sign", "\(name): code")
                XCTAssertEqual(expected?["id"] as? String, id, "\(name): id")
            } catch {
                XCTFail("\(name): unexpected error \(error)")
            }
        }
    }

    /// The kind of an error as the fixtures write it.
    private func kind(of error: ContentError) -> String {
        switch error {
        case .Validation: return "validation"
        case .Syntax: return "syntax"
        case .UnsupportedSchemaVersion: return "unsupported-schema-version"
        case .UnknownSign: return "unknown-sign"
        case .InvalidArgument: return "invalid-argument"
        case .Version: return "version"
        case .Io: return "io"
        }
    }

    /// The kind of guidance as the fixtures write it.
    private func kind(of kind: GuidanceKind) -> String {
        switch kind {
        case .seekSupport: return "seek-support"
        case .prevention: return "prevention"
        }
    }
}
