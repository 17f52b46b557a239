// Smoke test of the published jar: the public API, called as a consumer calls it. Run by
// scripts/smoke-dist.sh with `java -cp`, no system property (JNA finds the native library
// in the jar). Exits non-zero on failure.
import org.vtcontent.*

fun main() {
    // uniffi's `use`, an inline function in the jar, inlined into a consumer of target 11.
    val title = bundledPack().use { it.title() }
    check(title == "Vicarious traumatisation") { "title: $title" }

    val pack = bundledPack()
    val signs = pack.signs()
    check(signs.size == 7 && signs.any { it.id == "withdrawing" }) { "signs: ${signs.map { it.id }}" }

    val guidance = pack.guidance(listOf("withdrawing"))
    check(guidance.kind == GuidanceKind.SEEK_SUPPORT) { "kind: ${guidance.kind}" }
    check(guidance.recognisedSigns.map { it.id } == listOf("withdrawing"))
    check(guidance.speakTo.isNotEmpty()) { "no support route to speak to" }

    try {
        loadPackFromJson("{not json")
        error("loadPackFromJson accepted bad JSON")
    } catch (expected: ContentException.Syntax) {
        check(expected.line == 1u) { "line: ${expected.line}" }
    }

    try {
        pack.guidance(listOf("no-such-sign"))
        error("guidance accepted an unknown sign")
    } catch (expected: ContentException.UnknownSign) {
        check(expected.id == "no-such-sign")
    }

    println(
        "kotlin smoke: ${signs.size} signs, guidance ${guidance.kind}, " +
            "speak to ${guidance.speakTo.joinToString { it.title }}, Kotlin runtime ${KotlinVersion.CURRENT}",
    )
}
