from enum import StrEnum


class AttributeType(StrEnum):
    ASSETEVENT = "AssetEvent"
    CALCULATED = "Calculated"
    COMMAND = "Command"
    DEVICEEVENT = "DeviceEvent"
    NUMBER = "Number"
    STRING = "String"
    TELEMETRYDATA = "TelemetryData"
    TIMESIGNAL = "TimeSignal"

    def __str__(self) -> str:
        return str(self.value)
