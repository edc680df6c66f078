"""Operations tagged ``streamers``."""
