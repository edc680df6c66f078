"""Operations tagged ``devices``."""
