"""Operations tagged ``variables``."""
