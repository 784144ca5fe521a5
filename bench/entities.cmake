# Entity extraction: quality on GUM (entity_eval), speed (entity_bench), and
# a dump of the entities of text files (entity_dump).
add_library(gum_corpus STATIC ${CMAKE_CURRENT_SOURCE_DIR}/entities/gum_corpus.cc)
target_link_libraries(gum_corpus PUBLIC news_common)

add_executable(entity_eval ${CMAKE_CURRENT_SOURCE_DIR}/entities/entity_eval.cc)
target_link_libraries(entity_eval PRIVATE gum_corpus news_common)

add_executable(entity_bench ${CMAKE_CURRENT_SOURCE_DIR}/entities/entity_bench.cc)
target_link_libraries(entity_bench PRIVATE news_common)

add_executable(entity_dump ${CMAKE_CURRENT_SOURCE_DIR}/entities/entity_dump.cc)
target_link_libraries(entity_dump PRIVATE news_common)

# Retrains the name tagger: train_tagger <corpora/gum> common/entities/data/tagger_model.txt
add_executable(train_tagger ${CMAKE_CURRENT_SOURCE_DIR}/entities/train_tagger.cc)
target_link_libraries(train_tagger PRIVATE gum_corpus news_common)
