"""Operations tagged ``content``."""
