// The data files of common/entities/data/, compiled into the library.
//
// CMake turns each file into a byte array at build time (see
// CMakeLists.txt and embed_data.cmake), so no file is read at run time and
// the binaries work from any directory. Each function returns the whole
// file's text; the storage is static and lives as long as the program.
#ifndef NEWS_COMMON_ENTITIES_EMBEDDED_DATA_H_
#define NEWS_COMMON_ENTITIES_EMBEDDED_DATA_H_

#include <string_view>

namespace news {
namespace entities {
namespace data {

std::string_view countries_tsv();    // regenerate_countries.py output
std::string_view first_names_txt();  // CC0 English given names
std::string_view first_names_extra_txt();
std::string_view common_words_txt();  // SCOWL lower-case English words
std::string_view places_txt();        // regenerate_places.py output
std::string_view famous_people_tsv();
std::string_view orgs_tsv();
std::string_view words_tsv();
std::string_view reuters_tsv();       // Reuters-21578 facet values
std::string_view tagger_model_txt();  // name tagger (tagger.h), from train_tagger

}  // namespace data
}  // namespace entities
}  // namespace news

#endif  // NEWS_COMMON_ENTITIES_EMBEDDED_DATA_H_
