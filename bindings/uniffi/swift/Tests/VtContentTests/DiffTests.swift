import Foundation
import VtContent
import XCTest

/// Diffs through Swift: every case of `tests/conformance/diff` gives exactly the changes,
/// bumps, changed texts and version checks written in its `expected.json`, and the changelog
/// entry of its `changelog.md`, as in Rust, Python and Kotlin.
final class DiffTests: XCTestCase {
    func testEveryDiffCaseGivesExactlyTheExpectedChanges() throws {
        for dir in try Fixtures.cases("diff") {
            let name = dir.lastPathComponent
            let expected = try Fixtures.json(dir.appendingPathComponent("expected.json")) as? [String: Any] ?? [:]
            let old = try loadPackFromBytes(bytes: Data(contentsOf: dir.appendingPathComponent("old.json"))).pack
            let new = try loadPackFromBytes(bytes: Data(contentsOf: dir.appendingPathComponent("new.json"))).pack
            let diff: Diff
            switch expected["mode"] as? String {
            case "content": diff = try diffPacks(old: old.toJson(), new: new.toJson())
            case "structure": diff = try diffPackStructure(source: old.toJson(), translation: new.toJson())
            default:
                XCTFail("\(name): unknown mode \(expected["mode"] ?? "none")")
                continue
            }
            XCTAssertEqual(text(diff.mode), expected["mode"] as? String, "\(name): mode")
            XCTAssertEqual(text(diff.requiredBump), expected["required_bump"] as? String, "\(name): required_bump")
            let expectedChanges = (expected["changes"] as? [[String: Any]] ?? []).map { change in
                line(
                    change["kind"] as? String ?? "?",
                    change["old_path"] as? String,
                    change["new_path"] as? String,
                    change["bump"] as? String ?? "?"
                )
            }
            let changes = diff.changes.map { line(text($0.kind), $0.oldPath, $0.newPath, text($0.bump)) }
            XCTAssertEqual(changes, expectedChanges, "\(name): changes")
            XCTAssertEqual(diff.changedTexts, expected["changed_texts"] as? [String], "\(name): changed_texts")
            if diff.mode == .content {
                XCTAssertEqual(
                    try versionCheck(old: old.toJson(), new: new.toJson()),
                    expected["version_check"] as? String,
                    "\(name): version_check"
                )
                for check in expected["version_checks"] as? [[String: Any]] ?? [] {
                    let from = check["old"] as? String ?? "?"
                    let to = check["new"] as? String ?? "?"
                    XCTAssertEqual(
                        try versionCheck {
                            try checkVersionBump(old: old.toJson(), new: new.toJson(), oldVersion: from, newVersion: to)
                        },
                        check["result"] as? String,
                        "\(name): version_checks \(from) -> \(to)"
                    )
                }
                let changelog = try String(contentsOf: dir.appendingPathComponent("changelog.md"), encoding: .utf8)
                XCTAssertEqual(try packChangelogEntry(old: old.toJson(), new: new.toJson()), changelog, "\(name): changelog.md")
            }
        }
    }

    /// The code of the `Version` error that checking the packs' versions throws, or nil.
    private func versionCheck(old: String, new: String) throws -> String? {
        try versionCheck { try checkPackVersions(old: old, new: new) }
    }

    /// The code of the `Version` error that a check of versions throws, or nil.
    private func versionCheck(_ check: () throws -> Void) throws -> String? {
        do {
            try check()
            return nil
        } catch let ContentError.Version(_, code) {
            return code
        }
    }

    func testARewordedTextNeedsAPatchAndTheChangeSaysWhereAndWhat() throws {
        let old = bundledPack()
        let json = old.toJson()
        guard let range = json.range(of: "\"Vicarious traumatisation\",") else {
            return XCTFail("the bundled pack has no title")
        }
        let new = try loadPackFromJson(text: json.replacingCharacters(in: range, with: "\"Vicarious trauma\",")).pack
        let diff = try diffPacks(old: old.toJson(), new: new.toJson())
        XCTAssertEqual(diff.requiredBump, .patch)
        XCTAssertEqual(diff.changedTexts, ["/title"])
        XCTAssertEqual(diff.changes.count, 1)
        let change = try XCTUnwrap(diff.changes.first)
        XCTAssertEqual(change.kind, .textChanged)
        XCTAssertEqual(change.oldPath, "/title")
        XCTAssertEqual(change.newPath, "/title")
        XCTAssertEqual(change.oldValue, "Vicarious traumatisation")
        XCTAssertEqual(change.newValue, "Vicarious trauma")
        XCTAssertEqual(diff.oldVersion, old.version())
        XCTAssertEqual(try versionCheck(old: old.toJson(), new: new.toJson()), "version-bump-too-small")
        XCTAssertTrue(try packChangelogEntry(old: old.toJson(), new: new.toJson()).contains("### Reworded"))
        try checkVersionBump(old: old.toJson(), new: new.toJson(), oldVersion: "1.1.2", newVersion: "1.1.3")
        XCTAssertThrowsError(
            try checkVersionBump(old: old.toJson(), new: new.toJson(), oldVersion: "1.1.2", newVersion: "1.2")
        ) { error in
            guard case let ContentError.InvalidArgument(_, name, value) = error else {
                return XCTFail("not InvalidArgument: \(error)")
            }
            XCTAssertEqual([name, value], ["newVersion", "1.2"])
        }
    }

    func testAPackHasNoChangesFromItself() throws {
        let diff = try diffPacks(old: bundledPack().toJson(), new: try loadPackFromBytes(bytes: Fixtures.bundledBytes()).pack.toJson())
        XCTAssertEqual(diff.changes, [])
        XCTAssertEqual(diff.requiredBump, Bump.none)
        XCTAssertEqual(diff.mode, .content)
    }

    /// A change as one line: "kind old-path new-path bump", with "null" for a missing path.
    private func line(_ kind: String, _ oldPath: String?, _ newPath: String?, _ bump: String) -> String {
        "\(kind) \(oldPath ?? "null") \(newPath ?? "null") \(bump)"
    }

    /// The kind of a change as the fixtures write it.
    private func text(_ kind: ChangeKind) -> String {
        switch kind {
        case .itemAdded: return "item-added"
        case .itemRemoved: return "item-removed"
        case .itemMoved: return "item-moved"
        case .textChanged: return "text-changed"
        case .fieldAdded: return "field-added"
        case .fieldRemoved: return "field-removed"
        case .valueChanged: return "value-changed"
        }
    }

    /// A bump as the fixtures write it.
    private func text(_ bump: Bump) -> String {
        switch bump {
        case .none: return "none"
        case .patch: return "patch"
        case .minor: return "minor"
        case .major: return "major"
        }
    }

    /// A mode as the fixtures write it.
    private func text(_ mode: DiffMode) -> String {
        switch mode {
        case .content: return "content"
        case .structure: return "structure"
        }
    }
}
