# Placement end and evidence: paper register, close-down, audit digest, training, what we hold.
safehaven_add_test(tst_evidence evidence/tst_evidence.cpp LABELS core)
target_include_directories(tst_evidence PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/day)
