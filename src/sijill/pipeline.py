"""Stage registry and runner: each stage declares what it needs and adds; order is configuration."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sijill.doc import Doc
from sijill.errors import PipelineError


class StageFn(Protocol):
    """A stage: annotates a Doc and returns it."""

    def __call__(self, doc: Doc) -> Doc: ...


@dataclass(frozen=True, slots=True)
class Stage:
    """A registered stage with its declared needs and additions."""

    name: str
    fn: StageFn
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    doc: str


_REGISTRY: dict[str, Stage] = {}

#: What a Doc has as soon as it is made from an Article.
BASE_ANNOTATIONS = frozenset({"text", "published"})

#: The default order of stages; later issues append names here.
DEFAULT_STAGES: tuple[str, ...] = ("tokens", "sentences", "dates", "titles", "ner", "entities",
                                   "claims")


def stage(
    name: str, *, needs: Iterable[str] = (), adds: Iterable[str] = ()
) -> Callable[[StageFn], StageFn]:
    """Register a function ``Doc -> Doc`` as the stage ``name``."""

    def register(fn: StageFn) -> StageFn:
        if name in _REGISTRY and _REGISTRY[name].fn is not fn:
            raise PipelineError(f"stage {name!r} is registered twice", todo="rename one of them")
        summary = ((fn.__doc__ or "").strip().splitlines() or [""])[0]
        _REGISTRY[name] = Stage(name, fn, tuple(needs), tuple(adds), summary)
        return fn

    return register


def registered() -> dict[str, Stage]:
    """Every known stage by name (importing the stage modules first)."""
    _load_stage_modules()
    return dict(_REGISTRY)


def _load_stage_modules() -> None:
    # Importing registers: the modules decorate their stage functions at import time.
    # The order is the order stages register in: keep it.
    import sijill.dates  # noqa: I001
    import sijill.text.stages
    import sijill.claims.stages
    import sijill.names.stages
    import sijill.names.titles  # noqa: F401


class Pipeline:
    """An ordered list of stages, checked so that every need is met by an earlier stage."""

    def __init__(self, names: Sequence[str] = DEFAULT_STAGES) -> None:
        known = registered()
        have = set(BASE_ANNOTATIONS)
        stages: list[Stage] = []
        for name in names:
            if name not in known:
                raise PipelineError(
                    f"unknown stage {name!r}", todo=f"choose from {', '.join(sorted(known))}"
                )
            st = known[name]
            missing = [n for n in st.needs if n not in have]
            if missing:
                raise PipelineError(
                    f"stage {name!r} needs {', '.join(missing)}, which no earlier stage adds",
                    todo="put the stage that adds it earlier in the pipeline",
                )
            have.update(st.adds)
            stages.append(st)
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names in running order."""
        return tuple(s.name for s in self.stages)

    def __call__(self, doc: Doc) -> Doc:
        for st in self.stages:
            doc = st.fn(doc)
            doc.annotations.update(st.adds)
        return doc
