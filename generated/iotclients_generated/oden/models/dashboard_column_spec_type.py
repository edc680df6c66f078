from enum import StrEnum


class DashboardColumnSpecType(StrEnum):
    BOOLEAN = "boolean"
    DATETIME = "datetime"
    NUMBER = "number"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
