from enum import StrEnum


class ReadSerialNumberShow(StrEnum):
    LOG = "log"

    def __str__(self) -> str:
        return str(self.value)
