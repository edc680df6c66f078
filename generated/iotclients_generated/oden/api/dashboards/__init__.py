"""Operations tagged ``dashboards``."""
