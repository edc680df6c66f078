from enum import StrEnum


class StateMetadataMetadataType(StrEnum):
    STATE = "state"

    def __str__(self) -> str:
        return str(self.value)
