# Entity tests: one file per module of common/entities/.
target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/entity_extractor_test.cc
)
