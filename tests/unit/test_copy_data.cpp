// COPY data in the output stage (src/copy_data.cpp, src/copy_out.cpp): the
// text format's escapes and CSV quoting decoded as the server decodes them,
// values written as literals, row boundaries however the data is cut, the
// INSERT batches of --target api and the COPY batches of --copy-batch.
#include <doctest/doctest.h>

#include <string>
#include <tuple>
#include <vector>

#include "copy_data.hpp"
#include "copy_out.hpp"
#include "statement.hpp"

using namespace db9;

namespace {

CopySpec text_spec() {
  CopySpec s;
  s.table = "t";
  return s;
}

CopySpec csv_spec() {
  CopySpec s;
  s.table = "t";
  s.format = CopySpec::Format::Csv;
  s.delimiter = ',';
  s.null_string = "";
  return s;
}

std::string row(const CopySpec& spec, std::string_view text) {
  RowEncoder e(spec);
  std::string out;
  std::optional<size_t> n = e.encode(text, out);
  if (!n) return "<unterminated>";
  return out;
}

// The spec a COPY statement gives.
CopySpec spec_of(const std::string& sql) {
  Parser p;
  ParsedStatement parsed = p.parse(sql);
  REQUIRE(parsed.ok());
  std::optional<CopySpec> s = copy_spec(parsed.statement(0));
  REQUIRE(s.has_value());
  return *s;
}

// Every row end RowBoundaries finds in `data` fed in `pieces`.
std::vector<size_t> row_ends(bool csv, const std::vector<std::string>& pieces, char quote = '"', char escape = '"') {
  RowBoundaries b(csv, quote, escape);
  std::vector<size_t> ends;
  size_t base = 0;
  for (const std::string& piece : pieces) {
    size_t pos = 0;
    for (;;) {
      size_t e = b.next_row_end(piece.data() + pos, piece.size() - pos);
      if (e == std::string::npos) break;
      pos += e;
      ends.push_back(base + pos);
    }
    base += piece.size();
  }
  return ends;
}

std::string inserts(const CopySpec& spec, const std::vector<std::string>& pieces, InsertWriter::Limits limits = {},
                    const InsertWriter::Table& table = {}, bool* whole = nullptr) {
  std::string out;
  {
    Output o(&out);
    InsertWriter w(o, spec, limits, table);
    for (const std::string& p : pieces) w.feed(p);
    bool ok = w.finish();
    if (whole != nullptr) *whole = ok;
  }
  return out;
}

std::string batches(const std::vector<std::string>& pieces, size_t size, bool csv = false) {
  std::string out;
  {
    Output o(&out);
    CopyBatcher b(o, "COPY t (a) FROM stdin;\n", "\\.\n", size, csv, '"', '"');
    for (const std::string& p : pieces) b.feed(p);
  }
  return out;
}

}  // namespace

TEST_CASE("text format: every escape decodes as the server decodes it") {
  CHECK(decode_text_field("plain") == "plain");
  CHECK(decode_text_field("a\\\\b") == "a\\b");
  CHECK(decode_text_field("\\b\\f\\n\\r\\t\\v") == "\b\f\n\r\t\v");
  // Octal: one to three digits, the value taken modulo 256.
  CHECK(decode_text_field("\\7") == "\x07");
  CHECK(decode_text_field("\\101") == "A");
  CHECK(decode_text_field("\\1011") == "A1");
  CHECK(decode_text_field("\\12x") == "\nx");
  CHECK(decode_text_field("\\777") == "\xff");
  CHECK(decode_text_field("\\400") == std::string(1, '\0'));
  CHECK(decode_text_field("\\8") == "8");
  // Hex: one or two digits after x; without one, x itself.
  CHECK(decode_text_field("\\x4") == "\x04");
  CHECK(decode_text_field("\\x41") == "A");
  CHECK(decode_text_field("\\x414") == "A4");
  CHECK(decode_text_field("\\x4g") == "\x04g");
  CHECK(decode_text_field("\\xg") == "xg");
  CHECK(decode_text_field("\\x") == "x");
  CHECK(decode_text_field("\\Xff") == "Xff");
  // Any other escaped byte is itself; a backslash ending the field goes.
  CHECK(decode_text_field("\\N") == "N");
  CHECK(decode_text_field("\\.") == ".");
  CHECK(decode_text_field("\\a\\'\\\"") == "a'\"");
  CHECK(decode_text_field("end\\") == "end");
  CHECK(decode_text_field("\xc3\xa9") == "\xc3\xa9");
}

TEST_CASE("text format rows: NULL only for the whole field \\N, literals that read back the same") {
  CopySpec s = text_spec();
  CHECK(row(s, "1\thello\t\\N") == "('1', 'hello', NULL)");
  CHECK(row(s, "\\\\N\tx\\N\t\\Nx") == "(E'\\\\N', E'xN', E'Nx')");
  CHECK(row(s, "it's\t''") == "('it''s', '''''')");
  CHECK(row(s, "a\\tb\\nc\\\\d") == "(E'a\\tb\\nc\\\\d')");
  CHECK(row(s, "\\v\\x01\\177\\b") == "(E'\\013\\001\x7f\\b')");
  CHECK(row(s, "\\'") == "(E'''')");
  // An escaped delimiter is data; empty fields are empty strings.
  CHECK(row(s, "a\\\tb\t") == "(E'a\\tb', '')");
  CHECK(row(s, "") == "('')");
  CHECK(row(s, "\t") == "('', '')");
  // A raw control byte (not the delimiter) is escaped in E'...'.
  CHECK(row(s, "a\x01z") == "(E'a\\001z')");
  CHECK(row(s, "caf\xc3\xa9") == "('caf\xc3\xa9')");
  // A backslash ending the row is dropped, as the server does.
  CHECK(row(s, "x\\") == "(E'x')");
}

TEST_CASE("text format: a custom DELIMITER and NULL string") {
  CopySpec s = spec_of("COPY t (a, b, c) FROM stdin WITH (DELIMITER '|', NULL 'nil')");
  CHECK(s.delimiter == '|');
  CHECK(s.null_string == "nil");
  CHECK(row(s, "nil|\\N|a\\|b") == "(NULL, E'N', E'a|b')");
  CHECK(row(s, "a\tb|nill|") == "(E'a\\tb', 'nill', '')");
  CopySpec empty_null = spec_of("COPY t FROM stdin NULL ''");
  CHECK(row(empty_null, "\tx\t") == "(NULL, 'x', NULL)");
}

TEST_CASE("CSV rows: quoting, escapes, NULL, FORCE_NULL and FORCE_NOT_NULL") {
  CopySpec s = csv_spec();
  CHECK(row(s, "1,\"a,b\",\"say \"\"hi\"\"\"") == "('1', 'a,b', 'say \"hi\"')");
  CHECK(row(s, ",\"\",x") == "(NULL, '', 'x')");
  CHECK(row(s, "\"multi\nline\"") == "(E'multi\\nline')");
  CHECK(row(s, "a\"b,c\"d") == "('ab,cd')");
  CHECK(row(s, "back\\slash,it's") == "(E'back\\\\slash', 'it''s')");
  CHECK(row(s, "\"open") == "<unterminated>");
  CHECK(row(s, "\\N") == "(E'\\\\N')");
  CopySpec e = spec_of("COPY t (a, b) FROM stdin WITH (FORMAT csv, ESCAPE '\\', QUOTE '''')");
  CHECK(e.quote == '\'');
  CHECK(e.escape == '\\');
  CHECK(row(e, "'it\\'s','a\\\\b'") == "('it''s', E'a\\\\b')");
  CHECK(row(e, "'x\\y',z\\") == "(E'x\\\\y', E'z\\\\')");
  CopySpec f = spec_of("COPY t (a, b, c) FROM stdin WITH (FORMAT csv, NULL 'nil', FORCE_NOT_NULL (a), FORCE_NULL (b))");
  CHECK(f.force_not_null == std::vector<bool>{true, false, false});
  CHECK(f.force_null == std::vector<bool>{false, true, false});
  CHECK(row(f, "nil,nil,nil") == "('nil', NULL, NULL)");
  CHECK(row(f, "\"nil\",\"nil\",\"nil\"") == "('nil', NULL, 'nil')");
  CHECK(row(f, ",,") == "('', '', '')");
  CopySpec old = spec_of("COPY t (a, b) FROM stdin CSV HEADER DELIMITER ';' FORCE NOT NULL b");
  CHECK(old.header);
  CHECK(old.delimiter == ';');
  CHECK(old.force_not_null == std::vector<bool>{false, true});
  CHECK(row(old, "x;") == "('x', '')");
}

TEST_CASE("copy_spec: names quoted where needed, what cannot become INSERTs") {
  CopySpec s = spec_of("COPY \"My Schema\".\"order\" (id, \"Name\", \"select\", user_id) FROM stdin;");
  CHECK(s.table == "\"My Schema\".\"order\"");
  CHECK(s.columns == std::vector<std::string>{"id", "\"Name\"", "\"select\"", "user_id"});
  CHECK(s.column_list);
  CHECK(s.unsupported.empty());
  CHECK(!spec_of("COPY t FROM stdin").column_list);
  CHECK(spec_of("COPY t FROM stdin WITH (FORMAT binary)").unsupported == "binary format");
  CHECK(!spec_of("COPY t FROM stdin WITH (ENCODING 'LATIN1')").unsupported.empty());
  CHECK(spec_of("COPY t FROM stdin WITH (ENCODING 'UTF8')").unsupported.empty());
  CHECK(!spec_of("COPY t FROM stdin WITH (FORMAT csv, FORCE_NULL (a))").unsupported.empty());
  CHECK(!spec_of("COPY t (a) FROM stdin WITH (FORMAT csv, FORCE_NULL (b))").unsupported.empty());
  CHECK(spec_of("COPY t (a) FROM stdin WITH (HEADER false)").header == false);
  CHECK(spec_of("COPY t (a) FROM stdin WITH (HEADER match)").header == true);
  Parser p;
  ParsedStatement to = p.parse("COPY t TO stdout");
  CHECK(!copy_spec(to.statement(0)));
}

TEST_CASE("row boundaries: escaped newlines and quoted ones are not row ends, whatever the pieces") {
  // Text: "a\<nl>b" is one row; "c\\<nl>" ends one.
  std::string text = "a\\\nb\nc\\\\\nd\\\\\\\ne\n";
  std::vector<size_t> whole = row_ends(false, {text});
  CHECK(whole == std::vector<size_t>{5, 9, 16});
  std::string csv = "1,\"x\ny\"\n\"a\"\"\nb\",2\n3\n";
  std::vector<size_t> csv_whole = row_ends(true, {csv});
  CHECK(csv_whole == std::vector<size_t>{8, 18, 20});
  struct Case {
    std::string data;
    bool is_csv;
    std::vector<size_t> want;
  };
  for (const Case& c : {Case{text, false, whole}, Case{csv, true, csv_whole}}) {
    const std::string& data = c.data;
    bool is_csv = c.is_csv;
    const std::vector<size_t>& want = c.want;
    for (size_t cut = 0; cut <= data.size(); ++cut)
      CHECK(row_ends(is_csv, {data.substr(0, cut), data.substr(cut)}) == want);
    std::vector<std::string> bytes;
    for (char c : data) bytes.emplace_back(1, c);
    CHECK(row_ends(is_csv, bytes) == want);
  }
  // A run of backslashes spread over pieces.
  CHECK(row_ends(false, {"x\\", "\\", "\\", "\n", "y\n"}) == std::vector<size_t>{7});
  CHECK(row_ends(false, {"x\\", "\\", "\n"}) == std::vector<size_t>{4});
  // CSV with an escape that is not the quote.
  CHECK(row_ends(true, {"\"a\\\"\nb\"\n"}, '"', '\\') == std::vector<size_t>{8});
  CHECK(row_ends(true, {"\"a\\\\\"\nb\n"}, '"', '\\') == std::vector<size_t>{6, 8});
}

TEST_CASE("INSERTs: the same statements however the data is cut") {
  CopySpec s = text_spec();
  s.column_list = true;
  s.columns = {"a", "b"};
  std::string data = "1\tone\n2\t\\N\n3\ta\\\nb\n4\t\\\\N\n5\tit's\n";
  std::string want = inserts(s, {data});
  CHECK(want ==
        "INSERT INTO t (a, b) OVERRIDING SYSTEM VALUE VALUES\n('1', 'one'),\n('2', NULL),\n('3', E'a\\nb'),\n('4', E'\\\\N'),\n('5', "
        "'it''s');\n");
  for (size_t cut = 0; cut <= data.size(); ++cut) CHECK(inserts(s, {data.substr(0, cut), data.substr(cut)}) == want);
  for (size_t a = 0; a < data.size(); ++a)
    for (size_t b = a; b < data.size(); b += 3)
      CHECK(inserts(s, {data.substr(0, a), data.substr(a, b - a), data.substr(b)}) == want);
  std::vector<std::string> bytes;
  for (char c : data) bytes.emplace_back(1, c);
  CHECK(inserts(s, bytes) == want);
  // CRLF line ends.
  CHECK(inserts(s, {"1\tone\r\n2\ttwo\\\r\r\n"}) == "INSERT INTO t (a, b) OVERRIDING SYSTEM VALUE VALUES\n('1', 'one'),\n('2', E'two\\r');\n");
}

TEST_CASE("INSERTs: batches by rows and by bytes, a big row alone") {
  CopySpec s = text_spec();
  std::string data;
  for (int i = 0; i < 7; ++i) data += std::to_string(i) + "\n";
  CHECK(inserts(s, {data}, {3, 1 << 20}) ==
        "INSERT INTO t OVERRIDING SYSTEM VALUE VALUES\n('0'),\n('1'),\n('2');\n"
        "INSERT INTO t OVERRIDING SYSTEM VALUE VALUES\n('3'),\n('4'),\n('5');\n"
        "INSERT INTO t OVERRIDING SYSTEM VALUE VALUES\n('6');\n");
  // "INSERT INTO t OVERRIDING SYSTEM VALUE VALUES\n" is 45 bytes, a row 5,
  // ",\n" and ";\n" 2 each: 45 + 5 + 2 + 5 + 2 = 59 holds two rows, not
  // three (66).
  std::string two = inserts(s, {data}, {1000, 59});
  CHECK(two.find("('0'),\n('1');\nINSERT") != std::string::npos);
  for (size_t at = 0, next; at < two.size(); at = next + 2) {
    next = two.find(";\n", at);
    REQUIRE(next != std::string::npos);
    CHECK(next + 2 - at <= 59);
  }
  std::string big(100, 'x');
  std::string out = inserts(s, {"a\n" + big + "\nb\n"}, {1000, 64});
  CHECK(out == "INSERT INTO t OVERRIDING SYSTEM VALUE VALUES\n('a');\nINSERT INTO t OVERRIDING SYSTEM VALUE VALUES\n('" +
                   big + "');\nINSERT INTO t OVERRIDING SYSTEM VALUE VALUES\n('b');\n");
}

TEST_CASE("INSERTs: HEADER, identity columns, tables without columns, an open quote at the end") {
  CopySpec csv = spec_of("COPY public.t (id, v) FROM stdin WITH (FORMAT csv, HEADER)");
  // OVERRIDING SYSTEM VALUE always: COPY writes identity ALWAYS columns too.
  CHECK(inserts(csv, {"id,v\n1,\"a\nb\"\n"}) ==
        "INSERT INTO public.t (id, v) OVERRIDING SYSTEM VALUE VALUES\n('1', E'a\\nb');\n");
  CopySpec zero = spec_of("COPY public.z  FROM stdin;");
  InsertWriter::Table none;
  none.columns.emplace();
  CHECK(inserts(zero, {"\n\n\n"}, {}, none) == "INSERT INTO public.z SELECT FROM generate_series(1, 3);\n");
  CHECK(inserts(zero, {"\n\n\n"}, {2, 1 << 20}, none) ==
        "INSERT INTO public.z SELECT FROM generate_series(1, 2);\nINSERT INTO public.z SELECT FROM "
        "generate_series(1, 1);\n");
  // Only generated columns: none that COPY loads.
  InsertWriter::Table only_generated = none;
  only_generated.generated = true;
  CHECK(inserts(zero, {"\n"}, {}, only_generated) == "INSERT INTO public.z SELECT FROM generate_series(1, 1);\n");
  // Not known: pg_dump's empty column list says no columns.
  InsertWriter::Table dumped;
  dumped.pg_dump_no_columns = true;
  CHECK(inserts(zero, {"\n\n"}, {}, dumped) == "INSERT INTO public.z SELECT FROM generate_series(1, 2);\n");
  // Known to have a column, or not known at all: an empty line is an empty
  // string (a one-column row, as COPY reads it).
  InsertWriter::Table one;
  one.columns = std::vector<std::string>{"v"};
  CHECK(inserts(zero, {"\n"}, {}, one) == "INSERT INTO public.z OVERRIDING SYSTEM VALUE VALUES\n('');\n");
  CHECK(inserts(zero, {"\n", "x\n"}) == "INSERT INTO public.z OVERRIDING SYSTEM VALUE VALUES\n(''),\n('x');\n");
  CHECK(inserts(zero, {"x\n"}) == "INSERT INTO public.z OVERRIDING SYSTEM VALUE VALUES\n('x');\n");
  bool whole = true;
  CHECK(inserts(csv, {"id,v\n1,x\n2,\"open\n"}, {}, {}, &whole) ==
        "INSERT INTO public.t (id, v) OVERRIDING SYSTEM VALUE VALUES\n('1', 'x');\n");
  CHECK(!whole);
}

TEST_CASE("INSERTs: no column list into a table with generated columns") {
  CopySpec gen = spec_of("COPY gen FROM stdin;");
  InsertWriter::Table t;
  t.columns = std::vector<std::string>{"id", "\"Label\""};
  t.generated = true;
  // COPY loads the columns but the generated ones: so does the INSERT.
  CHECK(inserts(gen, {"1\tone\n"}, {}, t) == "INSERT INTO gen (id, \"Label\") OVERRIDING SYSTEM VALUE VALUES\n('1', 'one');\n");
  // No generated column: no list needed (none written).
  t.generated = false;
  CHECK(inserts(gen, {"1\tone\n"}, {}, t) == "INSERT INTO gen OVERRIDING SYSTEM VALUE VALUES\n('1', 'one');\n");
  // A COPY column list is the INSERT's.
  t.generated = true;
  CHECK(inserts(spec_of("COPY gen (note) FROM stdin;"), {"x\n"}, {}, t) ==
        "INSERT INTO gen (note) OVERRIDING SYSTEM VALUE VALUES\n('x');\n");
}

TEST_CASE("COPY ... WHERE stays a COPY") {
  CHECK(spec_of("COPY t FROM stdin WHERE a > 1").unsupported.find("WHERE") != std::string::npos);
  CHECK(spec_of("COPY t (a) FROM stdin").unsupported.empty());
}

TEST_CASE("COPY batches: cut at the first row end past the size, never inside a row") {
  std::string data;
  for (int i = 0; i < 20; ++i) data += "row " + std::to_string(i) + "\n";  // 6 or 7 bytes
  std::string want = batches({data}, 20);
  // Every block is whole rows, at least 20 bytes except the last, and the
  // rows are all there in order.
  std::string joined;
  size_t blocks = 0;
  for (size_t at = 0; at < want.size();) {
    size_t end = want.find("\\.\n", at);
    std::string block = want.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (blocks > 0) {
      REQUIRE(block.rfind("COPY t (a) FROM stdin;\n", 0) == 0);
      block = block.substr(23);
    }
    CHECK(block.back() == '\n');
    if (end != std::string::npos) {
      CHECK(block.size() >= 20);
      CHECK(block.size() < 20 + 7);
    }
    joined += block;
    ++blocks;
    if (end == std::string::npos) break;
    at = end + 3;
  }
  CHECK(joined == data);
  CHECK(blocks == 6);
  for (size_t cut = 0; cut <= data.size(); ++cut) CHECK(batches({data.substr(0, cut), data.substr(cut)}, 20) == want);
  // Not larger than the size: not cut; exactly reaching it at the last row: not cut either.
  CHECK(batches({data}, data.size()) == data);
  CHECK(batches({data}, 1 << 20) == data);
  // An escaped newline (text) and a quoted one (CSV) are not row ends.
  CHECK(batches({"aaaa\\\nbbbb\ncc\n"}, 3) == "aaaa\\\nbbbb\n\\.\nCOPY t (a) FROM stdin;\ncc\n");
  CHECK(batches({"\"aa\nbb\",1\ncc\n"}, 3, true) == "\"aa\nbb\",1\n\\.\nCOPY t (a) FROM stdin;\ncc\n");
  // The output, batched again, is the same (each block is within the bound).
  std::string again;
  {
    Output o(&again);
    size_t at = 0;
    while (at < want.size()) {
      size_t end = want.find("\\.\n", at);
      std::string block = want.substr(at, end == std::string::npos ? std::string::npos : end - at);
      if (at > 0) {
        o.write("COPY t (a) FROM stdin;\n");
        block = block.substr(23);
      }
      CopyBatcher b(o, "COPY t (a) FROM stdin;\n", "\\.\n", 20, false, '"', '"');
      b.feed(block);
      CHECK(b.batches() == 1);
      if (end == std::string::npos) break;
      o.write("\\.\n");
      at = end + 3;
    }
  }
  CHECK(again == want);
}

TEST_CASE("COPY batches with HEADER: every batch begins with the header line") {
  std::string header = "id,\"v\nv\"\n";  // a CSV header with a quoted newline
  std::string data = header;
  for (int i = 0; i < 12; ++i) data += std::to_string(i) + ",x\n";
  auto cut = [&](const std::vector<std::string>& pieces) {
    std::string out;
    {
      Output o(&out);
      CopyBatcher b(o, "COPY t (id, v) FROM stdin CSV HEADER;\n", "\\.\n", 20, true, '"', '"', true);
      for (const std::string& p : pieces) b.feed(p);
    }
    return out;
  };
  std::string want = cut({data});
  std::string stmt = "COPY t (id, v) FROM stdin CSV HEADER;\n";
  std::string rows;
  size_t blocks = 0;
  for (size_t at = 0; at < want.size();) {
    size_t end = want.find("\\.\n", at);
    std::string block = want.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (blocks > 0) {
      REQUIRE(block.rfind(stmt, 0) == 0);
      block = block.substr(stmt.size());
    }
    REQUIRE(block.rfind(header, 0) == 0);
    rows += block.substr(header.size());
    ++blocks;
    if (end == std::string::npos) break;
    at = end + 3;
  }
  CHECK(blocks > 2);
  CHECK(header + rows == data);
  for (size_t at = 0; at <= data.size(); ++at) CHECK(cut({data.substr(0, at), data.substr(at)}) == want);
}
