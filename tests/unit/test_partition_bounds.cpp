// A partition's bounds as a condition on its parent's columns
// (src/rules/partition_bounds.cpp): the same rows PostgreSQL routes to it.
#include <doctest/doctest.h>

#include <string>

#include "rules/partition_bounds.hpp"

using namespace db9;

namespace {

BoundDatum v(std::string text) { return {BoundDatum::Value, std::move(text)}; }
const BoundDatum kMin{BoundDatum::MinValue, "MINVALUE"};
const BoundDatum kMax{BoundDatum::MaxValue, "MAXVALUE"};
const BoundDatum kNull{BoundDatum::Null, "NULL"};

PartitionKey key(char strategy, std::vector<std::string> exprs) { return PartitionKey{strategy, std::move(exprs), ""}; }
PartitionBound range(std::vector<BoundDatum> lo, std::vector<BoundDatum> hi) {
  PartitionBound b;
  b.strategy = 'r';
  b.lower = std::move(lo);
  b.upper = std::move(hi);
  return b;
}
PartitionBound list(std::vector<BoundDatum> values) {
  PartitionBound b;
  b.strategy = 'l';
  b.list = std::move(values);
  return b;
}
std::string cond(const PartitionKey& k, const PartitionBound& b) {
  std::string why;
  std::optional<std::string> c = bound_condition(k, b, &why);
  return c ? *c : "(none: " + why + ")";
}

}  // namespace

TEST_CASE("range on one column: FROM inclusive, TO exclusive, MINVALUE/MAXVALUE open") {
  PartitionKey k = key('r', {"logdate"});
  CHECK(cond(k, range({v("'2024-01-01'")}, {v("'2025-01-01'")})) == "logdate >= '2024-01-01' AND logdate < '2025-01-01'");
  CHECK(cond(k, range({kMin}, {v("10")})) == "logdate < 10");
  CHECK(cond(k, range({v("10")}, {kMax})) == "logdate >= 10");
  CHECK(cond(k, range({kMin}, {kMax})) == "logdate IS NOT NULL");
}

TEST_CASE("range on several columns: a row comparison, cut at the first MINVALUE/MAXVALUE") {
  PartitionKey k = key('r', {"x", "y"});
  CHECK(cond(k, range({v("1"), v("2")}, {v("3"), v("4")})) == "(x, y) >= (1, 2) AND (x, y) < (3, 4)");
  // FROM (10, MINVALUE): every row with x >= 10; TO (20, MAXVALUE): x <= 20.
  CHECK(cond(k, range({v("10"), kMin}, {v("20"), kMax})) == "x >= 10 AND x <= 20");
  // FROM (10, MAXVALUE): x > 10; TO (20, MINVALUE): x < 20.
  CHECK(cond(k, range({v("10"), kMax}, {v("20"), kMin})) == "x > 10 AND x < 20");
  CHECK(cond(k, range({kMin, kMin}, {v("10"), v("5")})) == "(x, y) < (10, 5)");
  // (MAXVALUE, ...) as a lower bound: nothing is inside.
  CHECK(cond(k, range({kMax, kMax}, {kMax, kMax})) == "FALSE");
}

TEST_CASE("list: IN, and NULL only through IS NULL") {
  PartitionKey k = key('l', {"region"});
  CHECK(cond(k, list({v("'eu'")})) == "region IN ('eu')");
  CHECK(cond(k, list({v("'us'"), v("'ca'")})) == "region IN ('us', 'ca')");
  CHECK(cond(k, list({kNull, v("'none'")})) == "(region IN ('none') OR region IS NULL)");
  CHECK(cond(k, list({kNull})) == "region IS NULL");
}

TEST_CASE("expression keys are used as written") {
  CHECK(cond(key('r', {"lower(name)"}), range({v("'a'")}, {v("'n'")})) == "lower(name) >= 'a' AND lower(name) < 'n'");
  CHECK(cond(key('l', {"tag COLLATE \"C\""}), list({v("'x'")})) == "tag COLLATE \"C\" IN ('x')");
}

TEST_CASE("hash, default and unusable keys have no condition, and say why") {
  PartitionBound h;
  h.strategy = 'h';
  h.modulus = 4;
  h.remainder = 1;
  CHECK(cond(key('h', {"id"}), h) == "(none: it is a hash partition (MODULUS 4, REMAINDER 1), which only a partitioned table can compute)");
  PartitionBound d;
  d.is_default = true;
  CHECK(cond(key('l', {"region"}), d) == "(none: it is the default partition (the rows no other partition takes))");
  PartitionKey bad = key('r', {"x"});
  bad.unusable = "its parent's partition key uses an operator class of its own";
  CHECK(cond(bad, range({v("1")}, {v("2")})) == "(none: its parent's partition key uses an operator class of its own)");
  CHECK(cond(key('r', {"x", "y"}), range({v("1")}, {v("2")})) == "(none: its bounds do not have one value per key column)");
}
