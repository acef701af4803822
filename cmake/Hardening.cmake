# Compiler warnings, hardening and sanitizer flags shared by every target of the project.
# Applied through an interface library so third-party code is not affected.
add_library(safehaven_build_flags INTERFACE)

target_compile_options(safehaven_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
    -fstack-protector-strong -fstack-clash-protection -fcf-protection)
target_compile_definitions(safehaven_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(safehaven_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(SAFEHAVEN_WERROR)
    target_compile_options(safehaven_build_flags INTERFACE -Werror)
endif()

if(SAFEHAVEN_SANITIZE)
    target_compile_options(safehaven_build_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(safehaven_build_flags INTERFACE -fsanitize=address,undefined)
endif()
