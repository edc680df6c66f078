"""Operations tagged ``serial_numbers``."""
