"""Pure rules of the domain: deadlines, reporting periods, task state, targets, Vietnamese text.

Nothing here imports Qt, SQLAlchemy or any other layer of the program.
"""
