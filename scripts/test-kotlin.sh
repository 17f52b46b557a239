#!/usr/bin/env bash
# The Kotlin tests: `mvn install` of bindings/uniffi/kotlin, which builds the uniffi library,
# generates the Kotlin bindings, runs the JUnit tests on the JVM against the library in the
# jar and installs org.vtcontent:vt-content into the local Maven repository; then runs the
# Kotlin example. It ships the debug library (-Pdebug-native), which builds fast; the release
# jar is built by scripts/dist.sh and tested by scripts/smoke-dist.sh.
# Usage: scripts/test-kotlin.sh   (from anywhere; needs cargo, a JDK 17+ and Maven,
# which downloads the project's Java dependencies)
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir=$(cargo metadata --format-version 1 --no-deps |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')

# Maven, quiet, with the colour codes that some Maven builds print even in batch mode removed.
maven() {
    mvn -B -q --no-transfer-progress -Dcargo.target.dir="$target_dir" "$@" 2>&1 |
        sed 's/\x1b\[[0-9;]*m//g'
}

# glibc fills freed memory with 0xA5, so a read of freed memory crashes the tests (UseAfterCloseTest).
export GLIBC_TUNABLES=glibc.malloc.perturb=165:glibc.malloc.tcache_count=0
echo "== Kotlin: JUnit tests"
rm -rf bindings/uniffi/kotlin/target/surefire-reports
maven -f bindings/uniffi/kotlin/pom.xml -Pdebug-native install
# Maven is quiet when the tests pass: count them from Surefire's reports.
cat bindings/uniffi/kotlin/target/surefire-reports/TEST-*.xml |
    grep -o '<testsuite [^>]*>' |
    awk '{
        for (i = 1; i <= NF; i++) {
            split($i, kv, "=");
            gsub(/"/, "", kv[2]);
            count[kv[1]] += kv[2];
        }
    }
    END {
        failed = count["failures"] + count["errors"];
        passed = count["tests"] - failed - count["skipped"];
        printf "Kotlin: %d passed, %d failed", passed, failed;
        if (count["skipped"] > 0) printf ", %d skipped", count["skipped"];
        printf "\n";
        exit (passed > 0 && failed == 0) ? 0 : 1;
    }'

echo "== Kotlin: example"
maven -f examples/kotlin/pom.xml compile exec:java
