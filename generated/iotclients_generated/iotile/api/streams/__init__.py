"""Operations tagged ``streams``."""
