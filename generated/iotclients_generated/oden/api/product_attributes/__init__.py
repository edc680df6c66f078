"""Operations tagged ``product_attributes``."""
