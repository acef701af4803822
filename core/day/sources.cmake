# A carer's day: the de-personalised visit diary and the rules that prompt a checklist.
target_sources(safehaven_core PRIVATE
    day/promptplanner.cpp day/promptplanner.h
    day/visitbook.cpp day/visitbook.h
)
