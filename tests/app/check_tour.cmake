# Runs `safehaven --tour OUT` and checks that every main screen was written as a PNG.
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${APP}" --tour "${OUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "tour failed (${rc}):\n${out}\n${err}")
endif()
foreach(screen pin-setup-phone today-phone today-tablet lock-screen-phone lock-screen-tablet
        lock-wait-phone erased-phone keystore-unavailable-phone settings-tablet-dark
        documents-phone documents-tablet document-viewer-phone document-viewer-tablet
        document-viewer-text-phone checklist-travel-phone checklist-travel-tablet
        visits-phone visits-tablet guidance-phone guidance-tablet add-visit-phone checklists-phone
        report-hub-phone report-hub-tablet breach-form-phone breach-form-tablet
        breach-status-phone breach-status-tablet concern-phone concern-tablet
        lost-something-phone lost-something-tablet
        permission-to-share-phone permission-to-share-tablet share-decision-phone
        share-decision-tablet
        today-placement-ended-phone today-placement-ended-tablet close-down-phone close-down-tablet
        people-records-phone people-records-tablet paper-register-phone paper-register-tablet what-we-hold-phone what-we-hold-tablet
        settings-training-phone settings-training-tablet)
    file(GLOB found "${OUT}/*-${screen}.png")
    if(NOT found)
        message(FATAL_ERROR "tour wrote no screenshot of ${screen}")
    endif()
    list(GET found 0 found)
    file(SIZE "${found}" size)
    if(size LESS 2000)
        message(FATAL_ERROR "screenshot ${found} is suspiciously small (${size} bytes)")
    endif()
endforeach()
