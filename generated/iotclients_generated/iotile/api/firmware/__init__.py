"""Operations tagged ``firmware``."""
