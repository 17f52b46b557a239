package org.vtcontent

import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The Kotlin API itself: records, equality, enums, exceptions, lookups and threads. */
class ApiTest {
    private val pack = bundledPack()

    @Test
    fun `the bundled pack is a record of its fields`() {
        assertEquals("vicarious-traumatisation", pack.id)
        assertEquals("en-GB", pack.locale)
        assertEquals("1.0", pack.schemaVersion)
        assertTrue(Regex("""\d+\.\d+\.\d+.*""").matches(pack.version), pack.version)
        assertEquals(7, pack.signs.size)
        assertEquals(4, pack.selfCareActions.size)
        assertEquals(listOf("trusted-person", "line-manager"), pack.advice.signsRecognised.speakTo)
        assertTrue(pack.attribution.notice.contains("RotherHive"), pack.attribution.notice)
        assertTrue(pack.about.burnout.differences.isNotEmpty())
    }

    @Test
    fun `review dates are ISO 8601 dates`() {
        val lastReviewed = java.time.LocalDate.parse(pack.review.lastReviewed)
        val nextReviewDue = java.time.LocalDate.parse(pack.review.nextReviewDue)
        assertTrue(lastReviewed < nextReviewDue, "$lastReviewed, $nextReviewDue")
    }

    @Test
    fun `records are immutable values with structural equality`() {
        val loaded = loadPackFromBytes(Fixtures.bundledBytes())
        assertEquals(pack, loaded.pack)
        assertEquals(pack.hashCode(), loaded.pack.hashCode())
        assertEquals(emptyList<Warning>(), loaded.warnings)
        val renamed = pack.copy(title = "Another title")
        assertNotEquals(pack, renamed)
        assertEquals(pack.signs, renamed.signs)
        val setters = ContentPack::class.java.methods.filter { it.name.startsWith("set") }
        assertEquals(emptyList<String>(), setters.map { it.name })
    }

    @Test
    fun `the practice kind is an enum`() {
        assertEquals(listOf(PracticeKind.GROUND, PracticeKind.RELEASE, PracticeKind.RECHARGE), pack.practices.map { it.kind })
        assertEquals(PracticeKind.entries, pack.practices.map { it.kind })
        assertEquals(PracticeKind.RELEASE, pack.practice("release")?.kind)
    }

    @Test
    fun `lookups find items by id and null for an unknown id`() {
        assertEquals("withdrawing", pack.sign("withdrawing")?.id)
        assertEquals(pack.signs[5], pack.sign("withdrawing"))
        assertEquals("stay-connected", pack.selfCareAction("stay-connected")?.id)
        assertEquals("ground", pack.practice("ground")?.id)
        assertEquals("line-manager", pack.supportRoute("line-manager")?.id)
        assertNull(pack.sign("Withdrawing"))
        assertNull(pack.sign("ground"))
        assertNull(pack.practice(""))
        assertNull(pack.supportRoute("a".repeat(10_000)))
    }

    @Test
    fun `guidance for recognised signs and for none`() {
        val guidance = pack.guidance(listOf("withdrawing", "low-motivation", "withdrawing"))
        assertEquals(GuidanceKind.SEEK_SUPPORT, guidance.kind)
        assertEquals(listOf("withdrawing", "low-motivation"), guidance.recognisedSigns.map { it.id })
        assertEquals(pack.advice.signsRecognised.message, guidance.message)
        assertEquals(listOf("trusted-person", "line-manager"), guidance.speakTo.map { it.id })
        assertEquals(pack.practices, guidance.practices)

        val prevention = pack.guidance(emptyList())
        assertEquals(GuidanceKind.PREVENTION, prevention.kind)
        assertEquals(pack.advice.prevention, prevention.message)
        assertEquals(emptyList<SupportRoute>(), prevention.speakTo)
    }

    @Test
    fun `an unknown sign is an exception naming it`() {
        val error = assertThrows<ContentException.UnknownSign> { pack.guidance(listOf("withdrawing", "sad")) }
        assertEquals("sad", error.id)
        assertEquals("\"sad\" is not the id of a sign in this pack", error.toString())
        assertEquals(emptyList<Violation>(), error.violations())
    }

    @Test
    fun `a syntax error has its code, line and column`() {
        val error = assertThrows<ContentException.Syntax> { loadPackFromJson("{\n  \"signs\": ]") }
        assertEquals("json-syntax", error.code)
        assertEquals(2u, error.line)
        assertEquals(12u, error.column)
        assertTrue(error.toString().startsWith("the pack is not valid JSON: line 2, column 12 [json-syntax]"), error.toString())
        assertEquals(listOf("json-syntax" to ""), error.violations().map { it.code to it.path })
    }

    @Test
    fun `a pack that breaks rules lists every violation`() {
        val text = String(Fixtures.bundledBytes()).replace("\"withdrawing\"", "\"Withdrawing\"")
        val error = assertThrows<ContentException.Validation> { loadPackFromJson(text) }
        assertEquals(listOf("invalid-id" to "/signs/5/id"), error.violations.map { it.code to it.path })
        assertEquals(error.violations, error.violations())
        assertTrue(error.violations[0].message.isNotBlank())
        assertTrue(error.toString().startsWith("the pack has 1 violation: /signs/5/id [invalid-id]"), error.toString())
    }

    @Test
    fun `another major schema version names both versions`() {
        val text = String(Fixtures.bundledBytes()).replace("\"schema_version\": \"1.0\"", "\"schema_version\": \"2.0\"")
        val error = assertThrows<ContentException.UnsupportedSchemaVersion> { loadPackFromJson(text) }
        assertEquals("2.0", error.found)
        assertEquals("1.0", error.supported)
        assertEquals(listOf("unsupported-schema-version" to "/schema_version"), error.violations().map { it.code to it.path })
    }

    @Test
    fun `a file that cannot be read is an I-O error`() {
        val error = assertThrows<ContentException.Io> { loadPackFromFile("/nonexistent/pack.json") }
        assertTrue(error.reason.isNotBlank())
        assertTrue(error.toString().startsWith("the pack could not be read: "), error.toString())
        val loaded = loadPackFromFile(Fixtures.root.resolve("../../crates/vt-content/content/en-GB.json").toString())
        assertEquals(pack, loaded.pack)
    }

    @Test
    fun `every failure is one exception type`() {
        val failures = listOf<() -> Unit>(
            { loadPackFromBytes(byteArrayOf()) },
            { loadPackFromBytes(byteArrayOf(0xEF.toByte(), 0xBB.toByte(), 0xBF.toByte())) },
            { loadPackFromJson("[]") },
            { pack.guidance(listOf("")) },
            { loadPackFromFile("") },
        )
        for (failure in failures) {
            val error = assertThrows<ContentException> { failure() }
            assertTrue(error is Exception)
        }
    }

    @Test
    fun `a record edited to hold a malformed id is refused, not an internal error`() {
        val edited = pack.copy(signs = pack.signs + Sign(id = "Not An Id", title = "Sad", description = listOf("Sad.")))
        val error = assertThrows<ContentException.Validation> { edited.guidance(listOf("withdrawing")) }
        assertEquals(listOf("invalid-id"), error.violations.map { it.code })
        assertTrue(error.violations[0].message.contains("Not An Id"), error.violations[0].message)
    }

    @Test
    fun `the JSON schema is the schema of a pack`() {
        val schema = JSONObject(jsonSchema())
        assertEquals("urn:vt-content:schema:content-pack:1.0", schema.getString("\$id"))
        assertTrue(schema.getJSONArray("required").toList().contains("signs"))
    }

    @Test
    fun `the library can be used from several threads at once`() {
        val bytes = Fixtures.bundledBytes()
        val expected = pack.guidance(listOf("losing-hope"))
        val pool = Executors.newFixedThreadPool(8)
        try {
            val tasks = List(32) { index ->
                Callable {
                    repeat(20) {
                        assertEquals(pack, loadPackFromBytes(bytes).pack)
                        assertEquals(expected, bundledPack().guidance(listOf("losing-hope")))
                        assertThrows<ContentException.Syntax> { loadPackFromJson("{".repeat(index + 1)) }
                    }
                    index
                }
            }
            val done = pool.invokeAll(tasks).map { it.get() }
            assertEquals((0 until 32).toList(), done)
        } finally {
            pool.shutdown()
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES))
        }
    }
}
