# SPDX-License-Identifier: MIT
# Fails when the code (app/, ui/) weakens TLS or keychain storage anywhere:
#   ignoreSslErrors      — certificate errors are failures, always
#   setInsecureFallback  — QtKeychain's plain-text fallback writes secrets to a settings file
# Run: cmake -DSOURCE_DIR=<repo> -P forbidden-calls.cmake
file(GLOB_RECURSE sources "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
                          "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
set(found "")
foreach(f IN LISTS sources)
    file(STRINGS "${f}" lines REGEX "ignoreSslErrors|setInsecureFallback")
    foreach(line IN LISTS lines)
        string(APPEND found "${f}: ${line}\n")
    endforeach()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}")
endif()
if(found)
    message(FATAL_ERROR "forbidden calls found:\n${found}")
endif()
message(STATUS "checked ${count} files: no ignoreSslErrors, no setInsecureFallback")
