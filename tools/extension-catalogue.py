#!/usr/bin/env python3
"""Generate src/rules/extension_catalogue.inc: what each common extension provides.

Reads the extensions' real install scripts (Debian: /usr/share/postgresql/15/extension,
from postgresql-15 and postgresql-15-postgis-3). For each extension it follows the
scripts PostgreSQL itself would run for CREATE EXTENSION at the control file's
default_version: one full script ext--V.sql, then update scripts ext--A--B.sql up to
the default version (the shortest such chain). Each script is split into statements
(quotes, dollar quotes and comments respected); the CREATE statements add objects,
DROP statements in update scripts remove them. DO blocks are not looked into.

Kinds written: T type, D domain, F function or procedure, A aggregate, P operator,
O operator class, Y operator family, C cast ("source AS target"), R table, V view.

Usage: extension-catalogue.py [--dir DIR] [--check FILE | -o FILE]
"""
import argparse
import collections
import os
import re
import sys

EXTENSIONS = [
    "pgcrypto", "citext", "pg_trgm", "btree_gist", "btree_gin", "pg_stat_statements", "fuzzystrmatch",
    "unaccent", "intarray", "ltree", "cube", "earthdistance", "tablefunc", "isn", "hstore", "dblink",
    "postgres_fdw", "pg_buffercache", "pgrowlocks", "tsm_system_rows", "tsm_system_time", "lo", "postgis",
    "uuid-ossp", "pgstattuple", "pg_prewarm", "seg", "bloom", "amcheck",
]


def statements(sql):
    """Split a script into statements (text without comments), respecting quoting."""
    out, cur, i, n = [], [], 0, len(sql)
    while i < n:
        c = sql[i]
        if c == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
            cur.append(" ")
            continue
        if c == "/" and sql.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if sql.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif sql.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            cur.append(" ")
            continue
        if c == "'":
            escape = i > 0 and sql[i - 1] in "eE" and (i < 2 or not (sql[i - 2].isalnum() or sql[i - 2] == "_"))
            j = i + 1
            while j < n:
                if escape and sql[j] == "\\":
                    j += 2
                    continue
                if sql[j] == "'":
                    if j + 1 < n and sql[j + 1] == "'":
                        j += 2
                        continue
                    break
                j += 1
            cur.append(sql[i:j + 1])
            i = j + 1
            continue
        if c == '"':
            j = sql.find('"', i + 1)
            while j >= 0 and j + 1 < n and sql[j + 1] == '"':
                j = sql.find('"', j + 2)
            j = n - 1 if j < 0 else j
            cur.append(sql[i:j + 1])
            i = j + 1
            continue
        if c == "$":
            m = re.match(r"\$([A-Za-z_][A-Za-z_0-9]*)?\$", sql[i:])
            if m and not (i > 0 and (sql[i - 1].isalnum() or sql[i - 1] == "_")):
                tag = m.group(0)
                j = sql.find(tag, i + len(tag))
                j = n if j < 0 else j + len(tag)
                cur.append(sql[i:j])
                i = j
                continue
        if c == ";":
            text = "".join(cur).strip()
            if text:
                out.append(text)
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    text = "".join(cur).strip()
    if text:
        out.append(text)
    return out


NAME = r'(?:@extschema@\.|[A-Za-z_][A-Za-z_0-9]*\.)?("(?:[^"]|"")+"|[A-Za-z_][A-Za-z_0-9$]*)'
OPNAME = r'(?:@extschema@\.|[A-Za-z_][A-Za-z_0-9]*\.)?([~!@#%^&*+\-<>=|`?/]+)'


def ident(raw):
    if raw.startswith('"'):
        return raw[1:-1].replace('""', '"')
    return raw.lower()


def norm_args(text):
    """A signature's argument list, normalised for matching CREATE with DROP."""
    text = re.sub(r"@extschema@\.", "", text)
    return re.sub(r"\s+", " ", text.strip().lower())


def paren_args(s, start):
    """The text inside the parentheses that open at s[start]."""
    depth, j = 0, start
    while j < len(s):
        if s[j] == "(":
            depth += 1
        elif s[j] == ")":
            depth -= 1
            if depth == 0:
                return s[start + 1:j]
        j += 1
    return s[start + 1:]


def objects_of(stmt):
    """(action, kind, name, key) for a statement: action '+' create, '-' drop."""
    s = re.sub(r"\s+", " ", stmt.strip())
    found = []
    m = re.match(r"(?i)CREATE (?:OR REPLACE )?(FUNCTION|PROCEDURE|AGGREGATE) " + NAME + r" ?\(", s)
    if m:
        kind = "A" if m.group(1).upper() == "AGGREGATE" else "F"
        name = ident(m.group(2))
        return [("+", kind, name, norm_args(paren_args(s, m.end() - 1)))]
    m = re.match(r"(?i)DROP (FUNCTION|PROCEDURE|AGGREGATE) (?:IF EXISTS )?(.*)$", s)
    if m:
        kind = "A" if m.group(1).upper() == "AGGREGATE" else "F"
        for part in re.finditer(NAME + r" ?\(", m.group(2)):
            found.append(("-", kind, ident(part.group(1)), norm_args(paren_args(m.group(2), part.end() - 1))))
        return found
    m = re.match(r"(?i)CREATE TYPE " + NAME, s)
    if m:
        return [("+", "T", ident(m.group(1)), "")]
    m = re.match(r"(?i)DROP TYPE (?:IF EXISTS )?" + NAME, s)
    if m:
        return [("-", "T", ident(m.group(1)), "")]
    m = re.match(r"(?i)CREATE TEXT SEARCH (?:DICTIONARY|CONFIGURATION) " + NAME, s)
    if m:
        return [("+", "S", ident(m.group(1)), "")]
    m = re.match(r"(?i)CREATE DOMAIN " + NAME, s)
    if m:
        return [("+", "D", ident(m.group(1)), "")]
    m = re.match(r"(?i)CREATE OPERATOR (CLASS|FAMILY) " + NAME, s)
    if m:
        return [("+", "O" if m.group(1).upper() == "CLASS" else "Y", ident(m.group(2)), "")]
    m = re.match(r"(?i)DROP OPERATOR (CLASS|FAMILY) (?:IF EXISTS )?" + NAME, s)
    if m:
        return [("-", "O" if m.group(1).upper() == "CLASS" else "Y", ident(m.group(2)), "")]
    m = re.match(r"(?i)CREATE OPERATOR " + OPNAME + r" ?\(", s)
    if m:
        body = paren_args(s, m.end() - 1)
        l = re.search(r"(?i)LEFTARG\s*=\s*([^,]+)", body)
        r = re.search(r"(?i)RIGHTARG\s*=\s*([^,]+)", body)
        key = norm_args((l.group(1) if l else "none") + "," + (r.group(1) if r else "none"))
        return [("+", "P", m.group(1), key)]
    m = re.match(r"(?i)DROP OPERATOR (?:IF EXISTS )?" + OPNAME + r" ?\(([^)]*)\)", s)
    if m:
        return [("-", "P", m.group(1), norm_args(m.group(2)))]
    m = re.match(r"(?i)CREATE CAST ?\((.*?) AS (.*?)\)", s)
    if m:
        name = norm_args(m.group(1)) + " AS " + norm_args(m.group(2))
        return [("+", "C", name, "")]
    m = re.match(r"(?i)DROP CAST (?:IF EXISTS )?\((.*?) AS (.*?)\)", s)
    if m:
        return [("-", "C", norm_args(m.group(1)) + " AS " + norm_args(m.group(2)), "")]
    m = re.match(r"(?i)CREATE (?:UNLOGGED )?TABLE (?:IF NOT EXISTS )?" + NAME, s)
    if m:
        return [("+", "R", ident(m.group(1)), "")]
    m = re.match(r"(?i)CREATE (?:OR REPLACE )?(?:MATERIALIZED )?VIEW " + NAME, s)
    if m:
        return [("+", "V", ident(m.group(1)), "")]
    m = re.match(r"(?i)DROP (?:MATERIALIZED )?VIEW (?:IF EXISTS )?" + NAME, s)
    if m:
        return [("-", "V", ident(m.group(1)), "")]
    m = re.match(r"(?i)DROP TABLE (?:IF EXISTS )?" + NAME, s)
    if m:
        return [("-", "R", ident(m.group(1)), "")]
    return []


def version_key(v):
    return [(0, int(x), "") if x.isdigit() else (1, 0, x) for x in re.split(r"[.]", v)]


def script_chain(directory, ext):
    """The scripts CREATE EXTENSION runs for the default version, in order."""
    with open(os.path.join(directory, ext + ".control"), encoding="utf-8") as f:
        control = f.read()
    m = re.search(r"^\s*default_version\s*=\s*'([^']*)'", control, re.M)
    if not m:
        raise SystemExit(f"{ext}.control: no default_version")
    target = m.group(1)
    full, updates = [], collections.defaultdict(list)
    prefix = ext + "--"
    for name in os.listdir(directory):
        if not (name.startswith(prefix) and name.endswith(".sql")):
            continue
        parts = name[len(prefix):-4].split("--")
        if len(parts) == 1:
            full.append(parts[0])
        elif len(parts) == 2:
            updates[parts[0]].append(parts[1])
    # Shortest chain from any full script to the target (PostgreSQL prefers
    # the full script needing the fewest updates, then the newest).
    best = None
    for start in sorted(full, key=version_key, reverse=True):
        queue, seen = collections.deque([(start, [start + ".sql"])]), {start}
        while queue:
            v, path = queue.popleft()
            if v == target:
                if best is None or len(path) < len(best):
                    best = path
                break
            for nxt in sorted(updates.get(v, []), key=version_key):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, path + [f"{v}--{nxt}.sql"]))
    if best is None:
        raise SystemExit(f"{ext}: no script chain to version {target}")
    return target, [os.path.join(directory, prefix + p) for p in best]


def catalogue(directory):
    rows = []
    for ext in EXTENSIONS:
        if not os.path.exists(os.path.join(directory, ext + ".control")):
            raise SystemExit(f"{ext}: no {ext}.control in {directory}")
        version, scripts = script_chain(directory, ext)
        live = collections.Counter()  # (kind, name, key) -> 1
        for path in scripts:
            with open(path, encoding="utf-8") as f:
                # psql meta-command lines (\echo ... \quit) are not SQL.
                script = re.sub(r"(?m)^\\.*$", "", f.read())
                for stmt in statements(script):
                    for action, kind, name, key in objects_of(stmt):
                        if action == "+":
                            live[(kind, name, key)] = 1
                        elif (kind, name, key) in live:
                            del live[(kind, name, key)]
                        elif kind in "TODRVYC":
                            for k in [k for k in live if k[0] == kind and k[1] == name]:
                                del live[k]
        names = sorted({(kind, name) for kind, name, _ in live})
        rows.append((ext, version, [os.path.basename(p) for p in scripts], names))
    return rows


def builtin_names(share):
    """Names PostgreSQL itself has, by kind: from postgres.bki (pg_proc, pg_type,
    pg_operator, pg_opclass, pg_opfamily rows) and system_functions.sql."""
    names = collections.defaultdict(set)
    columns = {"pg_proc": ("F", 1), "pg_type": ("T", 1), "pg_operator": ("P", 1), "pg_opclass": ("O", 2),
               "pg_opfamily": ("Y", 2)}
    table = None
    with open(os.path.join(share, "postgres.bki"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("create "):
                table = line.split()[1]
            elif line.startswith("insert (") and table in columns:
                kind, k = columns[table]
                value = line.split()[2 + k]
                if len(value) >= 2 and value[0] == value[-1] == "'":
                    value = value[1:-1]
                names[kind].add(value)
    with open(os.path.join(share, "system_functions.sql"), encoding="utf-8") as f:
        for stmt in statements(f.read()):
            for action, kind, name, _ in objects_of(stmt):
                if action == "+" and kind == "F":
                    names["F"].add(name)
    names["A"] = names["F"]
    names["D"] = names["T"]
    return names


def render(rows, builtin):
    out = [
        "// GENERATED by tools/extension-catalogue.py from the extensions' install scripts",
        "// (/usr/share/postgresql/15/extension). Do not edit; run",
        "//   tools/extension-catalogue.py -o src/rules/extension_catalogue.inc",
        "// Kinds: T type, D domain, F function, A aggregate, P operator, O operator class,",
        "// Y operator family, C cast, R table, V view, S text search dictionary or configuration.",
        "// The last field: PostgreSQL 15 itself has an object of that kind and name (in",
        "// pg_catalog, found first by an unqualified name): from postgres.bki and",
        "// system_functions.sql.",
    ]
    for ext, version, scripts, names in rows:
        out.append(f"// {ext} {version}: {' + '.join(scripts)} ({len(names)} objects)")
    for ext, version, scripts, names in rows:
        for kind, name in names:
            esc = name.replace("\\", "\\\\").replace('"', '\\"')
            shadow = "true" if name in builtin.get(kind, ()) else "false"
            out.append(f'{{"{ext}", \'{kind}\', "{esc}", {shadow}}},')
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default="/usr/share/postgresql/15/extension")
    ap.add_argument("-o", "--output")
    ap.add_argument("--check", help="exit 1 unless FILE equals what would be generated")
    a = ap.parse_args()
    text = render(catalogue(a.dir), builtin_names(os.path.dirname(os.path.abspath(a.dir))))
    if a.check:
        with open(a.check, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{a.check} differs from what tools/extension-catalogue.py generates from {a.dir}",
                      file=sys.stderr)
                return 1
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
