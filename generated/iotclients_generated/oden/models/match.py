from enum import StrEnum


class Match(StrEnum):
    ALL = "all"
    FIRST = "first"
    LAST = "last"
    UNIQUE = "unique"

    def __str__(self) -> str:
        return str(self.value)
