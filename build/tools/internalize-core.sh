#!/usr/bin/env bash
# Makes every top-level type of Tollgate.Core internal except the public API listed in
# core-public-api.txt (one namespace-qualified type a line; '#' starts a comment).
# Why a script: branches add types in parallel; after a merge, re-run it and the surface is back to the
# list, so Core stays internal by default (CONVENTIONS §2). Idempotent; only declaration lines change.
#   build/tools/internalize-core.sh            rewrite the declarations
#   build/tools/internalize-core.sh --check    list what would change, exit 1 if anything would
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
core="$root/src/Tollgate.Core"
allow="$root/build/tools/core-public-api.txt"
mode="${1:-apply}"
[[ "$mode" == apply || "$mode" == --check ]] || { echo "usage: $0 [--check]" >&2; exit 2; }
[[ -f "$allow" ]] || { echo "error: allow-list $allow is missing" >&2; exit 2; }

changes="$(mktemp)"
trap 'rm -f "$changes"' EXIT

# One pass per file: remember the file-scoped namespace, then decide each top-level declaration line.
while IFS= read -r -d '' file; do
  awk -v allowfile="$allow" -v out="$changes" -v check="$mode" -v file="$file" '
    BEGIN {
      while ((getline line < allowfile) > 0) {
        sub(/#.*/, "", line); gsub(/[ \t\r]/, "", line)
        if (line != "") allowed[line] = 1
      }
      decl = "^(public|internal) ((static|sealed|abstract|readonly|partial|unsafe|ref) )*(record class|record struct|record|class|struct|enum|interface) [A-Za-z_][A-Za-z0-9_]*"
    }
    /^namespace [A-Za-z0-9_.]+;/ { ns = $2; sub(/;.*/, "", ns) }
    # Code under #if TOLLGATE_TASKS is compiled into the MSBuild tasks, where it stays internal: leave it alone.
    /^#if TOLLGATE_TASKS/ { tasks = 1 }
    /^#(else|endif)/ { tasks = 0 }
    {
      if (!tasks && match($0, decl)) {
        head = substr($0, RSTART, RLENGTH)
        n = split(head, words, " ")
        name = ns "." words[n]
        want = (name in allowed) ? "public" : "internal"
        if (words[1] != want) {
          print file ": " name " -> " want >> out
          sub(/^(public|internal)/, want)
        }
      }
      lines[++count] = $0
    }
    END {
      if (check == "apply") { for (i = 1; i <= count; i++) print lines[i] > (file ".tmp") }
    }
  ' "$file"
  if [[ -f "$file.tmp" ]]; then
    if cmp -s "$file" "$file.tmp"; then rm "$file.tmp"; else mv "$file.tmp" "$file"; fi
  fi
done < <(find "$core" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0 | sort -z)

# An allow-listed type that no longer exists is a stale line: say so rather than silently shrink the API.
while IFS= read -r entry; do
  type="${entry##*.}"; ns="${entry%.*}"
  if ! grep -rlqE "^public .*(class|struct|record|enum|interface) $type\b" "$core" --include='*.cs' ||
     ! grep -rlq "^namespace $ns;" "$core" --include='*.cs'; then
    echo "warning: $entry is in core-public-api.txt but not a public type of Tollgate.Core" >&2
  fi
done < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$allow")

if [[ -s "$changes" ]]; then
  sed "s|^$root/||" "$changes"
  [[ "$mode" == --check ]] && exit 1
fi
exit 0
