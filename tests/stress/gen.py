#!/usr/bin/env python3
"""Statements and whole dumps of pathological shapes, for the stress test
(tests/stress/run.sh) and as seeds for the fuzz harnesses (tests/fuzz/seeds.sh).

    gen.py SHAPE N [-o FILE]     one shape at size N
    gen.py --list                the shapes, one per line: NAME DEFAULT_N WHAT
    gen.py --seeds DIR [--max-bytes B]
                                 every shape at a few sizes up to B bytes
                                 (default 1 MiB), one file each, in DIR

Everything is deterministic: the same SHAPE and N always give the same bytes.
"""
import argparse
import os
import sys


def w(parts):
    return "".join(parts)


# Each shape: N -> the text of a psql script (pg_dump-like where that
# matters: a SET preamble is not needed by the filter).

def concat(n):  # left-deep A_Expr chain of ||
    return "SELECT " + " || ".join(["'x'"] * n) + ";\n"


def plus(n):  # left-deep + chain in a view
    return "CREATE VIEW public.v_plus AS\n SELECT " + "+".join(["1"] * n) + " AS s;\n"


def and_check(n):  # flat BoolExpr (the grammar flattens AND chains)
    terms = " AND ".join("a <> %d" % i for i in range(n))
    return "CREATE TABLE public.t_and (\n    a integer,\n    CONSTRAINT c_and CHECK (" + terms + ")\n);\n"


def or_where(n):
    return "SELECT 1 FROM public.t WHERE " + " OR ".join("a = %d" % i for i in range(n)) + ";\n"


def parens(n):  # nested parentheses around one constant
    return "SELECT " + "(" * n + "1" + ")" * n + ";\n"


def case(n):  # CASE nested in THEN
    return "SELECT " + "CASE WHEN true THEN " * n + "1" + " ELSE 0 END" * n + ";\n"


def case_and(n):  # CASE nested behind an AND in each WHEN
    return "SELECT " + "CASE WHEN c AND " * n + "true" + " THEN 1 END" * n + " FROM public.t;\n"


def subselect(n):  # scalar sub-selects nested
    return "SELECT " + "(SELECT " * n + "1" + ")" * n + ";\n"


def from_subselect(n):  # sub-selects nested in FROM
    return "SELECT * FROM " + "(SELECT * FROM " * n + "public.t" + ") s" * n + ";\n"


def in_list(n):
    return "SELECT 1 FROM public.t WHERE a IN (" + ", ".join(str(i) for i in range(n)) + ");\n"


def wide_table(n):  # a table of n columns, its COPY with one row, a view over it
    cols = ",\n".join("    c%d integer" % i for i in range(n))
    names = ", ".join("c%d" % i for i in range(n))
    row = "\t".join(str(i) for i in range(n))
    return ("CREATE TABLE public.wide (\n" + cols + "\n);\n\n"
            "COPY public.wide (" + names + ") FROM stdin;\n" + row + "\n\\.\n\n"
            "CREATE VIEW public.wide_v AS\n SELECT " + names + "\n   FROM public.wide;\n")


def array(n):  # ARRAY[ nested
    return "SELECT " + "ARRAY[" * n + "1" + "]" * n + ";\n"


def json_copy(n):  # a deeply nested JSON value as COPY data
    return ("CREATE TABLE public.j (doc jsonb);\n\n"
            "COPY public.j (doc) FROM stdin;\n" + "[" * n + "1" + "]" * n + "\n\\.\n")


def partitions(n):  # pg_dump's shape of a range-partitioned table with n partitions
    out = ["CREATE TABLE public.meas (\n    id integer NOT NULL,\n    k integer NOT NULL\n)\n"
           "PARTITION BY RANGE (k);\n\n"]
    for i in range(n):
        out.append("CREATE TABLE public.meas_p%d (\n    id integer NOT NULL,\n    k integer NOT NULL\n);\n\n" % i)
    for i in range(n):
        out.append("ALTER TABLE ONLY public.meas ATTACH PARTITION public.meas_p%d FOR VALUES FROM (%d) TO (%d);\n\n"
                   % (i, i * 10, i * 10 + 10))
    for i in range(n):
        out.append("COPY public.meas_p%d (id, k) FROM stdin;\n%d\t%d\n\\.\n\n" % (i, i, i * 10))
    out.append("ALTER TABLE ONLY public.meas\n    ADD CONSTRAINT meas_pkey PRIMARY KEY (id, k);\n\n")
    for i in range(n):
        out.append("ALTER TABLE ONLY public.meas_p%d\n    ADD CONSTRAINT meas_p%d_pkey PRIMARY KEY (id, k);\n\n"
                   % (i, i))
    for i in range(n):
        out.append("ALTER INDEX public.meas_pkey ATTACH PARTITION public.meas_p%d_pkey;\n\n" % i)
    for i in range(n):
        out.append("CREATE VIEW public.meas_v%d AS\n SELECT id\n   FROM public.meas_p%d;\n\n" % (i, i))
    return w(out)


def views_c_function(n):  # n views over one C function (dropped by `unsupported`)
    out = ["CREATE FUNCTION public.cfun(integer) RETURNS integer\n    LANGUAGE c STRICT\n"
           "    AS '$libdir/cfun', 'cfun';\n\n"]
    for i in range(n):
        out.append("CREATE VIEW public.cv%d AS\n SELECT public.cfun(%d) AS x;\n\n" % (i, i))
    for i in range(n):
        out.append("COMMENT ON VIEW public.cv%d IS 'view %d';\n\n" % (i, i))
    return w(out)


def views_extension_function(n):  # n views over one function of a dropped extension
    out = ["CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;\n\n"]
    for i in range(n):
        out.append("CREATE VIEW public.ev%d AS\n SELECT public.crypt('p%d'::text, public.gen_salt('bf'::text)) AS h;\n\n"
                   % (i, i))
    for i in range(n):
        out.append("CREATE VIEW public.ew%d AS\n SELECT h\n   FROM public.ev%d;\n\n" % (i, i))
    return w(out)


def view_chain(n):  # each view over the one before, the first over a dropped function
    out = ["CREATE FUNCTION public.cfun(integer) RETURNS integer\n    LANGUAGE c STRICT\n"
           "    AS '$libdir/cfun', 'cfun';\n\n",
           "CREATE VIEW public.vc0 AS\n SELECT public.cfun(0) AS x;\n\n"]
    for i in range(1, n):
        out.append("CREATE VIEW public.vc%d AS\n SELECT x\n   FROM public.vc%d;\n\n" % (i, i - 1))
    return w(out)


def union_chain(n):
    return "SELECT 1 AS a" + " UNION ALL SELECT 1" * (n - 1) + ";\n"


def join_chain(n):
    return ("SELECT 1 FROM public.t t0" + "".join(" JOIN public.t t%d ON true" % i for i in range(1, n)) + ";\n")


def cast_chain(n):
    return "SELECT 1" + "::integer" * n + ";\n"


def not_chain(n):
    return "SELECT " + "NOT " * n + "true;\n"


def minus_chain(n):
    return "SELECT " + "- " * n + "1;\n"


def func_nest(n):
    return "SELECT " + "abs(" * n + "1" + ")" * n + ";\n"


def sql_function_body(n):  # a deep expression inside a quoted SQL function body
    return ("CREATE FUNCTION public.deep() RETURNS integer\n    LANGUAGE sql\n    AS $$ SELECT "
            + "+".join(["1"] * n) + " $$;\n")


def atomic_body(n):  # the same in a BEGIN ATOMIC body
    return ("CREATE FUNCTION public.deep_atomic() RETURNS integer\n    LANGUAGE sql\n    BEGIN ATOMIC\n SELECT "
            + "+".join(["1"] * n) + ";\nEND;\n")


def plpgsql_nest(n):  # nested IF blocks in PL/pgSQL
    return ("CREATE FUNCTION public.deep_pl() RETURNS integer\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n"
            + "IF true THEN\n" * n + "RETURN 1;\n" + "END IF;\n" * n + "RETURN 0;\nEND\n$$;\n")


def huge_literal(n):
    return "SELECT '" + "x" * n + "' AS s;\n"


def huge_identifier(n):
    return 'CREATE TABLE public."' + "y" * n + '" (a integer);\n'


def insert_values(n):  # one INSERT of n rows (pg_dump --inserts --rows-per-insert)
    return "INSERT INTO public.t VALUES\n" + ",\n".join("\t(%d, 'r%d')" % (i, i) for i in range(n)) + ";\n"


def many_tables(n):  # a dump of n small tables with their data
    out = []
    for i in range(n):
        out.append("CREATE TABLE public.m%d (\n    id integer NOT NULL,\n    v text\n);\n\n" % i)
    for i in range(n):
        out.append("COPY public.m%d (id, v) FROM stdin;\n1\tx\n\\.\n\n" % i)
    for i in range(n):
        out.append("ALTER TABLE ONLY public.m%d\n    ADD CONSTRAINT m%d_pkey PRIMARY KEY (id);\n\n" % (i, i))
    return w(out)


def many_functions(n):  # dropped functions with comments, grants, triggers
    out = []
    for i in range(n):
        out.append("CREATE FUNCTION public.cf%d() RETURNS trigger\n    LANGUAGE c\n    AS '$libdir/x', 'cf%d';\n\n"
                   % (i, i))
    for i in range(n):
        out.append("COMMENT ON FUNCTION public.cf%d() IS 'c';\n\n" % i)
    out.append("CREATE TABLE public.tt (a integer);\n\n")
    for i in range(n):
        out.append("CREATE TRIGGER tr%d BEFORE INSERT ON public.tt FOR EACH ROW EXECUTE FUNCTION public.cf%d();\n\n"
                   % (i, i))
    return w(out)


# name: (function, default N for the stress test, what it is)
SHAPES = {
    "concat": (concat, 50000, "SELECT 'x' || 'x' || ...: a left-deep operator chain"),
    "plus": (plus, 300000, "CREATE VIEW ... AS SELECT 1+1+...: a left-deep chain in a view"),
    "and-check": (and_check, 100000, "a CHECK of N AND-ed comparisons (flattened by the grammar)"),
    "or-where": (or_where, 100000, "a WHERE of N OR-ed comparisons"),
    "parens": (parens, 200000, "N nested parentheses"),
    "case": (case, 20000, "N nested CASE expressions"),
    "case-and": (case_and, 20000, "N nested CASE, each behind an AND"),
    "subselect": (subselect, 5000, "N nested scalar sub-selects"),
    "from-subselect": (from_subselect, 5000, "N nested sub-selects in FROM"),
    "in-list": (in_list, 1000000, "an IN list of N constants"),
    "wide-table": (wide_table, 20000, "a table of N columns, its COPY row, a view over it"),
    "array": (array, 50000, "N nested ARRAY["),
    "json-copy": (json_copy, 100000, "a JSON value N deep in COPY data"),
    "partitions": (partitions, 10000, "a range-partitioned table with N partitions, pg_dump's shape"),
    "views-c-function": (views_c_function, 10000, "N views over one C function (dropped)"),
    "views-extension-function": (views_extension_function, 10000,
                                 "N views over one pgcrypto function, N views over those"),
    "view-chain": (view_chain, 5000, "N views, each over the one before, the first over a dropped function"),
    "union-chain": (union_chain, 50000, "SELECT 1 UNION ALL SELECT 1 ...: a left-deep set operation"),
    "join-chain": (join_chain, 20000, "N-way JOIN: a left-deep join tree"),
    "cast-chain": (cast_chain, 100000, "1::integer::integer...: left-deep casts"),
    "not-chain": (not_chain, 100000, "NOT NOT ... true"),
    "minus-chain": (minus_chain, 100000, "- - ... 1"),
    "func-nest": (func_nest, 50000, "abs(abs(...)): nested calls"),
    "sql-function-body": (sql_function_body, 300000, "a quoted SQL function body holding a deep + chain"),
    "atomic-body": (atomic_body, 300000, "a BEGIN ATOMIC body holding a deep + chain"),
    "plpgsql-nest": (plpgsql_nest, 20000, "N nested IF blocks in PL/pgSQL"),
    "huge-literal": (huge_literal, 60 << 20, "a string constant of N bytes"),
    "huge-identifier": (huge_identifier, 60 << 20, "a quoted identifier of N bytes"),
    "insert-values": (insert_values, 1000000, "one INSERT of N rows"),
    "many-tables": (many_tables, 20000, "N tables with their COPY data and primary keys"),
    "many-functions": (many_functions, 10000, "N C functions (dropped), their comments and triggers"),
}


def seeds(out_dir, max_bytes):
    # Each shape at sizes 1, 10, 100, ... while it stays under max_bytes,
    # and the largest size that does (found by doubling).
    os.makedirs(out_dir, exist_ok=True)
    count = 0
    for name, (fn, _, _) in SHAPES.items():
        sizes = []
        n = 1
        while True:
            if len(fn(n).encode()) > max_bytes:
                break
            sizes.append(n)
            n *= 10
        top = sizes[-1] if sizes else 1
        lo, hi = top, top * 10
        while hi - lo > max(1, lo // 50):
            mid = (lo + hi) // 2
            if len(fn(mid).encode()) <= max_bytes:
                lo = mid
            else:
                hi = mid
        if lo not in sizes:
            sizes.append(lo)
        for n in sizes:
            data = fn(n).encode()
            if len(data) > max_bytes:
                continue
            with open(os.path.join(out_dir, "gen-%s-%d.sql" % (name, n)), "wb") as f:
                f.write(data)
            count += 1
    return count


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shape", nargs="?")
    ap.add_argument("n", nargs="?", type=int)
    ap.add_argument("-o", "--output")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--seeds")
    ap.add_argument("--max-bytes", type=int, default=1 << 20)
    a = ap.parse_args()
    if a.list:
        for name, (_, n, what) in SHAPES.items():
            print("%s %d %s" % (name, n, what))
        return 0
    if a.seeds:
        print("%d seeds in %s" % (seeds(a.seeds, a.max_bytes), a.seeds))
        return 0
    if a.shape not in SHAPES:
        ap.error("unknown shape %r (--list shows them)" % a.shape)
    fn, default_n, _ = SHAPES[a.shape]
    data = fn(a.n if a.n is not None else default_n).encode()
    if a.output:
        with open(a.output, "wb") as f:
            f.write(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
