SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET row_security = off;

CREATE TABLE public."listen" (id integer, "notify" text, unlisten text);
CREATE TABLE public.jobs (id integer, channel text DEFAULT 'NOTIFY jobs');
COMMENT ON TABLE public."listen" IS 'LISTEN jobs; NOTIFY jobs, ''payload''; SELECT pg_notify(''a'', ''b'')';

-- NOTIFY in_a_comment;
/* LISTEN in_a_block_comment; SELECT pg_notify('x', 'y'); */
COPY public."listen" (id, "notify", unlisten) FROM stdin;
1	NOTIFY x	LISTEN y;
2	SELECT pg_notify('a', 'b');	UNLISTEN *
\.

SELECT "notify", unlisten FROM public."listen" WHERE "notify" = 'NOTIFY x';
SELECT notify FROM public.listen;
SELECT 'pg_notify(''a'', ''b'')' AS pg_notify;
SELECT pg_notify(channel, 'kept: it reads a table') FROM public.jobs;
 SELECT 1;

CREATE RULE jobs_view_insert AS
    ON INSERT TO public.jobs_view DO INSTEAD
 NOTHING;

CREATE RULE jobs_log AS
    ON UPDATE TO public.jobs DO ( INSERT INTO public."listen" (id) VALUES (new.id); );

CREATE VIEW public.notifier AS
 SELECT pg_notify('view', (jobs.id)::text) AS pg_notify
   FROM public.jobs;
