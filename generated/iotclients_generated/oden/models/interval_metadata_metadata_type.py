from enum import StrEnum


class IntervalMetadataMetadataType(StrEnum):
    BATCH = "batch"
    CUSTOM = "custom"
    RUN = "run"
    STATE = "state"

    def __str__(self) -> str:
        return str(self.value)
