"""Operations tagged ``data``."""
