# Fails when a C++ source differs from what clang-format makes of it.
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
set(bad "")
foreach(file IN LISTS sources)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror --style=file "${file}"
        WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND bad "${file}")
    endif()
endforeach()
if(bad)
    string(REPLACE ";" "\n  " list "${bad}")
    message(FATAL_ERROR "not formatted with .clang-format (run clang-format -i):\n  ${list}")
endif()
