"""Operations tagged ``datablocks``."""
