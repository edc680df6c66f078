from enum import StrEnum


class CustomMetadataMetadataType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
