--
-- PostgreSQL database dump
--

\restrict lp3nelawdGnsWnG8qyne3be4wnHsssKspcMBeaqH6eVepb87vGtjWMef4KX14Yf

-- Dumped from database version 18.6 (Debian 18.6-3)
-- Dumped by pg_dump version 18.6 (Debian 18.6-3)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: mood; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.mood AS ENUM (
    'sad',
    'ok',
    'happy'
);


ALTER TYPE public.mood OWNER TO postgres;

SET default_tablespace = '';

--
-- Name: customers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers (
    id integer NOT NULL,
    region text NOT NULL,
    name text
)
PARTITION BY LIST (region);


ALTER TABLE public.customers OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.customers_id_seq OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;


SET default_table_access_method = heap;

--
-- Name: customers_eu; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers_eu (
    id integer DEFAULT nextval('public.customers_id_seq'::regclass) CONSTRAINT customers_id_not_null NOT NULL,
    region text CONSTRAINT customers_region_not_null NOT NULL,
    name text
);


ALTER TABLE public.customers_eu OWNER TO postgres;

--
-- Name: eu_count(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.eu_count() RETURNS bigint
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.customers_eu;
END;


ALTER FUNCTION public.eu_count() OWNER TO postgres;

--
-- Name: old_count(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.old_count() RETURNS bigint
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN (SELECT count(*) FROM events_2023); END $$;


ALTER FUNCTION public.old_count() OWNER TO postgres;

--
-- Name: readings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.readings (
    id bigint NOT NULL,
    sensor integer NOT NULL,
    at timestamp with time zone NOT NULL,
    value double precision
)
PARTITION BY HASH (sensor);


ALTER TABLE public.readings OWNER TO postgres;

--
-- Name: readings_0; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.readings_0 (
    id bigint CONSTRAINT readings_id_not_null NOT NULL,
    sensor integer CONSTRAINT readings_sensor_not_null NOT NULL,
    at timestamp with time zone CONSTRAINT readings_at_not_null NOT NULL,
    value double precision
);


ALTER TABLE public.readings_0 OWNER TO postgres;

--
-- Name: sensor_zero_total(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.sensor_zero_total() RETURNS bigint
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.readings_0;
END;


ALTER FUNCTION public.sensor_zero_total() OWNER TO postgres;

--
-- Name: vehicles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.vehicles (
    id integer NOT NULL,
    name text DEFAULT 'unnamed'::text NOT NULL,
    wheels integer,
    CONSTRAINT vehicles_wheels_check CHECK ((wheels >= 0))
);


ALTER TABLE public.vehicles OWNER TO postgres;

--
-- Name: cars; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cars (
    doors integer DEFAULT 4 NOT NULL
)
INHERITS (public.vehicles);


ALTER TABLE public.cars OWNER TO postgres;

--
-- Name: customers_rest; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers_rest (
    id integer DEFAULT nextval('public.customers_id_seq'::regclass) CONSTRAINT customers_id_not_null NOT NULL,
    region text CONSTRAINT customers_region_not_null NOT NULL,
    name text
);


ALTER TABLE public.customers_rest OWNER TO postgres;

--
-- Name: customers_us; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers_us (
    id integer DEFAULT nextval('public.customers_id_seq'::regclass) CONSTRAINT customers_id_not_null NOT NULL,
    region text CONSTRAINT customers_region_not_null NOT NULL,
    name text
);


ALTER TABLE public.customers_us OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    id bigint NOT NULL,
    happened date NOT NULL,
    kind text NOT NULL,
    payload jsonb
)
PARTITION BY RANGE (happened);


ALTER TABLE public.events OWNER TO postgres;

--
-- Name: TABLE events; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.events IS 'every event; PARTITION BY in a comment stays';


--
-- Name: events_2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_2024 (
    id bigint CONSTRAINT events_id_not_null NOT NULL,
    happened date CONSTRAINT events_happened_not_null NOT NULL,
    kind text CONSTRAINT events_kind_not_null NOT NULL,
    payload jsonb
)
PARTITION BY LIST (kind);


ALTER TABLE public.events_2024 OWNER TO postgres;

--
-- Name: events_2024_click; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_2024_click (
    id bigint CONSTRAINT events_id_not_null NOT NULL,
    happened date CONSTRAINT events_happened_not_null NOT NULL,
    kind text CONSTRAINT events_kind_not_null NOT NULL,
    payload jsonb
);


ALTER TABLE public.events_2024_click OWNER TO postgres;

--
-- Name: eu_clicks; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.eu_clicks AS
 SELECT e.id,
    c.name
   FROM (public.events_2024_click e
     JOIN ONLY public.customers_eu c ON ((c.id = (e.id)::integer)));


ALTER VIEW public.eu_clicks OWNER TO postgres;

--
-- Name: eu_count_v; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.eu_count_v AS
 SELECT public.eu_count() AS n;


ALTER VIEW public.eu_count_v OWNER TO postgres;

--
-- Name: eu_notes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eu_notes (
    customer_id integer NOT NULL,
    region text NOT NULL,
    note text
);


ALTER TABLE public.eu_notes OWNER TO postgres;

--
-- Name: events_2023; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_2023 (
    id bigint CONSTRAINT events_id_not_null NOT NULL,
    happened date CONSTRAINT events_happened_not_null NOT NULL,
    kind text CONSTRAINT events_kind_not_null NOT NULL,
    payload jsonb,
    CONSTRAINT events_2023_kind_check CHECK ((kind <> ''::text))
);


ALTER TABLE public.events_2023 OWNER TO postgres;

--
-- Name: TABLE events_2023; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.events_2023 IS 'the old year';


--
-- Name: events_2024_other; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_2024_other (
    id bigint CONSTRAINT events_id_not_null NOT NULL,
    happened date CONSTRAINT events_happened_not_null NOT NULL,
    kind text CONSTRAINT events_kind_not_null NOT NULL,
    payload jsonb
);


ALTER TABLE public.events_2024_other OWNER TO postgres;

--
-- Name: events_default; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_default (
    id bigint CONSTRAINT events_id_not_null NOT NULL,
    happened date CONSTRAINT events_happened_not_null NOT NULL,
    kind text CONSTRAINT events_kind_not_null NOT NULL,
    payload jsonb
);


ALTER TABLE public.events_default OWNER TO postgres;

--
-- Name: events_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.events ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: events_ranked; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.events_ranked AS
 SELECT id,
    kind,
    row_number() OVER (PARTITION BY kind ORDER BY happened) AS rank
   FROM public.events;


ALTER VIEW public.events_ranked OWNER TO postgres;

--
-- Name: grid; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.grid (
    x integer NOT NULL,
    y integer NOT NULL,
    v text
)
PARTITION BY RANGE (x, y);


ALTER TABLE public.grid OWNER TO postgres;

--
-- Name: grid_high; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.grid_high (
    x integer CONSTRAINT grid_x_not_null NOT NULL,
    y integer CONSTRAINT grid_y_not_null NOT NULL,
    v text
);


ALTER TABLE public.grid_high OWNER TO postgres;

--
-- Name: grid_low; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.grid_low (
    x integer CONSTRAINT grid_x_not_null NOT NULL,
    y integer CONSTRAINT grid_y_not_null NOT NULL,
    v text
);


ALTER TABLE public.grid_low OWNER TO postgres;

--
-- Name: grid_mid; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.grid_mid (
    x integer CONSTRAINT grid_x_not_null NOT NULL,
    y integer CONSTRAINT grid_y_not_null NOT NULL,
    v text
);


ALTER TABLE public.grid_mid OWNER TO postgres;

--
-- Name: grid_pairs; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.grid_pairs AS
 SELECT count(*) AS n
   FROM public.grid_mid,
    public.grid_high
  WHERE ((grid_mid.x + 10) = grid_high.x);


ALTER VIEW public.grid_pairs OWNER TO postgres;

--
-- Name: labels; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.labels (
    id integer NOT NULL,
    tag text
)
PARTITION BY LIST (tag);


ALTER TABLE public.labels OWNER TO postgres;

--
-- Name: labels_ab; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.labels_ab (
    id integer CONSTRAINT labels_id_not_null NOT NULL,
    tag text
);


ALTER TABLE public.labels_ab OWNER TO postgres;

--
-- Name: labels_none; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.labels_none (
    id integer CONSTRAINT labels_id_not_null NOT NULL,
    tag text
);


ALTER TABLE public.labels_none OWNER TO postgres;

--
-- Name: low_grid; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.low_grid AS
 SELECT x,
    y,
    v
   FROM public.grid_low;


ALTER VIEW public.low_grid OWNER TO postgres;

--
-- Name: moods; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.moods (
    who text NOT NULL,
    feeling public.mood NOT NULL
)
PARTITION BY HASH (feeling);


ALTER TABLE public.moods OWNER TO postgres;

--
-- Name: moods_a; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.moods_a (
    who text CONSTRAINT moods_who_not_null NOT NULL,
    feeling public.mood CONSTRAINT moods_feeling_not_null NOT NULL
);


ALTER TABLE public.moods_a OWNER TO postgres;

--
-- Name: moods_b; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.moods_b (
    who text CONSTRAINT moods_who_not_null NOT NULL,
    feeling public.mood CONSTRAINT moods_feeling_not_null NOT NULL
);


ALTER TABLE public.moods_b OWNER TO postgres;

--
-- Name: old_events; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.old_events AS
 SELECT id,
    kind
   FROM public.events_2023;


ALTER VIEW public.old_events OWNER TO postgres;

--
-- Name: old_kinds; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.old_kinds AS
 SELECT kind,
    count(*) AS n
   FROM public.old_events
  GROUP BY kind;


ALTER VIEW public.old_kinds OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    region text NOT NULL,
    total numeric(10,2)
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.orders_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.orders_id_seq OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;


--
-- Name: other_customers; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.other_customers AS
 SELECT id,
    region,
    name
   FROM public.customers_rest;


ALTER VIEW public.other_customers OWNER TO postgres;

--
-- Name: readings_1; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.readings_1 (
    id bigint CONSTRAINT readings_id_not_null NOT NULL,
    sensor integer CONSTRAINT readings_sensor_not_null NOT NULL,
    at timestamp with time zone CONSTRAINT readings_at_not_null NOT NULL,
    value double precision
);


ALTER TABLE public.readings_1 OWNER TO postgres;

--
-- Name: readings_2; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.readings_2 (
    id bigint CONSTRAINT readings_id_not_null NOT NULL,
    sensor integer CONSTRAINT readings_sensor_not_null NOT NULL,
    at timestamp with time zone CONSTRAINT readings_at_not_null NOT NULL,
    value double precision
);


ALTER TABLE public.readings_2 OWNER TO postgres;

--
-- Name: readings_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.readings ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.readings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sensor_zero; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.sensor_zero AS
 SELECT id,
    sensor,
    at,
    value
   FROM public.readings_0;


ALTER VIEW public.sensor_zero OWNER TO postgres;

--
-- Name: VIEW sensor_zero; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON VIEW public.sensor_zero IS 'hash partition 0';


--
-- Name: sensor_zero_count; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.sensor_zero_count AS
 SELECT count(*) AS n
   FROM public.sensor_zero;


ALTER VIEW public.sensor_zero_count OWNER TO postgres;

--
-- Name: sensor_zero_total_v; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.sensor_zero_total_v AS
 SELECT public.sensor_zero_total() AS n;


ALTER VIEW public.sensor_zero_total_v OWNER TO postgres;

--
-- Name: sports_cars; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sports_cars (
    top_speed integer
)
INHERITS (public.cars);


ALTER TABLE public.sports_cars OWNER TO postgres;

--
-- Name: unlabelled; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.unlabelled AS
 SELECT id,
    tag
   FROM public.labels_none
  WHERE (id > 10);


ALTER VIEW public.unlabelled OWNER TO postgres;

--
-- Name: us_customers; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.us_customers AS
 SELECT id,
    name
   FROM public.customers_us
  WITH NO DATA;


ALTER MATERIALIZED VIEW public.us_customers OWNER TO postgres;

--
-- Name: vehicles_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.vehicles_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.vehicles_id_seq OWNER TO postgres;

--
-- Name: vehicles_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.vehicles_id_seq OWNED BY public.vehicles.id;


--
-- Name: customers_eu; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers ATTACH PARTITION public.customers_eu FOR VALUES IN ('eu');


--
-- Name: customers_rest; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers ATTACH PARTITION public.customers_rest DEFAULT;


--
-- Name: customers_us; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers ATTACH PARTITION public.customers_us FOR VALUES IN ('us', 'ca');


--
-- Name: events_2023; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');


--
-- Name: events_2024; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: events_2024_click; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events_2024 ATTACH PARTITION public.events_2024_click FOR VALUES IN ('click', 'tap');


--
-- Name: events_2024_other; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events_2024 ATTACH PARTITION public.events_2024_other DEFAULT;


--
-- Name: events_default; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_default DEFAULT;


--
-- Name: grid_high; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.grid ATTACH PARTITION public.grid_high FOR VALUES FROM (20, MAXVALUE) TO (MAXVALUE, MAXVALUE);


--
-- Name: grid_low; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.grid ATTACH PARTITION public.grid_low FOR VALUES FROM (MINVALUE, MINVALUE) TO (10, 5);


--
-- Name: grid_mid; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.grid ATTACH PARTITION public.grid_mid FOR VALUES FROM (10, 5) TO (20, MAXVALUE);


--
-- Name: labels_ab; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.labels ATTACH PARTITION public.labels_ab FOR VALUES IN ('a', 'b');


--
-- Name: labels_none; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.labels ATTACH PARTITION public.labels_none FOR VALUES IN (NULL, 'none');


--
-- Name: moods_a; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.moods ATTACH PARTITION public.moods_a FOR VALUES WITH (modulus 2, remainder 0);


--
-- Name: moods_b; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.moods ATTACH PARTITION public.moods_b FOR VALUES WITH (modulus 2, remainder 1);


--
-- Name: readings_0; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.readings ATTACH PARTITION public.readings_0 FOR VALUES WITH (modulus 3, remainder 0);


--
-- Name: readings_1; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.readings ATTACH PARTITION public.readings_1 FOR VALUES WITH (modulus 3, remainder 1);


--
-- Name: readings_2; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.readings ATTACH PARTITION public.readings_2 FOR VALUES WITH (modulus 3, remainder 2);


--
-- Name: cars id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cars ALTER COLUMN id SET DEFAULT nextval('public.vehicles_id_seq'::regclass);


--
-- Name: cars name; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cars ALTER COLUMN name SET DEFAULT 'unnamed'::text;


--
-- Name: customers id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);


--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Name: sports_cars id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sports_cars ALTER COLUMN id SET DEFAULT nextval('public.vehicles_id_seq'::regclass);


--
-- Name: sports_cars name; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sports_cars ALTER COLUMN name SET DEFAULT 'unnamed'::text;


--
-- Name: sports_cars doors; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sports_cars ALTER COLUMN doors SET DEFAULT 4;


--
-- Name: vehicles id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vehicles ALTER COLUMN id SET DEFAULT nextval('public.vehicles_id_seq'::regclass);


--
-- Data for Name: cars; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.cars (id, name, wheels, doors) FROM stdin;
21	car 1	4	3
22	car 2	4	4
23	car 3	4	2
24	car 4	4	3
25	car 5	4	4
26	car 6	4	2
27	car 7	4	3
28	car 8	4	4
29	car 9	4	2
30	car 10	4	3
31	car 11	4	4
32	car 12	4	2
33	car 13	4	3
34	car 14	4	4
35	car 15	4	2
36	car 16	4	3
37	car 17	4	4
38	car 18	4	2
39	car 19	4	3
40	car 20	4	4
41	car 21	4	2
42	car 22	4	3
43	car 23	4	4
44	car 24	4	2
45	car 25	4	3
46	car 26	4	4
47	car 27	4	2
48	car 28	4	3
49	car 29	4	4
50	car 30	4	2
\.


--
-- Data for Name: customers_eu; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customers_eu (id, region, name) FROM stdin;
4	eu	customer 4
8	eu	customer 8
12	eu	customer 12
16	eu	customer 16
20	eu	customer 20
24	eu	customer 24
28	eu	customer 28
32	eu	customer 32
36	eu	customer 36
40	eu	customer 40
44	eu	customer 44
48	eu	customer 48
52	eu	customer 52
56	eu	customer 56
60	eu	customer 60
64	eu	customer 64
68	eu	customer 68
72	eu	customer 72
76	eu	customer 76
80	eu	customer 80
84	eu	customer 84
88	eu	customer 88
92	eu	customer 92
96	eu	customer 96
100	eu	customer 100
104	eu	customer 104
108	eu	customer 108
112	eu	customer 112
116	eu	customer 116
120	eu	customer 120
124	eu	customer 124
128	eu	customer 128
132	eu	customer 132
136	eu	customer 136
140	eu	customer 140
144	eu	customer 144
148	eu	customer 148
152	eu	customer 152
156	eu	customer 156
160	eu	customer 160
164	eu	customer 164
168	eu	customer 168
172	eu	customer 172
176	eu	customer 176
180	eu	customer 180
184	eu	customer 184
188	eu	customer 188
192	eu	customer 192
196	eu	customer 196
200	eu	customer 200
204	eu	customer 204
208	eu	customer 208
212	eu	customer 212
216	eu	customer 216
220	eu	customer 220
224	eu	customer 224
228	eu	customer 228
232	eu	customer 232
236	eu	customer 236
240	eu	customer 240
244	eu	customer 244
248	eu	customer 248
252	eu	customer 252
256	eu	customer 256
260	eu	customer 260
264	eu	customer 264
268	eu	customer 268
272	eu	customer 272
276	eu	customer 276
280	eu	customer 280
284	eu	customer 284
288	eu	customer 288
292	eu	customer 292
296	eu	customer 296
300	eu	customer 300
304	eu	customer 304
308	eu	customer 308
312	eu	customer 312
316	eu	customer 316
320	eu	customer 320
324	eu	customer 324
328	eu	customer 328
332	eu	customer 332
336	eu	customer 336
340	eu	customer 340
344	eu	customer 344
348	eu	customer 348
352	eu	customer 352
356	eu	customer 356
360	eu	customer 360
364	eu	customer 364
368	eu	customer 368
372	eu	customer 372
376	eu	customer 376
380	eu	customer 380
384	eu	customer 384
388	eu	customer 388
392	eu	customer 392
396	eu	customer 396
400	eu	customer 400
404	eu	customer 404
408	eu	customer 408
412	eu	customer 412
416	eu	customer 416
420	eu	customer 420
424	eu	customer 424
428	eu	customer 428
432	eu	customer 432
436	eu	customer 436
440	eu	customer 440
444	eu	customer 444
448	eu	customer 448
452	eu	customer 452
456	eu	customer 456
460	eu	customer 460
464	eu	customer 464
468	eu	customer 468
472	eu	customer 472
476	eu	customer 476
480	eu	customer 480
484	eu	customer 484
488	eu	customer 488
492	eu	customer 492
496	eu	customer 496
500	eu	customer 500
\.


--
-- Data for Name: customers_rest; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customers_rest (id, region, name) FROM stdin;
3	apac	customer 3
7	apac	customer 7
11	apac	customer 11
15	apac	customer 15
19	apac	customer 19
23	apac	customer 23
27	apac	customer 27
31	apac	customer 31
35	apac	customer 35
39	apac	customer 39
43	apac	customer 43
47	apac	customer 47
51	apac	customer 51
55	apac	customer 55
59	apac	customer 59
63	apac	customer 63
67	apac	customer 67
71	apac	customer 71
75	apac	customer 75
79	apac	customer 79
83	apac	customer 83
87	apac	customer 87
91	apac	customer 91
95	apac	customer 95
99	apac	customer 99
103	apac	customer 103
107	apac	customer 107
111	apac	customer 111
115	apac	customer 115
119	apac	customer 119
123	apac	customer 123
127	apac	customer 127
131	apac	customer 131
135	apac	customer 135
139	apac	customer 139
143	apac	customer 143
147	apac	customer 147
151	apac	customer 151
155	apac	customer 155
159	apac	customer 159
163	apac	customer 163
167	apac	customer 167
171	apac	customer 171
175	apac	customer 175
179	apac	customer 179
183	apac	customer 183
187	apac	customer 187
191	apac	customer 191
195	apac	customer 195
199	apac	customer 199
203	apac	customer 203
207	apac	customer 207
211	apac	customer 211
215	apac	customer 215
219	apac	customer 219
223	apac	customer 223
227	apac	customer 227
231	apac	customer 231
235	apac	customer 235
239	apac	customer 239
243	apac	customer 243
247	apac	customer 247
251	apac	customer 251
255	apac	customer 255
259	apac	customer 259
263	apac	customer 263
267	apac	customer 267
271	apac	customer 271
275	apac	customer 275
279	apac	customer 279
283	apac	customer 283
287	apac	customer 287
291	apac	customer 291
295	apac	customer 295
299	apac	customer 299
303	apac	customer 303
307	apac	customer 307
311	apac	customer 311
315	apac	customer 315
319	apac	customer 319
323	apac	customer 323
327	apac	customer 327
331	apac	customer 331
335	apac	customer 335
339	apac	customer 339
343	apac	customer 343
347	apac	customer 347
351	apac	customer 351
355	apac	customer 355
359	apac	customer 359
363	apac	customer 363
367	apac	customer 367
371	apac	customer 371
375	apac	customer 375
379	apac	customer 379
383	apac	customer 383
387	apac	customer 387
391	apac	customer 391
395	apac	customer 395
399	apac	customer 399
403	apac	customer 403
407	apac	customer 407
411	apac	customer 411
415	apac	customer 415
419	apac	customer 419
423	apac	customer 423
427	apac	customer 427
431	apac	customer 431
435	apac	customer 435
439	apac	customer 439
443	apac	customer 443
447	apac	customer 447
451	apac	customer 451
455	apac	customer 455
459	apac	customer 459
463	apac	customer 463
467	apac	customer 467
471	apac	customer 471
475	apac	customer 475
479	apac	customer 479
483	apac	customer 483
487	apac	customer 487
491	apac	customer 491
495	apac	customer 495
499	apac	customer 499
\.


--
-- Data for Name: customers_us; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customers_us (id, region, name) FROM stdin;
1	us	customer 1
2	ca	customer 2
5	us	customer 5
6	ca	customer 6
9	us	customer 9
10	ca	customer 10
13	us	customer 13
14	ca	customer 14
17	us	customer 17
18	ca	customer 18
21	us	customer 21
22	ca	customer 22
25	us	customer 25
26	ca	customer 26
29	us	customer 29
30	ca	customer 30
33	us	customer 33
34	ca	customer 34
37	us	customer 37
38	ca	customer 38
41	us	customer 41
42	ca	customer 42
45	us	customer 45
46	ca	customer 46
49	us	customer 49
50	ca	customer 50
53	us	customer 53
54	ca	customer 54
57	us	customer 57
58	ca	customer 58
61	us	customer 61
62	ca	customer 62
65	us	customer 65
66	ca	customer 66
69	us	customer 69
70	ca	customer 70
73	us	customer 73
74	ca	customer 74
77	us	customer 77
78	ca	customer 78
81	us	customer 81
82	ca	customer 82
85	us	customer 85
86	ca	customer 86
89	us	customer 89
90	ca	customer 90
93	us	customer 93
94	ca	customer 94
97	us	customer 97
98	ca	customer 98
101	us	customer 101
102	ca	customer 102
105	us	customer 105
106	ca	customer 106
109	us	customer 109
110	ca	customer 110
113	us	customer 113
114	ca	customer 114
117	us	customer 117
118	ca	customer 118
121	us	customer 121
122	ca	customer 122
125	us	customer 125
126	ca	customer 126
129	us	customer 129
130	ca	customer 130
133	us	customer 133
134	ca	customer 134
137	us	customer 137
138	ca	customer 138
141	us	customer 141
142	ca	customer 142
145	us	customer 145
146	ca	customer 146
149	us	customer 149
150	ca	customer 150
153	us	customer 153
154	ca	customer 154
157	us	customer 157
158	ca	customer 158
161	us	customer 161
162	ca	customer 162
165	us	customer 165
166	ca	customer 166
169	us	customer 169
170	ca	customer 170
173	us	customer 173
174	ca	customer 174
177	us	customer 177
178	ca	customer 178
181	us	customer 181
182	ca	customer 182
185	us	customer 185
186	ca	customer 186
189	us	customer 189
190	ca	customer 190
193	us	customer 193
194	ca	customer 194
197	us	customer 197
198	ca	customer 198
201	us	customer 201
202	ca	customer 202
205	us	customer 205
206	ca	customer 206
209	us	customer 209
210	ca	customer 210
213	us	customer 213
214	ca	customer 214
217	us	customer 217
218	ca	customer 218
221	us	customer 221
222	ca	customer 222
225	us	customer 225
226	ca	customer 226
229	us	customer 229
230	ca	customer 230
233	us	customer 233
234	ca	customer 234
237	us	customer 237
238	ca	customer 238
241	us	customer 241
242	ca	customer 242
245	us	customer 245
246	ca	customer 246
249	us	customer 249
250	ca	customer 250
253	us	customer 253
254	ca	customer 254
257	us	customer 257
258	ca	customer 258
261	us	customer 261
262	ca	customer 262
265	us	customer 265
266	ca	customer 266
269	us	customer 269
270	ca	customer 270
273	us	customer 273
274	ca	customer 274
277	us	customer 277
278	ca	customer 278
281	us	customer 281
282	ca	customer 282
285	us	customer 285
286	ca	customer 286
289	us	customer 289
290	ca	customer 290
293	us	customer 293
294	ca	customer 294
297	us	customer 297
298	ca	customer 298
301	us	customer 301
302	ca	customer 302
305	us	customer 305
306	ca	customer 306
309	us	customer 309
310	ca	customer 310
313	us	customer 313
314	ca	customer 314
317	us	customer 317
318	ca	customer 318
321	us	customer 321
322	ca	customer 322
325	us	customer 325
326	ca	customer 326
329	us	customer 329
330	ca	customer 330
333	us	customer 333
334	ca	customer 334
337	us	customer 337
338	ca	customer 338
341	us	customer 341
342	ca	customer 342
345	us	customer 345
346	ca	customer 346
349	us	customer 349
350	ca	customer 350
353	us	customer 353
354	ca	customer 354
357	us	customer 357
358	ca	customer 358
361	us	customer 361
362	ca	customer 362
365	us	customer 365
366	ca	customer 366
369	us	customer 369
370	ca	customer 370
373	us	customer 373
374	ca	customer 374
377	us	customer 377
378	ca	customer 378
381	us	customer 381
382	ca	customer 382
385	us	customer 385
386	ca	customer 386
389	us	customer 389
390	ca	customer 390
393	us	customer 393
394	ca	customer 394
397	us	customer 397
398	ca	customer 398
401	us	customer 401
402	ca	customer 402
405	us	customer 405
406	ca	customer 406
409	us	customer 409
410	ca	customer 410
413	us	customer 413
414	ca	customer 414
417	us	customer 417
418	ca	customer 418
421	us	customer 421
422	ca	customer 422
425	us	customer 425
426	ca	customer 426
429	us	customer 429
430	ca	customer 430
433	us	customer 433
434	ca	customer 434
437	us	customer 437
438	ca	customer 438
441	us	customer 441
442	ca	customer 442
445	us	customer 445
446	ca	customer 446
449	us	customer 449
450	ca	customer 450
453	us	customer 453
454	ca	customer 454
457	us	customer 457
458	ca	customer 458
461	us	customer 461
462	ca	customer 462
465	us	customer 465
466	ca	customer 466
469	us	customer 469
470	ca	customer 470
473	us	customer 473
474	ca	customer 474
477	us	customer 477
478	ca	customer 478
481	us	customer 481
482	ca	customer 482
485	us	customer 485
486	ca	customer 486
489	us	customer 489
490	ca	customer 490
493	us	customer 493
494	ca	customer 494
497	us	customer 497
498	ca	customer 498
\.


--
-- Data for Name: eu_notes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.eu_notes (customer_id, region, note) FROM stdin;
28	eu	note 28
56	eu	note 56
84	eu	note 84
112	eu	note 112
140	eu	note 140
168	eu	note 168
196	eu	note 196
224	eu	note 224
252	eu	note 252
280	eu	note 280
308	eu	note 308
336	eu	note 336
364	eu	note 364
392	eu	note 392
420	eu	note 420
448	eu	note 448
476	eu	note 476
\.


--
-- Data for Name: events_2023; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.events_2023 (id, happened, kind, payload) FROM stdin;
1	2023-01-02	tap	{"g": 1}
2	2023-01-03	view	{"g": 2}
3	2023-01-04	buy	{"g": 3}
4	2023-01-05	click	{"g": 4}
5	2023-01-06	tap	{"g": 5}
6	2023-01-07	view	{"g": 6}
7	2023-01-08	buy	{"g": 7}
8	2023-01-09	click	{"g": 8}
9	2023-01-10	tap	{"g": 9}
10	2023-01-11	view	{"g": 10}
11	2023-01-12	buy	{"g": 11}
12	2023-01-13	click	{"g": 12}
13	2023-01-14	tap	{"g": 13}
14	2023-01-15	view	{"g": 14}
15	2023-01-16	buy	{"g": 15}
16	2023-01-17	click	{"g": 16}
17	2023-01-18	tap	{"g": 17}
18	2023-01-19	view	{"g": 18}
19	2023-01-20	buy	{"g": 19}
20	2023-01-21	click	{"g": 20}
21	2023-01-22	tap	{"g": 21}
22	2023-01-23	view	{"g": 22}
23	2023-01-24	buy	{"g": 23}
24	2023-01-25	click	{"g": 24}
25	2023-01-26	tap	{"g": 25}
26	2023-01-27	view	{"g": 26}
27	2023-01-28	buy	{"g": 27}
28	2023-01-29	click	{"g": 28}
29	2023-01-30	tap	{"g": 29}
30	2023-01-31	view	{"g": 30}
31	2023-02-01	buy	{"g": 31}
32	2023-02-02	click	{"g": 32}
33	2023-02-03	tap	{"g": 33}
34	2023-02-04	view	{"g": 34}
35	2023-02-05	buy	{"g": 35}
36	2023-02-06	click	{"g": 36}
37	2023-02-07	tap	{"g": 37}
38	2023-02-08	view	{"g": 38}
39	2023-02-09	buy	{"g": 39}
40	2023-02-10	click	{"g": 40}
41	2023-02-11	tap	{"g": 41}
42	2023-02-12	view	{"g": 42}
43	2023-02-13	buy	{"g": 43}
44	2023-02-14	click	{"g": 44}
45	2023-02-15	tap	{"g": 45}
46	2023-02-16	view	{"g": 46}
47	2023-02-17	buy	{"g": 47}
48	2023-02-18	click	{"g": 48}
49	2023-02-19	tap	{"g": 49}
50	2023-02-20	view	{"g": 50}
51	2023-02-21	buy	{"g": 51}
52	2023-02-22	click	{"g": 52}
53	2023-02-23	tap	{"g": 53}
54	2023-02-24	view	{"g": 54}
55	2023-02-25	buy	{"g": 55}
56	2023-02-26	click	{"g": 56}
57	2023-02-27	tap	{"g": 57}
58	2023-02-28	view	{"g": 58}
59	2023-03-01	buy	{"g": 59}
60	2023-03-02	click	{"g": 60}
61	2023-03-03	tap	{"g": 61}
62	2023-03-04	view	{"g": 62}
63	2023-03-05	buy	{"g": 63}
64	2023-03-06	click	{"g": 64}
65	2023-03-07	tap	{"g": 65}
66	2023-03-08	view	{"g": 66}
67	2023-03-09	buy	{"g": 67}
68	2023-03-10	click	{"g": 68}
69	2023-03-11	tap	{"g": 69}
70	2023-03-12	view	{"g": 70}
71	2023-03-13	buy	{"g": 71}
72	2023-03-14	click	{"g": 72}
73	2023-03-15	tap	{"g": 73}
74	2023-03-16	view	{"g": 74}
75	2023-03-17	buy	{"g": 75}
76	2023-03-18	click	{"g": 76}
77	2023-03-19	tap	{"g": 77}
78	2023-03-20	view	{"g": 78}
79	2023-03-21	buy	{"g": 79}
80	2023-03-22	click	{"g": 80}
81	2023-03-23	tap	{"g": 81}
82	2023-03-24	view	{"g": 82}
83	2023-03-25	buy	{"g": 83}
84	2023-03-26	click	{"g": 84}
85	2023-03-27	tap	{"g": 85}
86	2023-03-28	view	{"g": 86}
87	2023-03-29	buy	{"g": 87}
88	2023-03-30	click	{"g": 88}
89	2023-03-31	tap	{"g": 89}
90	2023-04-01	view	{"g": 90}
91	2023-04-02	buy	{"g": 91}
92	2023-04-03	click	{"g": 92}
93	2023-04-04	tap	{"g": 93}
94	2023-04-05	view	{"g": 94}
95	2023-04-06	buy	{"g": 95}
96	2023-04-07	click	{"g": 96}
97	2023-04-08	tap	{"g": 97}
98	2023-04-09	view	{"g": 98}
99	2023-04-10	buy	{"g": 99}
100	2023-04-11	click	{"g": 100}
101	2023-04-12	tap	{"g": 101}
102	2023-04-13	view	{"g": 102}
103	2023-04-14	buy	{"g": 103}
104	2023-04-15	click	{"g": 104}
105	2023-04-16	tap	{"g": 105}
106	2023-04-17	view	{"g": 106}
107	2023-04-18	buy	{"g": 107}
108	2023-04-19	click	{"g": 108}
109	2023-04-20	tap	{"g": 109}
110	2023-04-21	view	{"g": 110}
111	2023-04-22	buy	{"g": 111}
112	2023-04-23	click	{"g": 112}
113	2023-04-24	tap	{"g": 113}
114	2023-04-25	view	{"g": 114}
115	2023-04-26	buy	{"g": 115}
116	2023-04-27	click	{"g": 116}
117	2023-04-28	tap	{"g": 117}
118	2023-04-29	view	{"g": 118}
119	2023-04-30	buy	{"g": 119}
120	2023-05-01	click	{"g": 120}
121	2023-05-02	tap	{"g": 121}
122	2023-05-03	view	{"g": 122}
123	2023-05-04	buy	{"g": 123}
124	2023-05-05	click	{"g": 124}
125	2023-05-06	tap	{"g": 125}
126	2023-05-07	view	{"g": 126}
127	2023-05-08	buy	{"g": 127}
128	2023-05-09	click	{"g": 128}
129	2023-05-10	tap	{"g": 129}
130	2023-05-11	view	{"g": 130}
131	2023-05-12	buy	{"g": 131}
132	2023-05-13	click	{"g": 132}
133	2023-05-14	tap	{"g": 133}
134	2023-05-15	view	{"g": 134}
135	2023-05-16	buy	{"g": 135}
136	2023-05-17	click	{"g": 136}
137	2023-05-18	tap	{"g": 137}
138	2023-05-19	view	{"g": 138}
139	2023-05-20	buy	{"g": 139}
140	2023-05-21	click	{"g": 140}
141	2023-05-22	tap	{"g": 141}
142	2023-05-23	view	{"g": 142}
143	2023-05-24	buy	{"g": 143}
144	2023-05-25	click	{"g": 144}
145	2023-05-26	tap	{"g": 145}
146	2023-05-27	view	{"g": 146}
147	2023-05-28	buy	{"g": 147}
148	2023-05-29	click	{"g": 148}
149	2023-05-30	tap	{"g": 149}
150	2023-05-31	view	{"g": 150}
151	2023-06-01	buy	{"g": 151}
152	2023-06-02	click	{"g": 152}
153	2023-06-03	tap	{"g": 153}
154	2023-06-04	view	{"g": 154}
155	2023-06-05	buy	{"g": 155}
156	2023-06-06	click	{"g": 156}
157	2023-06-07	tap	{"g": 157}
158	2023-06-08	view	{"g": 158}
159	2023-06-09	buy	{"g": 159}
160	2023-06-10	click	{"g": 160}
161	2023-06-11	tap	{"g": 161}
162	2023-06-12	view	{"g": 162}
163	2023-06-13	buy	{"g": 163}
164	2023-06-14	click	{"g": 164}
165	2023-06-15	tap	{"g": 165}
166	2023-06-16	view	{"g": 166}
167	2023-06-17	buy	{"g": 167}
168	2023-06-18	click	{"g": 168}
169	2023-06-19	tap	{"g": 169}
170	2023-06-20	view	{"g": 170}
171	2023-06-21	buy	{"g": 171}
172	2023-06-22	click	{"g": 172}
173	2023-06-23	tap	{"g": 173}
174	2023-06-24	view	{"g": 174}
175	2023-06-25	buy	{"g": 175}
176	2023-06-26	click	{"g": 176}
177	2023-06-27	tap	{"g": 177}
178	2023-06-28	view	{"g": 178}
179	2023-06-29	buy	{"g": 179}
180	2023-06-30	click	{"g": 180}
181	2023-07-01	tap	{"g": 181}
182	2023-07-02	view	{"g": 182}
183	2023-07-03	buy	{"g": 183}
184	2023-07-04	click	{"g": 184}
185	2023-07-05	tap	{"g": 185}
186	2023-07-06	view	{"g": 186}
187	2023-07-07	buy	{"g": 187}
188	2023-07-08	click	{"g": 188}
189	2023-07-09	tap	{"g": 189}
190	2023-07-10	view	{"g": 190}
191	2023-07-11	buy	{"g": 191}
192	2023-07-12	click	{"g": 192}
193	2023-07-13	tap	{"g": 193}
194	2023-07-14	view	{"g": 194}
195	2023-07-15	buy	{"g": 195}
196	2023-07-16	click	{"g": 196}
197	2023-07-17	tap	{"g": 197}
198	2023-07-18	view	{"g": 198}
199	2023-07-19	buy	{"g": 199}
200	2023-07-20	click	{"g": 200}
201	2023-07-21	tap	{"g": 201}
202	2023-07-22	view	{"g": 202}
203	2023-07-23	buy	{"g": 203}
204	2023-07-24	click	{"g": 204}
205	2023-07-25	tap	{"g": 205}
206	2023-07-26	view	{"g": 206}
207	2023-07-27	buy	{"g": 207}
208	2023-07-28	click	{"g": 208}
209	2023-07-29	tap	{"g": 209}
210	2023-07-30	view	{"g": 210}
211	2023-07-31	buy	{"g": 211}
212	2023-08-01	click	{"g": 212}
213	2023-08-02	tap	{"g": 213}
214	2023-08-03	view	{"g": 214}
215	2023-08-04	buy	{"g": 215}
216	2023-08-05	click	{"g": 216}
217	2023-08-06	tap	{"g": 217}
218	2023-08-07	view	{"g": 218}
219	2023-08-08	buy	{"g": 219}
220	2023-08-09	click	{"g": 220}
221	2023-08-10	tap	{"g": 221}
222	2023-08-11	view	{"g": 222}
223	2023-08-12	buy	{"g": 223}
224	2023-08-13	click	{"g": 224}
225	2023-08-14	tap	{"g": 225}
226	2023-08-15	view	{"g": 226}
227	2023-08-16	buy	{"g": 227}
228	2023-08-17	click	{"g": 228}
229	2023-08-18	tap	{"g": 229}
230	2023-08-19	view	{"g": 230}
231	2023-08-20	buy	{"g": 231}
232	2023-08-21	click	{"g": 232}
233	2023-08-22	tap	{"g": 233}
234	2023-08-23	view	{"g": 234}
235	2023-08-24	buy	{"g": 235}
236	2023-08-25	click	{"g": 236}
237	2023-08-26	tap	{"g": 237}
238	2023-08-27	view	{"g": 238}
239	2023-08-28	buy	{"g": 239}
240	2023-08-29	click	{"g": 240}
241	2023-08-30	tap	{"g": 241}
242	2023-08-31	view	{"g": 242}
243	2023-09-01	buy	{"g": 243}
244	2023-09-02	click	{"g": 244}
245	2023-09-03	tap	{"g": 245}
246	2023-09-04	view	{"g": 246}
247	2023-09-05	buy	{"g": 247}
248	2023-09-06	click	{"g": 248}
249	2023-09-07	tap	{"g": 249}
250	2023-09-08	view	{"g": 250}
251	2023-09-09	buy	{"g": 251}
252	2023-09-10	click	{"g": 252}
253	2023-09-11	tap	{"g": 253}
254	2023-09-12	view	{"g": 254}
255	2023-09-13	buy	{"g": 255}
256	2023-09-14	click	{"g": 256}
257	2023-09-15	tap	{"g": 257}
258	2023-09-16	view	{"g": 258}
259	2023-09-17	buy	{"g": 259}
260	2023-09-18	click	{"g": 260}
261	2023-09-19	tap	{"g": 261}
262	2023-09-20	view	{"g": 262}
263	2023-09-21	buy	{"g": 263}
264	2023-09-22	click	{"g": 264}
265	2023-09-23	tap	{"g": 265}
266	2023-09-24	view	{"g": 266}
267	2023-09-25	buy	{"g": 267}
268	2023-09-26	click	{"g": 268}
269	2023-09-27	tap	{"g": 269}
270	2023-09-28	view	{"g": 270}
271	2023-09-29	buy	{"g": 271}
272	2023-09-30	click	{"g": 272}
273	2023-10-01	tap	{"g": 273}
274	2023-10-02	view	{"g": 274}
275	2023-10-03	buy	{"g": 275}
276	2023-10-04	click	{"g": 276}
277	2023-10-05	tap	{"g": 277}
278	2023-10-06	view	{"g": 278}
279	2023-10-07	buy	{"g": 279}
280	2023-10-08	click	{"g": 280}
281	2023-10-09	tap	{"g": 281}
282	2023-10-10	view	{"g": 282}
283	2023-10-11	buy	{"g": 283}
284	2023-10-12	click	{"g": 284}
285	2023-10-13	tap	{"g": 285}
286	2023-10-14	view	{"g": 286}
287	2023-10-15	buy	{"g": 287}
288	2023-10-16	click	{"g": 288}
289	2023-10-17	tap	{"g": 289}
290	2023-10-18	view	{"g": 290}
291	2023-10-19	buy	{"g": 291}
292	2023-10-20	click	{"g": 292}
293	2023-10-21	tap	{"g": 293}
294	2023-10-22	view	{"g": 294}
295	2023-10-23	buy	{"g": 295}
296	2023-10-24	click	{"g": 296}
297	2023-10-25	tap	{"g": 297}
298	2023-10-26	view	{"g": 298}
299	2023-10-27	buy	{"g": 299}
300	2023-10-28	click	{"g": 300}
301	2023-10-29	tap	{"g": 301}
302	2023-10-30	view	{"g": 302}
303	2023-10-31	buy	{"g": 303}
304	2023-11-01	click	{"g": 304}
305	2023-11-02	tap	{"g": 305}
306	2023-11-03	view	{"g": 306}
307	2023-11-04	buy	{"g": 307}
308	2023-11-05	click	{"g": 308}
309	2023-11-06	tap	{"g": 309}
310	2023-11-07	view	{"g": 310}
311	2023-11-08	buy	{"g": 311}
312	2023-11-09	click	{"g": 312}
313	2023-11-10	tap	{"g": 313}
314	2023-11-11	view	{"g": 314}
315	2023-11-12	buy	{"g": 315}
316	2023-11-13	click	{"g": 316}
317	2023-11-14	tap	{"g": 317}
318	2023-11-15	view	{"g": 318}
319	2023-11-16	buy	{"g": 319}
320	2023-11-17	click	{"g": 320}
321	2023-11-18	tap	{"g": 321}
322	2023-11-19	view	{"g": 322}
323	2023-11-20	buy	{"g": 323}
324	2023-11-21	click	{"g": 324}
325	2023-11-22	tap	{"g": 325}
326	2023-11-23	view	{"g": 326}
327	2023-11-24	buy	{"g": 327}
328	2023-11-25	click	{"g": 328}
329	2023-11-26	tap	{"g": 329}
330	2023-11-27	view	{"g": 330}
331	2023-11-28	buy	{"g": 331}
332	2023-11-29	click	{"g": 332}
333	2023-11-30	tap	{"g": 333}
334	2023-12-01	view	{"g": 334}
335	2023-12-02	buy	{"g": 335}
336	2023-12-03	click	{"g": 336}
337	2023-12-04	tap	{"g": 337}
338	2023-12-05	view	{"g": 338}
339	2023-12-06	buy	{"g": 339}
340	2023-12-07	click	{"g": 340}
341	2023-12-08	tap	{"g": 341}
342	2023-12-09	view	{"g": 342}
343	2023-12-10	buy	{"g": 343}
344	2023-12-11	click	{"g": 344}
345	2023-12-12	tap	{"g": 345}
346	2023-12-13	view	{"g": 346}
347	2023-12-14	buy	{"g": 347}
348	2023-12-15	click	{"g": 348}
349	2023-12-16	tap	{"g": 349}
350	2023-12-17	view	{"g": 350}
351	2023-12-18	buy	{"g": 351}
352	2023-12-19	click	{"g": 352}
353	2023-12-20	tap	{"g": 353}
354	2023-12-21	view	{"g": 354}
355	2023-12-22	buy	{"g": 355}
356	2023-12-23	click	{"g": 356}
357	2023-12-24	tap	{"g": 357}
358	2023-12-25	view	{"g": 358}
359	2023-12-26	buy	{"g": 359}
360	2023-12-27	click	{"g": 360}
361	2023-12-28	tap	{"g": 361}
362	2023-12-29	view	{"g": 362}
363	2023-12-30	buy	{"g": 363}
364	2023-12-31	click	{"g": 364}
900	2023-01-01	click	{"g": 900}
901	2023-01-02	tap	{"g": 901}
902	2023-01-03	view	{"g": 902}
903	2023-01-04	buy	{"g": 903}
904	2023-01-05	click	{"g": 904}
905	2023-01-06	tap	{"g": 905}
906	2023-01-07	view	{"g": 906}
907	2023-01-08	buy	{"g": 907}
908	2023-01-09	click	{"g": 908}
909	2023-01-10	tap	{"g": 909}
910	2023-01-11	view	{"g": 910}
911	2023-01-12	buy	{"g": 911}
912	2023-01-13	click	{"g": 912}
913	2023-01-14	tap	{"g": 913}
914	2023-01-15	view	{"g": 914}
915	2023-01-16	buy	{"g": 915}
916	2023-01-17	click	{"g": 916}
917	2023-01-18	tap	{"g": 917}
918	2023-01-19	view	{"g": 918}
919	2023-01-20	buy	{"g": 919}
920	2023-01-21	click	{"g": 920}
921	2023-01-22	tap	{"g": 921}
922	2023-01-23	view	{"g": 922}
923	2023-01-24	buy	{"g": 923}
924	2023-01-25	click	{"g": 924}
925	2023-01-26	tap	{"g": 925}
926	2023-01-27	view	{"g": 926}
927	2023-01-28	buy	{"g": 927}
928	2023-01-29	click	{"g": 928}
929	2023-01-30	tap	{"g": 929}
930	2023-01-31	view	{"g": 930}
931	2023-02-01	buy	{"g": 931}
932	2023-02-02	click	{"g": 932}
933	2023-02-03	tap	{"g": 933}
934	2023-02-04	view	{"g": 934}
935	2023-02-05	buy	{"g": 935}
936	2023-02-06	click	{"g": 936}
937	2023-02-07	tap	{"g": 937}
938	2023-02-08	view	{"g": 938}
939	2023-02-09	buy	{"g": 939}
940	2023-02-10	click	{"g": 940}
941	2023-02-11	tap	{"g": 941}
942	2023-02-12	view	{"g": 942}
943	2023-02-13	buy	{"g": 943}
944	2023-02-14	click	{"g": 944}
945	2023-02-15	tap	{"g": 945}
946	2023-02-16	view	{"g": 946}
947	2023-02-17	buy	{"g": 947}
948	2023-02-18	click	{"g": 948}
949	2023-02-19	tap	{"g": 949}
950	2023-02-20	view	{"g": 950}
951	2023-02-21	buy	{"g": 951}
952	2023-02-22	click	{"g": 952}
953	2023-02-23	tap	{"g": 953}
954	2023-02-24	view	{"g": 954}
955	2023-02-25	buy	{"g": 955}
956	2023-02-26	click	{"g": 956}
957	2023-02-27	tap	{"g": 957}
958	2023-02-28	view	{"g": 958}
959	2023-03-01	buy	{"g": 959}
960	2023-03-02	click	{"g": 960}
961	2023-03-03	tap	{"g": 961}
962	2023-03-04	view	{"g": 962}
963	2023-03-05	buy	{"g": 963}
964	2023-03-06	click	{"g": 964}
965	2023-03-07	tap	{"g": 965}
966	2023-03-08	view	{"g": 966}
967	2023-03-09	buy	{"g": 967}
968	2023-03-10	click	{"g": 968}
969	2023-03-11	tap	{"g": 969}
970	2023-03-12	view	{"g": 970}
971	2023-03-13	buy	{"g": 971}
972	2023-03-14	click	{"g": 972}
973	2023-03-15	tap	{"g": 973}
974	2023-03-16	view	{"g": 974}
975	2023-03-17	buy	{"g": 975}
976	2023-03-18	click	{"g": 976}
977	2023-03-19	tap	{"g": 977}
978	2023-03-20	view	{"g": 978}
979	2023-03-21	buy	{"g": 979}
980	2023-03-22	click	{"g": 980}
981	2023-03-23	tap	{"g": 981}
982	2023-03-24	view	{"g": 982}
983	2023-03-25	buy	{"g": 983}
984	2023-03-26	click	{"g": 984}
985	2023-03-27	tap	{"g": 985}
986	2023-03-28	view	{"g": 986}
987	2023-03-29	buy	{"g": 987}
988	2023-03-30	click	{"g": 988}
989	2023-03-31	tap	{"g": 989}
990	2023-04-01	view	{"g": 990}
991	2023-04-02	buy	{"g": 991}
992	2023-04-03	click	{"g": 992}
993	2023-04-04	tap	{"g": 993}
994	2023-04-05	view	{"g": 994}
995	2023-04-06	buy	{"g": 995}
996	2023-04-07	click	{"g": 996}
997	2023-04-08	tap	{"g": 997}
998	2023-04-09	view	{"g": 998}
999	2023-04-10	buy	{"g": 999}
1000	2023-04-11	click	{"g": 1000}
1001	2023-04-12	tap	{"g": 1001}
1002	2023-04-13	view	{"g": 1002}
1003	2023-04-14	buy	{"g": 1003}
1004	2023-04-15	click	{"g": 1004}
1005	2023-04-16	tap	{"g": 1005}
1006	2023-04-17	view	{"g": 1006}
1007	2023-04-18	buy	{"g": 1007}
1008	2023-04-19	click	{"g": 1008}
1009	2023-04-20	tap	{"g": 1009}
1010	2023-04-21	view	{"g": 1010}
1011	2023-04-22	buy	{"g": 1011}
1012	2023-04-23	click	{"g": 1012}
1013	2023-04-24	tap	{"g": 1013}
1014	2023-04-25	view	{"g": 1014}
1015	2023-04-26	buy	{"g": 1015}
1016	2023-04-27	click	{"g": 1016}
1017	2023-04-28	tap	{"g": 1017}
1018	2023-04-29	view	{"g": 1018}
1019	2023-04-30	buy	{"g": 1019}
1020	2023-05-01	click	{"g": 1020}
1021	2023-05-02	tap	{"g": 1021}
1022	2023-05-03	view	{"g": 1022}
1023	2023-05-04	buy	{"g": 1023}
1024	2023-05-05	click	{"g": 1024}
1025	2023-05-06	tap	{"g": 1025}
1026	2023-05-07	view	{"g": 1026}
1027	2023-05-08	buy	{"g": 1027}
1028	2023-05-09	click	{"g": 1028}
1029	2023-05-10	tap	{"g": 1029}
1030	2023-05-11	view	{"g": 1030}
1031	2023-05-12	buy	{"g": 1031}
1032	2023-05-13	click	{"g": 1032}
1033	2023-05-14	tap	{"g": 1033}
1034	2023-05-15	view	{"g": 1034}
1035	2023-05-16	buy	{"g": 1035}
1036	2023-05-17	click	{"g": 1036}
1037	2023-05-18	tap	{"g": 1037}
1038	2023-05-19	view	{"g": 1038}
1039	2023-05-20	buy	{"g": 1039}
1040	2023-05-21	click	{"g": 1040}
1041	2023-05-22	tap	{"g": 1041}
1042	2023-05-23	view	{"g": 1042}
1043	2023-05-24	buy	{"g": 1043}
1044	2023-05-25	click	{"g": 1044}
1045	2023-05-26	tap	{"g": 1045}
1046	2023-05-27	view	{"g": 1046}
1047	2023-05-28	buy	{"g": 1047}
1048	2023-05-29	click	{"g": 1048}
1049	2023-05-30	tap	{"g": 1049}
1050	2023-05-31	view	{"g": 1050}
1051	2023-06-01	buy	{"g": 1051}
1052	2023-06-02	click	{"g": 1052}
1053	2023-06-03	tap	{"g": 1053}
1054	2023-06-04	view	{"g": 1054}
1055	2023-06-05	buy	{"g": 1055}
1056	2023-06-06	click	{"g": 1056}
1057	2023-06-07	tap	{"g": 1057}
1058	2023-06-08	view	{"g": 1058}
1059	2023-06-09	buy	{"g": 1059}
1060	2023-06-10	click	{"g": 1060}
1061	2023-06-11	tap	{"g": 1061}
1062	2023-06-12	view	{"g": 1062}
1063	2023-06-13	buy	{"g": 1063}
1064	2023-06-14	click	{"g": 1064}
1065	2023-06-15	tap	{"g": 1065}
1066	2023-06-16	view	{"g": 1066}
1067	2023-06-17	buy	{"g": 1067}
1068	2023-06-18	click	{"g": 1068}
1069	2023-06-19	tap	{"g": 1069}
1070	2023-06-20	view	{"g": 1070}
1071	2023-06-21	buy	{"g": 1071}
1072	2023-06-22	click	{"g": 1072}
1073	2023-06-23	tap	{"g": 1073}
1074	2023-06-24	view	{"g": 1074}
1075	2023-06-25	buy	{"g": 1075}
1076	2023-06-26	click	{"g": 1076}
1077	2023-06-27	tap	{"g": 1077}
1078	2023-06-28	view	{"g": 1078}
1079	2023-06-29	buy	{"g": 1079}
1080	2023-06-30	click	{"g": 1080}
1081	2023-07-01	tap	{"g": 1081}
1082	2023-07-02	view	{"g": 1082}
1083	2023-07-03	buy	{"g": 1083}
1084	2023-07-04	click	{"g": 1084}
1085	2023-07-05	tap	{"g": 1085}
1086	2023-07-06	view	{"g": 1086}
1087	2023-07-07	buy	{"g": 1087}
1088	2023-07-08	click	{"g": 1088}
1089	2023-07-09	tap	{"g": 1089}
1090	2023-07-10	view	{"g": 1090}
1091	2023-07-11	buy	{"g": 1091}
1092	2023-07-12	click	{"g": 1092}
1093	2023-07-13	tap	{"g": 1093}
1094	2023-07-14	view	{"g": 1094}
1095	2023-07-15	buy	{"g": 1095}
1096	2023-07-16	click	{"g": 1096}
1097	2023-07-17	tap	{"g": 1097}
1098	2023-07-18	view	{"g": 1098}
1099	2023-07-19	buy	{"g": 1099}
1100	2023-07-20	click	{"g": 1100}
1101	2023-07-21	tap	{"g": 1101}
1102	2023-07-22	view	{"g": 1102}
1103	2023-07-23	buy	{"g": 1103}
1104	2023-07-24	click	{"g": 1104}
1105	2023-07-25	tap	{"g": 1105}
1106	2023-07-26	view	{"g": 1106}
1107	2023-07-27	buy	{"g": 1107}
1108	2023-07-28	click	{"g": 1108}
1109	2023-07-29	tap	{"g": 1109}
1110	2023-07-30	view	{"g": 1110}
1111	2023-07-31	buy	{"g": 1111}
1112	2023-08-01	click	{"g": 1112}
1113	2023-08-02	tap	{"g": 1113}
1114	2023-08-03	view	{"g": 1114}
1115	2023-08-04	buy	{"g": 1115}
1116	2023-08-05	click	{"g": 1116}
1117	2023-08-06	tap	{"g": 1117}
1118	2023-08-07	view	{"g": 1118}
1119	2023-08-08	buy	{"g": 1119}
1120	2023-08-09	click	{"g": 1120}
1121	2023-08-10	tap	{"g": 1121}
1122	2023-08-11	view	{"g": 1122}
1123	2023-08-12	buy	{"g": 1123}
1124	2023-08-13	click	{"g": 1124}
1125	2023-08-14	tap	{"g": 1125}
1126	2023-08-15	view	{"g": 1126}
1127	2023-08-16	buy	{"g": 1127}
1128	2023-08-17	click	{"g": 1128}
1129	2023-08-18	tap	{"g": 1129}
1130	2023-08-19	view	{"g": 1130}
1131	2023-08-20	buy	{"g": 1131}
1132	2023-08-21	click	{"g": 1132}
1133	2023-08-22	tap	{"g": 1133}
1134	2023-08-23	view	{"g": 1134}
1135	2023-08-24	buy	{"g": 1135}
1136	2023-08-25	click	{"g": 1136}
1137	2023-08-26	tap	{"g": 1137}
1138	2023-08-27	view	{"g": 1138}
1139	2023-08-28	buy	{"g": 1139}
1140	2023-08-29	click	{"g": 1140}
1141	2023-08-30	tap	{"g": 1141}
1142	2023-08-31	view	{"g": 1142}
1143	2023-09-01	buy	{"g": 1143}
1144	2023-09-02	click	{"g": 1144}
1145	2023-09-03	tap	{"g": 1145}
1146	2023-09-04	view	{"g": 1146}
1147	2023-09-05	buy	{"g": 1147}
1148	2023-09-06	click	{"g": 1148}
1149	2023-09-07	tap	{"g": 1149}
1150	2023-09-08	view	{"g": 1150}
1151	2023-09-09	buy	{"g": 1151}
1152	2023-09-10	click	{"g": 1152}
1153	2023-09-11	tap	{"g": 1153}
1154	2023-09-12	view	{"g": 1154}
1155	2023-09-13	buy	{"g": 1155}
1156	2023-09-14	click	{"g": 1156}
1157	2023-09-15	tap	{"g": 1157}
1158	2023-09-16	view	{"g": 1158}
1159	2023-09-17	buy	{"g": 1159}
1160	2023-09-18	click	{"g": 1160}
1161	2023-09-19	tap	{"g": 1161}
1162	2023-09-20	view	{"g": 1162}
1163	2023-09-21	buy	{"g": 1163}
1164	2023-09-22	click	{"g": 1164}
1165	2023-09-23	tap	{"g": 1165}
1166	2023-09-24	view	{"g": 1166}
1167	2023-09-25	buy	{"g": 1167}
1168	2023-09-26	click	{"g": 1168}
1169	2023-09-27	tap	{"g": 1169}
1170	2023-09-28	view	{"g": 1170}
1171	2023-09-29	buy	{"g": 1171}
1172	2023-09-30	click	{"g": 1172}
1173	2023-10-01	tap	{"g": 1173}
1174	2023-10-02	view	{"g": 1174}
1175	2023-10-03	buy	{"g": 1175}
1176	2023-10-04	click	{"g": 1176}
1177	2023-10-05	tap	{"g": 1177}
1178	2023-10-06	view	{"g": 1178}
1179	2023-10-07	buy	{"g": 1179}
1180	2023-10-08	click	{"g": 1180}
1181	2023-10-09	tap	{"g": 1181}
1182	2023-10-10	view	{"g": 1182}
1183	2023-10-11	buy	{"g": 1183}
1184	2023-10-12	click	{"g": 1184}
1185	2023-10-13	tap	{"g": 1185}
1186	2023-10-14	view	{"g": 1186}
1187	2023-10-15	buy	{"g": 1187}
1188	2023-10-16	click	{"g": 1188}
1189	2023-10-17	tap	{"g": 1189}
1190	2023-10-18	view	{"g": 1190}
1191	2023-10-19	buy	{"g": 1191}
1192	2023-10-20	click	{"g": 1192}
1193	2023-10-21	tap	{"g": 1193}
1194	2023-10-22	view	{"g": 1194}
1195	2023-10-23	buy	{"g": 1195}
1196	2023-10-24	click	{"g": 1196}
1197	2023-10-25	tap	{"g": 1197}
1198	2023-10-26	view	{"g": 1198}
1199	2023-10-27	buy	{"g": 1199}
1200	2023-10-28	click	{"g": 1200}
1201	2023-10-29	tap	{"g": 1201}
1202	2023-10-30	view	{"g": 1202}
1203	2023-10-31	buy	{"g": 1203}
1204	2023-11-01	click	{"g": 1204}
1205	2023-11-02	tap	{"g": 1205}
1206	2023-11-03	view	{"g": 1206}
1207	2023-11-04	buy	{"g": 1207}
1208	2023-11-05	click	{"g": 1208}
1209	2023-11-06	tap	{"g": 1209}
1210	2023-11-07	view	{"g": 1210}
1211	2023-11-08	buy	{"g": 1211}
1212	2023-11-09	click	{"g": 1212}
1213	2023-11-10	tap	{"g": 1213}
1214	2023-11-11	view	{"g": 1214}
1215	2023-11-12	buy	{"g": 1215}
1216	2023-11-13	click	{"g": 1216}
1217	2023-11-14	tap	{"g": 1217}
1218	2023-11-15	view	{"g": 1218}
1219	2023-11-16	buy	{"g": 1219}
1220	2023-11-17	click	{"g": 1220}
1221	2023-11-18	tap	{"g": 1221}
1222	2023-11-19	view	{"g": 1222}
1223	2023-11-20	buy	{"g": 1223}
1224	2023-11-21	click	{"g": 1224}
1225	2023-11-22	tap	{"g": 1225}
1226	2023-11-23	view	{"g": 1226}
1227	2023-11-24	buy	{"g": 1227}
1228	2023-11-25	click	{"g": 1228}
1229	2023-11-26	tap	{"g": 1229}
1230	2023-11-27	view	{"g": 1230}
1231	2023-11-28	buy	{"g": 1231}
1232	2023-11-29	click	{"g": 1232}
1233	2023-11-30	tap	{"g": 1233}
1234	2023-12-01	view	{"g": 1234}
1235	2023-12-02	buy	{"g": 1235}
1236	2023-12-03	click	{"g": 1236}
1237	2023-12-04	tap	{"g": 1237}
1238	2023-12-05	view	{"g": 1238}
1239	2023-12-06	buy	{"g": 1239}
1240	2023-12-07	click	{"g": 1240}
1241	2023-12-08	tap	{"g": 1241}
1242	2023-12-09	view	{"g": 1242}
1243	2023-12-10	buy	{"g": 1243}
1244	2023-12-11	click	{"g": 1244}
1245	2023-12-12	tap	{"g": 1245}
1246	2023-12-13	view	{"g": 1246}
1247	2023-12-14	buy	{"g": 1247}
1248	2023-12-15	click	{"g": 1248}
1249	2023-12-16	tap	{"g": 1249}
1250	2023-12-17	view	{"g": 1250}
1251	2023-12-18	buy	{"g": 1251}
1252	2023-12-19	click	{"g": 1252}
1253	2023-12-20	tap	{"g": 1253}
1254	2023-12-21	view	{"g": 1254}
1255	2023-12-22	buy	{"g": 1255}
1256	2023-12-23	click	{"g": 1256}
1257	2023-12-24	tap	{"g": 1257}
1258	2023-12-25	view	{"g": 1258}
1259	2023-12-26	buy	{"g": 1259}
1260	2023-12-27	click	{"g": 1260}
1261	2023-12-28	tap	{"g": 1261}
1262	2023-12-29	view	{"g": 1262}
1263	2023-12-30	buy	{"g": 1263}
1264	2023-12-31	click	{"g": 1264}
1800	2023-01-01	click	{"g": 1800}
1801	2023-01-02	tap	{"g": 1801}
1802	2023-01-03	view	{"g": 1802}
1803	2023-01-04	buy	{"g": 1803}
1804	2023-01-05	click	{"g": 1804}
1805	2023-01-06	tap	{"g": 1805}
1806	2023-01-07	view	{"g": 1806}
1807	2023-01-08	buy	{"g": 1807}
1808	2023-01-09	click	{"g": 1808}
1809	2023-01-10	tap	{"g": 1809}
1810	2023-01-11	view	{"g": 1810}
1811	2023-01-12	buy	{"g": 1811}
1812	2023-01-13	click	{"g": 1812}
1813	2023-01-14	tap	{"g": 1813}
1814	2023-01-15	view	{"g": 1814}
1815	2023-01-16	buy	{"g": 1815}
1816	2023-01-17	click	{"g": 1816}
1817	2023-01-18	tap	{"g": 1817}
1818	2023-01-19	view	{"g": 1818}
1819	2023-01-20	buy	{"g": 1819}
1820	2023-01-21	click	{"g": 1820}
1821	2023-01-22	tap	{"g": 1821}
1822	2023-01-23	view	{"g": 1822}
1823	2023-01-24	buy	{"g": 1823}
1824	2023-01-25	click	{"g": 1824}
1825	2023-01-26	tap	{"g": 1825}
1826	2023-01-27	view	{"g": 1826}
1827	2023-01-28	buy	{"g": 1827}
1828	2023-01-29	click	{"g": 1828}
1829	2023-01-30	tap	{"g": 1829}
1830	2023-01-31	view	{"g": 1830}
1831	2023-02-01	buy	{"g": 1831}
1832	2023-02-02	click	{"g": 1832}
1833	2023-02-03	tap	{"g": 1833}
1834	2023-02-04	view	{"g": 1834}
1835	2023-02-05	buy	{"g": 1835}
1836	2023-02-06	click	{"g": 1836}
1837	2023-02-07	tap	{"g": 1837}
1838	2023-02-08	view	{"g": 1838}
1839	2023-02-09	buy	{"g": 1839}
1840	2023-02-10	click	{"g": 1840}
1841	2023-02-11	tap	{"g": 1841}
1842	2023-02-12	view	{"g": 1842}
1843	2023-02-13	buy	{"g": 1843}
1844	2023-02-14	click	{"g": 1844}
1845	2023-02-15	tap	{"g": 1845}
1846	2023-02-16	view	{"g": 1846}
1847	2023-02-17	buy	{"g": 1847}
1848	2023-02-18	click	{"g": 1848}
1849	2023-02-19	tap	{"g": 1849}
1850	2023-02-20	view	{"g": 1850}
1851	2023-02-21	buy	{"g": 1851}
1852	2023-02-22	click	{"g": 1852}
1853	2023-02-23	tap	{"g": 1853}
1854	2023-02-24	view	{"g": 1854}
1855	2023-02-25	buy	{"g": 1855}
1856	2023-02-26	click	{"g": 1856}
1857	2023-02-27	tap	{"g": 1857}
1858	2023-02-28	view	{"g": 1858}
1859	2023-03-01	buy	{"g": 1859}
1860	2023-03-02	click	{"g": 1860}
1861	2023-03-03	tap	{"g": 1861}
1862	2023-03-04	view	{"g": 1862}
1863	2023-03-05	buy	{"g": 1863}
1864	2023-03-06	click	{"g": 1864}
1865	2023-03-07	tap	{"g": 1865}
1866	2023-03-08	view	{"g": 1866}
1867	2023-03-09	buy	{"g": 1867}
1868	2023-03-10	click	{"g": 1868}
1869	2023-03-11	tap	{"g": 1869}
1870	2023-03-12	view	{"g": 1870}
1871	2023-03-13	buy	{"g": 1871}
1872	2023-03-14	click	{"g": 1872}
1873	2023-03-15	tap	{"g": 1873}
1874	2023-03-16	view	{"g": 1874}
1875	2023-03-17	buy	{"g": 1875}
1876	2023-03-18	click	{"g": 1876}
1877	2023-03-19	tap	{"g": 1877}
1878	2023-03-20	view	{"g": 1878}
1879	2023-03-21	buy	{"g": 1879}
1880	2023-03-22	click	{"g": 1880}
1881	2023-03-23	tap	{"g": 1881}
1882	2023-03-24	view	{"g": 1882}
1883	2023-03-25	buy	{"g": 1883}
1884	2023-03-26	click	{"g": 1884}
1885	2023-03-27	tap	{"g": 1885}
1886	2023-03-28	view	{"g": 1886}
1887	2023-03-29	buy	{"g": 1887}
1888	2023-03-30	click	{"g": 1888}
1889	2023-03-31	tap	{"g": 1889}
1890	2023-04-01	view	{"g": 1890}
1891	2023-04-02	buy	{"g": 1891}
1892	2023-04-03	click	{"g": 1892}
1893	2023-04-04	tap	{"g": 1893}
1894	2023-04-05	view	{"g": 1894}
1895	2023-04-06	buy	{"g": 1895}
1896	2023-04-07	click	{"g": 1896}
1897	2023-04-08	tap	{"g": 1897}
1898	2023-04-09	view	{"g": 1898}
1899	2023-04-10	buy	{"g": 1899}
1900	2023-04-11	click	{"g": 1900}
1901	2023-04-12	tap	{"g": 1901}
1902	2023-04-13	view	{"g": 1902}
1903	2023-04-14	buy	{"g": 1903}
1904	2023-04-15	click	{"g": 1904}
1905	2023-04-16	tap	{"g": 1905}
1906	2023-04-17	view	{"g": 1906}
1907	2023-04-18	buy	{"g": 1907}
1908	2023-04-19	click	{"g": 1908}
1909	2023-04-20	tap	{"g": 1909}
1910	2023-04-21	view	{"g": 1910}
1911	2023-04-22	buy	{"g": 1911}
1912	2023-04-23	click	{"g": 1912}
1913	2023-04-24	tap	{"g": 1913}
1914	2023-04-25	view	{"g": 1914}
1915	2023-04-26	buy	{"g": 1915}
1916	2023-04-27	click	{"g": 1916}
1917	2023-04-28	tap	{"g": 1917}
1918	2023-04-29	view	{"g": 1918}
1919	2023-04-30	buy	{"g": 1919}
1920	2023-05-01	click	{"g": 1920}
1921	2023-05-02	tap	{"g": 1921}
1922	2023-05-03	view	{"g": 1922}
1923	2023-05-04	buy	{"g": 1923}
1924	2023-05-05	click	{"g": 1924}
1925	2023-05-06	tap	{"g": 1925}
1926	2023-05-07	view	{"g": 1926}
1927	2023-05-08	buy	{"g": 1927}
1928	2023-05-09	click	{"g": 1928}
1929	2023-05-10	tap	{"g": 1929}
1930	2023-05-11	view	{"g": 1930}
1931	2023-05-12	buy	{"g": 1931}
1932	2023-05-13	click	{"g": 1932}
1933	2023-05-14	tap	{"g": 1933}
1934	2023-05-15	view	{"g": 1934}
1935	2023-05-16	buy	{"g": 1935}
1936	2023-05-17	click	{"g": 1936}
1937	2023-05-18	tap	{"g": 1937}
1938	2023-05-19	view	{"g": 1938}
1939	2023-05-20	buy	{"g": 1939}
1940	2023-05-21	click	{"g": 1940}
1941	2023-05-22	tap	{"g": 1941}
1942	2023-05-23	view	{"g": 1942}
1943	2023-05-24	buy	{"g": 1943}
1944	2023-05-25	click	{"g": 1944}
1945	2023-05-26	tap	{"g": 1945}
1946	2023-05-27	view	{"g": 1946}
1947	2023-05-28	buy	{"g": 1947}
1948	2023-05-29	click	{"g": 1948}
1949	2023-05-30	tap	{"g": 1949}
1950	2023-05-31	view	{"g": 1950}
1951	2023-06-01	buy	{"g": 1951}
1952	2023-06-02	click	{"g": 1952}
1953	2023-06-03	tap	{"g": 1953}
1954	2023-06-04	view	{"g": 1954}
1955	2023-06-05	buy	{"g": 1955}
1956	2023-06-06	click	{"g": 1956}
1957	2023-06-07	tap	{"g": 1957}
1958	2023-06-08	view	{"g": 1958}
1959	2023-06-09	buy	{"g": 1959}
1960	2023-06-10	click	{"g": 1960}
1961	2023-06-11	tap	{"g": 1961}
1962	2023-06-12	view	{"g": 1962}
1963	2023-06-13	buy	{"g": 1963}
1964	2023-06-14	click	{"g": 1964}
1965	2023-06-15	tap	{"g": 1965}
1966	2023-06-16	view	{"g": 1966}
1967	2023-06-17	buy	{"g": 1967}
1968	2023-06-18	click	{"g": 1968}
1969	2023-06-19	tap	{"g": 1969}
1970	2023-06-20	view	{"g": 1970}
1971	2023-06-21	buy	{"g": 1971}
1972	2023-06-22	click	{"g": 1972}
1973	2023-06-23	tap	{"g": 1973}
1974	2023-06-24	view	{"g": 1974}
1975	2023-06-25	buy	{"g": 1975}
1976	2023-06-26	click	{"g": 1976}
1977	2023-06-27	tap	{"g": 1977}
1978	2023-06-28	view	{"g": 1978}
1979	2023-06-29	buy	{"g": 1979}
1980	2023-06-30	click	{"g": 1980}
1981	2023-07-01	tap	{"g": 1981}
1982	2023-07-02	view	{"g": 1982}
1983	2023-07-03	buy	{"g": 1983}
1984	2023-07-04	click	{"g": 1984}
1985	2023-07-05	tap	{"g": 1985}
1986	2023-07-06	view	{"g": 1986}
1987	2023-07-07	buy	{"g": 1987}
1988	2023-07-08	click	{"g": 1988}
1989	2023-07-09	tap	{"g": 1989}
1990	2023-07-10	view	{"g": 1990}
1991	2023-07-11	buy	{"g": 1991}
1992	2023-07-12	click	{"g": 1992}
1993	2023-07-13	tap	{"g": 1993}
1994	2023-07-14	view	{"g": 1994}
1995	2023-07-15	buy	{"g": 1995}
1996	2023-07-16	click	{"g": 1996}
1997	2023-07-17	tap	{"g": 1997}
1998	2023-07-18	view	{"g": 1998}
1999	2023-07-19	buy	{"g": 1999}
2000	2023-07-20	click	{"g": 2000}
2001	2023-07-21	tap	{"g": 2001}
2002	2023-07-22	view	{"g": 2002}
2003	2023-07-23	buy	{"g": 2003}
2004	2023-07-24	click	{"g": 2004}
2005	2023-07-25	tap	{"g": 2005}
2006	2023-07-26	view	{"g": 2006}
2007	2023-07-27	buy	{"g": 2007}
2008	2023-07-28	click	{"g": 2008}
2009	2023-07-29	tap	{"g": 2009}
2010	2023-07-30	view	{"g": 2010}
2011	2023-07-31	buy	{"g": 2011}
2012	2023-08-01	click	{"g": 2012}
2013	2023-08-02	tap	{"g": 2013}
2014	2023-08-03	view	{"g": 2014}
2015	2023-08-04	buy	{"g": 2015}
2016	2023-08-05	click	{"g": 2016}
2017	2023-08-06	tap	{"g": 2017}
2018	2023-08-07	view	{"g": 2018}
2019	2023-08-08	buy	{"g": 2019}
2020	2023-08-09	click	{"g": 2020}
2021	2023-08-10	tap	{"g": 2021}
2022	2023-08-11	view	{"g": 2022}
2023	2023-08-12	buy	{"g": 2023}
2024	2023-08-13	click	{"g": 2024}
2025	2023-08-14	tap	{"g": 2025}
2026	2023-08-15	view	{"g": 2026}
2027	2023-08-16	buy	{"g": 2027}
2028	2023-08-17	click	{"g": 2028}
2029	2023-08-18	tap	{"g": 2029}
2030	2023-08-19	view	{"g": 2030}
2031	2023-08-20	buy	{"g": 2031}
2032	2023-08-21	click	{"g": 2032}
2033	2023-08-22	tap	{"g": 2033}
2034	2023-08-23	view	{"g": 2034}
2035	2023-08-24	buy	{"g": 2035}
2036	2023-08-25	click	{"g": 2036}
2037	2023-08-26	tap	{"g": 2037}
2038	2023-08-27	view	{"g": 2038}
2039	2023-08-28	buy	{"g": 2039}
2040	2023-08-29	click	{"g": 2040}
2041	2023-08-30	tap	{"g": 2041}
2042	2023-08-31	view	{"g": 2042}
2043	2023-09-01	buy	{"g": 2043}
2044	2023-09-02	click	{"g": 2044}
2045	2023-09-03	tap	{"g": 2045}
2046	2023-09-04	view	{"g": 2046}
2047	2023-09-05	buy	{"g": 2047}
2048	2023-09-06	click	{"g": 2048}
2049	2023-09-07	tap	{"g": 2049}
2050	2023-09-08	view	{"g": 2050}
2051	2023-09-09	buy	{"g": 2051}
2052	2023-09-10	click	{"g": 2052}
2053	2023-09-11	tap	{"g": 2053}
2054	2023-09-12	view	{"g": 2054}
2055	2023-09-13	buy	{"g": 2055}
2056	2023-09-14	click	{"g": 2056}
2057	2023-09-15	tap	{"g": 2057}
2058	2023-09-16	view	{"g": 2058}
2059	2023-09-17	buy	{"g": 2059}
2060	2023-09-18	click	{"g": 2060}
2061	2023-09-19	tap	{"g": 2061}
2062	2023-09-20	view	{"g": 2062}
2063	2023-09-21	buy	{"g": 2063}
2064	2023-09-22	click	{"g": 2064}
2065	2023-09-23	tap	{"g": 2065}
2066	2023-09-24	view	{"g": 2066}
2067	2023-09-25	buy	{"g": 2067}
2068	2023-09-26	click	{"g": 2068}
2069	2023-09-27	tap	{"g": 2069}
2070	2023-09-28	view	{"g": 2070}
2071	2023-09-29	buy	{"g": 2071}
2072	2023-09-30	click	{"g": 2072}
2073	2023-10-01	tap	{"g": 2073}
2074	2023-10-02	view	{"g": 2074}
2075	2023-10-03	buy	{"g": 2075}
2076	2023-10-04	click	{"g": 2076}
2077	2023-10-05	tap	{"g": 2077}
2078	2023-10-06	view	{"g": 2078}
2079	2023-10-07	buy	{"g": 2079}
2080	2023-10-08	click	{"g": 2080}
2081	2023-10-09	tap	{"g": 2081}
2082	2023-10-10	view	{"g": 2082}
2083	2023-10-11	buy	{"g": 2083}
2084	2023-10-12	click	{"g": 2084}
2085	2023-10-13	tap	{"g": 2085}
2086	2023-10-14	view	{"g": 2086}
2087	2023-10-15	buy	{"g": 2087}
2088	2023-10-16	click	{"g": 2088}
2089	2023-10-17	tap	{"g": 2089}
2090	2023-10-18	view	{"g": 2090}
2091	2023-10-19	buy	{"g": 2091}
2092	2023-10-20	click	{"g": 2092}
2093	2023-10-21	tap	{"g": 2093}
2094	2023-10-22	view	{"g": 2094}
2095	2023-10-23	buy	{"g": 2095}
2096	2023-10-24	click	{"g": 2096}
2097	2023-10-25	tap	{"g": 2097}
2098	2023-10-26	view	{"g": 2098}
2099	2023-10-27	buy	{"g": 2099}
2100	2023-10-28	click	{"g": 2100}
2101	2023-10-29	tap	{"g": 2101}
2102	2023-10-30	view	{"g": 2102}
2103	2023-10-31	buy	{"g": 2103}
2104	2023-11-01	click	{"g": 2104}
2105	2023-11-02	tap	{"g": 2105}
2106	2023-11-03	view	{"g": 2106}
2107	2023-11-04	buy	{"g": 2107}
2108	2023-11-05	click	{"g": 2108}
2109	2023-11-06	tap	{"g": 2109}
2110	2023-11-07	view	{"g": 2110}
2111	2023-11-08	buy	{"g": 2111}
2112	2023-11-09	click	{"g": 2112}
2113	2023-11-10	tap	{"g": 2113}
2114	2023-11-11	view	{"g": 2114}
2115	2023-11-12	buy	{"g": 2115}
2116	2023-11-13	click	{"g": 2116}
2117	2023-11-14	tap	{"g": 2117}
2118	2023-11-15	view	{"g": 2118}
2119	2023-11-16	buy	{"g": 2119}
2120	2023-11-17	click	{"g": 2120}
2121	2023-11-18	tap	{"g": 2121}
2122	2023-11-19	view	{"g": 2122}
2123	2023-11-20	buy	{"g": 2123}
2124	2023-11-21	click	{"g": 2124}
2125	2023-11-22	tap	{"g": 2125}
2126	2023-11-23	view	{"g": 2126}
2127	2023-11-24	buy	{"g": 2127}
2128	2023-11-25	click	{"g": 2128}
2129	2023-11-26	tap	{"g": 2129}
2130	2023-11-27	view	{"g": 2130}
2131	2023-11-28	buy	{"g": 2131}
2132	2023-11-29	click	{"g": 2132}
2133	2023-11-30	tap	{"g": 2133}
2134	2023-12-01	view	{"g": 2134}
2135	2023-12-02	buy	{"g": 2135}
2136	2023-12-03	click	{"g": 2136}
2137	2023-12-04	tap	{"g": 2137}
2138	2023-12-05	view	{"g": 2138}
2139	2023-12-06	buy	{"g": 2139}
2140	2023-12-07	click	{"g": 2140}
2141	2023-12-08	tap	{"g": 2141}
2142	2023-12-09	view	{"g": 2142}
2143	2023-12-10	buy	{"g": 2143}
2144	2023-12-11	click	{"g": 2144}
2145	2023-12-12	tap	{"g": 2145}
2146	2023-12-13	view	{"g": 2146}
2147	2023-12-14	buy	{"g": 2147}
2148	2023-12-15	click	{"g": 2148}
2149	2023-12-16	tap	{"g": 2149}
2150	2023-12-17	view	{"g": 2150}
2151	2023-12-18	buy	{"g": 2151}
2152	2023-12-19	click	{"g": 2152}
2153	2023-12-20	tap	{"g": 2153}
2154	2023-12-21	view	{"g": 2154}
2155	2023-12-22	buy	{"g": 2155}
2156	2023-12-23	click	{"g": 2156}
2157	2023-12-24	tap	{"g": 2157}
2158	2023-12-25	view	{"g": 2158}
2159	2023-12-26	buy	{"g": 2159}
2160	2023-12-27	click	{"g": 2160}
2161	2023-12-28	tap	{"g": 2161}
2162	2023-12-29	view	{"g": 2162}
2163	2023-12-30	buy	{"g": 2163}
2164	2023-12-31	click	{"g": 2164}
2700	2023-01-01	click	{"g": 2700}
2701	2023-01-02	tap	{"g": 2701}
2702	2023-01-03	view	{"g": 2702}
2703	2023-01-04	buy	{"g": 2703}
2704	2023-01-05	click	{"g": 2704}
2705	2023-01-06	tap	{"g": 2705}
2706	2023-01-07	view	{"g": 2706}
2707	2023-01-08	buy	{"g": 2707}
2708	2023-01-09	click	{"g": 2708}
2709	2023-01-10	tap	{"g": 2709}
2710	2023-01-11	view	{"g": 2710}
2711	2023-01-12	buy	{"g": 2711}
2712	2023-01-13	click	{"g": 2712}
2713	2023-01-14	tap	{"g": 2713}
2714	2023-01-15	view	{"g": 2714}
2715	2023-01-16	buy	{"g": 2715}
2716	2023-01-17	click	{"g": 2716}
2717	2023-01-18	tap	{"g": 2717}
2718	2023-01-19	view	{"g": 2718}
2719	2023-01-20	buy	{"g": 2719}
2720	2023-01-21	click	{"g": 2720}
2721	2023-01-22	tap	{"g": 2721}
2722	2023-01-23	view	{"g": 2722}
2723	2023-01-24	buy	{"g": 2723}
2724	2023-01-25	click	{"g": 2724}
2725	2023-01-26	tap	{"g": 2725}
2726	2023-01-27	view	{"g": 2726}
2727	2023-01-28	buy	{"g": 2727}
2728	2023-01-29	click	{"g": 2728}
2729	2023-01-30	tap	{"g": 2729}
2730	2023-01-31	view	{"g": 2730}
2731	2023-02-01	buy	{"g": 2731}
2732	2023-02-02	click	{"g": 2732}
2733	2023-02-03	tap	{"g": 2733}
2734	2023-02-04	view	{"g": 2734}
2735	2023-02-05	buy	{"g": 2735}
2736	2023-02-06	click	{"g": 2736}
2737	2023-02-07	tap	{"g": 2737}
2738	2023-02-08	view	{"g": 2738}
2739	2023-02-09	buy	{"g": 2739}
2740	2023-02-10	click	{"g": 2740}
2741	2023-02-11	tap	{"g": 2741}
2742	2023-02-12	view	{"g": 2742}
2743	2023-02-13	buy	{"g": 2743}
2744	2023-02-14	click	{"g": 2744}
2745	2023-02-15	tap	{"g": 2745}
2746	2023-02-16	view	{"g": 2746}
2747	2023-02-17	buy	{"g": 2747}
2748	2023-02-18	click	{"g": 2748}
2749	2023-02-19	tap	{"g": 2749}
2750	2023-02-20	view	{"g": 2750}
2751	2023-02-21	buy	{"g": 2751}
2752	2023-02-22	click	{"g": 2752}
2753	2023-02-23	tap	{"g": 2753}
2754	2023-02-24	view	{"g": 2754}
2755	2023-02-25	buy	{"g": 2755}
2756	2023-02-26	click	{"g": 2756}
2757	2023-02-27	tap	{"g": 2757}
2758	2023-02-28	view	{"g": 2758}
2759	2023-03-01	buy	{"g": 2759}
2760	2023-03-02	click	{"g": 2760}
2761	2023-03-03	tap	{"g": 2761}
2762	2023-03-04	view	{"g": 2762}
2763	2023-03-05	buy	{"g": 2763}
2764	2023-03-06	click	{"g": 2764}
2765	2023-03-07	tap	{"g": 2765}
2766	2023-03-08	view	{"g": 2766}
2767	2023-03-09	buy	{"g": 2767}
2768	2023-03-10	click	{"g": 2768}
2769	2023-03-11	tap	{"g": 2769}
2770	2023-03-12	view	{"g": 2770}
2771	2023-03-13	buy	{"g": 2771}
2772	2023-03-14	click	{"g": 2772}
2773	2023-03-15	tap	{"g": 2773}
2774	2023-03-16	view	{"g": 2774}
2775	2023-03-17	buy	{"g": 2775}
2776	2023-03-18	click	{"g": 2776}
2777	2023-03-19	tap	{"g": 2777}
2778	2023-03-20	view	{"g": 2778}
2779	2023-03-21	buy	{"g": 2779}
2780	2023-03-22	click	{"g": 2780}
2781	2023-03-23	tap	{"g": 2781}
2782	2023-03-24	view	{"g": 2782}
2783	2023-03-25	buy	{"g": 2783}
2784	2023-03-26	click	{"g": 2784}
2785	2023-03-27	tap	{"g": 2785}
2786	2023-03-28	view	{"g": 2786}
2787	2023-03-29	buy	{"g": 2787}
2788	2023-03-30	click	{"g": 2788}
2789	2023-03-31	tap	{"g": 2789}
2790	2023-04-01	view	{"g": 2790}
2791	2023-04-02	buy	{"g": 2791}
2792	2023-04-03	click	{"g": 2792}
2793	2023-04-04	tap	{"g": 2793}
2794	2023-04-05	view	{"g": 2794}
2795	2023-04-06	buy	{"g": 2795}
2796	2023-04-07	click	{"g": 2796}
2797	2023-04-08	tap	{"g": 2797}
2798	2023-04-09	view	{"g": 2798}
2799	2023-04-10	buy	{"g": 2799}
2800	2023-04-11	click	{"g": 2800}
2801	2023-04-12	tap	{"g": 2801}
2802	2023-04-13	view	{"g": 2802}
2803	2023-04-14	buy	{"g": 2803}
2804	2023-04-15	click	{"g": 2804}
2805	2023-04-16	tap	{"g": 2805}
2806	2023-04-17	view	{"g": 2806}
2807	2023-04-18	buy	{"g": 2807}
2808	2023-04-19	click	{"g": 2808}
2809	2023-04-20	tap	{"g": 2809}
2810	2023-04-21	view	{"g": 2810}
2811	2023-04-22	buy	{"g": 2811}
2812	2023-04-23	click	{"g": 2812}
2813	2023-04-24	tap	{"g": 2813}
2814	2023-04-25	view	{"g": 2814}
2815	2023-04-26	buy	{"g": 2815}
2816	2023-04-27	click	{"g": 2816}
2817	2023-04-28	tap	{"g": 2817}
2818	2023-04-29	view	{"g": 2818}
2819	2023-04-30	buy	{"g": 2819}
2820	2023-05-01	click	{"g": 2820}
2821	2023-05-02	tap	{"g": 2821}
2822	2023-05-03	view	{"g": 2822}
2823	2023-05-04	buy	{"g": 2823}
2824	2023-05-05	click	{"g": 2824}
2825	2023-05-06	tap	{"g": 2825}
2826	2023-05-07	view	{"g": 2826}
2827	2023-05-08	buy	{"g": 2827}
2828	2023-05-09	click	{"g": 2828}
2829	2023-05-10	tap	{"g": 2829}
2830	2023-05-11	view	{"g": 2830}
2831	2023-05-12	buy	{"g": 2831}
2832	2023-05-13	click	{"g": 2832}
2833	2023-05-14	tap	{"g": 2833}
2834	2023-05-15	view	{"g": 2834}
2835	2023-05-16	buy	{"g": 2835}
2836	2023-05-17	click	{"g": 2836}
2837	2023-05-18	tap	{"g": 2837}
2838	2023-05-19	view	{"g": 2838}
2839	2023-05-20	buy	{"g": 2839}
2840	2023-05-21	click	{"g": 2840}
2841	2023-05-22	tap	{"g": 2841}
2842	2023-05-23	view	{"g": 2842}
2843	2023-05-24	buy	{"g": 2843}
2844	2023-05-25	click	{"g": 2844}
2845	2023-05-26	tap	{"g": 2845}
2846	2023-05-27	view	{"g": 2846}
2847	2023-05-28	buy	{"g": 2847}
2848	2023-05-29	click	{"g": 2848}
2849	2023-05-30	tap	{"g": 2849}
2850	2023-05-31	view	{"g": 2850}
2851	2023-06-01	buy	{"g": 2851}
2852	2023-06-02	click	{"g": 2852}
2853	2023-06-03	tap	{"g": 2853}
2854	2023-06-04	view	{"g": 2854}
2855	2023-06-05	buy	{"g": 2855}
2856	2023-06-06	click	{"g": 2856}
2857	2023-06-07	tap	{"g": 2857}
2858	2023-06-08	view	{"g": 2858}
2859	2023-06-09	buy	{"g": 2859}
2860	2023-06-10	click	{"g": 2860}
2861	2023-06-11	tap	{"g": 2861}
2862	2023-06-12	view	{"g": 2862}
2863	2023-06-13	buy	{"g": 2863}
2864	2023-06-14	click	{"g": 2864}
2865	2023-06-15	tap	{"g": 2865}
2866	2023-06-16	view	{"g": 2866}
2867	2023-06-17	buy	{"g": 2867}
2868	2023-06-18	click	{"g": 2868}
2869	2023-06-19	tap	{"g": 2869}
2870	2023-06-20	view	{"g": 2870}
2871	2023-06-21	buy	{"g": 2871}
2872	2023-06-22	click	{"g": 2872}
2873	2023-06-23	tap	{"g": 2873}
2874	2023-06-24	view	{"g": 2874}
2875	2023-06-25	buy	{"g": 2875}
2876	2023-06-26	click	{"g": 2876}
2877	2023-06-27	tap	{"g": 2877}
2878	2023-06-28	view	{"g": 2878}
2879	2023-06-29	buy	{"g": 2879}
2880	2023-06-30	click	{"g": 2880}
2881	2023-07-01	tap	{"g": 2881}
2882	2023-07-02	view	{"g": 2882}
2883	2023-07-03	buy	{"g": 2883}
2884	2023-07-04	click	{"g": 2884}
2885	2023-07-05	tap	{"g": 2885}
2886	2023-07-06	view	{"g": 2886}
2887	2023-07-07	buy	{"g": 2887}
2888	2023-07-08	click	{"g": 2888}
2889	2023-07-09	tap	{"g": 2889}
2890	2023-07-10	view	{"g": 2890}
2891	2023-07-11	buy	{"g": 2891}
2892	2023-07-12	click	{"g": 2892}
2893	2023-07-13	tap	{"g": 2893}
2894	2023-07-14	view	{"g": 2894}
2895	2023-07-15	buy	{"g": 2895}
2896	2023-07-16	click	{"g": 2896}
2897	2023-07-17	tap	{"g": 2897}
2898	2023-07-18	view	{"g": 2898}
2899	2023-07-19	buy	{"g": 2899}
2900	2023-07-20	click	{"g": 2900}
2901	2023-07-21	tap	{"g": 2901}
2902	2023-07-22	view	{"g": 2902}
2903	2023-07-23	buy	{"g": 2903}
2904	2023-07-24	click	{"g": 2904}
2905	2023-07-25	tap	{"g": 2905}
2906	2023-07-26	view	{"g": 2906}
2907	2023-07-27	buy	{"g": 2907}
2908	2023-07-28	click	{"g": 2908}
2909	2023-07-29	tap	{"g": 2909}
2910	2023-07-30	view	{"g": 2910}
2911	2023-07-31	buy	{"g": 2911}
2912	2023-08-01	click	{"g": 2912}
2913	2023-08-02	tap	{"g": 2913}
2914	2023-08-03	view	{"g": 2914}
2915	2023-08-04	buy	{"g": 2915}
2916	2023-08-05	click	{"g": 2916}
2917	2023-08-06	tap	{"g": 2917}
2918	2023-08-07	view	{"g": 2918}
2919	2023-08-08	buy	{"g": 2919}
2920	2023-08-09	click	{"g": 2920}
2921	2023-08-10	tap	{"g": 2921}
2922	2023-08-11	view	{"g": 2922}
2923	2023-08-12	buy	{"g": 2923}
2924	2023-08-13	click	{"g": 2924}
2925	2023-08-14	tap	{"g": 2925}
2926	2023-08-15	view	{"g": 2926}
2927	2023-08-16	buy	{"g": 2927}
2928	2023-08-17	click	{"g": 2928}
2929	2023-08-18	tap	{"g": 2929}
2930	2023-08-19	view	{"g": 2930}
2931	2023-08-20	buy	{"g": 2931}
2932	2023-08-21	click	{"g": 2932}
2933	2023-08-22	tap	{"g": 2933}
2934	2023-08-23	view	{"g": 2934}
2935	2023-08-24	buy	{"g": 2935}
2936	2023-08-25	click	{"g": 2936}
2937	2023-08-26	tap	{"g": 2937}
2938	2023-08-27	view	{"g": 2938}
2939	2023-08-28	buy	{"g": 2939}
2940	2023-08-29	click	{"g": 2940}
2941	2023-08-30	tap	{"g": 2941}
2942	2023-08-31	view	{"g": 2942}
2943	2023-09-01	buy	{"g": 2943}
2944	2023-09-02	click	{"g": 2944}
2945	2023-09-03	tap	{"g": 2945}
2946	2023-09-04	view	{"g": 2946}
2947	2023-09-05	buy	{"g": 2947}
2948	2023-09-06	click	{"g": 2948}
2949	2023-09-07	tap	{"g": 2949}
2950	2023-09-08	view	{"g": 2950}
2951	2023-09-09	buy	{"g": 2951}
2952	2023-09-10	click	{"g": 2952}
2953	2023-09-11	tap	{"g": 2953}
2954	2023-09-12	view	{"g": 2954}
2955	2023-09-13	buy	{"g": 2955}
2956	2023-09-14	click	{"g": 2956}
2957	2023-09-15	tap	{"g": 2957}
2958	2023-09-16	view	{"g": 2958}
2959	2023-09-17	buy	{"g": 2959}
2960	2023-09-18	click	{"g": 2960}
2961	2023-09-19	tap	{"g": 2961}
2962	2023-09-20	view	{"g": 2962}
2963	2023-09-21	buy	{"g": 2963}
2964	2023-09-22	click	{"g": 2964}
2965	2023-09-23	tap	{"g": 2965}
2966	2023-09-24	view	{"g": 2966}
2967	2023-09-25	buy	{"g": 2967}
2968	2023-09-26	click	{"g": 2968}
2969	2023-09-27	tap	{"g": 2969}
2970	2023-09-28	view	{"g": 2970}
2971	2023-09-29	buy	{"g": 2971}
2972	2023-09-30	click	{"g": 2972}
2973	2023-10-01	tap	{"g": 2973}
2974	2023-10-02	view	{"g": 2974}
2975	2023-10-03	buy	{"g": 2975}
2976	2023-10-04	click	{"g": 2976}
2977	2023-10-05	tap	{"g": 2977}
2978	2023-10-06	view	{"g": 2978}
2979	2023-10-07	buy	{"g": 2979}
2980	2023-10-08	click	{"g": 2980}
2981	2023-10-09	tap	{"g": 2981}
2982	2023-10-10	view	{"g": 2982}
2983	2023-10-11	buy	{"g": 2983}
2984	2023-10-12	click	{"g": 2984}
2985	2023-10-13	tap	{"g": 2985}
2986	2023-10-14	view	{"g": 2986}
2987	2023-10-15	buy	{"g": 2987}
2988	2023-10-16	click	{"g": 2988}
2989	2023-10-17	tap	{"g": 2989}
2990	2023-10-18	view	{"g": 2990}
2991	2023-10-19	buy	{"g": 2991}
2992	2023-10-20	click	{"g": 2992}
2993	2023-10-21	tap	{"g": 2993}
2994	2023-10-22	view	{"g": 2994}
2995	2023-10-23	buy	{"g": 2995}
2996	2023-10-24	click	{"g": 2996}
2997	2023-10-25	tap	{"g": 2997}
2998	2023-10-26	view	{"g": 2998}
2999	2023-10-27	buy	{"g": 2999}
3000	2023-10-28	click	{"g": 3000}
\.


--
-- Data for Name: events_2024_click; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.events_2024_click (id, happened, kind, payload) FROM stdin;
365	2024-01-01	tap	{"g": 365}
368	2024-01-04	click	{"g": 368}
369	2024-01-05	tap	{"g": 369}
372	2024-01-08	click	{"g": 372}
373	2024-01-09	tap	{"g": 373}
376	2024-01-12	click	{"g": 376}
377	2024-01-13	tap	{"g": 377}
380	2024-01-16	click	{"g": 380}
381	2024-01-17	tap	{"g": 381}
384	2024-01-20	click	{"g": 384}
385	2024-01-21	tap	{"g": 385}
388	2024-01-24	click	{"g": 388}
389	2024-01-25	tap	{"g": 389}
392	2024-01-28	click	{"g": 392}
393	2024-01-29	tap	{"g": 393}
396	2024-02-01	click	{"g": 396}
397	2024-02-02	tap	{"g": 397}
400	2024-02-05	click	{"g": 400}
401	2024-02-06	tap	{"g": 401}
404	2024-02-09	click	{"g": 404}
405	2024-02-10	tap	{"g": 405}
408	2024-02-13	click	{"g": 408}
409	2024-02-14	tap	{"g": 409}
412	2024-02-17	click	{"g": 412}
413	2024-02-18	tap	{"g": 413}
416	2024-02-21	click	{"g": 416}
417	2024-02-22	tap	{"g": 417}
420	2024-02-25	click	{"g": 420}
421	2024-02-26	tap	{"g": 421}
424	2024-02-29	click	{"g": 424}
425	2024-03-01	tap	{"g": 425}
428	2024-03-04	click	{"g": 428}
429	2024-03-05	tap	{"g": 429}
432	2024-03-08	click	{"g": 432}
433	2024-03-09	tap	{"g": 433}
436	2024-03-12	click	{"g": 436}
437	2024-03-13	tap	{"g": 437}
440	2024-03-16	click	{"g": 440}
441	2024-03-17	tap	{"g": 441}
444	2024-03-20	click	{"g": 444}
445	2024-03-21	tap	{"g": 445}
448	2024-03-24	click	{"g": 448}
449	2024-03-25	tap	{"g": 449}
452	2024-03-28	click	{"g": 452}
453	2024-03-29	tap	{"g": 453}
456	2024-04-01	click	{"g": 456}
457	2024-04-02	tap	{"g": 457}
460	2024-04-05	click	{"g": 460}
461	2024-04-06	tap	{"g": 461}
464	2024-04-09	click	{"g": 464}
465	2024-04-10	tap	{"g": 465}
468	2024-04-13	click	{"g": 468}
469	2024-04-14	tap	{"g": 469}
472	2024-04-17	click	{"g": 472}
473	2024-04-18	tap	{"g": 473}
476	2024-04-21	click	{"g": 476}
477	2024-04-22	tap	{"g": 477}
480	2024-04-25	click	{"g": 480}
481	2024-04-26	tap	{"g": 481}
484	2024-04-29	click	{"g": 484}
485	2024-04-30	tap	{"g": 485}
488	2024-05-03	click	{"g": 488}
489	2024-05-04	tap	{"g": 489}
492	2024-05-07	click	{"g": 492}
493	2024-05-08	tap	{"g": 493}
496	2024-05-11	click	{"g": 496}
497	2024-05-12	tap	{"g": 497}
500	2024-05-15	click	{"g": 500}
501	2024-05-16	tap	{"g": 501}
504	2024-05-19	click	{"g": 504}
505	2024-05-20	tap	{"g": 505}
508	2024-05-23	click	{"g": 508}
509	2024-05-24	tap	{"g": 509}
512	2024-05-27	click	{"g": 512}
513	2024-05-28	tap	{"g": 513}
516	2024-05-31	click	{"g": 516}
517	2024-06-01	tap	{"g": 517}
520	2024-06-04	click	{"g": 520}
521	2024-06-05	tap	{"g": 521}
524	2024-06-08	click	{"g": 524}
525	2024-06-09	tap	{"g": 525}
528	2024-06-12	click	{"g": 528}
529	2024-06-13	tap	{"g": 529}
532	2024-06-16	click	{"g": 532}
533	2024-06-17	tap	{"g": 533}
536	2024-06-20	click	{"g": 536}
537	2024-06-21	tap	{"g": 537}
540	2024-06-24	click	{"g": 540}
541	2024-06-25	tap	{"g": 541}
544	2024-06-28	click	{"g": 544}
545	2024-06-29	tap	{"g": 545}
548	2024-07-02	click	{"g": 548}
549	2024-07-03	tap	{"g": 549}
552	2024-07-06	click	{"g": 552}
553	2024-07-07	tap	{"g": 553}
556	2024-07-10	click	{"g": 556}
557	2024-07-11	tap	{"g": 557}
560	2024-07-14	click	{"g": 560}
561	2024-07-15	tap	{"g": 561}
564	2024-07-18	click	{"g": 564}
565	2024-07-19	tap	{"g": 565}
568	2024-07-22	click	{"g": 568}
569	2024-07-23	tap	{"g": 569}
572	2024-07-26	click	{"g": 572}
573	2024-07-27	tap	{"g": 573}
576	2024-07-30	click	{"g": 576}
577	2024-07-31	tap	{"g": 577}
580	2024-08-03	click	{"g": 580}
581	2024-08-04	tap	{"g": 581}
584	2024-08-07	click	{"g": 584}
585	2024-08-08	tap	{"g": 585}
588	2024-08-11	click	{"g": 588}
589	2024-08-12	tap	{"g": 589}
592	2024-08-15	click	{"g": 592}
593	2024-08-16	tap	{"g": 593}
596	2024-08-19	click	{"g": 596}
597	2024-08-20	tap	{"g": 597}
600	2024-08-23	click	{"g": 600}
601	2024-08-24	tap	{"g": 601}
604	2024-08-27	click	{"g": 604}
605	2024-08-28	tap	{"g": 605}
608	2024-08-31	click	{"g": 608}
609	2024-09-01	tap	{"g": 609}
612	2024-09-04	click	{"g": 612}
613	2024-09-05	tap	{"g": 613}
616	2024-09-08	click	{"g": 616}
617	2024-09-09	tap	{"g": 617}
620	2024-09-12	click	{"g": 620}
621	2024-09-13	tap	{"g": 621}
624	2024-09-16	click	{"g": 624}
625	2024-09-17	tap	{"g": 625}
628	2024-09-20	click	{"g": 628}
629	2024-09-21	tap	{"g": 629}
632	2024-09-24	click	{"g": 632}
633	2024-09-25	tap	{"g": 633}
636	2024-09-28	click	{"g": 636}
637	2024-09-29	tap	{"g": 637}
640	2024-10-02	click	{"g": 640}
641	2024-10-03	tap	{"g": 641}
644	2024-10-06	click	{"g": 644}
645	2024-10-07	tap	{"g": 645}
648	2024-10-10	click	{"g": 648}
649	2024-10-11	tap	{"g": 649}
652	2024-10-14	click	{"g": 652}
653	2024-10-15	tap	{"g": 653}
656	2024-10-18	click	{"g": 656}
657	2024-10-19	tap	{"g": 657}
660	2024-10-22	click	{"g": 660}
661	2024-10-23	tap	{"g": 661}
664	2024-10-26	click	{"g": 664}
665	2024-10-27	tap	{"g": 665}
668	2024-10-30	click	{"g": 668}
669	2024-10-31	tap	{"g": 669}
672	2024-11-03	click	{"g": 672}
673	2024-11-04	tap	{"g": 673}
676	2024-11-07	click	{"g": 676}
677	2024-11-08	tap	{"g": 677}
680	2024-11-11	click	{"g": 680}
681	2024-11-12	tap	{"g": 681}
684	2024-11-15	click	{"g": 684}
685	2024-11-16	tap	{"g": 685}
688	2024-11-19	click	{"g": 688}
689	2024-11-20	tap	{"g": 689}
692	2024-11-23	click	{"g": 692}
693	2024-11-24	tap	{"g": 693}
696	2024-11-27	click	{"g": 696}
697	2024-11-28	tap	{"g": 697}
700	2024-12-01	click	{"g": 700}
701	2024-12-02	tap	{"g": 701}
704	2024-12-05	click	{"g": 704}
705	2024-12-06	tap	{"g": 705}
708	2024-12-09	click	{"g": 708}
709	2024-12-10	tap	{"g": 709}
712	2024-12-13	click	{"g": 712}
713	2024-12-14	tap	{"g": 713}
716	2024-12-17	click	{"g": 716}
717	2024-12-18	tap	{"g": 717}
720	2024-12-21	click	{"g": 720}
721	2024-12-22	tap	{"g": 721}
724	2024-12-25	click	{"g": 724}
725	2024-12-26	tap	{"g": 725}
728	2024-12-29	click	{"g": 728}
729	2024-12-30	tap	{"g": 729}
1265	2024-01-01	tap	{"g": 1265}
1268	2024-01-04	click	{"g": 1268}
1269	2024-01-05	tap	{"g": 1269}
1272	2024-01-08	click	{"g": 1272}
1273	2024-01-09	tap	{"g": 1273}
1276	2024-01-12	click	{"g": 1276}
1277	2024-01-13	tap	{"g": 1277}
1280	2024-01-16	click	{"g": 1280}
1281	2024-01-17	tap	{"g": 1281}
1284	2024-01-20	click	{"g": 1284}
1285	2024-01-21	tap	{"g": 1285}
1288	2024-01-24	click	{"g": 1288}
1289	2024-01-25	tap	{"g": 1289}
1292	2024-01-28	click	{"g": 1292}
1293	2024-01-29	tap	{"g": 1293}
1296	2024-02-01	click	{"g": 1296}
1297	2024-02-02	tap	{"g": 1297}
1300	2024-02-05	click	{"g": 1300}
1301	2024-02-06	tap	{"g": 1301}
1304	2024-02-09	click	{"g": 1304}
1305	2024-02-10	tap	{"g": 1305}
1308	2024-02-13	click	{"g": 1308}
1309	2024-02-14	tap	{"g": 1309}
1312	2024-02-17	click	{"g": 1312}
1313	2024-02-18	tap	{"g": 1313}
1316	2024-02-21	click	{"g": 1316}
1317	2024-02-22	tap	{"g": 1317}
1320	2024-02-25	click	{"g": 1320}
1321	2024-02-26	tap	{"g": 1321}
1324	2024-02-29	click	{"g": 1324}
1325	2024-03-01	tap	{"g": 1325}
1328	2024-03-04	click	{"g": 1328}
1329	2024-03-05	tap	{"g": 1329}
1332	2024-03-08	click	{"g": 1332}
1333	2024-03-09	tap	{"g": 1333}
1336	2024-03-12	click	{"g": 1336}
1337	2024-03-13	tap	{"g": 1337}
1340	2024-03-16	click	{"g": 1340}
1341	2024-03-17	tap	{"g": 1341}
1344	2024-03-20	click	{"g": 1344}
1345	2024-03-21	tap	{"g": 1345}
1348	2024-03-24	click	{"g": 1348}
1349	2024-03-25	tap	{"g": 1349}
1352	2024-03-28	click	{"g": 1352}
1353	2024-03-29	tap	{"g": 1353}
1356	2024-04-01	click	{"g": 1356}
1357	2024-04-02	tap	{"g": 1357}
1360	2024-04-05	click	{"g": 1360}
1361	2024-04-06	tap	{"g": 1361}
1364	2024-04-09	click	{"g": 1364}
1365	2024-04-10	tap	{"g": 1365}
1368	2024-04-13	click	{"g": 1368}
1369	2024-04-14	tap	{"g": 1369}
1372	2024-04-17	click	{"g": 1372}
1373	2024-04-18	tap	{"g": 1373}
1376	2024-04-21	click	{"g": 1376}
1377	2024-04-22	tap	{"g": 1377}
1380	2024-04-25	click	{"g": 1380}
1381	2024-04-26	tap	{"g": 1381}
1384	2024-04-29	click	{"g": 1384}
1385	2024-04-30	tap	{"g": 1385}
1388	2024-05-03	click	{"g": 1388}
1389	2024-05-04	tap	{"g": 1389}
1392	2024-05-07	click	{"g": 1392}
1393	2024-05-08	tap	{"g": 1393}
1396	2024-05-11	click	{"g": 1396}
1397	2024-05-12	tap	{"g": 1397}
1400	2024-05-15	click	{"g": 1400}
1401	2024-05-16	tap	{"g": 1401}
1404	2024-05-19	click	{"g": 1404}
1405	2024-05-20	tap	{"g": 1405}
1408	2024-05-23	click	{"g": 1408}
1409	2024-05-24	tap	{"g": 1409}
1412	2024-05-27	click	{"g": 1412}
1413	2024-05-28	tap	{"g": 1413}
1416	2024-05-31	click	{"g": 1416}
1417	2024-06-01	tap	{"g": 1417}
1420	2024-06-04	click	{"g": 1420}
1421	2024-06-05	tap	{"g": 1421}
1424	2024-06-08	click	{"g": 1424}
1425	2024-06-09	tap	{"g": 1425}
1428	2024-06-12	click	{"g": 1428}
1429	2024-06-13	tap	{"g": 1429}
1432	2024-06-16	click	{"g": 1432}
1433	2024-06-17	tap	{"g": 1433}
1436	2024-06-20	click	{"g": 1436}
1437	2024-06-21	tap	{"g": 1437}
1440	2024-06-24	click	{"g": 1440}
1441	2024-06-25	tap	{"g": 1441}
1444	2024-06-28	click	{"g": 1444}
1445	2024-06-29	tap	{"g": 1445}
1448	2024-07-02	click	{"g": 1448}
1449	2024-07-03	tap	{"g": 1449}
1452	2024-07-06	click	{"g": 1452}
1453	2024-07-07	tap	{"g": 1453}
1456	2024-07-10	click	{"g": 1456}
1457	2024-07-11	tap	{"g": 1457}
1460	2024-07-14	click	{"g": 1460}
1461	2024-07-15	tap	{"g": 1461}
1464	2024-07-18	click	{"g": 1464}
1465	2024-07-19	tap	{"g": 1465}
1468	2024-07-22	click	{"g": 1468}
1469	2024-07-23	tap	{"g": 1469}
1472	2024-07-26	click	{"g": 1472}
1473	2024-07-27	tap	{"g": 1473}
1476	2024-07-30	click	{"g": 1476}
1477	2024-07-31	tap	{"g": 1477}
1480	2024-08-03	click	{"g": 1480}
1481	2024-08-04	tap	{"g": 1481}
1484	2024-08-07	click	{"g": 1484}
1485	2024-08-08	tap	{"g": 1485}
1488	2024-08-11	click	{"g": 1488}
1489	2024-08-12	tap	{"g": 1489}
1492	2024-08-15	click	{"g": 1492}
1493	2024-08-16	tap	{"g": 1493}
1496	2024-08-19	click	{"g": 1496}
1497	2024-08-20	tap	{"g": 1497}
1500	2024-08-23	click	{"g": 1500}
1501	2024-08-24	tap	{"g": 1501}
1504	2024-08-27	click	{"g": 1504}
1505	2024-08-28	tap	{"g": 1505}
1508	2024-08-31	click	{"g": 1508}
1509	2024-09-01	tap	{"g": 1509}
1512	2024-09-04	click	{"g": 1512}
1513	2024-09-05	tap	{"g": 1513}
1516	2024-09-08	click	{"g": 1516}
1517	2024-09-09	tap	{"g": 1517}
1520	2024-09-12	click	{"g": 1520}
1521	2024-09-13	tap	{"g": 1521}
1524	2024-09-16	click	{"g": 1524}
1525	2024-09-17	tap	{"g": 1525}
1528	2024-09-20	click	{"g": 1528}
1529	2024-09-21	tap	{"g": 1529}
1532	2024-09-24	click	{"g": 1532}
1533	2024-09-25	tap	{"g": 1533}
1536	2024-09-28	click	{"g": 1536}
1537	2024-09-29	tap	{"g": 1537}
1540	2024-10-02	click	{"g": 1540}
1541	2024-10-03	tap	{"g": 1541}
1544	2024-10-06	click	{"g": 1544}
1545	2024-10-07	tap	{"g": 1545}
1548	2024-10-10	click	{"g": 1548}
1549	2024-10-11	tap	{"g": 1549}
1552	2024-10-14	click	{"g": 1552}
1553	2024-10-15	tap	{"g": 1553}
1556	2024-10-18	click	{"g": 1556}
1557	2024-10-19	tap	{"g": 1557}
1560	2024-10-22	click	{"g": 1560}
1561	2024-10-23	tap	{"g": 1561}
1564	2024-10-26	click	{"g": 1564}
1565	2024-10-27	tap	{"g": 1565}
1568	2024-10-30	click	{"g": 1568}
1569	2024-10-31	tap	{"g": 1569}
1572	2024-11-03	click	{"g": 1572}
1573	2024-11-04	tap	{"g": 1573}
1576	2024-11-07	click	{"g": 1576}
1577	2024-11-08	tap	{"g": 1577}
1580	2024-11-11	click	{"g": 1580}
1581	2024-11-12	tap	{"g": 1581}
1584	2024-11-15	click	{"g": 1584}
1585	2024-11-16	tap	{"g": 1585}
1588	2024-11-19	click	{"g": 1588}
1589	2024-11-20	tap	{"g": 1589}
1592	2024-11-23	click	{"g": 1592}
1593	2024-11-24	tap	{"g": 1593}
1596	2024-11-27	click	{"g": 1596}
1597	2024-11-28	tap	{"g": 1597}
1600	2024-12-01	click	{"g": 1600}
1601	2024-12-02	tap	{"g": 1601}
1604	2024-12-05	click	{"g": 1604}
1605	2024-12-06	tap	{"g": 1605}
1608	2024-12-09	click	{"g": 1608}
1609	2024-12-10	tap	{"g": 1609}
1612	2024-12-13	click	{"g": 1612}
1613	2024-12-14	tap	{"g": 1613}
1616	2024-12-17	click	{"g": 1616}
1617	2024-12-18	tap	{"g": 1617}
1620	2024-12-21	click	{"g": 1620}
1621	2024-12-22	tap	{"g": 1621}
1624	2024-12-25	click	{"g": 1624}
1625	2024-12-26	tap	{"g": 1625}
1628	2024-12-29	click	{"g": 1628}
1629	2024-12-30	tap	{"g": 1629}
2165	2024-01-01	tap	{"g": 2165}
2168	2024-01-04	click	{"g": 2168}
2169	2024-01-05	tap	{"g": 2169}
2172	2024-01-08	click	{"g": 2172}
2173	2024-01-09	tap	{"g": 2173}
2176	2024-01-12	click	{"g": 2176}
2177	2024-01-13	tap	{"g": 2177}
2180	2024-01-16	click	{"g": 2180}
2181	2024-01-17	tap	{"g": 2181}
2184	2024-01-20	click	{"g": 2184}
2185	2024-01-21	tap	{"g": 2185}
2188	2024-01-24	click	{"g": 2188}
2189	2024-01-25	tap	{"g": 2189}
2192	2024-01-28	click	{"g": 2192}
2193	2024-01-29	tap	{"g": 2193}
2196	2024-02-01	click	{"g": 2196}
2197	2024-02-02	tap	{"g": 2197}
2200	2024-02-05	click	{"g": 2200}
2201	2024-02-06	tap	{"g": 2201}
2204	2024-02-09	click	{"g": 2204}
2205	2024-02-10	tap	{"g": 2205}
2208	2024-02-13	click	{"g": 2208}
2209	2024-02-14	tap	{"g": 2209}
2212	2024-02-17	click	{"g": 2212}
2213	2024-02-18	tap	{"g": 2213}
2216	2024-02-21	click	{"g": 2216}
2217	2024-02-22	tap	{"g": 2217}
2220	2024-02-25	click	{"g": 2220}
2221	2024-02-26	tap	{"g": 2221}
2224	2024-02-29	click	{"g": 2224}
2225	2024-03-01	tap	{"g": 2225}
2228	2024-03-04	click	{"g": 2228}
2229	2024-03-05	tap	{"g": 2229}
2232	2024-03-08	click	{"g": 2232}
2233	2024-03-09	tap	{"g": 2233}
2236	2024-03-12	click	{"g": 2236}
2237	2024-03-13	tap	{"g": 2237}
2240	2024-03-16	click	{"g": 2240}
2241	2024-03-17	tap	{"g": 2241}
2244	2024-03-20	click	{"g": 2244}
2245	2024-03-21	tap	{"g": 2245}
2248	2024-03-24	click	{"g": 2248}
2249	2024-03-25	tap	{"g": 2249}
2252	2024-03-28	click	{"g": 2252}
2253	2024-03-29	tap	{"g": 2253}
2256	2024-04-01	click	{"g": 2256}
2257	2024-04-02	tap	{"g": 2257}
2260	2024-04-05	click	{"g": 2260}
2261	2024-04-06	tap	{"g": 2261}
2264	2024-04-09	click	{"g": 2264}
2265	2024-04-10	tap	{"g": 2265}
2268	2024-04-13	click	{"g": 2268}
2269	2024-04-14	tap	{"g": 2269}
2272	2024-04-17	click	{"g": 2272}
2273	2024-04-18	tap	{"g": 2273}
2276	2024-04-21	click	{"g": 2276}
2277	2024-04-22	tap	{"g": 2277}
2280	2024-04-25	click	{"g": 2280}
2281	2024-04-26	tap	{"g": 2281}
2284	2024-04-29	click	{"g": 2284}
2285	2024-04-30	tap	{"g": 2285}
2288	2024-05-03	click	{"g": 2288}
2289	2024-05-04	tap	{"g": 2289}
2292	2024-05-07	click	{"g": 2292}
2293	2024-05-08	tap	{"g": 2293}
2296	2024-05-11	click	{"g": 2296}
2297	2024-05-12	tap	{"g": 2297}
2300	2024-05-15	click	{"g": 2300}
2301	2024-05-16	tap	{"g": 2301}
2304	2024-05-19	click	{"g": 2304}
2305	2024-05-20	tap	{"g": 2305}
2308	2024-05-23	click	{"g": 2308}
2309	2024-05-24	tap	{"g": 2309}
2312	2024-05-27	click	{"g": 2312}
2313	2024-05-28	tap	{"g": 2313}
2316	2024-05-31	click	{"g": 2316}
2317	2024-06-01	tap	{"g": 2317}
2320	2024-06-04	click	{"g": 2320}
2321	2024-06-05	tap	{"g": 2321}
2324	2024-06-08	click	{"g": 2324}
2325	2024-06-09	tap	{"g": 2325}
2328	2024-06-12	click	{"g": 2328}
2329	2024-06-13	tap	{"g": 2329}
2332	2024-06-16	click	{"g": 2332}
2333	2024-06-17	tap	{"g": 2333}
2336	2024-06-20	click	{"g": 2336}
2337	2024-06-21	tap	{"g": 2337}
2340	2024-06-24	click	{"g": 2340}
2341	2024-06-25	tap	{"g": 2341}
2344	2024-06-28	click	{"g": 2344}
2345	2024-06-29	tap	{"g": 2345}
2348	2024-07-02	click	{"g": 2348}
2349	2024-07-03	tap	{"g": 2349}
2352	2024-07-06	click	{"g": 2352}
2353	2024-07-07	tap	{"g": 2353}
2356	2024-07-10	click	{"g": 2356}
2357	2024-07-11	tap	{"g": 2357}
2360	2024-07-14	click	{"g": 2360}
2361	2024-07-15	tap	{"g": 2361}
2364	2024-07-18	click	{"g": 2364}
2365	2024-07-19	tap	{"g": 2365}
2368	2024-07-22	click	{"g": 2368}
2369	2024-07-23	tap	{"g": 2369}
2372	2024-07-26	click	{"g": 2372}
2373	2024-07-27	tap	{"g": 2373}
2376	2024-07-30	click	{"g": 2376}
2377	2024-07-31	tap	{"g": 2377}
2380	2024-08-03	click	{"g": 2380}
2381	2024-08-04	tap	{"g": 2381}
2384	2024-08-07	click	{"g": 2384}
2385	2024-08-08	tap	{"g": 2385}
2388	2024-08-11	click	{"g": 2388}
2389	2024-08-12	tap	{"g": 2389}
2392	2024-08-15	click	{"g": 2392}
2393	2024-08-16	tap	{"g": 2393}
2396	2024-08-19	click	{"g": 2396}
2397	2024-08-20	tap	{"g": 2397}
2400	2024-08-23	click	{"g": 2400}
2401	2024-08-24	tap	{"g": 2401}
2404	2024-08-27	click	{"g": 2404}
2405	2024-08-28	tap	{"g": 2405}
2408	2024-08-31	click	{"g": 2408}
2409	2024-09-01	tap	{"g": 2409}
2412	2024-09-04	click	{"g": 2412}
2413	2024-09-05	tap	{"g": 2413}
2416	2024-09-08	click	{"g": 2416}
2417	2024-09-09	tap	{"g": 2417}
2420	2024-09-12	click	{"g": 2420}
2421	2024-09-13	tap	{"g": 2421}
2424	2024-09-16	click	{"g": 2424}
2425	2024-09-17	tap	{"g": 2425}
2428	2024-09-20	click	{"g": 2428}
2429	2024-09-21	tap	{"g": 2429}
2432	2024-09-24	click	{"g": 2432}
2433	2024-09-25	tap	{"g": 2433}
2436	2024-09-28	click	{"g": 2436}
2437	2024-09-29	tap	{"g": 2437}
2440	2024-10-02	click	{"g": 2440}
2441	2024-10-03	tap	{"g": 2441}
2444	2024-10-06	click	{"g": 2444}
2445	2024-10-07	tap	{"g": 2445}
2448	2024-10-10	click	{"g": 2448}
2449	2024-10-11	tap	{"g": 2449}
2452	2024-10-14	click	{"g": 2452}
2453	2024-10-15	tap	{"g": 2453}
2456	2024-10-18	click	{"g": 2456}
2457	2024-10-19	tap	{"g": 2457}
2460	2024-10-22	click	{"g": 2460}
2461	2024-10-23	tap	{"g": 2461}
2464	2024-10-26	click	{"g": 2464}
2465	2024-10-27	tap	{"g": 2465}
2468	2024-10-30	click	{"g": 2468}
2469	2024-10-31	tap	{"g": 2469}
2472	2024-11-03	click	{"g": 2472}
2473	2024-11-04	tap	{"g": 2473}
2476	2024-11-07	click	{"g": 2476}
2477	2024-11-08	tap	{"g": 2477}
2480	2024-11-11	click	{"g": 2480}
2481	2024-11-12	tap	{"g": 2481}
2484	2024-11-15	click	{"g": 2484}
2485	2024-11-16	tap	{"g": 2485}
2488	2024-11-19	click	{"g": 2488}
2489	2024-11-20	tap	{"g": 2489}
2492	2024-11-23	click	{"g": 2492}
2493	2024-11-24	tap	{"g": 2493}
2496	2024-11-27	click	{"g": 2496}
2497	2024-11-28	tap	{"g": 2497}
2500	2024-12-01	click	{"g": 2500}
2501	2024-12-02	tap	{"g": 2501}
2504	2024-12-05	click	{"g": 2504}
2505	2024-12-06	tap	{"g": 2505}
2508	2024-12-09	click	{"g": 2508}
2509	2024-12-10	tap	{"g": 2509}
2512	2024-12-13	click	{"g": 2512}
2513	2024-12-14	tap	{"g": 2513}
2516	2024-12-17	click	{"g": 2516}
2517	2024-12-18	tap	{"g": 2517}
2520	2024-12-21	click	{"g": 2520}
2521	2024-12-22	tap	{"g": 2521}
2524	2024-12-25	click	{"g": 2524}
2525	2024-12-26	tap	{"g": 2525}
2528	2024-12-29	click	{"g": 2528}
2529	2024-12-30	tap	{"g": 2529}
\.


--
-- Data for Name: events_2024_other; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.events_2024_other (id, happened, kind, payload) FROM stdin;
366	2024-01-02	view	{"g": 366}
367	2024-01-03	buy	{"g": 367}
370	2024-01-06	view	{"g": 370}
371	2024-01-07	buy	{"g": 371}
374	2024-01-10	view	{"g": 374}
375	2024-01-11	buy	{"g": 375}
378	2024-01-14	view	{"g": 378}
379	2024-01-15	buy	{"g": 379}
382	2024-01-18	view	{"g": 382}
383	2024-01-19	buy	{"g": 383}
386	2024-01-22	view	{"g": 386}
387	2024-01-23	buy	{"g": 387}
390	2024-01-26	view	{"g": 390}
391	2024-01-27	buy	{"g": 391}
394	2024-01-30	view	{"g": 394}
395	2024-01-31	buy	{"g": 395}
398	2024-02-03	view	{"g": 398}
399	2024-02-04	buy	{"g": 399}
402	2024-02-07	view	{"g": 402}
403	2024-02-08	buy	{"g": 403}
406	2024-02-11	view	{"g": 406}
407	2024-02-12	buy	{"g": 407}
410	2024-02-15	view	{"g": 410}
411	2024-02-16	buy	{"g": 411}
414	2024-02-19	view	{"g": 414}
415	2024-02-20	buy	{"g": 415}
418	2024-02-23	view	{"g": 418}
419	2024-02-24	buy	{"g": 419}
422	2024-02-27	view	{"g": 422}
423	2024-02-28	buy	{"g": 423}
426	2024-03-02	view	{"g": 426}
427	2024-03-03	buy	{"g": 427}
430	2024-03-06	view	{"g": 430}
431	2024-03-07	buy	{"g": 431}
434	2024-03-10	view	{"g": 434}
435	2024-03-11	buy	{"g": 435}
438	2024-03-14	view	{"g": 438}
439	2024-03-15	buy	{"g": 439}
442	2024-03-18	view	{"g": 442}
443	2024-03-19	buy	{"g": 443}
446	2024-03-22	view	{"g": 446}
447	2024-03-23	buy	{"g": 447}
450	2024-03-26	view	{"g": 450}
451	2024-03-27	buy	{"g": 451}
454	2024-03-30	view	{"g": 454}
455	2024-03-31	buy	{"g": 455}
458	2024-04-03	view	{"g": 458}
459	2024-04-04	buy	{"g": 459}
462	2024-04-07	view	{"g": 462}
463	2024-04-08	buy	{"g": 463}
466	2024-04-11	view	{"g": 466}
467	2024-04-12	buy	{"g": 467}
470	2024-04-15	view	{"g": 470}
471	2024-04-16	buy	{"g": 471}
474	2024-04-19	view	{"g": 474}
475	2024-04-20	buy	{"g": 475}
478	2024-04-23	view	{"g": 478}
479	2024-04-24	buy	{"g": 479}
482	2024-04-27	view	{"g": 482}
483	2024-04-28	buy	{"g": 483}
486	2024-05-01	view	{"g": 486}
487	2024-05-02	buy	{"g": 487}
490	2024-05-05	view	{"g": 490}
491	2024-05-06	buy	{"g": 491}
494	2024-05-09	view	{"g": 494}
495	2024-05-10	buy	{"g": 495}
498	2024-05-13	view	{"g": 498}
499	2024-05-14	buy	{"g": 499}
502	2024-05-17	view	{"g": 502}
503	2024-05-18	buy	{"g": 503}
506	2024-05-21	view	{"g": 506}
507	2024-05-22	buy	{"g": 507}
510	2024-05-25	view	{"g": 510}
511	2024-05-26	buy	{"g": 511}
514	2024-05-29	view	{"g": 514}
515	2024-05-30	buy	{"g": 515}
518	2024-06-02	view	{"g": 518}
519	2024-06-03	buy	{"g": 519}
522	2024-06-06	view	{"g": 522}
523	2024-06-07	buy	{"g": 523}
526	2024-06-10	view	{"g": 526}
527	2024-06-11	buy	{"g": 527}
530	2024-06-14	view	{"g": 530}
531	2024-06-15	buy	{"g": 531}
534	2024-06-18	view	{"g": 534}
535	2024-06-19	buy	{"g": 535}
538	2024-06-22	view	{"g": 538}
539	2024-06-23	buy	{"g": 539}
542	2024-06-26	view	{"g": 542}
543	2024-06-27	buy	{"g": 543}
546	2024-06-30	view	{"g": 546}
547	2024-07-01	buy	{"g": 547}
550	2024-07-04	view	{"g": 550}
551	2024-07-05	buy	{"g": 551}
554	2024-07-08	view	{"g": 554}
555	2024-07-09	buy	{"g": 555}
558	2024-07-12	view	{"g": 558}
559	2024-07-13	buy	{"g": 559}
562	2024-07-16	view	{"g": 562}
563	2024-07-17	buy	{"g": 563}
566	2024-07-20	view	{"g": 566}
567	2024-07-21	buy	{"g": 567}
570	2024-07-24	view	{"g": 570}
571	2024-07-25	buy	{"g": 571}
574	2024-07-28	view	{"g": 574}
575	2024-07-29	buy	{"g": 575}
578	2024-08-01	view	{"g": 578}
579	2024-08-02	buy	{"g": 579}
582	2024-08-05	view	{"g": 582}
583	2024-08-06	buy	{"g": 583}
586	2024-08-09	view	{"g": 586}
587	2024-08-10	buy	{"g": 587}
590	2024-08-13	view	{"g": 590}
591	2024-08-14	buy	{"g": 591}
594	2024-08-17	view	{"g": 594}
595	2024-08-18	buy	{"g": 595}
598	2024-08-21	view	{"g": 598}
599	2024-08-22	buy	{"g": 599}
602	2024-08-25	view	{"g": 602}
603	2024-08-26	buy	{"g": 603}
606	2024-08-29	view	{"g": 606}
607	2024-08-30	buy	{"g": 607}
610	2024-09-02	view	{"g": 610}
611	2024-09-03	buy	{"g": 611}
614	2024-09-06	view	{"g": 614}
615	2024-09-07	buy	{"g": 615}
618	2024-09-10	view	{"g": 618}
619	2024-09-11	buy	{"g": 619}
622	2024-09-14	view	{"g": 622}
623	2024-09-15	buy	{"g": 623}
626	2024-09-18	view	{"g": 626}
627	2024-09-19	buy	{"g": 627}
630	2024-09-22	view	{"g": 630}
631	2024-09-23	buy	{"g": 631}
634	2024-09-26	view	{"g": 634}
635	2024-09-27	buy	{"g": 635}
638	2024-09-30	view	{"g": 638}
639	2024-10-01	buy	{"g": 639}
642	2024-10-04	view	{"g": 642}
643	2024-10-05	buy	{"g": 643}
646	2024-10-08	view	{"g": 646}
647	2024-10-09	buy	{"g": 647}
650	2024-10-12	view	{"g": 650}
651	2024-10-13	buy	{"g": 651}
654	2024-10-16	view	{"g": 654}
655	2024-10-17	buy	{"g": 655}
658	2024-10-20	view	{"g": 658}
659	2024-10-21	buy	{"g": 659}
662	2024-10-24	view	{"g": 662}
663	2024-10-25	buy	{"g": 663}
666	2024-10-28	view	{"g": 666}
667	2024-10-29	buy	{"g": 667}
670	2024-11-01	view	{"g": 670}
671	2024-11-02	buy	{"g": 671}
674	2024-11-05	view	{"g": 674}
675	2024-11-06	buy	{"g": 675}
678	2024-11-09	view	{"g": 678}
679	2024-11-10	buy	{"g": 679}
682	2024-11-13	view	{"g": 682}
683	2024-11-14	buy	{"g": 683}
686	2024-11-17	view	{"g": 686}
687	2024-11-18	buy	{"g": 687}
690	2024-11-21	view	{"g": 690}
691	2024-11-22	buy	{"g": 691}
694	2024-11-25	view	{"g": 694}
695	2024-11-26	buy	{"g": 695}
698	2024-11-29	view	{"g": 698}
699	2024-11-30	buy	{"g": 699}
702	2024-12-03	view	{"g": 702}
703	2024-12-04	buy	{"g": 703}
706	2024-12-07	view	{"g": 706}
707	2024-12-08	buy	{"g": 707}
710	2024-12-11	view	{"g": 710}
711	2024-12-12	buy	{"g": 711}
714	2024-12-15	view	{"g": 714}
715	2024-12-16	buy	{"g": 715}
718	2024-12-19	view	{"g": 718}
719	2024-12-20	buy	{"g": 719}
722	2024-12-23	view	{"g": 722}
723	2024-12-24	buy	{"g": 723}
726	2024-12-27	view	{"g": 726}
727	2024-12-28	buy	{"g": 727}
730	2024-12-31	view	{"g": 730}
1266	2024-01-02	view	{"g": 1266}
1267	2024-01-03	buy	{"g": 1267}
1270	2024-01-06	view	{"g": 1270}
1271	2024-01-07	buy	{"g": 1271}
1274	2024-01-10	view	{"g": 1274}
1275	2024-01-11	buy	{"g": 1275}
1278	2024-01-14	view	{"g": 1278}
1279	2024-01-15	buy	{"g": 1279}
1282	2024-01-18	view	{"g": 1282}
1283	2024-01-19	buy	{"g": 1283}
1286	2024-01-22	view	{"g": 1286}
1287	2024-01-23	buy	{"g": 1287}
1290	2024-01-26	view	{"g": 1290}
1291	2024-01-27	buy	{"g": 1291}
1294	2024-01-30	view	{"g": 1294}
1295	2024-01-31	buy	{"g": 1295}
1298	2024-02-03	view	{"g": 1298}
1299	2024-02-04	buy	{"g": 1299}
1302	2024-02-07	view	{"g": 1302}
1303	2024-02-08	buy	{"g": 1303}
1306	2024-02-11	view	{"g": 1306}
1307	2024-02-12	buy	{"g": 1307}
1310	2024-02-15	view	{"g": 1310}
1311	2024-02-16	buy	{"g": 1311}
1314	2024-02-19	view	{"g": 1314}
1315	2024-02-20	buy	{"g": 1315}
1318	2024-02-23	view	{"g": 1318}
1319	2024-02-24	buy	{"g": 1319}
1322	2024-02-27	view	{"g": 1322}
1323	2024-02-28	buy	{"g": 1323}
1326	2024-03-02	view	{"g": 1326}
1327	2024-03-03	buy	{"g": 1327}
1330	2024-03-06	view	{"g": 1330}
1331	2024-03-07	buy	{"g": 1331}
1334	2024-03-10	view	{"g": 1334}
1335	2024-03-11	buy	{"g": 1335}
1338	2024-03-14	view	{"g": 1338}
1339	2024-03-15	buy	{"g": 1339}
1342	2024-03-18	view	{"g": 1342}
1343	2024-03-19	buy	{"g": 1343}
1346	2024-03-22	view	{"g": 1346}
1347	2024-03-23	buy	{"g": 1347}
1350	2024-03-26	view	{"g": 1350}
1351	2024-03-27	buy	{"g": 1351}
1354	2024-03-30	view	{"g": 1354}
1355	2024-03-31	buy	{"g": 1355}
1358	2024-04-03	view	{"g": 1358}
1359	2024-04-04	buy	{"g": 1359}
1362	2024-04-07	view	{"g": 1362}
1363	2024-04-08	buy	{"g": 1363}
1366	2024-04-11	view	{"g": 1366}
1367	2024-04-12	buy	{"g": 1367}
1370	2024-04-15	view	{"g": 1370}
1371	2024-04-16	buy	{"g": 1371}
1374	2024-04-19	view	{"g": 1374}
1375	2024-04-20	buy	{"g": 1375}
1378	2024-04-23	view	{"g": 1378}
1379	2024-04-24	buy	{"g": 1379}
1382	2024-04-27	view	{"g": 1382}
1383	2024-04-28	buy	{"g": 1383}
1386	2024-05-01	view	{"g": 1386}
1387	2024-05-02	buy	{"g": 1387}
1390	2024-05-05	view	{"g": 1390}
1391	2024-05-06	buy	{"g": 1391}
1394	2024-05-09	view	{"g": 1394}
1395	2024-05-10	buy	{"g": 1395}
1398	2024-05-13	view	{"g": 1398}
1399	2024-05-14	buy	{"g": 1399}
1402	2024-05-17	view	{"g": 1402}
1403	2024-05-18	buy	{"g": 1403}
1406	2024-05-21	view	{"g": 1406}
1407	2024-05-22	buy	{"g": 1407}
1410	2024-05-25	view	{"g": 1410}
1411	2024-05-26	buy	{"g": 1411}
1414	2024-05-29	view	{"g": 1414}
1415	2024-05-30	buy	{"g": 1415}
1418	2024-06-02	view	{"g": 1418}
1419	2024-06-03	buy	{"g": 1419}
1422	2024-06-06	view	{"g": 1422}
1423	2024-06-07	buy	{"g": 1423}
1426	2024-06-10	view	{"g": 1426}
1427	2024-06-11	buy	{"g": 1427}
1430	2024-06-14	view	{"g": 1430}
1431	2024-06-15	buy	{"g": 1431}
1434	2024-06-18	view	{"g": 1434}
1435	2024-06-19	buy	{"g": 1435}
1438	2024-06-22	view	{"g": 1438}
1439	2024-06-23	buy	{"g": 1439}
1442	2024-06-26	view	{"g": 1442}
1443	2024-06-27	buy	{"g": 1443}
1446	2024-06-30	view	{"g": 1446}
1447	2024-07-01	buy	{"g": 1447}
1450	2024-07-04	view	{"g": 1450}
1451	2024-07-05	buy	{"g": 1451}
1454	2024-07-08	view	{"g": 1454}
1455	2024-07-09	buy	{"g": 1455}
1458	2024-07-12	view	{"g": 1458}
1459	2024-07-13	buy	{"g": 1459}
1462	2024-07-16	view	{"g": 1462}
1463	2024-07-17	buy	{"g": 1463}
1466	2024-07-20	view	{"g": 1466}
1467	2024-07-21	buy	{"g": 1467}
1470	2024-07-24	view	{"g": 1470}
1471	2024-07-25	buy	{"g": 1471}
1474	2024-07-28	view	{"g": 1474}
1475	2024-07-29	buy	{"g": 1475}
1478	2024-08-01	view	{"g": 1478}
1479	2024-08-02	buy	{"g": 1479}
1482	2024-08-05	view	{"g": 1482}
1483	2024-08-06	buy	{"g": 1483}
1486	2024-08-09	view	{"g": 1486}
1487	2024-08-10	buy	{"g": 1487}
1490	2024-08-13	view	{"g": 1490}
1491	2024-08-14	buy	{"g": 1491}
1494	2024-08-17	view	{"g": 1494}
1495	2024-08-18	buy	{"g": 1495}
1498	2024-08-21	view	{"g": 1498}
1499	2024-08-22	buy	{"g": 1499}
1502	2024-08-25	view	{"g": 1502}
1503	2024-08-26	buy	{"g": 1503}
1506	2024-08-29	view	{"g": 1506}
1507	2024-08-30	buy	{"g": 1507}
1510	2024-09-02	view	{"g": 1510}
1511	2024-09-03	buy	{"g": 1511}
1514	2024-09-06	view	{"g": 1514}
1515	2024-09-07	buy	{"g": 1515}
1518	2024-09-10	view	{"g": 1518}
1519	2024-09-11	buy	{"g": 1519}
1522	2024-09-14	view	{"g": 1522}
1523	2024-09-15	buy	{"g": 1523}
1526	2024-09-18	view	{"g": 1526}
1527	2024-09-19	buy	{"g": 1527}
1530	2024-09-22	view	{"g": 1530}
1531	2024-09-23	buy	{"g": 1531}
1534	2024-09-26	view	{"g": 1534}
1535	2024-09-27	buy	{"g": 1535}
1538	2024-09-30	view	{"g": 1538}
1539	2024-10-01	buy	{"g": 1539}
1542	2024-10-04	view	{"g": 1542}
1543	2024-10-05	buy	{"g": 1543}
1546	2024-10-08	view	{"g": 1546}
1547	2024-10-09	buy	{"g": 1547}
1550	2024-10-12	view	{"g": 1550}
1551	2024-10-13	buy	{"g": 1551}
1554	2024-10-16	view	{"g": 1554}
1555	2024-10-17	buy	{"g": 1555}
1558	2024-10-20	view	{"g": 1558}
1559	2024-10-21	buy	{"g": 1559}
1562	2024-10-24	view	{"g": 1562}
1563	2024-10-25	buy	{"g": 1563}
1566	2024-10-28	view	{"g": 1566}
1567	2024-10-29	buy	{"g": 1567}
1570	2024-11-01	view	{"g": 1570}
1571	2024-11-02	buy	{"g": 1571}
1574	2024-11-05	view	{"g": 1574}
1575	2024-11-06	buy	{"g": 1575}
1578	2024-11-09	view	{"g": 1578}
1579	2024-11-10	buy	{"g": 1579}
1582	2024-11-13	view	{"g": 1582}
1583	2024-11-14	buy	{"g": 1583}
1586	2024-11-17	view	{"g": 1586}
1587	2024-11-18	buy	{"g": 1587}
1590	2024-11-21	view	{"g": 1590}
1591	2024-11-22	buy	{"g": 1591}
1594	2024-11-25	view	{"g": 1594}
1595	2024-11-26	buy	{"g": 1595}
1598	2024-11-29	view	{"g": 1598}
1599	2024-11-30	buy	{"g": 1599}
1602	2024-12-03	view	{"g": 1602}
1603	2024-12-04	buy	{"g": 1603}
1606	2024-12-07	view	{"g": 1606}
1607	2024-12-08	buy	{"g": 1607}
1610	2024-12-11	view	{"g": 1610}
1611	2024-12-12	buy	{"g": 1611}
1614	2024-12-15	view	{"g": 1614}
1615	2024-12-16	buy	{"g": 1615}
1618	2024-12-19	view	{"g": 1618}
1619	2024-12-20	buy	{"g": 1619}
1622	2024-12-23	view	{"g": 1622}
1623	2024-12-24	buy	{"g": 1623}
1626	2024-12-27	view	{"g": 1626}
1627	2024-12-28	buy	{"g": 1627}
1630	2024-12-31	view	{"g": 1630}
2166	2024-01-02	view	{"g": 2166}
2167	2024-01-03	buy	{"g": 2167}
2170	2024-01-06	view	{"g": 2170}
2171	2024-01-07	buy	{"g": 2171}
2174	2024-01-10	view	{"g": 2174}
2175	2024-01-11	buy	{"g": 2175}
2178	2024-01-14	view	{"g": 2178}
2179	2024-01-15	buy	{"g": 2179}
2182	2024-01-18	view	{"g": 2182}
2183	2024-01-19	buy	{"g": 2183}
2186	2024-01-22	view	{"g": 2186}
2187	2024-01-23	buy	{"g": 2187}
2190	2024-01-26	view	{"g": 2190}
2191	2024-01-27	buy	{"g": 2191}
2194	2024-01-30	view	{"g": 2194}
2195	2024-01-31	buy	{"g": 2195}
2198	2024-02-03	view	{"g": 2198}
2199	2024-02-04	buy	{"g": 2199}
2202	2024-02-07	view	{"g": 2202}
2203	2024-02-08	buy	{"g": 2203}
2206	2024-02-11	view	{"g": 2206}
2207	2024-02-12	buy	{"g": 2207}
2210	2024-02-15	view	{"g": 2210}
2211	2024-02-16	buy	{"g": 2211}
2214	2024-02-19	view	{"g": 2214}
2215	2024-02-20	buy	{"g": 2215}
2218	2024-02-23	view	{"g": 2218}
2219	2024-02-24	buy	{"g": 2219}
2222	2024-02-27	view	{"g": 2222}
2223	2024-02-28	buy	{"g": 2223}
2226	2024-03-02	view	{"g": 2226}
2227	2024-03-03	buy	{"g": 2227}
2230	2024-03-06	view	{"g": 2230}
2231	2024-03-07	buy	{"g": 2231}
2234	2024-03-10	view	{"g": 2234}
2235	2024-03-11	buy	{"g": 2235}
2238	2024-03-14	view	{"g": 2238}
2239	2024-03-15	buy	{"g": 2239}
2242	2024-03-18	view	{"g": 2242}
2243	2024-03-19	buy	{"g": 2243}
2246	2024-03-22	view	{"g": 2246}
2247	2024-03-23	buy	{"g": 2247}
2250	2024-03-26	view	{"g": 2250}
2251	2024-03-27	buy	{"g": 2251}
2254	2024-03-30	view	{"g": 2254}
2255	2024-03-31	buy	{"g": 2255}
2258	2024-04-03	view	{"g": 2258}
2259	2024-04-04	buy	{"g": 2259}
2262	2024-04-07	view	{"g": 2262}
2263	2024-04-08	buy	{"g": 2263}
2266	2024-04-11	view	{"g": 2266}
2267	2024-04-12	buy	{"g": 2267}
2270	2024-04-15	view	{"g": 2270}
2271	2024-04-16	buy	{"g": 2271}
2274	2024-04-19	view	{"g": 2274}
2275	2024-04-20	buy	{"g": 2275}
2278	2024-04-23	view	{"g": 2278}
2279	2024-04-24	buy	{"g": 2279}
2282	2024-04-27	view	{"g": 2282}
2283	2024-04-28	buy	{"g": 2283}
2286	2024-05-01	view	{"g": 2286}
2287	2024-05-02	buy	{"g": 2287}
2290	2024-05-05	view	{"g": 2290}
2291	2024-05-06	buy	{"g": 2291}
2294	2024-05-09	view	{"g": 2294}
2295	2024-05-10	buy	{"g": 2295}
2298	2024-05-13	view	{"g": 2298}
2299	2024-05-14	buy	{"g": 2299}
2302	2024-05-17	view	{"g": 2302}
2303	2024-05-18	buy	{"g": 2303}
2306	2024-05-21	view	{"g": 2306}
2307	2024-05-22	buy	{"g": 2307}
2310	2024-05-25	view	{"g": 2310}
2311	2024-05-26	buy	{"g": 2311}
2314	2024-05-29	view	{"g": 2314}
2315	2024-05-30	buy	{"g": 2315}
2318	2024-06-02	view	{"g": 2318}
2319	2024-06-03	buy	{"g": 2319}
2322	2024-06-06	view	{"g": 2322}
2323	2024-06-07	buy	{"g": 2323}
2326	2024-06-10	view	{"g": 2326}
2327	2024-06-11	buy	{"g": 2327}
2330	2024-06-14	view	{"g": 2330}
2331	2024-06-15	buy	{"g": 2331}
2334	2024-06-18	view	{"g": 2334}
2335	2024-06-19	buy	{"g": 2335}
2338	2024-06-22	view	{"g": 2338}
2339	2024-06-23	buy	{"g": 2339}
2342	2024-06-26	view	{"g": 2342}
2343	2024-06-27	buy	{"g": 2343}
2346	2024-06-30	view	{"g": 2346}
2347	2024-07-01	buy	{"g": 2347}
2350	2024-07-04	view	{"g": 2350}
2351	2024-07-05	buy	{"g": 2351}
2354	2024-07-08	view	{"g": 2354}
2355	2024-07-09	buy	{"g": 2355}
2358	2024-07-12	view	{"g": 2358}
2359	2024-07-13	buy	{"g": 2359}
2362	2024-07-16	view	{"g": 2362}
2363	2024-07-17	buy	{"g": 2363}
2366	2024-07-20	view	{"g": 2366}
2367	2024-07-21	buy	{"g": 2367}
2370	2024-07-24	view	{"g": 2370}
2371	2024-07-25	buy	{"g": 2371}
2374	2024-07-28	view	{"g": 2374}
2375	2024-07-29	buy	{"g": 2375}
2378	2024-08-01	view	{"g": 2378}
2379	2024-08-02	buy	{"g": 2379}
2382	2024-08-05	view	{"g": 2382}
2383	2024-08-06	buy	{"g": 2383}
2386	2024-08-09	view	{"g": 2386}
2387	2024-08-10	buy	{"g": 2387}
2390	2024-08-13	view	{"g": 2390}
2391	2024-08-14	buy	{"g": 2391}
2394	2024-08-17	view	{"g": 2394}
2395	2024-08-18	buy	{"g": 2395}
2398	2024-08-21	view	{"g": 2398}
2399	2024-08-22	buy	{"g": 2399}
2402	2024-08-25	view	{"g": 2402}
2403	2024-08-26	buy	{"g": 2403}
2406	2024-08-29	view	{"g": 2406}
2407	2024-08-30	buy	{"g": 2407}
2410	2024-09-02	view	{"g": 2410}
2411	2024-09-03	buy	{"g": 2411}
2414	2024-09-06	view	{"g": 2414}
2415	2024-09-07	buy	{"g": 2415}
2418	2024-09-10	view	{"g": 2418}
2419	2024-09-11	buy	{"g": 2419}
2422	2024-09-14	view	{"g": 2422}
2423	2024-09-15	buy	{"g": 2423}
2426	2024-09-18	view	{"g": 2426}
2427	2024-09-19	buy	{"g": 2427}
2430	2024-09-22	view	{"g": 2430}
2431	2024-09-23	buy	{"g": 2431}
2434	2024-09-26	view	{"g": 2434}
2435	2024-09-27	buy	{"g": 2435}
2438	2024-09-30	view	{"g": 2438}
2439	2024-10-01	buy	{"g": 2439}
2442	2024-10-04	view	{"g": 2442}
2443	2024-10-05	buy	{"g": 2443}
2446	2024-10-08	view	{"g": 2446}
2447	2024-10-09	buy	{"g": 2447}
2450	2024-10-12	view	{"g": 2450}
2451	2024-10-13	buy	{"g": 2451}
2454	2024-10-16	view	{"g": 2454}
2455	2024-10-17	buy	{"g": 2455}
2458	2024-10-20	view	{"g": 2458}
2459	2024-10-21	buy	{"g": 2459}
2462	2024-10-24	view	{"g": 2462}
2463	2024-10-25	buy	{"g": 2463}
2466	2024-10-28	view	{"g": 2466}
2467	2024-10-29	buy	{"g": 2467}
2470	2024-11-01	view	{"g": 2470}
2471	2024-11-02	buy	{"g": 2471}
2474	2024-11-05	view	{"g": 2474}
2475	2024-11-06	buy	{"g": 2475}
2478	2024-11-09	view	{"g": 2478}
2479	2024-11-10	buy	{"g": 2479}
2482	2024-11-13	view	{"g": 2482}
2483	2024-11-14	buy	{"g": 2483}
2486	2024-11-17	view	{"g": 2486}
2487	2024-11-18	buy	{"g": 2487}
2490	2024-11-21	view	{"g": 2490}
2491	2024-11-22	buy	{"g": 2491}
2494	2024-11-25	view	{"g": 2494}
2495	2024-11-26	buy	{"g": 2495}
2498	2024-11-29	view	{"g": 2498}
2499	2024-11-30	buy	{"g": 2499}
2502	2024-12-03	view	{"g": 2502}
2503	2024-12-04	buy	{"g": 2503}
2506	2024-12-07	view	{"g": 2506}
2507	2024-12-08	buy	{"g": 2507}
2510	2024-12-11	view	{"g": 2510}
2511	2024-12-12	buy	{"g": 2511}
2514	2024-12-15	view	{"g": 2514}
2515	2024-12-16	buy	{"g": 2515}
2518	2024-12-19	view	{"g": 2518}
2519	2024-12-20	buy	{"g": 2519}
2522	2024-12-23	view	{"g": 2522}
2523	2024-12-24	buy	{"g": 2523}
2526	2024-12-27	view	{"g": 2526}
2527	2024-12-28	buy	{"g": 2527}
2530	2024-12-31	view	{"g": 2530}
\.


--
-- Data for Name: events_default; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.events_default (id, happened, kind, payload) FROM stdin;
731	2025-01-01	buy	{"g": 731}
732	2025-01-02	click	{"g": 732}
733	2025-01-03	tap	{"g": 733}
734	2025-01-04	view	{"g": 734}
735	2025-01-05	buy	{"g": 735}
736	2025-01-06	click	{"g": 736}
737	2025-01-07	tap	{"g": 737}
738	2025-01-08	view	{"g": 738}
739	2025-01-09	buy	{"g": 739}
740	2025-01-10	click	{"g": 740}
741	2025-01-11	tap	{"g": 741}
742	2025-01-12	view	{"g": 742}
743	2025-01-13	buy	{"g": 743}
744	2025-01-14	click	{"g": 744}
745	2025-01-15	tap	{"g": 745}
746	2025-01-16	view	{"g": 746}
747	2025-01-17	buy	{"g": 747}
748	2025-01-18	click	{"g": 748}
749	2025-01-19	tap	{"g": 749}
750	2025-01-20	view	{"g": 750}
751	2025-01-21	buy	{"g": 751}
752	2025-01-22	click	{"g": 752}
753	2025-01-23	tap	{"g": 753}
754	2025-01-24	view	{"g": 754}
755	2025-01-25	buy	{"g": 755}
756	2025-01-26	click	{"g": 756}
757	2025-01-27	tap	{"g": 757}
758	2025-01-28	view	{"g": 758}
759	2025-01-29	buy	{"g": 759}
760	2025-01-30	click	{"g": 760}
761	2025-01-31	tap	{"g": 761}
762	2025-02-01	view	{"g": 762}
763	2025-02-02	buy	{"g": 763}
764	2025-02-03	click	{"g": 764}
765	2025-02-04	tap	{"g": 765}
766	2025-02-05	view	{"g": 766}
767	2025-02-06	buy	{"g": 767}
768	2025-02-07	click	{"g": 768}
769	2025-02-08	tap	{"g": 769}
770	2025-02-09	view	{"g": 770}
771	2025-02-10	buy	{"g": 771}
772	2025-02-11	click	{"g": 772}
773	2025-02-12	tap	{"g": 773}
774	2025-02-13	view	{"g": 774}
775	2025-02-14	buy	{"g": 775}
776	2025-02-15	click	{"g": 776}
777	2025-02-16	tap	{"g": 777}
778	2025-02-17	view	{"g": 778}
779	2025-02-18	buy	{"g": 779}
780	2025-02-19	click	{"g": 780}
781	2025-02-20	tap	{"g": 781}
782	2025-02-21	view	{"g": 782}
783	2025-02-22	buy	{"g": 783}
784	2025-02-23	click	{"g": 784}
785	2025-02-24	tap	{"g": 785}
786	2025-02-25	view	{"g": 786}
787	2025-02-26	buy	{"g": 787}
788	2025-02-27	click	{"g": 788}
789	2025-02-28	tap	{"g": 789}
790	2025-03-01	view	{"g": 790}
791	2025-03-02	buy	{"g": 791}
792	2025-03-03	click	{"g": 792}
793	2025-03-04	tap	{"g": 793}
794	2025-03-05	view	{"g": 794}
795	2025-03-06	buy	{"g": 795}
796	2025-03-07	click	{"g": 796}
797	2025-03-08	tap	{"g": 797}
798	2025-03-09	view	{"g": 798}
799	2025-03-10	buy	{"g": 799}
800	2025-03-11	click	{"g": 800}
801	2025-03-12	tap	{"g": 801}
802	2025-03-13	view	{"g": 802}
803	2025-03-14	buy	{"g": 803}
804	2025-03-15	click	{"g": 804}
805	2025-03-16	tap	{"g": 805}
806	2025-03-17	view	{"g": 806}
807	2025-03-18	buy	{"g": 807}
808	2025-03-19	click	{"g": 808}
809	2025-03-20	tap	{"g": 809}
810	2025-03-21	view	{"g": 810}
811	2025-03-22	buy	{"g": 811}
812	2025-03-23	click	{"g": 812}
813	2025-03-24	tap	{"g": 813}
814	2025-03-25	view	{"g": 814}
815	2025-03-26	buy	{"g": 815}
816	2025-03-27	click	{"g": 816}
817	2025-03-28	tap	{"g": 817}
818	2025-03-29	view	{"g": 818}
819	2025-03-30	buy	{"g": 819}
820	2025-03-31	click	{"g": 820}
821	2025-04-01	tap	{"g": 821}
822	2025-04-02	view	{"g": 822}
823	2025-04-03	buy	{"g": 823}
824	2025-04-04	click	{"g": 824}
825	2025-04-05	tap	{"g": 825}
826	2025-04-06	view	{"g": 826}
827	2025-04-07	buy	{"g": 827}
828	2025-04-08	click	{"g": 828}
829	2025-04-09	tap	{"g": 829}
830	2025-04-10	view	{"g": 830}
831	2025-04-11	buy	{"g": 831}
832	2025-04-12	click	{"g": 832}
833	2025-04-13	tap	{"g": 833}
834	2025-04-14	view	{"g": 834}
835	2025-04-15	buy	{"g": 835}
836	2025-04-16	click	{"g": 836}
837	2025-04-17	tap	{"g": 837}
838	2025-04-18	view	{"g": 838}
839	2025-04-19	buy	{"g": 839}
840	2025-04-20	click	{"g": 840}
841	2025-04-21	tap	{"g": 841}
842	2025-04-22	view	{"g": 842}
843	2025-04-23	buy	{"g": 843}
844	2025-04-24	click	{"g": 844}
845	2025-04-25	tap	{"g": 845}
846	2025-04-26	view	{"g": 846}
847	2025-04-27	buy	{"g": 847}
848	2025-04-28	click	{"g": 848}
849	2025-04-29	tap	{"g": 849}
850	2025-04-30	view	{"g": 850}
851	2025-05-01	buy	{"g": 851}
852	2025-05-02	click	{"g": 852}
853	2025-05-03	tap	{"g": 853}
854	2025-05-04	view	{"g": 854}
855	2025-05-05	buy	{"g": 855}
856	2025-05-06	click	{"g": 856}
857	2025-05-07	tap	{"g": 857}
858	2025-05-08	view	{"g": 858}
859	2025-05-09	buy	{"g": 859}
860	2025-05-10	click	{"g": 860}
861	2025-05-11	tap	{"g": 861}
862	2025-05-12	view	{"g": 862}
863	2025-05-13	buy	{"g": 863}
864	2025-05-14	click	{"g": 864}
865	2025-05-15	tap	{"g": 865}
866	2025-05-16	view	{"g": 866}
867	2025-05-17	buy	{"g": 867}
868	2025-05-18	click	{"g": 868}
869	2025-05-19	tap	{"g": 869}
870	2025-05-20	view	{"g": 870}
871	2025-05-21	buy	{"g": 871}
872	2025-05-22	click	{"g": 872}
873	2025-05-23	tap	{"g": 873}
874	2025-05-24	view	{"g": 874}
875	2025-05-25	buy	{"g": 875}
876	2025-05-26	click	{"g": 876}
877	2025-05-27	tap	{"g": 877}
878	2025-05-28	view	{"g": 878}
879	2025-05-29	buy	{"g": 879}
880	2025-05-30	click	{"g": 880}
881	2025-05-31	tap	{"g": 881}
882	2025-06-01	view	{"g": 882}
883	2025-06-02	buy	{"g": 883}
884	2025-06-03	click	{"g": 884}
885	2025-06-04	tap	{"g": 885}
886	2025-06-05	view	{"g": 886}
887	2025-06-06	buy	{"g": 887}
888	2025-06-07	click	{"g": 888}
889	2025-06-08	tap	{"g": 889}
890	2025-06-09	view	{"g": 890}
891	2025-06-10	buy	{"g": 891}
892	2025-06-11	click	{"g": 892}
893	2025-06-12	tap	{"g": 893}
894	2025-06-13	view	{"g": 894}
895	2025-06-14	buy	{"g": 895}
896	2025-06-15	click	{"g": 896}
897	2025-06-16	tap	{"g": 897}
898	2025-06-17	view	{"g": 898}
899	2025-06-18	buy	{"g": 899}
1631	2025-01-01	buy	{"g": 1631}
1632	2025-01-02	click	{"g": 1632}
1633	2025-01-03	tap	{"g": 1633}
1634	2025-01-04	view	{"g": 1634}
1635	2025-01-05	buy	{"g": 1635}
1636	2025-01-06	click	{"g": 1636}
1637	2025-01-07	tap	{"g": 1637}
1638	2025-01-08	view	{"g": 1638}
1639	2025-01-09	buy	{"g": 1639}
1640	2025-01-10	click	{"g": 1640}
1641	2025-01-11	tap	{"g": 1641}
1642	2025-01-12	view	{"g": 1642}
1643	2025-01-13	buy	{"g": 1643}
1644	2025-01-14	click	{"g": 1644}
1645	2025-01-15	tap	{"g": 1645}
1646	2025-01-16	view	{"g": 1646}
1647	2025-01-17	buy	{"g": 1647}
1648	2025-01-18	click	{"g": 1648}
1649	2025-01-19	tap	{"g": 1649}
1650	2025-01-20	view	{"g": 1650}
1651	2025-01-21	buy	{"g": 1651}
1652	2025-01-22	click	{"g": 1652}
1653	2025-01-23	tap	{"g": 1653}
1654	2025-01-24	view	{"g": 1654}
1655	2025-01-25	buy	{"g": 1655}
1656	2025-01-26	click	{"g": 1656}
1657	2025-01-27	tap	{"g": 1657}
1658	2025-01-28	view	{"g": 1658}
1659	2025-01-29	buy	{"g": 1659}
1660	2025-01-30	click	{"g": 1660}
1661	2025-01-31	tap	{"g": 1661}
1662	2025-02-01	view	{"g": 1662}
1663	2025-02-02	buy	{"g": 1663}
1664	2025-02-03	click	{"g": 1664}
1665	2025-02-04	tap	{"g": 1665}
1666	2025-02-05	view	{"g": 1666}
1667	2025-02-06	buy	{"g": 1667}
1668	2025-02-07	click	{"g": 1668}
1669	2025-02-08	tap	{"g": 1669}
1670	2025-02-09	view	{"g": 1670}
1671	2025-02-10	buy	{"g": 1671}
1672	2025-02-11	click	{"g": 1672}
1673	2025-02-12	tap	{"g": 1673}
1674	2025-02-13	view	{"g": 1674}
1675	2025-02-14	buy	{"g": 1675}
1676	2025-02-15	click	{"g": 1676}
1677	2025-02-16	tap	{"g": 1677}
1678	2025-02-17	view	{"g": 1678}
1679	2025-02-18	buy	{"g": 1679}
1680	2025-02-19	click	{"g": 1680}
1681	2025-02-20	tap	{"g": 1681}
1682	2025-02-21	view	{"g": 1682}
1683	2025-02-22	buy	{"g": 1683}
1684	2025-02-23	click	{"g": 1684}
1685	2025-02-24	tap	{"g": 1685}
1686	2025-02-25	view	{"g": 1686}
1687	2025-02-26	buy	{"g": 1687}
1688	2025-02-27	click	{"g": 1688}
1689	2025-02-28	tap	{"g": 1689}
1690	2025-03-01	view	{"g": 1690}
1691	2025-03-02	buy	{"g": 1691}
1692	2025-03-03	click	{"g": 1692}
1693	2025-03-04	tap	{"g": 1693}
1694	2025-03-05	view	{"g": 1694}
1695	2025-03-06	buy	{"g": 1695}
1696	2025-03-07	click	{"g": 1696}
1697	2025-03-08	tap	{"g": 1697}
1698	2025-03-09	view	{"g": 1698}
1699	2025-03-10	buy	{"g": 1699}
1700	2025-03-11	click	{"g": 1700}
1701	2025-03-12	tap	{"g": 1701}
1702	2025-03-13	view	{"g": 1702}
1703	2025-03-14	buy	{"g": 1703}
1704	2025-03-15	click	{"g": 1704}
1705	2025-03-16	tap	{"g": 1705}
1706	2025-03-17	view	{"g": 1706}
1707	2025-03-18	buy	{"g": 1707}
1708	2025-03-19	click	{"g": 1708}
1709	2025-03-20	tap	{"g": 1709}
1710	2025-03-21	view	{"g": 1710}
1711	2025-03-22	buy	{"g": 1711}
1712	2025-03-23	click	{"g": 1712}
1713	2025-03-24	tap	{"g": 1713}
1714	2025-03-25	view	{"g": 1714}
1715	2025-03-26	buy	{"g": 1715}
1716	2025-03-27	click	{"g": 1716}
1717	2025-03-28	tap	{"g": 1717}
1718	2025-03-29	view	{"g": 1718}
1719	2025-03-30	buy	{"g": 1719}
1720	2025-03-31	click	{"g": 1720}
1721	2025-04-01	tap	{"g": 1721}
1722	2025-04-02	view	{"g": 1722}
1723	2025-04-03	buy	{"g": 1723}
1724	2025-04-04	click	{"g": 1724}
1725	2025-04-05	tap	{"g": 1725}
1726	2025-04-06	view	{"g": 1726}
1727	2025-04-07	buy	{"g": 1727}
1728	2025-04-08	click	{"g": 1728}
1729	2025-04-09	tap	{"g": 1729}
1730	2025-04-10	view	{"g": 1730}
1731	2025-04-11	buy	{"g": 1731}
1732	2025-04-12	click	{"g": 1732}
1733	2025-04-13	tap	{"g": 1733}
1734	2025-04-14	view	{"g": 1734}
1735	2025-04-15	buy	{"g": 1735}
1736	2025-04-16	click	{"g": 1736}
1737	2025-04-17	tap	{"g": 1737}
1738	2025-04-18	view	{"g": 1738}
1739	2025-04-19	buy	{"g": 1739}
1740	2025-04-20	click	{"g": 1740}
1741	2025-04-21	tap	{"g": 1741}
1742	2025-04-22	view	{"g": 1742}
1743	2025-04-23	buy	{"g": 1743}
1744	2025-04-24	click	{"g": 1744}
1745	2025-04-25	tap	{"g": 1745}
1746	2025-04-26	view	{"g": 1746}
1747	2025-04-27	buy	{"g": 1747}
1748	2025-04-28	click	{"g": 1748}
1749	2025-04-29	tap	{"g": 1749}
1750	2025-04-30	view	{"g": 1750}
1751	2025-05-01	buy	{"g": 1751}
1752	2025-05-02	click	{"g": 1752}
1753	2025-05-03	tap	{"g": 1753}
1754	2025-05-04	view	{"g": 1754}
1755	2025-05-05	buy	{"g": 1755}
1756	2025-05-06	click	{"g": 1756}
1757	2025-05-07	tap	{"g": 1757}
1758	2025-05-08	view	{"g": 1758}
1759	2025-05-09	buy	{"g": 1759}
1760	2025-05-10	click	{"g": 1760}
1761	2025-05-11	tap	{"g": 1761}
1762	2025-05-12	view	{"g": 1762}
1763	2025-05-13	buy	{"g": 1763}
1764	2025-05-14	click	{"g": 1764}
1765	2025-05-15	tap	{"g": 1765}
1766	2025-05-16	view	{"g": 1766}
1767	2025-05-17	buy	{"g": 1767}
1768	2025-05-18	click	{"g": 1768}
1769	2025-05-19	tap	{"g": 1769}
1770	2025-05-20	view	{"g": 1770}
1771	2025-05-21	buy	{"g": 1771}
1772	2025-05-22	click	{"g": 1772}
1773	2025-05-23	tap	{"g": 1773}
1774	2025-05-24	view	{"g": 1774}
1775	2025-05-25	buy	{"g": 1775}
1776	2025-05-26	click	{"g": 1776}
1777	2025-05-27	tap	{"g": 1777}
1778	2025-05-28	view	{"g": 1778}
1779	2025-05-29	buy	{"g": 1779}
1780	2025-05-30	click	{"g": 1780}
1781	2025-05-31	tap	{"g": 1781}
1782	2025-06-01	view	{"g": 1782}
1783	2025-06-02	buy	{"g": 1783}
1784	2025-06-03	click	{"g": 1784}
1785	2025-06-04	tap	{"g": 1785}
1786	2025-06-05	view	{"g": 1786}
1787	2025-06-06	buy	{"g": 1787}
1788	2025-06-07	click	{"g": 1788}
1789	2025-06-08	tap	{"g": 1789}
1790	2025-06-09	view	{"g": 1790}
1791	2025-06-10	buy	{"g": 1791}
1792	2025-06-11	click	{"g": 1792}
1793	2025-06-12	tap	{"g": 1793}
1794	2025-06-13	view	{"g": 1794}
1795	2025-06-14	buy	{"g": 1795}
1796	2025-06-15	click	{"g": 1796}
1797	2025-06-16	tap	{"g": 1797}
1798	2025-06-17	view	{"g": 1798}
1799	2025-06-18	buy	{"g": 1799}
2531	2025-01-01	buy	{"g": 2531}
2532	2025-01-02	click	{"g": 2532}
2533	2025-01-03	tap	{"g": 2533}
2534	2025-01-04	view	{"g": 2534}
2535	2025-01-05	buy	{"g": 2535}
2536	2025-01-06	click	{"g": 2536}
2537	2025-01-07	tap	{"g": 2537}
2538	2025-01-08	view	{"g": 2538}
2539	2025-01-09	buy	{"g": 2539}
2540	2025-01-10	click	{"g": 2540}
2541	2025-01-11	tap	{"g": 2541}
2542	2025-01-12	view	{"g": 2542}
2543	2025-01-13	buy	{"g": 2543}
2544	2025-01-14	click	{"g": 2544}
2545	2025-01-15	tap	{"g": 2545}
2546	2025-01-16	view	{"g": 2546}
2547	2025-01-17	buy	{"g": 2547}
2548	2025-01-18	click	{"g": 2548}
2549	2025-01-19	tap	{"g": 2549}
2550	2025-01-20	view	{"g": 2550}
2551	2025-01-21	buy	{"g": 2551}
2552	2025-01-22	click	{"g": 2552}
2553	2025-01-23	tap	{"g": 2553}
2554	2025-01-24	view	{"g": 2554}
2555	2025-01-25	buy	{"g": 2555}
2556	2025-01-26	click	{"g": 2556}
2557	2025-01-27	tap	{"g": 2557}
2558	2025-01-28	view	{"g": 2558}
2559	2025-01-29	buy	{"g": 2559}
2560	2025-01-30	click	{"g": 2560}
2561	2025-01-31	tap	{"g": 2561}
2562	2025-02-01	view	{"g": 2562}
2563	2025-02-02	buy	{"g": 2563}
2564	2025-02-03	click	{"g": 2564}
2565	2025-02-04	tap	{"g": 2565}
2566	2025-02-05	view	{"g": 2566}
2567	2025-02-06	buy	{"g": 2567}
2568	2025-02-07	click	{"g": 2568}
2569	2025-02-08	tap	{"g": 2569}
2570	2025-02-09	view	{"g": 2570}
2571	2025-02-10	buy	{"g": 2571}
2572	2025-02-11	click	{"g": 2572}
2573	2025-02-12	tap	{"g": 2573}
2574	2025-02-13	view	{"g": 2574}
2575	2025-02-14	buy	{"g": 2575}
2576	2025-02-15	click	{"g": 2576}
2577	2025-02-16	tap	{"g": 2577}
2578	2025-02-17	view	{"g": 2578}
2579	2025-02-18	buy	{"g": 2579}
2580	2025-02-19	click	{"g": 2580}
2581	2025-02-20	tap	{"g": 2581}
2582	2025-02-21	view	{"g": 2582}
2583	2025-02-22	buy	{"g": 2583}
2584	2025-02-23	click	{"g": 2584}
2585	2025-02-24	tap	{"g": 2585}
2586	2025-02-25	view	{"g": 2586}
2587	2025-02-26	buy	{"g": 2587}
2588	2025-02-27	click	{"g": 2588}
2589	2025-02-28	tap	{"g": 2589}
2590	2025-03-01	view	{"g": 2590}
2591	2025-03-02	buy	{"g": 2591}
2592	2025-03-03	click	{"g": 2592}
2593	2025-03-04	tap	{"g": 2593}
2594	2025-03-05	view	{"g": 2594}
2595	2025-03-06	buy	{"g": 2595}
2596	2025-03-07	click	{"g": 2596}
2597	2025-03-08	tap	{"g": 2597}
2598	2025-03-09	view	{"g": 2598}
2599	2025-03-10	buy	{"g": 2599}
2600	2025-03-11	click	{"g": 2600}
2601	2025-03-12	tap	{"g": 2601}
2602	2025-03-13	view	{"g": 2602}
2603	2025-03-14	buy	{"g": 2603}
2604	2025-03-15	click	{"g": 2604}
2605	2025-03-16	tap	{"g": 2605}
2606	2025-03-17	view	{"g": 2606}
2607	2025-03-18	buy	{"g": 2607}
2608	2025-03-19	click	{"g": 2608}
2609	2025-03-20	tap	{"g": 2609}
2610	2025-03-21	view	{"g": 2610}
2611	2025-03-22	buy	{"g": 2611}
2612	2025-03-23	click	{"g": 2612}
2613	2025-03-24	tap	{"g": 2613}
2614	2025-03-25	view	{"g": 2614}
2615	2025-03-26	buy	{"g": 2615}
2616	2025-03-27	click	{"g": 2616}
2617	2025-03-28	tap	{"g": 2617}
2618	2025-03-29	view	{"g": 2618}
2619	2025-03-30	buy	{"g": 2619}
2620	2025-03-31	click	{"g": 2620}
2621	2025-04-01	tap	{"g": 2621}
2622	2025-04-02	view	{"g": 2622}
2623	2025-04-03	buy	{"g": 2623}
2624	2025-04-04	click	{"g": 2624}
2625	2025-04-05	tap	{"g": 2625}
2626	2025-04-06	view	{"g": 2626}
2627	2025-04-07	buy	{"g": 2627}
2628	2025-04-08	click	{"g": 2628}
2629	2025-04-09	tap	{"g": 2629}
2630	2025-04-10	view	{"g": 2630}
2631	2025-04-11	buy	{"g": 2631}
2632	2025-04-12	click	{"g": 2632}
2633	2025-04-13	tap	{"g": 2633}
2634	2025-04-14	view	{"g": 2634}
2635	2025-04-15	buy	{"g": 2635}
2636	2025-04-16	click	{"g": 2636}
2637	2025-04-17	tap	{"g": 2637}
2638	2025-04-18	view	{"g": 2638}
2639	2025-04-19	buy	{"g": 2639}
2640	2025-04-20	click	{"g": 2640}
2641	2025-04-21	tap	{"g": 2641}
2642	2025-04-22	view	{"g": 2642}
2643	2025-04-23	buy	{"g": 2643}
2644	2025-04-24	click	{"g": 2644}
2645	2025-04-25	tap	{"g": 2645}
2646	2025-04-26	view	{"g": 2646}
2647	2025-04-27	buy	{"g": 2647}
2648	2025-04-28	click	{"g": 2648}
2649	2025-04-29	tap	{"g": 2649}
2650	2025-04-30	view	{"g": 2650}
2651	2025-05-01	buy	{"g": 2651}
2652	2025-05-02	click	{"g": 2652}
2653	2025-05-03	tap	{"g": 2653}
2654	2025-05-04	view	{"g": 2654}
2655	2025-05-05	buy	{"g": 2655}
2656	2025-05-06	click	{"g": 2656}
2657	2025-05-07	tap	{"g": 2657}
2658	2025-05-08	view	{"g": 2658}
2659	2025-05-09	buy	{"g": 2659}
2660	2025-05-10	click	{"g": 2660}
2661	2025-05-11	tap	{"g": 2661}
2662	2025-05-12	view	{"g": 2662}
2663	2025-05-13	buy	{"g": 2663}
2664	2025-05-14	click	{"g": 2664}
2665	2025-05-15	tap	{"g": 2665}
2666	2025-05-16	view	{"g": 2666}
2667	2025-05-17	buy	{"g": 2667}
2668	2025-05-18	click	{"g": 2668}
2669	2025-05-19	tap	{"g": 2669}
2670	2025-05-20	view	{"g": 2670}
2671	2025-05-21	buy	{"g": 2671}
2672	2025-05-22	click	{"g": 2672}
2673	2025-05-23	tap	{"g": 2673}
2674	2025-05-24	view	{"g": 2674}
2675	2025-05-25	buy	{"g": 2675}
2676	2025-05-26	click	{"g": 2676}
2677	2025-05-27	tap	{"g": 2677}
2678	2025-05-28	view	{"g": 2678}
2679	2025-05-29	buy	{"g": 2679}
2680	2025-05-30	click	{"g": 2680}
2681	2025-05-31	tap	{"g": 2681}
2682	2025-06-01	view	{"g": 2682}
2683	2025-06-02	buy	{"g": 2683}
2684	2025-06-03	click	{"g": 2684}
2685	2025-06-04	tap	{"g": 2685}
2686	2025-06-05	view	{"g": 2686}
2687	2025-06-06	buy	{"g": 2687}
2688	2025-06-07	click	{"g": 2688}
2689	2025-06-08	tap	{"g": 2689}
2690	2025-06-09	view	{"g": 2690}
2691	2025-06-10	buy	{"g": 2691}
2692	2025-06-11	click	{"g": 2692}
2693	2025-06-12	tap	{"g": 2693}
2694	2025-06-13	view	{"g": 2694}
2695	2025-06-14	buy	{"g": 2695}
2696	2025-06-15	click	{"g": 2696}
2697	2025-06-16	tap	{"g": 2697}
2698	2025-06-17	view	{"g": 2698}
2699	2025-06-18	buy	{"g": 2699}
\.


--
-- Data for Name: grid_high; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.grid_high (x, y, v) FROM stdin;
21	0	21,0
22	0	22,0
23	0	23,0
24	0	24,0
25	0	25,0
26	0	26,0
27	0	27,0
28	0	28,0
29	0	29,0
30	0	30,0
21	1	21,1
22	1	22,1
23	1	23,1
24	1	24,1
25	1	25,1
26	1	26,1
27	1	27,1
28	1	28,1
29	1	29,1
30	1	30,1
21	2	21,2
22	2	22,2
23	2	23,2
24	2	24,2
25	2	25,2
26	2	26,2
27	2	27,2
28	2	28,2
29	2	29,2
30	2	30,2
21	3	21,3
22	3	22,3
23	3	23,3
24	3	24,3
25	3	25,3
26	3	26,3
27	3	27,3
28	3	28,3
29	3	29,3
30	3	30,3
21	4	21,4
22	4	22,4
23	4	23,4
24	4	24,4
25	4	25,4
26	4	26,4
27	4	27,4
28	4	28,4
29	4	29,4
30	4	30,4
21	5	21,5
22	5	22,5
23	5	23,5
24	5	24,5
25	5	25,5
26	5	26,5
27	5	27,5
28	5	28,5
29	5	29,5
30	5	30,5
21	6	21,6
22	6	22,6
23	6	23,6
24	6	24,6
25	6	25,6
26	6	26,6
27	6	27,6
28	6	28,6
29	6	29,6
30	6	30,6
21	7	21,7
22	7	22,7
23	7	23,7
24	7	24,7
25	7	25,7
26	7	26,7
27	7	27,7
28	7	28,7
29	7	29,7
30	7	30,7
21	8	21,8
22	8	22,8
23	8	23,8
24	8	24,8
25	8	25,8
26	8	26,8
27	8	27,8
28	8	28,8
29	8	29,8
30	8	30,8
21	9	21,9
22	9	22,9
23	9	23,9
24	9	24,9
25	9	25,9
26	9	26,9
27	9	27,9
28	9	28,9
29	9	29,9
30	9	30,9
\.


--
-- Data for Name: grid_low; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.grid_low (x, y, v) FROM stdin;
0	0	0,0
1	0	1,0
2	0	2,0
3	0	3,0
4	0	4,0
5	0	5,0
6	0	6,0
7	0	7,0
8	0	8,0
9	0	9,0
10	0	10,0
0	1	0,1
1	1	1,1
2	1	2,1
3	1	3,1
4	1	4,1
5	1	5,1
6	1	6,1
7	1	7,1
8	1	8,1
9	1	9,1
10	1	10,1
0	2	0,2
1	2	1,2
2	2	2,2
3	2	3,2
4	2	4,2
5	2	5,2
6	2	6,2
7	2	7,2
8	2	8,2
9	2	9,2
10	2	10,2
0	3	0,3
1	3	1,3
2	3	2,3
3	3	3,3
4	3	4,3
5	3	5,3
6	3	6,3
7	3	7,3
8	3	8,3
9	3	9,3
10	3	10,3
0	4	0,4
1	4	1,4
2	4	2,4
3	4	3,4
4	4	4,4
5	4	5,4
6	4	6,4
7	4	7,4
8	4	8,4
9	4	9,4
10	4	10,4
0	5	0,5
1	5	1,5
2	5	2,5
3	5	3,5
4	5	4,5
5	5	5,5
6	5	6,5
7	5	7,5
8	5	8,5
9	5	9,5
0	6	0,6
1	6	1,6
2	6	2,6
3	6	3,6
4	6	4,6
5	6	5,6
6	6	6,6
7	6	7,6
8	6	8,6
9	6	9,6
0	7	0,7
1	7	1,7
2	7	2,7
3	7	3,7
4	7	4,7
5	7	5,7
6	7	6,7
7	7	7,7
8	7	8,7
9	7	9,7
0	8	0,8
1	8	1,8
2	8	2,8
3	8	3,8
4	8	4,8
5	8	5,8
6	8	6,8
7	8	7,8
8	8	8,8
9	8	9,8
0	9	0,9
1	9	1,9
2	9	2,9
3	9	3,9
4	9	4,9
5	9	5,9
6	9	6,9
7	9	7,9
8	9	8,9
9	9	9,9
\.


--
-- Data for Name: grid_mid; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.grid_mid (x, y, v) FROM stdin;
11	0	11,0
12	0	12,0
13	0	13,0
14	0	14,0
15	0	15,0
16	0	16,0
17	0	17,0
18	0	18,0
19	0	19,0
20	0	20,0
11	1	11,1
12	1	12,1
13	1	13,1
14	1	14,1
15	1	15,1
16	1	16,1
17	1	17,1
18	1	18,1
19	1	19,1
20	1	20,1
11	2	11,2
12	2	12,2
13	2	13,2
14	2	14,2
15	2	15,2
16	2	16,2
17	2	17,2
18	2	18,2
19	2	19,2
20	2	20,2
11	3	11,3
12	3	12,3
13	3	13,3
14	3	14,3
15	3	15,3
16	3	16,3
17	3	17,3
18	3	18,3
19	3	19,3
20	3	20,3
11	4	11,4
12	4	12,4
13	4	13,4
14	4	14,4
15	4	15,4
16	4	16,4
17	4	17,4
18	4	18,4
19	4	19,4
20	4	20,4
10	5	10,5
11	5	11,5
12	5	12,5
13	5	13,5
14	5	14,5
15	5	15,5
16	5	16,5
17	5	17,5
18	5	18,5
19	5	19,5
20	5	20,5
10	6	10,6
11	6	11,6
12	6	12,6
13	6	13,6
14	6	14,6
15	6	15,6
16	6	16,6
17	6	17,6
18	6	18,6
19	6	19,6
20	6	20,6
10	7	10,7
11	7	11,7
12	7	12,7
13	7	13,7
14	7	14,7
15	7	15,7
16	7	16,7
17	7	17,7
18	7	18,7
19	7	19,7
20	7	20,7
10	8	10,8
11	8	11,8
12	8	12,8
13	8	13,8
14	8	14,8
15	8	15,8
16	8	16,8
17	8	17,8
18	8	18,8
19	8	19,8
20	8	20,8
10	9	10,9
11	9	11,9
12	9	12,9
13	9	13,9
14	9	14,9
15	9	15,9
16	9	16,9
17	9	17,9
18	9	18,9
19	9	19,9
20	9	20,9
\.


--
-- Data for Name: labels_ab; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.labels_ab (id, tag) FROM stdin;
1	b
4	a
5	b
8	a
9	b
12	a
13	b
16	a
17	b
20	a
21	b
24	a
25	b
28	a
29	b
32	a
33	b
36	a
37	b
40	a
41	b
44	a
45	b
48	a
49	b
52	a
53	b
56	a
57	b
60	a
61	b
64	a
65	b
68	a
69	b
72	a
73	b
76	a
77	b
80	a
81	b
84	a
85	b
88	a
89	b
92	a
93	b
96	a
97	b
100	a
\.


--
-- Data for Name: labels_none; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.labels_none (id, tag) FROM stdin;
2	none
3	\N
6	none
7	\N
10	none
11	\N
14	none
15	\N
18	none
19	\N
22	none
23	\N
26	none
27	\N
30	none
31	\N
34	none
35	\N
38	none
39	\N
42	none
43	\N
46	none
47	\N
50	none
51	\N
54	none
55	\N
58	none
59	\N
62	none
63	\N
66	none
67	\N
70	none
71	\N
74	none
75	\N
78	none
79	\N
82	none
83	\N
86	none
87	\N
90	none
91	\N
94	none
95	\N
98	none
99	\N
\.


--
-- Data for Name: moods_a; Type: TABLE DATA; Schema: public; Owner: postgres
--

-- load via partition root public.moods

COPY public.moods (who, feeling) FROM stdin;
person 2	happy
person 3	sad
person 5	happy
person 6	sad
person 8	happy
person 9	sad
person 11	happy
person 12	sad
person 14	happy
person 15	sad
person 17	happy
person 18	sad
person 20	happy
person 21	sad
person 23	happy
person 24	sad
person 26	happy
person 27	sad
person 29	happy
person 30	sad
person 32	happy
person 33	sad
person 35	happy
person 36	sad
person 38	happy
person 39	sad
person 41	happy
person 42	sad
person 44	happy
person 45	sad
person 47	happy
person 48	sad
person 50	happy
person 51	sad
person 53	happy
person 54	sad
person 56	happy
person 57	sad
person 59	happy
person 60	sad
person 62	happy
person 63	sad
person 65	happy
person 66	sad
person 68	happy
person 69	sad
person 71	happy
person 72	sad
person 74	happy
person 75	sad
person 77	happy
person 78	sad
person 80	happy
person 81	sad
person 83	happy
person 84	sad
person 86	happy
person 87	sad
person 89	happy
person 90	sad
person 92	happy
person 93	sad
person 95	happy
person 96	sad
person 98	happy
person 99	sad
person 101	happy
person 102	sad
person 104	happy
person 105	sad
person 107	happy
person 108	sad
person 110	happy
person 111	sad
person 113	happy
person 114	sad
person 116	happy
person 117	sad
person 119	happy
person 120	sad
person 122	happy
person 123	sad
person 125	happy
person 126	sad
person 128	happy
person 129	sad
person 131	happy
person 132	sad
person 134	happy
person 135	sad
person 137	happy
person 138	sad
person 140	happy
person 141	sad
person 143	happy
person 144	sad
person 146	happy
person 147	sad
person 149	happy
person 150	sad
person 152	happy
person 153	sad
person 155	happy
person 156	sad
person 158	happy
person 159	sad
person 161	happy
person 162	sad
person 164	happy
person 165	sad
person 167	happy
person 168	sad
person 170	happy
person 171	sad
person 173	happy
person 174	sad
person 176	happy
person 177	sad
person 179	happy
person 180	sad
person 182	happy
person 183	sad
person 185	happy
person 186	sad
person 188	happy
person 189	sad
person 191	happy
person 192	sad
person 194	happy
person 195	sad
person 197	happy
person 198	sad
person 200	happy
person 201	sad
person 203	happy
person 204	sad
person 206	happy
person 207	sad
person 209	happy
person 210	sad
person 212	happy
person 213	sad
person 215	happy
person 216	sad
person 218	happy
person 219	sad
person 221	happy
person 222	sad
person 224	happy
person 225	sad
person 227	happy
person 228	sad
person 230	happy
person 231	sad
person 233	happy
person 234	sad
person 236	happy
person 237	sad
person 239	happy
person 240	sad
person 242	happy
person 243	sad
person 245	happy
person 246	sad
person 248	happy
person 249	sad
person 251	happy
person 252	sad
person 254	happy
person 255	sad
person 257	happy
person 258	sad
person 260	happy
person 261	sad
person 263	happy
person 264	sad
person 266	happy
person 267	sad
person 269	happy
person 270	sad
person 272	happy
person 273	sad
person 275	happy
person 276	sad
person 278	happy
person 279	sad
person 281	happy
person 282	sad
person 284	happy
person 285	sad
person 287	happy
person 288	sad
person 290	happy
person 291	sad
person 293	happy
person 294	sad
person 296	happy
person 297	sad
person 299	happy
person 300	sad
\.


--
-- Data for Name: moods_b; Type: TABLE DATA; Schema: public; Owner: postgres
--

-- load via partition root public.moods

COPY public.moods (who, feeling) FROM stdin;
person 1	ok
person 4	ok
person 7	ok
person 10	ok
person 13	ok
person 16	ok
person 19	ok
person 22	ok
person 25	ok
person 28	ok
person 31	ok
person 34	ok
person 37	ok
person 40	ok
person 43	ok
person 46	ok
person 49	ok
person 52	ok
person 55	ok
person 58	ok
person 61	ok
person 64	ok
person 67	ok
person 70	ok
person 73	ok
person 76	ok
person 79	ok
person 82	ok
person 85	ok
person 88	ok
person 91	ok
person 94	ok
person 97	ok
person 100	ok
person 103	ok
person 106	ok
person 109	ok
person 112	ok
person 115	ok
person 118	ok
person 121	ok
person 124	ok
person 127	ok
person 130	ok
person 133	ok
person 136	ok
person 139	ok
person 142	ok
person 145	ok
person 148	ok
person 151	ok
person 154	ok
person 157	ok
person 160	ok
person 163	ok
person 166	ok
person 169	ok
person 172	ok
person 175	ok
person 178	ok
person 181	ok
person 184	ok
person 187	ok
person 190	ok
person 193	ok
person 196	ok
person 199	ok
person 202	ok
person 205	ok
person 208	ok
person 211	ok
person 214	ok
person 217	ok
person 220	ok
person 223	ok
person 226	ok
person 229	ok
person 232	ok
person 235	ok
person 238	ok
person 241	ok
person 244	ok
person 247	ok
person 250	ok
person 253	ok
person 256	ok
person 259	ok
person 262	ok
person 265	ok
person 268	ok
person 271	ok
person 274	ok
person 277	ok
person 280	ok
person 283	ok
person 286	ok
person 289	ok
person 292	ok
person 295	ok
person 298	ok
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.orders (id, customer_id, region, total) FROM stdin;
1	6	ca	9.00
2	9	us	13.50
3	18	ca	27.00
4	21	us	31.50
5	30	ca	45.00
6	33	us	49.50
7	42	ca	63.00
8	45	us	67.50
9	54	ca	81.00
10	57	us	85.50
11	66	ca	99.00
12	69	us	103.50
13	78	ca	117.00
14	81	us	121.50
15	90	ca	135.00
16	93	us	139.50
17	102	ca	153.00
18	105	us	157.50
19	114	ca	171.00
20	117	us	175.50
21	126	ca	189.00
22	129	us	193.50
23	138	ca	207.00
24	141	us	211.50
25	150	ca	225.00
26	153	us	229.50
27	162	ca	243.00
28	165	us	247.50
29	174	ca	261.00
30	177	us	265.50
31	186	ca	279.00
32	189	us	283.50
33	198	ca	297.00
34	201	us	301.50
35	210	ca	315.00
36	213	us	319.50
37	222	ca	333.00
38	225	us	337.50
39	234	ca	351.00
40	237	us	355.50
41	246	ca	369.00
42	249	us	373.50
43	258	ca	387.00
44	261	us	391.50
45	270	ca	405.00
46	273	us	409.50
47	282	ca	423.00
48	285	us	427.50
49	294	ca	441.00
50	297	us	445.50
51	306	ca	459.00
52	309	us	463.50
53	318	ca	477.00
54	321	us	481.50
55	330	ca	495.00
56	333	us	499.50
57	342	ca	513.00
58	345	us	517.50
59	354	ca	531.00
60	357	us	535.50
61	366	ca	549.00
62	369	us	553.50
63	378	ca	567.00
64	381	us	571.50
65	390	ca	585.00
66	393	us	589.50
67	402	ca	603.00
68	405	us	607.50
69	414	ca	621.00
70	417	us	625.50
71	426	ca	639.00
72	429	us	643.50
73	438	ca	657.00
74	441	us	661.50
75	450	ca	675.00
76	453	us	679.50
77	462	ca	693.00
78	465	us	697.50
79	474	ca	711.00
80	477	us	715.50
81	486	ca	729.00
82	489	us	733.50
83	498	ca	747.00
84	12	eu	18.00
85	24	eu	36.00
86	36	eu	54.00
87	48	eu	72.00
88	60	eu	90.00
89	72	eu	108.00
90	84	eu	126.00
91	96	eu	144.00
92	108	eu	162.00
93	120	eu	180.00
94	132	eu	198.00
95	144	eu	216.00
96	156	eu	234.00
97	168	eu	252.00
98	180	eu	270.00
99	192	eu	288.00
100	204	eu	306.00
101	216	eu	324.00
102	228	eu	342.00
103	240	eu	360.00
104	252	eu	378.00
105	264	eu	396.00
106	276	eu	414.00
107	288	eu	432.00
108	300	eu	450.00
109	312	eu	468.00
110	324	eu	486.00
111	336	eu	504.00
112	348	eu	522.00
113	360	eu	540.00
114	372	eu	558.00
115	384	eu	576.00
116	396	eu	594.00
117	408	eu	612.00
118	420	eu	630.00
119	432	eu	648.00
120	444	eu	666.00
121	456	eu	684.00
122	468	eu	702.00
123	480	eu	720.00
124	492	eu	738.00
125	3	apac	4.50
126	15	apac	22.50
127	27	apac	40.50
128	39	apac	58.50
129	51	apac	76.50
130	63	apac	94.50
131	75	apac	112.50
132	87	apac	130.50
133	99	apac	148.50
134	111	apac	166.50
135	123	apac	184.50
136	135	apac	202.50
137	147	apac	220.50
138	159	apac	238.50
139	171	apac	256.50
140	183	apac	274.50
141	195	apac	292.50
142	207	apac	310.50
143	219	apac	328.50
144	231	apac	346.50
145	243	apac	364.50
146	255	apac	382.50
147	267	apac	400.50
148	279	apac	418.50
149	291	apac	436.50
150	303	apac	454.50
151	315	apac	472.50
152	327	apac	490.50
153	339	apac	508.50
154	351	apac	526.50
155	363	apac	544.50
156	375	apac	562.50
157	387	apac	580.50
158	399	apac	598.50
159	411	apac	616.50
160	423	apac	634.50
161	435	apac	652.50
162	447	apac	670.50
163	459	apac	688.50
164	471	apac	706.50
165	483	apac	724.50
166	495	apac	742.50
\.


--
-- Data for Name: readings_0; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.readings_0 (id, sensor, at, value) FROM stdin;
2	2	2024-01-01 00:02:00+00	0.2857142857142857
4	4	2024-01-01 00:04:00+00	0.5714285714285714
6	6	2024-01-01 00:06:00+00	0.8571428571428571
8	8	2024-01-01 00:08:00+00	1.1428571428571428
15	15	2024-01-01 00:15:00+00	2.142857142857143
16	16	2024-01-01 00:16:00+00	2.2857142857142856
18	18	2024-01-01 00:18:00+00	2.5714285714285716
19	19	2024-01-01 00:19:00+00	2.7142857142857144
20	20	2024-01-01 00:20:00+00	2.857142857142857
27	27	2024-01-01 00:27:00+00	3.857142857142857
29	29	2024-01-01 00:29:00+00	4.142857142857143
33	33	2024-01-01 00:33:00+00	4.714285714285714
34	34	2024-01-01 00:34:00+00	4.857142857142857
38	38	2024-01-01 00:38:00+00	5.428571428571429
42	42	2024-01-01 00:42:00+00	6
45	45	2024-01-01 00:45:00+00	6.428571428571429
48	48	2024-01-01 00:48:00+00	6.857142857142857
52	2	2024-01-01 00:52:00+00	7.428571428571429
54	4	2024-01-01 00:54:00+00	7.714285714285714
56	6	2024-01-01 00:56:00+00	8
58	8	2024-01-01 00:58:00+00	8.285714285714286
65	15	2024-01-01 01:05:00+00	9.285714285714286
66	16	2024-01-01 01:06:00+00	9.428571428571429
68	18	2024-01-01 01:08:00+00	9.714285714285714
69	19	2024-01-01 01:09:00+00	9.857142857142858
70	20	2024-01-01 01:10:00+00	10
77	27	2024-01-01 01:17:00+00	11
79	29	2024-01-01 01:19:00+00	11.285714285714286
83	33	2024-01-01 01:23:00+00	11.857142857142858
84	34	2024-01-01 01:24:00+00	12
88	38	2024-01-01 01:28:00+00	12.571428571428571
92	42	2024-01-01 01:32:00+00	13.142857142857142
95	45	2024-01-01 01:35:00+00	13.571428571428571
98	48	2024-01-01 01:38:00+00	14
102	2	2024-01-01 01:42:00+00	14.571428571428571
104	4	2024-01-01 01:44:00+00	14.857142857142858
106	6	2024-01-01 01:46:00+00	15.142857142857142
108	8	2024-01-01 01:48:00+00	15.428571428571429
115	15	2024-01-01 01:55:00+00	16.428571428571427
116	16	2024-01-01 01:56:00+00	16.571428571428573
118	18	2024-01-01 01:58:00+00	16.857142857142858
119	19	2024-01-01 01:59:00+00	17
120	20	2024-01-01 02:00:00+00	17.142857142857142
127	27	2024-01-01 02:07:00+00	18.142857142857142
129	29	2024-01-01 02:09:00+00	18.428571428571427
133	33	2024-01-01 02:13:00+00	19
134	34	2024-01-01 02:14:00+00	19.142857142857142
138	38	2024-01-01 02:18:00+00	19.714285714285715
142	42	2024-01-01 02:22:00+00	20.285714285714285
145	45	2024-01-01 02:25:00+00	20.714285714285715
148	48	2024-01-01 02:28:00+00	21.142857142857142
152	2	2024-01-01 02:32:00+00	21.714285714285715
154	4	2024-01-01 02:34:00+00	22
156	6	2024-01-01 02:36:00+00	22.285714285714285
158	8	2024-01-01 02:38:00+00	22.571428571428573
165	15	2024-01-01 02:45:00+00	23.571428571428573
166	16	2024-01-01 02:46:00+00	23.714285714285715
168	18	2024-01-01 02:48:00+00	24
169	19	2024-01-01 02:49:00+00	24.142857142857142
170	20	2024-01-01 02:50:00+00	24.285714285714285
177	27	2024-01-01 02:57:00+00	25.285714285714285
179	29	2024-01-01 02:59:00+00	25.571428571428573
183	33	2024-01-01 03:03:00+00	26.142857142857142
184	34	2024-01-01 03:04:00+00	26.285714285714285
188	38	2024-01-01 03:08:00+00	26.857142857142858
192	42	2024-01-01 03:12:00+00	27.428571428571427
195	45	2024-01-01 03:15:00+00	27.857142857142858
198	48	2024-01-01 03:18:00+00	28.285714285714285
202	2	2024-01-01 03:22:00+00	28.857142857142858
204	4	2024-01-01 03:24:00+00	29.142857142857142
206	6	2024-01-01 03:26:00+00	29.428571428571427
208	8	2024-01-01 03:28:00+00	29.714285714285715
215	15	2024-01-01 03:35:00+00	30.714285714285715
216	16	2024-01-01 03:36:00+00	30.857142857142858
218	18	2024-01-01 03:38:00+00	31.142857142857142
219	19	2024-01-01 03:39:00+00	31.285714285714285
220	20	2024-01-01 03:40:00+00	31.428571428571427
227	27	2024-01-01 03:47:00+00	32.42857142857143
229	29	2024-01-01 03:49:00+00	32.714285714285715
233	33	2024-01-01 03:53:00+00	33.285714285714285
234	34	2024-01-01 03:54:00+00	33.42857142857143
238	38	2024-01-01 03:58:00+00	34
242	42	2024-01-01 04:02:00+00	34.57142857142857
245	45	2024-01-01 04:05:00+00	35
248	48	2024-01-01 04:08:00+00	35.42857142857143
252	2	2024-01-01 04:12:00+00	36
254	4	2024-01-01 04:14:00+00	36.285714285714285
256	6	2024-01-01 04:16:00+00	36.57142857142857
258	8	2024-01-01 04:18:00+00	36.857142857142854
265	15	2024-01-01 04:25:00+00	37.857142857142854
266	16	2024-01-01 04:26:00+00	38
268	18	2024-01-01 04:28:00+00	38.285714285714285
269	19	2024-01-01 04:29:00+00	38.42857142857143
270	20	2024-01-01 04:30:00+00	38.57142857142857
277	27	2024-01-01 04:37:00+00	39.57142857142857
279	29	2024-01-01 04:39:00+00	39.857142857142854
283	33	2024-01-01 04:43:00+00	40.42857142857143
284	34	2024-01-01 04:44:00+00	40.57142857142857
288	38	2024-01-01 04:48:00+00	41.142857142857146
292	42	2024-01-01 04:52:00+00	41.714285714285715
295	45	2024-01-01 04:55:00+00	42.142857142857146
298	48	2024-01-01 04:58:00+00	42.57142857142857
302	2	2024-01-01 05:02:00+00	43.142857142857146
304	4	2024-01-01 05:04:00+00	43.42857142857143
306	6	2024-01-01 05:06:00+00	43.714285714285715
308	8	2024-01-01 05:08:00+00	44
315	15	2024-01-01 05:15:00+00	45
316	16	2024-01-01 05:16:00+00	45.142857142857146
318	18	2024-01-01 05:18:00+00	45.42857142857143
319	19	2024-01-01 05:19:00+00	45.57142857142857
320	20	2024-01-01 05:20:00+00	45.714285714285715
327	27	2024-01-01 05:27:00+00	46.714285714285715
329	29	2024-01-01 05:29:00+00	47
333	33	2024-01-01 05:33:00+00	47.57142857142857
334	34	2024-01-01 05:34:00+00	47.714285714285715
338	38	2024-01-01 05:38:00+00	48.285714285714285
342	42	2024-01-01 05:42:00+00	48.857142857142854
345	45	2024-01-01 05:45:00+00	49.285714285714285
348	48	2024-01-01 05:48:00+00	49.714285714285715
352	2	2024-01-01 05:52:00+00	50.285714285714285
354	4	2024-01-01 05:54:00+00	50.57142857142857
356	6	2024-01-01 05:56:00+00	50.857142857142854
358	8	2024-01-01 05:58:00+00	51.142857142857146
365	15	2024-01-01 06:05:00+00	52.142857142857146
366	16	2024-01-01 06:06:00+00	52.285714285714285
368	18	2024-01-01 06:08:00+00	52.57142857142857
369	19	2024-01-01 06:09:00+00	52.714285714285715
370	20	2024-01-01 06:10:00+00	52.857142857142854
377	27	2024-01-01 06:17:00+00	53.857142857142854
379	29	2024-01-01 06:19:00+00	54.142857142857146
383	33	2024-01-01 06:23:00+00	54.714285714285715
384	34	2024-01-01 06:24:00+00	54.857142857142854
388	38	2024-01-01 06:28:00+00	55.42857142857143
392	42	2024-01-01 06:32:00+00	56
395	45	2024-01-01 06:35:00+00	56.42857142857143
398	48	2024-01-01 06:38:00+00	56.857142857142854
402	2	2024-01-01 06:42:00+00	57.42857142857143
404	4	2024-01-01 06:44:00+00	57.714285714285715
406	6	2024-01-01 06:46:00+00	58
408	8	2024-01-01 06:48:00+00	58.285714285714285
415	15	2024-01-01 06:55:00+00	59.285714285714285
416	16	2024-01-01 06:56:00+00	59.42857142857143
418	18	2024-01-01 06:58:00+00	59.714285714285715
419	19	2024-01-01 06:59:00+00	59.857142857142854
420	20	2024-01-01 07:00:00+00	60
427	27	2024-01-01 07:07:00+00	61
429	29	2024-01-01 07:09:00+00	61.285714285714285
433	33	2024-01-01 07:13:00+00	61.857142857142854
434	34	2024-01-01 07:14:00+00	62
438	38	2024-01-01 07:18:00+00	62.57142857142857
442	42	2024-01-01 07:22:00+00	63.142857142857146
445	45	2024-01-01 07:25:00+00	63.57142857142857
448	48	2024-01-01 07:28:00+00	64
452	2	2024-01-01 07:32:00+00	64.57142857142857
454	4	2024-01-01 07:34:00+00	64.85714285714286
456	6	2024-01-01 07:36:00+00	65.14285714285714
458	8	2024-01-01 07:38:00+00	65.42857142857143
465	15	2024-01-01 07:45:00+00	66.42857142857143
466	16	2024-01-01 07:46:00+00	66.57142857142857
468	18	2024-01-01 07:48:00+00	66.85714285714286
469	19	2024-01-01 07:49:00+00	67
470	20	2024-01-01 07:50:00+00	67.14285714285714
477	27	2024-01-01 07:57:00+00	68.14285714285714
479	29	2024-01-01 07:59:00+00	68.42857142857143
483	33	2024-01-01 08:03:00+00	69
484	34	2024-01-01 08:04:00+00	69.14285714285714
488	38	2024-01-01 08:08:00+00	69.71428571428571
492	42	2024-01-01 08:12:00+00	70.28571428571429
495	45	2024-01-01 08:15:00+00	70.71428571428571
498	48	2024-01-01 08:18:00+00	71.14285714285714
502	2	2024-01-01 08:22:00+00	71.71428571428571
504	4	2024-01-01 08:24:00+00	72
506	6	2024-01-01 08:26:00+00	72.28571428571429
508	8	2024-01-01 08:28:00+00	72.57142857142857
515	15	2024-01-01 08:35:00+00	73.57142857142857
516	16	2024-01-01 08:36:00+00	73.71428571428571
518	18	2024-01-01 08:38:00+00	74
519	19	2024-01-01 08:39:00+00	74.14285714285714
520	20	2024-01-01 08:40:00+00	74.28571428571429
527	27	2024-01-01 08:47:00+00	75.28571428571429
529	29	2024-01-01 08:49:00+00	75.57142857142857
533	33	2024-01-01 08:53:00+00	76.14285714285714
534	34	2024-01-01 08:54:00+00	76.28571428571429
538	38	2024-01-01 08:58:00+00	76.85714285714286
542	42	2024-01-01 09:02:00+00	77.42857142857143
545	45	2024-01-01 09:05:00+00	77.85714285714286
548	48	2024-01-01 09:08:00+00	78.28571428571429
552	2	2024-01-01 09:12:00+00	78.85714285714286
554	4	2024-01-01 09:14:00+00	79.14285714285714
556	6	2024-01-01 09:16:00+00	79.42857142857143
558	8	2024-01-01 09:18:00+00	79.71428571428571
565	15	2024-01-01 09:25:00+00	80.71428571428571
566	16	2024-01-01 09:26:00+00	80.85714285714286
568	18	2024-01-01 09:28:00+00	81.14285714285714
569	19	2024-01-01 09:29:00+00	81.28571428571429
570	20	2024-01-01 09:30:00+00	81.42857142857143
577	27	2024-01-01 09:37:00+00	82.42857142857143
579	29	2024-01-01 09:39:00+00	82.71428571428571
583	33	2024-01-01 09:43:00+00	83.28571428571429
584	34	2024-01-01 09:44:00+00	83.42857142857143
588	38	2024-01-01 09:48:00+00	84
592	42	2024-01-01 09:52:00+00	84.57142857142857
595	45	2024-01-01 09:55:00+00	85
598	48	2024-01-01 09:58:00+00	85.42857142857143
602	2	2024-01-01 10:02:00+00	86
604	4	2024-01-01 10:04:00+00	86.28571428571429
606	6	2024-01-01 10:06:00+00	86.57142857142857
608	8	2024-01-01 10:08:00+00	86.85714285714286
615	15	2024-01-01 10:15:00+00	87.85714285714286
616	16	2024-01-01 10:16:00+00	88
618	18	2024-01-01 10:18:00+00	88.28571428571429
619	19	2024-01-01 10:19:00+00	88.42857142857143
620	20	2024-01-01 10:20:00+00	88.57142857142857
627	27	2024-01-01 10:27:00+00	89.57142857142857
629	29	2024-01-01 10:29:00+00	89.85714285714286
633	33	2024-01-01 10:33:00+00	90.42857142857143
634	34	2024-01-01 10:34:00+00	90.57142857142857
638	38	2024-01-01 10:38:00+00	91.14285714285714
642	42	2024-01-01 10:42:00+00	91.71428571428571
645	45	2024-01-01 10:45:00+00	92.14285714285714
648	48	2024-01-01 10:48:00+00	92.57142857142857
652	2	2024-01-01 10:52:00+00	93.14285714285714
654	4	2024-01-01 10:54:00+00	93.42857142857143
656	6	2024-01-01 10:56:00+00	93.71428571428571
658	8	2024-01-01 10:58:00+00	94
665	15	2024-01-01 11:05:00+00	95
666	16	2024-01-01 11:06:00+00	95.14285714285714
668	18	2024-01-01 11:08:00+00	95.42857142857143
669	19	2024-01-01 11:09:00+00	95.57142857142857
670	20	2024-01-01 11:10:00+00	95.71428571428571
677	27	2024-01-01 11:17:00+00	96.71428571428571
679	29	2024-01-01 11:19:00+00	97
683	33	2024-01-01 11:23:00+00	97.57142857142857
684	34	2024-01-01 11:24:00+00	97.71428571428571
688	38	2024-01-01 11:28:00+00	98.28571428571429
692	42	2024-01-01 11:32:00+00	98.85714285714286
695	45	2024-01-01 11:35:00+00	99.28571428571429
698	48	2024-01-01 11:38:00+00	99.71428571428571
702	2	2024-01-01 11:42:00+00	100.28571428571429
704	4	2024-01-01 11:44:00+00	100.57142857142857
706	6	2024-01-01 11:46:00+00	100.85714285714286
708	8	2024-01-01 11:48:00+00	101.14285714285714
715	15	2024-01-01 11:55:00+00	102.14285714285714
716	16	2024-01-01 11:56:00+00	102.28571428571429
718	18	2024-01-01 11:58:00+00	102.57142857142857
719	19	2024-01-01 11:59:00+00	102.71428571428571
720	20	2024-01-01 12:00:00+00	102.85714285714286
727	27	2024-01-01 12:07:00+00	103.85714285714286
729	29	2024-01-01 12:09:00+00	104.14285714285714
733	33	2024-01-01 12:13:00+00	104.71428571428571
734	34	2024-01-01 12:14:00+00	104.85714285714286
738	38	2024-01-01 12:18:00+00	105.42857142857143
742	42	2024-01-01 12:22:00+00	106
745	45	2024-01-01 12:25:00+00	106.42857142857143
748	48	2024-01-01 12:28:00+00	106.85714285714286
752	2	2024-01-01 12:32:00+00	107.42857142857143
754	4	2024-01-01 12:34:00+00	107.71428571428571
756	6	2024-01-01 12:36:00+00	108
758	8	2024-01-01 12:38:00+00	108.28571428571429
765	15	2024-01-01 12:45:00+00	109.28571428571429
766	16	2024-01-01 12:46:00+00	109.42857142857143
768	18	2024-01-01 12:48:00+00	109.71428571428571
769	19	2024-01-01 12:49:00+00	109.85714285714286
770	20	2024-01-01 12:50:00+00	110
777	27	2024-01-01 12:57:00+00	111
779	29	2024-01-01 12:59:00+00	111.28571428571429
783	33	2024-01-01 13:03:00+00	111.85714285714286
784	34	2024-01-01 13:04:00+00	112
788	38	2024-01-01 13:08:00+00	112.57142857142857
792	42	2024-01-01 13:12:00+00	113.14285714285714
795	45	2024-01-01 13:15:00+00	113.57142857142857
798	48	2024-01-01 13:18:00+00	114
802	2	2024-01-01 13:22:00+00	114.57142857142857
804	4	2024-01-01 13:24:00+00	114.85714285714286
806	6	2024-01-01 13:26:00+00	115.14285714285714
808	8	2024-01-01 13:28:00+00	115.42857142857143
815	15	2024-01-01 13:35:00+00	116.42857142857143
816	16	2024-01-01 13:36:00+00	116.57142857142857
818	18	2024-01-01 13:38:00+00	116.85714285714286
819	19	2024-01-01 13:39:00+00	117
820	20	2024-01-01 13:40:00+00	117.14285714285714
827	27	2024-01-01 13:47:00+00	118.14285714285714
829	29	2024-01-01 13:49:00+00	118.42857142857143
833	33	2024-01-01 13:53:00+00	119
834	34	2024-01-01 13:54:00+00	119.14285714285714
838	38	2024-01-01 13:58:00+00	119.71428571428571
842	42	2024-01-01 14:02:00+00	120.28571428571429
845	45	2024-01-01 14:05:00+00	120.71428571428571
848	48	2024-01-01 14:08:00+00	121.14285714285714
852	2	2024-01-01 14:12:00+00	121.71428571428571
854	4	2024-01-01 14:14:00+00	122
856	6	2024-01-01 14:16:00+00	122.28571428571429
858	8	2024-01-01 14:18:00+00	122.57142857142857
865	15	2024-01-01 14:25:00+00	123.57142857142857
866	16	2024-01-01 14:26:00+00	123.71428571428571
868	18	2024-01-01 14:28:00+00	124
869	19	2024-01-01 14:29:00+00	124.14285714285714
870	20	2024-01-01 14:30:00+00	124.28571428571429
877	27	2024-01-01 14:37:00+00	125.28571428571429
879	29	2024-01-01 14:39:00+00	125.57142857142857
883	33	2024-01-01 14:43:00+00	126.14285714285714
884	34	2024-01-01 14:44:00+00	126.28571428571429
888	38	2024-01-01 14:48:00+00	126.85714285714286
892	42	2024-01-01 14:52:00+00	127.42857142857143
895	45	2024-01-01 14:55:00+00	127.85714285714286
898	48	2024-01-01 14:58:00+00	128.28571428571428
902	2	2024-01-01 15:02:00+00	128.85714285714286
904	4	2024-01-01 15:04:00+00	129.14285714285714
906	6	2024-01-01 15:06:00+00	129.42857142857142
908	8	2024-01-01 15:08:00+00	129.71428571428572
915	15	2024-01-01 15:15:00+00	130.71428571428572
916	16	2024-01-01 15:16:00+00	130.85714285714286
918	18	2024-01-01 15:18:00+00	131.14285714285714
919	19	2024-01-01 15:19:00+00	131.28571428571428
920	20	2024-01-01 15:20:00+00	131.42857142857142
927	27	2024-01-01 15:27:00+00	132.42857142857142
929	29	2024-01-01 15:29:00+00	132.71428571428572
933	33	2024-01-01 15:33:00+00	133.28571428571428
934	34	2024-01-01 15:34:00+00	133.42857142857142
938	38	2024-01-01 15:38:00+00	134
942	42	2024-01-01 15:42:00+00	134.57142857142858
945	45	2024-01-01 15:45:00+00	135
948	48	2024-01-01 15:48:00+00	135.42857142857142
952	2	2024-01-01 15:52:00+00	136
954	4	2024-01-01 15:54:00+00	136.28571428571428
956	6	2024-01-01 15:56:00+00	136.57142857142858
958	8	2024-01-01 15:58:00+00	136.85714285714286
965	15	2024-01-01 16:05:00+00	137.85714285714286
966	16	2024-01-01 16:06:00+00	138
968	18	2024-01-01 16:08:00+00	138.28571428571428
969	19	2024-01-01 16:09:00+00	138.42857142857142
970	20	2024-01-01 16:10:00+00	138.57142857142858
977	27	2024-01-01 16:17:00+00	139.57142857142858
979	29	2024-01-01 16:19:00+00	139.85714285714286
983	33	2024-01-01 16:23:00+00	140.42857142857142
984	34	2024-01-01 16:24:00+00	140.57142857142858
988	38	2024-01-01 16:28:00+00	141.14285714285714
992	42	2024-01-01 16:32:00+00	141.71428571428572
995	45	2024-01-01 16:35:00+00	142.14285714285714
998	48	2024-01-01 16:38:00+00	142.57142857142858
1002	2	2024-01-01 16:42:00+00	143.14285714285714
1004	4	2024-01-01 16:44:00+00	143.42857142857142
1006	6	2024-01-01 16:46:00+00	143.71428571428572
1008	8	2024-01-01 16:48:00+00	144
1015	15	2024-01-01 16:55:00+00	145
1016	16	2024-01-01 16:56:00+00	145.14285714285714
1018	18	2024-01-01 16:58:00+00	145.42857142857142
1019	19	2024-01-01 16:59:00+00	145.57142857142858
1020	20	2024-01-01 17:00:00+00	145.71428571428572
1027	27	2024-01-01 17:07:00+00	146.71428571428572
1029	29	2024-01-01 17:09:00+00	147
1033	33	2024-01-01 17:13:00+00	147.57142857142858
1034	34	2024-01-01 17:14:00+00	147.71428571428572
1038	38	2024-01-01 17:18:00+00	148.28571428571428
1042	42	2024-01-01 17:22:00+00	148.85714285714286
1045	45	2024-01-01 17:25:00+00	149.28571428571428
1048	48	2024-01-01 17:28:00+00	149.71428571428572
1052	2	2024-01-01 17:32:00+00	150.28571428571428
1054	4	2024-01-01 17:34:00+00	150.57142857142858
1056	6	2024-01-01 17:36:00+00	150.85714285714286
1058	8	2024-01-01 17:38:00+00	151.14285714285714
1065	15	2024-01-01 17:45:00+00	152.14285714285714
1066	16	2024-01-01 17:46:00+00	152.28571428571428
1068	18	2024-01-01 17:48:00+00	152.57142857142858
1069	19	2024-01-01 17:49:00+00	152.71428571428572
1070	20	2024-01-01 17:50:00+00	152.85714285714286
1077	27	2024-01-01 17:57:00+00	153.85714285714286
1079	29	2024-01-01 17:59:00+00	154.14285714285714
1083	33	2024-01-01 18:03:00+00	154.71428571428572
1084	34	2024-01-01 18:04:00+00	154.85714285714286
1088	38	2024-01-01 18:08:00+00	155.42857142857142
1092	42	2024-01-01 18:12:00+00	156
1095	45	2024-01-01 18:15:00+00	156.42857142857142
1098	48	2024-01-01 18:18:00+00	156.85714285714286
1102	2	2024-01-01 18:22:00+00	157.42857142857142
1104	4	2024-01-01 18:24:00+00	157.71428571428572
1106	6	2024-01-01 18:26:00+00	158
1108	8	2024-01-01 18:28:00+00	158.28571428571428
1115	15	2024-01-01 18:35:00+00	159.28571428571428
1116	16	2024-01-01 18:36:00+00	159.42857142857142
1118	18	2024-01-01 18:38:00+00	159.71428571428572
1119	19	2024-01-01 18:39:00+00	159.85714285714286
1120	20	2024-01-01 18:40:00+00	160
1127	27	2024-01-01 18:47:00+00	161
1129	29	2024-01-01 18:49:00+00	161.28571428571428
1133	33	2024-01-01 18:53:00+00	161.85714285714286
1134	34	2024-01-01 18:54:00+00	162
1138	38	2024-01-01 18:58:00+00	162.57142857142858
1142	42	2024-01-01 19:02:00+00	163.14285714285714
1145	45	2024-01-01 19:05:00+00	163.57142857142858
1148	48	2024-01-01 19:08:00+00	164
1152	2	2024-01-01 19:12:00+00	164.57142857142858
1154	4	2024-01-01 19:14:00+00	164.85714285714286
1156	6	2024-01-01 19:16:00+00	165.14285714285714
1158	8	2024-01-01 19:18:00+00	165.42857142857142
1165	15	2024-01-01 19:25:00+00	166.42857142857142
1166	16	2024-01-01 19:26:00+00	166.57142857142858
1168	18	2024-01-01 19:28:00+00	166.85714285714286
1169	19	2024-01-01 19:29:00+00	167
1170	20	2024-01-01 19:30:00+00	167.14285714285714
1177	27	2024-01-01 19:37:00+00	168.14285714285714
1179	29	2024-01-01 19:39:00+00	168.42857142857142
1183	33	2024-01-01 19:43:00+00	169
1184	34	2024-01-01 19:44:00+00	169.14285714285714
1188	38	2024-01-01 19:48:00+00	169.71428571428572
1192	42	2024-01-01 19:52:00+00	170.28571428571428
1195	45	2024-01-01 19:55:00+00	170.71428571428572
1198	48	2024-01-01 19:58:00+00	171.14285714285714
1202	2	2024-01-01 20:02:00+00	171.71428571428572
1204	4	2024-01-01 20:04:00+00	172
1206	6	2024-01-01 20:06:00+00	172.28571428571428
1208	8	2024-01-01 20:08:00+00	172.57142857142858
1215	15	2024-01-01 20:15:00+00	173.57142857142858
1216	16	2024-01-01 20:16:00+00	173.71428571428572
1218	18	2024-01-01 20:18:00+00	174
1219	19	2024-01-01 20:19:00+00	174.14285714285714
1220	20	2024-01-01 20:20:00+00	174.28571428571428
1227	27	2024-01-01 20:27:00+00	175.28571428571428
1229	29	2024-01-01 20:29:00+00	175.57142857142858
1233	33	2024-01-01 20:33:00+00	176.14285714285714
1234	34	2024-01-01 20:34:00+00	176.28571428571428
1238	38	2024-01-01 20:38:00+00	176.85714285714286
1242	42	2024-01-01 20:42:00+00	177.42857142857142
1245	45	2024-01-01 20:45:00+00	177.85714285714286
1248	48	2024-01-01 20:48:00+00	178.28571428571428
1252	2	2024-01-01 20:52:00+00	178.85714285714286
1254	4	2024-01-01 20:54:00+00	179.14285714285714
1256	6	2024-01-01 20:56:00+00	179.42857142857142
1258	8	2024-01-01 20:58:00+00	179.71428571428572
1265	15	2024-01-01 21:05:00+00	180.71428571428572
1266	16	2024-01-01 21:06:00+00	180.85714285714286
1268	18	2024-01-01 21:08:00+00	181.14285714285714
1269	19	2024-01-01 21:09:00+00	181.28571428571428
1270	20	2024-01-01 21:10:00+00	181.42857142857142
1277	27	2024-01-01 21:17:00+00	182.42857142857142
1279	29	2024-01-01 21:19:00+00	182.71428571428572
1283	33	2024-01-01 21:23:00+00	183.28571428571428
1284	34	2024-01-01 21:24:00+00	183.42857142857142
1288	38	2024-01-01 21:28:00+00	184
1292	42	2024-01-01 21:32:00+00	184.57142857142858
1295	45	2024-01-01 21:35:00+00	185
1298	48	2024-01-01 21:38:00+00	185.42857142857142
1302	2	2024-01-01 21:42:00+00	186
1304	4	2024-01-01 21:44:00+00	186.28571428571428
1306	6	2024-01-01 21:46:00+00	186.57142857142858
1308	8	2024-01-01 21:48:00+00	186.85714285714286
1315	15	2024-01-01 21:55:00+00	187.85714285714286
1316	16	2024-01-01 21:56:00+00	188
1318	18	2024-01-01 21:58:00+00	188.28571428571428
1319	19	2024-01-01 21:59:00+00	188.42857142857142
1320	20	2024-01-01 22:00:00+00	188.57142857142858
1327	27	2024-01-01 22:07:00+00	189.57142857142858
1329	29	2024-01-01 22:09:00+00	189.85714285714286
1333	33	2024-01-01 22:13:00+00	190.42857142857142
1334	34	2024-01-01 22:14:00+00	190.57142857142858
1338	38	2024-01-01 22:18:00+00	191.14285714285714
1342	42	2024-01-01 22:22:00+00	191.71428571428572
1345	45	2024-01-01 22:25:00+00	192.14285714285714
1348	48	2024-01-01 22:28:00+00	192.57142857142858
1352	2	2024-01-01 22:32:00+00	193.14285714285714
1354	4	2024-01-01 22:34:00+00	193.42857142857142
1356	6	2024-01-01 22:36:00+00	193.71428571428572
1358	8	2024-01-01 22:38:00+00	194
1365	15	2024-01-01 22:45:00+00	195
1366	16	2024-01-01 22:46:00+00	195.14285714285714
1368	18	2024-01-01 22:48:00+00	195.42857142857142
1369	19	2024-01-01 22:49:00+00	195.57142857142858
1370	20	2024-01-01 22:50:00+00	195.71428571428572
1377	27	2024-01-01 22:57:00+00	196.71428571428572
1379	29	2024-01-01 22:59:00+00	197
1383	33	2024-01-01 23:03:00+00	197.57142857142858
1384	34	2024-01-01 23:04:00+00	197.71428571428572
1388	38	2024-01-01 23:08:00+00	198.28571428571428
1392	42	2024-01-01 23:12:00+00	198.85714285714286
1395	45	2024-01-01 23:15:00+00	199.28571428571428
1398	48	2024-01-01 23:18:00+00	199.71428571428572
1402	2	2024-01-01 23:22:00+00	200.28571428571428
1404	4	2024-01-01 23:24:00+00	200.57142857142858
1406	6	2024-01-01 23:26:00+00	200.85714285714286
1408	8	2024-01-01 23:28:00+00	201.14285714285714
1415	15	2024-01-01 23:35:00+00	202.14285714285714
1416	16	2024-01-01 23:36:00+00	202.28571428571428
1418	18	2024-01-01 23:38:00+00	202.57142857142858
1419	19	2024-01-01 23:39:00+00	202.71428571428572
1420	20	2024-01-01 23:40:00+00	202.85714285714286
1427	27	2024-01-01 23:47:00+00	203.85714285714286
1429	29	2024-01-01 23:49:00+00	204.14285714285714
1433	33	2024-01-01 23:53:00+00	204.71428571428572
1434	34	2024-01-01 23:54:00+00	204.85714285714286
1438	38	2024-01-01 23:58:00+00	205.42857142857142
1442	42	2024-01-02 00:02:00+00	206
1445	45	2024-01-02 00:05:00+00	206.42857142857142
1448	48	2024-01-02 00:08:00+00	206.85714285714286
1452	2	2024-01-02 00:12:00+00	207.42857142857142
1454	4	2024-01-02 00:14:00+00	207.71428571428572
1456	6	2024-01-02 00:16:00+00	208
1458	8	2024-01-02 00:18:00+00	208.28571428571428
1465	15	2024-01-02 00:25:00+00	209.28571428571428
1466	16	2024-01-02 00:26:00+00	209.42857142857142
1468	18	2024-01-02 00:28:00+00	209.71428571428572
1469	19	2024-01-02 00:29:00+00	209.85714285714286
1470	20	2024-01-02 00:30:00+00	210
1477	27	2024-01-02 00:37:00+00	211
1479	29	2024-01-02 00:39:00+00	211.28571428571428
1483	33	2024-01-02 00:43:00+00	211.85714285714286
1484	34	2024-01-02 00:44:00+00	212
1488	38	2024-01-02 00:48:00+00	212.57142857142858
1492	42	2024-01-02 00:52:00+00	213.14285714285714
1495	45	2024-01-02 00:55:00+00	213.57142857142858
1498	48	2024-01-02 00:58:00+00	214
1502	2	2024-01-02 01:02:00+00	214.57142857142858
1504	4	2024-01-02 01:04:00+00	214.85714285714286
1506	6	2024-01-02 01:06:00+00	215.14285714285714
1508	8	2024-01-02 01:08:00+00	215.42857142857142
1515	15	2024-01-02 01:15:00+00	216.42857142857142
1516	16	2024-01-02 01:16:00+00	216.57142857142858
1518	18	2024-01-02 01:18:00+00	216.85714285714286
1519	19	2024-01-02 01:19:00+00	217
1520	20	2024-01-02 01:20:00+00	217.14285714285714
1527	27	2024-01-02 01:27:00+00	218.14285714285714
1529	29	2024-01-02 01:29:00+00	218.42857142857142
1533	33	2024-01-02 01:33:00+00	219
1534	34	2024-01-02 01:34:00+00	219.14285714285714
1538	38	2024-01-02 01:38:00+00	219.71428571428572
1542	42	2024-01-02 01:42:00+00	220.28571428571428
1545	45	2024-01-02 01:45:00+00	220.71428571428572
1548	48	2024-01-02 01:48:00+00	221.14285714285714
1552	2	2024-01-02 01:52:00+00	221.71428571428572
1554	4	2024-01-02 01:54:00+00	222
1556	6	2024-01-02 01:56:00+00	222.28571428571428
1558	8	2024-01-02 01:58:00+00	222.57142857142858
1565	15	2024-01-02 02:05:00+00	223.57142857142858
1566	16	2024-01-02 02:06:00+00	223.71428571428572
1568	18	2024-01-02 02:08:00+00	224
1569	19	2024-01-02 02:09:00+00	224.14285714285714
1570	20	2024-01-02 02:10:00+00	224.28571428571428
1577	27	2024-01-02 02:17:00+00	225.28571428571428
1579	29	2024-01-02 02:19:00+00	225.57142857142858
1583	33	2024-01-02 02:23:00+00	226.14285714285714
1584	34	2024-01-02 02:24:00+00	226.28571428571428
1588	38	2024-01-02 02:28:00+00	226.85714285714286
1592	42	2024-01-02 02:32:00+00	227.42857142857142
1595	45	2024-01-02 02:35:00+00	227.85714285714286
1598	48	2024-01-02 02:38:00+00	228.28571428571428
1602	2	2024-01-02 02:42:00+00	228.85714285714286
1604	4	2024-01-02 02:44:00+00	229.14285714285714
1606	6	2024-01-02 02:46:00+00	229.42857142857142
1608	8	2024-01-02 02:48:00+00	229.71428571428572
1615	15	2024-01-02 02:55:00+00	230.71428571428572
1616	16	2024-01-02 02:56:00+00	230.85714285714286
1618	18	2024-01-02 02:58:00+00	231.14285714285714
1619	19	2024-01-02 02:59:00+00	231.28571428571428
1620	20	2024-01-02 03:00:00+00	231.42857142857142
1627	27	2024-01-02 03:07:00+00	232.42857142857142
1629	29	2024-01-02 03:09:00+00	232.71428571428572
1633	33	2024-01-02 03:13:00+00	233.28571428571428
1634	34	2024-01-02 03:14:00+00	233.42857142857142
1638	38	2024-01-02 03:18:00+00	234
1642	42	2024-01-02 03:22:00+00	234.57142857142858
1645	45	2024-01-02 03:25:00+00	235
1648	48	2024-01-02 03:28:00+00	235.42857142857142
1652	2	2024-01-02 03:32:00+00	236
1654	4	2024-01-02 03:34:00+00	236.28571428571428
1656	6	2024-01-02 03:36:00+00	236.57142857142858
1658	8	2024-01-02 03:38:00+00	236.85714285714286
1665	15	2024-01-02 03:45:00+00	237.85714285714286
1666	16	2024-01-02 03:46:00+00	238
1668	18	2024-01-02 03:48:00+00	238.28571428571428
1669	19	2024-01-02 03:49:00+00	238.42857142857142
1670	20	2024-01-02 03:50:00+00	238.57142857142858
1677	27	2024-01-02 03:57:00+00	239.57142857142858
1679	29	2024-01-02 03:59:00+00	239.85714285714286
1683	33	2024-01-02 04:03:00+00	240.42857142857142
1684	34	2024-01-02 04:04:00+00	240.57142857142858
1688	38	2024-01-02 04:08:00+00	241.14285714285714
1692	42	2024-01-02 04:12:00+00	241.71428571428572
1695	45	2024-01-02 04:15:00+00	242.14285714285714
1698	48	2024-01-02 04:18:00+00	242.57142857142858
1702	2	2024-01-02 04:22:00+00	243.14285714285714
1704	4	2024-01-02 04:24:00+00	243.42857142857142
1706	6	2024-01-02 04:26:00+00	243.71428571428572
1708	8	2024-01-02 04:28:00+00	244
1715	15	2024-01-02 04:35:00+00	245
1716	16	2024-01-02 04:36:00+00	245.14285714285714
1718	18	2024-01-02 04:38:00+00	245.42857142857142
1719	19	2024-01-02 04:39:00+00	245.57142857142858
1720	20	2024-01-02 04:40:00+00	245.71428571428572
1727	27	2024-01-02 04:47:00+00	246.71428571428572
1729	29	2024-01-02 04:49:00+00	247
1733	33	2024-01-02 04:53:00+00	247.57142857142858
1734	34	2024-01-02 04:54:00+00	247.71428571428572
1738	38	2024-01-02 04:58:00+00	248.28571428571428
1742	42	2024-01-02 05:02:00+00	248.85714285714286
1745	45	2024-01-02 05:05:00+00	249.28571428571428
1748	48	2024-01-02 05:08:00+00	249.71428571428572
1752	2	2024-01-02 05:12:00+00	250.28571428571428
1754	4	2024-01-02 05:14:00+00	250.57142857142858
1756	6	2024-01-02 05:16:00+00	250.85714285714286
1758	8	2024-01-02 05:18:00+00	251.14285714285714
1765	15	2024-01-02 05:25:00+00	252.14285714285714
1766	16	2024-01-02 05:26:00+00	252.28571428571428
1768	18	2024-01-02 05:28:00+00	252.57142857142858
1769	19	2024-01-02 05:29:00+00	252.71428571428572
1770	20	2024-01-02 05:30:00+00	252.85714285714286
1777	27	2024-01-02 05:37:00+00	253.85714285714286
1779	29	2024-01-02 05:39:00+00	254.14285714285714
1783	33	2024-01-02 05:43:00+00	254.71428571428572
1784	34	2024-01-02 05:44:00+00	254.85714285714286
1788	38	2024-01-02 05:48:00+00	255.42857142857142
1792	42	2024-01-02 05:52:00+00	256
1795	45	2024-01-02 05:55:00+00	256.42857142857144
1798	48	2024-01-02 05:58:00+00	256.85714285714283
1802	2	2024-01-02 06:02:00+00	257.42857142857144
1804	4	2024-01-02 06:04:00+00	257.7142857142857
1806	6	2024-01-02 06:06:00+00	258
1808	8	2024-01-02 06:08:00+00	258.2857142857143
1815	15	2024-01-02 06:15:00+00	259.2857142857143
1816	16	2024-01-02 06:16:00+00	259.42857142857144
1818	18	2024-01-02 06:18:00+00	259.7142857142857
1819	19	2024-01-02 06:19:00+00	259.85714285714283
1820	20	2024-01-02 06:20:00+00	260
1827	27	2024-01-02 06:27:00+00	261
1829	29	2024-01-02 06:29:00+00	261.2857142857143
1833	33	2024-01-02 06:33:00+00	261.85714285714283
1834	34	2024-01-02 06:34:00+00	262
1838	38	2024-01-02 06:38:00+00	262.57142857142856
1842	42	2024-01-02 06:42:00+00	263.14285714285717
1845	45	2024-01-02 06:45:00+00	263.57142857142856
1848	48	2024-01-02 06:48:00+00	264
1852	2	2024-01-02 06:52:00+00	264.57142857142856
1854	4	2024-01-02 06:54:00+00	264.85714285714283
1856	6	2024-01-02 06:56:00+00	265.14285714285717
1858	8	2024-01-02 06:58:00+00	265.42857142857144
1865	15	2024-01-02 07:05:00+00	266.42857142857144
1866	16	2024-01-02 07:06:00+00	266.57142857142856
1868	18	2024-01-02 07:08:00+00	266.85714285714283
1869	19	2024-01-02 07:09:00+00	267
1870	20	2024-01-02 07:10:00+00	267.14285714285717
1877	27	2024-01-02 07:17:00+00	268.14285714285717
1879	29	2024-01-02 07:19:00+00	268.42857142857144
1883	33	2024-01-02 07:23:00+00	269
1884	34	2024-01-02 07:24:00+00	269.14285714285717
1888	38	2024-01-02 07:28:00+00	269.7142857142857
1892	42	2024-01-02 07:32:00+00	270.2857142857143
1895	45	2024-01-02 07:35:00+00	270.7142857142857
1898	48	2024-01-02 07:38:00+00	271.14285714285717
1902	2	2024-01-02 07:42:00+00	271.7142857142857
1904	4	2024-01-02 07:44:00+00	272
1906	6	2024-01-02 07:46:00+00	272.2857142857143
1908	8	2024-01-02 07:48:00+00	272.57142857142856
1915	15	2024-01-02 07:55:00+00	273.57142857142856
1916	16	2024-01-02 07:56:00+00	273.7142857142857
1918	18	2024-01-02 07:58:00+00	274
1919	19	2024-01-02 07:59:00+00	274.14285714285717
1920	20	2024-01-02 08:00:00+00	274.2857142857143
1927	27	2024-01-02 08:07:00+00	275.2857142857143
1929	29	2024-01-02 08:09:00+00	275.57142857142856
1933	33	2024-01-02 08:13:00+00	276.14285714285717
1934	34	2024-01-02 08:14:00+00	276.2857142857143
1938	38	2024-01-02 08:18:00+00	276.85714285714283
1942	42	2024-01-02 08:22:00+00	277.42857142857144
1945	45	2024-01-02 08:25:00+00	277.85714285714283
1948	48	2024-01-02 08:28:00+00	278.2857142857143
1952	2	2024-01-02 08:32:00+00	278.85714285714283
1954	4	2024-01-02 08:34:00+00	279.14285714285717
1956	6	2024-01-02 08:36:00+00	279.42857142857144
1958	8	2024-01-02 08:38:00+00	279.7142857142857
1965	15	2024-01-02 08:45:00+00	280.7142857142857
1966	16	2024-01-02 08:46:00+00	280.85714285714283
1968	18	2024-01-02 08:48:00+00	281.14285714285717
1969	19	2024-01-02 08:49:00+00	281.2857142857143
1970	20	2024-01-02 08:50:00+00	281.42857142857144
1977	27	2024-01-02 08:57:00+00	282.42857142857144
1979	29	2024-01-02 08:59:00+00	282.7142857142857
1983	33	2024-01-02 09:03:00+00	283.2857142857143
1984	34	2024-01-02 09:04:00+00	283.42857142857144
1988	38	2024-01-02 09:08:00+00	284
1992	42	2024-01-02 09:12:00+00	284.57142857142856
1995	45	2024-01-02 09:15:00+00	285
1998	48	2024-01-02 09:18:00+00	285.42857142857144
\.


--
-- Data for Name: readings_1; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.readings_1 (id, sensor, at, value) FROM stdin;
3	3	2024-01-01 00:03:00+00	0.42857142857142855
7	7	2024-01-01 00:07:00+00	1
10	10	2024-01-01 00:10:00+00	1.4285714285714286
13	13	2024-01-01 00:13:00+00	1.8571428571428572
14	14	2024-01-01 00:14:00+00	2
21	21	2024-01-01 00:21:00+00	3
25	25	2024-01-01 00:25:00+00	3.5714285714285716
26	26	2024-01-01 00:26:00+00	3.7142857142857144
36	36	2024-01-01 00:36:00+00	5.142857142857143
40	40	2024-01-01 00:40:00+00	5.714285714285714
44	44	2024-01-01 00:44:00+00	6.285714285714286
46	46	2024-01-01 00:46:00+00	6.571428571428571
47	47	2024-01-01 00:47:00+00	6.714285714285714
53	3	2024-01-01 00:53:00+00	7.571428571428571
57	7	2024-01-01 00:57:00+00	8.142857142857142
60	10	2024-01-01 01:00:00+00	8.571428571428571
63	13	2024-01-01 01:03:00+00	9
64	14	2024-01-01 01:04:00+00	9.142857142857142
71	21	2024-01-01 01:11:00+00	10.142857142857142
75	25	2024-01-01 01:15:00+00	10.714285714285714
76	26	2024-01-01 01:16:00+00	10.857142857142858
86	36	2024-01-01 01:26:00+00	12.285714285714286
90	40	2024-01-01 01:30:00+00	12.857142857142858
94	44	2024-01-01 01:34:00+00	13.428571428571429
96	46	2024-01-01 01:36:00+00	13.714285714285714
97	47	2024-01-01 01:37:00+00	13.857142857142858
103	3	2024-01-01 01:43:00+00	14.714285714285714
107	7	2024-01-01 01:47:00+00	15.285714285714286
110	10	2024-01-01 01:50:00+00	15.714285714285714
113	13	2024-01-01 01:53:00+00	16.142857142857142
114	14	2024-01-01 01:54:00+00	16.285714285714285
121	21	2024-01-01 02:01:00+00	17.285714285714285
125	25	2024-01-01 02:05:00+00	17.857142857142858
126	26	2024-01-01 02:06:00+00	18
136	36	2024-01-01 02:16:00+00	19.428571428571427
140	40	2024-01-01 02:20:00+00	20
144	44	2024-01-01 02:24:00+00	20.571428571428573
146	46	2024-01-01 02:26:00+00	20.857142857142858
147	47	2024-01-01 02:27:00+00	21
153	3	2024-01-01 02:33:00+00	21.857142857142858
157	7	2024-01-01 02:37:00+00	22.428571428571427
160	10	2024-01-01 02:40:00+00	22.857142857142858
163	13	2024-01-01 02:43:00+00	23.285714285714285
164	14	2024-01-01 02:44:00+00	23.428571428571427
171	21	2024-01-01 02:51:00+00	24.428571428571427
175	25	2024-01-01 02:55:00+00	25
176	26	2024-01-01 02:56:00+00	25.142857142857142
186	36	2024-01-01 03:06:00+00	26.571428571428573
190	40	2024-01-01 03:10:00+00	27.142857142857142
194	44	2024-01-01 03:14:00+00	27.714285714285715
196	46	2024-01-01 03:16:00+00	28
197	47	2024-01-01 03:17:00+00	28.142857142857142
203	3	2024-01-01 03:23:00+00	29
207	7	2024-01-01 03:27:00+00	29.571428571428573
210	10	2024-01-01 03:30:00+00	30
213	13	2024-01-01 03:33:00+00	30.428571428571427
214	14	2024-01-01 03:34:00+00	30.571428571428573
221	21	2024-01-01 03:41:00+00	31.571428571428573
225	25	2024-01-01 03:45:00+00	32.142857142857146
226	26	2024-01-01 03:46:00+00	32.285714285714285
236	36	2024-01-01 03:56:00+00	33.714285714285715
240	40	2024-01-01 04:00:00+00	34.285714285714285
244	44	2024-01-01 04:04:00+00	34.857142857142854
246	46	2024-01-01 04:06:00+00	35.142857142857146
247	47	2024-01-01 04:07:00+00	35.285714285714285
253	3	2024-01-01 04:13:00+00	36.142857142857146
257	7	2024-01-01 04:17:00+00	36.714285714285715
260	10	2024-01-01 04:20:00+00	37.142857142857146
263	13	2024-01-01 04:23:00+00	37.57142857142857
264	14	2024-01-01 04:24:00+00	37.714285714285715
271	21	2024-01-01 04:31:00+00	38.714285714285715
275	25	2024-01-01 04:35:00+00	39.285714285714285
276	26	2024-01-01 04:36:00+00	39.42857142857143
286	36	2024-01-01 04:46:00+00	40.857142857142854
290	40	2024-01-01 04:50:00+00	41.42857142857143
294	44	2024-01-01 04:54:00+00	42
296	46	2024-01-01 04:56:00+00	42.285714285714285
297	47	2024-01-01 04:57:00+00	42.42857142857143
303	3	2024-01-01 05:03:00+00	43.285714285714285
307	7	2024-01-01 05:07:00+00	43.857142857142854
310	10	2024-01-01 05:10:00+00	44.285714285714285
313	13	2024-01-01 05:13:00+00	44.714285714285715
314	14	2024-01-01 05:14:00+00	44.857142857142854
321	21	2024-01-01 05:21:00+00	45.857142857142854
325	25	2024-01-01 05:25:00+00	46.42857142857143
326	26	2024-01-01 05:26:00+00	46.57142857142857
336	36	2024-01-01 05:36:00+00	48
340	40	2024-01-01 05:40:00+00	48.57142857142857
344	44	2024-01-01 05:44:00+00	49.142857142857146
346	46	2024-01-01 05:46:00+00	49.42857142857143
347	47	2024-01-01 05:47:00+00	49.57142857142857
353	3	2024-01-01 05:53:00+00	50.42857142857143
357	7	2024-01-01 05:57:00+00	51
360	10	2024-01-01 06:00:00+00	51.42857142857143
363	13	2024-01-01 06:03:00+00	51.857142857142854
364	14	2024-01-01 06:04:00+00	52
371	21	2024-01-01 06:11:00+00	53
375	25	2024-01-01 06:15:00+00	53.57142857142857
376	26	2024-01-01 06:16:00+00	53.714285714285715
386	36	2024-01-01 06:26:00+00	55.142857142857146
390	40	2024-01-01 06:30:00+00	55.714285714285715
394	44	2024-01-01 06:34:00+00	56.285714285714285
396	46	2024-01-01 06:36:00+00	56.57142857142857
397	47	2024-01-01 06:37:00+00	56.714285714285715
403	3	2024-01-01 06:43:00+00	57.57142857142857
407	7	2024-01-01 06:47:00+00	58.142857142857146
410	10	2024-01-01 06:50:00+00	58.57142857142857
413	13	2024-01-01 06:53:00+00	59
414	14	2024-01-01 06:54:00+00	59.142857142857146
421	21	2024-01-01 07:01:00+00	60.142857142857146
425	25	2024-01-01 07:05:00+00	60.714285714285715
426	26	2024-01-01 07:06:00+00	60.857142857142854
436	36	2024-01-01 07:16:00+00	62.285714285714285
440	40	2024-01-01 07:20:00+00	62.857142857142854
444	44	2024-01-01 07:24:00+00	63.42857142857143
446	46	2024-01-01 07:26:00+00	63.714285714285715
447	47	2024-01-01 07:27:00+00	63.857142857142854
453	3	2024-01-01 07:33:00+00	64.71428571428571
457	7	2024-01-01 07:37:00+00	65.28571428571429
460	10	2024-01-01 07:40:00+00	65.71428571428571
463	13	2024-01-01 07:43:00+00	66.14285714285714
464	14	2024-01-01 07:44:00+00	66.28571428571429
471	21	2024-01-01 07:51:00+00	67.28571428571429
475	25	2024-01-01 07:55:00+00	67.85714285714286
476	26	2024-01-01 07:56:00+00	68
486	36	2024-01-01 08:06:00+00	69.42857142857143
490	40	2024-01-01 08:10:00+00	70
494	44	2024-01-01 08:14:00+00	70.57142857142857
496	46	2024-01-01 08:16:00+00	70.85714285714286
497	47	2024-01-01 08:17:00+00	71
503	3	2024-01-01 08:23:00+00	71.85714285714286
507	7	2024-01-01 08:27:00+00	72.42857142857143
510	10	2024-01-01 08:30:00+00	72.85714285714286
513	13	2024-01-01 08:33:00+00	73.28571428571429
514	14	2024-01-01 08:34:00+00	73.42857142857143
521	21	2024-01-01 08:41:00+00	74.42857142857143
525	25	2024-01-01 08:45:00+00	75
526	26	2024-01-01 08:46:00+00	75.14285714285714
536	36	2024-01-01 08:56:00+00	76.57142857142857
540	40	2024-01-01 09:00:00+00	77.14285714285714
544	44	2024-01-01 09:04:00+00	77.71428571428571
546	46	2024-01-01 09:06:00+00	78
547	47	2024-01-01 09:07:00+00	78.14285714285714
553	3	2024-01-01 09:13:00+00	79
557	7	2024-01-01 09:17:00+00	79.57142857142857
560	10	2024-01-01 09:20:00+00	80
563	13	2024-01-01 09:23:00+00	80.42857142857143
564	14	2024-01-01 09:24:00+00	80.57142857142857
571	21	2024-01-01 09:31:00+00	81.57142857142857
575	25	2024-01-01 09:35:00+00	82.14285714285714
576	26	2024-01-01 09:36:00+00	82.28571428571429
586	36	2024-01-01 09:46:00+00	83.71428571428571
590	40	2024-01-01 09:50:00+00	84.28571428571429
594	44	2024-01-01 09:54:00+00	84.85714285714286
596	46	2024-01-01 09:56:00+00	85.14285714285714
597	47	2024-01-01 09:57:00+00	85.28571428571429
603	3	2024-01-01 10:03:00+00	86.14285714285714
607	7	2024-01-01 10:07:00+00	86.71428571428571
610	10	2024-01-01 10:10:00+00	87.14285714285714
613	13	2024-01-01 10:13:00+00	87.57142857142857
614	14	2024-01-01 10:14:00+00	87.71428571428571
621	21	2024-01-01 10:21:00+00	88.71428571428571
625	25	2024-01-01 10:25:00+00	89.28571428571429
626	26	2024-01-01 10:26:00+00	89.42857142857143
636	36	2024-01-01 10:36:00+00	90.85714285714286
640	40	2024-01-01 10:40:00+00	91.42857142857143
644	44	2024-01-01 10:44:00+00	92
646	46	2024-01-01 10:46:00+00	92.28571428571429
647	47	2024-01-01 10:47:00+00	92.42857142857143
653	3	2024-01-01 10:53:00+00	93.28571428571429
657	7	2024-01-01 10:57:00+00	93.85714285714286
660	10	2024-01-01 11:00:00+00	94.28571428571429
663	13	2024-01-01 11:03:00+00	94.71428571428571
664	14	2024-01-01 11:04:00+00	94.85714285714286
671	21	2024-01-01 11:11:00+00	95.85714285714286
675	25	2024-01-01 11:15:00+00	96.42857142857143
676	26	2024-01-01 11:16:00+00	96.57142857142857
686	36	2024-01-01 11:26:00+00	98
690	40	2024-01-01 11:30:00+00	98.57142857142857
694	44	2024-01-01 11:34:00+00	99.14285714285714
696	46	2024-01-01 11:36:00+00	99.42857142857143
697	47	2024-01-01 11:37:00+00	99.57142857142857
703	3	2024-01-01 11:43:00+00	100.42857142857143
707	7	2024-01-01 11:47:00+00	101
710	10	2024-01-01 11:50:00+00	101.42857142857143
713	13	2024-01-01 11:53:00+00	101.85714285714286
714	14	2024-01-01 11:54:00+00	102
721	21	2024-01-01 12:01:00+00	103
725	25	2024-01-01 12:05:00+00	103.57142857142857
726	26	2024-01-01 12:06:00+00	103.71428571428571
736	36	2024-01-01 12:16:00+00	105.14285714285714
740	40	2024-01-01 12:20:00+00	105.71428571428571
744	44	2024-01-01 12:24:00+00	106.28571428571429
746	46	2024-01-01 12:26:00+00	106.57142857142857
747	47	2024-01-01 12:27:00+00	106.71428571428571
753	3	2024-01-01 12:33:00+00	107.57142857142857
757	7	2024-01-01 12:37:00+00	108.14285714285714
760	10	2024-01-01 12:40:00+00	108.57142857142857
763	13	2024-01-01 12:43:00+00	109
764	14	2024-01-01 12:44:00+00	109.14285714285714
771	21	2024-01-01 12:51:00+00	110.14285714285714
775	25	2024-01-01 12:55:00+00	110.71428571428571
776	26	2024-01-01 12:56:00+00	110.85714285714286
786	36	2024-01-01 13:06:00+00	112.28571428571429
790	40	2024-01-01 13:10:00+00	112.85714285714286
794	44	2024-01-01 13:14:00+00	113.42857142857143
796	46	2024-01-01 13:16:00+00	113.71428571428571
797	47	2024-01-01 13:17:00+00	113.85714285714286
803	3	2024-01-01 13:23:00+00	114.71428571428571
807	7	2024-01-01 13:27:00+00	115.28571428571429
810	10	2024-01-01 13:30:00+00	115.71428571428571
813	13	2024-01-01 13:33:00+00	116.14285714285714
814	14	2024-01-01 13:34:00+00	116.28571428571429
821	21	2024-01-01 13:41:00+00	117.28571428571429
825	25	2024-01-01 13:45:00+00	117.85714285714286
826	26	2024-01-01 13:46:00+00	118
836	36	2024-01-01 13:56:00+00	119.42857142857143
840	40	2024-01-01 14:00:00+00	120
844	44	2024-01-01 14:04:00+00	120.57142857142857
846	46	2024-01-01 14:06:00+00	120.85714285714286
847	47	2024-01-01 14:07:00+00	121
853	3	2024-01-01 14:13:00+00	121.85714285714286
857	7	2024-01-01 14:17:00+00	122.42857142857143
860	10	2024-01-01 14:20:00+00	122.85714285714286
863	13	2024-01-01 14:23:00+00	123.28571428571429
864	14	2024-01-01 14:24:00+00	123.42857142857143
871	21	2024-01-01 14:31:00+00	124.42857142857143
875	25	2024-01-01 14:35:00+00	125
876	26	2024-01-01 14:36:00+00	125.14285714285714
886	36	2024-01-01 14:46:00+00	126.57142857142857
890	40	2024-01-01 14:50:00+00	127.14285714285714
894	44	2024-01-01 14:54:00+00	127.71428571428571
896	46	2024-01-01 14:56:00+00	128
897	47	2024-01-01 14:57:00+00	128.14285714285714
903	3	2024-01-01 15:03:00+00	129
907	7	2024-01-01 15:07:00+00	129.57142857142858
910	10	2024-01-01 15:10:00+00	130
913	13	2024-01-01 15:13:00+00	130.42857142857142
914	14	2024-01-01 15:14:00+00	130.57142857142858
921	21	2024-01-01 15:21:00+00	131.57142857142858
925	25	2024-01-01 15:25:00+00	132.14285714285714
926	26	2024-01-01 15:26:00+00	132.28571428571428
936	36	2024-01-01 15:36:00+00	133.71428571428572
940	40	2024-01-01 15:40:00+00	134.28571428571428
944	44	2024-01-01 15:44:00+00	134.85714285714286
946	46	2024-01-01 15:46:00+00	135.14285714285714
947	47	2024-01-01 15:47:00+00	135.28571428571428
953	3	2024-01-01 15:53:00+00	136.14285714285714
957	7	2024-01-01 15:57:00+00	136.71428571428572
960	10	2024-01-01 16:00:00+00	137.14285714285714
963	13	2024-01-01 16:03:00+00	137.57142857142858
964	14	2024-01-01 16:04:00+00	137.71428571428572
971	21	2024-01-01 16:11:00+00	138.71428571428572
975	25	2024-01-01 16:15:00+00	139.28571428571428
976	26	2024-01-01 16:16:00+00	139.42857142857142
986	36	2024-01-01 16:26:00+00	140.85714285714286
990	40	2024-01-01 16:30:00+00	141.42857142857142
994	44	2024-01-01 16:34:00+00	142
996	46	2024-01-01 16:36:00+00	142.28571428571428
997	47	2024-01-01 16:37:00+00	142.42857142857142
1003	3	2024-01-01 16:43:00+00	143.28571428571428
1007	7	2024-01-01 16:47:00+00	143.85714285714286
1010	10	2024-01-01 16:50:00+00	144.28571428571428
1013	13	2024-01-01 16:53:00+00	144.71428571428572
1014	14	2024-01-01 16:54:00+00	144.85714285714286
1021	21	2024-01-01 17:01:00+00	145.85714285714286
1025	25	2024-01-01 17:05:00+00	146.42857142857142
1026	26	2024-01-01 17:06:00+00	146.57142857142858
1036	36	2024-01-01 17:16:00+00	148
1040	40	2024-01-01 17:20:00+00	148.57142857142858
1044	44	2024-01-01 17:24:00+00	149.14285714285714
1046	46	2024-01-01 17:26:00+00	149.42857142857142
1047	47	2024-01-01 17:27:00+00	149.57142857142858
1053	3	2024-01-01 17:33:00+00	150.42857142857142
1057	7	2024-01-01 17:37:00+00	151
1060	10	2024-01-01 17:40:00+00	151.42857142857142
1063	13	2024-01-01 17:43:00+00	151.85714285714286
1064	14	2024-01-01 17:44:00+00	152
1071	21	2024-01-01 17:51:00+00	153
1075	25	2024-01-01 17:55:00+00	153.57142857142858
1076	26	2024-01-01 17:56:00+00	153.71428571428572
1086	36	2024-01-01 18:06:00+00	155.14285714285714
1090	40	2024-01-01 18:10:00+00	155.71428571428572
1094	44	2024-01-01 18:14:00+00	156.28571428571428
1096	46	2024-01-01 18:16:00+00	156.57142857142858
1097	47	2024-01-01 18:17:00+00	156.71428571428572
1103	3	2024-01-01 18:23:00+00	157.57142857142858
1107	7	2024-01-01 18:27:00+00	158.14285714285714
1110	10	2024-01-01 18:30:00+00	158.57142857142858
1113	13	2024-01-01 18:33:00+00	159
1114	14	2024-01-01 18:34:00+00	159.14285714285714
1121	21	2024-01-01 18:41:00+00	160.14285714285714
1125	25	2024-01-01 18:45:00+00	160.71428571428572
1126	26	2024-01-01 18:46:00+00	160.85714285714286
1136	36	2024-01-01 18:56:00+00	162.28571428571428
1140	40	2024-01-01 19:00:00+00	162.85714285714286
1144	44	2024-01-01 19:04:00+00	163.42857142857142
1146	46	2024-01-01 19:06:00+00	163.71428571428572
1147	47	2024-01-01 19:07:00+00	163.85714285714286
1153	3	2024-01-01 19:13:00+00	164.71428571428572
1157	7	2024-01-01 19:17:00+00	165.28571428571428
1160	10	2024-01-01 19:20:00+00	165.71428571428572
1163	13	2024-01-01 19:23:00+00	166.14285714285714
1164	14	2024-01-01 19:24:00+00	166.28571428571428
1171	21	2024-01-01 19:31:00+00	167.28571428571428
1175	25	2024-01-01 19:35:00+00	167.85714285714286
1176	26	2024-01-01 19:36:00+00	168
1186	36	2024-01-01 19:46:00+00	169.42857142857142
1190	40	2024-01-01 19:50:00+00	170
1194	44	2024-01-01 19:54:00+00	170.57142857142858
1196	46	2024-01-01 19:56:00+00	170.85714285714286
1197	47	2024-01-01 19:57:00+00	171
1203	3	2024-01-01 20:03:00+00	171.85714285714286
1207	7	2024-01-01 20:07:00+00	172.42857142857142
1210	10	2024-01-01 20:10:00+00	172.85714285714286
1213	13	2024-01-01 20:13:00+00	173.28571428571428
1214	14	2024-01-01 20:14:00+00	173.42857142857142
1221	21	2024-01-01 20:21:00+00	174.42857142857142
1225	25	2024-01-01 20:25:00+00	175
1226	26	2024-01-01 20:26:00+00	175.14285714285714
1236	36	2024-01-01 20:36:00+00	176.57142857142858
1240	40	2024-01-01 20:40:00+00	177.14285714285714
1244	44	2024-01-01 20:44:00+00	177.71428571428572
1246	46	2024-01-01 20:46:00+00	178
1247	47	2024-01-01 20:47:00+00	178.14285714285714
1253	3	2024-01-01 20:53:00+00	179
1257	7	2024-01-01 20:57:00+00	179.57142857142858
1260	10	2024-01-01 21:00:00+00	180
1263	13	2024-01-01 21:03:00+00	180.42857142857142
1264	14	2024-01-01 21:04:00+00	180.57142857142858
1271	21	2024-01-01 21:11:00+00	181.57142857142858
1275	25	2024-01-01 21:15:00+00	182.14285714285714
1276	26	2024-01-01 21:16:00+00	182.28571428571428
1286	36	2024-01-01 21:26:00+00	183.71428571428572
1290	40	2024-01-01 21:30:00+00	184.28571428571428
1294	44	2024-01-01 21:34:00+00	184.85714285714286
1296	46	2024-01-01 21:36:00+00	185.14285714285714
1297	47	2024-01-01 21:37:00+00	185.28571428571428
1303	3	2024-01-01 21:43:00+00	186.14285714285714
1307	7	2024-01-01 21:47:00+00	186.71428571428572
1310	10	2024-01-01 21:50:00+00	187.14285714285714
1313	13	2024-01-01 21:53:00+00	187.57142857142858
1314	14	2024-01-01 21:54:00+00	187.71428571428572
1321	21	2024-01-01 22:01:00+00	188.71428571428572
1325	25	2024-01-01 22:05:00+00	189.28571428571428
1326	26	2024-01-01 22:06:00+00	189.42857142857142
1336	36	2024-01-01 22:16:00+00	190.85714285714286
1340	40	2024-01-01 22:20:00+00	191.42857142857142
1344	44	2024-01-01 22:24:00+00	192
1346	46	2024-01-01 22:26:00+00	192.28571428571428
1347	47	2024-01-01 22:27:00+00	192.42857142857142
1353	3	2024-01-01 22:33:00+00	193.28571428571428
1357	7	2024-01-01 22:37:00+00	193.85714285714286
1360	10	2024-01-01 22:40:00+00	194.28571428571428
1363	13	2024-01-01 22:43:00+00	194.71428571428572
1364	14	2024-01-01 22:44:00+00	194.85714285714286
1371	21	2024-01-01 22:51:00+00	195.85714285714286
1375	25	2024-01-01 22:55:00+00	196.42857142857142
1376	26	2024-01-01 22:56:00+00	196.57142857142858
1386	36	2024-01-01 23:06:00+00	198
1390	40	2024-01-01 23:10:00+00	198.57142857142858
1394	44	2024-01-01 23:14:00+00	199.14285714285714
1396	46	2024-01-01 23:16:00+00	199.42857142857142
1397	47	2024-01-01 23:17:00+00	199.57142857142858
1403	3	2024-01-01 23:23:00+00	200.42857142857142
1407	7	2024-01-01 23:27:00+00	201
1410	10	2024-01-01 23:30:00+00	201.42857142857142
1413	13	2024-01-01 23:33:00+00	201.85714285714286
1414	14	2024-01-01 23:34:00+00	202
1421	21	2024-01-01 23:41:00+00	203
1425	25	2024-01-01 23:45:00+00	203.57142857142858
1426	26	2024-01-01 23:46:00+00	203.71428571428572
1436	36	2024-01-01 23:56:00+00	205.14285714285714
1440	40	2024-01-02 00:00:00+00	205.71428571428572
1444	44	2024-01-02 00:04:00+00	206.28571428571428
1446	46	2024-01-02 00:06:00+00	206.57142857142858
1447	47	2024-01-02 00:07:00+00	206.71428571428572
1453	3	2024-01-02 00:13:00+00	207.57142857142858
1457	7	2024-01-02 00:17:00+00	208.14285714285714
1460	10	2024-01-02 00:20:00+00	208.57142857142858
1463	13	2024-01-02 00:23:00+00	209
1464	14	2024-01-02 00:24:00+00	209.14285714285714
1471	21	2024-01-02 00:31:00+00	210.14285714285714
1475	25	2024-01-02 00:35:00+00	210.71428571428572
1476	26	2024-01-02 00:36:00+00	210.85714285714286
1486	36	2024-01-02 00:46:00+00	212.28571428571428
1490	40	2024-01-02 00:50:00+00	212.85714285714286
1494	44	2024-01-02 00:54:00+00	213.42857142857142
1496	46	2024-01-02 00:56:00+00	213.71428571428572
1497	47	2024-01-02 00:57:00+00	213.85714285714286
1503	3	2024-01-02 01:03:00+00	214.71428571428572
1507	7	2024-01-02 01:07:00+00	215.28571428571428
1510	10	2024-01-02 01:10:00+00	215.71428571428572
1513	13	2024-01-02 01:13:00+00	216.14285714285714
1514	14	2024-01-02 01:14:00+00	216.28571428571428
1521	21	2024-01-02 01:21:00+00	217.28571428571428
1525	25	2024-01-02 01:25:00+00	217.85714285714286
1526	26	2024-01-02 01:26:00+00	218
1536	36	2024-01-02 01:36:00+00	219.42857142857142
1540	40	2024-01-02 01:40:00+00	220
1544	44	2024-01-02 01:44:00+00	220.57142857142858
1546	46	2024-01-02 01:46:00+00	220.85714285714286
1547	47	2024-01-02 01:47:00+00	221
1553	3	2024-01-02 01:53:00+00	221.85714285714286
1557	7	2024-01-02 01:57:00+00	222.42857142857142
1560	10	2024-01-02 02:00:00+00	222.85714285714286
1563	13	2024-01-02 02:03:00+00	223.28571428571428
1564	14	2024-01-02 02:04:00+00	223.42857142857142
1571	21	2024-01-02 02:11:00+00	224.42857142857142
1575	25	2024-01-02 02:15:00+00	225
1576	26	2024-01-02 02:16:00+00	225.14285714285714
1586	36	2024-01-02 02:26:00+00	226.57142857142858
1590	40	2024-01-02 02:30:00+00	227.14285714285714
1594	44	2024-01-02 02:34:00+00	227.71428571428572
1596	46	2024-01-02 02:36:00+00	228
1597	47	2024-01-02 02:37:00+00	228.14285714285714
1603	3	2024-01-02 02:43:00+00	229
1607	7	2024-01-02 02:47:00+00	229.57142857142858
1610	10	2024-01-02 02:50:00+00	230
1613	13	2024-01-02 02:53:00+00	230.42857142857142
1614	14	2024-01-02 02:54:00+00	230.57142857142858
1621	21	2024-01-02 03:01:00+00	231.57142857142858
1625	25	2024-01-02 03:05:00+00	232.14285714285714
1626	26	2024-01-02 03:06:00+00	232.28571428571428
1636	36	2024-01-02 03:16:00+00	233.71428571428572
1640	40	2024-01-02 03:20:00+00	234.28571428571428
1644	44	2024-01-02 03:24:00+00	234.85714285714286
1646	46	2024-01-02 03:26:00+00	235.14285714285714
1647	47	2024-01-02 03:27:00+00	235.28571428571428
1653	3	2024-01-02 03:33:00+00	236.14285714285714
1657	7	2024-01-02 03:37:00+00	236.71428571428572
1660	10	2024-01-02 03:40:00+00	237.14285714285714
1663	13	2024-01-02 03:43:00+00	237.57142857142858
1664	14	2024-01-02 03:44:00+00	237.71428571428572
1671	21	2024-01-02 03:51:00+00	238.71428571428572
1675	25	2024-01-02 03:55:00+00	239.28571428571428
1676	26	2024-01-02 03:56:00+00	239.42857142857142
1686	36	2024-01-02 04:06:00+00	240.85714285714286
1690	40	2024-01-02 04:10:00+00	241.42857142857142
1694	44	2024-01-02 04:14:00+00	242
1696	46	2024-01-02 04:16:00+00	242.28571428571428
1697	47	2024-01-02 04:17:00+00	242.42857142857142
1703	3	2024-01-02 04:23:00+00	243.28571428571428
1707	7	2024-01-02 04:27:00+00	243.85714285714286
1710	10	2024-01-02 04:30:00+00	244.28571428571428
1713	13	2024-01-02 04:33:00+00	244.71428571428572
1714	14	2024-01-02 04:34:00+00	244.85714285714286
1721	21	2024-01-02 04:41:00+00	245.85714285714286
1725	25	2024-01-02 04:45:00+00	246.42857142857142
1726	26	2024-01-02 04:46:00+00	246.57142857142858
1736	36	2024-01-02 04:56:00+00	248
1740	40	2024-01-02 05:00:00+00	248.57142857142858
1744	44	2024-01-02 05:04:00+00	249.14285714285714
1746	46	2024-01-02 05:06:00+00	249.42857142857142
1747	47	2024-01-02 05:07:00+00	249.57142857142858
1753	3	2024-01-02 05:13:00+00	250.42857142857142
1757	7	2024-01-02 05:17:00+00	251
1760	10	2024-01-02 05:20:00+00	251.42857142857142
1763	13	2024-01-02 05:23:00+00	251.85714285714286
1764	14	2024-01-02 05:24:00+00	252
1771	21	2024-01-02 05:31:00+00	253
1775	25	2024-01-02 05:35:00+00	253.57142857142858
1776	26	2024-01-02 05:36:00+00	253.71428571428572
1786	36	2024-01-02 05:46:00+00	255.14285714285714
1790	40	2024-01-02 05:50:00+00	255.71428571428572
1794	44	2024-01-02 05:54:00+00	256.2857142857143
1796	46	2024-01-02 05:56:00+00	256.57142857142856
1797	47	2024-01-02 05:57:00+00	256.7142857142857
1803	3	2024-01-02 06:03:00+00	257.57142857142856
1807	7	2024-01-02 06:07:00+00	258.14285714285717
1810	10	2024-01-02 06:10:00+00	258.57142857142856
1813	13	2024-01-02 06:13:00+00	259
1814	14	2024-01-02 06:14:00+00	259.14285714285717
1821	21	2024-01-02 06:21:00+00	260.14285714285717
1825	25	2024-01-02 06:25:00+00	260.7142857142857
1826	26	2024-01-02 06:26:00+00	260.85714285714283
1836	36	2024-01-02 06:36:00+00	262.2857142857143
1840	40	2024-01-02 06:40:00+00	262.85714285714283
1844	44	2024-01-02 06:44:00+00	263.42857142857144
1846	46	2024-01-02 06:46:00+00	263.7142857142857
1847	47	2024-01-02 06:47:00+00	263.85714285714283
1853	3	2024-01-02 06:53:00+00	264.7142857142857
1857	7	2024-01-02 06:57:00+00	265.2857142857143
1860	10	2024-01-02 07:00:00+00	265.7142857142857
1863	13	2024-01-02 07:03:00+00	266.14285714285717
1864	14	2024-01-02 07:04:00+00	266.2857142857143
1871	21	2024-01-02 07:11:00+00	267.2857142857143
1875	25	2024-01-02 07:15:00+00	267.85714285714283
1876	26	2024-01-02 07:16:00+00	268
1886	36	2024-01-02 07:26:00+00	269.42857142857144
1890	40	2024-01-02 07:30:00+00	270
1894	44	2024-01-02 07:34:00+00	270.57142857142856
1896	46	2024-01-02 07:36:00+00	270.85714285714283
1897	47	2024-01-02 07:37:00+00	271
1903	3	2024-01-02 07:43:00+00	271.85714285714283
1907	7	2024-01-02 07:47:00+00	272.42857142857144
1910	10	2024-01-02 07:50:00+00	272.85714285714283
1913	13	2024-01-02 07:53:00+00	273.2857142857143
1914	14	2024-01-02 07:54:00+00	273.42857142857144
1921	21	2024-01-02 08:01:00+00	274.42857142857144
1925	25	2024-01-02 08:05:00+00	275
1926	26	2024-01-02 08:06:00+00	275.14285714285717
1936	36	2024-01-02 08:16:00+00	276.57142857142856
1940	40	2024-01-02 08:20:00+00	277.14285714285717
1944	44	2024-01-02 08:24:00+00	277.7142857142857
1946	46	2024-01-02 08:26:00+00	278
1947	47	2024-01-02 08:27:00+00	278.14285714285717
1953	3	2024-01-02 08:33:00+00	279
1957	7	2024-01-02 08:37:00+00	279.57142857142856
1960	10	2024-01-02 08:40:00+00	280
1963	13	2024-01-02 08:43:00+00	280.42857142857144
1964	14	2024-01-02 08:44:00+00	280.57142857142856
1971	21	2024-01-02 08:51:00+00	281.57142857142856
1975	25	2024-01-02 08:55:00+00	282.14285714285717
1976	26	2024-01-02 08:56:00+00	282.2857142857143
1986	36	2024-01-02 09:06:00+00	283.7142857142857
1990	40	2024-01-02 09:10:00+00	284.2857142857143
1994	44	2024-01-02 09:14:00+00	284.85714285714283
1996	46	2024-01-02 09:16:00+00	285.14285714285717
1997	47	2024-01-02 09:17:00+00	285.2857142857143
\.


--
-- Data for Name: readings_2; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.readings_2 (id, sensor, at, value) FROM stdin;
1	1	2024-01-01 00:01:00+00	0.14285714285714285
5	5	2024-01-01 00:05:00+00	0.7142857142857143
9	9	2024-01-01 00:09:00+00	1.2857142857142858
11	11	2024-01-01 00:11:00+00	1.5714285714285714
12	12	2024-01-01 00:12:00+00	1.7142857142857142
17	17	2024-01-01 00:17:00+00	2.4285714285714284
22	22	2024-01-01 00:22:00+00	3.142857142857143
23	23	2024-01-01 00:23:00+00	3.2857142857142856
24	24	2024-01-01 00:24:00+00	3.4285714285714284
28	28	2024-01-01 00:28:00+00	4
30	30	2024-01-01 00:30:00+00	4.285714285714286
31	31	2024-01-01 00:31:00+00	4.428571428571429
32	32	2024-01-01 00:32:00+00	4.571428571428571
35	35	2024-01-01 00:35:00+00	5
37	37	2024-01-01 00:37:00+00	5.285714285714286
39	39	2024-01-01 00:39:00+00	5.571428571428571
41	41	2024-01-01 00:41:00+00	5.857142857142857
43	43	2024-01-01 00:43:00+00	6.142857142857143
49	49	2024-01-01 00:49:00+00	7
50	0	2024-01-01 00:50:00+00	7.142857142857143
51	1	2024-01-01 00:51:00+00	7.285714285714286
55	5	2024-01-01 00:55:00+00	7.857142857142857
59	9	2024-01-01 00:59:00+00	8.428571428571429
61	11	2024-01-01 01:01:00+00	8.714285714285714
62	12	2024-01-01 01:02:00+00	8.857142857142858
67	17	2024-01-01 01:07:00+00	9.571428571428571
72	22	2024-01-01 01:12:00+00	10.285714285714286
73	23	2024-01-01 01:13:00+00	10.428571428571429
74	24	2024-01-01 01:14:00+00	10.571428571428571
78	28	2024-01-01 01:18:00+00	11.142857142857142
80	30	2024-01-01 01:20:00+00	11.428571428571429
81	31	2024-01-01 01:21:00+00	11.571428571428571
82	32	2024-01-01 01:22:00+00	11.714285714285714
85	35	2024-01-01 01:25:00+00	12.142857142857142
87	37	2024-01-01 01:27:00+00	12.428571428571429
89	39	2024-01-01 01:29:00+00	12.714285714285714
91	41	2024-01-01 01:31:00+00	13
93	43	2024-01-01 01:33:00+00	13.285714285714286
99	49	2024-01-01 01:39:00+00	14.142857142857142
100	0	2024-01-01 01:40:00+00	14.285714285714286
101	1	2024-01-01 01:41:00+00	14.428571428571429
105	5	2024-01-01 01:45:00+00	15
109	9	2024-01-01 01:49:00+00	15.571428571428571
111	11	2024-01-01 01:51:00+00	15.857142857142858
112	12	2024-01-01 01:52:00+00	16
117	17	2024-01-01 01:57:00+00	16.714285714285715
122	22	2024-01-01 02:02:00+00	17.428571428571427
123	23	2024-01-01 02:03:00+00	17.571428571428573
124	24	2024-01-01 02:04:00+00	17.714285714285715
128	28	2024-01-01 02:08:00+00	18.285714285714285
130	30	2024-01-01 02:10:00+00	18.571428571428573
131	31	2024-01-01 02:11:00+00	18.714285714285715
132	32	2024-01-01 02:12:00+00	18.857142857142858
135	35	2024-01-01 02:15:00+00	19.285714285714285
137	37	2024-01-01 02:17:00+00	19.571428571428573
139	39	2024-01-01 02:19:00+00	19.857142857142858
141	41	2024-01-01 02:21:00+00	20.142857142857142
143	43	2024-01-01 02:23:00+00	20.428571428571427
149	49	2024-01-01 02:29:00+00	21.285714285714285
150	0	2024-01-01 02:30:00+00	21.428571428571427
151	1	2024-01-01 02:31:00+00	21.571428571428573
155	5	2024-01-01 02:35:00+00	22.142857142857142
159	9	2024-01-01 02:39:00+00	22.714285714285715
161	11	2024-01-01 02:41:00+00	23
162	12	2024-01-01 02:42:00+00	23.142857142857142
167	17	2024-01-01 02:47:00+00	23.857142857142858
172	22	2024-01-01 02:52:00+00	24.571428571428573
173	23	2024-01-01 02:53:00+00	24.714285714285715
174	24	2024-01-01 02:54:00+00	24.857142857142858
178	28	2024-01-01 02:58:00+00	25.428571428571427
180	30	2024-01-01 03:00:00+00	25.714285714285715
181	31	2024-01-01 03:01:00+00	25.857142857142858
182	32	2024-01-01 03:02:00+00	26
185	35	2024-01-01 03:05:00+00	26.428571428571427
187	37	2024-01-01 03:07:00+00	26.714285714285715
189	39	2024-01-01 03:09:00+00	27
191	41	2024-01-01 03:11:00+00	27.285714285714285
193	43	2024-01-01 03:13:00+00	27.571428571428573
199	49	2024-01-01 03:19:00+00	28.428571428571427
200	0	2024-01-01 03:20:00+00	28.571428571428573
201	1	2024-01-01 03:21:00+00	28.714285714285715
205	5	2024-01-01 03:25:00+00	29.285714285714285
209	9	2024-01-01 03:29:00+00	29.857142857142858
211	11	2024-01-01 03:31:00+00	30.142857142857142
212	12	2024-01-01 03:32:00+00	30.285714285714285
217	17	2024-01-01 03:37:00+00	31
222	22	2024-01-01 03:42:00+00	31.714285714285715
223	23	2024-01-01 03:43:00+00	31.857142857142858
224	24	2024-01-01 03:44:00+00	32
228	28	2024-01-01 03:48:00+00	32.57142857142857
230	30	2024-01-01 03:50:00+00	32.857142857142854
231	31	2024-01-01 03:51:00+00	33
232	32	2024-01-01 03:52:00+00	33.142857142857146
235	35	2024-01-01 03:55:00+00	33.57142857142857
237	37	2024-01-01 03:57:00+00	33.857142857142854
239	39	2024-01-01 03:59:00+00	34.142857142857146
241	41	2024-01-01 04:01:00+00	34.42857142857143
243	43	2024-01-01 04:03:00+00	34.714285714285715
249	49	2024-01-01 04:09:00+00	35.57142857142857
250	0	2024-01-01 04:10:00+00	35.714285714285715
251	1	2024-01-01 04:11:00+00	35.857142857142854
255	5	2024-01-01 04:15:00+00	36.42857142857143
259	9	2024-01-01 04:19:00+00	37
261	11	2024-01-01 04:21:00+00	37.285714285714285
262	12	2024-01-01 04:22:00+00	37.42857142857143
267	17	2024-01-01 04:27:00+00	38.142857142857146
272	22	2024-01-01 04:32:00+00	38.857142857142854
273	23	2024-01-01 04:33:00+00	39
274	24	2024-01-01 04:34:00+00	39.142857142857146
278	28	2024-01-01 04:38:00+00	39.714285714285715
280	30	2024-01-01 04:40:00+00	40
281	31	2024-01-01 04:41:00+00	40.142857142857146
282	32	2024-01-01 04:42:00+00	40.285714285714285
285	35	2024-01-01 04:45:00+00	40.714285714285715
287	37	2024-01-01 04:47:00+00	41
289	39	2024-01-01 04:49:00+00	41.285714285714285
291	41	2024-01-01 04:51:00+00	41.57142857142857
293	43	2024-01-01 04:53:00+00	41.857142857142854
299	49	2024-01-01 04:59:00+00	42.714285714285715
300	0	2024-01-01 05:00:00+00	42.857142857142854
301	1	2024-01-01 05:01:00+00	43
305	5	2024-01-01 05:05:00+00	43.57142857142857
309	9	2024-01-01 05:09:00+00	44.142857142857146
311	11	2024-01-01 05:11:00+00	44.42857142857143
312	12	2024-01-01 05:12:00+00	44.57142857142857
317	17	2024-01-01 05:17:00+00	45.285714285714285
322	22	2024-01-01 05:22:00+00	46
323	23	2024-01-01 05:23:00+00	46.142857142857146
324	24	2024-01-01 05:24:00+00	46.285714285714285
328	28	2024-01-01 05:28:00+00	46.857142857142854
330	30	2024-01-01 05:30:00+00	47.142857142857146
331	31	2024-01-01 05:31:00+00	47.285714285714285
332	32	2024-01-01 05:32:00+00	47.42857142857143
335	35	2024-01-01 05:35:00+00	47.857142857142854
337	37	2024-01-01 05:37:00+00	48.142857142857146
339	39	2024-01-01 05:39:00+00	48.42857142857143
341	41	2024-01-01 05:41:00+00	48.714285714285715
343	43	2024-01-01 05:43:00+00	49
349	49	2024-01-01 05:49:00+00	49.857142857142854
350	0	2024-01-01 05:50:00+00	50
351	1	2024-01-01 05:51:00+00	50.142857142857146
355	5	2024-01-01 05:55:00+00	50.714285714285715
359	9	2024-01-01 05:59:00+00	51.285714285714285
361	11	2024-01-01 06:01:00+00	51.57142857142857
362	12	2024-01-01 06:02:00+00	51.714285714285715
367	17	2024-01-01 06:07:00+00	52.42857142857143
372	22	2024-01-01 06:12:00+00	53.142857142857146
373	23	2024-01-01 06:13:00+00	53.285714285714285
374	24	2024-01-01 06:14:00+00	53.42857142857143
378	28	2024-01-01 06:18:00+00	54
380	30	2024-01-01 06:20:00+00	54.285714285714285
381	31	2024-01-01 06:21:00+00	54.42857142857143
382	32	2024-01-01 06:22:00+00	54.57142857142857
385	35	2024-01-01 06:25:00+00	55
387	37	2024-01-01 06:27:00+00	55.285714285714285
389	39	2024-01-01 06:29:00+00	55.57142857142857
391	41	2024-01-01 06:31:00+00	55.857142857142854
393	43	2024-01-01 06:33:00+00	56.142857142857146
399	49	2024-01-01 06:39:00+00	57
400	0	2024-01-01 06:40:00+00	57.142857142857146
401	1	2024-01-01 06:41:00+00	57.285714285714285
405	5	2024-01-01 06:45:00+00	57.857142857142854
409	9	2024-01-01 06:49:00+00	58.42857142857143
411	11	2024-01-01 06:51:00+00	58.714285714285715
412	12	2024-01-01 06:52:00+00	58.857142857142854
417	17	2024-01-01 06:57:00+00	59.57142857142857
422	22	2024-01-01 07:02:00+00	60.285714285714285
423	23	2024-01-01 07:03:00+00	60.42857142857143
424	24	2024-01-01 07:04:00+00	60.57142857142857
428	28	2024-01-01 07:08:00+00	61.142857142857146
430	30	2024-01-01 07:10:00+00	61.42857142857143
431	31	2024-01-01 07:11:00+00	61.57142857142857
432	32	2024-01-01 07:12:00+00	61.714285714285715
435	35	2024-01-01 07:15:00+00	62.142857142857146
437	37	2024-01-01 07:17:00+00	62.42857142857143
439	39	2024-01-01 07:19:00+00	62.714285714285715
441	41	2024-01-01 07:21:00+00	63
443	43	2024-01-01 07:23:00+00	63.285714285714285
449	49	2024-01-01 07:29:00+00	64.14285714285714
450	0	2024-01-01 07:30:00+00	64.28571428571429
451	1	2024-01-01 07:31:00+00	64.42857142857143
455	5	2024-01-01 07:35:00+00	65
459	9	2024-01-01 07:39:00+00	65.57142857142857
461	11	2024-01-01 07:41:00+00	65.85714285714286
462	12	2024-01-01 07:42:00+00	66
467	17	2024-01-01 07:47:00+00	66.71428571428571
472	22	2024-01-01 07:52:00+00	67.42857142857143
473	23	2024-01-01 07:53:00+00	67.57142857142857
474	24	2024-01-01 07:54:00+00	67.71428571428571
478	28	2024-01-01 07:58:00+00	68.28571428571429
480	30	2024-01-01 08:00:00+00	68.57142857142857
481	31	2024-01-01 08:01:00+00	68.71428571428571
482	32	2024-01-01 08:02:00+00	68.85714285714286
485	35	2024-01-01 08:05:00+00	69.28571428571429
487	37	2024-01-01 08:07:00+00	69.57142857142857
489	39	2024-01-01 08:09:00+00	69.85714285714286
491	41	2024-01-01 08:11:00+00	70.14285714285714
493	43	2024-01-01 08:13:00+00	70.42857142857143
499	49	2024-01-01 08:19:00+00	71.28571428571429
500	0	2024-01-01 08:20:00+00	71.42857142857143
501	1	2024-01-01 08:21:00+00	71.57142857142857
505	5	2024-01-01 08:25:00+00	72.14285714285714
509	9	2024-01-01 08:29:00+00	72.71428571428571
511	11	2024-01-01 08:31:00+00	73
512	12	2024-01-01 08:32:00+00	73.14285714285714
517	17	2024-01-01 08:37:00+00	73.85714285714286
522	22	2024-01-01 08:42:00+00	74.57142857142857
523	23	2024-01-01 08:43:00+00	74.71428571428571
524	24	2024-01-01 08:44:00+00	74.85714285714286
528	28	2024-01-01 08:48:00+00	75.42857142857143
530	30	2024-01-01 08:50:00+00	75.71428571428571
531	31	2024-01-01 08:51:00+00	75.85714285714286
532	32	2024-01-01 08:52:00+00	76
535	35	2024-01-01 08:55:00+00	76.42857142857143
537	37	2024-01-01 08:57:00+00	76.71428571428571
539	39	2024-01-01 08:59:00+00	77
541	41	2024-01-01 09:01:00+00	77.28571428571429
543	43	2024-01-01 09:03:00+00	77.57142857142857
549	49	2024-01-01 09:09:00+00	78.42857142857143
550	0	2024-01-01 09:10:00+00	78.57142857142857
551	1	2024-01-01 09:11:00+00	78.71428571428571
555	5	2024-01-01 09:15:00+00	79.28571428571429
559	9	2024-01-01 09:19:00+00	79.85714285714286
561	11	2024-01-01 09:21:00+00	80.14285714285714
562	12	2024-01-01 09:22:00+00	80.28571428571429
567	17	2024-01-01 09:27:00+00	81
572	22	2024-01-01 09:32:00+00	81.71428571428571
573	23	2024-01-01 09:33:00+00	81.85714285714286
574	24	2024-01-01 09:34:00+00	82
578	28	2024-01-01 09:38:00+00	82.57142857142857
580	30	2024-01-01 09:40:00+00	82.85714285714286
581	31	2024-01-01 09:41:00+00	83
582	32	2024-01-01 09:42:00+00	83.14285714285714
585	35	2024-01-01 09:45:00+00	83.57142857142857
587	37	2024-01-01 09:47:00+00	83.85714285714286
589	39	2024-01-01 09:49:00+00	84.14285714285714
591	41	2024-01-01 09:51:00+00	84.42857142857143
593	43	2024-01-01 09:53:00+00	84.71428571428571
599	49	2024-01-01 09:59:00+00	85.57142857142857
600	0	2024-01-01 10:00:00+00	85.71428571428571
601	1	2024-01-01 10:01:00+00	85.85714285714286
605	5	2024-01-01 10:05:00+00	86.42857142857143
609	9	2024-01-01 10:09:00+00	87
611	11	2024-01-01 10:11:00+00	87.28571428571429
612	12	2024-01-01 10:12:00+00	87.42857142857143
617	17	2024-01-01 10:17:00+00	88.14285714285714
622	22	2024-01-01 10:22:00+00	88.85714285714286
623	23	2024-01-01 10:23:00+00	89
624	24	2024-01-01 10:24:00+00	89.14285714285714
628	28	2024-01-01 10:28:00+00	89.71428571428571
630	30	2024-01-01 10:30:00+00	90
631	31	2024-01-01 10:31:00+00	90.14285714285714
632	32	2024-01-01 10:32:00+00	90.28571428571429
635	35	2024-01-01 10:35:00+00	90.71428571428571
637	37	2024-01-01 10:37:00+00	91
639	39	2024-01-01 10:39:00+00	91.28571428571429
641	41	2024-01-01 10:41:00+00	91.57142857142857
643	43	2024-01-01 10:43:00+00	91.85714285714286
649	49	2024-01-01 10:49:00+00	92.71428571428571
650	0	2024-01-01 10:50:00+00	92.85714285714286
651	1	2024-01-01 10:51:00+00	93
655	5	2024-01-01 10:55:00+00	93.57142857142857
659	9	2024-01-01 10:59:00+00	94.14285714285714
661	11	2024-01-01 11:01:00+00	94.42857142857143
662	12	2024-01-01 11:02:00+00	94.57142857142857
667	17	2024-01-01 11:07:00+00	95.28571428571429
672	22	2024-01-01 11:12:00+00	96
673	23	2024-01-01 11:13:00+00	96.14285714285714
674	24	2024-01-01 11:14:00+00	96.28571428571429
678	28	2024-01-01 11:18:00+00	96.85714285714286
680	30	2024-01-01 11:20:00+00	97.14285714285714
681	31	2024-01-01 11:21:00+00	97.28571428571429
682	32	2024-01-01 11:22:00+00	97.42857142857143
685	35	2024-01-01 11:25:00+00	97.85714285714286
687	37	2024-01-01 11:27:00+00	98.14285714285714
689	39	2024-01-01 11:29:00+00	98.42857142857143
691	41	2024-01-01 11:31:00+00	98.71428571428571
693	43	2024-01-01 11:33:00+00	99
699	49	2024-01-01 11:39:00+00	99.85714285714286
700	0	2024-01-01 11:40:00+00	100
701	1	2024-01-01 11:41:00+00	100.14285714285714
705	5	2024-01-01 11:45:00+00	100.71428571428571
709	9	2024-01-01 11:49:00+00	101.28571428571429
711	11	2024-01-01 11:51:00+00	101.57142857142857
712	12	2024-01-01 11:52:00+00	101.71428571428571
717	17	2024-01-01 11:57:00+00	102.42857142857143
722	22	2024-01-01 12:02:00+00	103.14285714285714
723	23	2024-01-01 12:03:00+00	103.28571428571429
724	24	2024-01-01 12:04:00+00	103.42857142857143
728	28	2024-01-01 12:08:00+00	104
730	30	2024-01-01 12:10:00+00	104.28571428571429
731	31	2024-01-01 12:11:00+00	104.42857142857143
732	32	2024-01-01 12:12:00+00	104.57142857142857
735	35	2024-01-01 12:15:00+00	105
737	37	2024-01-01 12:17:00+00	105.28571428571429
739	39	2024-01-01 12:19:00+00	105.57142857142857
741	41	2024-01-01 12:21:00+00	105.85714285714286
743	43	2024-01-01 12:23:00+00	106.14285714285714
749	49	2024-01-01 12:29:00+00	107
750	0	2024-01-01 12:30:00+00	107.14285714285714
751	1	2024-01-01 12:31:00+00	107.28571428571429
755	5	2024-01-01 12:35:00+00	107.85714285714286
759	9	2024-01-01 12:39:00+00	108.42857142857143
761	11	2024-01-01 12:41:00+00	108.71428571428571
762	12	2024-01-01 12:42:00+00	108.85714285714286
767	17	2024-01-01 12:47:00+00	109.57142857142857
772	22	2024-01-01 12:52:00+00	110.28571428571429
773	23	2024-01-01 12:53:00+00	110.42857142857143
774	24	2024-01-01 12:54:00+00	110.57142857142857
778	28	2024-01-01 12:58:00+00	111.14285714285714
780	30	2024-01-01 13:00:00+00	111.42857142857143
781	31	2024-01-01 13:01:00+00	111.57142857142857
782	32	2024-01-01 13:02:00+00	111.71428571428571
785	35	2024-01-01 13:05:00+00	112.14285714285714
787	37	2024-01-01 13:07:00+00	112.42857142857143
789	39	2024-01-01 13:09:00+00	112.71428571428571
791	41	2024-01-01 13:11:00+00	113
793	43	2024-01-01 13:13:00+00	113.28571428571429
799	49	2024-01-01 13:19:00+00	114.14285714285714
800	0	2024-01-01 13:20:00+00	114.28571428571429
801	1	2024-01-01 13:21:00+00	114.42857142857143
805	5	2024-01-01 13:25:00+00	115
809	9	2024-01-01 13:29:00+00	115.57142857142857
811	11	2024-01-01 13:31:00+00	115.85714285714286
812	12	2024-01-01 13:32:00+00	116
817	17	2024-01-01 13:37:00+00	116.71428571428571
822	22	2024-01-01 13:42:00+00	117.42857142857143
823	23	2024-01-01 13:43:00+00	117.57142857142857
824	24	2024-01-01 13:44:00+00	117.71428571428571
828	28	2024-01-01 13:48:00+00	118.28571428571429
830	30	2024-01-01 13:50:00+00	118.57142857142857
831	31	2024-01-01 13:51:00+00	118.71428571428571
832	32	2024-01-01 13:52:00+00	118.85714285714286
835	35	2024-01-01 13:55:00+00	119.28571428571429
837	37	2024-01-01 13:57:00+00	119.57142857142857
839	39	2024-01-01 13:59:00+00	119.85714285714286
841	41	2024-01-01 14:01:00+00	120.14285714285714
843	43	2024-01-01 14:03:00+00	120.42857142857143
849	49	2024-01-01 14:09:00+00	121.28571428571429
850	0	2024-01-01 14:10:00+00	121.42857142857143
851	1	2024-01-01 14:11:00+00	121.57142857142857
855	5	2024-01-01 14:15:00+00	122.14285714285714
859	9	2024-01-01 14:19:00+00	122.71428571428571
861	11	2024-01-01 14:21:00+00	123
862	12	2024-01-01 14:22:00+00	123.14285714285714
867	17	2024-01-01 14:27:00+00	123.85714285714286
872	22	2024-01-01 14:32:00+00	124.57142857142857
873	23	2024-01-01 14:33:00+00	124.71428571428571
874	24	2024-01-01 14:34:00+00	124.85714285714286
878	28	2024-01-01 14:38:00+00	125.42857142857143
880	30	2024-01-01 14:40:00+00	125.71428571428571
881	31	2024-01-01 14:41:00+00	125.85714285714286
882	32	2024-01-01 14:42:00+00	126
885	35	2024-01-01 14:45:00+00	126.42857142857143
887	37	2024-01-01 14:47:00+00	126.71428571428571
889	39	2024-01-01 14:49:00+00	127
891	41	2024-01-01 14:51:00+00	127.28571428571429
893	43	2024-01-01 14:53:00+00	127.57142857142857
899	49	2024-01-01 14:59:00+00	128.42857142857142
900	0	2024-01-01 15:00:00+00	128.57142857142858
901	1	2024-01-01 15:01:00+00	128.71428571428572
905	5	2024-01-01 15:05:00+00	129.28571428571428
909	9	2024-01-01 15:09:00+00	129.85714285714286
911	11	2024-01-01 15:11:00+00	130.14285714285714
912	12	2024-01-01 15:12:00+00	130.28571428571428
917	17	2024-01-01 15:17:00+00	131
922	22	2024-01-01 15:22:00+00	131.71428571428572
923	23	2024-01-01 15:23:00+00	131.85714285714286
924	24	2024-01-01 15:24:00+00	132
928	28	2024-01-01 15:28:00+00	132.57142857142858
930	30	2024-01-01 15:30:00+00	132.85714285714286
931	31	2024-01-01 15:31:00+00	133
932	32	2024-01-01 15:32:00+00	133.14285714285714
935	35	2024-01-01 15:35:00+00	133.57142857142858
937	37	2024-01-01 15:37:00+00	133.85714285714286
939	39	2024-01-01 15:39:00+00	134.14285714285714
941	41	2024-01-01 15:41:00+00	134.42857142857142
943	43	2024-01-01 15:43:00+00	134.71428571428572
949	49	2024-01-01 15:49:00+00	135.57142857142858
950	0	2024-01-01 15:50:00+00	135.71428571428572
951	1	2024-01-01 15:51:00+00	135.85714285714286
955	5	2024-01-01 15:55:00+00	136.42857142857142
959	9	2024-01-01 15:59:00+00	137
961	11	2024-01-01 16:01:00+00	137.28571428571428
962	12	2024-01-01 16:02:00+00	137.42857142857142
967	17	2024-01-01 16:07:00+00	138.14285714285714
972	22	2024-01-01 16:12:00+00	138.85714285714286
973	23	2024-01-01 16:13:00+00	139
974	24	2024-01-01 16:14:00+00	139.14285714285714
978	28	2024-01-01 16:18:00+00	139.71428571428572
980	30	2024-01-01 16:20:00+00	140
981	31	2024-01-01 16:21:00+00	140.14285714285714
982	32	2024-01-01 16:22:00+00	140.28571428571428
985	35	2024-01-01 16:25:00+00	140.71428571428572
987	37	2024-01-01 16:27:00+00	141
989	39	2024-01-01 16:29:00+00	141.28571428571428
991	41	2024-01-01 16:31:00+00	141.57142857142858
993	43	2024-01-01 16:33:00+00	141.85714285714286
999	49	2024-01-01 16:39:00+00	142.71428571428572
1000	0	2024-01-01 16:40:00+00	142.85714285714286
1001	1	2024-01-01 16:41:00+00	143
1005	5	2024-01-01 16:45:00+00	143.57142857142858
1009	9	2024-01-01 16:49:00+00	144.14285714285714
1011	11	2024-01-01 16:51:00+00	144.42857142857142
1012	12	2024-01-01 16:52:00+00	144.57142857142858
1017	17	2024-01-01 16:57:00+00	145.28571428571428
1022	22	2024-01-01 17:02:00+00	146
1023	23	2024-01-01 17:03:00+00	146.14285714285714
1024	24	2024-01-01 17:04:00+00	146.28571428571428
1028	28	2024-01-01 17:08:00+00	146.85714285714286
1030	30	2024-01-01 17:10:00+00	147.14285714285714
1031	31	2024-01-01 17:11:00+00	147.28571428571428
1032	32	2024-01-01 17:12:00+00	147.42857142857142
1035	35	2024-01-01 17:15:00+00	147.85714285714286
1037	37	2024-01-01 17:17:00+00	148.14285714285714
1039	39	2024-01-01 17:19:00+00	148.42857142857142
1041	41	2024-01-01 17:21:00+00	148.71428571428572
1043	43	2024-01-01 17:23:00+00	149
1049	49	2024-01-01 17:29:00+00	149.85714285714286
1050	0	2024-01-01 17:30:00+00	150
1051	1	2024-01-01 17:31:00+00	150.14285714285714
1055	5	2024-01-01 17:35:00+00	150.71428571428572
1059	9	2024-01-01 17:39:00+00	151.28571428571428
1061	11	2024-01-01 17:41:00+00	151.57142857142858
1062	12	2024-01-01 17:42:00+00	151.71428571428572
1067	17	2024-01-01 17:47:00+00	152.42857142857142
1072	22	2024-01-01 17:52:00+00	153.14285714285714
1073	23	2024-01-01 17:53:00+00	153.28571428571428
1074	24	2024-01-01 17:54:00+00	153.42857142857142
1078	28	2024-01-01 17:58:00+00	154
1080	30	2024-01-01 18:00:00+00	154.28571428571428
1081	31	2024-01-01 18:01:00+00	154.42857142857142
1082	32	2024-01-01 18:02:00+00	154.57142857142858
1085	35	2024-01-01 18:05:00+00	155
1087	37	2024-01-01 18:07:00+00	155.28571428571428
1089	39	2024-01-01 18:09:00+00	155.57142857142858
1091	41	2024-01-01 18:11:00+00	155.85714285714286
1093	43	2024-01-01 18:13:00+00	156.14285714285714
1099	49	2024-01-01 18:19:00+00	157
1100	0	2024-01-01 18:20:00+00	157.14285714285714
1101	1	2024-01-01 18:21:00+00	157.28571428571428
1105	5	2024-01-01 18:25:00+00	157.85714285714286
1109	9	2024-01-01 18:29:00+00	158.42857142857142
1111	11	2024-01-01 18:31:00+00	158.71428571428572
1112	12	2024-01-01 18:32:00+00	158.85714285714286
1117	17	2024-01-01 18:37:00+00	159.57142857142858
1122	22	2024-01-01 18:42:00+00	160.28571428571428
1123	23	2024-01-01 18:43:00+00	160.42857142857142
1124	24	2024-01-01 18:44:00+00	160.57142857142858
1128	28	2024-01-01 18:48:00+00	161.14285714285714
1130	30	2024-01-01 18:50:00+00	161.42857142857142
1131	31	2024-01-01 18:51:00+00	161.57142857142858
1132	32	2024-01-01 18:52:00+00	161.71428571428572
1135	35	2024-01-01 18:55:00+00	162.14285714285714
1137	37	2024-01-01 18:57:00+00	162.42857142857142
1139	39	2024-01-01 18:59:00+00	162.71428571428572
1141	41	2024-01-01 19:01:00+00	163
1143	43	2024-01-01 19:03:00+00	163.28571428571428
1149	49	2024-01-01 19:09:00+00	164.14285714285714
1150	0	2024-01-01 19:10:00+00	164.28571428571428
1151	1	2024-01-01 19:11:00+00	164.42857142857142
1155	5	2024-01-01 19:15:00+00	165
1159	9	2024-01-01 19:19:00+00	165.57142857142858
1161	11	2024-01-01 19:21:00+00	165.85714285714286
1162	12	2024-01-01 19:22:00+00	166
1167	17	2024-01-01 19:27:00+00	166.71428571428572
1172	22	2024-01-01 19:32:00+00	167.42857142857142
1173	23	2024-01-01 19:33:00+00	167.57142857142858
1174	24	2024-01-01 19:34:00+00	167.71428571428572
1178	28	2024-01-01 19:38:00+00	168.28571428571428
1180	30	2024-01-01 19:40:00+00	168.57142857142858
1181	31	2024-01-01 19:41:00+00	168.71428571428572
1182	32	2024-01-01 19:42:00+00	168.85714285714286
1185	35	2024-01-01 19:45:00+00	169.28571428571428
1187	37	2024-01-01 19:47:00+00	169.57142857142858
1189	39	2024-01-01 19:49:00+00	169.85714285714286
1191	41	2024-01-01 19:51:00+00	170.14285714285714
1193	43	2024-01-01 19:53:00+00	170.42857142857142
1199	49	2024-01-01 19:59:00+00	171.28571428571428
1200	0	2024-01-01 20:00:00+00	171.42857142857142
1201	1	2024-01-01 20:01:00+00	171.57142857142858
1205	5	2024-01-01 20:05:00+00	172.14285714285714
1209	9	2024-01-01 20:09:00+00	172.71428571428572
1211	11	2024-01-01 20:11:00+00	173
1212	12	2024-01-01 20:12:00+00	173.14285714285714
1217	17	2024-01-01 20:17:00+00	173.85714285714286
1222	22	2024-01-01 20:22:00+00	174.57142857142858
1223	23	2024-01-01 20:23:00+00	174.71428571428572
1224	24	2024-01-01 20:24:00+00	174.85714285714286
1228	28	2024-01-01 20:28:00+00	175.42857142857142
1230	30	2024-01-01 20:30:00+00	175.71428571428572
1231	31	2024-01-01 20:31:00+00	175.85714285714286
1232	32	2024-01-01 20:32:00+00	176
1235	35	2024-01-01 20:35:00+00	176.42857142857142
1237	37	2024-01-01 20:37:00+00	176.71428571428572
1239	39	2024-01-01 20:39:00+00	177
1241	41	2024-01-01 20:41:00+00	177.28571428571428
1243	43	2024-01-01 20:43:00+00	177.57142857142858
1249	49	2024-01-01 20:49:00+00	178.42857142857142
1250	0	2024-01-01 20:50:00+00	178.57142857142858
1251	1	2024-01-01 20:51:00+00	178.71428571428572
1255	5	2024-01-01 20:55:00+00	179.28571428571428
1259	9	2024-01-01 20:59:00+00	179.85714285714286
1261	11	2024-01-01 21:01:00+00	180.14285714285714
1262	12	2024-01-01 21:02:00+00	180.28571428571428
1267	17	2024-01-01 21:07:00+00	181
1272	22	2024-01-01 21:12:00+00	181.71428571428572
1273	23	2024-01-01 21:13:00+00	181.85714285714286
1274	24	2024-01-01 21:14:00+00	182
1278	28	2024-01-01 21:18:00+00	182.57142857142858
1280	30	2024-01-01 21:20:00+00	182.85714285714286
1281	31	2024-01-01 21:21:00+00	183
1282	32	2024-01-01 21:22:00+00	183.14285714285714
1285	35	2024-01-01 21:25:00+00	183.57142857142858
1287	37	2024-01-01 21:27:00+00	183.85714285714286
1289	39	2024-01-01 21:29:00+00	184.14285714285714
1291	41	2024-01-01 21:31:00+00	184.42857142857142
1293	43	2024-01-01 21:33:00+00	184.71428571428572
1299	49	2024-01-01 21:39:00+00	185.57142857142858
1300	0	2024-01-01 21:40:00+00	185.71428571428572
1301	1	2024-01-01 21:41:00+00	185.85714285714286
1305	5	2024-01-01 21:45:00+00	186.42857142857142
1309	9	2024-01-01 21:49:00+00	187
1311	11	2024-01-01 21:51:00+00	187.28571428571428
1312	12	2024-01-01 21:52:00+00	187.42857142857142
1317	17	2024-01-01 21:57:00+00	188.14285714285714
1322	22	2024-01-01 22:02:00+00	188.85714285714286
1323	23	2024-01-01 22:03:00+00	189
1324	24	2024-01-01 22:04:00+00	189.14285714285714
1328	28	2024-01-01 22:08:00+00	189.71428571428572
1330	30	2024-01-01 22:10:00+00	190
1331	31	2024-01-01 22:11:00+00	190.14285714285714
1332	32	2024-01-01 22:12:00+00	190.28571428571428
1335	35	2024-01-01 22:15:00+00	190.71428571428572
1337	37	2024-01-01 22:17:00+00	191
1339	39	2024-01-01 22:19:00+00	191.28571428571428
1341	41	2024-01-01 22:21:00+00	191.57142857142858
1343	43	2024-01-01 22:23:00+00	191.85714285714286
1349	49	2024-01-01 22:29:00+00	192.71428571428572
1350	0	2024-01-01 22:30:00+00	192.85714285714286
1351	1	2024-01-01 22:31:00+00	193
1355	5	2024-01-01 22:35:00+00	193.57142857142858
1359	9	2024-01-01 22:39:00+00	194.14285714285714
1361	11	2024-01-01 22:41:00+00	194.42857142857142
1362	12	2024-01-01 22:42:00+00	194.57142857142858
1367	17	2024-01-01 22:47:00+00	195.28571428571428
1372	22	2024-01-01 22:52:00+00	196
1373	23	2024-01-01 22:53:00+00	196.14285714285714
1374	24	2024-01-01 22:54:00+00	196.28571428571428
1378	28	2024-01-01 22:58:00+00	196.85714285714286
1380	30	2024-01-01 23:00:00+00	197.14285714285714
1381	31	2024-01-01 23:01:00+00	197.28571428571428
1382	32	2024-01-01 23:02:00+00	197.42857142857142
1385	35	2024-01-01 23:05:00+00	197.85714285714286
1387	37	2024-01-01 23:07:00+00	198.14285714285714
1389	39	2024-01-01 23:09:00+00	198.42857142857142
1391	41	2024-01-01 23:11:00+00	198.71428571428572
1393	43	2024-01-01 23:13:00+00	199
1399	49	2024-01-01 23:19:00+00	199.85714285714286
1400	0	2024-01-01 23:20:00+00	200
1401	1	2024-01-01 23:21:00+00	200.14285714285714
1405	5	2024-01-01 23:25:00+00	200.71428571428572
1409	9	2024-01-01 23:29:00+00	201.28571428571428
1411	11	2024-01-01 23:31:00+00	201.57142857142858
1412	12	2024-01-01 23:32:00+00	201.71428571428572
1417	17	2024-01-01 23:37:00+00	202.42857142857142
1422	22	2024-01-01 23:42:00+00	203.14285714285714
1423	23	2024-01-01 23:43:00+00	203.28571428571428
1424	24	2024-01-01 23:44:00+00	203.42857142857142
1428	28	2024-01-01 23:48:00+00	204
1430	30	2024-01-01 23:50:00+00	204.28571428571428
1431	31	2024-01-01 23:51:00+00	204.42857142857142
1432	32	2024-01-01 23:52:00+00	204.57142857142858
1435	35	2024-01-01 23:55:00+00	205
1437	37	2024-01-01 23:57:00+00	205.28571428571428
1439	39	2024-01-01 23:59:00+00	205.57142857142858
1441	41	2024-01-02 00:01:00+00	205.85714285714286
1443	43	2024-01-02 00:03:00+00	206.14285714285714
1449	49	2024-01-02 00:09:00+00	207
1450	0	2024-01-02 00:10:00+00	207.14285714285714
1451	1	2024-01-02 00:11:00+00	207.28571428571428
1455	5	2024-01-02 00:15:00+00	207.85714285714286
1459	9	2024-01-02 00:19:00+00	208.42857142857142
1461	11	2024-01-02 00:21:00+00	208.71428571428572
1462	12	2024-01-02 00:22:00+00	208.85714285714286
1467	17	2024-01-02 00:27:00+00	209.57142857142858
1472	22	2024-01-02 00:32:00+00	210.28571428571428
1473	23	2024-01-02 00:33:00+00	210.42857142857142
1474	24	2024-01-02 00:34:00+00	210.57142857142858
1478	28	2024-01-02 00:38:00+00	211.14285714285714
1480	30	2024-01-02 00:40:00+00	211.42857142857142
1481	31	2024-01-02 00:41:00+00	211.57142857142858
1482	32	2024-01-02 00:42:00+00	211.71428571428572
1485	35	2024-01-02 00:45:00+00	212.14285714285714
1487	37	2024-01-02 00:47:00+00	212.42857142857142
1489	39	2024-01-02 00:49:00+00	212.71428571428572
1491	41	2024-01-02 00:51:00+00	213
1493	43	2024-01-02 00:53:00+00	213.28571428571428
1499	49	2024-01-02 00:59:00+00	214.14285714285714
1500	0	2024-01-02 01:00:00+00	214.28571428571428
1501	1	2024-01-02 01:01:00+00	214.42857142857142
1505	5	2024-01-02 01:05:00+00	215
1509	9	2024-01-02 01:09:00+00	215.57142857142858
1511	11	2024-01-02 01:11:00+00	215.85714285714286
1512	12	2024-01-02 01:12:00+00	216
1517	17	2024-01-02 01:17:00+00	216.71428571428572
1522	22	2024-01-02 01:22:00+00	217.42857142857142
1523	23	2024-01-02 01:23:00+00	217.57142857142858
1524	24	2024-01-02 01:24:00+00	217.71428571428572
1528	28	2024-01-02 01:28:00+00	218.28571428571428
1530	30	2024-01-02 01:30:00+00	218.57142857142858
1531	31	2024-01-02 01:31:00+00	218.71428571428572
1532	32	2024-01-02 01:32:00+00	218.85714285714286
1535	35	2024-01-02 01:35:00+00	219.28571428571428
1537	37	2024-01-02 01:37:00+00	219.57142857142858
1539	39	2024-01-02 01:39:00+00	219.85714285714286
1541	41	2024-01-02 01:41:00+00	220.14285714285714
1543	43	2024-01-02 01:43:00+00	220.42857142857142
1549	49	2024-01-02 01:49:00+00	221.28571428571428
1550	0	2024-01-02 01:50:00+00	221.42857142857142
1551	1	2024-01-02 01:51:00+00	221.57142857142858
1555	5	2024-01-02 01:55:00+00	222.14285714285714
1559	9	2024-01-02 01:59:00+00	222.71428571428572
1561	11	2024-01-02 02:01:00+00	223
1562	12	2024-01-02 02:02:00+00	223.14285714285714
1567	17	2024-01-02 02:07:00+00	223.85714285714286
1572	22	2024-01-02 02:12:00+00	224.57142857142858
1573	23	2024-01-02 02:13:00+00	224.71428571428572
1574	24	2024-01-02 02:14:00+00	224.85714285714286
1578	28	2024-01-02 02:18:00+00	225.42857142857142
1580	30	2024-01-02 02:20:00+00	225.71428571428572
1581	31	2024-01-02 02:21:00+00	225.85714285714286
1582	32	2024-01-02 02:22:00+00	226
1585	35	2024-01-02 02:25:00+00	226.42857142857142
1587	37	2024-01-02 02:27:00+00	226.71428571428572
1589	39	2024-01-02 02:29:00+00	227
1591	41	2024-01-02 02:31:00+00	227.28571428571428
1593	43	2024-01-02 02:33:00+00	227.57142857142858
1599	49	2024-01-02 02:39:00+00	228.42857142857142
1600	0	2024-01-02 02:40:00+00	228.57142857142858
1601	1	2024-01-02 02:41:00+00	228.71428571428572
1605	5	2024-01-02 02:45:00+00	229.28571428571428
1609	9	2024-01-02 02:49:00+00	229.85714285714286
1611	11	2024-01-02 02:51:00+00	230.14285714285714
1612	12	2024-01-02 02:52:00+00	230.28571428571428
1617	17	2024-01-02 02:57:00+00	231
1622	22	2024-01-02 03:02:00+00	231.71428571428572
1623	23	2024-01-02 03:03:00+00	231.85714285714286
1624	24	2024-01-02 03:04:00+00	232
1628	28	2024-01-02 03:08:00+00	232.57142857142858
1630	30	2024-01-02 03:10:00+00	232.85714285714286
1631	31	2024-01-02 03:11:00+00	233
1632	32	2024-01-02 03:12:00+00	233.14285714285714
1635	35	2024-01-02 03:15:00+00	233.57142857142858
1637	37	2024-01-02 03:17:00+00	233.85714285714286
1639	39	2024-01-02 03:19:00+00	234.14285714285714
1641	41	2024-01-02 03:21:00+00	234.42857142857142
1643	43	2024-01-02 03:23:00+00	234.71428571428572
1649	49	2024-01-02 03:29:00+00	235.57142857142858
1650	0	2024-01-02 03:30:00+00	235.71428571428572
1651	1	2024-01-02 03:31:00+00	235.85714285714286
1655	5	2024-01-02 03:35:00+00	236.42857142857142
1659	9	2024-01-02 03:39:00+00	237
1661	11	2024-01-02 03:41:00+00	237.28571428571428
1662	12	2024-01-02 03:42:00+00	237.42857142857142
1667	17	2024-01-02 03:47:00+00	238.14285714285714
1672	22	2024-01-02 03:52:00+00	238.85714285714286
1673	23	2024-01-02 03:53:00+00	239
1674	24	2024-01-02 03:54:00+00	239.14285714285714
1678	28	2024-01-02 03:58:00+00	239.71428571428572
1680	30	2024-01-02 04:00:00+00	240
1681	31	2024-01-02 04:01:00+00	240.14285714285714
1682	32	2024-01-02 04:02:00+00	240.28571428571428
1685	35	2024-01-02 04:05:00+00	240.71428571428572
1687	37	2024-01-02 04:07:00+00	241
1689	39	2024-01-02 04:09:00+00	241.28571428571428
1691	41	2024-01-02 04:11:00+00	241.57142857142858
1693	43	2024-01-02 04:13:00+00	241.85714285714286
1699	49	2024-01-02 04:19:00+00	242.71428571428572
1700	0	2024-01-02 04:20:00+00	242.85714285714286
1701	1	2024-01-02 04:21:00+00	243
1705	5	2024-01-02 04:25:00+00	243.57142857142858
1709	9	2024-01-02 04:29:00+00	244.14285714285714
1711	11	2024-01-02 04:31:00+00	244.42857142857142
1712	12	2024-01-02 04:32:00+00	244.57142857142858
1717	17	2024-01-02 04:37:00+00	245.28571428571428
1722	22	2024-01-02 04:42:00+00	246
1723	23	2024-01-02 04:43:00+00	246.14285714285714
1724	24	2024-01-02 04:44:00+00	246.28571428571428
1728	28	2024-01-02 04:48:00+00	246.85714285714286
1730	30	2024-01-02 04:50:00+00	247.14285714285714
1731	31	2024-01-02 04:51:00+00	247.28571428571428
1732	32	2024-01-02 04:52:00+00	247.42857142857142
1735	35	2024-01-02 04:55:00+00	247.85714285714286
1737	37	2024-01-02 04:57:00+00	248.14285714285714
1739	39	2024-01-02 04:59:00+00	248.42857142857142
1741	41	2024-01-02 05:01:00+00	248.71428571428572
1743	43	2024-01-02 05:03:00+00	249
1749	49	2024-01-02 05:09:00+00	249.85714285714286
1750	0	2024-01-02 05:10:00+00	250
1751	1	2024-01-02 05:11:00+00	250.14285714285714
1755	5	2024-01-02 05:15:00+00	250.71428571428572
1759	9	2024-01-02 05:19:00+00	251.28571428571428
1761	11	2024-01-02 05:21:00+00	251.57142857142858
1762	12	2024-01-02 05:22:00+00	251.71428571428572
1767	17	2024-01-02 05:27:00+00	252.42857142857142
1772	22	2024-01-02 05:32:00+00	253.14285714285714
1773	23	2024-01-02 05:33:00+00	253.28571428571428
1774	24	2024-01-02 05:34:00+00	253.42857142857142
1778	28	2024-01-02 05:38:00+00	254
1780	30	2024-01-02 05:40:00+00	254.28571428571428
1781	31	2024-01-02 05:41:00+00	254.42857142857142
1782	32	2024-01-02 05:42:00+00	254.57142857142858
1785	35	2024-01-02 05:45:00+00	255
1787	37	2024-01-02 05:47:00+00	255.28571428571428
1789	39	2024-01-02 05:49:00+00	255.57142857142858
1791	41	2024-01-02 05:51:00+00	255.85714285714286
1793	43	2024-01-02 05:53:00+00	256.14285714285717
1799	49	2024-01-02 05:59:00+00	257
1800	0	2024-01-02 06:00:00+00	257.14285714285717
1801	1	2024-01-02 06:01:00+00	257.2857142857143
1805	5	2024-01-02 06:05:00+00	257.85714285714283
1809	9	2024-01-02 06:09:00+00	258.42857142857144
1811	11	2024-01-02 06:11:00+00	258.7142857142857
1812	12	2024-01-02 06:12:00+00	258.85714285714283
1817	17	2024-01-02 06:17:00+00	259.57142857142856
1822	22	2024-01-02 06:22:00+00	260.2857142857143
1823	23	2024-01-02 06:23:00+00	260.42857142857144
1824	24	2024-01-02 06:24:00+00	260.57142857142856
1828	28	2024-01-02 06:28:00+00	261.14285714285717
1830	30	2024-01-02 06:30:00+00	261.42857142857144
1831	31	2024-01-02 06:31:00+00	261.57142857142856
1832	32	2024-01-02 06:32:00+00	261.7142857142857
1835	35	2024-01-02 06:35:00+00	262.14285714285717
1837	37	2024-01-02 06:37:00+00	262.42857142857144
1839	39	2024-01-02 06:39:00+00	262.7142857142857
1841	41	2024-01-02 06:41:00+00	263
1843	43	2024-01-02 06:43:00+00	263.2857142857143
1849	49	2024-01-02 06:49:00+00	264.14285714285717
1850	0	2024-01-02 06:50:00+00	264.2857142857143
1851	1	2024-01-02 06:51:00+00	264.42857142857144
1855	5	2024-01-02 06:55:00+00	265
1859	9	2024-01-02 06:59:00+00	265.57142857142856
1861	11	2024-01-02 07:01:00+00	265.85714285714283
1862	12	2024-01-02 07:02:00+00	266
1867	17	2024-01-02 07:07:00+00	266.7142857142857
1872	22	2024-01-02 07:12:00+00	267.42857142857144
1873	23	2024-01-02 07:13:00+00	267.57142857142856
1874	24	2024-01-02 07:14:00+00	267.7142857142857
1878	28	2024-01-02 07:18:00+00	268.2857142857143
1880	30	2024-01-02 07:20:00+00	268.57142857142856
1881	31	2024-01-02 07:21:00+00	268.7142857142857
1882	32	2024-01-02 07:22:00+00	268.85714285714283
1885	35	2024-01-02 07:25:00+00	269.2857142857143
1887	37	2024-01-02 07:27:00+00	269.57142857142856
1889	39	2024-01-02 07:29:00+00	269.85714285714283
1891	41	2024-01-02 07:31:00+00	270.14285714285717
1893	43	2024-01-02 07:33:00+00	270.42857142857144
1899	49	2024-01-02 07:39:00+00	271.2857142857143
1900	0	2024-01-02 07:40:00+00	271.42857142857144
1901	1	2024-01-02 07:41:00+00	271.57142857142856
1905	5	2024-01-02 07:45:00+00	272.14285714285717
1909	9	2024-01-02 07:49:00+00	272.7142857142857
1911	11	2024-01-02 07:51:00+00	273
1912	12	2024-01-02 07:52:00+00	273.14285714285717
1917	17	2024-01-02 07:57:00+00	273.85714285714283
1922	22	2024-01-02 08:02:00+00	274.57142857142856
1923	23	2024-01-02 08:03:00+00	274.7142857142857
1924	24	2024-01-02 08:04:00+00	274.85714285714283
1928	28	2024-01-02 08:08:00+00	275.42857142857144
1930	30	2024-01-02 08:10:00+00	275.7142857142857
1931	31	2024-01-02 08:11:00+00	275.85714285714283
1932	32	2024-01-02 08:12:00+00	276
1935	35	2024-01-02 08:15:00+00	276.42857142857144
1937	37	2024-01-02 08:17:00+00	276.7142857142857
1939	39	2024-01-02 08:19:00+00	277
1941	41	2024-01-02 08:21:00+00	277.2857142857143
1943	43	2024-01-02 08:23:00+00	277.57142857142856
1949	49	2024-01-02 08:29:00+00	278.42857142857144
1950	0	2024-01-02 08:30:00+00	278.57142857142856
1951	1	2024-01-02 08:31:00+00	278.7142857142857
1955	5	2024-01-02 08:35:00+00	279.2857142857143
1959	9	2024-01-02 08:39:00+00	279.85714285714283
1961	11	2024-01-02 08:41:00+00	280.14285714285717
1962	12	2024-01-02 08:42:00+00	280.2857142857143
1967	17	2024-01-02 08:47:00+00	281
1972	22	2024-01-02 08:52:00+00	281.7142857142857
1973	23	2024-01-02 08:53:00+00	281.85714285714283
1974	24	2024-01-02 08:54:00+00	282
1978	28	2024-01-02 08:58:00+00	282.57142857142856
1980	30	2024-01-02 09:00:00+00	282.85714285714283
1981	31	2024-01-02 09:01:00+00	283
1982	32	2024-01-02 09:02:00+00	283.14285714285717
1985	35	2024-01-02 09:05:00+00	283.57142857142856
1987	37	2024-01-02 09:07:00+00	283.85714285714283
1989	39	2024-01-02 09:09:00+00	284.14285714285717
1991	41	2024-01-02 09:11:00+00	284.42857142857144
1993	43	2024-01-02 09:13:00+00	284.7142857142857
1999	49	2024-01-02 09:19:00+00	285.57142857142856
2000	0	2024-01-02 09:20:00+00	285.7142857142857
\.


--
-- Data for Name: sports_cars; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.sports_cars (id, name, wheels, doors, top_speed) FROM stdin;
51	fast 1	4	2	251
52	fast 2	4	2	252
53	fast 3	4	2	253
54	fast 4	4	2	254
55	fast 5	4	2	255
56	fast 6	4	2	256
57	fast 7	4	2	257
58	fast 8	4	2	258
59	fast 9	4	2	259
60	fast 10	4	2	260
\.


--
-- Data for Name: vehicles; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.vehicles (id, name, wheels) FROM stdin;
1	bike 1	2
2	bike 2	2
3	bike 3	2
4	bike 4	2
5	bike 5	2
6	bike 6	2
7	bike 7	2
8	bike 8	2
9	bike 9	2
10	bike 10	2
11	bike 11	2
12	bike 12	2
13	bike 13	2
14	bike 14	2
15	bike 15	2
16	bike 16	2
17	bike 17	2
18	bike 18	2
19	bike 19	2
20	bike 20	2
\.


--
-- Name: customers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.customers_id_seq', 500, true);


--
-- Name: events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.events_id_seq', 3000, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.orders_id_seq', 166, true);


--
-- Name: readings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.readings_id_seq', 2000, true);


--
-- Name: vehicles_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.vehicles_id_seq', 60, true);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id, region);


--
-- Name: customers_eu customers_eu_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers_eu
    ADD CONSTRAINT customers_eu_pkey PRIMARY KEY (id, region);


--
-- Name: customers customers_region_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_region_name_key UNIQUE (region, name);


--
-- Name: customers_eu customers_eu_region_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers_eu
    ADD CONSTRAINT customers_eu_region_name_key UNIQUE (region, name);


--
-- Name: customers_rest customers_rest_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers_rest
    ADD CONSTRAINT customers_rest_pkey PRIMARY KEY (id, region);


--
-- Name: customers_rest customers_rest_region_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers_rest
    ADD CONSTRAINT customers_rest_region_name_key UNIQUE (region, name);


--
-- Name: customers_us customers_us_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers_us
    ADD CONSTRAINT customers_us_pkey PRIMARY KEY (id, region);


--
-- Name: customers_us customers_us_region_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers_us
    ADD CONSTRAINT customers_us_region_name_key UNIQUE (region, name);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, happened, kind);


--
-- Name: events_2023 events_2023_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events_2023
    ADD CONSTRAINT events_2023_pkey PRIMARY KEY (id, happened, kind);


--
-- Name: events_2024 events_2024_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events_2024
    ADD CONSTRAINT events_2024_pkey PRIMARY KEY (id, happened, kind);


--
-- Name: events_2024_click events_2024_click_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events_2024_click
    ADD CONSTRAINT events_2024_click_pkey PRIMARY KEY (id, happened, kind);


--
-- Name: events_2024_other events_2024_other_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events_2024_other
    ADD CONSTRAINT events_2024_other_pkey PRIMARY KEY (id, happened, kind);


--
-- Name: events_default events_default_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events_default
    ADD CONSTRAINT events_default_pkey PRIMARY KEY (id, happened, kind);


--
-- Name: grid grid_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.grid
    ADD CONSTRAINT grid_pkey PRIMARY KEY (x, y);


--
-- Name: grid_high grid_high_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.grid_high
    ADD CONSTRAINT grid_high_pkey PRIMARY KEY (x, y);


--
-- Name: grid_low grid_low_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.grid_low
    ADD CONSTRAINT grid_low_pkey PRIMARY KEY (x, y);


--
-- Name: grid_mid grid_mid_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.grid_mid
    ADD CONSTRAINT grid_mid_pkey PRIMARY KEY (x, y);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: vehicles vehicles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vehicles
    ADD CONSTRAINT vehicles_pkey PRIMARY KEY (id);


--
-- Name: events_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_kind_idx ON ONLY public.events USING btree (kind);


--
-- Name: events_2023_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_2023_kind_idx ON public.events_2023 USING btree (kind);


--
-- Name: events_2023_payload_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_2023_payload_idx ON public.events_2023 USING gin (payload);


--
-- Name: events_2024_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_2024_kind_idx ON ONLY public.events_2024 USING btree (kind);


--
-- Name: events_2024_click_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_2024_click_kind_idx ON public.events_2024_click USING btree (kind);


--
-- Name: events_2024_other_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_2024_other_kind_idx ON public.events_2024_other USING btree (kind);


--
-- Name: events_default_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_default_kind_idx ON public.events_default USING btree (kind);


--
-- Name: customers_eu_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.customers_pkey ATTACH PARTITION public.customers_eu_pkey;


--
-- Name: customers_eu_region_name_key; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.customers_region_name_key ATTACH PARTITION public.customers_eu_region_name_key;


--
-- Name: customers_rest_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.customers_pkey ATTACH PARTITION public.customers_rest_pkey;


--
-- Name: customers_rest_region_name_key; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.customers_region_name_key ATTACH PARTITION public.customers_rest_region_name_key;


--
-- Name: customers_us_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.customers_pkey ATTACH PARTITION public.customers_us_pkey;


--
-- Name: customers_us_region_name_key; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.customers_region_name_key ATTACH PARTITION public.customers_us_region_name_key;


--
-- Name: events_2023_kind_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2023_kind_idx;


--
-- Name: events_2023_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2023_pkey;


--
-- Name: events_2024_click_kind_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_2024_kind_idx ATTACH PARTITION public.events_2024_click_kind_idx;


--
-- Name: events_2024_click_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_2024_pkey ATTACH PARTITION public.events_2024_click_pkey;


--
-- Name: events_2024_kind_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2024_kind_idx;


--
-- Name: events_2024_other_kind_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_2024_kind_idx ATTACH PARTITION public.events_2024_other_kind_idx;


--
-- Name: events_2024_other_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_2024_pkey ATTACH PARTITION public.events_2024_other_pkey;


--
-- Name: events_2024_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_pkey;


--
-- Name: events_default_kind_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_default_kind_idx;


--
-- Name: events_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.events_pkey ATTACH PARTITION public.events_default_pkey;


--
-- Name: grid_high_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.grid_pkey ATTACH PARTITION public.grid_high_pkey;


--
-- Name: grid_low_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.grid_pkey ATTACH PARTITION public.grid_low_pkey;


--
-- Name: grid_mid_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.grid_pkey ATTACH PARTITION public.grid_mid_pkey;


--
-- Name: eu_notes eu_notes_customer_id_region_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eu_notes
    ADD CONSTRAINT eu_notes_customer_id_region_fkey FOREIGN KEY (customer_id, region) REFERENCES public.customers_eu(id, region);


--
-- Name: orders orders_customer_id_region_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_region_fkey FOREIGN KEY (customer_id, region) REFERENCES public.customers(id, region);


--
-- Name: TABLE sensor_zero; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT ON TABLE public.sensor_zero TO PUBLIC;


--
-- Name: us_customers; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: postgres
--

REFRESH MATERIALIZED VIEW public.us_customers;


--
-- PostgreSQL database dump complete
--

\unrestrict lp3nelawdGnsWnG8qyne3be4wnHsssKspcMBeaqH6eVepb87vGtjWMef4KX14Yf

