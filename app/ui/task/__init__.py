"""One task's detail: task, progress and targets panels and the undoable commands they push."""
