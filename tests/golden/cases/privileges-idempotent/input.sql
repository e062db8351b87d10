SET row_security = off;
CREATE TABLE public."grant" ("revoke" text DEFAULT 'GRANT ALL ON t TO u');
-- GRANT SELECT ON t TO u;
COPY public."grant" ("revoke") FROM stdin;
GRANT SELECT ON t TO u;
\.
