-- A hand-written script may use an object before it creates it (psql would
-- stop there too, but people write them): when a rule then removes that
-- object, the earlier statement stays as it was and is reported.
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT f(a) AS x FROM t;
CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
-- look-alikes: a function created later and kept, a built-in, the name in a string
CREATE VIEW k AS SELECT g(1) AS y, count(*) AS n, 'f(a)' AS s FROM t;
CREATE FUNCTION f(integer) RETURNS integer LANGUAGE c AS 'fastlib', 'f';
CREATE FUNCTION trg() RETURNS trigger LANGUAGE c AS 'fastlib', 'trg';
CREATE FUNCTION g(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 $$;
