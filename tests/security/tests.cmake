# Security proof: no personal data on disk or in logs (docs/security/plaintext-and-logs.md).
# tst_log_sweep: a whole device run in-process, every category at debug, no log line holds a
# marker or a personal field. Needs the keyring session and nginx, like the e2e tests.
safehaven_add_test(tst_log_sweep security/tst_log_sweep.cpp LABELS security)
target_link_libraries(tst_log_sweep PRIVATE safehaven_e2e)

# plaintext_sweep: every e2e executable again under one sweep root, all logging at debug and
# every desk and device process's output kept; then every file of the run is searched. The
# script checks that every tests/e2e/tst_e2e_*.cpp is among the executables it was given.
get_property(SAFEHAVEN_E2E_TESTS GLOBAL PROPERTY SAFEHAVEN_E2E_TESTS)
set(SAFEHAVEN_E2E_FILES)
foreach(test IN LISTS SAFEHAVEN_E2E_TESTS)
    list(APPEND SAFEHAVEN_E2E_FILES $<TARGET_FILE:${test}>)
endforeach()
add_test(NAME plaintext_sweep COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/security/plaintext_sweep.sh
    ${CMAKE_CURRENT_BINARY_DIR}/plaintext-sweep ${CMAKE_CURRENT_SOURCE_DIR}/e2e
    ${SAFEHAVEN_E2E_FILES})
set_tests_properties(plaintext_sweep PROPERTIES
    ENVIRONMENT "${SAFEHAVEN_TEST_ENV}" LABELS "security;e2e" TIMEOUT 600)

# The clipboard: no source of the app touches it (the viewer's text is a plain Label; the QML
# test tst_carersday.qml test_nothingFromTheViewerReachesTheClipboard checks it at run time).
add_test(NAME no_clipboard_in_app COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR}
    -P ${CMAKE_CURRENT_SOURCE_DIR}/security/check_no_clipboard.cmake)
set_tests_properties(no_clipboard_in_app PROPERTIES LABELS "security;style")

# The sweep already runs every e2e executable (and fails, with their FAIL! lines, if one does),
# so by default their own entries do not run a second time: about three minutes saved. Turn
# this off to run each one on its own as before (ctest -R tst_e2e_story).
option(SAFEHAVEN_E2E_ONLY_IN_SWEEP "Run the e2e executables only inside plaintext_sweep" ON)
if(SAFEHAVEN_E2E_ONLY_IN_SWEEP)
    set_tests_properties(${SAFEHAVEN_E2E_TESTS} PROPERTIES DISABLED TRUE)
endif()
