# Entity tests: one file per module of common/entities/ (mention finding,
# person resolution and events are tested together in entities_rules_test).
target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/entity_extractor_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/entities_tokenizer_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/entities_lexicon_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/entities_facet_values_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/entities_rules_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/entities_tagger_test.cc
)
