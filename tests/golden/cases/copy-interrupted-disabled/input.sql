COPY t FROM stdin (FORMA\i sv, DEFAULT 'x');
1
\.
