"""The rules of the count by era, whether an objection is in order, the decision, and its effect.

- Before 1865 (and again for the counts of 1881 and 1885) no rule: the presiding officer
  announced the count; an objection could not be put to the Houses.
- 1865–1873, the 22nd Joint Rule: any member may object; a vote objected to is not counted unless
  both Houses agree to count it, so either House alone rejects it.
- 1877, the Electoral Commission Act: objections signed by a senator and a representative; a
  single return is rejected only by both Houses; competing returns went to the Commission.
- 1887 Electoral Count Act (counts of 1889–2021): signed by at least one senator and one
  representative; both Houses must agree to reject.
- 2022 Electoral Count Reform Act (counts from 2025): one fifth of the senators and one fifth of
  the representatives duly chosen and sworn must sign; two grounds; both Houses must sustain.
  3 U.S.C. §15(e)(2): electors excluded as not lawfully certified leave the base; a vote rejected
  as not regularly given stays in it. The same holds here for every era (1873: Arkansas and
  Louisiana left the base, Georgia's three votes for Greeley stayed in it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gui.domain.catalog import Election, Office
from gui.domain.congress import load_congress


class Era(StrEnum):
    NONE = "none"
    JOINT_RULE = "joint-rule"
    COMMISSION = "commission"
    ECA = "eca"
    ECRA = "ecra"


def era_of(year: int) -> Era:
    """The rule the count of the election of ``year`` is held under (the count follows in the
    new year: the election of 2024 was counted in January 2025)."""
    if year < 1864:
        return Era.NONE
    if year <= 1872:
        return Era.JOINT_RULE
    if year == 1876:
        return Era.COMMISSION
    if year < 1888:  # the Joint Rule lapsed in 1876; the 1887 Act first applied in 1889
        return Era.NONE
    if year < 2022:
        return Era.ECA
    return Era.ECRA


def alphabetical(year: int) -> bool:
    """The certificates are opened in the alphabetical order of the states (3 U.S.C. §15 since
    1887); before, in the order the record of the time read them."""
    return era_of(year) in (Era.ECA, Era.ECRA)


class Ground(StrEnum):
    CERTIFICATE = "certificate"  # the electors were not lawfully certified (or appointed)
    VOTE = "vote"  # a vote was not regularly given


class Decision(StrEnum):
    SUSTAINED = "sustained"
    NOT_SUSTAINED = "not-sustained"
    OUT_OF_ORDER = "out-of-order"
    # Rulings the record gives that no rule decided (no effect on the count):
    ANNOUNCED_BOTH_WAYS = "announced-both-ways"
    COUNTED_BY_PRESIDING = "counted-by-presiding-officer"
    COMMISSION = "commission"


RECORD_ONLY = frozenset({Decision.ANNOUNCED_BOTH_WAYS, Decision.COUNTED_BY_PRESIDING, Decision.COMMISSION})


class Why(StrEnum):
    """Why an objection is not in order."""

    NO_RULE = "no rule"  # no rule for objections in that era
    NO_SIGNER = "no signer"  # the Joint Rule: no member signed
    NO_SENATOR = "no senator"  # 1877-2021: no senator signed
    NO_REPRESENTATIVE = "no representative"
    TOO_FEW_SENATORS = "too few senators"  # since 2023: fewer than one fifth
    TOO_FEW_REPRESENTATIVES = "too few representatives"
    NOT_COUNTED = "not counted"  # the state's electors are out of the base: nothing to object to
    TWICE = "twice"  # the certificate already has an objection


@dataclass(frozen=True)
class ChamberVote:
    """One House's vote on an objection: yeas to sustain it (the votes are not counted)."""

    sustains: bool
    yeas: int | None = None  # None: the record gives the outcome only
    nays: int | None = None

    @classmethod
    def counted(cls, yeas: int, nays: int) -> ChamberVote:
        """A vote by its figures: a majority of those voting sustains (a tie does not)."""
        return cls(yeas > nays, yeas, nays)

    def flipped(self, sustains: bool) -> ChamberVote:
        """The same House deciding the other way (its figures swapped, a tie broken by one)."""
        if sustains == self.sustains:
            return self
        if self.yeas is None or self.nays is None:
            return ChamberVote(sustains)
        high, low = max(self.yeas, self.nays), min(self.yeas, self.nays)
        if high == low:
            high, low = high + 1, max(0, low - 1) if high == 0 else low - 1
        return ChamberVote.counted(high, low) if sustains else ChamberVote.counted(low, high)


@dataclass(frozen=True)
class Signers:
    senators: int
    representatives: int
    at_least: bool = False  # the record names these and says there were more


@dataclass(frozen=True)
class Objection:
    """An objection to a state's certificate (all of it) or to some of its electors' votes."""

    state: str
    ground: Ground
    signers: Signers | None  # None: not in the record compiled
    senate: ChamberVote | None = None  # None: that House has not voted (or could not)
    house: ChamberVote | None = None
    electors: tuple[int, ...] = ()  # elector numbers within the state; () the whole certificate
    office: Office | None = None  # the votes for one office only (None: both)
    recorded: Decision | None = None  # the record's decision (replayed sessions only)
    slates: tuple[str, ...] = ()  # competing slates, by whom they voted for
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class Thresholds:
    """Who must sign an objection, and how many members the Houses have."""

    senators: int  # signers needed from the Senate
    representatives: int
    senate_members: int  # members duly chosen and sworn (the make-up data's seats)
    house_members: int


def fifth(members: int) -> int:
    """One fifth of the members, rounded up (20 of 100 senators, 87 of 435 representatives)."""
    return -(-members // 5)


def thresholds_for(era: Era, senate_members: int, house_members: int) -> Thresholds:
    if era is Era.ECRA:
        return Thresholds(fifth(senate_members), fifth(house_members), senate_members, house_members)
    if era is Era.JOINT_RULE:
        return Thresholds(0, 0, senate_members, house_members)  # one member of either House
    return Thresholds(1, 1, senate_members, house_members)


def out_of_order(era: Era, signers: Signers | None, needed: Thresholds) -> Why | None:
    """Why an objection with these signers cannot be put to the Houses (None: it is in order)."""
    if era is Era.NONE:
        return Why.NO_RULE
    if signers is None:  # the record has the Houses decide it: it was in order
        return None
    if era is Era.JOINT_RULE:
        return None if signers.senators + signers.representatives >= 1 else Why.NO_SIGNER
    if era is Era.ECRA:
        if signers.senators < needed.senators:
            return Why.TOO_FEW_SENATORS
        if signers.representatives < needed.representatives:
            return Why.TOO_FEW_REPRESENTATIVES
        return None
    if signers.senators < 1:
        return Why.NO_SENATOR
    if signers.representatives < 1:
        return Why.NO_REPRESENTATIVE
    return None


@dataclass(frozen=True)
class Ruling:
    objection: Objection
    decision: Decision
    why: Why | None = None  # for OUT_OF_ORDER

    @property
    def excludes(self) -> bool:
        """The state's electors leave the base (a certificate rejected)."""
        return self.decision is Decision.SUSTAINED and self.objection.ground is Ground.CERTIFICATE

    @property
    def rejects_votes(self) -> bool:
        """Votes are not counted but stay in the base (not regularly given)."""
        return self.decision is Decision.SUSTAINED and self.objection.ground is Ground.VOTE


def decide(era: Era, objection: Objection, needed: Thresholds) -> Ruling:
    """The decision on one objection under the era's rule."""
    if objection.recorded in RECORD_ONLY:
        return Ruling(objection, objection.recorded)
    why = out_of_order(era, objection.signers, needed)
    if why is not None:
        return Ruling(objection, Decision.OUT_OF_ORDER, why)
    senate = objection.senate is not None and objection.senate.sustains
    house = objection.house is not None and objection.house.sustains
    # The Joint Rule counted a vote only if both Houses agreed to: either one rejects it.
    sustained = (senate or house) if era is Era.JOINT_RULE else (senate and house)
    return Ruling(objection, Decision.SUSTAINED if sustained else Decision.NOT_SUSTAINED)


@dataclass(frozen=True)
class Effect:
    """What the count does: states out of the base, and electors whose votes are not counted
    (still in the base), per office."""

    excluded: frozenset[str]
    rejected: dict[Office, frozenset[int]]

    @property
    def empty(self) -> bool:
        return not self.excluded and not any(self.rejected.values())


NO_EFFECT = Effect(frozenset(), {office: frozenset() for office in Office})


def effect_of(election: Election, rulings: tuple[Ruling, ...]) -> Effect:
    excluded: set[str] = set()
    rejected: dict[Office, set[int]] = {office: set() for office in Office}
    for ruling in rulings:
        objection = ruling.objection
        if not election.has_state(objection.state):
            continue
        if ruling.excludes:
            excluded.add(objection.state)
        elif ruling.rejects_votes:
            seats = election.state(objection.state).electors
            by_number = {election.electors[i].number: i for i in seats}
            chosen = (
                [by_number[n] for n in objection.electors if n in by_number] if objection.electors else seats
            )
            for office in (objection.office,) if objection.office else tuple(Office):
                rejected[office].update(chosen)
    if not excluded and not any(rejected.values()):
        return NO_EFFECT
    return Effect(frozenset(excluded), {office: frozenset(r) for office, r in rejected.items()})


def needed_for(year: int) -> Thresholds:
    """The signers the count of ``year`` needs, from the make-up of the Congress that counts
    (the one that would hold a contingent election: gui.domain.congress)."""
    era = era_of(year)
    senate, house = 100, 435  # no make-up data: today's numbers (only the fifths depend on them)
    try:
        data = load_congress().body(year).data
    except LookupError:
        pass
    else:
        senate = sum(len(seats) for seats in data.senate.values()) or senate
        house = sum(d.seats for d in data.house.values()) or house
    return thresholds_for(era, senate, house)


def rulings_for(year: int, objections: tuple[Objection, ...]) -> tuple[Ruling, ...]:
    if not objections:
        return ()
    era, needed = era_of(year), needed_for(year)
    return tuple(decide(era, objection, needed) for objection in objections)
