# SPDX-License-Identifier: MIT
# CPack's post-build step (CPACK_POST_BUILD_SCRIPTS): finishes the -dbgsym package as Debian's own are made
# (dh_strip), since CPack 3.25 leaves three things lintian rejects: its md5sums name the staging paths instead of the
# packaged files, the .debug files are executable, and it has no documentation (a dbgsym package links its doc
# folder to the package it belongs to). Repacked with gzip, as CPack packs (xz takes a minute for the debug info).
find_program(DPKG_DEB dpkg-deb REQUIRED)
foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(NOT package MATCHES "-dbgsym_[^/]*\\.d?deb$")
        continue()
    endif()
    set(tree ${package}.tree)
    file(REMOVE_RECURSE ${tree})
    execute_process(COMMAND ${DPKG_DEB} --raw-extract ${package} ${tree} COMMAND_ERROR_IS_FATAL ANY)
    file(STRINGS ${tree}/DEBIAN/control depends REGEX "^Depends: ")
    string(REGEX REPLACE "^Depends: ([^ ]+) .*" "\\1" main "${depends}")
    file(STRINGS ${tree}/DEBIAN/control name REGEX "^Package: ")
    string(REGEX REPLACE "^Package: " "" name "${name}")

    file(GLOB_RECURSE debug_files RELATIVE ${tree} ${tree}/usr/lib/debug/*)
    set(md5sums "")
    foreach(f IN LISTS debug_files)
        file(CHMOD ${tree}/${f} PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
        file(MD5 ${tree}/${f} sum)
        string(APPEND md5sums "${sum}  ${f}\n")
    endforeach()
    file(WRITE ${tree}/DEBIAN/md5sums "${md5sums}")
    file(MAKE_DIRECTORY ${tree}/usr/share/doc)
    file(CREATE_LINK ${main} ${tree}/usr/share/doc/${name} SYMBOLIC)

    file(REMOVE ${package})
    execute_process(COMMAND ${DPKG_DEB} --root-owner-group -Zgzip --build ${tree} ${package}
                    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE ${tree})
endforeach()
