package org.vtcontent

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
        assertTrue(page.toHtml(true, "/site.css").startsWith("<article"))
        assertTrue(page.toMarkdown().contains("<a id=\"sign-withdrawing\"></a>"))
        assertTrue(page.toText(40u).lines().all { it.length <= 40 })
        assertEquals("MedicalWebPage", JSONObject(page.toJsonLd()).getString("@type"))
    }

    @Test
    fun `a fragment takes its heading level, and the style sheet is there to serve beside it`() {
        val page = pack.page()
        assertEquals(page.toHtml(false, null, 1u.toUByte()), page.toHtml())
        assertEquals(page.toText(80u), page.toText())
        val fragment = page.toHtml(fragment = true, firstHeadingLevel = 2u.toUByte())
        assertTrue(fragment.startsWith("<article") && "<h2" in fragment && "<h1" !in fragment, fragment.take(200))
        assertTrue(".vt-notice" in stylesheet())
        assertTrue(stylesheet() in page.toHtml(), "a standalone page holds the same styles")
    }

    @Test
    fun `a guidance draws with the labels and credit of its pack`() {
        val page = pack.guidancePage(listOf("withdrawing", "low-motivation"))
        assertTrue(page.toText(80u).startsWith("Guidance for the signs you recognise\n"))
        assertTrue(page.toHtml(false, null).contains(pack.attribution().notice))
        assertThrows<ContentException.UnknownSign> { pack.guidancePage(listOf("sad")) }
    }
}
