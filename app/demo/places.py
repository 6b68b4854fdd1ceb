"""Where the tenants live: the neighbourhoods of the three desks and a few others (:data:`NEIGHBOURHOODS`) and
the SAP buildings of the demo, whose dwellings are given to the households as they are made (:class:`Estate`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from app.models.dwelling import Dwelling


@dataclass(frozen=True)
class _Neighbourhood:
    name: str
    office_code: str
    """The desk that follows its tenants."""
    weight: int
    streets: tuple[str, ...]


NEIGHBOURHOODS = (
    _Neighbourhood(
        "Celadina",
        "CEL",
        34,
        (
            "via Pizzo Tre Signori",
            "via Pizzo Scais",
            "via Pizzo Redorta",
            "via Pizzo Recastello",
            "via Pizzo della Presolana",
            "via Monte Grigna",
            "via Rovelli",
            "via Borgo Palazzo",
            "via Daste e Spalenga",
        ),
    ),
    _Neighbourhood(
        "Colognola",
        "COL",
        28,
        ("via Carlo Alberto", "via Linneo", "via San Sisto", "via Rampinelli", "via Lotto", "via Autostrada"),
    ),
    _Neighbourhood(
        "Conca Fiorita",
        "LAZ",
        22,
        ("via Conca Fiorita", "via Lazzaretto", "via Crescenzi", "viale Giulio Cesare", "via Baioni"),
    ),
    _Neighbourhood("Boccaleone", "CEL", 6, ("via Boccaleone", "via Gavazzeni", "via Bianzana")),
    _Neighbourhood("Monterosso", "LAZ", 5, ("via Ruggeri da Stabello", "via Tremana")),
    _Neighbourhood("Valtesse", "LAZ", 5, ("via Valtesse", "via Sant'Antonino")),
)
"""The three desks' neighbourhoods and a few where the Comune also has SAP dwellings (sources 000, 001)."""


@dataclass
class _Building:
    street: str
    house_number: str
    centralised_heating: bool
    free: list[tuple[str, str, str]]
    """Staircase, floor and unit of the dwellings not yet given to a demo household."""


@dataclass
class Estate:
    """The SAP buildings of the demo, created as households need them: most households share a building."""

    rng: random.Random
    open_buildings: dict[str, list[_Building]] = field(default_factory=dict)
    used_numbers: dict[str, set[str]] = field(default_factory=dict)

    def dwelling(self, neighbourhood: _Neighbourhood) -> Dwelling:
        buildings = self.open_buildings.setdefault(neighbourhood.name, [])
        if buildings and self.rng.random() < 0.8:
            building = self.rng.choice(buildings)
        else:
            building = self._new_building(neighbourhood)
            buildings.append(building)
        staircase, floor, unit = building.free.pop()
        if not building.free:
            buildings.remove(building)
        return Dwelling(
            street=building.street,
            house_number=building.house_number,
            staircase=staircase,
            floor=floor,
            unit=unit,
            neighbourhood=neighbourhood.name,
            centralised_heating=building.centralised_heating,
        )

    def _new_building(self, neighbourhood: _Neighbourhood) -> _Building:
        rng = self.rng
        street = rng.choice(neighbourhood.streets)
        used = self.used_numbers.setdefault(street, set())
        # a random civic number not yet used in the street; past 99 buildings a street grows numbers above 99
        number = next((n for n in (str(rng.randint(1, 99)) for _ in range(30)) if n not in used), str(100 + len(used)))
        used.add(number)
        staircases = rng.choice((("",), ("",), ("A", "B"), ("A", "B", "C")))
        floors = ["T", *(str(level) for level in range(1, rng.randint(3, 7)))]
        per_floor = rng.randint(2, 4)
        free = [
            (staircase, floor, str(index * per_floor + position))
            for staircase in staircases
            for index, floor in enumerate(floors)
            for position in range(1, per_floor + 1)
        ]
        rng.shuffle(free)
        return _Building(street, number, rng.random() < 0.82, free)
