CREATE TABLE app_ext.t (id int);
SELECT app_ext.f(1);
