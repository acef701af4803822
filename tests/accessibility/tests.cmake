# The accessibility walk: every screen, light and dark, 100% and 200% text, checked for names
# and roles, 48 px targets, 4.5:1 text contrast, text that fits, and keyboard/switch reach.
# tst_accessibility.h holds the Q_OBJECT test class, so it is listed for AUTOMOC to see.
set(SAFEHAVEN_A11Y_DIR ${CMAKE_CURRENT_LIST_DIR})
add_executable(tst_accessibility
    ${SAFEHAVEN_A11Y_DIR}/tst_accessibility.h
    ${SAFEHAVEN_A11Y_DIR}/tst_accessibility.cpp
    ${SAFEHAVEN_A11Y_DIR}/checks_names_targets_contrast.cpp
    ${SAFEHAVEN_A11Y_DIR}/checks_text.cpp
    ${SAFEHAVEN_A11Y_DIR}/checks_keyboard.cpp
    ${SAFEHAVEN_A11Y_DIR}/thresholds.h
    ${SAFEHAVEN_A11Y_DIR}/findings.h
    ${SAFEHAVEN_A11Y_DIR}/colour.h
    ${SAFEHAVEN_A11Y_DIR}/colour.cpp
    ${SAFEHAVEN_A11Y_DIR}/itemtree.h
    ${SAFEHAVEN_A11Y_DIR}/itemtree.cpp
    ${SAFEHAVEN_A11Y_DIR}/readingorder.h
    ${SAFEHAVEN_A11Y_DIR}/readingorder.cpp)
target_link_libraries(tst_accessibility PRIVATE
    safehaven_shell safehaven_viewmodelsplugin safehaven_uiplugin safehaven_testsupport
    Qt6::Quick Qt6::QuickTest Qt6::Test safehaven_build_flags)
add_test(NAME tst_accessibility COMMAND tst_accessibility)
set_tests_properties(tst_accessibility PROPERTIES
    ENVIRONMENT "${SAFEHAVEN_TEST_ENV}" LABELS "ui;accessibility" TIMEOUT 300)
