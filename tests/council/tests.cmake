# Tests for the officer's desk: the library without a network (tst_desk) and the real
# safehaven-council process (tst_desk_cli, with a relay from scripts/relay for sending).
safehaven_add_test(tst_desk council/tst_desk.cpp LABELS council)
target_link_libraries(tst_desk PRIVATE safehaven_desk Qt6::Gui)

safehaven_add_test(tst_desk_cli council/tst_desk_cli.cpp LABELS council)
target_link_libraries(tst_desk_cli PRIVATE safehaven_desk)
add_dependencies(tst_desk_cli safehaven-council)
target_compile_definitions(tst_desk_cli PRIVATE
    SAFEHAVEN_COUNCIL_BIN="$<TARGET_FILE:safehaven-council>"
    SAFEHAVEN_RELAY_SCRIPT="${PROJECT_SOURCE_DIR}/scripts/relay")

# Audit digests (tamper findings), paper-returned receipts and `checklists publish` at the desk.
safehaven_add_test(tst_desk_evidence council/tst_desk_evidence.cpp LABELS council)
target_link_libraries(tst_desk_evidence PRIVATE safehaven_desk)
