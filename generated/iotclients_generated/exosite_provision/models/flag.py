from enum import StrEnum


class Flag(StrEnum):
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
