# The relay client: HTTPS with a pinned server certificate and a client certificate.
