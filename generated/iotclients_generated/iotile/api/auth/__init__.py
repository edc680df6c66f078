"""Operations tagged ``auth``."""
