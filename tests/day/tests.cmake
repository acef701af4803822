# A carer's day: checklists and their evidence, visits, and the prompt rules.
safehaven_add_test(tst_checklists day/tst_checklists.cpp LABELS day)
safehaven_add_test(tst_visits day/tst_visits.cpp LABELS day)
safehaven_add_test(tst_prompts day/tst_prompts.cpp LABELS day)
