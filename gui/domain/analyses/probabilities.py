"""Win probabilities: the distribution of A's electoral votes when each open unit is a coin.

Each open unit goes wholly to A with its own probability, otherwise wholly to B; every other
unit keeps its current votes (a unit not given a probability is, in effect, its current winner's
with probability 1).

* :func:`exact_distribution` treats the units as independent and convolves them exactly.
* :func:`correlated_distribution` adds a shared national swing (Monte Carlo). Model, on the
  probit scale: A carries unit u when ``mu_u + swing_sd * Z + e_u > 0``, with one national
  ``Z ~ N(0, 1)`` per draw and an independent ``e_u ~ N(0, 1)`` per unit. Choosing
  ``mu_u = Phi^-1(p_u) * sqrt(1 + swing_sd^2)`` keeps each unit's own probability exactly
  ``p_u``; only the correlation changes: any two units' latent margins correlate at
  ``swing_sd^2 / (1 + swing_sd^2)``. The default ``swing_sd = 1`` shares half of each unit's
  uncertainty nationally (correlation 0.5); 0 gives back the independent model.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from gui.domain.analyses.contest import Contest, Outcome, open_contest, pick_pair
from gui.domain.identifiers import InputError
from gui.domain.ratings import PROBABILITY, Level
from gui.domain.scenario import Scenario
from gui.domain.tally import tally

# A rating's probability for the favoured side (gui.domain.ratings); the mirror (1 - p) for the
# other side. "toss-up" as the CSV files and the Analyses tab write it.
RATING_PROBABILITY: dict[str, float] = {
    ("toss-up" if level is Level.TOSSUP else level.value): p for level, p in PROBABILITY.items()
}
DEFAULT_DRAWS = 100_000
MAX_DRAWS = 1_000_000  # every unit open: seconds on a classroom machine; more says nothing new
DEFAULT_SWING_SD = 1.0
MAX_SWING_SD = 10.0
_CHUNK = 20_000  # draws per block: about 4 MB of normals with every unit open


@dataclass(frozen=True, eq=False)  # holds numpy arrays: compare fields, not objects
class Distribution:
    contest: Contest
    probabilities: tuple[float, ...]  # P(A carries) for each open unit, in contest.units order
    pmf: np.ndarray  # pmf[v] = P(A has exactly v electoral votes), v = 0..appointed
    outcomes: dict[Outcome, float]
    method: str  # "exact" or "monte carlo"
    draws: int = 0  # Monte Carlo only
    swing_sd: float = 0.0
    seed: int | None = None
    counts: np.ndarray | None = None  # Monte Carlo histogram: draws with A at v electoral votes

    @property
    def mean(self) -> float:
        return float(np.dot(np.arange(self.pmf.size), self.pmf))

    @property
    def sd(self) -> float:
        v = np.arange(self.pmf.size)
        return float(math.sqrt(max(0.0, float(np.dot((v - self.mean) ** 2, self.pmf)))))

    def quantile(self, q: float) -> int:
        """The smallest v with P(A's votes <= v) >= q."""
        cumulative = np.cumsum(self.pmf)
        return int(min(np.searchsorted(cumulative, q - 1e-12), self.pmf.size - 1))

    def standard_error(self, outcome: Outcome) -> float:
        """Monte Carlo standard error of an outcome's probability (0 for the exact method)."""
        if not self.draws:
            return 0.0
        p = self.outcomes[outcome]
        return math.sqrt(p * (1 - p) / self.draws)


def rating_probability(level: str, favours_a: bool) -> float:
    """P(A carries) for a rating level (``safe``, ``likely``, ``lean``, ``toss-up``)."""
    p = RATING_PROBABILITY[level]
    return p if favours_a else 1.0 - p


def convolve(weights: Sequence[int], probabilities: Sequence[float]) -> np.ndarray:
    """Exact P(A's open electoral votes = s), s = 0..sum(weights), independent units."""
    pmf = np.zeros(sum(weights) + 1)
    pmf[0] = 1.0
    reach = 0
    for w, p in zip(weights, probabilities, strict=True):
        if w == 0:
            continue
        carried = p * pmf[: reach + 1]
        pmf[: reach + 1] *= 1.0 - p
        pmf[w : reach + w + 1] += carried
        reach += w
    return pmf


def simulate(
    weights: Sequence[int],
    probabilities: Sequence[float],
    draws: int,
    swing_sd: float,
    rng: np.random.Generator,
) -> np.ndarray:
    """Monte Carlo histogram of A's open electoral votes (length sum(weights) + 1)."""
    w = np.asarray(weights, dtype=np.int64)
    p = np.asarray(probabilities, dtype=np.float64)
    certain = int(w[p >= 1.0].sum())  # units decided either way need no draws
    uncertain = (p > 0.0) & (p < 1.0) & (w > 0)
    w_open = w[uncertain].astype(np.float32)  # exact: sums stay far below 2**24
    scale = math.sqrt(1.0 + swing_sd**2)
    normal = NormalDist()
    threshold = np.array([-normal.inv_cdf(float(x)) * scale for x in p[uncertain]], dtype=np.float32)
    counts = np.zeros(int(w.sum()) + 1, dtype=np.int64)
    done = 0
    while done < draws:
        n = min(_CHUNK, draws - done)
        latent = rng.standard_normal((n, threshold.size), dtype=np.float32)
        if swing_sd:
            latent += (swing_sd * rng.standard_normal(n, dtype=np.float32))[:, None]
        votes = (latent > threshold).astype(np.float32) @ w_open if threshold.size else np.zeros(n)
        counts += np.bincount(np.rint(votes).astype(np.int64) + certain, minlength=counts.size)
        done += n
    return counts


def _check(probabilities: Mapping[str, float]) -> None:
    for unit_id, p in probabilities.items():
        if not (isinstance(p, int | float) and 0.0 <= p <= 1.0):
            raise InputError(f"the probability for {unit_id} must be between 0 and 1, got {p!r}")


def _contest(
    scenario: Scenario, probabilities: Mapping[str, float], candidates: Sequence[str] | None
) -> tuple[Contest, tuple[float, ...]]:
    _check(probabilities)
    result = tally(scenario)
    a, b = pick_pair(scenario, candidates, result)
    contest = open_contest(scenario, list(probabilities), a, b, result)
    return contest, tuple(float(probabilities[u]) for u in contest.units)


def _spread(contest: Contest, open_pmf: np.ndarray) -> tuple[np.ndarray, dict[Outcome, float]]:
    """A's pmf over all electoral votes, and the probability of each outcome."""
    pmf = np.zeros(contest.appointed + 1)
    start = contest.fixed_votes(contest.a)
    pmf[start : start + open_pmf.size] = open_pmf
    outcomes = dict.fromkeys(Outcome, 0.0)
    for a_open, p in enumerate(open_pmf.tolist()):
        if p:
            outcomes[contest.outcome(a_open)] += p
    return pmf, outcomes


def exact_distribution(
    scenario: Scenario, probabilities: Mapping[str, float], candidates: Sequence[str] | None = None
) -> Distribution:
    """Independent units: the exact distribution of A's electoral votes.

    ``probabilities`` maps unit ids (checked) to P(first candidate carries it); the two
    candidates default to the top two of the current tally.
    """
    contest, probs = _contest(scenario, probabilities, candidates)
    pmf, outcomes = _spread(contest, convolve(contest.weights, probs))
    return Distribution(contest, probs, pmf, outcomes, "exact")


def correlated_distribution(
    scenario: Scenario,
    probabilities: Mapping[str, float],
    candidates: Sequence[str] | None = None,
    *,
    draws: int = DEFAULT_DRAWS,
    swing_sd: float = DEFAULT_SWING_SD,
    seed: int | None = None,
) -> Distribution:
    """Units tied by a national swing: ``draws`` Monte Carlo elections (see the module notes).
    Without a seed one is drawn and reported, so any run can be repeated."""
    if not 1 <= draws <= MAX_DRAWS:
        raise InputError(f"the number of draws must be between 1 and {MAX_DRAWS:,}, got {draws}")
    if not (math.isfinite(swing_sd) and 0.0 <= swing_sd <= MAX_SWING_SD):
        raise InputError(f"the swing standard deviation must be between 0 and {MAX_SWING_SD}, got {swing_sd}")
    if seed is not None and seed < 0:
        raise InputError(f"the seed must be a whole number >= 0, got {seed}")
    contest, probs = _contest(scenario, probabilities, candidates)
    if seed is None:
        seed = int(np.random.SeedSequence().entropy) % 2**63
    counts = simulate(contest.weights, probs, draws, swing_sd, np.random.default_rng(seed))
    pmf, outcomes = _spread(contest, counts / draws)
    full_counts = np.zeros(contest.appointed + 1, dtype=np.int64)
    start = contest.fixed_votes(contest.a)
    full_counts[start : start + counts.size] = counts
    return Distribution(contest, probs, pmf, outcomes, "monte carlo", draws, swing_sd, seed, full_counts)
