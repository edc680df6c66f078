"""Operations tagged ``events``."""
