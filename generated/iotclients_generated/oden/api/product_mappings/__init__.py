"""Operations tagged ``product_mappings``."""
