"""Operations tagged ``intervals``."""
