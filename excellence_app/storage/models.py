"""Tables of the project file (see DESIGN.md, "The project file")."""

from __future__ import annotations

import secrets
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Project(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    org_name: Mapped[str] = mapped_column(String(200))
    framework_id: Mapped[str] = mapped_column(String(100))
    framework_version: Mapped[str] = mapped_column(String(50))
    spread_threshold: Mapped[int] = mapped_column(Integer, default=20)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Signs the identity sheet of the assessor workbooks this file hands out (HMAC-SHA256);
    # random per project file and never exported (revision 0002).
    workbook_key: Mapped[str] = mapped_column(String(64), default=lambda: secrets.token_hex(32))
    # The particulars the 申报表 is filled from (core.organisation.OrgDetails; revision 0005).
    details: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class AwardProfileRow(Base):
    """An award profile the user defined for this project."""

    __tablename__ = "award_profile"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    profile_chars: Mapped[int | None] = mapped_column(Integer)
    report_chars: Mapped[int | None] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer)
    # The office's rules (core.awards.AwardProfile.rules(); revision 0005); None: the defaults.
    rules: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class Cycle(Base):
    __tablename__ = "cycle"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    award_profile: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The day the cycle's data stand at: periods and sources after it cannot be reported yet.
    as_of: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The 申报日期: on the cover, the 申报表, the 承诺书 and the 自评表 alike (revision 0005).
    submitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class ProfileSection(Base):
    __tablename__ = "profile_section"
    __table_args__ = (UniqueConstraint("cycle_id", "section_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")


class ClauseResponse(Base):
    __tablename__ = "clause_response"
    __table_args__ = (UniqueConstraint("cycle_id", "clause_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    clause_id: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="empty")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class AssessorRow(Base):
    __tablename__ = "assessor"
    __table_args__ = (UniqueConstraint("cycle_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer, default=0)


class AssessorScoreRow(Base):
    __tablename__ = "assessor_score"
    __table_args__ = (UniqueConstraint("assessor_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(30))
    percent: Mapped[int | None] = mapped_column(Integer)
    factors: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    rationale: Mapped[str] = mapped_column(Text, default="")


class ConsensusRow(Base):
    __tablename__ = "consensus"
    __table_args__ = (UniqueConstraint("cycle_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(30))
    percent: Mapped[int] = mapped_column(Integer)
    rationale: Mapped[str] = mapped_column(Text, default="")
    agreed_by: Mapped[str] = mapped_column(String(100), default="")
    agreed_at: Mapped[datetime] = mapped_column(DateTime)


class CommentRow(Base):
    """A strength or an opportunity for improvement (OFI)."""

    __tablename__ = "comment"
    __table_args__ = (UniqueConstraint("cycle_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(80))
    item_id: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    significance: Mapped[str] = mapped_column(String(10), default="medium")
    clause_id: Mapped[str | None] = mapped_column(String(30))
    factor: Mapped[str | None] = mapped_column(String(20))
    author: Mapped[str] = mapped_column(String(100), default="")
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("assessor.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class EvidenceBlob(Base):
    __tablename__ = "evidence_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class EvidenceRow(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_blob.sha256"))
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    # Which kind of 证实性材料 the award requires it is (core.awards.EvidenceKind.key; 0005).
    kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    links: Mapped[list[EvidenceLinkRow]] = relationship(
        cascade="all, delete-orphan", order_by="EvidenceLinkRow.id"
    )


class EvidenceLinkRow(Base):
    __tablename__ = "evidence_link"
    __table_args__ = (UniqueConstraint("evidence_id", "item_id", "clause_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(30))
    clause_id: Mapped[str | None] = mapped_column(String(30))


class IndicatorRow(Base):
    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(30))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40), default="")
    better: Mapped[str] = mapped_column(String(4), default="up")
    target: Mapped[float | None] = mapped_column(Float)
    strategic_link: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[list[DataPointRow]] = relationship(
        cascade="all, delete-orphan", order_by="DataPointRow.period"
    )
    comparisons: Mapped[list[ComparisonRow]] = relationship(
        cascade="all, delete-orphan", order_by="ComparisonRow.position"
    )


class DataPointRow(Base):
    __tablename__ = "data_point"
    __table_args__ = (UniqueConstraint("indicator_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(20))
    value: Mapped[float] = mapped_column(Float)


class ComparisonRow(Base):
    __tablename__ = "comparison"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[list[ComparisonPointRow]] = relationship(
        cascade="all, delete-orphan", order_by="ComparisonPointRow.period"
    )


class ComparisonPointRow(Base):
    __tablename__ = "comparison_point"
    __table_args__ = (UniqueConstraint("comparison_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    comparison_id: Mapped[int] = mapped_column(ForeignKey("comparison.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(20))
    value: Mapped[float] = mapped_column(Float)


class ActionPlanRow(Base):
    __tablename__ = "action_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(30))
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open")
    expected_effect: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuditRow(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycle.id", ondelete="SET NULL"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


# The tables under the models, for the edits written as Core statements (issue 16: the unit of
# work cost more than SQLite itself for one keystroke's save). Same columns, same types (dates,
# JSON), so a row written either way reads the same; Core keeps them portable (issue 18).
cycle_table: Table = Cycle.__table__  # type: ignore[assignment]
clause_response_table: Table = ClauseResponse.__table__  # type: ignore[assignment]
assessor_table: Table = AssessorRow.__table__  # type: ignore[assignment]
assessor_score_table: Table = AssessorScoreRow.__table__  # type: ignore[assignment]
comment_table: Table = CommentRow.__table__  # type: ignore[assignment]
audit_table: Table = AuditRow.__table__  # type: ignore[assignment]
