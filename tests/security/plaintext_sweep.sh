#!/usr/bin/env bash
# The plaintext sweep: runs every end-to-end test executable with a per-run marker prefix in
# every piece of personal content (tests/e2e/e2eworld.* puts it there), HOME, TMPDIR and the
# XDG folders pointed into one sweep root, every logging category at debug and the stdout and
# stderr of every desk and device process kept in files. Then it searches every file the run
# created for the markers and for the fixture person's fields. See
# docs/security/plaintext-and-logs.md for what is searched and what the desk may print.
#
# Usage: plaintext_sweep.sh SWEEP_ROOT E2E_SOURCE_DIR E2E_EXECUTABLE...
set -uo pipefail
[[ $# -ge 3 ]] || { echo "usage: $0 SWEEP_ROOT E2E_SOURCE_DIR E2E_EXECUTABLE..." >&2; exit 2; }
root=$1
sources=$2
shift 2

# Every end-to-end test there is, not a chosen few.
for source in "$sources"/tst_e2e_*.cpp; do
  name=$(basename "$source" .cpp)
  given=0
  for test in "$@"; do [[ $(basename "$test") == "$name" ]] && given=1; done
  [[ $given == 1 ]] || { echo "the sweep was not given $name" >&2; exit 1; }
done

rm -rf "$root"
mkdir -p "$root"/{home,tmp,logs,harness,outgoing} "$root"/xdg/{config,data,cache,state}
root=$(cd "$root" && pwd)
stamp=$root/started
touch "$stamp"

# Letters only: the paper register refuses a run of six digits as a possible number.
prefix="shsweep$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n' | tr '0-9' 'q-z')"
export SAFEHAVEN_SWEEP_PREFIX=$prefix
export SAFEHAVEN_SWEEP_KEEP=1
export SAFEHAVEN_SWEEP_LOGS=$root/logs
# The council's own plaintext originals (the files it sends): not searched, see the doc.
export SAFEHAVEN_SWEEP_OUTGOING=$root/outgoing
export HOME=$root/home TMPDIR=$root/tmp
export XDG_CONFIG_HOME=$root/xdg/config XDG_DATA_HOME=$root/xdg/data
export XDG_CACHE_HOME=$root/xdg/cache XDG_STATE_HOME=$root/xdg/state
# Every level of every category: the desk and the CLI quieten their info lines unless asked.
export QT_LOGGING_RULES='*.debug=true;*.info=true;*.warning=true;*.critical=true'
export QT_MESSAGE_PATTERN='%{category} %{type}: %{message}'

failed=0
started=$SECONDS
for test in "$@"; do
  name=$(basename "$test")
  t0=$SECONDS
  if "$test" >"$root/harness/$name.stdout" 2>"$root/harness/$name.stderr"; then
    echo "ran $name: passed ($((SECONDS - t0)) s)"
  else
    echo "ran $name: FAILED ($((SECONDS - t0)) s); see $root/harness/$name.stdout" >&2
    grep -E '^FAIL!' -A3 "$root/harness/$name.stdout" >&2
    failed=1
  fi
done
echo "the end-to-end suite took $((SECONDS - started)) s"

# What may show content: the stdout of commands whose whole purpose is to show it to the
# person at the screen. Everything else (all stderr, every other stdout, every file on disk)
# must be clean.
#   desk inbox          the officer reads the decrypted reports, notes and share decisions
#   desk devices/enrol  the officer's list of carers and volunteers by name (council staff data)
#   desk consent        the permission to share the officer has just entered, echoed with its note
#   device consent      the carer's own list of permissions to share, with the council's note
#   device paper*       the carer's own paper register, descriptions included
allowed_stdout='-(desk-(inbox|devices|enrol|consent)|device-[0-9a-z-]+-(consent|paper|paper-add|paper-return))\.stdout$'

# The needles: the marker prefix and the fixture person's fields, as written and as stored
# elsewhere (no spaces, ISO date), as UTF-8 and UTF-16.
needles=(
  "$prefix"
  "Tamsin Whitfield" "Whitfield"
  "14/03/1987" "1987-03-14"
  "943 476 5919" "9434765919"
  "07700 900461" "07700900461"
  "12 Larch Close" "Larch Close" "NS4 7QT"
)
# Patterns of personal data in general, for text files only (binary ciphertext would match by
# chance): NHS-number-like 3-3-4 digit runs, UK mobile numbers, full postcodes.
patterns=(
  '(^|[^0-9A-Za-z])[0-9]{3} [0-9]{3} [0-9]{4}([^0-9A-Za-z]|$)'
  '(^|[^0-9A-Za-z])07[0-9]{3} ?[0-9]{6}([^0-9A-Za-z]|$)'
  '(^|[^A-Z])[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}([^A-Z]|$)'
)

utf16() { printf '%s' "$1" | sed 's/./&\\x00/g'; }

leaks=$root/leaks.txt
allowed=$root/allowed.txt
: >"$leaks"
: >"$allowed"
: >"$root/canary.txt"

# Files of the run: everything under the root except the council's originals, plus anything
# new in the real /tmp (in case something ignored TMPDIR).
mapfile -d '' files < <(find "$root" -path "$root/outgoing" -prune -o -type f \
  ! -name leaks.txt ! -name allowed.txt ! -name canary.txt ! -name started -print0)
# New files in the real /tmp may be other programs': only this run's marker prefix counts there.
mapfile -d '' stray < <(find /tmp -xdev -path "$root" -prune -o -type f -newer "$stamp" \
  -size -64M -readable -print0 2>/dev/null)
# A canary the search must find, as UTF-8 and as UTF-16, or it is not searching at all.
canary=$root/tmp/sweep-canary
{ printf 'canary %s\n' "$prefix"; printf '%s' "$prefix" | iconv -t UTF-16LE; } >"$canary"
files+=("$canary")
echo "searching ${#files[@]} files of the run and ${#stray[@]} new in /tmp"

# hits GREP_OPTIONS... NEEDLE LABEL: "file: label" for every file of the run holding it.
hits() {
  local label=${*: -1} args=("${@:1:$#-1}")
  printf '%s\0' "${files[@]}" | LC_ALL=C xargs -0 grep -l "${args[@]}" 2>/dev/null |
    while IFS= read -r file; do printf '%s: %s\n' "$file" "$label"; done
}
{
  for needle in "${needles[@]}"; do
    hits -aF -- "$needle" "$needle"
    hits -aP -- "$(utf16 "$needle")" "$needle (UTF-16)"
  done
  for pattern in "${patterns[@]}"; do
    hits -IE -- "$pattern" "pattern $pattern"
  done
  files=("${stray[@]}")
  if [[ ${#files[@]} -gt 0 ]]; then
    hits -aF -- "$prefix" "$prefix"
    hits -aP -- "$(utf16 "$prefix")" "$prefix (UTF-16)"
  fi
} | sort -u | while IFS= read -r hit; do
  file=${hit%%: *}
  if [[ $file == "$canary" ]]; then
    echo "$hit" >>"$root/canary.txt"
  elif [[ $file == "$root/logs/"* && $file =~ $allowed_stdout ]]; then
    echo "$hit" >>"$allowed"
  else
    echo "$hit" >>"$leaks"
  fi
done

# The sweep must be able to see what it looks for: the markers reached the desk's inbox
# display, the fixture fields were sent, and every process logged at debug level.
check() { # check DESCRIPTION COMMAND...
  if "${@:2}"; then echo "check: $1"; else echo "CHECK FAILED: $1" >&2; failed=1; fi
}
check "the canary was found as UTF-8 and as UTF-16" \
  test "$(grep -c -- "$prefix" "$root/canary.txt")" = 2
check "markers reached the officer's inbox display" \
  grep -q -- "-desk-inbox.stdout: $prefix" "$allowed"
check "the markers were in what the tests sent" grep -rqaF -- "$prefix" "$root/outgoing"
check "the fixture person's fields were in what the tests sent" \
  grep -rqaF -- "943 476 5919" "$root/outgoing"
# crypto, platform and app log only on failures or in the GUI app: not reached by a CLI run.
for category in sync relay vault lock desk reports consent evidence; do
  check "safehaven.$category messages were captured" \
    grep -rqE -- "^safehaven\.$category (debug|info|warning|critical):" "$root/logs" "$root/harness"
done
check "debug messages were captured at all" \
  grep -rqE -- "^[a-z.]+ debug:" "$root/logs"

echo "allowed (stdout of display commands): $(wc -l <"$allowed") hits"
if [[ -s $leaks ]]; then
  echo "PLAINTEXT FOUND where it must not be:" >&2
  cat "$leaks" >&2
  failed=1
else
  echo "no marker or personal field in any other file"
fi
exit $failed
