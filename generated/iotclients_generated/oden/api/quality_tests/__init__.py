"""Operations tagged ``quality_tests``."""
