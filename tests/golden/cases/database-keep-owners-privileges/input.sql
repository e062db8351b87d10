SET row_security = off;
ALTER DATABASE heroku_app OWNER TO db9test;
REVOKE CONNECT,TEMPORARY ON DATABASE heroku_app FROM PUBLIC;
GRANT CONNECT,TEMPORARY ON DATABASE heroku_app TO app_user;
GRANT CONNECT ON DATABASE postgres TO app_user;
GRANT SELECT ON TABLE public.databases TO app_user;
