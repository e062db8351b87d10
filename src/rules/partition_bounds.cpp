#include "rules/partition_bounds.hpp"

namespace db9 {

namespace {

std::string row(const std::vector<std::string>& items) {
  if (items.size() == 1) return items[0];
  std::string out = "(";
  for (size_t k = 0; k < items.size(); ++k) out += (k ? ", " : "") + items[k];
  return out + ")";
}

// One side of a range bound: the comparison of the key with the bound's
// datums up to the first MINVALUE / MAXVALUE. Returns "" for no condition,
// "FALSE" for none that any row meets.
std::string range_side(const PartitionKey& key, const std::vector<BoundDatum>& datums, bool lower) {
  std::vector<std::string> k, v;
  const BoundDatum* special = nullptr;
  for (size_t i = 0; i < datums.size() && i < key.exprs.size(); ++i) {
    if (datums[i].kind == BoundDatum::MinValue || datums[i].kind == BoundDatum::MaxValue) {
      special = &datums[i];
      break;
    }
    k.push_back(key.exprs[i]);
    v.push_back(datums[i].text);
  }
  std::string op;
  if (special == nullptr) {
    op = lower ? ">=" : "<";  // FROM is inclusive, TO exclusive
  } else if (lower) {
    op = special->kind == BoundDatum::MinValue ? ">=" : ">";
  } else {
    op = special->kind == BoundDatum::MaxValue ? "<=" : "<";
  }
  if (k.empty()) {
    // (MINVALUE, ...) as a lower bound or (MAXVALUE, ...) as an upper one
    // bounds nothing; the other way round nothing is inside.
    bool unbounded = lower ? special->kind == BoundDatum::MinValue : special->kind == BoundDatum::MaxValue;
    return unbounded ? "" : "FALSE";
  }
  return row(k) + " " + op + " " + row(v);
}

}  // namespace

std::optional<std::string> bound_condition(const PartitionKey& key, const PartitionBound& bound, std::string* why_not) {
  auto fail = [&](std::string why) -> std::optional<std::string> {
    if (why_not) *why_not = std::move(why);
    return std::nullopt;
  };
  if (!key.unusable.empty()) return fail(key.unusable);
  if (bound.is_default) return fail("it is the default partition (the rows no other partition takes)");
  if (key.exprs.empty()) return fail("its parent's partition key is not known");
  switch (bound.strategy) {
    case 'h':
      return fail("it is a hash partition (MODULUS " + std::to_string(bound.modulus) + ", REMAINDER " +
                  std::to_string(bound.remainder) + "), which only a partitioned table can compute");
    case 'l': {
      if (key.exprs.size() != 1) return fail("a list bound on a key of several columns");
      std::vector<std::string> values;
      bool null = false;
      for (const BoundDatum& d : bound.list) {
        if (d.kind == BoundDatum::Null) null = true;
        else if (d.kind == BoundDatum::Value) values.push_back(d.text);
        else return fail("MINVALUE or MAXVALUE in a list bound");
      }
      const std::string& k = key.exprs[0];
      std::string in;
      for (size_t i = 0; i < values.size(); ++i) in += (i ? ", " : "") + values[i];
      if (values.empty()) return null ? k + " IS NULL" : "FALSE";
      std::string c = k + " IN (" + in + ")";
      return null ? "(" + c + " OR " + k + " IS NULL)" : c;
    }
    case 'r': {
      if (bound.lower.size() != key.exprs.size() || bound.upper.size() != key.exprs.size())
        return fail("its bounds do not have one value per key column");
      for (const auto* side : {&bound.lower, &bound.upper})
        for (const BoundDatum& d : *side)
          if (d.kind == BoundDatum::Null) return fail("NULL in a range bound");
      std::string lo = range_side(key, bound.lower, true), hi = range_side(key, bound.upper, false);
      if (lo == "FALSE" || hi == "FALSE") return "FALSE";
      if (lo.empty() && hi.empty()) {
        // Every non-NULL key: a range partition never holds NULL keys.
        std::string c;
        for (size_t i = 0; i < key.exprs.size(); ++i)
          c += (i ? " AND " : "") + key.exprs[i] + " IS NOT NULL";
        return c;
      }
      if (lo.empty()) return hi;
      if (hi.empty()) return lo;
      return lo + " AND " + hi;
    }
    default:
      return fail("its partition strategy is not known");
  }
}

}  // namespace db9
