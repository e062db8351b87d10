#!/usr/bin/env bash
# The real pre-commit tool, offline, with this repository's hook
# (.pre-commit-hooks.yaml at the repository root): a throwaway hook
# repository holds that file (committed there, so the test sees the working
# tree's version), a throwaway project uses it through .pre-commit-config.yaml,
# and `git commit` runs it with the built binary on PATH. A schema file with
# CREATE POLICY is rejected with its line in the output; a clean one and an
# ignored one pass; a file not ending in .sql is not looked at.
# Output is TAP. Usage: precommit.sh BINARY
set -u
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
source "$here/../lib/tap.sh"
command -v pre-commit >/dev/null || { echo "not ok 1 - pre-commit is installed (apt-get install pre-commit)"; echo "1..1"; exit 1; }

mkdir -p "$tmp/bin" "$tmp/hooks" "$tmp/project"
ln -s "$bin" "$tmp/bin/db9-sanitize"
export PATH="$tmp/bin:$PATH" PRE_COMMIT_HOME="$tmp/cache" HOME="$tmp" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
# No network: a proxy that does not exist.
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9

cp "$root/.pre-commit-hooks.yaml" "$tmp/hooks/"
git -C "$tmp/hooks" init -q && git -C "$tmp/hooks" add . && git -C "$tmp/hooks" commit -qm hooks
rev=$(git -C "$tmp/hooks" rev-parse HEAD)
cd "$tmp/project" && git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $tmp/hooks
    rev: $rev
    hooks:
      - id: db9-sanitize
YAML
git add .pre-commit-config.yaml && git commit -qm config
pre-commit install >/dev/null || { echo "not ok 1 - pre-commit install"; echo "1..1"; exit 1; }

attempt() {  # name, file, content → commit output in $out, status in $rc
  mkdir -p "$(dirname "$2")"; printf "%s" "$3" > "$2"
  git add "$2"
  out=$(git commit -qm "$1" 2>&1); rc=$?
}

mkdir -p db
attempt policy db/structure.sql 'CREATE TABLE accounts (id bigint);

CREATE POLICY accounts_tenant ON accounts USING (id = 1);
'
if [ $rc -ne 0 ] && grep -q '^db/structure.sql:3:1: warning: dropped CREATE POLICY accounts_tenant ON accounts' <<<"$out" &&
   grep -q 'db9-sanitize --check.*Failed' <<<"$out"; then
  ok "CREATE POLICY is rejected with its line (db/structure.sql:3:1)"
else bad "CREATE POLICY is rejected with its line (db/structure.sql:3:1)" "rc=$rc" "$out"; fi
git reset -q --hard HEAD

attempt clean db/clean.sql 'CREATE TABLE accounts (id bigint);
CREATE INDEX accounts_id ON accounts (id);
'
if [ $rc -eq 0 ] && grep -q 'db9-sanitize --check.*Passed' <<<"$out"; then ok "a clean schema passes"
else bad "a clean schema passes" "rc=$rc" "$out"; fi

attempt ignored db/ignored.sql 'CREATE TABLE accounts (id bigint);
-- db9-sanitize: ignore[rls]
CREATE POLICY accounts_tenant ON accounts USING (id = 1);
'
if [ $rc -eq 0 ] && grep -q 'db9-sanitize --check.*Passed' <<<"$out"; then ok "an ignored CREATE POLICY passes"
else bad "an ignored CREATE POLICY passes" "rc=$rc" "$out"; fi

attempt notsql notes.txt 'CREATE POLICY p ON t USING (true);
'
if [ $rc -eq 0 ] && grep -q 'db9-sanitize --check.*no files to check' <<<"$out"; then ok "a .txt file is not checked"
else bad "a .txt file is not checked" "rc=$rc" "$out"; fi

# Two files at once: one bad among them fails the commit and names only it.
mkdir -p db; printf 'CREATE TABLE a (id int);\n' > db/a.sql
printf 'CREATE TABLE b (id int);\nALTER TABLE b OWNER TO app;\n' > db/b.sql
git add db/a.sql db/b.sql
out=$(git commit -qm two 2>&1); rc=$?
if [ $rc -ne 0 ] && grep -q '^db/b.sql:2:1: note: dropped ALTER TABLE b OWNER TO app \[owner\]' <<<"$out" &&
   ! grep -q '^db/a.sql' <<<"$out"; then ok "several files: the one to change is named, with its line"
else bad "several files: the one to change is named, with its line" "rc=$rc" "$out"; fi
echo "1..$n"
[ $failed -eq 0 ]
