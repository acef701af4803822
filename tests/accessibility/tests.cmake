# The accessibility walk: every screen, light and dark, 100% and 200% text, checked for names
# and roles, 48 px targets, 4.5:1 text contrast, text that fits, and keyboard/switch reach.
add_executable(tst_accessibility ${CMAKE_CURRENT_LIST_DIR}/tst_accessibility.cpp)
target_link_libraries(tst_accessibility PRIVATE
    safehaven_shell safehaven_viewmodelsplugin safehaven_uiplugin safehaven_testsupport
    Qt6::Quick Qt6::QuickTest Qt6::Test safehaven_build_flags)
add_test(NAME tst_accessibility COMMAND tst_accessibility)
set_tests_properties(tst_accessibility PROPERTIES
    ENVIRONMENT "${SAFEHAVEN_TEST_ENV}" LABELS "ui;accessibility" TIMEOUT 300)
