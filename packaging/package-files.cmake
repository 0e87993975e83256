# SPDX-License-Identifier: MIT
# Writes the package's generated text files: the AppStream metainfo, the man page and the Debian copyright file.
# Where people find the project (homepage, bug tracker, contact, screenshots) goes in only when it is given: no
# placeholder address is ever written. Run by packaging/CMakeLists.txt at configure time, and by the packaging
# test with other values:
#   cmake -DSOURCE_DIR=<repository> -DOUTPUT_DIR=<dir> -DVERSION=<x.y.z> -DRELEASE_DATE=<yyyy-mm-dd>
#         [-DHOMEPAGE=<url>] [-DBUGTRACKER=<url>] [-DCONTACT=<e-mail>] [-DSCREENSHOTS=<url of docs/screenshots>]
#         -P package-files.cmake
foreach(required SOURCE_DIR OUTPUT_DIR VERSION RELEASE_DATE)
    if(NOT ${required})
        message(FATAL_ERROR "package-files.cmake: ${required} is not set")
    endif()
endforeach()
set(app_id io.github.gongdirectory.GongDirectory)
set(PROJECT_VERSION ${VERSION})
set(GONGDIR_RELEASE_DATE ${RELEASE_DATE})

function(xml_escape out text)
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    string(REPLACE "\"" "&quot;" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# AppStream: homepage, bug tracker, contact and screenshots, each only when set.
set(links "")
foreach(type IN ITEMS homepage bugtracker)
    string(TOUPPER ${type} name)
    if(${name})
        xml_escape(url "${${name}}")
        string(APPEND links "  <url type=\"${type}\">${url}</url>\n")
    endif()
endforeach()
if(CONTACT)
    xml_escape(address "${CONTACT}")
    string(APPEND links "  <update_contact>${address}</update_contact>\n")
endif()
if(SCREENSHOTS)
    xml_escape(base "${SCREENSHOTS}")
    string(APPEND links
        "  <screenshots>\n"
        "    <screenshot type=\"default\">\n"
        "      <caption>People table with filters and details</caption>\n"
        "      <image>${base}/light-main-window.png</image>\n"
        "    </screenshot>\n"
        "    <screenshot>\n"
        "      <caption>The org chart with report counts</caption>\n"
        "      <image>${base}/light-org-chart.png</image>\n"
        "    </screenshot>\n"
        "    <screenshot>\n"
        "      <caption>The same window in the dark appearance</caption>\n"
        "      <image>${base}/dark-main-window.png</image>\n"
        "    </screenshot>\n"
        "  </screenshots>\n")
endif()
set(GONGDIR_METAINFO_LINKS "${links}")
configure_file(${SOURCE_DIR}/packaging/${app_id}.metainfo.xml.in ${OUTPUT_DIR}/${app_id}.metainfo.xml @ONLY)

# The man page: where to report bugs and read more, only when known. Dashes in URLs are escaped for groff.
set(man "")
foreach(section IN ITEMS "BUGTRACKER;REPORTING BUGS" "HOMEPAGE;SEE ALSO")
    list(GET section 0 name)
    list(GET section 1 title)
    if(${name})
        string(REPLACE "-" "\\-" url "${${name}}")
        string(APPEND man ".SH ${title}\n${url}\n")
    endif()
endforeach()
string(REGEX REPLACE "\n$" "" GONGDIR_MAN_LINKS "${man}")
configure_file(${SOURCE_DIR}/packaging/gong-directory.1.in ${OUTPUT_DIR}/gong-directory.1 @ONLY)

# Debian's machine-readable copyright file (DEP-5), its licence text taken from LICENSE: MIT is "Expat" there.
file(READ ${SOURCE_DIR}/LICENSE license)
if(NOT license MATCHES "Copyright \\(c\\) ([^\n]+)\n\n(.*)$")
    message(FATAL_ERROR "package-files.cmake: LICENSE has no \"Copyright (c) ...\" line")
endif()
set(holder "${CMAKE_MATCH_1}")
string(STRIP "${CMAKE_MATCH_2}" terms)
string(REGEX REPLACE "\n\n" "\n.\n" terms "${terms}")
string(REGEX REPLACE "\n" "\n " terms "${terms}")
set(header "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: gong-directory\n")
if(CONTACT)
    string(APPEND header "Upstream-Contact: ${CONTACT}\n")
endif()
if(HOMEPAGE)
    string(APPEND header "Source: ${HOMEPAGE}\n")
endif()
file(WRITE ${OUTPUT_DIR}/copyright
    "${header}\nFiles: *\nCopyright: ${holder}\nLicense: Expat\n\nLicense: Expat\n ${terms}\n")
