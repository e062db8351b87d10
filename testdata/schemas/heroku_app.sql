-- A small application database shaped like the ones teams move off Heroku
-- Postgres: extensions kept in the heroku_ext schema, row-level security,
-- publications, a NOTIFY trigger, partitions, inheritance, serializable
-- defaults. testdata/regenerate.sh loads it and dumps it with the real pg_dump.

CREATE SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA heroku_ext;
CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA heroku_ext;

SET search_path = public, heroku_ext;

CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');

CREATE TABLE accounts (
    id uuid PRIMARY KEY DEFAULT heroku_ext.gen_random_uuid(),
    email heroku_ext.citext NOT NULL UNIQUE,
    name text NOT NULL,
    settings heroku_ext.hstore,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE accounts IS 'Tenants; row-level security keeps them apart; see policy "accounts_self".';

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES accounts(id),
    status order_status NOT NULL DEFAULT 'new',
    note text,
    total numeric(12,2) NOT NULL CHECK (total >= 0),
    placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_note_trgm ON orders USING gin (note heroku_ext.gin_trgm_ops);

CREATE TABLE bookings (
    id serial PRIMARY KEY,
    room int NOT NULL,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (room WITH =, during WITH &&)
);

-- Row-level security, forced, with several policies.
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_self ON accounts USING (id::text = current_setting('app.account_id', true));
CREATE POLICY orders_owner ON orders FOR SELECT USING (account_id::text = current_setting('app.account_id', true));
CREATE POLICY orders_insert ON orders FOR INSERT WITH CHECK (total < 10000);

-- Logical replication.
CREATE PUBLICATION all_tables FOR ALL TABLES;
CREATE PUBLICATION orders_only FOR TABLE orders;

-- A trigger that notifies listeners.
CREATE FUNCTION notify_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('orders', NEW.id::text);
  RETURN NEW;
END;
$$;
CREATE TRIGGER orders_notify AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION notify_order();

-- A SQL-standard function body and a window clause (PARTITION BY that is not partitioning).
CREATE FUNCTION order_rank(a uuid) RETURNS TABLE (id bigint, rank bigint)
    LANGUAGE sql STABLE
    BEGIN ATOMIC
      SELECT o.id, rank() OVER (PARTITION BY o.account_id ORDER BY o.total DESC)
        FROM orders o WHERE o.account_id = a;
    END;

-- Range partitioning.
CREATE TABLE events (
    id bigint NOT NULL,
    happened_at date NOT NULL,
    payload jsonb
) PARTITION BY RANGE (happened_at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- Inheritance.
CREATE TABLE audit_log (id serial, at timestamptz DEFAULT now(), message text);
CREATE TABLE audit_log_archive (archived_by text) INHERITS (audit_log);

INSERT INTO accounts (id, email, name, settings) VALUES
  ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'Ada@Example.com', 'Ada', 'plan=>pro, seats=>5'),
  ('0f8fad5b-d9cb-469f-a165-70867728950e', 'grace@example.com', 'Grace; "the admiral"', NULL),
  ('e4eaaaf2-d142-11e1-b3e4-080027620cdd', 'linus@example.com', E'Li\tnus\\', 'plan=>free');
INSERT INTO orders (account_id, status, note, total)
  SELECT (ARRAY['7c9e6679-7425-40de-944b-e07fc1f90ae7','0f8fad5b-d9cb-469f-a165-70867728950e',
                'e4eaaaf2-d142-11e1-b3e4-080027620cdd'])[1 + i % 3]::uuid,
         (ARRAY['new','paid','shipped','cancelled'])[1 + i % 4]::order_status,
         CASE i % 5 WHEN 0 THEN E'line one\nline two' WHEN 1 THEN '\.' WHEN 2 THEN 'CREATE POLICY p ON t;'
                    WHEN 3 THEN NULL ELSE 'gift for ' || i END,
         (i * 7 % 500)::numeric / 4
  FROM generate_series(1, 200) AS i;
INSERT INTO bookings (room, during) VALUES
  (1, '[2026-01-01 10:00, 2026-01-01 11:00)'), (1, '[2026-01-01 11:00, 2026-01-01 12:00)'), (2, '[2026-01-01 10:00, 2026-01-01 12:00)');
INSERT INTO events SELECT i, date '2025-06-01' + i, jsonb_build_object('n', i) FROM generate_series(1, 400) AS i;
INSERT INTO audit_log (message) VALUES ('created'), ('LISTEN orders;');
INSERT INTO audit_log_archive (message, archived_by) VALUES ('old', 'cron');
