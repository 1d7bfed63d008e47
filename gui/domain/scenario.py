"""A what-if: who carried each unit and how each elector voted, starting from an election."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Final, Protocol

from gui.domain.catalog import NO_TICKET, Candidate, Election, Office, Ticket
from gui.domain.colors import (
    DEFAULT_PALETTE,
    UNDECIDED_COLOR,
    Palette,
    default_colors,
    party_preset_color,
    write_in_color,
)
from gui.domain.elector_laws import voids_faithless_vote
from gui.domain.identifiers import Choice, Reserved, read_choice, resolve_person
from gui.domain.joint_session.rules import NO_EFFECT, Effect, Objection, effect_of, rulings_for
from gui.domain.popular_vote import NO_EDITS, PopularEdits
from gui.domain.ratings import Level
from gui.domain.reapportion import Reapportioned
from gui.domain.upcoming import placeholder_nominees


class NoBallot(Enum):
    ABSENT = "absent"


# An elector's vote for one office: FAITHFUL follows the pledge, BLANK is a blank ballot, ABSENT
# is no ballot at all (the elector was appointed but did not vote), any other string is the
# person voted for (anyone: faithless votes need not go to a candidate).
Vote = str | NoBallot | None
FAITHFUL: Final = None
BLANK: Final = ""
ABSENT: Final = NoBallot.ABSENT


class Start(Enum):
    OFFICIAL = "official"  # the votes as Congress counted them
    PLEDGED = "pledged"  # every elector votes as pledged (one who did not vote stays absent)


class Ballot(Enum):
    """What an elector's ballot for one office says: the one definition of "faithless"."""

    PLEDGED = "pledged"  # names the candidate of the elector's pledge (a replaced elector's too)
    FAITHLESS = "faithless"  # names someone other than the candidate the elector is pledged to
    BLANK = "blank"  # cast, naming no one: still counts as appointed
    ABSENT = "absent"  # no ballot cast: the elector was appointed but did not vote (in the base)
    UNDECIDED = "undecided"  # no ballot yet: nobody carried the unit and no vote was given
    UNPLEDGED = "unpledged"  # names someone, though nobody carried the unit (no pledge to keep)
    NOT_APPOINTED = "not appointed"  # the elector's state is out of the base: nothing counts


@dataclass(frozen=True)
class ScenarioChange:
    """What an edit touched: the electors whose pledge or vote changed, or, when
    ``restructured``, the election's electors themselves (another apportionment)."""

    electors: frozenset[int]
    restructured: bool = False


Listener = Callable[[ScenarioChange], None]


class Command(Protocol):
    """An edit of a scenario: ``do`` applies it, ``undo`` restores exactly; each returns the
    electors it touched (see gui.domain.commands)."""

    def do(self, scenario: Scenario) -> frozenset[int]: ...

    def undo(self, scenario: Scenario) -> frozenset[int]: ...


class Scenario:
    def __init__(
        self, election: Election, start: Start = Start.OFFICIAL, reapportioned: Reapportioned | None = None
    ) -> None:
        """A scenario of ``election``; ``reapportioned`` says how it was rebuilt from the record
        when it is not the catalog's election (gui.domain.reapportion)."""
        self.election = election
        self.reapportioned = reapportioned
        self.start = start
        self._pledges: list[Ticket] = [seat.pledge for seat in election.electors]
        self._votes: dict[Office, list[Vote]] = {office: [FAITHFUL] * len(self._pledges) for office in Office}
        self._state_of: list[str] = [seat.state for seat in election.electors]
        # States whose electors are out of the base (not appointed, or not counted).
        self.not_appointed: set[str] = set(election.out_of_base())
        self._in_base: list[bool] | None = None
        # The count in Congress: objections raised (gui.domain.joint_session), and their effect.
        self.count: tuple[Objection, ...] = ()
        self._count_effect: Effect | None = NO_EFFECT
        for seat in election.electors:
            if seat.absent:  # an absent elector cast no ballot whichever the start
                for office in Office:
                    self._votes[office][seat.index] = ABSENT
            elif start is Start.OFFICIAL:
                if seat.cast.president != seat.pledge.president:
                    self._votes[Office.PRESIDENT][seat.index] = seat.cast.president
                if seat.cast.vice_president != seat.pledge.vice_president:
                    self._votes[Office.VICE_PRESIDENT][seat.index] = seat.cast.vice_president
        # The next election starts with placeholder nominees to rename (gui.domain.upcoming).
        self.added_candidates: list[Candidate] = list(placeholder_nominees(election))
        # Rule: a faithless vote in a state whose law voids it is replaced by a vote as pledged.
        self.apply_state_laws = False
        self._voiding: frozenset[int] | None = None
        # Votes in a contingent election set by hand: state -> candidate, "divided" or "abstain".
        self.house_votes: dict[str, str] = {}
        self.senate_votes: dict[str, str] = {}
        # The popular vote as edited (swing, votes typed in) and the method allocating electors.
        self.popular: PopularEdits = NO_EDITS
        # A forecast's rating levels by unit (gui.domain.forecast); None: not a forecast.
        self.ratings: dict[str, Level] | None = None
        self.palette = DEFAULT_PALETTE
        self.colors: dict[str, str] = self.default_colors(DEFAULT_PALETTE)
        for nominee in self.added_candidates:
            color = party_preset_color(nominee.party, DEFAULT_PALETTE)
            self.colors[nominee.name] = self.colors[nominee.running_mate] = color
        self._listeners: list[Listener] = []

    # --- colours -------------------------------------------------------------------------------

    def default_colors(self, palette: Palette) -> dict[str, str]:
        """The election's candidates in a palette's colours. Running mates share their
        president's colour; everyone else gets one of their own."""
        election = self.election
        presidents = {seat.cast.president for seat in election.electors} | {
            seat.pledge.president for seat in election.electors
        }
        mates = {
            t.vice_president: t.president
            for t in election.tickets
            if t.vice_president and t.vice_president not in presidents and not election.pre_12th_amendment
        }
        names = [c.name for c in election.candidates if c.name not in mates]
        colors = default_colors(names, {c.name: c.party for c in election.candidates}, palette)
        for nominee in placeholder_nominees(election):  # the next election's, by party
            colors[nominee.name] = colors[nominee.running_mate] = party_preset_color(nominee.party, palette)
        for mate, president in mates.items():
            colors.setdefault(mate, colors.get(president, UNDECIDED_COLOR))
        return colors

    def use_palette(self, palette: Palette) -> None:
        """Show the candidates in another palette's colours; a colour the user chose stays."""
        old, new = self.default_colors(self.palette), self.default_colors(palette)
        for name, color in list(self.colors.items()):
            if old.get(name) == color and name in new:
                self.colors[name] = new[name]
        self.palette = palette

    # --- reading -----------------------------------------------------------------------------

    @property
    def record(self) -> Election:
        """The election as the catalog has it (``election`` itself unless reapportioned)."""
        return self.reapportioned.record if self.reapportioned else self.election

    def pledge(self, elector: int) -> Ticket:
        return self._pledges[elector]

    def vote(self, elector: int, office: Office) -> Vote:
        """The stored vote: FAITHFUL, BLANK, ABSENT or a person."""
        return self._votes[office][elector]

    def in_base(self, elector: int) -> bool:
        """The elector's state is in the base (its electors appointed and counted)."""
        return self._base_mask()[elector]

    def _base_mask(self) -> list[bool]:
        if self._in_base is None:
            out = self.not_appointed | self.count_effect().excluded
            self._in_base = [state not in out for state in self._state_of]
        return self._in_base

    @property
    def appointed(self) -> int:
        """Electors appointed: the base of the majority (absent and blank electors included,
        the electors of a state out of the base not, nor those the count excluded as not lawfully
        certified: 3 U.S.C. §15(e)(2))."""
        out = self.not_appointed | self.count_effect().excluded
        return sum(len(s.electors) for s in self.election.states if s.code not in out)

    def count_effect(self) -> Effect:
        """What the count in Congress does: states it excludes, votes it rejects."""
        if self._count_effect is None:
            self._count_effect = effect_of(self.election, rulings_for(self.election.year, self.count))
        return self._count_effect

    def set_count(self, objections: tuple[Objection, ...]) -> None:
        """The objections raised in the count (commands call this)."""
        self.count = tuple(objections)
        self._count_effect = None if self.count else NO_EFFECT
        self._in_base = None

    def is_appointed(self, state: str) -> bool:
        return state not in self.not_appointed

    def voiding_electors(self) -> frozenset[int]:
        """Electors whose state's law voids a faithless vote in this election (see pledge_laws)."""
        if self._voiding is None:
            year = self.election.year
            codes = {s.code for s in self.election.states if voids_faithless_vote(year, s.code)}
            self._voiding = frozenset(seat.index for seat in self.election.electors if seat.state in codes)
        return self._voiding

    def is_voided(self, elector: int, office: Office) -> bool:
        """The elector's faithless vote is voided by state law (the rule is on)."""
        return (
            self.apply_state_laws
            and self._votes[office][elector] is not FAITHFUL
            and not self._pledges[elector].is_empty
            and elector in self.voiding_electors()
        )

    def cast(self, elector: int, office: Office) -> str:
        """Whom the elector's ballot names for the office ("" for blank, absent or undecided)."""
        vote = self._votes[office][elector]
        if vote is FAITHFUL or self.is_voided(elector, office):
            return self._pledges[elector].for_office(office)
        return "" if vote is ABSENT else vote

    def casts(self, office: Office) -> list[str]:
        """The ballot for the office of every elector in the base ("" for blank, absent or
        undecided), in order."""
        casts = self.every_cast(office)
        if self.not_appointed or self.count_effect().excluded:
            casts = [name for name, counted in zip(casts, self._base_mask(), strict=True) if counted]
        return casts

    def every_cast(self, office: Office) -> list[str]:
        """The ballot for the office of every elector, in the base or not, in order."""
        if office is Office.PRESIDENT:
            pledged = [ticket.president for ticket in self._pledges]
        else:
            pledged = [ticket.vice_president for ticket in self._pledges]
        votes = self._votes[office]
        casts = [
            name if vote is None else "" if vote is ABSENT else vote
            for name, vote in zip(pledged, votes, strict=True)
        ]
        if self.apply_state_laws:
            for i in self.voiding_electors():
                if pledged[i]:  # the replacement elector votes as pledged
                    casts[i] = pledged[i]
        return casts

    def undecided(self, office: Office) -> int:
        """Electors in the base with no ballot yet: their unit has no winner and they were not
        given a vote."""
        return sum(
            1
            for ticket, vote, counted in zip(
                self._pledges, self._votes[office], self._base_mask(), strict=True
            )
            if vote is None and ticket.is_empty and counted
        )

    def absent(self, office: Office) -> int:
        """Electors in the base who cast no ballot for the office (state law may replace them)."""
        return sum(
            1
            for i, vote in enumerate(self._votes[office])
            if vote is ABSENT and self._base_mask()[i] and not self.is_voided(i, office)
        )

    def has_own_vote(self, elector: int, office: Office) -> bool:
        """The elector was given a vote of their own (faithless, blank, or even the pledged
        name typed again) rather than "as pledged"; the tree marks these."""
        return self._votes[office][elector] is not FAITHFUL

    def ballot(self, elector: int, office: Office) -> Ballot:
        if not self.in_base(elector):
            return Ballot.NOT_APPOINTED
        name = self.cast(elector, office)
        pledge = self._pledges[elector]
        if not name:
            vote = self._votes[office][elector]
            if vote is ABSENT and not self.is_voided(elector, office):
                return Ballot.ABSENT
            undecided = pledge.is_empty and vote is FAITHFUL
            return Ballot.UNDECIDED if undecided else Ballot.BLANK
        if pledge.is_empty:
            return Ballot.UNPLEDGED
        return Ballot.PLEDGED if name == pledge.for_office(office) else Ballot.FAITHLESS

    def is_faithless(self, elector: int, office: Office) -> bool:
        """The ballot names someone other than the pledged candidate (a blank ballot is not
        faithless here: it is counted as blank)."""
        return self.ballot(elector, office) is Ballot.FAITHLESS

    def unit_pledges(self, unit_id: str) -> Counter[Ticket]:
        return Counter(self._pledges[i] for i in self.election.unit(unit_id).electors)

    def unit_winner(self, unit_id: str) -> Ticket | None:
        """The ticket that carried the unit, or None when its electors were split (pre-1892
        general-ticket splits, or a historical unit with no electors)."""
        pledges = self.unit_pledges(unit_id)
        return next(iter(pledges)) if len(pledges) == 1 else None

    @property
    def candidates(self) -> list[Candidate]:
        return [*self.election.candidates, *self.added_candidates]

    def candidate_names(self) -> list[str]:
        return [c.name for c in self.candidates]

    def known_people(self) -> list[tuple[str, tuple[str, ...]]]:
        """Everyone a name may refer to, with their aliases: the candidates (the user's own
        included), then anyone else a ballot names now (someone written in earlier)."""
        known = [(c.name, c.aliases) for c in self.candidates]
        names = {name for name, _ in known}
        for office in Office:
            for name in dict.fromkeys(self.casts(office)):
                if name and name not in names:
                    names.add(name)
                    known.append((name, ()))
        return known

    def choice(
        self, text: str, *, accepts: frozenset[Reserved] = frozenset(), new_names: bool = False
    ) -> Choice:
        """What a user typed, read by the one resolver (gui.domain.identifiers.read_choice):
        a reserved word of ``accepts``, a known person, or someone written in on purpose."""
        return read_choice(self.known_people(), text, accepts=accepts, new_names=new_names)

    def person(self, text: str, *, allow_new: bool) -> str:
        """The candidate ``text`` names (any case, an alias or a unique surname); with
        ``allow_new`` an unknown name is taken as written (a file's write-ins: looked up among the
        candidates only, so that reading a file never depends on the order of its entries).
        Raises InputError otherwise."""
        return resolve_person([(c.name, c.aliases) for c in self.candidates], text, allow_new=allow_new)

    def home_of(self, name: str) -> str:
        """The postal code of the state a person was an inhabitant of ("" when not recorded: the
        record gives it for the election's candidates only)."""
        return self.election.home_states().get(name, "")

    def color(self, name: str) -> str:
        """The ``#rrggbb`` colour of a person; write-ins get a stable palette colour."""
        if name not in self.colors:
            return write_in_color(name, self.palette)
        return self.colors[name]

    def party_of(self, name: str) -> str:
        """A person's party: their own, as a candidate of the election or one the user added;
        for someone listed without one, the party of their ticket partner; "" when unknown."""
        by_name = {c.name: c for c in self.candidates}
        found = by_name.get(name)
        if found and found.party:
            return found.party
        pairs = [*self.election.tickets, *(Ticket(c.name, c.running_mate) for c in self.added_candidates)]
        for ticket in pairs:
            partner = {ticket.president: ticket.vice_president, ticket.vice_president: ticket.president}.get(
                name
            )
            if partner and (other := by_name.get(partner)) and other.party:
                return other.party
        return ""

    def ticket_heads(self) -> set[str]:
        """The presidential candidates of every ticket (the catalog's and the user's own)."""
        heads = {t.president for t in self.election.tickets if t.president}
        return heads | {c.name for c in self.added_candidates}

    def running_mates(self) -> set[str]:
        """The vice-presidential candidates of every ticket."""
        mates = {t.vice_president for t in self.election.tickets if t.vice_president}
        return mates | {c.running_mate for c in self.added_candidates if c.running_mate}

    def running_mate(self, president: str) -> str:
        for candidate in self.added_candidates:
            if candidate.name == president:
                return candidate.running_mate
        return self.election.running_mate(president)

    def ticket_for(self, president: str) -> Ticket:
        return Ticket(president, self.running_mate(president)) if president else NO_TICKET

    def state_key(self) -> tuple[object, ...]:
        """Everything an edit can change, for comparisons (undo restores it exactly)."""
        return (
            self.election.year,
            self.reapportioned.choice if self.reapportioned else None,
            self.start,
            self.apply_state_laws,
            tuple(sorted(self.not_appointed)),
            tuple(sorted(self.house_votes.items())),
            tuple(sorted(self.senate_votes.items())),
            tuple(self._pledges),
            tuple(self._votes[Office.PRESIDENT]),
            tuple(self._votes[Office.VICE_PRESIDENT]),
            tuple(self.added_candidates),
            tuple(sorted(self.colors.items())),
            self.popular.key(),
            self.count,
            None if self.ratings is None else tuple(sorted((u, lv.value) for u, lv in self.ratings.items())),
        )

    # --- changing (commands call these; views go through commands) ------------------------------

    def set_pledge(self, elector: int, ticket: Ticket) -> None:
        self._pledges[elector] = ticket

    def set_vote(self, elector: int, office: Office, vote: Vote) -> None:
        self._votes[office][elector] = vote

    def restructure(
        self,
        election: Election,
        reapportioned: Reapportioned | None,
        pledges: list[Ticket],
        votes: dict[Office, list[Vote]],
    ) -> None:
        """Another structure of the same election (an apportionment): its electors, their
        pledges and votes, all at once."""
        if not len(pledges) == len(votes[Office.PRESIDENT]) == len(votes[Office.VICE_PRESIDENT]):
            raise ValueError("one pledge and two votes per elector")
        self.election = election
        self.reapportioned = reapportioned
        self._pledges = list(pledges)
        self._votes = {office: list(votes[office]) for office in Office}
        self._state_of = [seat.state for seat in election.electors]
        self._in_base = None
        self._count_effect = None if self.count else NO_EFFECT
        self._voiding = None  # the electors of voiding states are counted again

    def set_appointed(self, state: str, appointed: bool) -> None:
        """Bring a state's electors into the base, or take them out of it."""
        if appointed:
            self.not_appointed.discard(state)
        else:
            self.not_appointed.add(state)
        self._in_base = None

    def execute(self, command: Command) -> None:
        before = self.election
        touched = command.do(self)
        self._notify(touched, self.election is not before)

    def revert(self, command: Command) -> None:
        before = self.election
        touched = command.undo(self)
        self._notify(touched, self.election is not before)

    # --- listeners -----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _notify(self, electors: frozenset[int], restructured: bool = False) -> None:
        change = ScenarioChange(electors, restructured)
        for listener in list(self._listeners):
            listener(change)
