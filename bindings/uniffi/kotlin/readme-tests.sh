#!/usr/bin/env bash
# Writes each Kotlin block of the repository's README that begins with
# `import org.vtcontent.*` (an example that runs on the JVM; the Android ones need an
# Android build) as a JUnit test that runs it as it is written:
# target/generated-test-sources/readme/ReadmeTest.kt. Maven runs this before it compiles
# the tests (pom.xml, execution readme-tests).
set -euo pipefail
cd "$(dirname "$0")"
out=target/generated-test-sources/readme
mkdir -p "$out"
awk '
    BEGIN {
        print "package org.vtcontent"
        print ""
        print "import org.junit.jupiter.api.Test"
        print ""
        print "/** The README'"'"'s Kotlin examples that run on the JVM, each as it is written (from readme-tests.sh). */"
        print "class ReadmeTest {"
    }
    /^```kotlin$/ {
        start = NR
        getline
        if ($0 == "import org.vtcontent.*") {
            inside = 1
            blocks++
            printf "    @Test\n    fun `the block at line %d`() {\n", start
        }
        next
    }
    inside && /^```$/ { print "    }"; print ""; inside = 0; next }
    inside { print ($0 == "" ? "" : "        " $0) }
    END {
        print "}"
        if (blocks == 0) {
            print "readme-tests.sh: no Kotlin block of the README begins with import org.vtcontent.*" > "/dev/stderr"
            exit 1
        }
    }
' ../../../README.md >"$out/ReadmeTest.kt"
