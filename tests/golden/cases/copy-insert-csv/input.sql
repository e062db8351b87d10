CREATE TABLE public.people (id integer, name text, note text, tags text);
CREATE TABLE public.semi (a text, b text, c text);
COPY public.people (id, name, note, tags) FROM stdin WITH (FORMAT csv, HEADER true);
id,name,note,tags
1,"Doe, Jane","said ""hi""
and left",
2,,"",x
3,"\N",\N,"back\slash 'quote'"
4,a"b,c"d,"\\.",
"5",  spaced  ,"x
\\.
y",COPY public.people FROM stdin;
\.
COPY public.semi (a, b, c) FROM stdin WITH (FORMAT csv, DELIMITER ';', QUOTE '''', ESCAPE '\', NULL 'nil', FORCE_NOT_NULL (a), FORCE_NULL (b));
nil;nil;nil
'nil';'nil';'nil'
'it\'s';'a\\b';'c\d'
;;
\.
COPY public.semi FROM stdin CSV;
x,"y
z",
\.
