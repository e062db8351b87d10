
-- Dumped from database version 15.20
-- Dumped by pg_dump version 15.20

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET row_security = off;

CREATE TABLE public.notes (
    body text DEFAULT '\restrict abc'
);
COMMENT ON TABLE public.notes IS '\unrestrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3';
-- \restrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3
INSERT INTO public.notes (body) VALUES
(E'\\restrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3'),
(E'\\unrestrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3');

