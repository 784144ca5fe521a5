# Search: ranking quality on IR test collections (ranking_eval) and query
# latency over prepare.py's query set (query_latency). The shell drivers
# beside them (index_throughput.sh, query_latency.sh) run the peers too.
# spelling_check compares the in-memory spelling list with Xapian's lookup.
add_library(ir_metrics STATIC ${CMAKE_CURRENT_SOURCE_DIR}/ir_metrics.cc)
target_include_directories(ir_metrics PUBLIC ${PROJECT_SOURCE_DIR})

add_executable(ranking_eval ${CMAKE_CURRENT_SOURCE_DIR}/ranking_eval.cc)
target_link_libraries(ranking_eval PRIVATE ir_metrics news_indexer_lib news_searcher_lib
                      nlohmann_json::nlohmann_json)

add_library(latency_stats STATIC ${CMAKE_CURRENT_SOURCE_DIR}/latency_stats.cc)
target_include_directories(latency_stats PUBLIC ${PROJECT_SOURCE_DIR})

add_executable(query_latency ${CMAKE_CURRENT_SOURCE_DIR}/query_latency.cc)
target_link_libraries(query_latency PRIVATE latency_stats news_searcher_lib)

add_executable(query_breakdown ${CMAKE_CURRENT_SOURCE_DIR}/query_breakdown.cc)
target_link_libraries(query_breakdown PRIVATE latency_stats news_searcher_lib)

add_executable(spelling_check ${CMAKE_CURRENT_SOURCE_DIR}/spelling_check.cc)
target_link_libraries(spelling_check PRIVATE news_searcher_lib)
