from enum import StrEnum


class RunOqlQueryFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    JSONEXTENDED = "jsonextended"

    def __str__(self) -> str:
        return str(self.value)
