# Permission to share (docs/permission-to-share.md): parsing, states, the volunteer filter,
# purges at sync, the carer's changes and share decisions.
safehaven_add_test(tst_consent consent/tst_consent.cpp LABELS core)
target_link_libraries(tst_consent PRIVATE safehaven_shell)
