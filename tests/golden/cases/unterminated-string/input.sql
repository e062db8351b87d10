SELECT 1;
INSERT INTO t VALUES ('this dump was cut off
