package org.vtcontent

import java.lang.reflect.InvocationTargetException
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import org.junit.jupiter.api.assertThrows

/**
 * A pack after `close()`: every call gives a clean exception or `false`, never a read of
 * freed memory. `==` and `hashCode` are the handle's, so neither side of `equals` reaches
 * Rust; every method of a closed pack throws `IllegalStateException`.
 *
 * scripts/test-kotlin.sh runs these with glibc filling freed memory (GLIBC_TUNABLES
 * glibc.malloc.perturb), so that a read of freed memory would crash the JVM rather than
 * pass silently: before the fix, `pack == closedPack` crashed it in
 * `uniffi_vt_content_fn_clone_contentpack`.
 */
@Timeout(120)
class UseAfterCloseTest {
    private val bytes = Fixtures.bundledBytes()

    private fun load(): ContentPack = loadPackFromBytes(bytes).pack

    /** Every method of the pack's interface, called on `pack` with arguments that suit it. */
    private fun callEveryMethod(pack: ContentPack): List<Pair<String, Result<Any?>>> =
        ContentPackInterface::class.java.methods.sortedBy { it.name }.map { method ->
            val arguments = method.parameterTypes.map { type ->
                when (type) {
                    String::class.java -> if (method.name == "reviewWarning") "2026-01-31" else "withdrawing"
                    List::class.java -> listOf("withdrawing")
                    else -> type.enumConstants?.first() ?: error("no argument for ${method.name}: $type")
                }
            }
            method.name to runCatching {
                try {
                    method.invoke(pack, *arguments.toTypedArray())
                } catch (error: InvocationTargetException) {
                    throw error.targetException
                }
            }
        }

    @Test
    fun `equals with a closed pack on either side is false`() {
        repeat(100) {
            val open = load()
            val closed = load()
            closed.close()
            assertFalse(open == closed)
            assertFalse(closed == open)
            assertFalse(open.equals(closed))
            assertTrue(closed == closed)
            open.close()
            assertFalse(open == closed)
            assertTrue(open == open)
            // Make new Rust objects, which may take the freed memory.
            bundledPack().close()
            runCatching { loadPackFromJson("{}") }
        }
    }

    @Test
    fun `hashCode and toString after close are as before, as neither calls into Rust`() {
        val pack = load()
        val (hash, text) = pack.hashCode() to pack.toString()
        val loaded = LoadedPack(pack, emptyList())
        val logged = "loaded $loaded"
        // Object's own toString: short, and nothing of the pack's memory.
        assertTrue(text.startsWith("org.vtcontent.ContentPack@"), text)
        pack.close()
        assertEquals(hash, pack.hashCode())
        assertEquals(text, pack.toString())
        // A log line of a record that holds the closed pack does not throw.
        assertEquals(logged, "loaded $loaded")
        assertEquals(LoadedPack(pack, emptyList()), LoadedPack(pack, emptyList()))
        assertEquals(LoadedPack(pack, emptyList()).hashCode(), LoadedPack(pack, emptyList()).hashCode())
    }

    @Test
    fun `every method of a closed pack throws IllegalStateException`() {
        val pack = load()
        val open = callEveryMethod(pack)
        assertTrue(open.size >= 22, "only ${open.size} methods")
        for ((name, result) in open) assertTrue(result.isSuccess, "$name: $result")
        pack.close()
        for ((name, result) in callEveryMethod(pack)) {
            val error = result.exceptionOrNull()
            assertTrue(error is IllegalStateException, "$name after close: $result")
            assertTrue(error!!.message.orEmpty().contains("destroyed"), "$name: ${error.message}")
        }
        assertTrue(pack.uniffiIsDestroyed)
    }

    @Test
    fun `close is idempotent, and use closes the pack`() {
        val pack = load()
        pack.close()
        pack.close()
        pack.destroy()
        assertThrows<IllegalStateException> { pack.signs() }
        val used = load()
        val title = used.use { it.title() }
        assertEquals(bundledPack().title(), title)
        assertThrows<IllegalStateException> { used.title() }
    }

    @Test
    fun `closing one handle leaves the other handles on the same content open`() {
        val first = bundledPack()
        val second = bundledPack()
        first.close()
        assertEquals(7, second.signs().size)
        assertEquals(7, bundledPack().signs().size)
        assertNotEquals(first, second)
        val loaded = loadPackFromBytes(bytes)
        val records = loaded.pack.signs()
        loaded.pack.close()
        // Records are Kotlin values: they outlive the pack they came from.
        assertEquals("withdrawing", records[5].id)
        assertEquals(loaded, loaded.copy())
    }

    /**
     * uniffi frees a closed pack when its last call in flight returns, and lets new calls
     * in while one is in flight: so each thread makes a bounded number of calls, each of
     * which either works or throws IllegalStateException.
     */
    @Test
    fun `closing a pack while other threads use it never crashes`() {
        val pool = Executors.newFixedThreadPool(4)
        try {
            repeat(10) {
                val pack = load()
                val started = CountDownLatch(4)
                val tasks = List(4) {
                    pool.submit<Int> {
                        started.countDown()
                        var calls = 0
                        var open = true
                        while (open && calls < 25) {
                            try {
                                pack.toJson()
                                pack.guidance(listOf("losing-hope"))
                                calls++
                            } catch (closed: IllegalStateException) {
                                open = false
                            }
                        }
                        calls
                    }
                }
                started.await()
                pack.close()
                tasks.forEach { it.get(30, TimeUnit.SECONDS) }
                assertThrows<IllegalStateException> { pack.signs() }
            }
        } finally {
            pool.shutdown()
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES))
        }
    }

    @Test
    fun `packs closed and packs left to the garbage collector are each freed once`() {
        repeat(100) {
            val closed = load()
            closed.close()
            load() // left to the cleaner
        }
        System.gc()
        Thread.sleep(100)
        System.gc()
        assertEquals(7, load().signs().size)
    }

    @Test
    fun `a fake pack without a handle throws instead of calling Rust`() {
        val fake = ContentPack(NoHandle)
        assertFalse(fake == bundledPack())
        assertTrue(fake == fake)
        for ((name, result) in callEveryMethod(fake)) {
            assertTrue(result.exceptionOrNull() is InternalException, "$name on a fake: $result")
        }
        fake.close()
    }
}
