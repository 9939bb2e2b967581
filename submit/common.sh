# shellcheck shell=bash
# Shared by the scripts in submit/: where the project is, building it when needed, which Java
# and which Spark jars to use, their arguments' help, whether a cluster is running, Spark's
# properties file. Sourced, not run.

# The project: the parent of submit/ (DISTGRAY_ROOT overrides it, for the tests of these functions).
DISTGRAY_ROOT="${DISTGRAY_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
DISTGRAY_JAR="$DISTGRAY_ROOT/target/distgray.jar"
DISTGRAY_LIB="$DISTGRAY_ROOT/target/lib"
# The --add-opens options Spark needs on Java 17, as a java argument file (java @FILE) the build
# writes from the pom's spark.jvm.opens.
DISTGRAY_OPENS="$DISTGRAY_ROOT/target/spark-opens.args"
# shellcheck disable=SC2034  # used by the scripts that source this file
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Builds the project (jar and resolved classpath) when they are missing, or when what they are
# built from (pom.xml, anything under src/main/) changed since the jar was built (after a git
# pull or an edit), saying so. Tests and benchmarks are not in the jar: editing them while
# `mvn verify` runs the scripts starts no build.
ensure_built() {
  local changed
  if [[ ! -f "$DISTGRAY_JAR" || ! -d "$DISTGRAY_LIB" || ! -d "$DISTGRAY_ROOT/target/app-lib" \
    || ! -f "$DISTGRAY_OPENS" ]]; then
    echo "distgray: building the project first (mvn package, about a minute)..." >&2
  else
    changed="$(find "$DISTGRAY_ROOT/pom.xml" "$DISTGRAY_ROOT/src/main" -newer "$DISTGRAY_JAR" \
      -print -quit 2>/dev/null || true)"
    [[ -n "$changed" ]] || return 0
    echo "distgray: ${changed#"$DISTGRAY_ROOT"/} changed since target/distgray.jar was built;" \
      "rebuilding (mvn package, about a minute)..." >&2
  fi
  maven_package package
}

# Runs Maven without the tests (maven_package [-PPROFILE] package); its output is shown only
# when the build fails, and then the script stops.
maven_package() {
  local build_log
  if ! build_log="$(cd "$DISTGRAY_ROOT" && mvn -q -B -DskipTests "$@" 2>&1)"; then
    echo "$build_log" >&2
    echo "distgray: the build failed; see above" >&2
    exit 1
  fi
}

# The Spark jars: a Spark distribution's when SPARK_HOME is set, else the project's own.
spark_classpath() {
  if [[ -n "${SPARK_HOME:-}" ]]; then
    echo "$SPARK_HOME/jars/*"
  else
    echo "$DISTGRAY_LIB/*"
  fi
}

# Every script's arguments, one style: a `while (($#)); do case "$1" in` loop whose options
# take their values with option_value, whose -h|--help calls script_help and whose other
# unknown argument calls unknown_argument. The help is the
# script's header comment, up to `set -euo pipefail`; its usage, the header's first paragraph.
script_name="$(basename "$0")"
script_help() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
  exit 0
}
# The value of an option in that loop, `x="$(option_value "$@")"`: a missing one is named.
option_value() {
  if (($# < 2)) || [[ -z "$2" ]]; then
    echo "$script_name: $1 needs a value" >&2
    exit 2
  fi
  echo "$2"
}
unknown_argument() {
  { echo "$script_name: unknown argument $1; usage:"
    sed -n '2,/^#$/p' "$0" | sed '$d; s/^# \{0,1\}/  /'
  } >&2
  exit 2
}

# The folder of a standalone cluster started by cluster-up: logs, PIDs, secret, work folders.
cluster_dir() {
  echo "${DISTGRAY_CLUSTER_DIR:-$DISTGRAY_ROOT/target/cluster}"
}

# Whether the cluster started by cluster-up from DIR is running: is any process it recorded in
# DIR/pids alive?
cluster_running() {  # cluster_running DIR
  local dir="$1" pid
  [[ -s "$dir/pids" ]] || return 1
  while read -r pid _; do
    if kill -0 "$pid" 2>/dev/null; then return 0; fi
  done < "$dir/pids"
  return 1
}

# Writes Spark's properties FILE, readable only by the user: conf/spark-defaults.conf (of
# CONF_DIR), then each SETTING ("key value"), then authentication with the secret in
# SECRET_FILE when that file is readable.
write_properties() {  # write_properties FILE CONF_DIR SECRET_FILE [SETTING...]
  local file="$1" conf_dir="$2" secret_file="$3" setting
  shift 3
  (umask 077
   { cat "$conf_dir/spark-defaults.conf"
     echo
     for setting in "$@"; do echo "$setting"; done
     if [[ -r "$secret_file" ]]; then
       echo "spark.authenticate true"
       echo "spark.authenticate.secret $(cat "$secret_file")"
     fi
   } > "$file")
}

# PIDs of the processes whose current directory is inside FOLDER: the executors a Worker started
# in its work folder.
processes_under() {
  local work proc
  work="$(cd "$1" 2>/dev/null && pwd -P)" || return 0
  for proc in /proc/[0-9]*; do
    if [[ "$(readlink "$proc/cwd" 2>/dev/null)" == "$work"/* ]]; then
      echo "${proc#/proc/}"
    fi
  done
}

# Where Spark writes event logs for the History Server.
event_log_dir() {
  echo "${DISTGRAY_EVENT_LOG_DIR:-$DISTGRAY_ROOT/target/spark-events}"
}

# Prints the body of http://HOST:PORT/PATH; fails when nothing answers. Plain bash, no curl.
http_get() {
  local host="$1" port="$2" path="$3"
  { exec 3<>"/dev/tcp/$host/$port"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$host" >&3
  sed '1,/^\r\{0,1\}$/d' <&3
  exec 3<&-
}
