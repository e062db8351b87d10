#!/usr/bin/env bash
# The real dumps corpus (../shared/corpus/real-dumps: real pg_dump outputs of
# PostgreSQL 9.x to 17, SOURCES.md says from where) against PostgreSQL 15
# (issue 12). For every DIR/*.sql:
#   - identity: `--disable all` writes the input back byte for byte, exit 0
#     (a truncated file: exit 3, and what is written is the input up to the
#     cut-off statement);
#   - sanitized with the defaults (--report, --verify-sql): exit 0;
#   - idempotence: sanitizing the output again writes the same bytes and
#     reports " 0 changes,";
#   - the output restores with psql -v ON_ERROR_STOP=1 into a fresh database
#     of a cluster that has DB9's extensions Debian packages (pg_cron,
#     preloaded, cron.database_name naming the database every dump is
#     restored into, dropped WITH (FORCE) and created again between dumps;
#     hstore, uuid-ossp from postgresql-15; `vector` is not packaged for
#     bookworm, so a dump creating it cannot restore here);
#   - the --verify-sql script run against it: no mismatch, verdict OK.
# Files that still fail are listed below (EXCUSED) with the error their
# restore stops at and why; for each, the test shows the reason on the
# source side: the ORIGINAL file loaded with ON_ERROR_STOP=1 into a fresh
# database (the roles it names created, every extension Debian packages
# for PostgreSQL 15 available: postgresql-15, postgresql-15-postgis-3,
# postgresql-15-cron) stops at the same error; a truncated one also makes
# the filter exit 3 saying so. An excused file that restores, or fails
# differently, fails the test: the list cannot rot. At most 8 are excused.
#
# Noise (the issue's check, tests/lib/noise.py): in the --report JSON of
# every file, and of the extra files given (testdata dumps), no finding
# about a statement another rule dropped, and no "kept" finding about a
# dropped statement (by each finding's statement_line, statement_column
# and verdict; a rule's finding without them fails too).
#
# Output is TAP. REAL_DUMPS_KEEP=DIR keeps outputs and logs in DIR.
# Usage: real_dumps.sh DB9_SANITIZE DIR [NOISE_FILE...]
set -uo pipefail

if [ $# -lt 2 ] || [ ! -d "$2" ]; then
  echo "usage: $0 DB9_SANITIZE DIR [NOISE_FILE...]" >&2
  exit 2
fi
bin=$(realpath -- "$1")
dir=$(realpath -- "$2")
shift 2
noise_files=("$@")
here=$(cd "$(dirname "$0")" && pwd)

# The files that still fail: NAME → 'ERROR-REGEX|reason'. The regex must
# match the first ERROR of the sanitized restore AND of the original's load.
declare -A EXCUSED=(
  [Ansh-Rathod_Musive-backend-2.0]='relation "public\.Users" does not exist|source defect: a statement uses table "Users", which the dump never creates'
  [CONABIO_inaturalist_snmb]='function array_append\(anyarray, anyelement\) does not exist|source: CREATE AGGREGATE over array_append(anyarray, anyelement) of PostgreSQL 9.5; PostgreSQL 14+ declares it (anycompatiblearray, anycompatible)'
  [cipherstash_pyconau2024-ctf]='function _cs_extract_indexes\(jsonb\) does not exist|source defect: a CHECK calls an unqualified function, and pg_dump restores with an empty search_path'
  [iangow_pg_functions]='type "abstime" does not exist|source: the file is truncated (inside a dollar-quoted body), and uses abstime, gone since PostgreSQL 12'
  [kentyler_conversationalaiapi]='extension "vector" is not available|environment: pgvector is in DB9'"'"'s set but not packaged for Debian bookworm'
  [nxtrm_neanote]='invalid input syntax for type uuid: ""|source defect: COPY data holds an empty string for a uuid column'
  [oknosoft_windowbuilder-planning]='type "qinfo_type" does not exist|source defect: a function signature names a type unqualified, and pg_dump restores with an empty search_path'
  [surgefm_v2land-redstone]='column "role" of relation "client" does not exist|source defect: COPY names a column the table does not have'
)
truncated=(iangow_pg_functions)
max_excused=8

source "$here/../lib/tap.sh"
check() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "want: $2" "got:  $3"; fi; }
db=restored
export PG_SERVER_OPTS="-c shared_preload_libraries=pg_cron -c cron.database_name=$db"
source "$here/../lib/pgcluster.sh"
pg_start || { echo "not ok 1 - start PostgreSQL 15 with pg_cron preloaded"; echo "1..1"; exit 1; }
work=${REAL_DUMPS_KEEP:-}
if [ -z "$work" ]; then work=$(mktemp -d "${TMPDIR:-/tmp}/db9-real.XXXXXX"); fi
mkdir -p "$work"
trap 'pg_stop; [ -n "${REAL_DUMPS_KEEP:-}" ] || rm -rf "$work"' EXIT

[ ${#EXCUSED[@]} -le $max_excused ] && ok "at most $max_excused excused files (${#EXCUSED[@]})" ||
  bad "at most $max_excused excused files" "${#EXCUSED[@]} are listed"

fresh_db() {
  PGOPTIONS="-c client_min_messages=warning" psql_src -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
    -c "CREATE DATABASE $db TEMPLATE template0" >/dev/null
}
first_error() {  # LOG: the first ERROR line, without psql's file:line prefix
  grep -m 1 'ERROR:' "$1" | sed -E 's/^psql:[^:]*:[0-9]+: //'
}
# DB9's extensions that Debian packages for PostgreSQL 15 (`apt-cache search
# postgresql-15-`: pg_cron; hstore and uuid-ossp ship with postgresql-15;
# vector, http, zhparser, parquet, fs9, embedding are not packaged).
fresh_db
exts=$(psql_src -d "$db" -Atc "CREATE EXTENSION pg_cron" -c "CREATE EXTENSION hstore" -c 'CREATE EXTENSION "uuid-ossp"' \
  -c "SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension" 2>&1)
check "DB9's packaged extensions can be created in $db (pg_cron preloaded)" "hstore,pg_cron,plpgsql,uuid-ossp" "$exts"

is_truncated() { local t; for t in "${truncated[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }

shopt -s nullglob
dumps=("$dir"/*.sql)
[ ${#dumps[@]} -gt 0 ] || { bad "real dumps in $dir" "no *.sql there"; echo "1..$n"; exit 1; }
passed=0; failing=(); excused_seen=()
for dump in "${dumps[@]}"; do
  name=$(basename "$dump" .sql)
  w=$work/$name
  reason=${EXCUSED[$name]:-}

  # Identity with every rule off.
  "$bin" -q --disable all "$dump" > "$w.identity.sql" 2> "$w.identity.err"
  rc=$?
  if is_truncated "$name"; then
    size=$(stat -c %s "$w.identity.sql")
    if [ $rc = 3 ] && grep -q 'looks truncated' "$w.identity.err" && head -c "$size" "$dump" | cmp -s - "$w.identity.sql"; then
      ok "$name: --disable all: the truncated file is written up to its cut-off statement, exit 3"
    else bad "$name: --disable all on the truncated file (exit $rc)" "$(head -3 "$w.identity.err")"; fi
  elif [ $rc = 0 ] && cmp -s "$dump" "$w.identity.sql"; then
    ok "$name: --disable all is the identity"
  else bad "$name: --disable all is the identity (exit $rc)" "$(cmp "$dump" "$w.identity.sql" 2>&1)" "$(head -3 "$w.identity.err")"; fi

  # Sanitized with the defaults.
  "$bin" -q --report "$w.json" --verify-sql "$w.verify.sql" "$dump" > "$w.out.sql" 2> "$w.err"
  rc=$?
  want_rc=0
  is_truncated "$name" && want_rc=3
  if [ $rc = $want_rc ]; then ok "$name: sanitized (exit $rc)"
  else bad "$name: sanitized (exit $rc, want $want_rc)" "$(grep -E ': error: ' "$w.err" | head -3)"; fi

  # Idempotence.
  "$bin" "$w.out.sql" > "$w.twice.sql" 2> "$w.twice.err"
  rc2=$?
  if [ $rc2 = 0 ] && cmp -s "$w.out.sql" "$w.twice.sql" && grep -q " 0 changes," "$w.twice.err"; then
    ok "$name: idempotent"
  else bad "$name: idempotent (exit $rc2)" "$(cmp "$w.out.sql" "$w.twice.sql" 2>&1)" "$(grep -v '^db9-sanitize:' "$w.twice.err" | head -3)" "$(tail -n 1 "$w.twice.err")"; fi

  # Restore, verify.
  fresh_db
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$w.out.sql" > "$w.restore.log" 2>&1
  rc=$?
  if [ $rc = 0 ]; then
    "$PG_BIN/psql" -X -At -v ON_ERROR_STOP=1 -d "$db" -f "$w.verify.sql" > "$w.verify.log" 2>&1
    vrc=$?
    if [ $vrc = 0 ] && ! grep -q '^mismatch:' "$w.verify.log" && tail -n 1 "$w.verify.log" | grep -q '^db9-sanitize verify: OK'; then
      restored=ok
    else
      restored="verify: $(grep -m 3 -E '^mismatch:|ERROR|FAILED' "$w.verify.log" | tr '\n' ' ')"
    fi
  else
    restored="restore: $(first_error "$w.restore.log")"
  fi
  if [ -n "$reason" ]; then
    excused_seen+=("$name")
    regex=${reason%%|*}
    if [ "$restored" = ok ]; then
      bad "$name: excused (${reason#*|}), yet it now restores and verifies: take it off the list"
    elif [[ $restored == "restore: "* ]] && grep -qE "$regex" <<< "$restored"; then
      ok "$name: still fails as excused: $restored"
    else
      bad "$name: fails differently from its excuse" "excused: $regex" "now:     $restored"
    fi
  elif [ "$restored" = ok ]; then
    passed=$((passed + 1))
    ok "$name: restores with ON_ERROR_STOP=1, verify: $(tail -n 1 "$w.verify.log")"
  else
    failing+=("$name: $restored")
    bad "$name: restores with ON_ERROR_STOP=1 and verifies" "$restored" "$(grep -m 1 'ERROR:' "$w.restore.log" | grep -oE '^psql:[^:]*:[0-9]+')"
  fi
done
echo "# $passed of ${#dumps[@]} restore and verify; ${#excused_seen[@]} excused; ${#failing[@]} fail:"
printf '#   %s\n' "${failing[@]}"
for name in "${!EXCUSED[@]}"; do
  [ -f "$dir/$name.sql" ] || bad "excused $name: no such file in $dir (take it off the list)"
done

# The excuses, shown on the source side (after every sanitized restore, so
# that the roles made here never help one).
for name in "${excused_seen[@]}"; do
  dump=$dir/$name.sql
  w=$work/$name
  reason=${EXCUSED[$name]}
  regex=${reason%%|*}
  for role in $(grep -oE '(OWNER TO|TO|FROM|AUTHORIZATION) "?[A-Za-z_][A-Za-z0-9_]*"?;' "$dump" | awk '{print $NF}' | tr -d '";' | sort -u); do
    case $role in public|PUBLIC|CURRENT_USER|SESSION_USER|CURRENT_ROLE) continue ;; esac
    psql_src -d postgres -c "CREATE ROLE \"$role\"" >/dev/null 2>&1
  done
  # pg_dump 17 writes SET transaction_timeout, which PostgreSQL 15 rejects
  # before anything else: the original is loaded untouched WITHOUT
  # ON_ERROR_STOP, and its first error other than that one must be the
  # excused one (the errors before it are shown).
  fresh_db
  "$PG_BIN/psql" -X -q -d "$db" -f "$dump" > "$w.source.log" 2>&1
  before=$(grep 'ERROR:' "$w.source.log" | sed -E 's/^psql:[^:]*:[0-9]+: //' | awk -v re="$regex" '$0 ~ re { exit } { print }' | sort -u | tr '\n' ' ')
  err=$(grep 'ERROR:' "$w.source.log" | sed -E 's/^psql:[^:]*:[0-9]+: //' | grep -v 'unrecognized configuration parameter "transaction_timeout"' | head -n 1)
  if grep -qE "$regex" <<< "$err"; then
    ok "$name: the original fails the same way on PostgreSQL 15: $err${before:+ (before it: $before)}"
  else
    bad "$name: the original fails the same way on PostgreSQL 15" "excused: $regex" "source:  ${err:-no error}"
  fi
  if is_truncated "$name"; then
    if grep -q 'looks truncated' "$w.err"; then ok "$name: the filter says the file is truncated: $(grep -m 1 -o 'input ends [^[]*' "$w.err")"
    else bad "$name: the filter says the file is truncated" "$(grep -m 2 ': error: ' "$w.err")"; fi
  fi
done

# Noise, over the corpus and the extra files.
for f in "${noise_files[@]}"; do
  name=extra-$(basename "$f")
  "$bin" -q --report "$work/$name.json" "$f" > /dev/null 2> "$work/$name.err"
done
noisy=(); old=()
for j in "$work"/*.json; do
  label=$(basename "$j" .json)
  # A report of a filter older than the verdict fields says nothing of them.
  if jq -e '[.findings[][]] | length > 0 and all(has("verdict") | not)' "$j" >/dev/null; then old+=("$label"); fi
  out=$(python3 "$here/../lib/noise.py" "$j" "$label") || mapfile -t -O ${#noisy[@]} noisy <<< "$out"
done
nreports=$(find "$work" -maxdepth 1 -name '*.json' | wc -l)
if [ ${#noisy[@]} = 0 ]; then ok "noise: no finding about a statement another rule dropped, none kept for a dropped one, every rule's finding has its verdict ($nreports reports)"
else bad "noise: no finding about a statement another rule dropped, none kept for a dropped one, every rule's finding has its verdict ($nreports reports${old[0]:+, ${#old[@]} without any verdict field})" "${noisy[@]:0:40}"; fi
if [ ${#old[@]} -gt 0 ]; then
  # Without the fields: noise.py's own statement split, a guess shown as
  # comments (never the verdict).
  guesses=$(for dump in "${dumps[@]}"; do python3 "$here/../lib/noise.py" --guess "$dump" "$work/$(basename "$dump" .sql).json"; done
            for f in "${noise_files[@]}"; do
              case $f in *.sql) python3 "$here/../lib/noise.py" --guess "$f" "$work/extra-$(basename "$f").json";; esac
            done)
  echo "# noise.py --guess (statements split by the test itself): $(grep -c . <<< "$guesses") suspects"
  [ -n "$guesses" ] && sed 's/^/#   /' <<< "$guesses"
fi

echo "1..$n"
[ $failed = 0 ]
