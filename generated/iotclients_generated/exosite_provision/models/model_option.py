from enum import StrEnum


class ModelOption(StrEnum):
    NOALIASES = "noaliases"
    NOCOMMENTS = "nocomments"
    NOHISTORICAL = "nohistorical"

    def __str__(self) -> str:
        return str(self.value)
