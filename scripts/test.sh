#!/usr/bin/env bash
# Runs every test of every module with a JDK >= 21 (the README's test command).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/find-jdk.sh"
cd "$ROOT"
# OpenSearch refuses to run as root: run as root, the cluster tests start their nodes as this user
if [ "$(id -u)" = 0 ] && ! id -u marsad-os >/dev/null 2>&1; then
  useradd --system --create-home marsad-os
fi
exec mvn -B -ntp verify "$@"
