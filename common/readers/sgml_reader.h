// Reuters-21578 newswire (.sgm): many <REUTERS> stories per file.
//
// read_reuters_sgml() hands one Article per <REUTERS ... NEWID="n"> record to
// on_article, in file order:
//   id        "reuters-<NEWID>" (stable across runs and file splits)
//   title     <TITLE>; for TYPE="UNPROC" records, which have none, the first
//             line of the text
//   date      <DATE> through normalize_date ("1987-02-26T15:01:01"; trailing
//             wire codes are ignored, a broken time keeps the day)
//   authors   <AUTHOR> ("By Jane Doe, Reuters" -> "Jane Doe")
//   body      <BODY>, or for records without one (TYPE="BRIEF"/"UNPROC") the
//             <TEXT> content without its TITLE/DATELINE/AUTHOR elements and
//             without the "Blah blah blah." placeholder of briefs; the
//             DATELINE is kept out; the closing "Reuter" sign-off and the
//             &#3; wire codes are dropped; the 80-column lines are re-joined,
//             an indented line starting a new paragraph ("\n\n" between)
//   source    "Reuters";  language "en";  url empty
//   origin    "<name>:<line of the <REUTERS tag>"
//   given_entities  each <D> of PLACES, PEOPLE, ORGS, TOPICS as kind country,
//             person, org, topic with the raw lowercase value in `name`
//             ("usa", "west-germany") and `id` empty (the entity module
//             canonicalizes). EXCHANGES and COMPANIES are not kept.
// Entities &lt; &gt; &amp; &quot; &apos; and &#N; are decoded (control codes
// dropped). Bytes that are not UTF-8 are read as Latin-1 (the collection has
// one, 0xFC, in reut2-017.sgm: it becomes "ü"), then every string is NFC.
// A record with neither title nor text is still delivered (the collection
// has one, NEWID 12793: an empty UNPROC story with its date), so that every
// story of the collection is counted. A record without NEWID or without its
// closing tag is reported through on_error at "<name>:<line>" and skipped; a
// file with no <REUTERS> record at all gives one error. Never throws for bad
// input.
#ifndef NEWS_COMMON_READERS_SGML_READER_H_
#define NEWS_COMMON_READERS_SGML_READER_H_

#include <string>
#include <string_view>

#include "common/readers/reader.h"

namespace news {

void read_reuters_sgml(std::string_view content, const std::string& name,
                       const ReadCallbacks& callbacks);

}  // namespace news

#endif  // NEWS_COMMON_READERS_SGML_READER_H_
