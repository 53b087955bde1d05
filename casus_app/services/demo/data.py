"""A realistic synthetic register in the exchange format, for demos, tests and benchmarks.

Everything is invented: people are random combinations of common first names and surnames,
streets are composed from generic Dutch words, texts are built from fragments. Output is
deterministic for (n_cases, seed, today) and is produced as a stream of text chunks, so a file
of 100,000 cases never exists in memory as one object; only a few integers per case are kept
to fill in the meetings at the end.
"""

from __future__ import annotations

import json
import os
import tempfile
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import date
from math import sqrt
from pathlib import Path
from random import Random
from typing import Any

from casus_app.domain import clock
from casus_app.services.demo.vocabulary import (
    ACTIONS,
    ATTENDANCE,
    BREAKTHROUGHS,
    CATEGORY_ORGS,
    CLOSING,
    CORPORATIONS,
    GOALS,
    GOALS_WITH_CHILDREN,
    GROUPS,
    GROUPS_OCCUPATION,
    HIGH_RISK_CATEGORIES,
    LEADS,
    LEEFGEBIED_WEIGHTS,
    NO_ACTION_YET,
    NOTES_AGREED,
    NOTES_FOLLOW,
    NOTES_NEW,
    NOTES_NEW_PLAIN,
    PC_LETTERS,
    PLEKKEN,
    POSTCODES,
    PROBLEMS,
    RISK,
    SIGNALLERS,
    STREET_OLD,
    STREET_SUFFIXES,
    STREET_WORDS,
    TOEVOEGINGEN,
    names,
)
from casus_app.storage.reference_defaults import load_defaults

_NOTE_NEW, _NOTE_AGREED, _NOTE_CLOSING = 0, 1, 2  # kinds of meeting note
FORMAT = "casus-uitwisseling"
VERSION = 1
SOORTEN = ("leefbaarheid", "casuistiek", "doorbraak")
MEETING_KINDS = ("leefbaarheidsoverleg", "casuistiekoverleg", "doorbraakteam")
_MEETING_LETTER = "LCD"
_PERIOD_DAYS = 3 * 365  # cases start over the last ~3 years
_CHUNK_CASES = 500
_MAX_BESPROKEN = 40  # one evening of an overleg; big registers are sampled


def _weights(spec: str, known: list[str]) -> dict[str, float]:
    """Parse "CODE:weight …" (CORP spreads over the corporations) and keep codes that exist."""
    out: dict[str, float] = {}
    for part in spec.split():
        code, _, weight = part.partition(":")
        w = float(weight or 1)
        spread = CORPORATIONS if code == "CORP" else {code: 1.0}
        for c, share in spread.items():
            if c in known:
                out[c] = out.get(c, 0.0) + w * share
    return out


class _Pick:
    """Weighted choice with precomputed cumulative weights (several times faster than choices())."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, weights: dict[Any, float]) -> None:
        self.items = [k for k, w in weights.items() if w > 0]
        self.cum: list[float] = []
        acc = 0.0
        for k in self.items:
            acc += weights[k]
            self.cum.append(acc)
        self.total = acc

    def __call__(self, rnd: Any) -> Any:
        return self.items[bisect_right(self.cum, rnd() * self.total)]


def _surname(full: str) -> tuple[str | None, str]:
    words = full.split()
    i = 0
    while i < len(words) - 1 and words[i].islower():
        i += 1
    return (" ".join(words[:i]) or None), " ".join(words[i:])


def _feminine(surname: str) -> str:
    """Polish surnames in -ski/-cki take -ska/-cka for women."""
    return surname[:-1] + "a" if surname.endswith(("ski", "cki")) else surname


class _Register:
    """One generation run: reference data compiled into lookup tables, a seeded RNG, and per-case
    integers (group, start, horizon, notes) that the meetings need after the cases are written."""

    def __init__(self, n_cases: int, seed: int, today: date) -> None:
        self.n = n_cases
        self.rng = Random(seed)
        self.rnd = self.rng.random
        self.today = today.toordinal()
        self.ref = load_defaults()
        self._compile_reference()
        self._compile_people()
        base = date(1920, 1, 1).toordinal()
        self.iso_base = base
        self.iso = [date.fromordinal(o).isoformat() for o in range(base, self.today + 400)]

    # ---------------------------------------------------------------------------------- setup
    def _compile_reference(self) -> None:
        ref = self.ref
        self.gebieden = [g["code"] for g in ref.get("gebieden", [])]
        self.buurten = [list(g.get("buurten") or []) for g in ref.get("gebieden", [])]
        orgs = [o["code"] for o in ref.get("organisaties", [])]
        if not self.gebieden or not orgs:
            raise ValueError("De referentielijsten missen gebieden of organisaties.")
        self.orgs = orgs
        cats: dict[str, list[str]] = {s: [] for s in SOORTEN}
        for c in ref.get("categorieen", []):
            cats.setdefault(c.get("soort") or "casuistiek", []).append(c["code"])
        self.cats = cats
        soort_w = {"leefbaarheid": 45, "casuistiek": 45, "doorbraak": 10}
        self.pick_soort = _Pick({i: soort_w[s] for i, s in enumerate(SOORTEN) if cats.get(s)})
        if not self.pick_soort.items:
            raise ValueError("De referentielijsten bevatten geen categorieën.")
        # bigger gebieden (more buurten) get more cases
        self.pick_gebied = _Pick({i: len(b) + 2 for i, b in enumerate(self.buurten)})
        self.redenen = [r["code"] for r in ref.get("afsluitredenen", [])]
        self.reden_naam = {r["code"]: r["naam"] for r in ref.get("afsluitredenen", [])}
        self.pick_reden = {}
        for s in SOORTEN:
            w = _weights(CLOSING[s], self.redenen) or dict.fromkeys(self.redenen, 1.0)
            self.pick_reden[s] = _Pick(w) if w else None
        self.signaller: dict[str, _Pick] = {}
        self.lead: dict[str, _Pick] = {}
        for s in SOORTEN:
            for c in cats.get(s, []):
                extra = _weights(CATEGORY_ORGS.get(c, ""), orgs)
                for table, spec in ((self.signaller, SIGNALLERS[s]), (self.lead, LEADS[s])):
                    w = _weights(spec, orgs) or dict.fromkeys(orgs, 1.0)
                    for k, v in extra.items():
                        w[k] = w.get(k, 0.0) + v
                    table[c] = _Pick(w)
        self.attendance = [_Pick(_weights(spec, orgs) or dict.fromkeys(orgs, 1.0)) for spec in ATTENDANCE]
        # actions: global list so a meeting note can refer to an action by index
        self.actions: list[tuple[str, str, tuple[str, ...]]] = []
        self.action_pool: dict[str, list[int]] = {}
        for key, rows in ACTIONS.items():
            for omschrijving, kort, owners in rows:
                codes = tuple(_weights(owners, orgs)) or tuple(orgs)
                self.action_pool.setdefault(key, []).append(len(self.actions))
                self.actions.append((omschrijving, kort, codes))
        self.leefgebieden = [lg["code"] for lg in ref.get("leefgebieden", [])]
        self.pick_leefgebied = _Pick({c: LEEFGEBIED_WEIGHTS.get(c, 2) for c in self.leefgebieden})
        self.types = [t["code"] for t in ref.get("doorbraaktypen", [])]
        self.bt = {}
        for t in self.types:
            texts, partners, cost = BREAKTHROUGHS.get(
                t, ((self._naam("doorbraaktypen", t),), "GEMEENTE", (0, 3000))
            )
            self.bt[t] = (texts, tuple(_weights(partners, orgs)) or tuple(orgs), cost)
        self.coaches = [f"Gezinscoach {n}" for n in self.rng.sample(self.first_names_pool(), 12)]
        self.street_names: set[str] = set()
        self.streets = [
            [self._streets_for(gi) for _ in b] or [self._streets_for(gi)] for gi, b in enumerate(self.buurten)
        ]

    def _naam(self, key: str, code: str) -> str:
        return next((x["naam"] for x in self.ref.get(key, []) if x["code"] == code), code)

    @staticmethod
    def first_names_pool() -> list[str]:
        nl = GROUPS["nl"]
        return sorted(set(names(nl[2]) + names(nl[3])))

    def _streets_for(self, gi: int) -> tuple[list[tuple[str, str]], str]:
        """A buurt's streets with a postcode each, and its plaats."""
        rng = self.rng
        code = self.gebieden[gi]
        lo, hi = POSTCODES.get(code, (6411, 6446))
        digits = rng.randint(lo, hi)
        plaats = "Hoensbroek" if code == "HSB" else "Heerlen"
        streets = []
        for _ in range(rng.randint(6, 14)):
            for _ in range(5):  # a street name occurs once in the register
                if rng.random() < 0.08:
                    name = rng.choice(STREET_OLD)
                else:
                    name = rng.choice(STREET_WORDS) + rng.choice(STREET_SUFFIXES)
                if name not in self.street_names:
                    break
            else:
                continue
            self.street_names.add(name)
            letters = rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
            if letters in ("SA", "SD", "SS"):
                letters = "AB"
            streets.append((name, f"{digits} {letters}"))
        return streets, plaats

    def _compile_people(self) -> None:
        self.groups = {}
        for key, (_weight, surnames, men, women, boys, girls) in GROUPS.items():
            parsed = tuple(_surname(s) for s in names(surnames))
            self.groups[key] = (parsed, names(men), names(women), names(boys), names(girls))
        self.pick_group = _Pick({k: v[0] for k, v in GROUPS.items()})
        self.pick_group_occupation = _Pick(GROUPS_OCCUPATION)

    # ------------------------------------------------------------------------------ calendar
    def _calendar(self, first: int) -> None:
        """Meetings from the first case to today: per gebied a leefbaarheids- and a
        casuïstiekoverleg about every 6 weeks, and one doorbraakteam a month for the whole area
        (one record with the families of every gebied, `_team_meeting`)."""
        rng, today = self.rng, self.today
        raw: list[tuple[int, int, int, frozenset[str]]] = []
        for gi in range(len(self.gebieden)):
            for kind, weekday, weeks in ((0, 1, gi % 6), (1, 3, (gi + 3) % 6)):
                d = first + (weekday - (first - 1) % 7) % 7 + 7 * weeks
                while d <= today:
                    raw.append((d, gi, kind, self._attendance(kind)))
                    d += 42 + 7 * rng.choice((-1, 0, 0, 0, 0, 1))
        y, m = date.fromordinal(first).year, date.fromordinal(first).month
        while True:
            d1 = date(y, m, 1).toordinal()
            d = d1 + (2 - (d1 - 1) % 7) % 7 + 7  # second Wednesday
            if d > today:
                break
            if d >= first:
                present = self._attendance(2)
                raw.extend((d, gi, 2, present) for gi in range(len(self.gebieden)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        raw.sort(key=lambda r: (r[0], r[1], r[2]))
        self.meetings = raw
        self.notes: list[list[int]] = [[] for _ in raw]
        self.mdates: list[list[int]] = [[] for _ in range(3 * len(self.gebieden))]
        self.mids: list[list[int]] = [[] for _ in range(3 * len(self.gebieden))]
        for mid, (d, gi, kind, _) in enumerate(raw):
            self.mdates[gi * 3 + kind].append(d)
            self.mids[gi * 3 + kind].append(mid)

    def _attendance(self, kind: int) -> frozenset[str]:
        pick, rnd = self.attendance[kind], self.rnd
        k = min(self.rng.randint(3, 7), len(pick.items))
        present: set[str] = set()
        while len(present) < k:
            present.add(pick(rnd))
        return frozenset(present)

    # --------------------------------------------------------------------------------- people
    def _birth(self, start: int, lo: int, hi: int) -> str:
        o = start - lo * 365 - int(self.rnd() * (hi - lo + 1) * 365)
        return self.iso[max(o, self.iso_base) - self.iso_base]

    def _sibling(self, start: int, lo: int, hi: int, siblings: list[int]) -> str:
        """A child's birth date, at least ~11 months from the brothers and sisters already drawn."""
        for _ in range(4):
            o = start - lo * 365 - int(self.rnd() * (hi - lo + 1) * 365)
            if all(abs(o - s) > 330 for s in siblings):
                break
        siblings.append(o)
        return self.iso[o - self.iso_base]

    def _person(
        self, group: str, surname: tuple[str | None, str], role: str, born: str | None, child: bool
    ) -> dict:
        rnd = self.rnd
        _, men, women, boys, girls = self.groups[group]
        female = rnd() < 0.5
        names = (girls if female else boys) if child else (women if female else men)
        tv, last = surname
        p: dict[str, Any] = {"ref": "", "voornaam": names[int(rnd() * len(names))]}
        if tv:
            p["tussenvoegsel"] = tv
        p["achternaam"] = _feminine(last) if female and group == "pl" else last
        p["geboortedatum"] = born
        p["rol"] = role
        return p

    def _family(self, group: str) -> tuple[str | None, str]:
        surnames = self.groups[group][0]
        return surnames[int(self.rnd() * len(surnames))]

    def _people(self, soort: str, cat: str, start: int) -> list[dict]:
        rnd, birth, person = self.rnd, self._birth, self._person
        people: list[dict] = []
        if soort == "leefbaarheid":
            r = rnd()
            if r < 0.2:
                g = self.pick_group(rnd)
                people.append(
                    person(g, self._family(g), "melder", birth(start, 20, 85) if rnd() < 0.8 else None, False)
                )
            elif r < 0.33:
                g = self.pick_group(rnd)
                people.append(
                    person(
                        g, self._family(g), "eigenaar", birth(start, 30, 80) if rnd() < 0.85 else None, False
                    )
                )
        elif cat == "illegale_bewoning":
            g = self.pick_group(rnd)
            people.append(person(g, self._family(g), "eigenaar", birth(start, 30, 75), False))
            for _ in range(1 + int(rnd() * 3)):  # unrelated occupants: no shared surname
                g = self.pick_group_occupation(rnd)
                people.append(person(g, self._family(g), "bewoner", birth(start, 19, 55), False))
        else:
            g = self.pick_group(rnd)
            fam = self._family(g)
            size = 1 + (rnd() > 0.45) + (rnd() > 0.55) + (rnd() > 0.7)
            siblings: list[int] = []
            if soort == "doorbraak":
                age = 20 + int(rnd() * 31)
                adults = 2 if size > 1 and rnd() < 0.35 else 1
                people.append(person(g, fam, "ouder", birth(start, age, age), False))
                if adults == 2:
                    people.append(person(g, fam, "ouder", birth(start, age - 2, age + 6), False))
                for _ in range(size - adults):
                    people.append(
                        person(g, fam, "kind", self._sibling(start, 0, min(17, age - 19), siblings), True)
                    )
            else:
                age = 18 + int(rnd() * 68)
                people.append(person(g, fam, "bewoner", birth(start, age, age), False))
                for _ in range(size - 1):
                    r = rnd()
                    if r < 0.35 and age < 75:
                        people.append(
                            person(g, fam, "gezinslid", birth(start, max(18, age - 6), age + 6), False)
                        )
                    elif age >= 22:
                        kid_max = min(age - 19, 40)
                        kid = kid_max < 18 or (age < 60 and rnd() < 0.7)
                        lo, hi = (0, min(17, kid_max)) if kid else (18, kid_max)
                        people.append(
                            person(g, fam, "gezinslid", self._sibling(start, lo, hi, siblings), kid)
                        )
                    else:
                        people.append(person(g, fam, "gezinslid", birth(start, age + 20, age + 35), False))
        for i, p in enumerate(people, 1):
            p["ref"] = f"B{i}"
            if p["geboortedatum"] is None:
                del p["geboortedatum"]
        return people

    # ---------------------------------------------------------------------------------- cases
    def _outcome(self, agreed: int, deadline: int, limit: int, closed: bool) -> tuple[int | None, int | None]:
        """(afgerond_op, vervallen_op) for an action, never after `limit` (einddatum or today)."""
        rnd = self.rnd
        r = rnd()
        if closed or deadline < limit:
            cancel, on_time, late = (0.12, 0.70, 1.0) if closed else (0.08, 0.50, 0.76)
            if r < cancel:
                return None, agreed + int(rnd() * (limit - agreed + 1))
            if r < on_time:
                return min(agreed + int(rnd() * (deadline - agreed + 1)), limit), None
            if r < late:
                return min(deadline + 1 + int(rnd() * 28), limit), None
            return None, None  # open and overdue
        if r < 0.62:
            return None, None
        if r < 0.95:
            return agreed + int(rnd() * (limit - agreed + 1)), None
        return None, agreed + int(rnd() * (limit - agreed + 1))

    def case(self, i: int, start: int, ref: str) -> dict:
        rng, rnd, iso, base = self.rng, self.rnd, self.iso, self.iso_base
        si = self.pick_soort(rnd)
        soort = SOORTEN[si]
        gi = self.pick_gebied(rnd)
        cats = self.cats[soort]
        cat = cats[int(rnd() * len(cats))]
        extra: list[str] = []
        if len(cats) > 1 and rnd() < 0.22:
            extra = rng.sample([c for c in cats if c != cat], 1 + (len(cats) > 2 and rnd() < 0.25))
        # duration: log-normal around a typical length per soort, with a tail of long runners
        median = (140, 260, 420)[si]
        days = int(median * rng.lognormvariate(0, 0.55) * (3.0 if rnd() < 0.2 else 1.0))
        reden = None
        end = start + max(days, 7)
        pick_reden = self.pick_reden[soort]
        if end > self.today or pick_reden is None:
            end = 0
        else:
            reden = pick_reden(rnd)
        horizon = end or self.today
        self.group.append(gi * 3 + si)
        self.horizon.append(horizon)

        buurten = self.buurten[gi]
        bi = int(rnd() * len(buurten)) if buurten else 0
        c: dict[str, Any] = {
            "ref": ref,
            "soort": soort,
            "gebied": self.gebieden[gi],
            "buurt": buurten[bi] if buurten else None,
        }
        if soort != "leefbaarheid" or rnd() < 0.75:
            streets, plaats = self.streets[gi][bi]
            straat, postcode = streets[int(rnd() * len(streets))]
            adres = {"straat": straat, "huisnummer": str(1 + int(160 * rnd() ** 1.6))}
            if rnd() < 0.12:
                adres["toevoeging"] = TOEVOEGINGEN[int(rnd() * len(TOEVOEGINGEN))]
            adres["postcode"] = postcode
            adres["plaats"] = plaats
            c["adres"] = adres
        c["hoofdcategorie"] = cat
        c["categorieen"] = extra
        c["aangemeld_door"] = self.signaller[cat](rnd)
        c["regie"] = self.lead[cat](rnd)
        c["startdatum"] = iso[start - base]
        c["einddatum"] = iso[end - base] if end else None
        c["afsluitreden"] = reden
        c["samenvatting"] = ""
        lo_risk, hi_risk = RISK[soort]
        if cat in HIGH_RISK_CATEGORIES:
            lo_risk, hi_risk = lo_risk - 0.1, hi_risk - 0.1
        r = rnd()
        c["risico"] = "laag" if r < lo_risk else "midden" if r < hi_risk else "hoog"
        people = self._people(soort, cat, start)
        c["betrokkenen"] = people
        c["afspraken"], first_kort = self._actions(i, si, gi, cat, start, horizon, end, reden)

        problems = PROBLEMS.get(cat) or (self._naam("categorieen", cat) + " gemeld",)
        text = problems[int(rnd() * len(problems))]
        if "{plek}" in text:
            text = text.replace("{plek}", PLEKKEN[int(rnd() * len(PLEKKEN))])
        follow = f"{first_kort} afgesproken" if first_kort and rnd() < 0.8 else rng.choice(NO_ACTION_YET[si])
        c["samenvatting"] = f"{text}; {follow}."
        if soort == "doorbraak":
            c["doorbraakplan"] = self._plan(start, horizon, end, reden, cat, people)
        return c

    def _actions(
        self, i: int, si: int, gi: int, cat: str, start: int, horizon: int, end: int, reden: str | None
    ) -> tuple[list[dict], str | None]:
        rnd, iso, base = self.rnd, self.iso, self.iso_base
        g = gi * 3 + si
        md, mids = self.mdates[g], self.mids[g]
        lo, hi = bisect_left(md, start), bisect_right(md, horizon)
        notes: dict[int, tuple[int, int]] = {}
        if lo < hi:
            notes[mids[lo]] = (_NOTE_NEW, -1)
        r = rnd()
        k = 0 if r < 0.1 else 1 if r < 0.32 else 2 if r < 0.6 else 3 if r < 0.8 else 4 if r < 0.93 else 5
        general, specific = self.action_pool[SOORTEN[si]], self.action_pool.get(cat, [])
        out: list[dict] = []
        used: set[int] = set()
        j = lo
        day = start + int(rnd() * min(10, horizon - start + 1))
        first_kort = None
        for n in range(k):
            if lo < hi:
                if n and rnd() > 0.35 and j + 1 < hi:
                    j += 1 + int(rnd() * min(3, hi - j - 1))
                day, mid = md[j], mids[j]
                present = self.meetings[mid][3]
            else:
                if n and rnd() > 0.35:
                    day += int(rnd() * (min(horizon, day + 60) - day + 1))
                mid, present = -1, None
            pool = specific if specific and rnd() < 0.5 else general
            a = pool[int(rnd() * len(pool))]
            if a in used:
                a = pool[int(rnd() * len(pool))]
                if a in used:
                    continue
            used.add(a)
            omschrijving, kort, owners = self.actions[a]
            cands = [o for o in owners if o in present] if present else owners
            owner = (cands or owners)[int(rnd() * len(cands or owners))]
            deadline = day + 7 + int(rnd() * 36)
            done, cancelled = self._outcome(day, deadline, horizon, bool(end))
            out.append(
                {
                    "ref": f"A{len(out) + 1}",
                    "omschrijving": omschrijving,
                    "eigenaar": owner,
                    "afgesproken_op": iso[day - base],
                    "deadline": iso[deadline - base],
                    "afgerond_op": iso[done - base] if done else None,
                    "vervallen_op": iso[cancelled - base] if cancelled else None,
                }
            )
            if first_kort is None:
                first_kort = kort
            if mid >= 0:
                kind, t = notes.get(mid, (_NOTE_AGREED, -1))
                if t < 0:  # a note names the first action agreed at that meeting
                    notes[mid] = (kind, a)
        if end and hi - lo > 1 and mids[hi - 1] not in notes and reden is not None:
            notes[mids[hi - 1]] = (_NOTE_CLOSING, self.redenen.index(reden))
        width = self.note_width
        for mid, (kind, t) in notes.items():
            self.notes[mid].append(((i * 3 + kind) * width) + t + 1)
        return out, first_kort

    def _plan(
        self, start: int, horizon: int, end: int, reden: str | None, cat: str, people: list[dict]
    ) -> dict:
        rng, rnd, iso, base = self.rng, self.rnd, self.iso, self.iso_base
        made = min(start + 7 + int(rnd() * 39), horizon)
        adults = sum(1 for p in people if p["rol"] == "ouder")
        we = adults > 1
        goals = GOALS + (GOALS_WITH_CHILDREN if len(people) > adults else ())
        chosen = [
            g.format(m="onze" if we else "mijn", n="ons" if we else "mijn") for g in rng.sample(goals, 2)
        ]
        if rnd() < 0.6:
            text = f"Over een jaar {'willen we' if we else 'wil ik'} {chosen[0]}."
        else:
            text = f"{'Wij willen' if we else 'Ik wil'} vooral {chosen[0]}."
        if rnd() < 0.5:
            text += f" Ook {'willen we' if we else 'wil ik'} {chosen[1]}."
        text += rng.choice(
            ("", " Stap voor stap.", " Dan kunnen we weer vooruit." if we else " Dan kan ik weer vooruit.")
        )
        # scores: a few leefgebieden measured on 1-4 dates, mostly improving
        scores: list[dict] = []
        if self.leefgebieden:
            k = min(3 + int(rnd() * 4), len(self.leefgebieden))
            areas: list[str] = []
            while len(areas) < k:
                lg = self.pick_leefgebied(rnd)
                if lg not in areas:
                    areas.append(lg)
            dates = [made]
            target = 1 + int(rnd() * 4)
            while len(dates) < target and dates[-1] + 42 <= horizon:
                dates.append(min(dates[-1] + 42 + int(rnd() * 50), horizon))
            level = [1 + (rnd() > 0.4) + (rnd() > 0.85) for _ in areas]
            for n, d in enumerate(dates):
                for a, lg in enumerate(areas):
                    if n:
                        r = rnd()
                        level[a] = max(1, min(5, level[a] + (1 if r < 0.55 else 0 if r < 0.9 else -1)))
                    scores.append({"leefgebied": lg, "score": level[a], "datum": iso[d - base]})
        breakthroughs: list[dict] = []
        if self.types:
            first = "uithuiszetting_voorkomen" if cat == "dreigende_uithuiszetting" and rnd() < 0.7 else None
            types = [first] if first in self.bt else []
            want = 2 if rnd() < 0.4 and len(self.types) > 1 else 1
            while len(types) < want:
                t = self.types[int(rnd() * len(self.types))]
                if t not in types:
                    types.append(t)
            for n, t in enumerate(types):
                texts, partners, (lo, hi) = self.bt[t]
                if end:
                    status = (
                        "behaald" if (n == 0 and reden == "doel_bereikt") or rnd() < 0.6 else "niet_haalbaar"
                    )
                else:
                    r = rnd()
                    status = "behaald" if r < 0.4 else "gepland" if r < 0.9 else "niet_haalbaar"
                reached = min(made + 14 + int(rnd() * 120), horizon) if status == "behaald" else None
                breakthroughs.append(
                    {
                        "ref": f"D{n + 1}",
                        "omschrijving": texts[int(rnd() * len(texts))],
                        "type": t,
                        "partner": partners[int(rnd() * len(partners))],
                        "kosten_eur": 50 * int((lo + rnd() * (hi - lo)) / 50),
                        "status": status,
                        "behaald_op": iso[reached - base] if reached else None,
                    }
                )
        return {
            "opgesteld_op": iso[made - base],
            "gezinscoach": "" if rnd() < 0.2 else self.coaches[int(rnd() * len(self.coaches))],
            "perspectief": text,
            "scores": scores,
            "doorbraken": breakthroughs,
        }

    # ------------------------------------------------------------------------------- document
    def chunks(self) -> Iterator[str]:
        today, n = self.today, self.n
        enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
        yield f'{{"formaat":"{FORMAT}","versie":{VERSION},\n'
        for key in ("gebieden", "organisaties", "categorieen", "afsluitredenen", "doorbraaktypen"):
            yield f'"{key}":{enc(self.ref.get(key, []))},\n'
        # start dates, denser recently (density rising linearly to 3x), moved off weekends, sorted
        rnd = self.rnd
        first_day = today - _PERIOD_DAYS
        starts = []
        for _ in range(n):
            x = (sqrt(1 + 8 * rnd()) - 1) / 2
            d = first_day + int(x * (_PERIOD_DAYS + 1))
            wd = (d - 1) % 7
            starts.append(d - (wd - 4) if wd > 4 else d)
        starts.sort()
        self.group = bytearray()
        self.horizon = array("l")
        self.note_width = max(len(self.actions), len(self.redenen)) + 1
        self._calendar(starts[0] if starts else today + 1)
        refs = self._refs(starts)
        yield '"casussen":[\n'
        buf: list[str] = []
        sep = ""
        for i, start in enumerate(starts):
            buf.append(enc(self.case(i, start, refs[i])))
            if len(buf) == _CHUNK_CASES:
                yield sep + ",\n".join(buf)
                buf, sep = [], ",\n"
        if buf:
            yield sep + ",\n".join(buf)
        yield '\n],\n"overleggen":[\n'
        yield from self._meetings(starts, refs, enc)
        yield "\n]}\n"

    def _meetings(self, starts: list[int], refs: list[str], enc: Any) -> Iterator[str]:
        rng, iso, base, horizon = self.rng, self.iso, self.iso_base, self.horizon
        width = self.note_width
        # per group, a sweep over its cases (in start order) gives the cases open on a meeting date
        members: list[list[int]] = [[] for _ in self.mdates]
        for i, g in enumerate(self.group):
            members[g].append(i)
        pos = [0] * len(members)
        active: list[list[int]] = [[] for _ in members]
        buf: list[str] = []
        sep = ""
        team: dict[str, Any] = {}  # the doorbraakteam of one day, gathered over the gebieden
        for mid, (d, gi, kind, present) in enumerate(self.meetings):
            g = gi * 3 + kind
            cases, p = members[g], pos[g]
            grown = active[g]
            while p < len(cases) and starts[cases[p]] <= d:
                grown.append(cases[p])
                p += 1
            pos[g] = p
            active[g] = now_open = [c for c in grown if horizon[c] >= d]
            entries = self.notes[mid]
            if len(entries) > _MAX_BESPROKEN:
                entries = rng.sample(entries, _MAX_BESPROKEN)
            self.notes[mid] = []
            items: dict[int, str] = {}
            for code in entries:
                rest, t = divmod(code, width)
                i, note = divmod(rest, 3)
                t -= 1
                if note == _NOTE_NEW:
                    kort = self.actions[t][1] if t >= 0 else ""
                    text = rng.choice(NOTES_NEW[kind]).format(kort=kort) if kort else NOTES_NEW_PLAIN[kind]
                elif note == _NOTE_AGREED:
                    text = rng.choice(NOTES_AGREED).format(kort=self.actions[t][1])
                else:
                    naam = self.reden_naam[self.redenen[t]]
                    text = f"Voorstel tot afsluiting: {naam[:1].lower()}{naam[1:]}."
                items[i] = text
            want = rng.randint(2, 5) if kind == 2 else rng.randint(3, 8)
            if len(items) < want and now_open:
                for i in rng.sample(now_open, min(len(now_open), want)):
                    if len(items) >= want:
                        break
                    items.setdefault(i, rng.choice(NOTES_FOLLOW[kind]))
            if kind == 2:
                # One doorbraakteam for all of Heerlen-Noord: the families of every gebied on one
                # agenda, recorded under the gebied with the most of them (the format needs one).
                if team and team["day"] != d:
                    buf.extend(enc(m) for m in self._team_meeting(team, refs))
                    team = {}
                team.setdefault("day", d)
                team.setdefault("present", present)
                team.setdefault("items", {}).update(items)
                team.setdefault("per_gebied", []).append((len(items), -gi))
                continue
            if team and team["day"] != d:
                buf.extend(enc(m) for m in self._team_meeting(team, refs))
                team = {}
            meeting = {
                "ref": f"OV-{iso[d - base]}-{self.gebieden[gi]}-{_MEETING_LETTER[kind]}",
                "soort": MEETING_KINDS[kind],
                "gebied": self.gebieden[gi],
                "datum": iso[d - base],
                "aanwezig": sorted(present),
                "besproken": [{"casus": refs[i], "notitie": items[i]} for i in sorted(items)],
            }
            buf.append(enc(meeting))
            if len(buf) >= 200:
                yield sep + ",\n".join(buf)
                buf, sep = [], ",\n"
        if team:
            buf.extend(enc(m) for m in self._team_meeting(team, refs))
        if buf:
            yield sep + ",\n".join(buf)

    def _team_meeting(self, team: dict[str, Any], refs: list[str]) -> list[dict[str, Any]]:
        """The doorbraakteam of one day as one record, or none when no family was on it."""
        iso, base, items = self.iso, self.iso_base, team["items"]
        if not items:
            return []
        gebied = self.gebieden[-max(team["per_gebied"])[1]]
        day = iso[team["day"] - base]
        return [
            {
                "ref": f"OV-{day}-{gebied}-D",
                "soort": MEETING_KINDS[2],
                "gebied": gebied,
                "datum": day,
                "aanwezig": sorted(team["present"]),
                "besproken": [{"casus": refs[i], "notitie": items[i]} for i in sorted(items)],
            }
        ]

    @staticmethod
    def _refs(starts: list[int]) -> list[str]:
        refs, year, seq = [], 0, 0
        for start in starts:
            y = date.fromordinal(start).year
            year, seq = (y, 1) if y != year else (year, seq + 1)
            refs.append(f"{year}-{seq:05d}")
        return refs


def generate_exchange(n_cases: int, *, seed: int = 2026, today: date | None = None) -> Iterator[str]:
    """Yield the JSON text of a complete synthetic exchange document, in chunks; the same
    (n_cases, seed, today) give the same text on any machine (`today` defaults to the app clock)."""
    if n_cases < 0:
        raise ValueError("n_cases moet 0 of groter zijn")
    return _Register(n_cases, seed, today or clock.today()).chunks()


def write_exchange(path: Path, n_cases: int, *, seed: int = 2026, today: date | None = None) -> None:
    """Write a synthetic exchange file atomically: temp file beside `path`, fsync, rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for chunk in generate_exchange(n_cases, seed=seed, today=today):
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        dfd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
