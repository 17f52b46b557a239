package org.vtcontent

import java.io.InputStream
import java.io.RandomAccessFile
import java.nio.charset.CharacterCodingException
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * Limits: `loadPackFromFile` and `loadPackFromBytes` on input that is not an ordinary
 * pack. A pack of 1 MiB nested 100,000 deep, files that never end (/dev/zero,
 * /dev/urandom, a FIFO fed endlessly), FIFOs, a directory, files that cannot be read and
 * odd file names. Each throws its documented `ContentException` with its code, and nothing
 * hangs: every load runs on a thread the test waits for at most [TIMEOUT] seconds.
 *
 * The tests run as root in CI, where chmod 000 stops no read: the unreadable cases are
 * /proc/self/mem (its first page is never mapped: EIO) and a dangling symbolic link. A
 * file name that is not UTF-8 cannot be given: the path is a Kotlin String, which uniffi
 * passes as UTF-8 (a lone surrogate, which UTF-8 cannot encode, throws
 * `CharacterCodingException` before Rust is called); read such a file in Kotlin and use
 * `loadPackFromBytes`.
 *
 * A FIFO with no writer does not block: it is empty input (json-truncated).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsTest {
    private val pool = Executors.newCachedThreadPool { task -> Thread(task).apply { isDaemon = true } }

    @AfterAll
    fun stop() {
        pool.shutdownNow()
    }

    private fun <T> within(seconds: Long, task: () -> T): T =
        pool.submit(Callable { task() }).get(seconds, TimeUnit.SECONDS)

    /** The outcome of loading `path`: "loaded", or the exception's kind and codes. */
    private fun load(path: String): Pair<String, List<String>> = within(TIMEOUT) { outcome { loadPackFromFile(path) } }

    private fun outcome(load: () -> LoadedPack): Pair<String, List<String>> =
        try {
            load()
            "loaded" to emptyList()
        } catch (error: ContentException.Syntax) {
            "syntax" to error.violations.map { it.code }
        } catch (error: ContentException.Validation) {
            "validation" to error.violations.map { it.code }
        } catch (error: ContentException.Io) {
            assertTrue(error.reason.isNotBlank())
            "io" to emptyList()
        }

    private fun mkfifo(path: Path) {
        val process = ProcessBuilder("mkfifo", path.toString()).inheritIO().start()
        assertTrue(process.waitFor(TIMEOUT, TimeUnit.SECONDS) && process.exitValue() == 0)
    }

    private fun nested(extra: Int = 0): ByteArray {
        val text = "[".repeat(100_000) + "]".repeat(100_000)
        // `x` counts towards the limit, where whitespace between tokens would not.
        return (text + "x".repeat(MAX_PACK_BYTES + extra - text.length)).toByteArray()
    }

    @Test
    fun `a pack of 1 MiB nested 100,000 deep is a syntax error, and one byte more too large`(@TempDir dir: Path) {
        val nested = dir.resolve("nested.json")
        Files.write(nested, nested())
        assertEquals("syntax" to listOf("json-syntax"), load(nested.toString()))
        assertEquals("syntax" to listOf("json-syntax"), within(TIMEOUT) { outcome { loadPackFromBytes(nested()) } })
        val over = dir.resolve("over.json")
        Files.write(over, nested(1))
        assertEquals("validation" to listOf("pack-too-large"), load(over.toString()))
        assertEquals("validation" to listOf("pack-too-large"), within(TIMEOUT) { outcome { loadPackFromBytes(nested(1)) } })
    }

    @Test
    fun `files that never end are too large`() {
        assertEquals("validation" to listOf("pack-too-large"), load("/dev/zero"))
        assertEquals("validation" to listOf("pack-too-large"), load("/dev/urandom"))
    }

    /**
     * Makes a FIFO and holds a read end open on it (never read), so that a writer opens it
     * at once and what it writes stays in the pipe until the loader reads it. Java cannot
     * open without waiting for the other end, so a read-write handle (which Linux opens at
     * once) stands in as the writer while the read end opens.
     */
    private fun fifoWithAReaderHeld(path: Path): InputStream {
        mkfifo(path)
        RandomAccessFile(path.toFile(), "rw").use { return Files.newInputStream(path) }
    }

    @Test
    fun `a FIFO fed endlessly is too large, and a FIFO with a pack loads`(@TempDir dir: Path) {
        val endless = dir.resolve("endless")
        val holder = fifoWithAReaderHeld(endless)
        val out = Files.newOutputStream(endless)
        val writer: Future<*> = pool.submit {
            // Until every reader has closed its end: then the write throws (a broken pipe).
            runCatching { out.use { while (true) it.write(ByteArray(65536)) } }
        }
        assertEquals("validation" to listOf("pack-too-large"), load(endless.toString()))
        holder.close()
        writer.get(TIMEOUT, TimeUnit.SECONDS)

        val pack = dir.resolve("pack")
        fifoWithAReaderHeld(pack).use {
            Files.write(pack, Fixtures.bundledBytes())
            assertEquals("loaded" to emptyList<String>(), load(pack.toString()))
        }
    }

    @Test
    fun `a FIFO without a writer is empty input, at once`(@TempDir dir: Path) {
        val fifo = dir.resolve("silent")
        mkfifo(fifo)
        assertEquals("syntax" to listOf("json-truncated"), load(fifo.toString()))
    }

    @Test
    fun `a directory and files that cannot be read are I-O errors`(@TempDir dir: Path) {
        assertEquals("io" to emptyList<String>(), load(dir.toString()))
        assertEquals("io" to emptyList<String>(), load("/proc/self/mem"))
        val dangling = dir.resolve("dangling.json")
        Files.createSymbolicLink(dangling, dir.resolve("nothing-here"))
        assertEquals("io" to emptyList<String>(), load(dangling.toString()))
        assertEquals("io" to emptyList<String>(), load(""))
        assertEquals("io" to emptyList<String>(), load("pack\u0000.json"))
    }

    @Test
    fun `odd file names load, and a lone surrogate is refused before Rust`(@TempDir dir: Path) {
        // The JVM names files in the locale's encoding: these names need a UTF-8 locale.
        assumeTrue(System.getProperty("sun.jnu.encoding") == "UTF-8", "the locale is not UTF-8")
        val name = dir.resolve("pack-é-\uD83D\uDE00-\u0301.json")
        Files.write(name, Fixtures.bundledBytes())
        assertEquals("loaded" to emptyList<String>(), load(name.toString()))
        assertThrows<CharacterCodingException> { loadPackFromFile(dir.resolve("x").toString() + "\uD800.json") }
    }

    private companion object {
        const val TIMEOUT = 20L
        const val MAX_PACK_BYTES = 1024 * 1024
    }
}
