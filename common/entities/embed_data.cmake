# news_embed_files(OUT_CC FUNC1 FILE1 FUNC2 FILE2 ...): writes OUT_CC defining
# news::entities::data::FUNCn() that returns the bytes of FILEn as a
# std::string_view. A byte array (not a string literal) keeps -Wpedantic
# quiet about long literals. Re-runs CMake when a file changes.
function(news_embed_files out_cc)
  set(body "")
  set(args ${ARGN})
  list(LENGTH args n)
  math(EXPR last "${n} - 1")
  foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET args ${i} func)
    list(GET args ${j} file)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
    file(READ "${file}" hex HEX)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
    string(REGEX REPLACE "((0x..,){32})" "\\1\n" bytes "${bytes}")
    string(APPEND body
      "std::string_view ${func}() {\n"
      "  static const unsigned char kBytes[] = {\n${bytes}0x00};\n"
      "  return std::string_view(reinterpret_cast<const char*>(kBytes), sizeof(kBytes) - 1);\n"
      "}\n\n")
  endforeach()
  set(NEWS_EMBEDDED_BODY "${body}")
  configure_file("${CMAKE_CURRENT_SOURCE_DIR}/embedded_data.cc.in" "${out_cc}" @ONLY)
endfunction()
