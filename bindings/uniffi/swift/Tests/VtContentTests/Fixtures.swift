import Foundation
import VtContent
import XCTest

/// The shared conformance fixtures of `tests/conformance`, found from this file's path.
enum Fixtures {
    /// The repository's root: six levels above this file.
    static let repository: URL = (0..<6).reduce(URL(fileURLWithPath: #filePath)) { url, _ in
        url.deletingLastPathComponent()
    }

    /// The fixtures' directory.
    static let root = repository.appendingPathComponent("tests/conformance")

    /// The case directories of `valid`, `invalid`, `diff` or `pseudo`, sorted by name; fails when there are none.
    static func cases(_ kind: String) throws -> [URL] {
        let dir = root.appendingPathComponent(kind)
        let cases = try FileManager.default
            .contentsOfDirectory(at: dir, includingPropertiesForKeys: [.isDirectoryKey])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        XCTAssertFalse(cases.isEmpty, "no conformance cases in \(dir.path)")
        return cases
    }

    /// The JSON value in a file.
    static func json(_ url: URL) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }

    /// The `code` and `path` of each object of a JSON list, as "code at path".
    static func codesAndPaths(_ list: Any?) -> [String] {
        ((list as? [[String: Any]]) ?? []).map { "\($0["code"] as? String ?? "?") at \($0["path"] as? String ?? "?")" }
    }

    /// The bundled pack's JSON text as bytes, as the Rust crate ships it.
    static func bundledBytes() throws -> Data {
        try Data(contentsOf: repository.appendingPathComponent("crates/vt-content/content/en-GB.json"))
    }
}

/// The summary and the violations of an error, read from its fields: no violations for
/// an unknown sign, an argument, a version or an I/O error.
func summaryAndViolations(_ error: ContentError) -> (summary: String, violations: [Violation]) {
    switch error {
    case let .Validation(summary, violations): return (summary, violations)
    case let .UnsupportedSchemaVersion(summary, _, _, violations): return (summary, violations)
    case let .Syntax(summary, _, _, _, _, violations): return (summary, violations)
    case let .UnknownSign(summary, _): return (summary, [])
    case let .InvalidArgument(summary, _, _): return (summary, [])
    case let .Version(summary, _): return (summary, [])
    case let .Io(summary, _): return (summary, [])
    }
}

/// The code and path of each violation, as "code at path".
func codesAndPaths(_ violations: [Violation]) -> [String] {
    violations.map { "\($0.code) at \($0.path)" }
}

/// The code and path of each warning, as "code at path".
func codesAndPaths(_ warnings: [Warning]) -> [String] {
    warnings.map { "\($0.code) at \($0.path)" }
}
