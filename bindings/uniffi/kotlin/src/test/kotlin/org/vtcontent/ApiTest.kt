package org.vtcontent

import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The Kotlin API itself: the pack, records, equality, enums, exceptions, lookups and threads. */
class ApiTest {
    private val pack = bundledPack()

    @Test
    fun `the bundled pack has its fields as methods`() {
        assertEquals("vicarious-traumatisation", pack.id())
        assertEquals("en-GB", pack.locale())
        assertEquals("1.1", pack.schemaVersion())
        assertTrue(Regex("""\d+\.\d+\.\d+.*""").matches(pack.version()), pack.version())
        assertTrue(pack.title().isNotBlank())
        assertEquals(7, pack.signs().size)
        assertEquals(4, pack.selfCareActions().size)
        assertEquals(listOf("trusted-person", "line-manager"), pack.advice().signsRecognised.speakTo)
        assertEquals(listOf("trusted-person", "line-manager", "support-lines"), pack.support().map { it.id })
        assertTrue(pack.attribution().notice.contains("RotherHive"), pack.attribution().notice)
        assertTrue(pack.about().burnout.differences.isNotEmpty())
        assertTrue(pack.summary().isNotEmpty() && pack.disclaimer().isNotEmpty())
    }

    @Test
    fun `review dates are ISO 8601 dates`() {
        val reviewed = java.nio.file.Files.readAllBytes(Fixtures.root.resolve("valid/reviewed-with-contacts/pack.json"))
        val review = loadPackFromBytes(reviewed).pack.review()
        val lastReviewed = java.time.LocalDate.parse(review.lastReviewed!!)
        val nextReviewDue = java.time.LocalDate.parse(review.nextReviewDue)
        assertTrue(lastReviewed < nextReviewDue, "$lastReviewed, $nextReviewDue")
    }

    @Test
    fun `packs compare by handle, and by content through their canonical JSON`() {
        // `==` and `hashCode` are the handle's: they never reach Rust, so they are safe
        // after close() (see UseAfterCloseTest). Content compares through toJson().
        val loaded = loadPackFromBytes(Fixtures.bundledBytes())
        // The same content in two handles: equal through toJson(), not through ==.
        assertEquals(pack.toJson(), loaded.pack.toJson())
        assertNotEquals(pack, loaded.pack)
        assertEquals(listOf("unreviewed-draft"), loaded.warnings.map { it.code })
        val renamed = loadPackFromJson(pack.toJson().replace(pack.title(), "Another title")).pack
        assertEquals("Another title", renamed.title())
        assertNotEquals(pack.toJson(), renamed.toJson())
        assertEquals(pack.signs(), renamed.signs())
        assertEquals(2, setOf(pack.toJson(), loaded.pack.toJson(), renamed.toJson()).size)
        assertEquals(3, setOf(pack, loaded.pack, renamed).size)
        // No Debug text from Rust: a log line names the object, not its whole content.
        assertFalse(pack.toString().contains("vicarious-traumatisation"), pack.toString())
    }

    @Test
    fun `a pack in a pseudo-locale keeps its ids and says what it was made from`() {
        val loaded = pack.pseudo(PseudoLocale.AR_XB)
        val pseudo = loaded.pack
        assertEquals("ar-XB", pseudo.locale())
        assertEquals(pack.signs().map { it.id }, pseudo.signs().map { it.id })
        assertTrue(pseudo.title().startsWith("\u200F[") && pseudo.title().endsWith("]"), pseudo.title())
        assertEquals(Translation("en-GB", pack.version()), pseudo.translation())
        assertEquals(listOf("unreviewed-draft"), loaded.warnings.map { it.code })
    }

    @Test
    fun `a pack cannot be built or changed in Kotlin`() {
        // Its only constructors are uniffi's, from a handle on a Rust pack (or none, for fakes).
        val parameters = ContentPack::class.java.constructors.map { it.parameterTypes.first() }
        assertEquals(setOf(UniffiWithHandle::class.java, NoHandle::class.java), parameters.toSet())
        val setters = ContentPack::class.java.methods.filter { it.name.startsWith("set") }
        assertEquals(emptyList<String>(), setters.map { it.name })
    }

    @Test
    fun `the canonical JSON is the bundled text and loads back to an equal pack`() {
        assertEquals(String(Fixtures.bundledBytes()), pack.toJson())
        assertEquals(pack.toJson(), loadPackFromJson(pack.toJson()).pack.toJson())
    }

    @Test
    fun `records are immutable values with structural equality`() {
        val sign = pack.signs()[0]
        assertEquals(sign, pack.sign(sign.id))
        assertEquals(sign.hashCode(), pack.sign(sign.id).hashCode())
        assertNotEquals(sign, sign.copy(title = "Another title"))
        assertNotEquals(pack.signs()[0], pack.signs()[1])
        for (record in listOf(Sign::class, Practice::class, Guidance::class, Violation::class, LoadedPack::class)) {
            val setters = record.java.methods.filter { it.name.startsWith("set") }
            assertEquals(emptyList<String>(), setters.map { it.name }, record.simpleName)
        }
    }

    @Test
    fun `records built by hand, even malformed, are plain Kotlin values`() {
        // Nothing in the API takes a record back, so a malformed one never reaches Rust:
        // equality, hashing and text stay in Kotlin.
        val sign = Sign(id = "Not An Id", title = "Sad", description = listOf("Sad."))
        // Kotlin's own equality and hashing, beside records that Rust returned.
        val signs = (listOf(sign, sign.copy()) + pack.signs()).toSet()
        assertEquals(1 + pack.signs().size, signs.size)
        assertTrue(sign in signs)
        assertTrue(sign.toString().contains("Not An Id"), sign.toString())
        val review = pack.review()
        val madeUp = review.copy(lastReviewed = "yesterday")
        assertNotEquals(review, madeUp)
        assertEquals("from Rust", mapOf(madeUp to "made up", review to "from Rust")[pack.review()])
        val violation = Violation(code = "no-such-code", path = "nowhere", message = "")
        val error = ContentException.Validation(summary = "made up", violations = listOf(violation))
        assertEquals("made up", error.message)
        assertEquals("org.vtcontent.ContentException\$Validation: made up", error.toString())
    }

    @Test
    fun `the practice kind is an enum`() {
        assertEquals(listOf(PracticeKind.GROUND, PracticeKind.RELEASE, PracticeKind.RECHARGE), pack.practices().map { it.kind })
        assertEquals(PracticeKind.entries, pack.practices().map { it.kind })
        assertEquals(PracticeKind.RELEASE, pack.practice("release")?.kind)
    }

    @Test
    fun `lookups find items by id and null for an unknown id`() {
        assertEquals("withdrawing", pack.sign("withdrawing")?.id)
        assertEquals(pack.signs()[5], pack.sign("withdrawing"))
        assertEquals("stay-connected", pack.selfCareAction("stay-connected")?.id)
        assertEquals("ground", pack.practice("ground")?.id)
        assertEquals("line-manager", pack.supportRoute("line-manager")?.id)
        assertNull(pack.sign("Withdrawing"))
        assertNull(pack.sign("ground"))
        assertNull(pack.practice(""))
        assertNull(pack.selfCareAction("\u0000"))
        assertNull(pack.supportRoute("a".repeat(10_000)))
    }

    @Test
    fun `guidance for recognised signs and for none`() {
        val guidance = pack.guidance(listOf("withdrawing", "low-motivation", "withdrawing"))
        assertEquals(GuidanceKind.SEEK_SUPPORT, guidance.kind)
        assertEquals(listOf("withdrawing", "low-motivation"), guidance.recognisedSigns.map { it.id })
        assertEquals(pack.advice().signsRecognised.message, guidance.message)
        assertEquals(listOf("trusted-person", "line-manager"), guidance.speakTo.map { it.id })
        assertEquals(pack.practices(), guidance.practices)
        assertEquals(pack.advice().recoveryAndBurnout, guidance.recoveryAndBurnout)

        val prevention = pack.guidance(emptyList())
        assertEquals(GuidanceKind.PREVENTION, prevention.kind)
        assertEquals(pack.advice().prevention, prevention.message)
        assertEquals(emptyList<SupportRoute>(), prevention.speakTo)
    }

    @Test
    fun `an unknown sign is an exception naming it`() {
        val error = assertThrows<ContentException.UnknownSign> { pack.guidance(listOf("withdrawing", "sad")) }
        assertEquals("sad", error.id)
        assertEquals("\"sad\" is not the id of a sign in this pack", error.summary)
    }

    @Test
    fun `a syntax error has its code, line and column`() {
        val error = assertThrows<ContentException.Syntax> { loadPackFromJson("{\n  \"signs\": ]") }
        assertEquals("json-syntax", error.code)
        assertEquals(2u, error.line)
        assertEquals(12u, error.column)
        assertTrue(error.reason.isNotBlank())
        assertTrue(error.summary.startsWith("the pack is not valid JSON: line 2, column 12 [json-syntax]"), error.summary)
        assertEquals(listOf("json-syntax" to ""), error.violations.map { it.code to it.path })
        assertEquals(error.summary, error.message)
    }

    @Test
    fun `an exception's message and text are its summary, which no id can break into lines`() {
        val forged = "x\n2026-01-01 ERROR forged \u202Eline"
        val error = assertThrows<ContentException.UnknownSign> { pack.guidance(listOf(forged)) }
        assertEquals(forged, error.id)
        val summary = "\"x\\n2026-01-01 ERROR forged \\u{202e}line\" is not the id of a sign in this pack"
        assertEquals(summary, error.summary)
        assertEquals(summary, error.message)
        assertEquals("org.vtcontent.ContentException\$UnknownSign: $summary", error.toString())
        val trace = java.io.StringWriter().also { error.printStackTrace(java.io.PrintWriter(it)) }.toString()
        assertEquals("org.vtcontent.ContentException\$UnknownSign: $summary", trace.lines().first())
    }

    @Test
    fun `an invalid catalog's message names 20 problems at most`() {
        val hostile = "{\"signs\": [" + "{},".repeat(999) + "{}]}"
        val texts = (0 until 30).associate { "f%02d.json".format(it) to hostile }
        val error = assertThrows<CatalogException.Invalid> { loadCatalogFromJson(texts) }
        assertEquals(30, error.files.size)
        assertTrue(error.files.all { it.violations.size > 300 })
        assertEquals(error.summary, error.message)
        val lines = error.summary.lines()
        assertEquals(22, lines.size, error.summary)
        assertEquals("and 10 more", lines.last())
    }

    @Test
    fun `a pack that breaks rules lists every violation`() {
        val text = String(Fixtures.bundledBytes()).replace("\"withdrawing\"", "\"Withdrawing\"")
        val error = assertThrows<ContentException.Validation> { loadPackFromJson(text) }
        assertEquals(listOf("invalid-id" to "/signs/5/id"), error.violations.map { it.code to it.path })
        assertTrue(error.violations[0].message.isNotBlank())
        assertTrue(error.summary.startsWith("the pack has 1 violation: /signs/5/id [invalid-id]"), error.summary)
    }

    @Test
    fun `another major schema version names both versions`() {
        val text = String(Fixtures.bundledBytes()).replace("\"schema_version\": \"1.1\"", "\"schema_version\": \"2.0\"")
        val error = assertThrows<ContentException.UnsupportedSchemaVersion> { loadPackFromJson(text) }
        assertEquals("2.0", error.found)
        assertEquals("1.2", error.supported)
        assertEquals(listOf("unsupported-schema-version" to "/schema_version"), error.violations.map { it.code to it.path })
        assertTrue(error.summary.contains("2.0") && error.summary.contains("1.2"), error.summary)
    }

    @Test
    fun `a file that cannot be read is an I-O error`() {
        val error = assertThrows<ContentException.Io> { loadPackFromFile("/nonexistent/pack.json") }
        assertTrue(error.reason.isNotBlank())
        assertEquals("/nonexistent/pack.json: the pack could not be read: ${error.reason}", error.summary)
        val loaded = loadPackFromFile(Fixtures.root.resolve("../../crates/vt-content/content/en-GB.json").toString())
        assertEquals(pack.toJson(), loaded.pack.toJson())
    }

    @Test
    fun `every failure is one exception type`() {
        val failures = listOf<() -> Unit>(
            { loadPackFromBytes(byteArrayOf()) },
            { loadPackFromBytes(byteArrayOf(0xEF.toByte(), 0xBB.toByte(), 0xBF.toByte())) },
            { loadPackFromBytes(byteArrayOf(0xFF.toByte())) },
            { loadPackFromJson("[]") },
            { loadPackFromJson("\u0000") },
            { pack.guidance(listOf("")) },
            { loadPackFromFile("") },
        )
        for (failure in failures) {
            val error = assertThrows<ContentException> { failure() }
            val message = error.message.orEmpty()
            assertTrue(message.isNotBlank() && !message.startsWith("summary="), message)
            assertEquals(1, message.lines().size, message)
        }
    }

    @Test
    fun `the JSON schema is the schema of a pack`() {
        val schema = JSONObject(jsonSchema())
        assertEquals("urn:vt-content:schema:content-pack:1.2", schema.getString("\$id"))
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
                        val loaded = loadPackFromBytes(bytes).pack
                        assertEquals(pack.toJson(), loaded.toJson())
                        loaded.close()
                        assertEquals(expected, bundledPack().guidance(listOf("losing-hope")))
                        assertEquals(expected, pack.guidance(listOf("losing-hope")))
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
