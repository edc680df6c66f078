"""Operations tagged ``oql``."""
