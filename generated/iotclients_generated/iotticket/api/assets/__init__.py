"""Operations tagged ``assets``."""
