"""The count in Congress in words: the era's rule, each objection and its ruling, what the count
changed, the ``count`` command's text and JSON, and the rows of the window's Count tab."""

from __future__ import annotations

from gui.domain.catalog import Office
from gui.domain.count_session import CountSession, count_session
from gui.domain.i18n import translate
from gui.domain.joint_session.rules import (
    ChamberVote,
    Decision,
    Era,
    Ground,
    Ruling,
    Signers,
    Thresholds,
    Why,
)
from gui.domain.scenario import Scenario
from gui.domain.tally import Tally
from gui.present.blocks import Block, Bullets, Paragraph, Table, plain
from gui.present.count_changes import change_lines, state_name
from gui.present.labels import count_phrase, data_text, votes_line
from gui.present.outcome import base_sentence, office_json, reason


def rule_text(era: Era, needed: Thresholds) -> str:
    """The era's rule for objections in one sentence."""
    if era is Era.NONE:
        return translate(
            "count",
            "No rule for objections: the presiding officer opened the certificates and announced the "
            "count (before 1865, and again in 1881 and 1885).",
        )
    if era is Era.JOINT_RULE:
        return translate(
            "count",
            "22nd Joint Rule (1865–1876): any member may object; a vote objected to is counted only if "
            "both Houses agree, so either House alone rejects it.",
        )
    if era is Era.COMMISSION:
        return translate(
            "count",
            "Electoral Commission Act (1877): an objection needs a senator and a representative; a "
            "single return is rejected only by both Houses; competing returns go to the Commission, "
            "whose decision stands unless both Houses reject it.",
        )
    if era is Era.ECA:
        return translate(
            "count",
            "Electoral Count Act (1887): an objection in writing needs at least one senator and one "
            "representative; a lawfully certified return is rejected only if both Houses agree.",
        )
    return translate(
        "count",
        "Electoral Count Reform Act (2022): an objection needs one fifth of each House ({senators} "
        "senators and {representatives} representatives); only two grounds; both Houses must sustain "
        "it. Electors excluded as not lawfully certified leave the base; a vote not regularly given "
        "stays in it.",
    ).format(senators=needed.senators, representatives=needed.representatives)


def ground_label(ground: Ground) -> str:
    if ground is Ground.CERTIFICATE:
        return translate("count", "not lawfully certified")
    return translate("count", "not regularly given")


def signers_text(signers: Signers | None) -> str:
    if signers is None:
        return translate("count", "not recorded")
    plus = "+" if signers.at_least else ""
    senators = count_phrase(
        signers.senators, translate("count", "1 senator"), translate("count", "{count} senators")
    )
    representatives = count_phrase(
        signers.representatives,
        translate("count", "1 representative"),
        translate("count", "{count} representatives"),
    )
    if plus:  # "1+ senator": the record names these and says there were more
        senators = (
            senators.replace(str(signers.senators), f"{signers.senators}+", 1)
            if signers.senators
            else senators
        )
        representatives = (
            representatives.replace(str(signers.representatives), f"{signers.representatives}+", 1)
            if signers.representatives
            else representatives
        )
    return f"{senators}, {representatives}"


def chamber_text(vote: ChamberVote | None) -> str:
    if vote is None:
        return "—"
    if vote.yeas is not None and vote.nays is not None:
        return f"{vote.yeas}–{vote.nays}"
    return translate("count", "sustains") if vote.sustains else translate("count", "rejects")


def why_text(why: Why, needed: Thresholds) -> str:
    """Why an objection is not in order, in one sentence."""
    texts = {
        Why.NO_RULE: translate(
            "count", "there was no rule for objections: the presiding officer announced the count"
        ),
        Why.NO_SIGNER: translate("count", "no member signed it"),
        Why.NO_SENATOR: translate(
            "count", "no senator signed it (the law needs one senator and one representative)"
        ),
        Why.NO_REPRESENTATIVE: translate(
            "count", "no representative signed it (the law needs one senator and one representative)"
        ),
        Why.TOO_FEW_SENATORS: translate(
            "count", "fewer than one fifth of the senators signed it ({needed} of the {members} needed)"
        ),
        Why.TOO_FEW_REPRESENTATIVES: translate(
            "count",
            "fewer than one fifth of the representatives signed it ({needed} of the {members} needed)",
        ),
        Why.NOT_COUNTED: translate("count", "the state's electors are not in the count"),
        Why.TWICE: translate("count", "the certificate already has an objection"),
    }
    members = needed.senate_members if why is Why.TOO_FEW_SENATORS else needed.house_members
    wanted = needed.senators if why is Why.TOO_FEW_SENATORS else needed.representatives
    return texts[why].format(needed=wanted, members=members)


def refusal_text(state_name: str, why: Why, needed: Thresholds) -> str:
    return translate("count", "The objection to {state} is not in order: {why}.").format(
        state=state_name, why=why_text(why, needed)
    )


def decision_text(ruling: Ruling, needed: Thresholds) -> str:
    decision = ruling.decision
    if decision is Decision.OUT_OF_ORDER and ruling.why is not None:
        return translate("count", "not in order: {why}").format(why=why_text(ruling.why, needed))
    texts = {
        Decision.SUSTAINED: translate("count", "sustained"),
        Decision.NOT_SUSTAINED: translate("count", "not sustained: counted"),
        Decision.ANNOUNCED_BOTH_WAYS: translate("count", "announced both ways"),
        Decision.COUNTED_BY_PRESIDING: translate("count", "counted by the presiding officer"),
        Decision.COMMISSION: translate("count", "decided by the Electoral Commission"),
        Decision.OUT_OF_ORDER: translate("count", "not in order"),
    }
    text = texts[decision]
    if ruling.excludes:
        text = translate("count", "sustained: electors excluded, the base reduced")
    elif ruling.rejects_votes:
        text = translate("count", "sustained: votes not counted, the base kept")
    return text


def objection_rows(scenario: Scenario, session: CountSession) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            state_name(scenario, r.objection.state),
            ground_label(r.objection.ground),
            signers_text(r.objection.signers),
            chamber_text(r.objection.senate),
            chamber_text(r.objection.house),
            decision_text(r, session.needed),
        )
        for r in session.rulings
    )


def objection_headings() -> tuple[str, ...]:
    return (
        translate("count", "State"),
        translate("count", "Ground"),
        translate("count", "Signed by"),
        translate("count", "Senate"),
        translate("count", "House"),
        translate("count", "Decision"),
    )


def session_lines(session: CountSession) -> list[str]:
    """The recorded session's note, sources and what is uncertain (when it is replayed)."""
    record = session.record
    if record is None or not session.replayed:
        return []
    lines = [
        translate("count", "As recorded ({date}): {note}").format(
            date=record.date, note=data_text(record.note)
        )
    ]
    lines += [translate("count", "Source: {source}").format(source=source) for source in record.sources]
    lines += [
        translate("count", "Uncertain: {item}").format(item=data_text(item)) for item in record.uncertain
    ]
    return lines


def count_report(scenario: Scenario, result: Tally) -> list[Block]:
    """``ec-whatif count``: the rule, the objections and their rulings, the result."""
    session = count_session(scenario)
    blocks: list[Block] = [
        Paragraph(
            plain(translate("count", "{year}: the count in Congress").format(year=scenario.election.year))
        ),
        Paragraph(plain(rule_text(session.era, session.needed))),
    ]
    if session.rulings:
        blocks.append(Table(objection_rows(scenario, session), objection_headings()))
        notes = [
            f"{state_name(scenario, r.objection.state)}: {data_text(r.objection.note)}"
            for r in session.rulings
            if r.objection.note
        ]
        if notes:
            blocks.append(Bullets(tuple(plain(n) for n in notes)))
    else:
        blocks.append(Paragraph(plain(translate("count", "No objection: every certificate is counted."))))
    extra = session_lines(session)
    if extra:
        blocks.append(Bullets(tuple(plain(line) for line in extra)))
    blocks.append(Paragraph(plain(base_sentence(result, scenario))))
    outcome = [
        *change_lines(scenario),
        votes_summary(result),
        reason(result, Office.PRESIDENT, scenario),
        reason(result, Office.VICE_PRESIDENT, scenario),
    ]
    blocks.append(Paragraph(plain("\n".join(outcome))))
    return blocks


def votes_summary(result: Tally) -> str:
    return translate("count", "President: {votes}").format(votes=votes_line(result.president.votes))


def _chamber_json(vote: ChamberVote | None) -> dict[str, object] | None:
    if vote is None:
        return None
    return {"yeas": vote.yeas, "nays": vote.nays, "sustains": vote.sustains}


def count_json(scenario: Scenario, result: Tally) -> dict[str, object]:
    session = count_session(scenario)
    effect = session.effect
    return {
        "election": result.year,
        "rule": session.era.value,
        "signers_needed": {
            "senators": session.needed.senators,
            "representatives": session.needed.representatives,
        },
        "appointed": result.appointed,
        "majority": result.majority,
        "president": office_json(result, Office.PRESIDENT, scenario),
        "vice_president": office_json(result, Office.VICE_PRESIDENT, scenario),
        "objections": [
            {
                "state": r.objection.state,
                "ground": r.objection.ground.value,
                "electors": list(r.objection.electors),
                "office": r.objection.office.value if r.objection.office else None,
                "signers": None
                if r.objection.signers is None
                else {
                    "senators": r.objection.signers.senators,
                    "representatives": r.objection.signers.representatives,
                    "at_least": r.objection.signers.at_least,
                },
                "senate": _chamber_json(r.objection.senate),
                "house": _chamber_json(r.objection.house),
                "decision": r.decision.value,
                "why": r.why.value if r.why else None,
                "note": r.objection.note,
                "source": r.objection.source,
            }
            for r in session.rulings
        ],
        "excluded": sorted(effect.excluded),
        "rejected_votes": {
            office.value: [scenario.election.electors[i].id for i in sorted(effect.rejected[office])]
            for office in Office
        },
        "recorded": session.replayed,
        "sources": list(session.record.sources) if session.record and session.replayed else [],
        "changes": change_lines(scenario),
    }


def certificate_headings() -> tuple[str, ...]:
    return (
        translate("count", "State"),
        translate("count", "Electors"),
        translate("count", "Votes for President"),
        translate("count", "Objection"),
        translate("count", "Signed by"),
        translate("count", "Senate"),
        translate("count", "House"),
        translate("count", "Decision"),
    )


def certificate_cells(scenario: Scenario, session: CountSession, row: int) -> tuple[str, ...]:
    """One row of the Count tab: a certificate as opened, and its objection."""
    certificate = session.certificates[row]
    votes = (
        votes_line(certificate.votes, limit=3) if certificate.counted else translate("count", "not counted")
    )
    ruling = certificate.ruling
    if ruling is None:
        return (certificate.name, str(certificate.electors), votes, "", "", "", "", "")
    objection = ruling.objection
    return (
        certificate.name,
        str(certificate.electors),
        votes,
        ground_label(objection.ground),
        signers_text(objection.signers),
        chamber_text(objection.senate),
        chamber_text(objection.house),
        decision_text(ruling, session.needed),
    )


def order_note(session: CountSession) -> str:
    if session.era in (Era.ECA, Era.ECRA):
        return translate(
            "count", "Certificates opened in the alphabetical order of the states (3 U.S.C. §15)."
        )
    return translate(
        "count",
        "Certificates in this data's order of the states; the record of the time opened them from "
        "north to south.",
    )
