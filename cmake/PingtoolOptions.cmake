# One INTERFACE target carries the compile flags of Pingtool's own code; every target links it.
add_library(pingtool_options INTERFACE)
target_compile_definitions(pingtool_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PINGTOOL_VERSION="${PROJECT_VERSION}")
target_compile_options(pingtool_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local)
# GCC 12 reports false positives for std::optional members at -O2 (GCC bug 105562).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(pingtool_options INTERFACE -Wno-maybe-uninitialized)
endif()
if(PINGTOOL_WERROR)
    target_compile_options(pingtool_options INTERFACE -Werror)
endif()
if(PINGTOOL_SANITIZE)
    target_compile_options(pingtool_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(pingtool_options INTERFACE -fsanitize=address,undefined)
endif()
if(PINGTOOL_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PINGTOOL_FUZZ needs clang (use the fuzz preset)")
    endif()
    # Coverage instrumentation for our code; the fuzz targets link libFuzzer's main.
    target_compile_options(pingtool_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
