# The document library: opening a document with evidence, and retention (docs/carers-day.md).
target_sources(safehaven_core PRIVATE
    library/documentaccess.cpp library/documentaccess.h
    library/zeroingbytes.cpp library/zeroingbytes.h
)
