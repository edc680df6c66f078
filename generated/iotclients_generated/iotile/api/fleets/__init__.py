"""Operations tagged ``fleets``."""
