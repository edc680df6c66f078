"""Operations tagged ``vendors``."""
