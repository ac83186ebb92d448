# Sourced by ./marsad and scripts/test.sh: sets JAVA_HOME to a JDK >= 21 or exits with advice.
# Order: JAVA_HOME if it is new enough, then the Temurin 25 that these machines carry,
# then any other JDK >= 21 under /usr/lib/jvm, then `java` on the PATH.
marsad_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}
marsad_pick_jdk() {
  local c
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    local v; v=$(marsad_java_major "$c")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$c"; return 0; fi
  done
  if command -v javac >/dev/null 2>&1; then
    c=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    local v; v=$(marsad_java_major "$c")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$c"; return 0; fi
  fi
  return 1
}
if ! MARSAD_JDK=$(marsad_pick_jdk); then
  echo "marsad: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}; java on PATH is $(java -version 2>&1 | head -n1))." >&2
  echo "marsad: install one, e.g. Temurin 25 (apt: temurin-25-jdk) or OpenJDK 21 (apt: openjdk-21-jdk), then set JAVA_HOME to it." >&2
  exit 3
fi
export JAVA_HOME="$MARSAD_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
