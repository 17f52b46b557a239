package org.vtcontent

import java.nio.file.Files
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * Schema 1.1: review status, provenance and licence, urgent help with typed contacts; schema
 * 1.2: hours past midnight.
 */
class TrustTest {
    private val pack = bundledPack()

    private fun fixture(name: String): LoadedPack =
        loadPackFromBytes(Files.readAllBytes(Fixtures.root.resolve("valid/$name/pack.json")))

    @Test
    fun `a 1_0 pack and a 1_1 pack both load`() {
        val old = fixture("bundled-1.0")
        assertEquals("1.0", old.pack.schemaVersion())
        assertNull(old.pack.review().status)
        assertNull(old.pack.urgentHelp())
        assertEquals(listOf("default-labels" to "", "no-urgent-help" to ""), old.warnings.map { it.code to it.path })
        assertEquals("Speak to", old.pack.labels().speakTo)
        assertEquals("1.1", pack.schemaVersion())
        assertNotNull(pack.urgentHelp())
    }

    @Test
    fun `a draft gives its warning and claims no review`() {
        val loaded = loadPackFromBytes(Fixtures.bundledBytes())
        assertEquals(listOf("unreviewed-draft" to "/review/status"), loaded.warnings.map { it.code to it.path })
        val review = pack.review()
        assertEquals(ReviewStatus.DRAFT, review.status)
        assertNull(review.lastReviewed)
        assertNull(review.reviewedBy)
    }

    @Test
    fun `a pack tells the warnings of its content and of the day`() {
        assertEquals(listOf("unreviewed-draft" to "/review/status"), pack.contentWarnings().map { it.code to it.path })
        val due = java.time.LocalDate.parse(pack.review().nextReviewDue)
        assertNull(pack.reviewWarning(due.minusDays(1).toString()))
        val warning = pack.reviewWarning(due.toString())
        assertEquals("review-overdue" to "/review/next_review_due", warning?.code to warning?.path)
        val error = assertThrows<ContentException.InvalidArgument> { pack.reviewWarning("31/12/2026") }
        assertEquals("today" to "31/12/2026", error.name to error.value)
        assertTrue(error.message.orEmpty().contains("is not a calendar date written YYYY-MM-DD"), error.message)
        // Written exactly as in a pack: no lone digits, spaces or signs.
        assertThrows<ContentException.InvalidArgument> { pack.reviewWarning("2026-1-1") }
    }

    @Test
    fun `a reviewed pack names its reviewer and the date`() {
        val review = fixture("reviewed-with-contacts").pack.review()
        assertEquals(ReviewStatus.REVIEWED, review.status)
        assertEquals("2026-10-01", review.lastReviewed)
        assertEquals("Clinical psychologist", review.reviewedBy?.role)
    }

    @Test
    fun `urgent help has typed contacts added by the editors`() {
        val contacts = pack.urgentHelp()!!.contacts
        assertEquals(listOf("emergency-services", "nhs-111", "samaritans", "shout"), contacts.map { it.id })
        assertTrue(contacts.all { it.origin == ContactOrigin.EDITORS })
        val samaritans = contacts.first { it.id == "samaritans" }
        assertEquals("116 123", samaritans.phone)
        assertEquals(Cost.FREE, samaritans.cost)
        assertEquals(Days.EVERY_DAY, samaritans.hours?.days)
        assertEquals(TextMessage("85258", "SHOUT"), contacts.first { it.id == "shout" }.textMessage)
    }

    @Test
    fun `hours past midnight close the next day`() {
        val night = fixture("hours-past-midnight").pack
        assertEquals("1.2", night.schemaVersion())
        val hours = night.support()[2].contacts.single().hours
        assertEquals(OpeningHours(Days.WEEKDAYS, "20:00", "08:00", true), hours)
        assertTrue(night.page().toText(200).contains("Monday to Friday, 20:00 to 08:00"))
        // A pack that does not say leaves it null; a record made without it too.
        val samaritans = pack.urgentHelp()!!.contacts.first { it.id == "samaritans" }
        assertNull(samaritans.hours?.closesNextDay)
        assertEquals(OpeningHours(Days.EVERY_DAY, null, null), samaritans.hours)
    }

    @Test
    fun `provenance and licence claim nothing we do not hold`() {
        val attribution = pack.attribution()
        assertEquals(false, attribution.endorsed)
        assertNull(attribution.url)
        assertTrue(attribution.copyright!!.contains("Rotherham Place Partnership"))
        assertTrue(attribution.licence!!.expression.startsWith("LicenseRef-"))
    }
}
