"""Cross-document entity resolution: keys and profiles, pairwise rules, grouping, decisions.

The entry point is ``sijill.register.resolve.resolve_pending``; people's own decisions go
through ``sijill.register.resolution.decisions``.
"""
