# The document library: opening with evidence, retention purges, the demo library and the
# benchmark fixtures (5,000 documents, a 5 MB PDF).
find_package(Qt6 REQUIRED COMPONENTS Gui Pdf)
safehaven_add_test(tst_library library/tst_library.cpp LABELS core)
target_link_libraries(tst_library PRIVATE safehaven_shell Qt6::Gui Qt6::Pdf)
