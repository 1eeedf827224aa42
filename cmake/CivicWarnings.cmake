# Compiler settings for CivicDesk's own targets. Third-party headers come in as
# SYSTEM includes, so these warnings apply to our code only.
function(civic_target_defaults target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8 /permissive-)
        if(CIVIC_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
            $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
            -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
            -Wno-missing-field-initializers)
        if(CIVIC_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_UP_TO=0x060400
        CIVIC_VERSION="${PROJECT_VERSION}")
endfunction()
