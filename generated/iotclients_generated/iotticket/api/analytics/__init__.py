"""Operations tagged ``analytics``."""
