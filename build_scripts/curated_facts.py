"""Facts the shared tables do not hold in machine-readable form.

Each entry is a well-documented historical fact with its source; the data build checks every
entry against the official state tables (a pledge exception must match votes that were really
cast), so a typo here stops the build instead of shipping a wrong count.
"""

from __future__ import annotations

# Candidate spellings differ between sources (NARA, House Clerk, compiled tables). The app
# shows one common name per person and accepts the official spellings as aliases.
DISPLAY_NAMES: dict[str, str] = {
    # One spelling per person in every year, in the catalogue's style (first name, middle
    # initial, surname, as the National Archives lists them); the others become aliases.
    "Charles Pinckney": "Charles Cotesworth Pinckney",  # the Federalist of 1800-1808, not his cousin
    "Charles C. Pinckney": "Charles Cotesworth Pinckney",
    "William H. Harrison": "William Henry Harrison",
    "James Polk": "James K. Polk",
    "Samuel Tilden": "Samuel J. Tilden",
    "James Garfield": "James A. Garfield",
    "Winfield Hancock": "Winfield S. Hancock",
    "James Blaine": "James G. Blaine",
    "James Weaver": "James B. Weaver",
    "Garret Hobart": "Garret A. Hobart",
    "Alton Parker": "Alton B. Parker",
    "William Taft": "William H. Taft",
    "Hiram Johnson": "Hiram W. Johnson",
    "Charles Hughes": "Charles E. Hughes",
    "Warren Harding": "Warren G. Harding",
    "James Cox": "James M. Cox",
    "John Davis": "John W. Davis",
    "Robert LaFollette": "Robert M. La Follette",
    "Alfred Landon": "Alfred M. Landon",
    "Thomas Dewey": "Thomas E. Dewey",
    "Harry Truman": "Harry S. Truman",
    "Adlai Stevenson": "Adlai Stevenson II",  # 1952 and 1956; his grandfather is Adlai E. Stevenson
    "Walter Jones": "Walter B. Jones",
    "Harry Byrd": "Harry F. Byrd",
    "Hubert Humphrey": "Hubert H. Humphrey",
    "George Wallace": "George C. Wallace",
    "Spiro Agnew": "Spiro T. Agnew",
    "Francis P. Blair, Jr.": "Francis P. Blair Jr.",
    "Nathaniel Prentice Banks": "Nathaniel P. Banks",
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
    1800: [("Thomas Jefferson", "Aaron Burr"), ("John Adams", "Charles Cotesworth Pinckney")],
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
        ("Harry S. Truman", "Alben W. Barkley"),
        ("Strom Thurmond", "Fielding L. Wright"),
        "Preston Parks, on both the Democratic and the States' Rights slates, voted for Thurmond.",
    ),
    (
        1956,
        "AL",
        1,
        ("Adlai Stevenson II", "Estes Kefauver"),
        ("Walter B. Jones", "Herman Talmadge"),
        "W. F. Turner voted for Walter B. Jones and Herman Talmadge.",
    ),
    (
        1960,
        "OK",
        1,
        ("Richard Nixon", "Henry Cabot Lodge Jr."),
        ("Harry F. Byrd", "Barry Goldwater"),
        "Henry D. Irwin voted for Harry F. Byrd and Barry Goldwater.",
    ),
    (
        1968,
        "NC",
        1,
        ("Richard Nixon", "Spiro T. Agnew"),
        ("George C. Wallace", "Curtis LeMay"),
        "Lloyd W. Bailey voted for George C. Wallace and Curtis LeMay.",
    ),
    (
        1972,
        "VA",
        1,
        ("Richard Nixon", "Spiro T. Agnew"),
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
    (1789, "MD"): "Two of Maryland's eight electors did not vote.",
    (1789, "VA"): (
        "Virginia appointed eleven of its twelve electors (one district sent no return in time), "
        "and one of the eleven did not vote."
    ),
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
    (1864, "NV"): "One Nevada elector did not vote (snowbound).",
}

# States the record leaves out of the base: (year, state) -> (why, what its electors voted or
# ("", "") when the record does not say, whether the state votes in a contingent election in the
# House, note). "not-appointed": the state chose no electors; "not-counted": Congress did not
# count them. Each can be brought back into the base as a what-if.
OUT_OF_BASE: dict[tuple[int, str], tuple[str, tuple[str, str], bool, str]] = {
    (1789, "NY"): (
        "not-appointed",
        ("", ""),
        True,
        "New York's legislature deadlocked and appointed no electors.",
    ),
    **{
        (1864, state): (
            "not-counted",
            ("Abraham Lincoln", "Andrew Johnson"),
            False,
            f"{name} chose electors under a Union government and they voted for Lincoln and "
            "Johnson, but the joint resolution of 8 February 1865 declared the eleven states in "
            "rebellion not entitled to electoral votes, and Congress did not count them.",
        )
        # Sources: joint resolution H.R. 126, approved 8 Feb 1865 (Collected Works of Abraham
        # Lincoln, vol. 8); C. H. McCarthy, Lincoln's Plan of Reconstruction (1901), ch. IX.
        for state, name in (("LA", "Louisiana"), ("TN", "Tennessee"))
    },
    (1872, "AR"): (
        "not-counted",
        ("", ""),
        True,
        "Rival Arkansas electors met; Congress rejected the state's votes (certified by the "
        "Secretary of State only). The record here does not say how either slate voted.",
    ),
    (1872, "LA"): (
        "not-counted",
        ("", ""),
        True,
        "Two returning boards certified rival Louisiana electors, who both voted; Congress counted "
        "neither. The record here does not say how either slate voted.",
    ),
}

# Notes the record has, on a state (shown with it) ...
STATE_NOTES: dict[tuple[int, str], str] = {
    (1820, "MO"): (
        "Missouri's 3 votes were announced both ways: its admission as a state was not yet "
        "complete when Congress counted them."
    ),
    (1868, "GA"): (
        "Georgia's 9 votes were announced both ways: the House objected that Georgia had not "
        "met the Reconstruction Acts and that its electors had not voted on the day set by law."
    ),
    **{
        (1876, state): (
            f"Disputed: {name} sent rival returns. The Electoral Commission accepted the Republican "
            "electors, who voted for Hayes."
        )
        for state, name in (("FL", "Florida"), ("LA", "Louisiana"), ("SC", "South Carolina"))
    },
    (1876, "OR"): (
        "Disputed: one Republican elector, a postmaster, was challenged as ineligible and the "
        "governor certified a Democrat in his place. The Electoral Commission accepted the "
        "Republican electors, so all 3 votes went to Hayes."
    ),
}

# ... and on the whole election (shown with the outcome, in the handout and on the command line).
ELECTION_NOTES: dict[int, list[str]] = {
    1789: [
        "North Carolina and Rhode Island had not yet ratified the Constitution and chose no "
        "electors; New York's legislature appointed none.",
    ],
    1820: [
        "Congress announced Missouri's 3 votes both ways: with them James Monroe had 231 votes, "
        "without them 228. He was elected either way, so the question was left open.",
    ],
    1864: [
        "The eleven states in rebellion took no part in the count: by the joint resolution of "
        "8 February 1865 Congress declared them not entitled to electoral votes, including "
        "Louisiana and Tennessee, whose electors had voted for Lincoln.",
    ],
    1868: [
        "Congress announced Georgia's 9 votes both ways: with them Horatio Seymour had 80 votes, "
        "without them 71. Ulysses S. Grant's 214 were a majority either way (of 294 electors with "
        "Georgia, of 285 without).",
    ],
    1876: [
        "Twenty electoral votes were disputed: Florida's, Louisiana's and South Carolina's rival "
        "returns and one Oregon elector. An Electoral Commission of five senators, five "
        "representatives and five justices awarded all twenty to Hayes, 8 votes to 7, and "
        "Congress counted them: Hayes 185, Tilden 184.",
    ],
    1912: [
        "Vice President James S. Sherman, Taft's running mate, died on 30 October 1912, days "
        "before the election. The Republican National Committee named Nicholas Murray Butler to "
        "receive his electoral votes, and Taft's 8 electors (Utah and Vermont) voted for him.",
    ],
    2016: [
        "Seven faithless votes for President were counted. Three more were cast and voided under "
        "state law: Micheal Baca (Colorado) and Muhammad Abdurrahman (Minnesota) were replaced "
        "after voting for John Kasich and Bernie Sanders (Abdurrahman also for Tulsi Gabbard as "
        "Vice President); David Bright (Maine) voted for Bernie Sanders, was ruled out of order "
        "and voted again, for Hillary Clinton.",
    ],
}

# Electors whose vote the record explains (year, pledge) -> note.
ELECTOR_NOTES: dict[tuple[int, tuple[str, str]], str] = {
    (1912, ("William H. Taft", "Nicholas Murray Butler")): (
        "Taft's running mate, James S. Sherman, died on 30 October 1912; the Republican National "
        "Committee named Nicholas Murray Butler to receive his votes."
    ),
}

# 2016 votes voided under state law, beyond the faithless-elector table: a vote for Vice
# President it leaves out (Wikipedia, "Faithless electors in the 2016 United States presidential
# election" and "List of 2016 United States presidential electors", copied in ../shared/data).
ATTEMPTED_VP_2016: dict[str, str] = {"Muhammad Abdurrahman": "Tulsi Gabbard"}

# States of 1789 that had not ratified the Constitution (not "not yet states").
NOT_RATIFIED: dict[int, tuple[str, ...]] = {1789: ("NC", "RI")}

# Different people who share a first name and a surname (the one-spelling check lets them be).
DIFFERENT_PEOPLE: set[frozenset[str]] = {
    frozenset({"John Adams", "John Quincy Adams"}),
    frozenset({"George H. W. Bush", "George W. Bush"}),
    frozenset({"Adlai E. Stevenson", "Adlai Stevenson II"}),
    frozenset({"Charles Cotesworth Pinckney", "Charles Pinckney"}),
}
