#!/usr/bin/env bash
# Build and run the demo: a Java program calling a C# library.
#   examples/java-uses-csharp/run.sh [PARLEY]   (default: bin/parley)
# It compiles Geometry.cs with mcs, writes Java stubs for it with
# `parley stubs --java`, compiles Main.java against them with javac, runs
# it on Parley, and checks the output against the all-Java version on java.
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
out="$repo/build/examples/java-uses-csharp"
rm -rf "$out" && mkdir -p "$out/classes" "$out/reference"

mcs -target:library -out:"$out/Geometry.dll" "$here/Geometry.cs"
"${parley_cmd[@]}" stubs --java "$out/stubs" "$out/Geometry.dll"
javac -cp "$out/stubs" -d "$out/classes" "$here/Main.java"

echo "== parley -cp classes -r Geometry.dll Main"
"${parley_cmd[@]}" -cp "$out/classes" -r "$out/Geometry.dll" Main | tee "$out/parley.txt"

javac -d "$out/reference" "$here/Main.java" "$here/all-java/cli/Geometry/Point.java"
java -cp "$out/reference" Main > "$out/java.txt"
if diff -u "$out/java.txt" "$out/parley.txt"; then
    echo "== same output as the all-Java program under java"
else
    echo "== output differs from the all-Java program under java" >&2
    exit 1
fi
