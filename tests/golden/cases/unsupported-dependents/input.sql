-- A range type whose canonical function is C, with its multirange.
CREATE TYPE public.intrange;
CREATE FUNCTION public.intrange_canonical(public.intrange) RETURNS public.intrange
    LANGUAGE c IMMUTABLE STRICT
    AS '$libdir/myranges', 'intrange_canonical';
CREATE TYPE public.intrange AS RANGE (
    subtype = integer,
    canonical = public.intrange_canonical
);
COMMENT ON TYPE public.intrange IS 'discrete';
CREATE TABLE public.bookings (
    id integer,
    slot public.intrange,
    slots public.intmultirange
);

-- A range whose canonical function stays: kept, with its column.
CREATE FUNCTION public.floatrange_diff(double precision, double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 - $2 $$;
CREATE TYPE public.floatrange AS RANGE (
    subtype = double precision,
    subtype_diff = public.floatrange_diff
);
CREATE TABLE public.spans (s public.floatrange);

-- C functions called from a view, a default and an index; an operator
-- class over one of them.
CREATE FUNCTION public.fast_hash(text) RETURNS integer
    LANGUAGE c IMMUTABLE STRICT
    AS '$libdir/fasthash', 'fast_hash';
CREATE FUNCTION public.fast_cmp(text, text) RETURNS integer
    LANGUAGE c IMMUTABLE STRICT
    AS '$libdir/fasthash', 'fast_cmp';
CREATE OPERATOR CLASS public.fast_ops FOR TYPE text USING btree AS
    OPERATOR 1 <,
    FUNCTION 1 public.fast_cmp(text, text);
COMMENT ON OPERATOR CLASS public.fast_ops USING btree IS 'gone';
ALTER OPERATOR CLASS public.fast_ops USING btree RENAME TO faster_ops;
CREATE TABLE public.docs (
    body text,
    h integer DEFAULT public.fast_hash('x'::text)
);
CREATE VIEW public.doc_hashes AS
 SELECT public.fast_hash(docs.body) AS h
   FROM public.docs;
CREATE INDEX docs_body ON public.docs USING btree (body public.fast_ops);

-- A script, not pg_dump: names without a schema.
CREATE FUNCTION slow_hash(text) RETURNS integer LANGUAGE c AS 'fasthash', 'slow_hash';
CREATE TYPE blob;
CREATE FUNCTION blob_in(cstring) RETURNS blob LANGUAGE internal AS 'textin';
CREATE FUNCTION blob_out(blob) RETURNS cstring LANGUAGE internal AS 'textout';
CREATE TYPE blob (INPUT = blob_in, OUTPUT = blob_out, LIKE = text);
CREATE TABLE files (name text, data blob NOT NULL, hash integer DEFAULT 0);
SELECT slow_hash(name) FROM files;

-- Look-alikes that stay: qualified calls of a same-named function in
-- another schema, an unqualified call of a name dropped only qualified,
-- the names in strings, a kept operator class.
CREATE VIEW public.lookalikes AS
 SELECT other.fast_hash(docs.body) AS a,
    fast_hash(docs.body) AS b,
    'public.fast_hash(x)'::text AS c,
    'x'::text::other.intrange AS d
   FROM public.docs;
CREATE INDEX docs_body2 ON public.docs USING btree (body text_pattern_ops);
