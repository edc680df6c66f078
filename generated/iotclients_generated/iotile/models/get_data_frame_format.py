from enum import StrEnum


class GetDataFrameFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    TXT = "txt"

    def __str__(self) -> str:
        return str(self.value)
