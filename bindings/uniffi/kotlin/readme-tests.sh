#!/usr/bin/env bash
# Writes each Kotlin block of the repository's README that begins with
# `import org.vtcontent.*` (an example that runs on the JVM; the Android ones need an
# Android build) as a JUnit test that runs it as it is written:
# target/generated-test-sources/readme/ReadmeTest.kt. Maven runs this before it compiles
# the tests (pom.xml, execution readme-tests). What a `println(...)` line's comment says it
# prints (`println(guidance.kind)   // SEEK_SUPPORT`; a trailing `...` stands for the rest
# of the line) must be in what the block prints.
set -euo pipefail
cd "$(dirname "$0")"
out=target/generated-test-sources/readme
mkdir -p "$out"
awk '
    # The text in a Kotlin string literal.
    function literal(text) {
        gsub(/\\/, "\\\\", text); gsub(/"/, "\\\"", text); gsub(/\$/, "\\$", text)
        return "\"" text "\""
    }
    BEGIN {
        print "package org.vtcontent"
        print ""
        print "import java.io.ByteArrayOutputStream"
        print "import java.io.PrintStream"
        print "import org.junit.jupiter.api.Assertions.assertTrue"
        print "import org.junit.jupiter.api.Test"
        print ""
        print "/** The README'"'"'s Kotlin examples that run on the JVM, each as it is written (from readme-tests.sh). */"
        print "class ReadmeTest {"
        print "    /** What `block` prints on standard output. */"
        print "    private fun printedBy(block: () -> Unit): String {"
        print "        val (saved, buffer) = System.out to ByteArrayOutputStream()"
        print "        System.setOut(PrintStream(buffer, true, Charsets.UTF_8))"
        print "        try { block() } finally { System.setOut(saved) }"
        print "        return buffer.toString(Charsets.UTF_8).also { print(it) }"
        print "    }"
        print ""
    }
    /^```kotlin$/ {
        start = NR
        getline
        if ($0 == "import org.vtcontent.*") {
            inside = 1
            blocks++
            expected = 0
            printf "    @Test\n    fun `the block at line %d`() {\n        val printed = printedBy {\n", start
        }
        next
    }
    inside && /^```$/ {
        print "        }"
        for (i = 1; i <= expected; i++) {
            printf "        assertTrue(%s in printed, printed)\n", literal(expect[i])
        }
        print "    }"
        print ""
        inside = 0
        next
    }
    inside && /println\(.*\) *\/\/ / {
        text = $0
        sub(/^.*println\(.*\) *\/\/ /, "", text)
        sub(/\.\.\.$/, "", text)
        expect[++expected] = text
    }
    inside { print ($0 == "" ? "" : "            " $0) }
    END {
        print "}"
        if (blocks == 0) {
            print "readme-tests.sh: no Kotlin block of the README begins with import org.vtcontent.*" > "/dev/stderr"
            exit 1
        }
    }
' ../../../README.md >"$out/ReadmeTest.kt"
