from enum import StrEnum


class StreamDataWriteType(StrEnum):
    ITR = "ITR"
    NUM = "Num"

    def __str__(self) -> str:
        return str(self.value)
