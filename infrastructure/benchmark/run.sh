#!/usr/bin/env sh
# Builds the function jars and runs the performance harness; writes docs/performance.md and docs/performance.json.
# Extra arguments go to the harness, e.g. --samples 20 or --jvm-options "-XX:TieredStopAtLevel=1".
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q package -DskipTests
exec java -jar infrastructure/benchmark/target/benchmark.jar "$@"
