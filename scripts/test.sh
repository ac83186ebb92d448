#!/usr/bin/env bash
# Runs every test of every module with a JDK >= 21 (the README's test command).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/find-jdk.sh"
cd "$ROOT"
exec mvn -B -ntp verify "$@"
