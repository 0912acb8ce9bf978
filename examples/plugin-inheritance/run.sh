#!/usr/bin/env bash
# A Java plugin extending a C# host's base class, with callbacks both ways.
#   examples/plugin-inheritance/run.sh [PARLEY]   (default: bin/parley)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
parley="${1:-$repo/bin/parley}"
case "$parley" in /*) ;; *) parley="$repo/$parley" ;; esac
if [ -f "$parley" ] && [ "${parley##*.}" = "py" ]; then
    parley_cmd=("$repo/.venv/bin/python" "$parley")
else
    parley_cmd=("$parley")
fi
out="$repo/build/examples/plugin-inheritance"
rm -rf "$out" && mkdir -p "$out/classes" "$out/reference"

mcs -target:library -out:"$out/Host.dll" "$here/Host.cs"
"${parley_cmd[@]}" stubs --java "$out/stubs" "$out/Host.dll"
javac -cp "$out/stubs" -d "$out/classes" "$here/Main.java"

echo "== parley -cp classes -r Host.dll Main"
"${parley_cmd[@]}" -cp "$out/classes" -r "$out/Host.dll" Main | tee "$out/parley.txt"

javac -d "$out/reference" "$here/Main.java" "$here"/all-java/cli/Host/*.java
java -cp "$out/reference" Main > "$out/java.txt"
if diff -u "$out/java.txt" "$out/parley.txt"; then
    echo "== same output as the all-Java program under java"
else
    echo "== output differs from the all-Java program under java" >&2
    exit 1
fi
