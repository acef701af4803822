# Breach reports and confidentiality concerns (core/reports, docs/breach-reporting.md).
safehaven_add_test(tst_reports reports/tst_reports.cpp LABELS reports)
target_include_directories(tst_reports PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/day)
