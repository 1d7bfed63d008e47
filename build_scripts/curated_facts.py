"""Facts the shared tables do not hold in machine-readable form.

Each entry is a well-documented historical fact with its source; the data build checks every
entry against the official state tables (a pledge exception must match votes that were really
cast), so a typo here stops the build instead of shipping a wrong count.
"""

from __future__ import annotations

# Candidate spellings differ between sources (NARA, House Clerk, compiled tables). The app
# shows one common name per person and accepts the official spellings as aliases.
DISPLAY_NAMES: dict[str, str] = {
    "Al Gore, Jr.": "Al Gore",
    "Barack H. Obama": "Barack Obama",
    "John F. Kerry": "John Kerry",
    "Joseph R. Biden Jr.": "Joe Biden",
    "Donald J. Trump": "Donald Trump",
    "Kamala D. Harris": "Kamala Harris",
    "Michael R. Pence": "Mike Pence",
}

# Party labels for the official-source years that the compiled table does not label, and
# corrections of its typos. Keyed by (year, display name).
PARTY_OVERRIDES: dict[tuple[int, str], str] = {
    (2024, "Donald Trump"): "Republican",
    (2024, "Kamala Harris"): "Democratic",
    (1872, "Thomas A. Hendricks"): "Democratic",
    (1872, "Benjamin Gratz Brown"): "Liberal Republican",
    (1872, "Charles J. Jenkins"): "Democratic",
    (1872, "David Davis"): "Liberal Republican",
    (1872, "Horace Greeley"): "Liberal Republican",
}
PARTY_SPELLING_FIXES: dict[str, str] = {
    "Repubican": "Republican",
    "Constituional Union": "Constitutional Union",
}
# Labels that describe how a vote was cast, not a party.
NOT_A_PARTY = {"Faithless", "Various", "Libertarian / Faithless"}

# Tickets for the elections the shared ticket table does not cover (it spans 1804-2012).
# Before the 12th Amendment there were no separate ballots; these are the party pairings
# (used only when a what-if assigns a state to a candidate).
EXTRA_TICKETS: dict[int, list[tuple[str, str]]] = {
    1789: [("George Washington", "John Adams")],
    1792: [("George Washington", "John Adams"), ("George Clinton", "")],
    1796: [("John Adams", "Thomas Pinckney"), ("Thomas Jefferson", "Aaron Burr")],
    1800: [("Thomas Jefferson", "Aaron Burr"), ("John Adams", "Charles Pinckney")],
    2016: [
        ("Donald Trump", "Mike Pence"),
        ("Hillary Clinton", "Tim Kaine"),
        ("Bernie Sanders", ""),
        ("John Kasich", ""),
        ("Ron Paul", ""),
        ("Colin Powell", ""),
        ("Faith Spotted Eagle", ""),
    ],
    2020: [("Joe Biden", "Kamala Harris"), ("Donald Trump", "Mike Pence")],
    2024: [("Donald Trump", "JD Vance"), ("Kamala Harris", "Tim Walz")],
}

# Electors who were pledged to one ticket and voted otherwise (12th-Amendment era).
# (year, state, electors, pledged (P, VP), cast (P, VP) with "" = blank, note).
# 2016 comes from the faithless-elector table instead.
FAITHLESS: list[tuple[int, str, int, tuple[str, str], tuple[str, str], str]] = [
    (
        1820,
        "NH",
        1,
        ("James Monroe", "Daniel D. Tompkins"),
        ("John Quincy Adams", "Richard Rush"),
        "William Plumer voted for John Quincy Adams, reportedly so that only Washington would "
        "have been chosen unanimously.",
    ),
    (
        1836,
        "VA",
        23,
        ("Martin Van Buren", "Richard M. Johnson"),
        ("Martin Van Buren", "William Smith"),
        "Virginia's Democratic electors refused to vote for Richard M. Johnson, leaving him one "
        "vote short of a majority; the Senate then chose him.",
    ),
    (
        1948,
        "TN",
        1,
        ("Harry Truman", "Alben W. Barkley"),
        ("Strom Thurmond", "Fielding L. Wright"),
        "Preston Parks, on both the Democratic and the States' Rights slates, voted for Thurmond.",
    ),
    (
        1956,
        "AL",
        1,
        ("Adlai Stevenson", "Estes Kefauver"),
        ("Walter Jones", "Herman Talmadge"),
        "W. F. Turner voted for Walter B. Jones and Herman Talmadge.",
    ),
    (
        1960,
        "OK",
        1,
        ("Richard Nixon", "Henry Cabot Lodge Jr."),
        ("Harry Byrd", "Barry Goldwater"),
        "Henry D. Irwin voted for Harry F. Byrd and Barry Goldwater.",
    ),
    (
        1968,
        "NC",
        1,
        ("Richard Nixon", "Spiro Agnew"),
        ("George Wallace", "Curtis LeMay"),
        "Lloyd W. Bailey voted for George Wallace and Curtis LeMay.",
    ),
    (
        1972,
        "VA",
        1,
        ("Richard Nixon", "Spiro Agnew"),
        ("John Hospers", "Theodora Nathan"),
        "Roger MacBride voted for the Libertarian ticket; Tonie Nathan was the first woman to "
        "receive an electoral vote.",
    ),
    (
        1976,
        "WA",
        1,
        ("Gerald Ford", "Bob Dole"),
        ("Ronald Reagan", "Bob Dole"),
        "Mike Padden voted for Ronald Reagan for President.",
    ),
    (
        1988,
        "WV",
        1,
        ("Michael Dukakis", "Lloyd Bentsen"),
        ("Lloyd Bentsen", "Michael Dukakis"),
        "Margarette Leach reversed the ticket.",
    ),
    (
        2000,
        "DC",
        1,
        ("Al Gore", "Joe Lieberman"),
        ("", ""),
        "Barbara Lett-Simmons cast blank ballots to protest the District's lack of representation "
        "in Congress; she still counts as appointed.",
    ),
    (
        2004,
        "MN",
        1,
        ("John Kerry", "John Edwards"),
        ("John Edwards", "John Edwards"),
        "An anonymous Minnesota elector voted for John Edwards (spelled 'John Ewards') for "
        "President, apparently by mistake.",
    ),
]

# Whole delegations pledged to a ticket that the electors could no longer vote for.
STATE_PLEDGES: dict[tuple[int, str], tuple[tuple[str, str], str]] = {
    (1872, state): (
        ("Horace Greeley", "Benjamin Gratz Brown"),
        "Horace Greeley, who carried this state, died on 29 November 1872, before the electors "
        "met; his electors scattered their votes.",
    )
    for state in ("GA", "KY", "MD", "MO", "TN", "TX")
}

# Votes cast but not counted by Congress: (year, state) -> (recipient, votes, note).
REJECTED_VOTES: dict[tuple[int, str], tuple[str, int, str]] = {
    (1872, "GA"): (
        "Horace Greeley",
        3,
        "Three Georgia electors voted for the deceased Horace Greeley; the House resolved not "
        "to count those votes (they stay in the base: 352 appointed, 177 needed).",
    ),
}

# Maine (since 1972) and Nebraska (since 1992) appoint two electors at large and one per
# congressional district. Districts whose result differed from the state's, by election.
DISTRICT_SYSTEM: dict[str, tuple[int, int]] = {"ME": (1972, 2), "NE": (1992, 3)}
DISTRICT_SPLITS: dict[tuple[int, str], str] = {
    (2008, "NE-2"): "Barack Obama",
    (2016, "ME-2"): "Donald Trump",
    (2020, "ME-2"): "Donald Trump",
    (2020, "NE-2"): "Joe Biden",
    (2024, "ME-2"): "Donald Trump",
    (2024, "NE-2"): "Kamala Harris",
}

# States whose allotted electors did not all vote, with the official explanation.
SHORTFALL_NOTES: dict[tuple[int, str], str] = {
    (1789, "NY"): "New York's legislature deadlocked and appointed no electors.",
    (1789, "MD"): "Two of Maryland's eight electors did not vote.",
    (1789, "VA"): "Only ten of Virginia's twelve electors voted (one district chose none in time).",
    (1792, "MD"): "Two of Maryland's ten electors did not vote.",
    (1792, "VT"): "One of Vermont's four electors did not vote.",
    (1808, "KY"): "One Kentucky elector did not vote.",
    (1812, "OH"): "One Ohio elector did not vote.",
    (1816, "DE"): "One Delaware elector did not vote.",
    (1816, "MD"): "Three Maryland electors did not vote.",
    (1820, "MS"): "One Mississippi elector died before the meeting and was not replaced.",
    (1820, "PA"): "One Pennsylvania elector died before the meeting and was not replaced.",
    (1820, "TN"): "One Tennessee elector died before the meeting and was not replaced.",
    (1832, "MD"): "Two Maryland electors did not vote.",
    (1864, "NV"): "One Nevada elector did not vote (snowbound); Congress counted 233 electors.",
    (1864, "LA"): "Louisiana chose electors under a Union government, but Congress did not count them.",
    (1864, "TN"): "Tennessee chose electors under a Union government, but Congress did not count them.",
    (1872, "AR"): "Congress did not count Arkansas's votes (irregular certificates).",
    (1872, "LA"): "Congress did not count Louisiana's votes (rival returns).",
}
