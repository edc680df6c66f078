from enum import StrEnum


class AnalyticsItemType(StrEnum):
    MLMODEL = "MLModel"
    MLSERVICE = "MLService"
    ONNXMODEL = "OnnxModel"

    def __str__(self) -> str:
        return str(self.value)
