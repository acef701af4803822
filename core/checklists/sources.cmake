# The safe-handling checklists: content as data, the built-in set, completions kept as evidence.
target_sources(safehaven_core PRIVATE
    checklists/builtinchecklists.cpp
    checklists/checklistbook.cpp checklists/checklistbook.h
    checklists/checklistcontent.cpp checklists/checklistcontent.h
    checklists/checklistevidence.cpp checklists/checklistevidence.h
)
