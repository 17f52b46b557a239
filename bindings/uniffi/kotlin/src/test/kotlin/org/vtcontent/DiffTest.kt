package org.vtcontent

import java.nio.file.Files
import java.nio.file.Path
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.DynamicTest.dynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.assertThrows

/**
 * Diffs through Kotlin: every case of `tests/conformance/diff` gives exactly the changes, bumps,
 * changed texts and version checks written in its `expected.json`, and the changelog entry of its
 * `changelog.md`, as in Rust and Python.
 */
class DiffTest {
    private fun load(path: Path): ContentPack = loadPackFromBytes(Files.readAllBytes(path)).pack

    /** An enum's name as the fixtures write it: `ITEM_ADDED` is `item-added`. */
    private fun text(value: Enum<*>): String = value.name.lowercase().replace('_', '-')

    /** A string field of a JSON object, or null where the fixture writes null. */
    private fun JSONObject.stringOrNull(key: String): String? = if (isNull(key)) null else getString(key)

    /** The code of the `Version` error that a check of versions throws, or null. */
    private fun versionCheck(check: () -> Unit): String? =
        try {
            check()
            null
        } catch (error: ContentException.Version) {
            error.code
        }

    @TestFactory
    fun `every diff case gives exactly the expected changes`(): List<DynamicTest> =
        Fixtures.cases("diff").map { dir ->
            val case = dir.fileName.toString()
            dynamicTest(case) {
                val expected = Fixtures.json(dir.resolve("expected.json"))
                val old = load(dir.resolve("old.json"))
                val new = load(dir.resolve("new.json"))
                val diff = when (val mode = expected.getString("mode")) {
                    "content" -> diffPacks(old.toJson(), new.toJson())
                    "structure" -> diffPackStructure(old.toJson(), new.toJson())
                    else -> error("$case: unknown mode $mode")
                }
                assertEquals(expected.getString("mode"), text(diff.mode), "$case: mode")
                assertEquals(expected.getString("required_bump"), text(diff.requiredBump), "$case: required_bump")
                val changes = expected.getJSONArray("changes")
                assertEquals(
                    List(changes.length()) { changes.getJSONObject(it) }.map {
                        listOf(it.getString("kind"), it.stringOrNull("old_path"), it.stringOrNull("new_path"), it.getString("bump"))
                    },
                    diff.changes.map { listOf(text(it.kind), it.oldPath, it.newPath, text(it.bump)) },
                    "$case: changes",
                )
                assertEquals(Fixtures.strings(expected.getJSONArray("changed_texts")), diff.changedTexts, "$case: changed_texts")
                if (diff.mode == DiffMode.CONTENT) {
                    val checked = versionCheck { checkPackVersions(old.toJson(), new.toJson()) }
                    assertEquals(expected.stringOrNull("version_check"), checked, "$case: version_check")
                    val checks = expected.optJSONArray("version_checks")
                    for (check in List(checks?.length() ?: 0) { checks!!.getJSONObject(it) }) {
                        val (from, to) = check.getString("old") to check.getString("new")
                        assertEquals(
                            check.stringOrNull("result"),
                            versionCheck { checkVersionBump(old.toJson(), new.toJson(), from, to) },
                            "$case: version_checks $from -> $to",
                        )
                    }
                    assertEquals(
                        Files.readString(dir.resolve("changelog.md")),
                        packChangelogEntry(old.toJson(), new.toJson()),
                        "$case: changelog.md",
                    )
                }
            }
        }

    @Test
    fun `a reworded text needs a patch, and the change says where and what`() {
        val old = bundledPack()
        val new = loadPackFromJson(old.toJson().replaceFirst("\"Vicarious traumatisation\",", "\"Vicarious trauma\",")).pack
        val diff = diffPacks(old.toJson(), new.toJson())
        assertEquals(Bump.PATCH, diff.requiredBump)
        assertEquals(listOf("/title"), diff.changedTexts)
        val change = diff.changes.single()
        assertEquals(ChangeKind.TEXT_CHANGED, change.kind)
        assertEquals("/title" to "/title", change.oldPath to change.newPath)
        assertEquals("Vicarious traumatisation" to "Vicarious trauma", change.oldValue to change.newValue)
        assertEquals(old.version(), diff.oldVersion)
        val error = assertThrows<ContentException.Version> { checkPackVersions(old.toJson(), new.toJson()) }
        assertEquals("version-bump-too-small", error.code)
        assertTrue(error.summary.endsWith("text reworded at /title (patch)"), error.summary)
        assertTrue(packChangelogEntry(old.toJson(), new.toJson()).contains("### Reworded"))
        checkVersionBump(old.toJson(), new.toJson(), "1.1.2", "1.1.3")
        val malformed = assertThrows<ContentException.InvalidArgument> {
            checkVersionBump(old.toJson(), new.toJson(), "1.1.2", "1.2")
        }
        assertEquals("newVersion" to "1.2", malformed.name to malformed.value)
    }

    @Test
    fun `bumps are ordered and a pack has no changes from itself`() {
        assertTrue(Bump.NONE < Bump.PATCH && Bump.PATCH < Bump.MINOR && Bump.MINOR < Bump.MAJOR)
        val diff = diffPacks(bundledPack().toJson(), loadPackFromBytes(Fixtures.bundledBytes()).pack.toJson())
        assertEquals(emptyList<Change>(), diff.changes)
        assertEquals(Bump.NONE, diff.requiredBump)
        assertEquals(DiffMode.CONTENT, diff.mode)
    }
}
