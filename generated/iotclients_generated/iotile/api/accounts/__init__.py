"""Operations tagged ``accounts``."""
