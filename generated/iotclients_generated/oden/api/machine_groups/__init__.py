"""Operations tagged ``machine_groups``."""
