"""Operations tagged ``models``."""
