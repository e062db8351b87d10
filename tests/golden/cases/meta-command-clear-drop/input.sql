-- \r throws the statement before it away: without the command it would
-- run (or join the next lines), so the filter refuses to drop it.
SELECT 1 \r
SELECT 2;
