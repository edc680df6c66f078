"""Operations tagged ``targets``."""
