from enum import StrEnum


class RunMetadataMetadataType(StrEnum):
    RUN = "run"

    def __str__(self) -> str:
        return str(self.value)
