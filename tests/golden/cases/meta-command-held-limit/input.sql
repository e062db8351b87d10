SELECT 1;
SELECT 2 \echo x
\echo x
\echo x
\echo x
\echo x
\echo x
\echo x
\echo x
\echo x
\echo x
\echo x
\echo x
\echo x
+ 3;
