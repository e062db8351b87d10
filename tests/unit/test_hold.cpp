// The output hold (src/hold.cpp): order kept, held until flushed, a
// retraction takes out exactly its subject's statements, the cap stops the
// run after writing what came before, and a disabled hold writes through.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "hold.hpp"
#include "options.hpp"

using namespace db9;

namespace {

HoldTag tag(std::string subject, bool begins = false) { return HoldTag{std::move(subject), begins, {}}; }

struct Fixture {
  std::string out;
  Output output{&out};
  std::FILE* sink = std::tmpfile();
  Reporter reporter{sink};
  ~Fixture() { std::fclose(sink); }
};

}  // namespace

TEST_CASE("hold: disabled, everything is written at once") {
  Fixture f;
  Hold h(f.output, f.reporter, 1 << 20, false);
  h.write("CREATE TABLE a ();\n", tag("public.a", true), Location{}, 0);
  f.output.commit();
  CHECK(f.out == "CREATE TABLE a ();\n");
  CHECK_FALSE(h.holding());
}

TEST_CASE("hold: before a CREATE TABLE nothing is held; from it on, everything until flush, in order") {
  Fixture f;
  Hold h(f.output, f.reporter, 1 << 20, true);
  h.write("SET x = 1;\n");
  CHECK_FALSE(h.holding());
  h.write("-- a\nCREATE TABLE a ();\n", tag("public.a", true), Location{}, 5);
  h.write("\\restrict k\n");
  h.write("CREATE TABLE b ();\n", tag("public.b", true), Location{}, 0);
  h.write("ALTER TABLE a OWNER TO x;\n", tag("public.a"), Location{}, 0);
  CHECK(h.holding());
  CHECK(h.retract("public.a", Action::Drop, "partition", "ATTACH") == 2);
  CHECK(h.changes() == 2);
  h.flush();
  f.output.commit();
  CHECK(f.out == "SET x = 1;\n\\restrict k\nCREATE TABLE b ();\n");
  CHECK_FALSE(h.holding());
}

TEST_CASE("hold: comment keeps the leading comment lines and comments the statement") {
  Fixture f;
  Hold h(f.output, f.reporter, 1 << 20, true);
  h.write("--\n-- Name: a\n--\n\nCREATE TABLE a (\n  x int\n);\n", tag("public.a", true), Location{}, 18);
  CHECK(h.retract("public.a", Action::Comment, "partition", "ATTACH") == 1);
  CHECK(h.retract("public.a", Action::Comment, "partition", "ATTACH") == 0);  // taken back once
  h.flush();
  f.output.commit();
  CHECK(f.out == "--\n-- Name: a\n--\n\n-- CREATE TABLE a (\n--   x int\n-- );\n");
}

TEST_CASE("hold: past the cap, what came before is written and the run stops with exit 3") {
  Fixture f;
  Hold h(f.output, f.reporter, 30, true);
  h.write("CREATE TABLE a ();\n", tag("public.a", true), Location{}, 0);
  bool stopped = false;
  try {
    h.write("CREATE TABLE bb ();\n", tag("public.bb", true), Location{"f.sql", 2, 1}, 0);
  } catch (const Stop& s) {
    stopped = true;
    CHECK(s.exit_code == kExitInput);
  }
  CHECK(stopped);
  CHECK(f.reporter.count(Severity::Error) == 1);
  f.output.commit();
  CHECK(f.out == "CREATE TABLE a ();\n");
}

TEST_CASE("hold: a held statement that reads a table is offered again when that table is retracted") {
  Fixture f;
  Hold h(f.output, f.reporter, 1 << 20, true);
  h.write("CREATE TABLE p ();\n", tag("public.p", true), Location{}, 0);
  HoldTag reads;
  reads.refs = {"public.p", "public.q"};
  h.write("-- v\nCREATE VIEW v AS SELECT * FROM p, q;\n", reads, Location{}, 5, Hold::Origin{100, 7, 1});
  HoldTag other;
  other.refs = {"public.q"};
  h.write("CREATE VIEW w AS SELECT * FROM q;\n", other, Location{}, 0);
  CHECK(h.retract("public.p", Action::Drop, "partition", "ATTACH") == 1);
  std::vector<std::string> offered;
  size_t n = h.revisit("public.p", [&](const Hold::Held& held) -> std::optional<std::string> {
    offered.emplace_back(held.text);
    CHECK(held.body == 5);
    CHECK(held.origin.line == 7);
    CHECK(held.origin.offset == 100);
    return std::string("-- v\nCREATE VIEW v AS SELECT * FROM (SELECT 1) p, q;\n");
  });
  CHECK(n == 1);
  CHECK(offered == std::vector<std::string>{"-- v\nCREATE VIEW v AS SELECT * FROM p, q;\n"});
  CHECK(h.revisit("public.p", [](const Hold::Held&) { return std::optional<std::string>(); }) == 0);  // once
  // The second table: the replaced text is what is offered; "" drops it.
  offered.clear();
  n = h.revisit("public.q", [&](const Hold::Held& held) -> std::optional<std::string> {
    offered.emplace_back(held.text);
    return offered.size() == 1 ? std::optional<std::string>("") : std::nullopt;
  });
  CHECK(n == 2);
  CHECK(offered.front() == "-- v\nCREATE VIEW v AS SELECT * FROM (SELECT 1) p, q;\n");
  h.flush();
  f.output.commit();
  CHECK(f.out == "CREATE VIEW w AS SELECT * FROM q;\n");
}

TEST_CASE("hold: a statement revisited many times counts once against the cap") {
  Fixture f;
  Hold h(f.output, f.reporter, 200, true);
  h.write("CREATE TABLE p ();\n", tag("public.p", true), Location{}, 0);
  // A view over 40 partitions, each revealed by its own ATTACH: 40 reviews.
  HoldTag reads;
  for (int k = 0; k < 40; ++k) reads.refs.push_back("public.p" + std::to_string(k));
  std::string view = "CREATE VIEW v AS SELECT 1;\n";  // 27 bytes, rewritten to 30 each time
  h.write(view, reads, Location{}, 0);
  for (int k = 0; k < 40; ++k)
    CHECK(h.revisit("public.p" + std::to_string(k), [](const Hold::Held&) {
      return std::optional<std::string>("CREATE VIEW v AS SELECT 1234;\n");
    }) == 1);
  // 19 + 30 bytes held: another statement still fits under 200.
  CHECK_NOTHROW(h.write("CREATE TABLE q ();\n", tag("public.q"), Location{}, 0));
  h.flush();
  f.output.commit();
  CHECK(f.out == "CREATE TABLE p ();\nCREATE VIEW v AS SELECT 1234;\nCREATE TABLE q ();\n");
}
