SELECT 1;
SELECT 2\restrict k
+ 3;
SELECT 4;
