import Foundation
import VtContent
import XCTest

/// The shared catalog fixtures of `tests/conformance/catalog`, through Swift.
final class CatalogTests: XCTestCase {
    let dir = Fixtures.root.appendingPathComponent("catalog")

    func fixtureCatalog() throws -> Catalog {
        try loadCatalogFromDir(path: dir.appendingPathComponent("packs").path)
    }

    /// The pack files of a directory by name, as an app reads its assets.
    func texts(_ directory: URL, prefix: String = "") throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        var texts: [String: String] = [:]
        for name in names where name.hasSuffix(".json") {
            texts[prefix + name] = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return texts
    }

    func testPacksGivenAsTextsMakeTheCatalogOfTheirDirectory() throws {
        let packs = dir.appendingPathComponent("packs")
        let all = try texts(packs).merging(try texts(packs.appendingPathComponent("released"), prefix: "released/")) { first, _ in first }
        let given = try loadCatalogFromJson(packs: all)
        let catalog = try fixtureCatalog()
        XCTAssertEqual(given.locales(), catalog.locales())
        XCTAssertEqual(given.locales().map { given.get(tag: $0).toJson() }, catalog.locales().map { catalog.get(tag: $0).toJson() })
        XCTAssertEqual(given.warnings(), catalog.warnings())
        XCTAssertEqual(given.translationStatus(), catalog.translationStatus())
        let invalid = dir.appendingPathComponent("invalid/missing-and-extra-items")
        var summaries: [String] = []
        let makers: [() throws -> Catalog] = [
            { try loadCatalogFromJson(packs: try self.texts(invalid)) },
            { try loadCatalogFromDir(path: invalid.path) },
        ]
        for make in makers {
            XCTAssertThrowsError(try make()) { error in
                guard case let CatalogError.Invalid(summary, _, _) = error else {
                    return XCTFail("not Invalid: \(error)")
                }
                summaries.append(summary)
            }
        }
        XCTAssertEqual(summaries.count, 2)
        XCTAssertEqual(summaries.first, summaries.last)
    }

    func testADirectoryThatCannotBeReadIsIoWithTheReason() {
        let missing = dir.appendingPathComponent("no-such-directory").path
        XCTAssertThrowsError(try loadCatalogFromDir(path: missing)) { error in
            guard case let CatalogError.Io(summary, reason) = error else {
                return XCTFail("not Io: \(error)")
            }
            XCTAssertTrue(summary.contains(missing), summary)
            XCTAssertTrue(reason.contains("No such file or directory"), reason)
        }
    }

    func testTheFixtureCatalogHasItsLocalesAndWarnings() throws {
        let expected = try Fixtures.json(dir.appendingPathComponent("expected.json")) as? [String: Any]
        let catalog = try fixtureCatalog()
        XCTAssertEqual(catalog.locales(), expected?["locales"] as? [String])
        XCTAssertEqual(catalog.defaultLocale(), expected?["default"] as? String)
        XCTAssertEqual(catalog.warnings().map { "\($0.file): \($0.warning.code) at \($0.warning.path)" },
                       ((expected?["warnings"] as? [[String: Any]]) ?? []).map {
                           "\($0["file"] as? String ?? "?"): \($0["code"] as? String ?? "?") at \($0["path"] as? String ?? "?")"
                       })
    }

    func testEachTranslationSaysHowCompleteAndCurrentItIs() throws {
        let expected = try Fixtures.json(dir.appendingPathComponent("expected.json")) as? [String: Any]
        let wanted = ((expected?["translation_status"] as? [[String: Any]]) ?? []).map {
            "\($0["locale"] as? String ?? "?") \($0["translates"] as? String ?? "?") stale=\($0["stale"] as? Bool ?? false) "
                + "\($0["translated"] as? Int ?? -1)/\($0["texts"] as? Int ?? -1) changed=\(($0["changed_since"] as? Int).map(String.init) ?? "nil")"
        }
        let statuses = try fixtureCatalog().translationStatus()
        XCTAssertEqual(statuses.map {
            "\($0.locale) \($0.translates) stale=\($0.stale) \($0.translated)/\($0.texts) changed=\($0.changedSince.map { String($0.count) } ?? "nil")"
        }, wanted)
        XCTAssertEqual(statuses.first { $0.locale == "de" }?.changedSince?.first, "/audience")
    }

    func testFallbackCases() throws {
        let catalog = try fixtureCatalog()
        let cases = try Fixtures.json(dir.appendingPathComponent("fallback.json")) as? [[String: Any]] ?? []
        XCTAssertFalse(cases.isEmpty)
        for item in cases {
            let request = item["request"] as? String ?? ""
            XCTAssertEqual(catalog.get(tag: request).locale(), item["locale"] as? String, request)
        }
    }

    func testNegotiationCases() throws {
        let catalog = try fixtureCatalog()
        let cases = try Fixtures.json(dir.appendingPathComponent("negotiation.json")) as? [[String: Any]] ?? []
        XCTAssertFalse(cases.isEmpty)
        for item in cases {
            let name = item["name"] as? String ?? "?"
            let found: CatalogMatch
            if let header = item["header"] as? String {
                found = catalog.negotiateHeader(header: header)
            } else {
                found = catalog.negotiate(tags: item["tags"] as? [String] ?? [])
            }
            XCTAssertEqual(found.pack.locale(), item["locale"] as? String, name)
            XCTAssertEqual(found.requested, item["requested"] as? String, name)
        }
    }

    func testInvalidCatalogsReportEveryFileAndRule() throws {
        for dir in try Fixtures.cases("catalog/invalid") {
            let name = dir.lastPathComponent
            let expected = try Fixtures.json(dir.deletingLastPathComponent()
                .appendingPathComponent("\(name).expected.json")) as? [String: Any]
            do {
                _ = try loadCatalogFromDir(path: dir.path)
                XCTFail("\(name): the catalog should be refused")
            } catch let CatalogError.Invalid(_, files, violations) {
                XCTAssertEqual(files.map { "\($0.file) (\($0.kind)): \($0.violations.map { $0.code })" },
                               ((expected?["files"] as? [[String: Any]]) ?? []).map {
                                   "\($0["file"] as? String ?? "?") (\($0["error"] as? String ?? "?")): \($0["codes"] as? [String] ?? [])"
                               }, name)
                // A syntax error's line and column.
                XCTAssertEqual(files.filter { $0.line != nil }.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0)" },
                               ((expected?["files"] as? [[String: Any]]) ?? []).compactMap { file in
                                   (file["at"] as? [Int]).map { "\(file["file"] as? String ?? "?"):\($0[0]):\($0[1])" }
                               }, name)
                XCTAssertEqual(violations.map { "\($0.file): \($0.violation.code) at \($0.violation.path)" },
                               ((expected?["violations"] as? [[String: Any]]) ?? []).map {
                                   "\($0["file"] as? String ?? "?"): \($0["code"] as? String ?? "?") at \($0["path"] as? String ?? "?")"
                               }, name)
            }
        }
    }

    func testTheBundledCatalogIsEnGBAlone() {
        let catalog = bundledCatalog()
        XCTAssertEqual(catalog.locales(), ["en-GB"])
        XCTAssertEqual(catalog.get(tag: "cy").locale(), "en-GB")
        XCTAssertTrue(catalog.warnings().isEmpty)
    }
}
