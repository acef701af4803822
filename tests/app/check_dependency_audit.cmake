# scripts/deps-audit lists every named component as installed, with the Debian security
# archive's verdict, and its --strict gate agrees with the count of waiting updates.
execute_process(COMMAND "${SCRIPT}" --build "${BUILD}" --strict
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
foreach(package libqt6core6 libqt6quick6 libqt6pdf6 libsqlcipher0 libsodium23 libqt6keychain1
        nginx libssl3)
    if(NOT out MATCHES "\n${package} +[^ ]+ +(current|UPDATE) ")
        message(FATAL_ERROR "deps-audit does not list ${package} as installed:\n${out}${err}")
    endif()
endforeach()
# Libraries found from the binaries themselves, not only the named list.
if(NOT out MATCHES "\nlibc6 ")
    message(FATAL_ERROR "deps-audit did not read what the binaries link:\n${out}")
endif()
if(NOT out MATCHES "security updates waiting: ([0-9]+), missing: 0")
    message(FATAL_ERROR "deps-audit summary missing or a component is missing:\n${out}${err}")
endif()
set(waiting ${CMAKE_MATCH_1})
string(REGEX MATCHALL "\n[^ \n]+ +[^ ]+ +UPDATE " rows "${out}")
list(LENGTH rows update_rows)
if(NOT update_rows EQUAL waiting)
    message(FATAL_ERROR "deps-audit counts ${waiting} updates but marks ${update_rows} rows")
endif()
if((waiting GREATER 0 AND rc EQUAL 0) OR (waiting EQUAL 0 AND NOT rc EQUAL 0))
    message(FATAL_ERROR "deps-audit --strict exit ${rc} disagrees with ${waiting} waiting updates")
endif()
message(STATUS "deps-audit: ${waiting} security update(s) waiting on this machine")
