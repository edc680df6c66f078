"""Operations tagged ``scrap_yield``."""
