-- nothing but comments
/* and blank lines */

