# End to end: the desk, a real nginx relay and devices as separate processes on loopback.
# Runs inside scripts/test's keyring session (devices keep their secret in the Secret Service).
add_library(safehaven_e2e STATIC e2e/e2eworld.cpp e2e/e2eworld.h)
target_include_directories(safehaven_e2e PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/e2e)
target_link_libraries(safehaven_e2e PUBLIC safehaven_testsupport PRIVATE safehaven_build_flags)
target_compile_definitions(safehaven_e2e PRIVATE
    SAFEHAVEN_RELAY_SCRIPT="${PROJECT_SOURCE_DIR}/scripts/relay"
    SAFEHAVEN_COUNCIL_BINARY="$<TARGET_FILE:safehaven-council>"
    SAFEHAVEN_CLI_BINARY="$<TARGET_FILE:safehaven-cli>")
add_dependencies(safehaven_e2e safehaven-council safehaven-cli)

function(safehaven_add_e2e_test name)
    safehaven_add_test(${name} e2e/${name}.cpp LABELS e2e)
    target_link_libraries(${name} PRIVATE safehaven_e2e)
    # The plaintext sweep (tests/security/tests.cmake) reruns every one of them.
    set_property(GLOBAL APPEND PROPERTY SAFEHAVEN_E2E_TESTS ${name})
endfunction()

safehaven_add_e2e_test(tst_e2e_story)
safehaven_add_e2e_test(tst_e2e_rejections)
safehaven_add_e2e_test(tst_e2e_crash)
target_compile_definitions(tst_e2e_crash PRIVATE
    SAFEHAVEN_KEYRING_SESSION="${PROJECT_SOURCE_DIR}/scripts/lib/keyring-session"
    SAFEHAVEN_CLI_PATH="$<TARGET_FILE:safehaven-cli>")
safehaven_add_e2e_test(tst_e2e_breach)
safehaven_add_e2e_test(tst_e2e_consent)
safehaven_add_e2e_test(tst_e2e_evidence)
# Altered packets on the relay, files the desk refuses, a full disk on the device (root: tmpfs).
safehaven_add_e2e_test(tst_e2e_badinput)
