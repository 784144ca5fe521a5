# Reader tests: one file per reader module.
target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/date_parse_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/file_reader_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html_reader_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/jsonl_reader_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/reader_util_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/sgml_reader_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/site_chrome_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/txt_reader_test.cc
)
