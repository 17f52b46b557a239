// Prints the signs of vicarious traumatisation in the bundled pack, then the guidance for
// two recognised signs, through the Kotlin bindings.
package org.vtcontent.example

import org.vtcontent.ContentException
import org.vtcontent.bundledPack

fun main() {
    val pack = bundledPack()
    println("${pack.title()} (${pack.locale()}, content ${pack.version()})")
    println()
    println("Signs:")
    for (sign in pack.signs()) {
        println("  ${sign.id}: ${sign.title}")
    }

    val recognised = listOf("withdrawing", "low-motivation")
    println()
    println("Guidance for ${recognised.joinToString(" and ")}:")
    val guidance = try {
        pack.guidance(recognised)
    } catch (error: ContentException.UnknownSign) {
        System.err.println("No guidance: ${error.summary}")
        kotlin.system.exitProcess(1)
    }
    guidance.message.forEach { println("  $it") }
    println("Speak to:")
    guidance.speakTo.forEach { println("  - ${it.title}") }
    println("Practices:")
    guidance.practices.forEach { println("  - ${it.title} (${it.kind.name.lowercase()}): ${it.purpose.first()}") }
}
