// The dump's model (src/rules/model.cpp): names resolved through the
// search_path the dump sets, what it defines, removals found by any
// spelling, overloads counted, a later definition undoing a removal, and an
// extension's objects known by their schema.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/model.hpp"

using namespace db9;

namespace {

// Feeds statements to a model as the engine does, and can say a statement
// was dropped by a rule.
struct Feed {
  RuleOptions options;
  DumpModel model;
  Parser parser;
  void observe(const std::string& sql, const char* dropped_by = nullptr, const std::string& why = "") {
    Item item;
    item.text = sql;
    item.line = 10;
    ParsedStatement parsed = parser.parse(sql);
    REQUIRE(parsed.ok());
    StatementContext ctx(item, parser.text(), parsed, options);
    for (size_t i = 0; i < ctx.statement_count(); ++i) {
      model.observe(ctx, i);
      if (dropped_by != nullptr) model.statement_removed(ctx, i, dropped_by, why);
    }
  }
  const DumpModel::Removal* removed(DumpModel::Kind k, std::vector<std::string> parts) {
    return model.removed(k, parts, options);
  }
};

using Kind = DumpModel::Kind;

}  // namespace

TEST_CASE("model: the search_path follows set_config and SET; unqualified names are created in its first schema") {
  Feed f;
  CHECK(f.model.key({"t"}, f.options) == "public.t");
  f.observe("SELECT pg_catalog.set_config('search_path', '', false);");
  CHECK(f.model.search_path().empty());
  CHECK(f.model.key({"t"}, f.options) == "pg_catalog.t");
  f.observe("SET search_path = app, \"My Schema\", public;");
  CHECK(f.model.search_path() == std::vector<std::string>{"app", "My Schema", "public"});
  f.observe("CREATE TABLE t (a int);");
  CHECK(f.model.defined("app.t"));
  CHECK(f.model.creates_relation("app.t"));
  CHECK_FALSE(f.model.creates_relation("public.t"));
}

TEST_CASE("model: a removal is found qualified and unqualified, with where and why") {
  Feed f;
  f.observe("CREATE FUNCTION public.cf(integer) RETURNS integer LANGUAGE c AS 'x', 'cf';", "unsupported", "LANGUAGE c");
  const DumpModel::Removal* r = f.removed(Kind::Function, {"public", "cf"});
  REQUIRE(r != nullptr);
  CHECK(r->chain() == "function public.cf(integer), dropped at line 10 (LANGUAGE c)");
  CHECK(f.removed(Kind::Function, {"cf"}) == r);
  CHECK(f.removed(Kind::Function, {"other", "cf"}) == nullptr);  // another schema's
  CHECK(f.removed(Kind::Relation, {"public", "cf"}) == nullptr);  // another kind
}

TEST_CASE("model: a function with a kept overload is not removed; every overload removed, it is") {
  Feed f;
  f.observe("CREATE FUNCTION public.f(integer) RETURNS integer LANGUAGE c AS 'x', 'f';", "unsupported", "LANGUAGE c");
  f.observe("CREATE FUNCTION public.f(text) RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;");
  CHECK(f.removed(Kind::Function, {"public", "f"}) == nullptr);
  Feed g;
  g.observe("CREATE FUNCTION public.f(integer) RETURNS integer LANGUAGE c AS 'x', 'f';", "unsupported", "LANGUAGE c");
  g.observe("CREATE FUNCTION public.f(text) RETURNS integer LANGUAGE c AS 'x', 'g';", "unsupported", "LANGUAGE c");
  CHECK(g.removed(Kind::Function, {"public", "f"}) != nullptr);
}

TEST_CASE("model: a later definition of the name undoes a removal (a range type where a shell type was)") {
  Feed f;
  f.observe("CREATE TYPE public.r;", "unsupported", "a shell type");
  CHECK(f.removed(Kind::Type, {"public", "r"}) != nullptr);
  CHECK(f.removed(Kind::Type, {"public", "_r"}) != nullptr);  // its array type
  f.observe("CREATE TYPE public.r AS RANGE (subtype = float8);");
  CHECK(f.removed(Kind::Type, {"public", "r"}) == nullptr);
  CHECK(f.removed(Kind::Type, {"public", "_r"}) == nullptr);
  CHECK_FALSE(f.model.any_removed());
}

TEST_CASE("model: unqualified, a kept object earlier in the search_path hides a removed one") {
  Feed f;
  f.observe("SET search_path = app, public;");
  f.observe("CREATE VIEW public.v AS SELECT 1 AS a;", "extension-dependents", "it needs x");
  CHECK(f.removed(Kind::Relation, {"v"}) != nullptr);
  f.observe("CREATE VIEW app.v AS SELECT 2 AS a;");
  CHECK(f.removed(Kind::Relation, {"v"}) == nullptr);
  CHECK(f.removed(Kind::Relation, {"public", "v"}) != nullptr);
}

TEST_CASE("model: what each dropped statement creates is recorded by its kind") {
  Feed f;
  f.observe("CREATE TABLE public.t (a int);");
  f.observe("CREATE INDEX t_i ON public.t (a);", "extension-dependents", "it needs y");
  f.observe("CREATE MATERIALIZED VIEW public.m AS SELECT 1;", "extension-dependents", "");
  f.observe("CREATE TRIGGER tr BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.f();", "unsupported", "");
  f.observe("CREATE FOREIGN TABLE public.ft (a int) SERVER s;", "unsupported", "a foreign table");
  f.observe("CREATE TEXT SEARCH DICTIONARY public.d (TEMPLATE = simple);", "extension-dependents", "");
  f.observe("CREATE OPERATOR CLASS public.oc FOR TYPE text USING btree AS OPERATOR 1 <;", "unsupported", "");
  CHECK(f.model.removed_key(Kind::Relation, "public.t_i") != nullptr);
  CHECK(f.model.removed_key(Kind::Relation, "public.m")->shown == "materialized view public.m");
  CHECK(f.model.removed_key(Kind::Trigger, "public.t.tr") != nullptr);
  CHECK(f.model.removed_key(Kind::Relation, "public.ft")->shown == "foreign table public.ft");
  CHECK(f.removed(Kind::Dictionary, {"public", "d"}) != nullptr);
  CHECK(f.removed(Kind::OpClass, {"public", "oc"}) != nullptr);
  CHECK(f.model.removed_key(Kind::Relation, "public.t") == nullptr);
}

TEST_CASE("model: an object in a removed extension's own schema, never defined by the dump, is the extension's") {
  Feed f;
  f.observe("CREATE EXTENSION IF NOT EXISTS supabase_vault WITH SCHEMA vault;");
  f.observe("CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;");
  f.observe("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA extensions;");
  f.observe("CREATE EXTENSION IF NOT EXISTS pgjwt WITH SCHEMA extensions;");
  CHECK(f.model.extension_object({"vault", "secrets"}, f.options) == std::nullopt);  // a dump that creates nothing: data only
  f.observe("CREATE TABLE vault.mine (a int);");
  CHECK(f.model.extension_object({"vault", "secrets"}, f.options) == std::optional<std::string>("supabase_vault"));
  CHECK(f.model.extension_object({"vault", "mine"}, f.options) == std::nullopt);    // the dump's own
  CHECK(f.model.extension_object({"public", "digest"}, f.options) == std::nullopt); // public is everyone's
  CHECK(f.model.extension_object({"extensions", "sign"}, f.options) == std::nullopt);  // a kept extension lives there too
  CHECK(f.model.extension_object({"secrets"}, f.options) == std::nullopt);          // unqualified
}

namespace {
// "a b* c": the table's columns as the model has them, generated ones starred.
std::string shape(const Feed& f, const std::string& key) {
  const std::vector<DumpModel::Column>* cols = f.model.columns(key);
  if (cols == nullptr) return "unknown";
  std::string out;
  for (const DumpModel::Column& c : *cols) out += (out.empty() ? "" : " ") + c.name + (c.generated ? "*" : "");
  return out;
}
}  // namespace

TEST_CASE("model: a table's columns, generated ones marked, as CREATE TABLE and later ALTER TABLE leave them") {
  Feed f;
  f.observe("CREATE TABLE public.g (id int, doubled int GENERATED ALWAYS AS (id * 2) STORED, "
            "n int GENERATED ALWAYS AS IDENTITY, CONSTRAINT c CHECK (id > 0));");
  CHECK(shape(f, "public.g") == "id doubled* n");
  CHECK(f.model.column_count("public.g") == 3u);
  f.observe("CREATE TABLE public.e ();");
  CHECK(shape(f, "public.e") == "");
  f.observe("ALTER TABLE public.e ADD COLUMN v text, ADD w int GENERATED ALWAYS AS (1) STORED;");
  CHECK(shape(f, "public.e") == "v w*");
  f.observe("ALTER TABLE public.e ALTER COLUMN w DROP EXPRESSION;");
  f.observe("ALTER TABLE ONLY public.e DROP COLUMN v;");
  f.observe("ALTER TABLE public.e RENAME COLUMN w TO x;");
  CHECK(shape(f, "public.e") == "x");
  f.observe("ALTER TABLE public.e ADD CONSTRAINT k PRIMARY KEY (x);");
  CHECK(shape(f, "public.e") == "x");
  // Columns from elsewhere: not known.
  f.observe("CREATE TABLE public.l (LIKE public.g, extra int);");
  f.observe("CREATE TABLE public.i (extra int) INHERITS (public.g);");
  f.observe("CREATE TABLE public.p PARTITION OF public.g FOR VALUES IN (1);");
  for (const char* k : {"public.l", "public.i", "public.p", "public.never"}) CHECK(shape(f, k) == "unknown");
  f.observe("CREATE TABLE public.c (id int, doubled int, n int);");
  f.observe("CREATE TABLE public.r (id int, doubled int, n int);");
  f.observe("CREATE TABLE public.m (a int);");
  CHECK(shape(f, "public.c") == "id doubled n");
  f.observe("ALTER TABLE public.g ATTACH PARTITION public.c FOR VALUES IN (2);");
  f.observe("ALTER TABLE public.r INHERIT public.g;");
  f.observe("ALTER TABLE public.m RENAME TO moved;");
  for (const char* k : {"public.c", "public.r", "public.m", "public.moved"}) CHECK(shape(f, k) == "unknown");
  CHECK(shape(f, "public.g") == "id doubled* n");
}
