from enum import StrEnum


class DataType(StrEnum):
    BOOLEAN = "boolean"
    DOUBLE = "double"
    LONG = "long"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
