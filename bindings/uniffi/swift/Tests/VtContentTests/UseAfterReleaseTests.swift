import Foundation
import VtContent
import XCTest

/// A pack's lifetime in Swift. Swift has no `close()`: a pack is freed when its last
/// reference goes, so no call can reach a freed pack. Packs are not `Equatable`: equality
/// by content would pass the other pack to Rust as an argument, which Kotlin can do after
/// closing it (a read of freed memory), and both languages share one interface. Content
/// compares through `toJson()`. (Written to compile; this project's Linux machines have
/// no Swift toolchain, see scripts/test-swift.sh.)
final class UseAfterReleaseTests: XCTestCase {
    private func load() throws -> ContentPack {
        try loadPackFromBytes(bytes: Fixtures.bundledBytes()).pack
    }

    func testAReleasedPackIsFreedAndItsRecordsLiveOn() throws {
        var pack: ContentPack? = try load()
        weak var released = pack
        let signs = try XCTUnwrap(pack).signs()
        let json = try XCTUnwrap(pack).toJson()
        pack = nil
        XCTAssertNil(released)
        XCTAssertEqual(signs.count, 7)
        XCTAssertEqual(signs[5].id, "withdrawing")
        XCTAssertEqual(try loadPackFromJson(text: json).pack.toJson(), json)
    }

    func testReleasingOneHandleLeavesTheOthersOnTheSameContentUsable() throws {
        var first: ContentPack? = bundledPack()
        let second = bundledPack()
        XCTAssertFalse(try XCTUnwrap(first) === second)
        first = nil
        XCTAssertEqual(second.signs().count, 7)
        XCTAssertEqual(bundledPack().toJson(), second.toJson())
        var loaded: LoadedPack? = try loadPackFromBytes(bytes: Fixtures.bundledBytes())
        let pack = try XCTUnwrap(loaded).pack
        loaded = nil
        XCTAssertEqual(pack.signs().count, 7)
    }

    func testEveryMethodWorksOnAPackWhoseOtherReferencesAreGone() throws {
        var holder: [ContentPack] = [try load()]
        let pack = holder[0]
        holder.removeAll()
        XCTAssertFalse(pack.about().definition.isEmpty)
        XCTAssertFalse(pack.advice().prevention.isEmpty)
        XCTAssertEqual(pack.audience(), "People who support others in distress, at work, at home or in their community")
        XCTAssertFalse(pack.attribution().notice.isEmpty)
        XCTAssertEqual(pack.contentWarnings().count, 1)
        XCTAssertEqual(pack.direction(), .leftToRight)
        XCTAssertFalse(pack.disclaimer().isEmpty)
        XCTAssertEqual(try pack.guidance(recognised: ["withdrawing"]).kind, .seekSupport)
        XCTAssertTrue(try pack.guidancePage(recognised: ["withdrawing"]).toMarkdown().contains("Pulling away from others"))
        XCTAssertEqual(pack.id(), "vicarious-traumatisation")
        XCTAssertEqual(pack.labels().speakTo, "Speak to")
        XCTAssertEqual(pack.locale(), "en-GB")
        XCTAssertTrue(pack.page().toHtml(fragment: false, stylesheet: nil).hasPrefix("<!DOCTYPE html>"))
        XCTAssertNotNil(pack.practice(id: "ground"))
        XCTAssertEqual(pack.practices().count, 3)
        XCTAssertEqual(try pack.pseudo(locale: .enXa).pack.locale(), "en-XA")
        XCTAssertEqual(pack.region(), "GB-ENG")
        XCTAssertEqual(pack.review().status, .draft)
        XCTAssertNil(try pack.reviewWarning(today: "2026-01-31"))
        XCTAssertNotNil(pack.schemaLink())
        XCTAssertEqual(pack.schemaVersion(), "1.1")
        XCTAssertNotNil(pack.selfCareAction(id: "stay-connected"))
        XCTAssertEqual(pack.selfCareActions().count, 4)
        XCTAssertNotNil(pack.sign(id: "withdrawing"))
        XCTAssertEqual(pack.signs().count, 7)
        XCTAssertFalse(pack.summary().isEmpty)
        XCTAssertEqual(pack.support().count, 3)
        XCTAssertNotNil(pack.supportRoute(id: "line-manager"))
        XCTAssertFalse(pack.title().isEmpty)
        XCTAssertFalse(pack.toJson().isEmpty)
        XCTAssertNil(pack.translation())
        XCTAssertEqual(pack.urgentHelp()?.contacts.count, 4)
        XCTAssertFalse(pack.version().isEmpty)
    }

    func testPacksMadeAndReleasedOnManyThreadsAtOnce() throws {
        let bytes = try Fixtures.bundledBytes()
        let expected = bundledPack().toJson()
        let lock = NSLock()
        var results: [Bool] = []
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            var ok = true
            for _ in 0..<20 {
                var pack: ContentPack? = try? loadPackFromBytes(bytes: bytes).pack
                let shared = pack
                pack = nil
                ok = ok && shared?.toJson() == expected
            }
            lock.lock()
            results.append(ok)
            lock.unlock()
        }
        XCTAssertEqual(results, Array(repeating: true, count: 16))
    }

    func testContentComparesThroughTheCanonicalJson() throws {
        let a = try load()
        let b = try loadPackFromJson(text: a.toJson()).pack
        XCTAssertEqual(a.toJson(), b.toJson())
        let renamed = try loadPackFromJson(text: a.toJson().replacingOccurrences(of: a.title(), with: "Another title")).pack
        XCTAssertEqual(Set([a.toJson(), b.toJson(), renamed.toJson()]).count, 2)
    }
}
