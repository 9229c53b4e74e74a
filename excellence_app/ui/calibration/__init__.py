"""The 评分校准 page: the trainer's calibration exercise, its tables and demo data."""
