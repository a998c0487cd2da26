"""The relational schema. Alembic owns every change to it: edit a model, then add a migration.

Values are intervals (`value_low`/`value_high`, None = unbounded, with open/closed flags) so that
"vượt mốc 1 tỷ USD" and "400 triệu USD" are the same kind of thing. Time is an inclusive range of
days plus the granularity the text really gave (`2023-09` is a month, not 2023-09-01).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Explicit constraint names keep migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(255))
    published: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    url: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)


class Entity(Base):
    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    name_en: Mapped[str] = mapped_column(Text)
    name_vi: Mapped[str] = mapped_column(Text)
    # Only roles use it: one holder per jurisdiction at a time (a prime minister, a ministry).
    single_holder: Mapped[bool] = mapped_column(Boolean, default=False)

    aliases: Mapped[list[Alias]] = relationship(back_populates="entity")


class Alias(Base):
    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("entity_id", "lang", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    lang: Mapped[str] = mapped_column(String(8))
    alias: Mapped[str] = mapped_column(Text)
    # Case- and diacritic-folded form (factdb.text.fold_phrase); computed in Python so both
    # back ends match identically.
    folded: Mapped[str] = mapped_column(String(255), index=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(32))
    label_en: Mapped[str] = mapped_column(Text)
    label_vi: Mapped[str] = mapped_column(Text)


class Predicate(Base):
    __tablename__ = "predicates"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label_en: Mapped[str] = mapped_column(Text)
    label_vi: Mapped[str] = mapped_column(Text)
    value_type: Mapped[str] = mapped_column(String(16))  # quantity | date | entity | rank | none
    dimension: Mapped[str | None] = mapped_column(String(32))
    functional: Mapped[bool] = mapped_column(Boolean, default=False)
    symmetric: Mapped[bool] = mapped_column(Boolean, default=False)
    time_role: Mapped[str] = mapped_column(String(16))  # qualifier | value | none
    # Entity types whose mere mention makes this predicate a candidate (a role implies an office),
    # space-separated.
    cue_types: Mapped[str] = mapped_column(Text, default="")
    # An encounter between parties (a meeting, a call): facts a source reports in its account
    # are reported at it (factdb.check.occasion).
    encounter: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The predicates a claim of this one also bears out with the same parties (a reception is a
    # meeting), space-separated (factdb.lexicon.vocabulary.Vocabulary.implying).
    implies: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # Its parties are states (a partnership, trade): a person is no party of it
    # (factdb.check.rules.bind_party).
    state_parties: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    triggers: Mapped[list[Trigger]] = relationship(back_populates="predicate")


class Trigger(Base):
    __tablename__ = "triggers"
    __table_args__ = (UniqueConstraint("predicate_id", "lang", "phrase"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    predicate_id: Mapped[str] = mapped_column(ForeignKey("predicates.id", ondelete="CASCADE"))
    lang: Mapped[str] = mapped_column(String(8))
    phrase: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(String(255), index=True)

    predicate: Mapped[Predicate] = relationship(back_populates="triggers")


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (
        # Retrieval goes subject-first or object-first, always within a predicate, and reads one
        # claim per fact: restatements (below) are left out of its indexes.
        Index(
            "ix_claims_fact_predicate_subject_object",
            "predicate_id",
            "subject_id",
            "object_id",
            "time_end",
            sqlite_where=text("restates IS NULL"),
            postgresql_where=text("restates IS NULL"),
        ),
        Index(
            "ix_claims_fact_predicate_object",
            "predicate_id",
            "object_id",
            "time_end",
            sqlite_where=text("restates IS NULL"),
            postgresql_where=text("restates IS NULL"),
        ),
        # A fact's restatements, for the evidence of a verdict.
        Index(
            "ix_claims_restates",
            "restates",
            sqlite_where=text("restates IS NOT NULL"),
            postgresql_where=text("restates IS NOT NULL"),
        ),
    )

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), index=True)
    predicate_id: Mapped[str] = mapped_column(ForeignKey("predicates.id"))
    object_id: Mapped[str | None] = mapped_column(ForeignKey("entities.id"), index=True)
    value_low: Mapped[float | None] = mapped_column(Float)
    value_high: Mapped[float | None] = mapped_column(Float)
    value_low_open: Mapped[bool] = mapped_column(Boolean, default=False)
    value_high_open: Mapped[bool] = mapped_column(Boolean, default=False)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    time_start: Mapped[dt.date | None] = mapped_column(Date)
    time_end: Mapped[dt.date | None] = mapped_column(Date)
    time_grain: Mapped[str | None] = mapped_column(String(16))
    polarity: Mapped[str] = mapped_column(String(16), default="affirmed")
    modality: Mapped[str] = mapped_column(String(16), default="fact")
    # Who said it, and how (issue 10's speaker and stance model): the claim is then what the
    # speaker said, stressed, proposed or wished, not a fact the sources state. NULL for a fact.
    speaker_id: Mapped[str | None] = mapped_column(ForeignKey("entities.id"))
    stance: Mapped[str | None] = mapped_column(String(16))
    # The sources fix who took this stance on its occasion (one side's request in a two-party
    # call): a statement giving it to someone else is contradicted, not merely unsupported.
    sole_speaker: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    note: Mapped[str | None] = mapped_column(Text)
    fixture_file: Mapped[str | None] = mapped_column(Text)
    fixture_line: Mapped[int | None] = mapped_column(Integer)
    # The first claim of the load that states the same fact (subject, predicate, object,
    # qualifiers, value, unit, time, polarity, modality) from another sentence or article; NULL
    # for that first one. Written by the loader: a fact restated in a hundred articles is judged
    # once, and its restatements are cited with it.
    restates: Mapped[str | None] = mapped_column(ForeignKey("claims.id"))

    predicate: Mapped[Predicate] = relationship()
    subject: Mapped[Entity] = relationship(foreign_keys=[subject_id])
    object: Mapped[Entity | None] = relationship(foreign_keys=[object_id])
    speaker: Mapped[Entity | None] = relationship(foreign_keys=[speaker_id])
    qualifiers: Mapped[list[Qualifier]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="Qualifier.role"
    )
    spans: Mapped[list[Span]] = relationship(
        back_populates="claim",
        cascade="all, delete-orphan",
        order_by="(Span.source_id, Span.start)",
    )


class Qualifier(Base):
    __tablename__ = "qualifiers"
    __table_args__ = (
        # Retrieval asks "claims of this predicate naming these two entities": the qualifier's
        # entity with the claim's subject, or with its object ("Vietnam's defence minister"),
        # latest first, one claim per fact. Entity first, so "is X named at all" (lint) is served
        # too: a restatement names what its fact names.
        Index(
            "ix_qualifiers_entity_predicate_subject",
            "entity_id",
            "predicate_id",
            "subject_id",
            "time_end",
            sqlite_where=text("restates IS NULL"),
            postgresql_where=text("restates IS NULL"),
        ),
        Index(
            "ix_qualifiers_entity_predicate_object",
            "entity_id",
            "predicate_id",
            "object_id",
            "time_end",
            # Most claims have no object; leaving them out makes the index a tenth of the size.
            sqlite_where=text("object_id IS NOT NULL AND restates IS NULL"),
            postgresql_where=text("object_id IS NOT NULL AND restates IS NULL"),
        ),
    )

    claim_id: Mapped[str] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id"))
    # Copies of the claim's predicate, subject, object, time and restates, written by the loader
    # with the claim: without them a probe for (predicate, entity) walks every qualifier of a
    # busy entity, and the latest claims of a long series cannot be read off an index.
    predicate_id: Mapped[str] = mapped_column(String(64))
    subject_id: Mapped[str] = mapped_column(String(128))
    object_id: Mapped[str | None] = mapped_column(String(128))
    time_start: Mapped[dt.date | None] = mapped_column(Date)
    time_end: Mapped[dt.date | None] = mapped_column(Date)
    restates: Mapped[str | None] = mapped_column(String(128))

    claim: Mapped[Claim] = relationship(back_populates="qualifiers")
    entity: Mapped[Entity] = relationship()


# One claim per fact: the conditions of the partial indexes that hold only those, which a query
# repeats word for word to be served by them.
FACT = Claim.restates.is_(None)
QUALIFIER_FACT = Qualifier.restates.is_(None)


class Span(Base):
    __tablename__ = "spans"
    __table_args__ = (UniqueConstraint("claim_id", "source_id", "start", "end"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # No index of its own: the unique constraint's index starts with claim_id.
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    # Unicode code-point offsets into sources.text, end exclusive.
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)

    claim: Mapped[Claim] = relationship(back_populates="spans")
    source: Mapped[Source] = relationship()


class OfficeRule(Base):
    """Two offices one person does not hold at once in the same jurisdiction (a president and a
    prime minister of one country), with the reason a reviewer can check. A title given to a
    name is then contradicted by a claim that the person holds the other office."""

    __tablename__ = "office_rules"
    __table_args__ = (UniqueConstraint("office_a", "office_b"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_a: Mapped[str] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    office_b: Mapped[str] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)


class Meta(Base):
    """Key/value facts about the database itself, e.g. the fingerprint of the loaded fixtures."""

    __tablename__ = "factdb_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
