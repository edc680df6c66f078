from enum import StrEnum


class AnalyticsItemLevel(StrEnum):
    ORGANIZATION = "organization"
    PLATFORM = "platform"
    SUBSCRIPTION = "subscription"

    def __str__(self) -> str:
        return str(self.value)
