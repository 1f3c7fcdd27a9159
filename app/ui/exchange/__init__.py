"""The progress exchange workbooks (send/receive/review) and the register of agencies' reports."""
