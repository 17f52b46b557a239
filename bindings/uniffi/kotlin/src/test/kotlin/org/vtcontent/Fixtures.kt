package org.vtcontent

import java.nio.file.Files
import java.nio.file.Path
import org.json.JSONArray
import org.json.JSONObject
import org.junit.jupiter.api.Assertions.assertTrue

/** The shared conformance fixtures of `tests/conformance`, found through a system property. */
object Fixtures {
    /** The fixtures' directory, set by the Maven build. */
    val root: Path = Path.of(
        System.getProperty("vtcontent.conformance.dir")
            ?: error("the system property vtcontent.conformance.dir is not set"),
    )

    /** The case directories of `valid`, `invalid`, `diff` or `pseudo`, sorted; never empty. */
    fun cases(kind: String): List<Path> {
        val dir = root.resolve(kind)
        val cases = Files.list(dir).use { paths -> paths.filter(Files::isDirectory).sorted().toList() }
        assertTrue(cases.isNotEmpty(), "no conformance cases in $dir")
        return cases
    }

    /** The JSON object in a file. */
    fun json(path: Path): JSONObject = JSONObject(Files.readString(path))

    /** The strings of a JSON array. */
    fun strings(array: JSONArray): List<String> = List(array.length()) { array.getString(it) }

    /** The `code` and `path` of each object of a JSON array. */
    fun codesAndPaths(array: JSONArray): List<Pair<String, String>> =
        List(array.length()) { array.getJSONObject(it).let { item -> item.getString("code") to item.getString("path") } }

    /** The bundled pack's JSON text as bytes, as the Rust crate ships it. */
    fun bundledBytes(): ByteArray =
        Files.readAllBytes(root.resolve("../../crates/vt-content/content/en-GB.json").normalize())
}
