CREATE FUNCTION public.begin() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TABLE z (x int);
CREATE FUNCTION public."end"() RETURNS integer LANGUAGE sql AS $$ SELECT 2 $$;
SELECT 1 \; SELECT 2;
