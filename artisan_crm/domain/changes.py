"""What a user action changed, so that each view can decide whether to refresh."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    """The (table, id) pairs written by one unit of work.

    ``kinds`` are table names ("client", "quote"...). An id of ``None`` means
    "some rows of that table" (bulk work such as an import or demo data).
    """

    entities: frozenset[tuple[str, int | None]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, int | None]]) -> ChangeSet:
        return cls(frozenset(pairs))

    @classmethod
    def everything(cls, kinds: Iterable[str]) -> ChangeSet:
        return cls(frozenset((kind, None) for kind in kinds))

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _ in self.entities)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def ids(self, kind: str) -> frozenset[int]:
        return frozenset(i for k, i in self.entities if k == kind and i is not None)

    def __bool__(self) -> bool:
        return bool(self.entities)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.entities | other.entities)
