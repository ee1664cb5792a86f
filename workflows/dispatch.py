"""Dispatch suggestions (派单): rank mediators and service points for a case, with reasons.

Pure: the candidates and their current load come in as data.
"""

from __future__ import annotations

from dataclasses import dataclass

from workflows.case import Case


@dataclass(frozen=True)
class Candidate:
    """A mediator (``kind == "mediator"``) or a service point (``"point"``) that could take a case."""

    kind: str
    id: int
    name: str
    region: str
    services: frozenset[str]
    languages: frozenset[str]
    open_cases: int
    capacity: int


@dataclass(frozen=True)
class Suggestion:
    """A ranked candidate with the reasons it is suggested (catalog suffixes of ``reason-``)."""

    candidate: Candidate
    score: float
    reasons: tuple[str, ...]  # spoken, region, service, language, load, full


def load_ratio(candidate: Candidate) -> float:
    return candidate.open_cases / candidate.capacity if candidate.capacity > 0 else 1.0


def rank(
    case: Case, candidates: list[Candidate], limit: int = 5, spoken_language: str | None = None
) -> list[Suggestion]:
    """Best first: speaks the language she asked to be called in, same region, offers the service,
    shares her language, lightest load.

    ``spoken_language`` is set when she asked to be called in a language with no written
    standard (Daur ``dta``, Evenki ``evn``, Oroqen ``orh``, Buryat ``bxu``): only someone who
    speaks it can help her, so it weighs as much as the region. Otherwise region and service
    weigh most; a shared language comes next (she should be able to talk to her mediator); load breaks ties. Candidates at capacity sink but stay
    listed, marked ``full``, so a supervisor can still choose them.
    """
    suggestions = []
    for candidate in candidates:
        reasons = []
        score = 0.0
        if candidate.region == case.region:
            score += 4
            reasons.append("region")
        if case.service.value in candidate.services:
            score += 3
            reasons.append("service")
        if spoken_language and spoken_language in candidate.languages:
            score += 4
            reasons.append("spoken")
        if case.language in candidate.languages:
            score += 2
            reasons.append("language")
        load, reason = load_score(candidate)
        score += load
        reasons.append(reason)
        suggestions.append(Suggestion(candidate, score, tuple(reasons)))
    return best_first(suggestions, limit)


def load_score(candidate: Candidate) -> tuple[float, str]:
    """The load part of every ranking (cases and service orders): a light load adds up to 1; a
    candidate at capacity loses 5 and is marked ``full`` (it sinks but stays listed)."""
    ratio = load_ratio(candidate)
    return (-5.0, "full") if ratio >= 1 else (1 - ratio, "load")


def best_first(suggestions: list[Suggestion], limit: int) -> list[Suggestion]:
    """Highest score first; ties go to the lighter load, then a stable order."""
    ordered = sorted(suggestions, key=lambda s: (-s.score, s.candidate.open_cases, s.candidate.kind, s.candidate.id))
    return ordered[:limit]
