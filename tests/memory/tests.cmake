# Memory zeroing: the test binary replaces glibc's malloc family (glibc lets the main program do
# that) and looks into every block as it is freed. Not under the sanitizers, which own malloc.
if(NOT SAFEHAVEN_SANITIZE AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # LD_BIND_NOW: the dynamic linker's lazy binding saves the vector registers on the stack
    # (xsave) at a library function's first call, and they hold whatever was last copied or
    # compared, up to 256 bytes of it; binding everything at start keeps that out of the search
    # (docs/security/crash-and-memory.md, "Limits").
    safehaven_add_test(tst_memoryzeroing memory/tst_memoryzeroing.cpp LABELS core
        ENVIRONMENT "LD_BIND_NOW=1")
    target_compile_definitions(tst_memoryzeroing PRIVATE SQLITE_HAS_CODEC)
    target_link_libraries(tst_memoryzeroing PRIVATE PkgConfig::SQLCIPHER)
endif()
