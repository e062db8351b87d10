-- db9-sanitize: ignore[copy]
COPY t (a, b) FROM stdin WITH (FORMAT csv);
1,"a
\.
-- db9-sanitize: ignore[rls]
COPY t (a, b) FROM stdin WITH (FORMAT csv);
2,"b
\.
