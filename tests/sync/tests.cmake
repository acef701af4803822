# Tests for the packet protocol, enrolment and the device's sync state.
safehaven_add_test(tst_packet sync/tst_packet.cpp LABELS sync)
safehaven_add_test(tst_enrolment sync/tst_enrolment.cpp LABELS sync)
safehaven_add_test(tst_devicesync sync/tst_devicesync.cpp LABELS sync)
# The council's minimum app version (MASVS-CODE-2).
safehaven_add_test(tst_appversion sync/tst_appversion.cpp LABELS sync)
target_include_directories(tst_appversion PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/day)
