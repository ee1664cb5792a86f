"""The case-handling domain: states, rules, deadlines and use-case services.

Pure Python: no network, database or chat library is imported here.
"""
