from enum import StrEnum


class SerialnumberInfoShow(StrEnum):
    LOG = "log"

    def __str__(self) -> str:
        return str(self.value)
