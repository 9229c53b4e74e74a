"""Document writers. They take a core.report.ReportInput (a snapshot), never the database."""
