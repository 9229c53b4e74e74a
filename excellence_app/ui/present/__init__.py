"""The 培训演示 page: the trainer's presentation of the criteria."""
