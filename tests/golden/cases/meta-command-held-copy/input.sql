COPY t FROM stdin\echo x
;
CREATE POLICY p ON t USING (true);
\.
SELECT 1\g
COPY t FROM stdin \g
CREATE POLICY p ON t USING (true);
\.
