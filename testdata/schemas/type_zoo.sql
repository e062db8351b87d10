-- The type zoo (issue #14): every value shape a COPY block can carry, for
-- the round trips of COPY data rewritten as INSERTs (--target api) and of
-- COPY blocks cut in batches (--copy-batch). Each table holds rows that are
-- hard to write back as SQL literals or as COPY text: every byte value,
-- every COPY escape, a line that is exactly \., the text \N against NULL,
-- Unicode beyond the BMP, nested arrays with NULLs, quotes and backslashes,
-- json escapes, numeric and float extremes, every date/time infinity,
-- identity ALWAYS (an INSERT needs OVERRIDING SYSTEM VALUE), generated
-- columns (not in COPY's column list), a table with no columns but with
-- rows, and names that need quoting. Only hstore (in DB9's set, shipped
-- with postgresql-15) is needed. testdata/regenerate.sh type_zoo loads it
-- into PostgreSQL 15 and dumps it with the real pg_dump into
-- testdata/type_zoo.sql.

CREATE EXTENSION IF NOT EXISTS hstore;

CREATE TYPE mood AS ENUM ('sad', 'ok', 'it''s "fine"', 'with space', 'NULL', 'a,b{c}', 'back\slash', '😀 happy');
CREATE TYPE pair AS (a text, b integer);
CREATE TYPE nested AS (p pair, tags text[], m mood);
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN short_text AS text COLLATE "C" CHECK (length(VALUE) <= 64);
CREATE DOMAIN int_list AS integer[] CHECK (cardinality(VALUE) <= 10);
CREATE DOMAIN pair_d AS pair CHECK ((VALUE).b IS DISTINCT FROM 0);

-- Every byte value; each single byte in its own row as well.
CREATE TABLE bytes (
    id integer PRIMARY KEY,
    b bytea
);
INSERT INTO bytes SELECT 0, decode(string_agg(lpad(to_hex(i), 2, '0'), '' ORDER BY i), 'hex') FROM generate_series(0, 255) i;
INSERT INTO bytes SELECT 1, decode(string_agg(lpad(to_hex(255 - i), 2, '0'), '' ORDER BY i), 'hex') FROM generate_series(0, 255) i;
INSERT INTO bytes SELECT 100 + i, decode(lpad(to_hex(i), 2, '0'), 'hex') FROM generate_series(0, 255) i;
INSERT INTO bytes VALUES (2, ''), (3, NULL), (4, '\x5c2e0a'), (5, convert_to(E'\\.\n\\N', 'UTF8'));

-- Text: every COPY escape, look-alikes of COPY's own markers, SQL quoting.
CREATE TABLE texts (
    id integer PRIMARY KEY,
    what text NOT NULL,
    t text,
    v varchar(40),
    c char(6),
    "char" "char",
    n name
);
INSERT INTO texts VALUES
  (1, 'tab', E'a\tb', E'\t', E'\t', E'\t', E'tab\there'),
  (2, 'newline', E'a\nb', E'\n', E'\n', E'\n', E'nl\nhere'),
  (3, 'carriage return', E'a\rb', E'\r\n', E'\r', E'\r', E'cr\r'),
  (4, 'backslash', E'a\\b', E'\\', E'\\\\', '\', E'\\'),
  (5, 'backspace, form feed, vertical tab (E'' has no \v)', E'\b\f' || chr(11), E'\b', E'\f', chr(11), E'\b\f' || chr(11)),
  (6, 'quotes', $q$it's "quoted" '' `back` $$ $x$ E'x'$q$, '''', '"', '''', $q$'";--$q$),
  (7, 'a lone \. line', E'before\n\\.\nafter', E'\\.', E'\\.', '.', E'\\.'),
  (8, 'the value is \.', E'\\.', E'\\.\n', E'\n\\.', '\', E'\\.\n'),
  (9, 'the text \N', E'\\N', E'\\N', E'\\N', 'N', E'\\N'),
  (10, 'NULL', NULL, NULL, NULL, NULL, NULL),
  (11, 'the text NULL and null', 'NULL', 'null', 'NULL', 'n', 'NULL'),
  (12, 'empty', '', '', '', '', ''),
  (13, 'spaces', '   ', ' x ', ' ', ' ', ' '),
  (14, 'escapes spelled out', E'\\t\\n\\r\\b\\f\\v\\\\\\x41\\101\\u0041', '\t\n', '\x41', 'x', '\101'),
  (15, 'psql meta-command look-alikes', E'\\connect postgres\n\\! echo pwned\n\\i /etc/passwd\n\\.', E'\\g', E'\\q', '\', E'\\c'),
  (16, 'SQL injection look-alike', E'\'); DROP TABLE texts; --\n', E'\');--', ';', ';', E'x\'); SELECT 1; --'),
  (17, 'Unicode beyond the BMP', '😀 𝄞 𠜎 🏳️‍🌈 👩🏽‍💻 '||chr(1114111)||chr(65536), '𝕏', '🎉', 'x', '🦄'),
  (18, 'Unicode edges', chr(128)||chr(160)||chr(173)||chr(8232)||chr(8233)||chr(65279)||chr(65533)||chr(65535)||chr(55295)||chr(57344), chr(133), chr(8206)||chr(8207), chr(1), 'é'),
  (19, 'combining and right-to-left', 'e'||chr(769)||' שָׁלוֹם مرحبا', 'ﷺ', 'Å', 'x', 'ǅ'),
  (20, 'dollar quotes', '$$ $_$ $body$ end $$', '$$', '$_$', '$', '$1'),
  (21, 'CRLF lines and a trailing backslash', E'line1\r\nline2\r\n\\', E'\r\n', E'x\\', 'x', E'end\\'),
  (22, 'many lines with \. between them', E'\\.\n\\.\n\\.\n.\n\\\\.\n', E'\n\n\n', E'\n\n', E'\n', E'\n\n');
-- Every control character and every code point up to U+07FF in one value.
INSERT INTO texts SELECT 100, 'code points 1 to 2047', string_agg(chr(i), '' ORDER BY i), NULL, NULL, NULL, NULL
  FROM generate_series(1, 2047) i;
INSERT INTO texts SELECT 101, 'control characters 1 to 31 and 127, one by one', string_agg(chr(i), E'|' ORDER BY i), NULL, NULL, NULL, NULL
  FROM (SELECT generate_series(1, 31) UNION ALL SELECT 127) s (i);

-- Arrays: nested, NULL elements, the text NULL, quotes, backslashes, empty
-- strings, braces, commas, lower bounds other than 1, empty arrays.
CREATE TABLE arrays (
    id integer PRIMARY KEY,
    t text[],
    tt text[],
    i integer[],
    ii integer[],
    n numeric[],
    b bytea[],
    m mood[],
    p pair[],
    j jsonb[],
    d date[]
);
INSERT INTO arrays VALUES
  (1, ARRAY['a', NULL, 'NULL', '', ' ', '"', '\', '{', '}', ',', E'\t', E'\n', E'\\.', E'\\N', '😀', $$it's$$],
      ARRAY[['a', NULL], ['', E'x"y\\z'], ['{}', 'NULL']], ARRAY[1, NULL, -2147483648, 2147483647],
      '[0:1][-1:0]={{1,2},{3,NULL}}', ARRAY[NULL, 'NaN', 'Infinity', '-Infinity', '1e-20', '-0.000']::numeric[],
      ARRAY['\x00'::bytea, '\x5c', '', NULL, '\x225c2c7b7d'],
      ARRAY['it''s "fine"', 'NULL', 'a,b{c}', 'back\slash', '😀 happy', NULL]::mood[],
      ARRAY[ROW('x,y', 1), ROW(NULL, NULL), ROW('', 0), ROW(E'q"\\', -1), NULL]::pair[],
      ARRAY['{"a": "b\"c"}', 'null', '[]', NULL]::jsonb[], ARRAY['infinity', '-infinity', '2000-02-29', NULL]::date[]),
  (2, '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}'),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (4, ARRAY[NULL]::text[], '{{{"deep"}}}', '[5:7]={7,8,9}', '{{{1},{2}},{{3},{4}}}', '{1.5}', ARRAY[NULL]::bytea[],
      '{ok}', ARRAY[ROW('{"}', NULL)]::pair[], ARRAY['"\u00e9\ud83d\ude00"']::jsonb[], ARRAY['4713-01-01 BC']::date[]);

-- json keeps its text as written (whitespace, duplicate keys, escapes,
-- \u0000); jsonb normalises.
CREATE TABLE jsons (
    id integer PRIMARY KEY,
    j json,
    jb jsonb
);
INSERT INTO jsons VALUES
  (1, '{"tab": "a\tb", "nl": "a\nb", "bs": "\\", "q": "\"", "sl": "\/", "u": "\u00e9\ud83d\ude00", "nul": "\u0000"}',
      '{"tab": "a\tb", "nl": "a\nb", "bs": "\\", "q": "\"", "sl": "\/", "u": "\u00e9\ud83d\ude00", "ctl": "\u0001\u001f"}'),
  (2, E'{ "dup": 1,\n  "dup": 2,\t"sp"  :  [ 1 , 2 ] }', E'{ "dup": 1,\n  "dup": 2,\t"sp"  :  [ 1 , 2 ] }'),
  (3, '"just a string with \\. and \\N"', '"just a string with \\. and \\N"'),
  (4, 'null', 'null'),
  (5, NULL, NULL),
  (6, '[1e308, -1e-308, 0.1000000000000000000001, 12345678901234567890123456789]',
      '[1e308, -1e-308, 0.1000000000000000000001, 12345678901234567890123456789]'),
  (7, '{"😀": "𝄞", "it''s": "E''x''", "key with \\u0000 escape": true}', '{"😀": "𝄞", "it''s": "E''x''", "": {}}'),
  (8, E'"line1\\nline2"\n', '{"deep": [[[[{"a": [null, false, true]}]]]]}');

-- Numbers at their edges.
CREATE TABLE numbers (
    id integer PRIMARY KEY,
    s smallint,
    i integer,
    b bigint,
    n numeric,
    nf numeric(10,4),
    r real,
    d double precision,
    m money,
    o oid
);
INSERT INTO numbers VALUES
  (1, -32768, -2147483648, -9223372036854775808, 'NaN', 'NaN', 'NaN', 'NaN', '-92233720368547758.08', 0),
  (2, 32767, 2147483647, 9223372036854775807, 'Infinity', 999999.9999, 'Infinity', 'Infinity', '92233720368547758.07', 4294967295),
  (3, 0, 0, 0, '-Infinity', -999999.9999, '-Infinity', '-Infinity', 0, 1),
  (4, -1, -1, -1, '-0.0000000000000000000000000000001', '-0.0001', '-0', '-0', '-0.01', 12345),
  (5, 1, 1, 1, 1e-1000, 123456.7891, 1.17549435e-38, 2.2250738585072014e-308, '1,234,567.89', 42),
  (6, 2, 2, 2, 1e1000, -999999.9999, 3.4028235e+38, 1.7976931348623157e+308, '$0.99', 7),
  (7, 3, 3, 3, ('0.' || repeat('0', 16382) || '1')::numeric, 0, 1.4e-45, 5e-324, '-$1.00', 8),
  (8, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (9, 4, 4, 4, 3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651, 3.1416, 3.1415927, 3.141592653589793, 3.14, 9),
  (10, 5, 5, 5, -123456789012345678901234567890.123456789012345678901234567890, 0.5, 0.1, 0.1, 0.1, 10);
-- The largest numeric PostgreSQL prints: 131072 digits before the point.
INSERT INTO numbers (id, n) VALUES (11, 10::numeric ^ 131071 - 1), (12, -(10::numeric ^ 131071 - 1) - 0.5);

-- Dates and times: infinities, BC, the extremes, time zones.
CREATE TABLE times (
    id integer PRIMARY KEY,
    d date,
    ts timestamp,
    tstz timestamptz,
    t time,
    ttz timetz,
    iv interval
);
INSERT INTO times VALUES
  (1, 'infinity', 'infinity', 'infinity', '24:00:00', '24:00:00+15:59', '178000000 years'),
  (2, '-infinity', '-infinity', '-infinity', '00:00:00', '00:00:00-15:59', '-178000000 years'),
  (3, '4713-01-01 BC', '4713-01-01 00:00:00 BC', '4713-01-01 00:00:00+00 BC', '23:59:59.999999', '23:59:59.999999+14', '1 mon -1 days 00:00:00.000001'),
  (4, '5874897-12-31', '294276-12-31 23:59:59.999999', '294276-12-31 23:59:59.999999+00', '12:34:56.789', '12:34:56.789-03:30', '-1 year -2 mons +3 days -04:05:06.7'),
  (5, '2000-02-29', '1999-12-31 23:59:60', '2021-03-28 02:30:00 Europe/Berlin', '00:00:00.000001', '01:02:03-05', '0'),
  (6, '1970-01-01', '1970-01-01 00:00:00', '1970-01-01 00:00:00+00', '13:00', '13:00+05:45', '2147483647 days 2147483647 hours'),
  (7, NULL, NULL, NULL, NULL, NULL, NULL),
  (8, '0001-01-01', '0001-01-01 00:00:00', '2038-01-19 03:14:08+00', '00:00', '00:00+00', '-2147483648 days -2147483648 hours'),
  (9, '2024-02-29', '2024-02-29 12:00:00.5', '1900-01-01 00:00:00 Asia/Kolkata', '06:00', '06:00+00:00:01', '1 millennium 1 century 1 decade');

-- Ranges and multiranges (built-in and user-defined), empty and unbounded.
CREATE TABLE ranges (
    id integer PRIMARY KEY,
    i4 int4range,
    i8 int8range,
    nr numrange,
    ts tsrange,
    tz tstzrange,
    dr daterange,
    fr floatrange,
    i4m int4multirange,
    dm datemultirange,
    fm floatmultirange
);
INSERT INTO ranges VALUES
  (1, 'empty', 'empty', 'empty', 'empty', 'empty', 'empty', 'empty', '{}', '{}', '{}'),
  (2, '(,)', '(,)', '(,)', '(,)', '(,)', '(,)', '(,)', '{(,)}', '{(,)}', '{(,)}'),
  (3, '[1,10)', '[-9223372036854775808,9223372036854775807)', '[-Infinity,Infinity]', '[-infinity,infinity]',
      '["2000-01-01 00:00:00+00","2000-01-02 00:00:00+05")', '[-infinity,infinity)', '(-Infinity,1.5]',
      '{[1,3),[5,7),[10,)}', '{[2000-01-01,2000-02-01),[2001-01-01,)}', '{[-Infinity,0),(0,Infinity]}'),
  (4, '[5,5]', '(0,1]', '(0.5,NaN]', '[2000-01-01 00:00:00,)', '(,"2020-01-01 12:00:00+00"]', '[2000-01-01,2000-01-01]',
      '[1e-300,1e300]', '{[1,2),[2,3)}', '{empty}', '{[1,1]}'),
  (5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- Bit strings and geometry.
CREATE TABLE bits_and_shapes (
    id integer PRIMARY KEY,
    b bit(8),
    vb bit varying,
    vb5 varbit(5),
    pt point,
    ln line,
    ls lseg,
    bx box,
    pa path,
    pg polygon,
    ci circle
);
INSERT INTO bits_and_shapes VALUES
  (1, B'10100101', B'', B'1', '(0,0)', '{1,-1,0}', '[(0,0),(1,1)]', '(1,1),(0,0)', '[(0,0),(1,1),(2,0)]', '((0,0),(1,1),(2,0))', '<(0,0),1>'),
  (2, B'00000000', B'1010101010101010101010101010101010101010101010101010101010101010101', B'11111', '(-1.5e300,1e-300)',
      '{0,1,-1}', '[(1e10,-1e10),(NaN,Infinity)]', '(Infinity,Infinity),(-Infinity,-Infinity)', '((0,0),(1,0))', '((1,1))', '<(1.5,-2.5),0>'),
  (3, B'11111111', repeat('01', 500)::varbit, B'', '(NaN,NaN)', '{1,0,-1}', '[(0,0),(0,0)]', '(0,0),(0,0)', '[(0.1,0.2)]',
      '((0,0),(0,1),(1,1),(1,0))', '<(Infinity,0),Infinity>'),
  (4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- Network addresses, uuid, text search, xml, hstore, pg_lsn.
CREATE TABLE misc (
    id integer PRIMARY KEY,
    ip inet,
    net cidr,
    mac macaddr,
    mac8 macaddr8,
    u uuid,
    tv tsvector,
    tq tsquery,
    x xml,
    h hstore,
    lsn pg_lsn,
    bo boolean
);
INSERT INTO misc VALUES
  (1, '192.168.0.1/24', '10.0.0.0/8', '08:00:2b:01:02:03', '08:00:2b:01:02:03:04:05', '00000000-0000-0000-0000-000000000000',
      $$'a':1A 'fat':2B,4C 'cat':5D 'it''s':6 'back\\slash':7 'new line':8$$, $$'fat' & ( 'rat' | !'cat' ) <-> 'it''s'$$,
      '<a b="c &amp; d">x &lt; y<![CDATA[ ]]> </a>', $$"a"=>"b", "with space"=>NULL, "q\"uote"=>"back\\slash", ""=>"", "😀"=>"\\."$$,
      '0/0', true),
  (2, '::ffff:1.2.3.4/128', '2001:db8::/32', 'ff:ff:ff:ff:ff:ff', '00:00:00:ff:fe:00:00:00', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
      '', 'x', E'<?xml version="1.0"?>\n<doc>\n\t<l>line</l>\n\t<u>😀</u>\n</doc>', '', 'FFFFFFFF/FFFFFFFF', false),
  (3, '::', '0.0.0.0/0', '00:00:00:00:00:00', 'ff:ff:ff:ff:ff:ff:ff:ff', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
      $$'\\.' '\\N' 'NULL'$$, $$'\\.' & 'NULL'$$, 'just text, no element', $$"\\N"=>"\\N", "NULL"=>"NULL"$$, '16/B374D848', NULL),
  (4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- Enums, domains, composites (nested, NULL fields, empty strings).
CREATE TABLE user_types (
    id integer PRIMARY KEY,
    m mood,
    pi posint,
    st short_text,
    il int_list,
    p pair,
    pd pair_d,
    ne nested,
    nea nested[]
);
INSERT INTO user_types VALUES
  (1, 'it''s "fine"', 1, E'a\tb', '{1,2,3}', ROW('x', 1), ROW('y', 2), ROW(ROW('a,b', 3), ARRAY['t', NULL, ''], 'with space'),
      ARRAY[ROW(ROW('(', 1), '{}', 'NULL')::nested, NULL]),
  (2, 'NULL', 2147483647, '', '{}', ROW(NULL, NULL), ROW(NULL, NULL), ROW(NULL, NULL, NULL), '{}'),
  (3, 'a,b{c}', 3, E'\\.', '{NULL}', ROW('', 0), ROW('', 1), ROW(ROW(E'q"\\\t', -1), '{"{}"}', 'back\slash'), NULL),
  (4, 'back\slash', 4, '😀', NULL, ROW(E'\\N', NULL), NULL, NULL, NULL),
  (5, '😀 happy', NULL, NULL, NULL, NULL, NULL, ROW(ROW(E'line\nbreak', 5), '{}', 'sad'), ARRAY[ROW(NULL, NULL, NULL)::nested]),
  (6, 'with space', 6, '  ', '{0,-1}', ROW(' ', 6), ROW(' ', 6), ROW(ROW(' ', NULL), ARRAY[' '], 'ok'), '{}');

-- Identity columns: ALWAYS (an INSERT must say OVERRIDING SYSTEM VALUE) and
-- BY DEFAULT, with gaps, negatives, and the sequences moved on.
CREATE TABLE ident_always (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 5),
    label text
);
INSERT INTO ident_always (label) SELECT 'row ' || i FROM generate_series(1, 5) i;
INSERT INTO ident_always (id, label) OVERRIDING SYSTEM VALUE VALUES (-7, 'negative'), (1000000, 'far'), (11, 'between');
CREATE TABLE ident_default (
    id integer GENERATED BY DEFAULT AS IDENTITY,
    label text
);
INSERT INTO ident_default (label) VALUES ('one'), ('two');
INSERT INTO ident_default (id, label) VALUES (-1, 'explicit negative'), (99, 'explicit');
-- ALWAYS on a column that is not the first, beside a generated column.
CREATE TABLE ident_mixed (
    code text NOT NULL,
    id integer GENERATED ALWAYS AS IDENTITY,
    qty integer NOT NULL,
    price numeric(8,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (qty * price) STORED,
    shout text GENERATED ALWAYS AS (upper(code) || '!') STORED
);
INSERT INTO ident_mixed (code, qty, price) VALUES ('a', 1, 1.50), ('it''s', 2, 0.25), (E'tab\there', 0, 9.99);

-- Generated columns only (not in COPY's column list), and a dropped column.
CREATE TABLE generated_cols (
    id integer PRIMARY KEY,
    gone text,
    a integer,
    b integer GENERATED ALWAYS AS (a * 2) STORED,
    c text GENERATED ALWAYS AS ('a=' || a::text) STORED
);
INSERT INTO generated_cols (id, gone, a) VALUES (1, 'x', 1), (2, 'y', NULL), (3, 'z', -5);
ALTER TABLE generated_cols DROP COLUMN gone;

-- A table with no columns, holding rows; one without columns or rows.
CREATE TABLE no_columns ();
INSERT INTO no_columns DEFAULT VALUES;
INSERT INTO no_columns DEFAULT VALUES;
INSERT INTO no_columns DEFAULT VALUES;
CREATE TABLE no_columns_empty ();

-- Names that need quoting: keywords, case, spaces, quotes, Unicode, in a
-- schema that needs quoting too.
CREATE TABLE keywords (
    "select" integer PRIMARY KEY,
    "from" text,
    "user" text,
    "order" integer,
    "table" text,
    "COPY" text,
    "Mixed Case" text,
    "we""ird" text,
    "ünï😀" text,
    "values" text,
    "default" text,
    "null" text
);
INSERT INTO keywords VALUES
  (1, 'from', 'user', 2, 'table', 'COPY x FROM stdin;', 'Mixed', 'we"ird', 'ünï', 'VALUES (1)', 'DEFAULT', 'NULL'),
  (2, NULL, current_user, NULL, E'\\.', E'\\N', '', $$'$$, NULL, NULL, NULL, NULL);
CREATE SCHEMA "Zoo ""Schema""";
CREATE TABLE "Zoo ""Schema""".";weird table name" (
    "the id" integer PRIMARY KEY,
    "the ""value""" text
);
INSERT INTO "Zoo ""Schema""".";weird table name" VALUES (1, 'x'), (2, E'y\nz'), (3, NULL);
CREATE TABLE "Zoo ""Schema""".select (
    "insert" integer,
    "where" text
);
INSERT INTO "Zoo ""Schema""".select VALUES (1, 'where'), (NULL, NULL);

-- Many rows and wide rows: an INSERT batch is cut by rows (1,000) and by
-- bytes (1 MiB); a row wider than a batch still goes whole.
CREATE TABLE many_rows (
    id integer PRIMARY KEY,
    t text,
    x double precision
);
INSERT INTO many_rows SELECT i, CASE WHEN i % 7 = 0 THEN NULL ELSE md5(i::text) || E'\t' || i END, i / 7.0
  FROM generate_series(1, 2500) i;
CREATE TABLE wide_rows (
    id integer PRIMARY KEY,
    t text,
    b bytea
);
INSERT INTO wide_rows SELECT i, repeat(md5(i::text) || E'\\\n', 400 * i), decode(repeat(md5(i::text), 200 * i), 'hex')
  FROM generate_series(1, 8) i;
INSERT INTO wide_rows VALUES (9, repeat(E'ab\tc\\', 160000), NULL);
