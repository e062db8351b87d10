// The rows a partition holds, written as a condition on its parent's
// columns. When the partition rule merges partitions into their root, a
// query that read one partition (a view, a materialized view, a function's
// SQL-standard body, a script's SELECT) reads the root through this filter
// instead, and sees exactly the rows it saw before.
//
// PostgreSQL's own partition constraint (get_qual_for_range/list in
// partbounds.c) is what this mirrors, in SQL text: a RANGE bound compares
// the key row lexicographically, MINVALUE / MAXVALUE ending the comparison
// at that column; a LIST bound is an IN list, NULL matching only through
// IS NULL. HASH and DEFAULT partitions have no such condition that a plain
// table can evaluate (the hash needs the partitioned table itself; the
// default is "none of the siblings", which may not all be known yet).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace db9 {

// A partitioned table's key: PARTITION BY strategy (exprs...), each
// expression as written (a column name, or an expression with its
// COLLATE), ready to be used in a WHERE clause on that table.
struct PartitionKey {
  char strategy = 0;  // 'r' range, 'l' list, 'h' hash
  std::vector<std::string> exprs;
  std::string unusable;  // why the key cannot be used in a condition ("" : it can)
};

// A datum of a partition bound: SQL text, or one of the range specials.
struct BoundDatum {
  enum Kind { Value, Null, MinValue, MaxValue } kind = Value;
  std::string text;
};

// FOR VALUES ... of one partition.
struct PartitionBound {
  char strategy = 0;  // 'r', 'l', 'h'; ignored when is_default
  bool is_default = false;
  std::vector<BoundDatum> list;          // IN (...)
  std::vector<BoundDatum> lower, upper;  // FROM (...) TO (...)
  long modulus = 0, remainder = 0;       // WITH (MODULUS m, REMAINDER r)
};

// The condition a row of the parent meets exactly when it belongs to the
// partition ("TRUE" for a range with MINVALUE .. MAXVALUE), or nullopt with
// the reason in *why_not.
std::optional<std::string> bound_condition(const PartitionKey& key, const PartitionBound& bound, std::string* why_not);

}  // namespace db9
