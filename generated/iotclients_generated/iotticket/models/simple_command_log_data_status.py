from enum import StrEnum


class SimpleCommandLogDataStatus(StrEnum):
    ACKNOWLEDGED = "Acknowledged"
    FAILED = "Failed"
    PENDING = "Pending"
    SENT = "Sent"

    def __str__(self) -> str:
        return str(self.value)
