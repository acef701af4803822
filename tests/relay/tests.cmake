# Tests for relay: the council's PKI and bundle, and the relay client against a real nginx
# started by scripts/relay from a bundle in a temporary folder.
safehaven_add_test(tst_pki relay/tst_pki.cpp LABELS relay)
find_package(OpenSSL 3 REQUIRED) # tst_pki checks the certificates with OpenSSL's own verifier
target_link_libraries(tst_pki PRIVATE safehaven_council_pki OpenSSL::Crypto)

safehaven_add_test(tst_relay relay/tst_relay.cpp LABELS relay)
target_link_libraries(tst_relay PRIVATE safehaven_council_pki)
target_compile_definitions(tst_relay PRIVATE
    SAFEHAVEN_RELAY_SCRIPT="${PROJECT_SOURCE_DIR}/scripts/relay"
    SAFEHAVEN_RELAY_TEMPLATE="${PROJECT_SOURCE_DIR}/council/relay/nginx.conf.in")
