COPY t (a, b) FROM stdin WITH (FORMAT csv);
1,"multi
line"
2,"holds
\.
"
