from enum import StrEnum


class StatisticsPeriod(StrEnum):
    CURRENTDAY = "CurrentDay"
    CURRENTMOMENT = "CurrentMoment"
    CURRENTMONTH = "CurrentMonth"
    CURRENTQUARTER = "CurrentQuarter"
    CURRENTWEEK = "CurrentWeek"
    CURRENTYEAR = "CurrentYear"
    CUSTOM = "Custom"
    PREVIOUSDAY = "PreviousDay"
    PREVIOUSMONTH = "PreviousMonth"
    PREVIOUSQUARTER = "PreviousQuarter"
    PREVIOUSWEEK = "PreviousWeek"
    PREVIOUSYEAR = "PreviousYear"

    def __str__(self) -> str:
        return str(self.value)
