"""Operations tagged ``metric_groups``."""
