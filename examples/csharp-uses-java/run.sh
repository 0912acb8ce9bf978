#!/usr/bin/env bash
# A C# program using a Java library.
#   examples/csharp-uses-java/run.sh [PARLEY]   (default: bin/parley)
# It compiles the Java library with javac, writes a C# reference assembly
# for it with `parley stubs --csharp`, compiles App.cs against it with mcs,
# runs App.exe on Parley with the Java classes on the class path, and
# checks the output against the same Main written in Java, under java.
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
out="$repo/build/examples/csharp-uses-java"
rm -rf "$out" && mkdir -p "$out/classes" "$out/reference"

javac -d "$out/classes" "$here/text/WordCounter.java"
"${parley_cmd[@]}" stubs --csharp "$out/JavaLib.dll" "$out/classes"
mcs -nowarn:108,114 -r:"$out/JavaLib.dll" -out:"$out/App.exe" "$here/App.cs"

echo "== parley -cp classes App.exe"
"${parley_cmd[@]}" -cp "$out/classes" "$out/App.exe" | tee "$out/parley.txt"

javac -cp "$out/classes" -d "$out/reference" "$here/all-java/App.java"
java -cp "$out/reference:$out/classes" App > "$out/java.txt"
if diff -u "$out/java.txt" "$out/parley.txt"; then
    echo "== same output as the all-Java program under java"
else
    echo "== output differs from the all-Java program under java" >&2
    exit 1
fi
