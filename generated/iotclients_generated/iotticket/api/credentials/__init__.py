"""Operations tagged ``credentials``."""
