"""Operations tagged ``orgs``."""
