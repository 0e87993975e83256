# SPDX-License-Identifier: MIT
# Fails when a source file of app/ or ui/ has more than 500 lines: a longer file does more than one job and should be
# split by job (issue #15). A table-like data file may be longer when its first lines say why, with a line
# "// Longer than 500 lines: <why>".
# Run: cmake -DSOURCE_DIR=<repo> -P file-length.cmake
set(limit 500)
file(GLOB_RECURSE sources "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/ui/*.cpp")
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}")
endif()
set(found "")
foreach(f IN LISTS sources)
    file(READ "${f}" content)
    string(REGEX MATCHALL "\n" newlines "${content}")
    list(LENGTH newlines n)
    if(n GREATER limit)
        string(SUBSTRING "${content}" 0 1000 head)
        if(NOT head MATCHES "// Longer than ${limit} lines: [^\n]+")
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
            string(APPEND found "  ${rel}: ${n} lines\n")
        endif()
    endif()
endforeach()
if(found)
    message(FATAL_ERROR "files over ${limit} lines (split them by job, or justify a data table at the top):\n${found}")
endif()
message(STATUS "checked ${count} files: none over ${limit} lines")
