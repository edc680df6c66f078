"""Operations tagged ``organizations``."""
