COPY\
FROM stdin;;