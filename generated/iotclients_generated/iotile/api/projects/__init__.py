"""Operations tagged ``projects``."""
