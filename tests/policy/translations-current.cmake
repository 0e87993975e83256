# SPDX-License-Identifier: MIT
# Every user-visible message has its German translation: runs lupdate over the sources into a copy of
# the German catalog and fails when that copy has an unfinished message (a new or changed tr() string
# that `ninja update_translations` would add). The committed catalog is never touched.
#   cmake -DSOURCE_DIR=... -DLUPDATE=... -DWORK_DIR=... -P translations-current.cmake
set(ts ${SOURCE_DIR}/resources/translations/gongdirectory_de.ts)
file(MAKE_DIRECTORY ${WORK_DIR})
# The copy sits where the original does, relative to the sources, so lupdate's relative locations match.
set(copy ${WORK_DIR}/gongdirectory_de.ts)
file(COPY_FILE ${ts} ${copy})
execute_process(
    COMMAND ${LUPDATE} -silent -locations none -no-obsolete
            ${SOURCE_DIR}/app ${SOURCE_DIR}/ui -I ${SOURCE_DIR}/app -I ${SOURCE_DIR}/ui -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
if(unfinished)
    file(READ ${copy} text)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\"" missing "${text}")
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "Messages without a German translation (run `ninja update_translations`, translate them in "
                        "resources/translations/gongdirectory_de.ts):\n${missing}")
endif()
message(STATUS "every message in app/ and ui/ has a German translation")
