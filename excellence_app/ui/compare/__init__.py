"""The 年度对比 page: two cycles compared year on year (an indicator's comparison series is
``indicators.comparison_series_model``)."""
