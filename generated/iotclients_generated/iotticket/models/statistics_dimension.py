from enum import StrEnum


class StatisticsDimension(StrEnum):
    DAY = "Day"
    HOUR = "Hour"
    MINUTE = "Minute"
    MONTH = "Month"
    QUARTER = "Quarter"
    WEEK = "Week"
    YEAR = "Year"

    def __str__(self) -> str:
        return str(self.value)
