# MASVS-RESILIENCE-3 does not apply because the binaries hold nothing secret: every key is made
# on the device or arrives in the enrolment. A private key built into a binary fails here.
foreach(binary ${BINARIES})
    if(NOT EXISTS "${binary}")
        message(FATAL_ERROR "missing binary ${binary}")
    endif()
    file(STRINGS "${binary}" hits REGEX
        "-----BEGIN ([A-Z]+ )?PRIVATE KEY-----|-----BEGIN OPENSSH PRIVATE KEY|PuTTY-User-Key-File")
    if(hits)
        message(FATAL_ERROR "private key material in ${binary}: ${hits}")
    endif()
endforeach()
list(LENGTH BINARIES count)
message(STATUS "no private keys in ${count} binaries")
