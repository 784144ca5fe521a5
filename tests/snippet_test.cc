#include "searcher/snippet.h"

#include <catch2/catch.hpp>

#include "tests/memory_index.h"

using namespace news;
using news::test::english_parser;
using news::test::memory_db;

namespace {

const Xapian::Stem kEnglish("english");

Snippeter words_and_stems(std::vector<std::pair<std::string, double>> words,
                          std::vector<std::pair<std::string, double>> stems) {
  return Snippeter(words, stems, kEnglish);
}

}  // namespace

TEST_CASE("snippets mark exact and stemmed query words", "[snippet]") {
  const Snippeter s = words_and_stems({{"kremlin", 1}}, {{kEnglish("hacking"), 1}});
  // "hacks" stems to "hack", "Hackers" to "hacker".
  CHECK(s.make("The Kremlin denied hacks. Hackers said otherwise.", 200) ==
        "The <mark>Kremlin</mark> denied <mark>hacks</mark>. Hackers said otherwise.");
  // Stems that change the word's end, and apostrophes inside a word.
  const Snippeter happy = words_and_stems({}, {{kEnglish("happy"), 1}, {kEnglish("putin"), 1}});
  CHECK(happy.make("Happiness aside, Putin's allies were happy.", 200) ==
        "<mark>Happiness</mark> aside, <mark>Putin's</mark> allies were <mark>happy</mark>.");
  CHECK(happy.make("Happen to be unhappy.", 200) == "Happen to be unhappy.");
}

TEST_CASE("words match in any case and with accented initials", "[snippet]") {
  // Words whose first byte no query term starts with are passed over
  // without a lookup; capitals and non-ASCII initials still match.
  const Snippeter s = words_and_stems({{"élysée", 1}, {"zurich", 1}}, {});
  CHECK(s.make("ZURICH and the Élysée met; Zurich agreed.", 200) ==
        "<mark>ZURICH</mark> and the <mark>Élysée</mark> met; <mark>Zurich</mark> agreed.");
}

TEST_CASE("the window with the most query weight wins, cut at words", "[snippet]") {
  std::string text = "Markets opened quietly on Monday morning. ";
  for (int i = 0; i < 10; ++i) text += "Traders waited for news from the central bank. ";
  text += "Then the Kremlin announced new sanctions against the summit hosts. ";
  text += "Nothing else happened that day.";
  const Snippeter s = words_and_stems({{"kremlin", 5}, {"summit", 3}, {"news", 0.5}}, {});
  const std::string snippet = s.make(text, 80);
  CHECK(snippet.rfind("...", 0) == 0);  // cut at the start
  CHECK(snippet.find("<mark>Kremlin</mark>") != std::string::npos);
  CHECK(snippet.find("<mark>summit</mark>") != std::string::npos);
  CHECK(snippet.size() >= 3);
  CHECK(snippet.compare(snippet.size() - 3, 3, "...") == 0);  // and at the end
  // The window starts at the sentence of the match.
  CHECK(snippet.rfind("...Then the", 0) == 0);
}

TEST_CASE("no query word: the beginning of the text", "[snippet]") {
  const Snippeter s = words_and_stems({{"absent", 1}}, {});
  CHECK(s.make("First sentence here. Second one follows and goes on.", 30) ==
        "First sentence here. Second...");
  CHECK(s.make("", 30).empty());
  CHECK(s.make("  ...  ", 30).empty());
  // A word longer than the snippet is cut, on a character boundary.
  std::string huge = "Start ";
  for (int i = 0; i < 100000; ++i) huge += "é";
  const std::string cut = s.make(huge.substr(6), 31);
  CHECK(cut == std::string(huge.substr(6, 30)) + "...");
}

TEST_CASE("snippets escape HTML and fold whitespace", "[snippet]") {
  const Snippeter s = words_and_stems({{"ceo", 1}}, {});
  CHECK(s.make("AT&T <b>CEO</b>\n\nsaid   \"no\".", 200) ==
        "AT&amp;T &lt;b&gt;<mark>CEO</mark>&lt;/b&gt; said \"no\".");
  SnippetMarkup plain;
  plain.open = plain.close = "";
  CHECK(s.make("The CEO said no.", 200, plain) == "The CEO said no.");
}

TEST_CASE("non-ASCII words are lowercased and matched", "[snippet]") {
  const Snippeter s = words_and_stems({{"mélenchon", 1}}, {{kEnglish("élection"), 1}});
  CHECK(s.make("MÉLENCHON lost the ÉLECTIONS in Zürich.", 200) ==
        "<mark>MÉLENCHON</mark> lost the <mark>ÉLECTIONS</mark> in Zürich.");
}

TEST_CASE("a query's words and stems, weighted by the MSet", "[snippet]") {
  Xapian::WritableDatabase db =
      memory_db({"hackers attacked the summit", "the summit ended", "a quiet day"});
  Xapian::QueryParser qp = english_parser(db);
  const Xapian::Query query = qp.parse_query("hacking summit title:x");
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  const Snippeter s(query, mset, kEnglish);
  CHECK(s.make("Hacked servers; the summits.", 200) ==
        "<mark>Hacked</mark> servers; the <mark>summits</mark>.");
}

TEST_CASE("a second query's terms add to the first's, weighted by its own MSet", "[snippet]") {
  Xapian::WritableDatabase db =
      memory_db({"hackers attacked the summit", "the summit ended", "a quiet day"});
  Xapian::QueryParser qp = english_parser(db);
  // The page's words, and a phrase of other words weighed apart (a
  // rescored page, rescore.h): its exact words are terms too.
  const Xapian::Query words = qp.parse_query("summit");
  const Xapian::Query phrase = qp.parse_query("\"quiet day\"", Xapian::QueryParser::FLAG_PHRASE);
  Xapian::Enquire enquire(db);
  enquire.set_query(words);
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  enquire.set_query(phrase);
  const Xapian::MSet more = enquire.get_mset(0, 10);
  const Snippeter s(words, mset, kEnglish, phrase, &more);
  CHECK(s.make("A quiet day at the summit.", 200) ==
        "A <mark>quiet</mark> <mark>day</mark> at the <mark>summit</mark>.");
  // Without the second MSet its terms weigh 1, and still match.
  const Snippeter plain(words, mset, kEnglish, phrase);
  CHECK(plain.make("A quiet day.", 200) == "A <mark>quiet</mark> <mark>day</mark>.");
}

TEST_CASE("function words are highlighted only beside other query words", "[snippet]") {
  Xapian::WritableDatabase db =
      memory_db({"the lord of the rings", "the state of the union", "the end of the day",
                 "the art of the deal", "the rings of the tree"});
  Xapian::QueryParser qp;
  qp.set_database(db);
  const Xapian::Query query = qp.parse_query("lord of the rings");
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  const Snippeter s(query, mset, kEnglish);
  // "the" and "of" alone stay plain; in the title's run they are marked.
  CHECK(s.make("The sale of the studio. A Lord of the Rings show.", 200) ==
        "The sale of the studio. A <mark>Lord</mark> <mark>of</mark> <mark>the</mark> "
        "<mark>Rings</mark> show.");
  // More "the" in a later window does not draw the snippet away from the
  // window with the rare words.
  const std::string text = "Lord of the Rings opens. " + std::string(120, 'x') +
                           " the the the the the the of of of the the the end.";
  CHECK(s.make(text, 60).rfind("<mark>Lord</mark>", 0) == 0);
  // A query of common words only: its heaviest term is never weak.
  const Xapian::Query common = qp.parse_query("the");
  enquire.set_query(common);
  const Snippeter only(common, enquire.get_mset(0, 10), kEnglish);
  CHECK(only.make("In the end.", 200) == "In <mark>the</mark> end.");
}

// The cases below pin the output of the scan that splits the body and of
// the filter that spares most words a lookup (snippet.cc): each expected
// string is what the whole-body split gave before them.

TEST_CASE("the text's last word keeps a short tail, up to a space", "[snippet]") {
  const Snippeter s = words_and_stems({{"kremlin", 1}}, {});
  CHECK(s.make("Talks with the Kremlin", 200) == "Talks with the <mark>Kremlin</mark>");
  CHECK(s.make("He met the Kremlin.\t", 200) == "He met the <mark>Kremlin</mark>.\t");
  CHECK(s.make("He met the Kremlin!!!!!!", 200) == "He met the <mark>Kremlin</mark>!!!!");
  CHECK(s.make("He met the Kremlin.\t Later", 200) == "He met the <mark>Kremlin</mark>. Later");
  // NUL bytes are text, not words, nor the end of it.
  CHECK(s.make(std::string("Kremlin\0talks\0", 14), 200) ==
        std::string("<mark>Kremlin</mark>\0talks\0", 27));
}

TEST_CASE("a word longer than the snippet is cut wherever the window starts", "[snippet]") {
  const Snippeter s = words_and_stems({{"supercalifragilistic", 1}}, {});
  CHECK(s.make("Supercalifragilistic rocks", 10) == "Supercalif...");
  CHECK(s.make("A b c d e f g h Supercalifragilistic", 10) == "...Supercalif...");
  CHECK(s.make("Zürich’s Supercalifragilistic", 12) == "...Supercalifra...");
}

TEST_CASE("words are looked up by their first two bytes, in any case", "[snippet]") {
  // "his" stems to itself: words starting "hi" are stemmed, "Hi" does not
  // match; "Bank" (a capital) matches no lowercased word.
  const Snippeter s = words_and_stems({{"bank", 1}, {"1987", 1}, {"g7", 1}, {"Bank", 1}},
                                      {{kEnglish("markets"), 1}, {kEnglish("his"), 1}});
  CHECK(s.make("BANKS banned Bank's BANK bAnK Marketing MARKETS Mark; G7 1987 19870 His hat Hi",
               200) ==
        "BANKS banned Bank's <mark>BANK</mark> <mark>bAnK</mark> <mark>Marketing</mark> "
        "<mark>MARKETS</mark> Mark; <mark>G7</mark> <mark>1987</mark> 19870 <mark>His</mark> "
        "hat Hi");
  // Words of one letter.
  const Snippeter one = words_and_stems({{"i", 1}, {"x", 1}}, {});
  CHECK(one.make("I saw X and xi.", 200) == "<mark>I</mark> saw <mark>X</mark> and xi.");
  // A stem of two letters is compared by its first: every word from 'h'.
  const Snippeter hi = words_and_stems({}, {{"hi", 1}});
  CHECK(hi.make("His hat, hi Hi.", 200) == "His hat, <mark>hi</mark> <mark>Hi</mark>.");
  // Second bytes from 0x80 are always looked up: KELVIN SIGN lowercases
  // to 'k'. An apostrophe may be a word's second byte.
  const Snippeter t = words_and_stems({{"kk", 1}, {"zürich", 1}, {"o'clock", 1}}, {});
  CHECK(t.make("K\u212A and KK met in Zürich at five O'Clock.", 200) ==
        "<mark>K\u212A</mark> and <mark>KK</mark> met in <mark>Zürich</mark> at five "
        "<mark>O'Clock</mark>.");
}

TEST_CASE("apostrophes join words only between word characters", "[snippet]") {
  const Snippeter s = words_and_stems({}, {{kEnglish("putin"), 1}});
  // "Putin’s" stems to "putin’"; "''" and a trailing "'" end the word.
  CHECK(s.make("Putin’s dogs' bones, 'tis Putin''s Putin'", 200) ==
        "Putin’s dogs' bones, 'tis <mark>Putin</mark>''s <mark>Putin</mark>'");
}

TEST_CASE("only the first 256 matches start a window", "[snippet]") {
  const Snippeter s = words_and_stems({{"bank", 1}, {"kremlin", 5}}, {});
  std::string text;
  for (int i = 0; i < 200; ++i) text += "bank ";
  CHECK(s.make(text + "Kremlin", 40) ==
        "...<mark>bank</mark> <mark>bank</mark> <mark>bank</mark> <mark>bank</mark> "
        "<mark>bank</mark> <mark>bank</mark> <mark>Kremlin</mark>");
  for (int i = 0; i < 100; ++i) text += "bank ";
  // The 301st match is no candidate: the lead wins.
  CHECK(s.make(text + "Kremlin", 40) ==
        "<mark>bank</mark> <mark>bank</mark> <mark>bank</mark> <mark>bank</mark> "
        "<mark>bank</mark> <mark>bank</mark> <mark>bank</mark> <mark>bank</mark>...");
}

TEST_CASE("weak words are marked only in a run with a strong one", "[snippet]") {
  const Snippeter s = words_and_stems({{"the", 0.5}, {"of", 0.5}, {"lord", 2}, {"rings", 2}}, {});
  CHECK(s.make("Of the sale of the rings. The lord of the manor; of the the.", 200) ==
        "Of the sale <mark>of</mark> <mark>the</mark> <mark>rings</mark>. <mark>The</mark> "
        "<mark>lord</mark> <mark>of</mark> <mark>the</mark> manor; of the the.");
}

TEST_CASE("no match: the beginning, whitespace folded, cut at a word", "[snippet]") {
  const Snippeter s = words_and_stems({{"absent", 1}}, {});
  CHECK(s.make("No match in\tthis\r\ntext at all, & <none> here either; it goes on.", 30) ==
        "No match in this text at all...");
  const Snippeter none = words_and_stems({}, {});
  CHECK(none.make("  No terms & <b>. ", 200) == "No terms &amp; &lt;b&gt;.");
}

TEST_CASE("words end at the bytes beside letters, digits and '_'", "[snippet]") {
  // The scan reads eight bytes at a time: words of 8 and 16 bytes, ends on
  // either side of a block, and '@' '[' '`' '{' '/' ':' (next to the
  // ranges of word bytes) between words.
  const Snippeter s = words_and_stems({{"abcdefgh", 1},
                                       {"ijklmnop", 1},
                                       {"qrstuvw", 1},
                                       {"xyz", 1},
                                       {"ab_cd", 1},
                                       {"09", 1},
                                       {"zz", 1},
                                       {"éléphant123456789", 1},
                                       {"longwordlongword", 1}},
                                      {});
  CHECK(
      s.make("abcdefgh@ijklmnop[qrstuvw`xyz{AB_CD/09:Zz ÉLÉPHANT123456789 LongWordLongWord", 200) ==
      "<mark>abcdefgh</mark>@<mark>ijklmnop</mark>[<mark>qrstuvw</mark>`<mark>xyz</mark>{"
      "<mark>AB_CD</mark>/<mark>09</mark>:<mark>Zz</mark> <mark>ÉLÉPHANT123456789</mark> "
      "<mark>LongWordLongWord</mark>");
  CHECK(s.make("xyz abcdefghi LONGWORDLONGWORD", 200) ==
        "<mark>xyz</mark> abcdefghi <mark>LONGWORDLONGWORD</mark>");
}
