from enum import StrEnum


class EventType(StrEnum):
    ALARM = "Alarm"
    NOTIFICATION = "Notification"
    WARNING = "Warning"

    def __str__(self) -> str:
        return str(self.value)
