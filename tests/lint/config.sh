#!/usr/bin/env bash
# .db9-sanitize.toml discovery: found in the current directory or the
# nearest one above it (the nearest wins), named relative to the current
# directory in messages; --config FILE and --no-config; the command line
# overrides the file. (Each bad-config message is a golden case:
# tests/golden/cases/config-*.) Output is TAP. Usage: config.sh BINARY
set -u
bin=$(realpath "$1")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/../lib/tap.sh"
mkdir -p "$tmp/project/db/migrate/deep" "$tmp/project/other"
printf 'CREATE POLICY p ON t USING (true);\nALTER TABLE t OWNER TO bob;\n' > "$tmp/schema.sql"
printf '[actions]\nrls = "warn"\n' > "$tmp/project/.db9-sanitize.toml"
printf '[rules]\ndisable = ["owner"]\n' > "$tmp/project/db/.db9-sanitize.toml"
run() { (cd "$1" && shift && "$bin" -q "$@" "$tmp/schema.sql" 2>&1 >/dev/null); }

out=$(run "$tmp/project/other")
if grep -q 'left unchanged (--action rls=warn) \[rls\]' <<<"$out" && grep -q '\[owner\]' <<<"$out"; then
  ok "found in the parent directory"
else bad "found in the parent directory" "$out"; fi
out=$(run "$tmp/project/db/migrate/deep")
if ! grep -q '\[owner\]' <<<"$out" && grep -q 'dropped CREATE POLICY' <<<"$out"; then
  ok "the nearest file wins (two levels up, not three), and is not merged with the farther one"
else bad "the nearest file wins" "$out"; fi
out=$(run "$tmp/project/db/migrate/deep" --no-config)
if grep -q '\[owner\]' <<<"$out" && grep -q 'dropped CREATE POLICY' <<<"$out"; then ok "--no-config reads none"
else bad "--no-config reads none" "$out"; fi
out=$(run "$tmp" --config project/.db9-sanitize.toml)
if grep -q 'rls=warn' <<<"$out"; then ok "--config FILE"; else bad "--config FILE" "$out"; fi
out=$(run "$tmp/project" --action rls=comment)
if grep -q 'commented out CREATE POLICY' <<<"$out"; then ok "the command line overrides the file"
else bad "the command line overrides the file" "$out"; fi
out=$(run "$tmp")
if grep -q 'dropped CREATE POLICY' <<<"$out"; then ok "no file above: defaults"; else bad "no file above: defaults" "$out"; fi
printf '[actions]\nrls = "nope"\n' > "$tmp/project/db/.db9-sanitize.toml"
out=$(run "$tmp/project/db/migrate"); rc=$?
if [ $rc -eq 2 ] && grep -qF "db9-sanitize: error: ../.db9-sanitize.toml:2: actions.rls: unknown action 'nope'" <<<"$out"; then
  ok "a bad file above is named relative to the current directory, with its line (exit 2)"
else bad "a bad file above is named relative to the current directory, with its line (exit 2)" "rc=$rc" "$out"; fi
echo "1..$n"
[ $failed -eq 0 ]
