-- The parent was created elsewhere: its columns are unknown.
CREATE TABLE child (x int) INHERITS (created_elsewhere);
