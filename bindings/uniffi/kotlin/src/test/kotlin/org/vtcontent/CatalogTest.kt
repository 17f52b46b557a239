package org.vtcontent

import java.nio.file.Files
import org.json.JSONArray
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.DynamicTest.dynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.assertThrows

/** The shared catalog fixtures of `tests/conformance/catalog`, through Kotlin. */
class CatalogTest {
    private val dir = Fixtures.root.resolve("catalog")
    private val catalog = loadCatalogFromDir(dir.resolve("packs").toString())

    private fun array(name: String) = JSONArray(Files.readString(dir.resolve(name)))

    /** The pack files of a directory by name, as an app reads its assets. */
    private fun texts(directory: java.nio.file.Path, prefix: String = ""): Map<String, String> =
        Files.list(directory).use { files ->
            files.filter { it.fileName.toString().endsWith(".json") }
                .toList()
                .associate { prefix + it.fileName.toString() to Files.readString(it) }
        }

    @Test
    fun `packs given as texts make the catalog of their directory`() {
        val packs = dir.resolve("packs")
        val given = loadCatalogFromJson(texts(packs) + texts(packs.resolve("released"), "released/"))
        assertEquals(catalog.locales(), given.locales())
        assertEquals(catalog.locales().map { catalog.get(it).toJson() }, given.locales().map { given.get(it).toJson() })
        assertEquals(catalog.warnings(), given.warnings())
        assertEquals(catalog.translationStatus(), given.translationStatus())
        val invalid = dir.resolve("invalid/missing-and-extra-items")
        val fromTexts = assertThrows<CatalogException.Invalid> { loadCatalogFromJson(texts(invalid)) }
        val fromDir = assertThrows<CatalogException.Invalid> { loadCatalogFromDir(invalid.toString()) }
        assertEquals(fromDir.summary, fromTexts.summary)
        assertEquals(fromDir.violations, fromTexts.violations)
    }

    @Test
    fun `a directory that cannot be read is CatalogException Io, with the reason`() {
        val missing = dir.resolve("no-such-directory").toString()
        val error = assertThrows<CatalogException.Io> { loadCatalogFromDir(missing) }
        assertTrue(missing in error.summary, error.summary)
        assertTrue("No such file or directory" in error.reason, error.reason)
    }

    @Test
    fun `the fixture catalog has its locales and warnings`() {
        val expected = Fixtures.json(dir.resolve("expected.json"))
        assertEquals(Fixtures.strings(expected.getJSONArray("locales")), catalog.locales())
        assertEquals(expected.getString("default"), catalog.defaultLocale())
        val warnings = expected.getJSONArray("warnings")
        assertEquals(
            List(warnings.length()) { warnings.getJSONObject(it).let { w -> Triple(w.getString("file"), w.getString("code"), w.getString("path")) } },
            catalog.warnings().map { Triple(it.file, it.warning.code, it.warning.path) },
        )
    }

    @Test
    fun `each translation says how complete and current it is`() {
        val expected = Fixtures.json(dir.resolve("expected.json")).getJSONArray("translation_status")
        val wanted = List(expected.length()) { i ->
            expected.getJSONObject(i).let { s ->
                listOf(
                    s.getString("locale"), s.getString("translates"), s.getBoolean("stale"),
                    s.getInt("texts"), s.getInt("translated"),
                    if (s.isNull("changed_since")) null else s.getInt("changed_since"),
                )
            }
        }
        val statuses = catalog.translationStatus()
        assertEquals(
            wanted,
            statuses.map {
                listOf(it.locale, it.translates, it.stale, it.texts.toInt(), it.translated.toInt(), it.changedSince?.size)
            },
        )
        assertEquals("/audience", statuses.first { it.locale == "de" }.changedSince?.first())
    }

    @TestFactory
    fun `fallback cases`(): List<DynamicTest> {
        val cases = array("fallback.json")
        assertTrue(cases.length() > 0, "no fallback cases")
        return List(cases.length()) { i ->
            val case = cases.getJSONObject(i)
            dynamicTest("\"${case.getString("request")}\"") {
                assertEquals(case.getString("locale"), catalog.get(case.getString("request")).locale())
            }
        }
    }

    @TestFactory
    fun `negotiation cases`(): List<DynamicTest> {
        val cases = array("negotiation.json")
        assertTrue(cases.length() > 0, "no negotiation cases")
        return List(cases.length()) { i ->
            val case = cases.getJSONObject(i)
            dynamicTest(case.getString("name")) {
                val found = if (case.has("header")) {
                    catalog.negotiateHeader(case.getString("header"))
                } else {
                    catalog.negotiate(Fixtures.strings(case.getJSONArray("tags")))
                }
                assertEquals(case.getString("locale"), found.pack.locale())
                assertEquals(if (case.isNull("requested")) null else case.getString("requested"), found.requested)
            }
        }
    }

    @TestFactory
    fun `invalid catalogs report every file and rule`(): List<DynamicTest> =
        Fixtures.cases("catalog/invalid").map { case ->
            dynamicTest(case.fileName.toString()) {
                val expected = Fixtures.json(case.resolveSibling("${case.fileName}.expected.json"))
                val error = assertThrows<CatalogException.Invalid> { loadCatalogFromDir(case.toString()) }
                val files = expected.getJSONArray("files")
                assertEquals(
                    List(files.length()) {
                        files.getJSONObject(it).let { f -> Triple(f.getString("file"), f.getString("error"), Fixtures.strings(f.getJSONArray("codes"))) }
                    },
                    error.files.map { f -> Triple(f.file, f.kind, f.violations.map { it.code }) },
                )
                // A syntax error's line and column.
                assertEquals(
                    List(files.length()) { files.getJSONObject(it) }.filter { it.has("at") }.map { f ->
                        f.getJSONArray("at").let { "${f.getString("file")}:${it.getInt(0)}:${it.getInt(1)}" }
                    },
                    error.files.filter { it.line != null }.map { "${it.file}:${it.line}:${it.column}" },
                )
                val violations = expected.getJSONArray("violations")
                assertEquals(
                    List(violations.length()) { violations.getJSONObject(it).let { v -> Triple(v.getString("file"), v.getString("code"), v.getString("path")) } },
                    error.violations.map { Triple(it.file, it.violation.code, it.violation.path) },
                )
            }
        }

    @Test
    fun `the bundled catalog is en-GB alone`() {
        val bundled = bundledCatalog()
        assertEquals(listOf("en-GB"), bundled.locales())
        assertEquals("en-GB", bundled.get("cy").locale())
        assertTrue(bundled.warnings().isEmpty())
    }
}
