"""Operations tagged ``products``."""
