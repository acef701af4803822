# Memory zeroing: the test binary replaces glibc's malloc family (glibc lets the main program do
# that) and looks into every block as it is freed. Not under the sanitizers, which own malloc.
if(NOT SAFEHAVEN_SANITIZE AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    safehaven_add_test(tst_memoryzeroing memory/tst_memoryzeroing.cpp LABELS core)
endif()
