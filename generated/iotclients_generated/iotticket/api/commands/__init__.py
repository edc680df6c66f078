"""Operations tagged ``commands``."""
