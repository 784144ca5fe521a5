#include "common/index/index_schema.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "common/index/binary_codec.h"
#include "common/index/frame_codec.h"
#include "tests/e2e/process.h"

using namespace news;

namespace {

Article sample_article() {
  Article a;
  a.id = "doc-1";
  a.url = "https://example.com/doc-1";
  a.title = "Putin proposes joint cybersecurity group";
  a.body = "The Kremlin said the hacking group would meet in Helsinki.";
  a.date = "2017-07-09T10:30:00";
  a.authors = {"Tom Jowitt"};
  a.source = "example.com";
  a.language = "en";
  a.entities = {{"person", "person:vladimir-putin", "Vladimir Putin", 2},
                {"country", "country:RU", "Russia", 3}};
  a.given_entities = {{"country", "country:RU", "Russia", 1},
                      {"topic", "topic:acq", "Acquisitions", 1}};
  return a;
}

// The binary form inside stored data, masked or not.
std::string binary_form(const std::string& data) {
  if (data.empty() || data[0] != '\x04') return data;
  std::string out = data.substr(1);
  codec::mask(&out);
  return out;
}

Xapian::Document build(const Article& a) {
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  return schema::build_document(a, tg, {}, a.id);
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

}  // namespace

TEST_CASE("documents carry id, title, facet terms and values", "[index_schema]") {
  const Xapian::Document doc = build(sample_article());
  CHECK(has_term(doc, "Qdoc-1"));
  CHECK(has_term(doc, "Sputin"));
  CHECK(has_term(doc, "ZShack") == false);
  CHECK(has_term(doc, "Zhack"));  // stemmed body word
  CHECK(has_term(doc, "XFperson:vladimir-putin"));
  CHECK(has_term(doc, "XFcountry:RU"));
  CHECK(has_term(doc, "XFsource:example-com"));
  CHECK(has_term(doc, "XFauthor:tom-jowitt"));
  CHECK(has_term(doc, "XFdate:2017-07"));
  CHECK(has_term(doc, "XFtopic:acq"));
  CHECK(has_term(doc, "Ajowitt"));
  CHECK(doc.get_value(schema::kSlotDate) == "20170709");
  CHECK(doc.get_value(schema::kSlotDateTime) == "20170709103000");
  CHECK(doc.get_value(schema::kSlotCountry) == "RU");
  CHECK(doc.get_value(schema::kSlotMonth) == "2017-07");
}

TEST_CASE("title words outweigh body words", "[index_schema]") {
  const Xapian::Document doc = build(sample_article());
  auto wdf = [&](const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term ? it.get_wdf() : 0;
  };
  CHECK(wdf("putin") == schema::kTitleWeight);
  CHECK(wdf("Sputin") == 0);  // title: copy: positions only, no length
  CHECK(wdf("kremlin") == 1);
}

TEST_CASE("facet values round-trip through a slot", "[index_schema]") {
  const std::string encoded =
      schema::encode_facet_slot("person", {"person:b", "person:a-name", "person:b", "org:x"});
  CHECK(encoded == ":org:x\na-name\nb");  // keys only; another kind's id kept whole
  const auto decoded = schema::decode_facet_slot("person", encoded);
  REQUIRE(decoded.size() == 3);
  CHECK(decoded[0].id == "org:x");
  CHECK(decoded[1].id == "person:a-name");
  CHECK(decoded[2].id == "person:b");
  CHECK(decoded[2].name.empty());
  CHECK(schema::decode_facet_slot("person", "").empty());
  const auto old = schema::decode_facet_slot("person", "person:a\tA Name\nperson:b\tB");
  REQUIRE(old.size() == 2);
  CHECK(old[1].id == "person:b");
  CHECK(old[1].name == "B");
  // Entries of indexes written before the compact form.
  std::string name;
  CHECK(schema::facet_entry_id("person", "person:a\tA Name", &name) == "person:a");
  CHECK(name == "A Name");
  CHECK(schema::facet_entry_id("person", "a", &name) == "person:a");
  CHECK(name.empty());
  CHECK(schema::fallback_facet_name("person:jean-luc-picard") == "Jean Luc Picard");
  CHECK(schema::facet_name_key("country:RU") == "name:country:RU");
}

TEST_CASE("the document build lists the facet names for the writer", "[index_schema]") {
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  std::vector<schema::FacetValue> names;
  schema::build_document(sample_article(), tg, {}, "", &names);
  auto has = [&](const std::string& id, const std::string& name) {
    return std::any_of(names.begin(), names.end(),
                       [&](const schema::FacetValue& v) { return v.id == id && v.name == name; });
  };
  CHECK(has("country:RU", "Russia"));
  CHECK(has("person:vladimir-putin", "Vladimir Putin"));
  CHECK(has("author:tom-jowitt", "Tom Jowitt"));
  CHECK(std::none_of(names.begin(), names.end(),
                     [](const schema::FacetValue& v) { return v.id.rfind("date:", 0) == 0; }));
}

TEST_CASE("long ids become bounded, distinct terms", "[index_schema]") {
  const std::string a(400, 'a');
  const std::string b = a + "b";
  const std::string ta = schema::unique_id_term(a), tb = schema::unique_id_term(b);
  CHECK(ta.size() <= schema::kMaxTermBytes);
  CHECK(ta != tb);
  CHECK(schema::unique_id_term("x") == "Qx");
}

TEST_CASE("stored article round-trips and tolerates foreign data", "[index_schema]") {
  const Article a = sample_article();
  const auto stored =
      schema::parse_stored_article(schema::serialize_stored_article(a, schema::facet_entities(a)));
  CHECK(stored.id == "doc-1");
  CHECK(stored.title == a.title);
  CHECK(stored.date == a.date);
  CHECK(stored.authors == a.authors);
  CHECK(stored.body == a.body);
  REQUIRE(stored.entities.size() == 3);  // person, country (merged), topic
  CHECK(stored.entities[0].kind == "person");
  CHECK(stored.entities[1].kind == "country");
  CHECK(stored.entities[2].kind == "topic");
  CHECK(stored.entities[1].count == 3);
  CHECK(stored.url == a.url);
  CHECK(stored.source == a.source);
  CHECK(stored.language == a.language);
  CHECK(schema::parse_stored_article("not json").id == "not json");
  CHECK(schema::parse_stored_article("").id.empty());
  // Truncated binary data keeps what was read.
  const std::string data =
      binary_form(schema::serialize_stored_article(a, schema::facet_entities(a)));
  REQUIRE(data[0] == '\x02');
  const auto cut = schema::parse_stored_article(data.substr(0, data.size() / 2));
  CHECK(cut.id == "doc-1");
  CHECK(cut.entities.empty());
  CHECK(schema::parse_stored_article(data.substr(0, 1)).id == data.substr(0, 1));
}

TEST_CASE("long document data is stored masked, as it is", "[index_schema]") {
  Article a = sample_article();
  for (int i = 0; i < 40; ++i)
    a.body += " The group met again in Helsinki on day " + std::to_string(i) + ".";
  const std::string data = schema::serialize_stored_article(a, schema::facet_entities(a));
  REQUIRE(data[0] == '\x04');
  const std::string binary = binary_form(data);
  REQUIRE(binary[0] == '\x02');
  CHECK(data.size() == binary.size() + 1);
  CHECK(data.find("Helsinki") == std::string::npos);
  const auto stored = schema::parse_stored_article(data);
  CHECK(stored.id == "doc-1");
  CHECK(stored.body == a.body);
  CHECK(stored.entities.size() == 3);
  CHECK(schema::parse_stored_article(binary).body == a.body);  // the unmasked form still reads

  // Cut or corrupt data is not ours (the data comes back as the id), or
  // reads as far as it is intact; never a crash.
  for (const std::string& bad : {data.substr(0, data.size() - 1), data.substr(0, 5),
                                 data.substr(0, data.size() / 2), std::string("\x04")}) {
    const auto got = schema::parse_stored_article(bad);
    CHECK((got.id == bad || got.id == "doc-1"));
  }
  std::string flipped = data;
  for (size_t i = 10; i < flipped.size(); i += 7) flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
  const auto got = schema::parse_stored_article(flipped);
  CHECK((got.id == flipped || got.id == "doc-1"));
}

TEST_CASE("glass stores masked data without compressing it", "[index_schema]") {
  // A long repetitive body: zlib would shrink its plain form to a few KB.
  Article a = sample_article();
  for (int i = 0; i < 2000; ++i) a.body += " Markets were quiet in Helsinki.";
  const std::string data = schema::serialize_stored_article(a, schema::facet_entities(a));
  REQUIRE(data.size() > 60000);
  auto docdata_bytes = [](const std::string& path, const std::string& record) {
    {
      Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
      Xapian::Document doc;
      doc.set_data(record);
      db.add_document(doc);
      db.commit();
    }
    return std::filesystem::file_size(path + "/docdata.glass");
  };
  test::TempDir dir;
  const auto masked = docdata_bytes(dir.path() + "/masked", data);
  const auto plain = docdata_bytes(dir.path() + "/plain", binary_form(data));
  CHECK(masked >= data.size());    // stored as it is: nothing to inflate on reading
  CHECK(plain < data.size() / 4);  // what glass does with the plain form
  CHECK(schema::parse_stored_article(
            Xapian::Database(dir.path() + "/masked").get_document(1).get_data())
            .body == a.body);
}

TEST_CASE("zstd frames of older indexes still read", "[index_schema]") {
  Article a = sample_article();
  for (int i = 0; i < 40; ++i)
    a.body += " The group met again in Helsinki on day " + std::to_string(i) + ".";
  const std::string binary =
      binary_form(schema::serialize_stored_article(a, schema::facet_entities(a)));
  const std::string data = std::string("\x03") + codec::compress_frame(binary);
  REQUIRE(data.size() < binary.size() / 2);
  const auto stored = schema::parse_stored_article(data);
  CHECK(stored.id == "doc-1");
  CHECK(stored.body == a.body);
  CHECK(stored.entities.size() == 3);

  // A truncated or corrupt frame is not ours: the data comes back as the id.
  for (const std::string& bad :
       {data.substr(0, data.size() - 1), data.substr(0, 5), data + "x", std::string("\x03"),
        std::string("\x03") + std::string(40, '\xff')}) {
    const auto got = schema::parse_stored_article(bad);
    CHECK(got.id == bad);
    CHECK(got.body.empty());
  }
  std::string flipped = data;
  for (size_t i = 10; i < flipped.size(); i += 7) flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
  const auto got = schema::parse_stored_article(flipped);
  CHECK((got.id == flipped || got.id == "doc-1"));  // never a crash; most corruptions are caught
  // A frame of something that is not the binary form is not ours either.
  const std::string text(300, 'a');
  const std::string foreign = std::string("\x03") + codec::compress_frame(text);
  CHECK(schema::parse_stored_article(foreign).id == foreign);
}

TEST_CASE("entities stored by id (older indexes) come back in display order", "[index_schema]") {
  std::string data(1, '\x02');
  for (const char* field : {"old-2", "", "T", "", "", "", "B"}) codec::put_string(&data, field);
  codec::put_varint(&data, 0);  // no authors
  codec::put_varint(&data, 3);
  for (const Entity& e : std::vector<Entity>{{"country", "country:RU", "Russia", 1},
                                             {"org", "org:un", "United Nations", 1},
                                             {"person", "person:x", "X", 1}}) {
    codec::put_string(&data, e.kind);
    codec::put_string(&data, e.id);
    codec::put_string(&data, e.name);
    codec::put_varint(&data, static_cast<uint64_t>(e.count));
  }
  const auto stored = schema::parse_stored_article(data);
  REQUIRE(stored.entities.size() == 3);
  CHECK(stored.entities[0].kind == "person");
  CHECK(stored.entities[1].kind == "country");
  CHECK(stored.entities[2].kind == "org");
}

TEST_CASE("JSON document data of older indexes is still read", "[index_schema]") {
  const auto stored = schema::parse_stored_article(
      R"({"id":"old-1","title":"T","body":"B","authors":["A"],)"
      R"("entities":[["country","country:RU","Russia",2],["person","person:x","X",1]]})");
  CHECK(stored.id == "old-1");
  CHECK(stored.body == "B");
  CHECK(stored.authors == std::vector<std::string>{"A"});
  REQUIRE(stored.entities.size() == 2);
  CHECK(stored.entities[0].kind == "person");  // display order
}

TEST_CASE("extracted and given entities merge by id", "[index_schema]") {
  const auto facets = schema::facet_entities(sample_article());
  int ru = 0;
  for (const Entity& e : facets) {
    if (e.id == "country:RU") {
      ++ru;
      CHECK(e.count == 3);
    }
  }
  CHECK(ru == 1);
}
