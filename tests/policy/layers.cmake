# SPDX-License-Identifier: MIT
# Fails when a folder of the core (app/<layer>/) reaches beyond the layers app/layers.cmake lets it use:
#   - an include of another layer's header ("<layer>/x.h") that is not one of the layers it uses,
#   - an include of a file outside its own folder without a layer ("mainwindow.h", "../ui/x.h": the core never
#     includes ui/ or tests/),
#   - Qt Widgets anywhere in the core (also QtPrintSupport, QtSvgWidgets and the graphics view, which need it),
#   - a folder of app/ that is not a layer, or a layer that uses one listed after it (a cycle).
# Run: cmake -DSOURCE_DIR=<repo> -P layers.cmake
#      cmake -DSOURCE_DIR=<repo> -DSELF_TEST_DIR=<scratch folder> -P layers.cmake
#        (checks that a tree with one violation of each kind fails with exactly those violations)

cmake_minimum_required(VERSION 3.25)

function(gongdir_check_layers app_dir out_violations out_files)
    set(GONGDIR_LAYERS)
    include(${app_dir}/layers.cmake)
    set(violations "")
    set(seen "")
    foreach(layer IN LISTS GONGDIR_LAYERS)
        foreach(used IN LISTS GONGDIR_LAYER_USES_${layer})
            if(NOT used IN_LIST seen)
                string(APPEND violations "layers.cmake: ${layer} uses ${used}, which is not listed before it\n")
            endif()
        endforeach()
        list(APPEND seen ${layer})
    endforeach()
    file(GLOB children LIST_DIRECTORIES true RELATIVE ${app_dir} ${app_dir}/*)
    foreach(child IN LISTS children)
        if(IS_DIRECTORY ${app_dir}/${child} AND NOT child IN_LIST GONGDIR_LAYERS)
            string(APPEND violations "app/${child}/ is not a layer in app/layers.cmake\n")
        endif()
    endforeach()
    set(count 0)
    foreach(layer IN LISTS GONGDIR_LAYERS)
        file(GLOB_RECURSE sources RELATIVE ${app_dir} ${app_dir}/${layer}/*.h ${app_dir}/${layer}/*.cpp)
        foreach(rel IN LISTS sources)
            math(EXPR count "${count} + 1")
            file(STRINGS ${app_dir}/${rel} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
            foreach(line IN LISTS includes)
                # Widgets, and the modules that link it (printing, SVG widgets, graphics view); QtGui itself is allowed.
                if(line MATCHES "#[ \t]*include[ \t]*<(QtWidgets/|QWidget|QApplication|QDialog|QMainWindow|QtPrintSupport/|QPrint|QtSvgWidgets/|QSvgWidget|QGraphics)")
                    string(APPEND violations "app/${rel}: Qt Widgets in the core: ${line}\n")
                    continue()
                endif()
                if(NOT line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
                    continue()
                endif()
                set(header ${CMAKE_MATCH_1})
                if(header MATCHES "\\.\\.")
                    string(APPEND violations "app/${rel}: includes through '..': ${header}\n")
                elseif(header MATCHES "^([^/]+)/")
                    set(target_layer ${CMAKE_MATCH_1})
                    if(NOT target_layer IN_LIST GONGDIR_LAYERS)
                        string(APPEND violations "app/${rel}: includes ${header}, which is not in a layer of the core\n")
                    elseif(NOT target_layer STREQUAL layer AND NOT target_layer IN_LIST GONGDIR_LAYER_USES_${layer})
                        string(APPEND violations
                               "app/${rel}: includes ${header}, but ${layer} does not use ${target_layer}\n")
                    endif()
                elseif(NOT EXISTS ${app_dir}/${layer}/${header})
                    get_filename_component(dir ${app_dir}/${rel} DIRECTORY)
                    if(NOT EXISTS ${dir}/${header})
                        string(APPEND violations "app/${rel}: includes ${header}, which is not in app/${layer}/\n")
                    endif()
                endif()
            endforeach()
        endforeach()
    endforeach()
    set(${out_violations} "${violations}" PARENT_SCOPE)
    set(${out_files} ${count} PARENT_SCOPE)
endfunction()

if(SELF_TEST_DIR)
    set(app ${SELF_TEST_DIR}/app)
    file(REMOVE_RECURSE ${SELF_TEST_DIR})
    file(MAKE_DIRECTORY ${app}/low ${app}/high ${app}/stray)
    file(WRITE ${app}/layers.cmake "set(GONGDIR_LAYERS low high)\nset(GONGDIR_LAYER_USES_low high)\n"
                                   "set(GONGDIR_LAYER_USES_high low)\n")
    file(WRITE ${app}/low/a.h "#pragma once\n#include \"b.h\"\n#include \"low/b.h\"\n#include <QString>\n")
    file(WRITE ${app}/low/b.h "#pragma once\n")
    file(WRITE ${app}/high/c.cpp "#include \"low/a.h\"\n#include \"mainwindow.h\"\n#include \"../ui/x.h\"\n"
                                 "#include <QWidget>\n#include \"ui/x.h\"\n#include <QPrinter>\n#include <QPainter>\n")
    gongdir_check_layers(${app} violations files)
    set(expected
        "layers.cmake: low uses high, which is not listed before it\n"
        "app/stray/ is not a layer in app/layers.cmake\n"
        "app/high/c.cpp: includes mainwindow.h, which is not in app/high/\n"
        "app/high/c.cpp: includes through '..': ../ui/x.h\n"
        "app/high/c.cpp: Qt Widgets in the core: #include <QWidget>\n"
        "app/high/c.cpp: includes ui/x.h, which is not in a layer of the core\n"
        "app/high/c.cpp: Qt Widgets in the core: #include <QPrinter>\n")
    string(CONCAT expected ${expected})
    if(NOT violations STREQUAL expected)
        message(FATAL_ERROR "the layer check missed or invented a violation.\nexpected:\n${expected}\ngot:\n${violations}")
    endif()
    message(STATUS "the layer check reports each kind of violation in a planted tree")
    return()
endif()

gongdir_check_layers(${SOURCE_DIR}/app violations files)
if(files LESS 10)
    message(FATAL_ERROR "only ${files} files found under ${SOURCE_DIR}/app")
endif()
if(violations)
    message(FATAL_ERROR "the core's layers are crossed (see app/layers.cmake):\n${violations}")
endif()
message(STATUS "checked ${files} files of app/: every include stays within its layer and the layers below it")
