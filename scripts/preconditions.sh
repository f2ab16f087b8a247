# Sourced by the scripts: checks what they need up front, and says what is missing and what to do.

precondition_fail() { printf '%s: %s\n' "${0##*/}" "$*" >&2; exit 1; }

# Java 17 or newer and Maven 3.8.7 or newer, with the versions found.
require_java_and_maven() {
  command -v java >/dev/null 2>&1 || precondition_fail "no java on PATH: install a JDK 17 or newer"
  local java_version major
  java_version=$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  major=${java_version%%.*}
  [ "$major" = 1 ] && major=$(echo "$java_version" | cut -d. -f2)
  [ -n "$major" ] && [ "$major" -ge 17 ] 2>/dev/null ||
    precondition_fail "Java ${java_version:-unknown} found; Azlon needs Java 17 or newer"
  command -v mvn >/dev/null 2>&1 || precondition_fail "no mvn on PATH: install Maven 3.8.7 or newer"
  local maven_version
  maven_version=$(mvn -B -v 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g" | sed -n 's/^Apache Maven \([0-9.]*\).*/\1/p' | head -n 1)
  [ "$(printf '%s\n3.8.7\n' "$maven_version" | sort -V | head -n 1)" = 3.8.7 ] ||
    precondition_fail "Maven ${maven_version:-unknown} found; Azlon needs Maven 3.8.7 or newer"
}

# Root and Debian's apt, for installing what is missing.
require_root_and_apt() {
  local what=$1
  [ "$(id -u)" = 0 ] ||
    precondition_fail "$what needs root: run it with sudo, or provide it yourself"
  command -v apt-get >/dev/null 2>&1 ||
    precondition_fail "$what needs Debian's apt-get, which is not here: provide it yourself"
}
