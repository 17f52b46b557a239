package org.vtcontent

import java.nio.file.Files
import org.json.JSONArray
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.DynamicTest.dynamicTest
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.assertThrows

/**
 * Every case of the shared fixtures in `tests/conformance` gives, through Kotlin, exactly the
 * outcome written in its `expected.json`: the same as in Rust and Python.
 */
class ConformanceTest {
    @TestFactory
    fun `valid packs load with exactly the expected warnings`(): List<DynamicTest> =
        Fixtures.cases("valid").map { dir ->
            val case = dir.fileName.toString()
            dynamicTest(case) {
                val expected = Fixtures.json(dir.resolve("expected.json"))
                val loaded = loadPackFromBytes(Files.readAllBytes(dir.resolve("pack.json")))
                assertEquals(
                    Fixtures.codesAndPaths(expected.getJSONArray("warnings")),
                    loaded.warnings.map { it.code to it.path },
                    "$case: warnings",
                )
            }
        }

    @TestFactory
    fun `invalid packs are refused with exactly the expected error`(): List<DynamicTest> =
        Fixtures.cases("invalid").map { dir ->
            val case = dir.fileName.toString()
            dynamicTest(case) {
                val expected = Fixtures.json(dir.resolve("expected.json"))
                val bytes = Files.readAllBytes(dir.resolve("pack.json"))
                val error = assertThrows<ContentException>(case) { loadPackFromBytes(bytes) }
                assertEquals(expected.getString("error"), kindOf(error), "$case: $error")
                assertEquals(
                    Fixtures.codesAndPaths(expected.getJSONArray("violations")),
                    violationsOf(error).map { it.code to it.path },
                    "$case: violations",
                )
                if (error is ContentException.Syntax) {
                    assertEquals(expected.getInt("line"), error.line.toInt(), "$case: line")
                    assertEquals(expected.getInt("column"), error.column.toInt(), "$case: column")
                } else {
                    assertFalse(expected.has("line") || expected.has("column"), "$case: a position without a syntax error")
                }
            }
        }

    @TestFactory
    fun `pseudo-locales give exactly the expected pack or error`(): List<DynamicTest> =
        Fixtures.cases("pseudo").flatMap { dir ->
            val case = dir.fileName.toString()
            val source = loadPackFromBytes(Files.readAllBytes(Fixtures.root.resolve("valid/$case/pack.json"))).pack
            PseudoLocale.entries.map { locale ->
                // EN_XA is the tag en-XA.
                val tag = "${locale.name.substringBefore('_').lowercase()}-${locale.name.substringAfter('_')}"
                dynamicTest("$case $tag") {
                    val packFile = dir.resolve("$tag.json")
                    val errorFile = dir.resolve("$tag.error.json")
                    assertTrue(Files.exists(packFile) != Files.exists(errorFile), "$case $tag: one expected file")
                    if (Files.exists(packFile)) {
                        val pack = source.pseudo(locale).pack
                        assertEquals(Files.readString(packFile), pack.toJson(), "$case $tag")
                        assertEquals(tag, pack.locale())
                    } else {
                        val expected = Fixtures.json(errorFile)
                        val error = assertThrows<ContentException.Validation>("$case $tag") { source.pseudo(locale) }
                        assertEquals(expected.getString("error"), kindOf(error), "$case $tag")
                        assertEquals(
                            Fixtures.codesAndPaths(expected.getJSONArray("violations")),
                            error.violations.map { it.code to it.path },
                            "$case $tag: violations",
                        )
                    }
                }
            }
        }

    @TestFactory
    fun `guidance for the bundled pack is exactly the expected guidance`(): List<DynamicTest> {
        val cases = JSONArray(Files.readString(Fixtures.root.resolve("guidance.json")))
        assertTrue(cases.length() > 0, "guidance.json has no cases")
        val pack = bundledPack()
        return List(cases.length()) { cases.getJSONObject(it) }.map { case ->
            val name = case.getString("name")
            dynamicTest(name) {
                val recognised = Fixtures.strings(case.getJSONArray("recognised"))
                val expectedError = case.optJSONObject("error")
                if (expectedError != null) {
                    val error = assertThrows<ContentException.UnknownSign>(name) { pack.guidance(recognised) }
                    assertEquals("unknown-sign", expectedError.getString("code"), name)
                    assertEquals(expectedError.getString("id"), error.id, name)
                } else {
                    assertGuidance(name, case.getJSONObject("expected"), pack.guidance(recognised))
                }
            }
        }
    }

    @TestFactory
    fun `a pack in each locale has the expected direction`(): List<DynamicTest> {
        val cases = JSONArray(Files.readString(Fixtures.root.resolve("direction.json")))
        val minimal = Files.readString(Fixtures.root.resolve("valid/minimal-pack/pack.json"))
        val expected = List(cases.length()) { cases.getJSONObject(it) }
        assertEquals(setOf("ltr", "rtl"), expected.map { it.getString("direction") }.toSet())
        return expected.map { case ->
            val locale = case.getString("locale")
            dynamicTest(locale) {
                val json = minimal.replaceFirst("\"locale\": \"en-GB\"", "\"locale\": \"$locale\"")
                val pack = loadPackFromJson(json).pack
                assertEquals(locale, pack.locale())
                val direction = when (case.getString("direction")) {
                    "rtl" -> Direction.RIGHT_TO_LEFT
                    else -> Direction.LEFT_TO_RIGHT
                }
                assertEquals(direction, pack.direction(), locale)
            }
        }
    }

    private fun assertGuidance(name: String, expected: JSONObject, guidance: Guidance) {
        fun ids(key: String) = Fixtures.strings(expected.getJSONArray(key))
        assertEquals(expected.getString("kind"), guidance.kind.name.lowercase().replace('_', '-'), "$name: kind")
        assertEquals(ids("recognised_signs"), guidance.recognisedSigns.map { it.id }, "$name: recognised_signs")
        assertEquals(ids("speak_to"), guidance.speakTo.map { it.id }, "$name: speak_to")
        assertEquals(ids("self_care_actions"), guidance.selfCareActions.map { it.id }, "$name: self_care_actions")
        assertEquals(ids("practices"), guidance.practices.map { it.id }, "$name: practices")
        assertEquals(ids("urgent_help"), guidance.urgentHelp?.contacts.orEmpty().map { it.id }, "$name: urgent_help")
        assertEquals(expected.getString("review_status"), guidance.review.status?.name?.lowercase(), "$name: review_status")
    }

    /** The violations an error carries: none for an unknown sign, an argument, a version or an I/O error. */
    private fun violationsOf(error: ContentException): List<Violation> = when (error) {
        is ContentException.Validation -> error.violations
        is ContentException.Syntax -> error.violations
        is ContentException.UnsupportedSchemaVersion -> error.violations
        is ContentException.UnknownSign, is ContentException.InvalidArgument, is ContentException.Version,
        is ContentException.Io -> emptyList()
    }

    /** The kind of an error as the fixtures write it. */
    private fun kindOf(error: ContentException): String = when (error) {
        is ContentException.Validation -> "validation"
        is ContentException.Syntax -> "syntax"
        is ContentException.UnsupportedSchemaVersion -> "unsupported-schema-version"
        is ContentException.UnknownSign -> "unknown-sign"
        is ContentException.InvalidArgument -> "invalid-argument"
        is ContentException.Version -> "version"
        is ContentException.Io -> "io"
    }
}
