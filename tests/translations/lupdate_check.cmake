# Fails when lupdate would add a source text that translations/*.ts does not translate yet,
# or when a .ts file holds an unfinished entry (issue: "a test fails when lupdate would add
# strings that are not translated"). Runs lupdate on copies, so the source tree is untouched.
#
#   cmake -DPROJECT_CMAKE=… -DGENERATOR_SCRIPT=… -DLUPDATE=… -DTS_DIR=… -DWORK_DIR=… -P lupdate_check.cmake
foreach(var PROJECT_CMAKE GENERATOR_SCRIPT LUPDATE TS_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "lupdate_check.cmake: ${var} is not set")
    endif()
endforeach()
if(NOT EXISTS "${PROJECT_CMAKE}")
    message(FATAL_ERROR "${PROJECT_CMAKE} is missing: qt_add_translations no longer writes its lupdate project there")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${TS_DIR}/*.ts")
set(copies)
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_CMAKE}
        -DOUT_FILE=${WORK_DIR}/project.json -P "${GENERATOR_SCRIPT}"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project file")
endif()
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete
        -locations none -ts ${copies}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${out}${err}")
endif()

set(failures "")
foreach(ts IN LISTS copies)
    file(READ "${ts}" text)
    string(REGEX MATCHALL "type=\"unfinished\"" marks "${text}")
    list(LENGTH marks count)
    if(count GREATER 0)
        # Name them: a <source> followed by its unfinished <translation>.
        string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"unfinished\"" hits "${text}")
        string(APPEND failures "\n${ts}: ${count} untranslated\n")
        foreach(hit IN LISTS hits)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${hit}")
            string(APPEND failures "    ${source}\n")
        endforeach()
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "strings without a translation (run the civic_applib_lupdate target, then translate them):${failures}")
endif()
message(STATUS "every source string is translated in ${TS_DIR}")
