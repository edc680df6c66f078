"""Turns the hand-written specs in ``specs/`` into the packages under ``generated/``.

``python -m generator generate [--vendor NAME]`` writes them, ``check`` regenerates into a temporary
tree and fails naming every file that differs, ``lint`` applies our spec rules.
"""
