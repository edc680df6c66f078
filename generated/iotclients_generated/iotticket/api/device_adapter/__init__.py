"""Operations tagged ``device_adapter``."""
