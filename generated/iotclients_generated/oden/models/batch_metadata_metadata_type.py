from enum import StrEnum


class BatchMetadataMetadataType(StrEnum):
    BATCH = "batch"

    def __str__(self) -> str:
        return str(self.value)
