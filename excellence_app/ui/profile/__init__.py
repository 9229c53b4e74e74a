"""The 组织概述 page: the organisation profile sections."""
