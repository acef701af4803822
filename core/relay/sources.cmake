# The relay client: HTTPS with a pinned server certificate and a client certificate.
target_sources(safehaven_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/relayclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/relayclient.h)
