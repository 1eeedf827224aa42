# civic_add_test(<name> SOURCES <files…> LIBS <targets…> [GUI] [LABELS <labels…>]
#                [ENVIRONMENT <VAR=value…>] [TIMEOUT <seconds>] [WRAPPER <command…>])
#
# One Qt Test executable per unit, registered with CTest. GUI tests run on the offscreen
# platform; every test gets its own temporary HOME/XDG dirs through QStandardPaths' test mode
# in the test itself.
function(civic_add_test name)
    cmake_parse_arguments(arg "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT;WRAPPER" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBS})
    civic_target_defaults(${name})
    target_compile_definitions(${name} PRIVATE
        CIVIC_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
        CIVIC_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        CIVIC_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${arg_WRAPPER} $<TARGET_FILE:${name}>)
    set(env ${arg_ENVIRONMENT})
    if(arg_GUI)
        list(APPEND env QT_QPA_PLATFORM=offscreen)
    endif()
    if(env)
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    endif()
    if(arg_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}")
    endif()
    if(arg_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${arg_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endif()
endfunction()
