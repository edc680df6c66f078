"""Operations tagged ``properties``."""
