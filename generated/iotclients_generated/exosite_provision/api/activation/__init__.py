"""Operations tagged ``activation``."""
