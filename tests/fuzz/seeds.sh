#!/usr/bin/env bash
# Builds the seed corpus for both harnesses:
#   * testdata/*.sql: small files whole, larger ones as their first and last
#     4 KB and as ~4 KB pieces cut at line ends;
#   * tests/golden/cases/*/input.sql;
#   * handmade snippets for the tricky corners of the framing grammar;
#   * the stress generator's shapes (tests/stress/gen.py --seeds).
# Usage: tests/fuzz/seeds.sh [OUTDIR]   (default: <repo>/build-fuzz/seeds)
# The seeds are files named by content hash, so re-running is harmless.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/build-fuzz/seeds}
mkdir -p "$out"
# Start over (only the files this script names: 40 hex digits).
find "$out" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9a-f]{40}' -delete
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

add() {  # add FILE: copy into the corpus under its hash
  local f=$1
  [ -s "$f" ] || return 0
  cp "$f" "$out/$(sha1sum "$f" | cut -c1-40)"
}

piece=4096
for f in "$root"/testdata/*.sql; do
  [ -f "$f" ] || continue
  if [ "$(stat -c %s "$f")" -le $((2 * piece)) ]; then
    add "$f"
    continue
  fi
  head -c $piece "$f" > "$tmp/head"; add "$tmp/head"
  tail -c $piece "$f" > "$tmp/tail"; add "$tmp/tail"
  rm -f "$tmp"/part.*
  split -C $piece -d -a 4 "$f" "$tmp/part."
  for p in "$tmp"/part.*; do add "$p"; done
done

for f in "$root"/tests/golden/cases/*/input.sql; do
  [ -f "$f" ] || continue
  if [ "$(stat -c %s "$f")" -le 65536 ]; then add "$f"; else head -c 65536 "$f" > "$tmp/g"; add "$tmp/g"; fi
done

# Handmade snippets: one per file.
n=0
snippet() {
  n=$((n + 1))
  printf '%b' "$1" > "$tmp/snippet"
  add "$tmp/snippet"
}
snippet 'COPY public.t (a, b) FROM stdin;\n1\tone\n2\t\\N\n\\.\nSELECT 1;\n'
snippet 'COPY t FROM stdin;\n\\.x\nnot the end\n\\.\r\nSELECT 2;'
snippet 'COPY t FROM stdin;\na\nb'
snippet 'COPY t FROM stdin;\n\\.'
snippet "COPY t (a) FROM stdin WITH (FORMAT csv, QUOTE '''', ESCAPE '\\\\');\n'a\n\\\\.\nb',1\n\\\\.\n"
snippet 'COPY t FROM stdin CSV;\n"x\n\\.\n"\n\\.\nSELECT 3;\n'
snippet 'COPY t FROM STDIN WITH (FORMAT csv, HEADER true);\na,b\n"1,""2""",3\n\\.\n'
snippet "COPY t FROM stdin (FORMAT csv, DEFAULT 'x');\n1\n\\\\.\n"
snippet '\\copy t from stdin csv\n1,2\n\\.\n\\copy t (a) from pstdin\n3\n\\.\n'
snippet "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS \$\$ SELECT ';' \$\$;\nSELECT \$_\$ \$\$ ; \$_\$;\nSELECT \$a\$x\$a;\$a\$;\n"
snippet 'SELECT $1, $12;\nSELECT a$b$c FROM t;\nSELECT $$unterminated;\n'
snippet "CREATE FUNCTION public.f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT CASE WHEN a > 0 THEN 1 ELSE 2 END;\nEND;\nSELECT 2;\n"
snippet "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END;\nCREATE TABLE begin (end int);\n"
snippet 'SELECT 1 \\; SELECT 2;\nSELECT 3 \\: x;\n\\set ON_ERROR_STOP on\n\\connect db\nSELECT 4 \\gset\n\\restrict abc\n\\unrestrict abc\n'
snippet "SET standard_conforming_strings = off;\nSELECT 'a\\\\'b', 'c\\\\\\\\';\nRESET standard_conforming_strings;\nSELECT 'a\\\\';\n"
snippet "SET standard_conforming_strings TO off;\nCOPY t FROM stdin;\nx\n\\\\.\nSET standard_conforming_strings = on;\nSELECT E'\\\\'';\n"
snippet "SELECT E'x\\\\'y', e'\\\\\\\\', U&'d\\\\0061t', B'101', X'ff', N'n', U&\"ident\";\n"
snippet "SELECT 'unterminated;\n"
snippet "SELECT E'unterminated\\\\';\n"
snippet 'SELECT "unterminated identifier;\n'
snippet 'SELECT 1; /* open /* nested */ comment\n'
snippet '/* a */ /* b /* c */ d */ SELECT 1; -- tail\n-- only comments\n'
snippet 'SELECT 1;   \r\nSELECT 2;\t\n\n  \n'
snippet 'CREATE RULE r AS ON INSERT TO t DO (INSERT INTO u VALUES (1); DELETE FROM v);\n'
snippet "CREATE POLICY p ON public.t FOR SELECT TO r USING (true);\nALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\nALTER TABLE ONLY public.t FORCE ROW LEVEL SECURITY, ADD COLUMN x int;\n"
snippet "SET default_transaction_isolation = serializable;\nBEGIN ISOLATION LEVEL SERIALIZABLE;\nSET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE;\nSTART TRANSACTION ISOLATION LEVEL SERIALIZABLE;\nCOMMIT;\n"
snippet "CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA heroku_ext;\nCOMMENT ON EXTENSION plpgsql IS 'x';\nCREATE TABLE heroku_ext.t (a heroku_ext.citext);\nSELECT heroku_ext.f();\n"
snippet "ALTER TABLE public.t OWNER TO app;\nGRANT ALL ON TABLE public.t TO app;\nREVOKE ALL ON SCHEMA public FROM PUBLIC;\nALTER DEFAULT PRIVILEGES FOR ROLE a GRANT SELECT ON TABLES TO b;\n"
snippet "CREATE PUBLICATION p FOR ALL TABLES;\nCREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p;\nNOTIFY c, 'x';\nLISTEN c;\nSELECT pg_notify('c', 'x');\n"
snippet "CREATE DATABASE d;\nALTER DATABASE d SET x = 1;\nCOMMENT ON DATABASE d IS 'x';\n\\connect d\nDROP DATABASE d;\n"
snippet "CREATE FUNCTION f() RETURNS int LANGUAGE c AS 'lib', 'f';\nCREATE FUNCTION g() RETURNS int LANGUAGE plpython3u AS \$\$ return 1 \$\$;\nCREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f();\n"
snippet "COPY t TO PROGRAM 'cat';\nCOPY t FROM PROGRAM 'cat';\n\\\\! ls\n\\\\o /tmp/x\n"
snippet "SELECT 1;\n\\\\"
snippet 'SELECT 1\n\\g\nSELECT 2 \\gexec\n'
snippet "SELECT 1;\x00SELECT 2;\n"
snippet "SELECT '\xc3\x28';\n-- \xff\xfe\nSELECT \"\xe2\x82\xac\";\n"

# Pathological shapes from the stress generator (tests/stress/gen.py):
# deep chains and nesting of every kind, long lists, wide tables, huge
# literals, many partitions and dependents, each at sizes 1, 10, 100, ... up
# to SEED_MAX_BYTES (default 256 KiB) and the largest size
# that fits.
python3 "$root/tests/stress/gen.py" --seeds "$tmp/gen" --max-bytes "${SEED_MAX_BYTES:-262144}" > /dev/null
for f in "$tmp"/gen/*.sql; do add "$f"; done

echo "seeds.sh: $(ls "$out" | wc -l) seeds in $out"
