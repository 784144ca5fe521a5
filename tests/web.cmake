# Web tests: the HTTP server, its parameters and static files (unit), and
# `news-searcher serve` run for real over an index of sample_corpus/.
target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/engine_pool_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/http_params_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/http_server_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/http_test_client.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/static_files_test.cc
)

add_executable(serve_e2e_tests
  test_main.cc
  http_test_client.cc
  e2e/process.cc
  e2e/serve_test.cc
)
target_include_directories(serve_e2e_tests PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(serve_e2e_tests PRIVATE nlohmann_json::nlohmann_json Catch2::Catch2
  Threads::Threads)
target_compile_definitions(serve_e2e_tests PRIVATE
  NEWS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  NEWS_INDEXER_BIN="$<TARGET_FILE:news-indexer>"
  NEWS_SEARCHER_BIN="$<TARGET_FILE:news-searcher>")
add_dependencies(serve_e2e_tests news-indexer news-searcher)
catch_discover_tests(serve_e2e_tests)
