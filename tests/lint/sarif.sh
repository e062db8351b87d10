#!/usr/bin/env bash
# SARIF 2.1.0 structure of --format=sarif (tests/lint/sarif_check.py), on
# the Rails structure.sql and on inputs with every kind of diagnostic
# (rules, parse, suppression, framing, several files); its results must be
# the gcc format's lines, one for one. A checker that accepts a broken log
# would make this test useless, so broken logs must be refused too.
# Output is TAP. Usage: sarif.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
source "$here/../lib/tap.sh"

cd "$tmp"
cp "$root/testdata/rails/structure.sql" structure.sql
cat > mixed.sql <<'SQL'
-- db9-sanitize: ignore[owner]
CREATE TABLE t (id int);
CREATE TABLE begin (id int); CREATE POLICY p ON t USING (true);
SELECT 1 FROM t WHERE a IS JSON; -- PG16 syntax
LISTEN jobs;
SQL
printf 'GRANT SELECT ON t TO PUBLIC;\n' > "with space.sql"
check() {  # name, files...
  local name=$1; shift
  "$bin" --check --format=sarif --diagnostics "$name.sarif" --no-config "$@" 2>/dev/null
  "$bin" --check --format=gcc --no-config "$@" 2> "$name.gcc"
  if out=$(python3 "$here/sarif_check.py" "$name.sarif" "$name.gcc" 2>&1); then ok "$name: valid SARIF 2.1.0, results = gcc lines"
  else bad "$name: valid SARIF 2.1.0, results = gcc lines" "$out"; fi
}
check rails structure.sql
check mixed mixed.sql "with space.sql"
grep -q '"uri": "with%20space.sql"' mixed.sarif && ok "a path with a space is a URI (%20)" || bad "a path with a space is a URI (%20)"
python3 - rails.sarif <<'PY' && ok "rules carry id, short and full description, help, default level" || bad "rules carry id, short and full description, help, default level"
import json, sys
rules = json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]["rules"]
r = {x["id"]: x for x in rules}
assert r["rls"]["defaultConfiguration"]["level"] == "warning"
assert r["meta-command"]["defaultConfiguration"]["level"] == "error"
for x in rules:
    assert x["shortDescription"]["text"] and x["fullDescription"]["text"] and x["help"]["text"], x["id"]
PY

# SARIF columns count code points (columnKind unicodeCodePoints); gcc's count bytes.
printf "SELECT 'été'; GRANT SELECT ON t TO PUBLIC;\n" > utf8.sql
"$bin" --check --format=sarif --diagnostics utf8.sarif --no-config utf8.sql 2>/dev/null
"$bin" --check --format=gcc --no-config utf8.sql 2> utf8.gcc
if python3 - utf8.sarif <<'PY' && grep -q '^utf8.sql:1:17: note: dropped GRANT' utf8.gcc
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["columnKind"] == "unicodeCodePoints", run.get("columnKind")
assert run["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 15, run["results"][0]
PY
then ok "UTF-8 before the statement: SARIF column 15 (code points), gcc column 17 (bytes)"
else bad "UTF-8 before the statement: SARIF column 15 (code points), gcc column 17 (bytes)" "$(cat utf8.gcc)"; fi

# The checker refuses broken logs.
python3 - rails.sarif <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
res = log["runs"][0]["results"]
a = json.loads(json.dumps(log)); a["runs"][0]["results"][0]["ruleIndex"] = 5; json.dump(a, open("bad-index.sarif", "w"))
b = json.loads(json.dumps(log)); b["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0; json.dump(b, open("bad-region.sarif", "w"))
c = json.loads(json.dumps(log)); del c["version"]; json.dump(c, open("bad-version.sarif", "w"))
d = json.loads(json.dumps(log)); del d["runs"][0]["results"][1]["message"]; json.dump(d, open("bad-message.sarif", "w"))
PY
for b in bad-index bad-region bad-version bad-message; do
  if python3 "$here/sarif_check.py" "$b.sarif" >/dev/null; then bad "the checker refuses $b"; else ok "the checker refuses $b"; fi
done
echo "1..$n"
[ $failed -eq 0 ]
