package org.vtcontent

import java.nio.file.Files
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Pages from a pack and from a guidance, drawn by the library. */
class RenderTest {
    private val pack = bundledPack()

    @Test
    fun `a pack draws as HTML, Markdown, text and JSON-LD`() {
        val page = pack.page()
        val html = page.toHtml(false, null)
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"en-GB\" dir=\"ltr\">"), html.take(60))
        assertTrue(html.contains("vt-notice--urgent") && html.contains("href=\"tel:116123\""))
        assertTrue(page.toHtml(true).startsWith("<article"))
        assertTrue(page.toMarkdown().contains("<a id=\"sign-withdrawing\"></a>"))
        assertTrue(page.toText(40).lines().all { it.length <= 40 })
        assertEquals("MedicalWebPage", JSONObject(page.toJsonLd()).getString("@type"))
    }

    @Test
    fun `a fragment takes its heading level, and the style sheet is there to serve beside it`() {
        val page = pack.page()
        assertEquals(page.toHtml(false, null, 1), page.toHtml())
        assertEquals(page.toText(80), page.toText())
        val fragment = page.toHtml(fragment = true, firstHeadingLevel = 2)
        assertTrue(fragment.startsWith("<article") && "<h2" in fragment && "<h1" !in fragment, fragment.take(200))
        assertTrue(".vt-notice" in stylesheet())
        assertTrue(stylesheet() in page.toHtml(), "a standalone page holds the same styles")
        // A standalone page links a style sheet of yours instead of holding the built-in one.
        val linked = page.toHtml(stylesheet = "/site.css")
        assertTrue("<link rel=\"stylesheet\" href=\"/site.css\">" in linked, linked.take(400))
        assertTrue("<style" !in linked && stylesheet() !in linked)
    }

    @Test
    fun `any Int is a heading level or a width, taken as the nearest`() {
        val page = pack.page()
        fun top(level: Int) = Regex("<h(\\d)").find(page.toHtml(fragment = true, firstHeadingLevel = level))!!.groupValues[1]
        assertEquals(listOf("1", "1", "2", "3", "3"), listOf(Int.MIN_VALUE, 0, 2, 256, Int.MAX_VALUE).map(::top))
        assertEquals(page.toText(20), page.toText(-1))
        assertEquals(page.toText(20), page.toText(Int.MIN_VALUE))
    }

    @Test
    fun `the urgent help stands alone, for a page of your own`() {
        val help = pack.page().urgentHelpHtml()
        assertTrue(
            help!!.startsWith("<aside class=\"vt-notice vt-notice--urgent\" lang=\"en-GB\" dir=\"ltr\""),
            help.take(120),
        )
        assertTrue("<h2 id=\"urgent-help\">" in help && "href=\"tel:116123\"" in help)
        assertEquals(help, pack.guidancePage(listOf("withdrawing")).urgentHelpHtml(2))
        assertTrue("<h3 id=\"urgent-help\">" in pack.page().urgentHelpHtml(Int.MAX_VALUE)!!)
        // A pack of schema 1.0 gives none.
        val minimal = loadPackFromBytes(Files.readAllBytes(Fixtures.root.resolve("valid/minimal-pack/pack.json"))).pack
        assertEquals(null, minimal.page().urgentHelpHtml())
    }

    @Test
    fun `an id prefix starts every id and every link to one, for a page of your own`() {
        for (page in listOf(pack.page(), pack.guidancePage(listOf("withdrawing")))) {
            val prefixed = page.withIdPrefix("vt")
            val html = prefixed.toHtml(fragment = true)
            assertTrue("<h1 id=\"vt-title\">" in html, html.take(300))
            assertEquals(Regex("id=\"").findAll(html).count(), Regex("id=\"vt-").findAll(html).count())
            assertEquals(Regex("href=\"#").findAll(html).count(), Regex("href=\"#vt-").findAll(html).count())
            val plain = html.replace("id=\"vt-", "id=\"").replace("href=\"#vt-", "href=\"#")
                .replace("aria-labelledby=\"vt-", "aria-labelledby=\"")
            assertEquals(page.toHtml(fragment = true), plain)
            assertTrue("<h2 id=\"vt-urgent-help\">" in prefixed.urgentHelpHtml()!!)
            assertEquals(page.toMarkdown(), prefixed.toMarkdown().replace("<a id=\"vt-", "<a id=\"").replace("](#vt-", "](#"))
        }
        val malformed = assertThrows<ContentException.InvalidArgument> { pack.page().withIdPrefix("My page") }
        assertEquals("prefix" to "My page", malformed.name to malformed.value)
        assertTrue(malformed.summary.startsWith("prefix: \"My page\" is not a kebab-case id"), malformed.summary)
    }

    @Test
    fun `markup from a pack is escaped, and JSON-LD text cannot end a script element`() {
        val title = "</script><script>alert(1)</script> & co"
        val json = pack.toJson().replaceFirst("\"Vicarious traumatisation\",", JSONObject.quote(title) + ",")
        val loaded = loadPackFromJson(json).pack
        val html = loaded.page().toHtml()
        assertTrue("<script>alert" !in html && "&lt;script&gt;alert" in html)
        for (page in listOf(loaded.page(), loaded.guidancePage(listOf("withdrawing")))) {
            val text = page.toJsonLd()
            assertTrue('<' !in text && '>' !in text && '&' !in text, text.take(200))
            assertTrue("\\u003c/script\\u003e" in text)
        }
        assertEquals(title, JSONObject(loaded.page().toJsonLd()).getString("name"))
    }

    @Test
    fun `a guidance draws with the labels and credit of its pack`() {
        val page = pack.guidancePage(listOf("withdrawing", "low-motivation"))
        assertTrue(page.toText(80).startsWith("Guidance for the signs you recognise\n"))
        assertTrue(page.toHtml(false, null).contains(pack.attribution().notice))
        assertThrows<ContentException.UnknownSign> { pack.guidancePage(listOf("sad")) }
    }
}
