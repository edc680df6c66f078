"""Operations tagged ``maintenance_work_orders``."""
