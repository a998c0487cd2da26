"""Write a synthetic fixture directory of N claims, to measure factdb at scale without real data.

    python bench/generate.py 100000 bench/out/fixtures-100k [--seed 1]

The directory is a complete fixture set, loadable with `factdb load OUTDIR`:

    sources.yaml            the 5 real sources, then one generated news article per ~100 claims
                            (`seeds: seeds`)
    seeds/                  the real seed texts and the generated articles (Vietnamese and English)
    vocabulary/             the real predicates, units, gazetteer and entities, plus generated
                            people.yaml (politicians of many countries) and cities.yaml
    claims/000-004.yaml     the real curated claims (so the same statements can be checked at
                            every size)
    claims/claims.jsonl     N generated claims

Generated claims use the real predicates the way the curated ones do (trade_turnover with a
counterparty and a year, holds_office with a role, met with a counterparty, place and date,
oda_approved, scholarships_per_year, trading_partner_rank, ...), over ~200 countries (Vietnam and
its big partners more often, as in a Vietnamese newsroom), thousands of people and 35 years. Facts
are restated consistently (a trade figure depends only on the two countries and the year). Every
claim has several spans — the sentence stating it, its key phrase, often a line of the article's
summary, sometimes a back-reference in the next article — whose quotes really are the generated
text at the given offsets. Output is deterministic for a given N and seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SEEDS = REPO / "seeds"
CLAIMS_PER_ARTICLE = (60, 140)


def words(text: str) -> list[str]:
    return text.split()


VI_FAMILY = words("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Mai")
VI_MIDDLE = words("Văn Thị Hữu Đức Minh Quang Thanh Ngọc Xuân Thu Hồng Kim Bảo Gia Anh Tuấn Công")
VI_GIVEN = words(
    "An Bình Cường Dũng Giang Hà Hải Hiếu Hòa Hùng Huy Khang Khánh Lâm Long Mạnh Nam Nghĩa "
    "Phong Phúc Quân Sơn Tài Tâm Thắng Thành Thảo Trung Tú Tùng Vinh Yến Lan Linh Hương Nga"
)
FOREIGN_FIRST = words(
    "Anna Boris Carlos Daniel Elena Felix Hana Ivan Jonas Karin Lukas Maria Nikolai Olga Pedro "
    "Rafael Sofia Tomas Viktor Yuki Akira Hiroshi Min-jun Ji-woo Wei Li Arjun Priya Ahmed Fatima "
    "Omar Leila Mehmet Ayse Jan Eva Piotr Marta Andrei Irina Kofi Amara Diego Lucia Mateo Valentina"
)
FOREIGN_LAST = words(
    "Novak Schmidt Rossi Silva Kowalski Horvath Nagy Petrov Ivanova Tanaka Sato Kim Park Chen "
    "Wang Sharma Gupta Khan Rahman Yilmaz Demir Dubois Martin Garcia Lopez Fernandez Jensen "
    "Hansen Larsen Nielsen Andersson Virtanen Popescu Dimitrov Kovac Mensah Okafor Mendes Costa "
    "Moreau Bauer Weber Fischer Hoffmann Santos Oliveira Pereira Reyes Cruz Morales"
)
CITIES = [
    ("city-ho-chi-minh-city", "Ho Chi Minh City", "Thành phố Hồ Chí Minh"),
    ("city-da-nang", "Da Nang", "Đà Nẵng"),
    ("city-hai-phong", "Hai Phong", "Hải Phòng"),
    ("city-can-tho", "Can Tho", "Cần Thơ"),
    ("city-hue", "Hue", "Huế"),
    ("city-tokyo", "Tokyo", "Tokyo"),
    ("city-osaka", "Osaka", "Osaka"),
    ("city-seoul", "Seoul", "Seoul"),
    ("city-busan", "Busan", "Busan"),
    ("city-beijing", "Beijing", "Bắc Kinh"),
    ("city-shanghai", "Shanghai", "Thượng Hải"),
    ("city-new-delhi", "New Delhi", "New Delhi"),
    ("city-jakarta", "Jakarta", "Jakarta"),
    ("city-bangkok", "Bangkok", "Bangkok"),
    ("city-vientiane", "Vientiane", "Viêng Chăn"),
    ("city-phnom-penh", "Phnom Penh", "Phnom Penh"),
    ("city-manila", "Manila", "Manila"),
    ("city-kuala-lumpur", "Kuala Lumpur", "Kuala Lumpur"),
    ("city-canberra", "Canberra", "Canberra"),
    ("city-paris", "Paris", "Paris"),
    ("city-berlin", "Berlin", "Berlin"),
    ("city-london", "London", "Luân Đôn"),
    ("city-rome", "Rome", "Rome"),
    ("city-madrid", "Madrid", "Madrid"),
    ("city-budapest", "Budapest", "Budapest"),
    ("city-prague", "Prague", "Praha"),
    ("city-warsaw", "Warsaw", "Warszawa"),
    ("city-moscow", "Moscow", "Moskva"),
    ("city-ottawa", "Ottawa", "Ottawa"),
    ("city-brasilia", "Brasilia", "Brasilia"),
    ("city-cairo", "Cairo", "Cairo"),
    ("city-nairobi", "Nairobi", "Nairobi"),
    ("city-abu-dhabi", "Abu Dhabi", "Abu Dhabi"),
    ("city-geneva", "Geneva", "Geneva"),
    ("city-brussels", "Brussels", "Brussels"),
]
REAL_PLACES = [
    ("hanoi", "Hanoi", "Hà Nội"),
    ("washington-dc", "Washington, D.C.", "Washington D.C."),
]
ROLES = [  # (id, en, vi) of real role entities, with how often a generated office holder has it
    ("president", "President", "Tổng thống", 3),
    ("prime-minister", "Prime Minister", "Thủ tướng", 3),
    ("deputy-prime-minister", "Deputy Prime Minister", "Phó Thủ tướng", 4),
    ("foreign-minister", "Foreign Minister", "Bộ trưởng Ngoại giao", 4),
    ("defence-minister", "Defence Minister", "Bộ trưởng Quốc phòng", 3),
]
# Countries a Vietnamese newsroom writes about most, and how much more often.
WEIGHTS = {
    "vietnam": 40,
    "united-states": 10,
    "china": 10,
    "japan": 8,
    "south-korea": 8,
    "russia": 5,
    "india": 5,
    "germany": 4,
    "france": 4,
    "australia": 4,
    "thailand": 4,
    "laos": 4,
    "cambodia": 4,
    "indonesia": 4,
    "singapore": 4,
    "hungary": 3,
    "czech-republic": 3,
}
PREDICATES = [  # (predicate, weight)
    ("trade_turnover", 18),
    ("holds_office", 12),
    ("met", 14),
    ("phone_call", 8),
    ("visited", 8),
    ("received", 5),
    ("congratulated", 5),
    ("oda_approved", 8),
    ("scholarships_per_year", 6),
    ("trading_partner_rank", 8),
    ("diplomatic_relations_anniversary", 8),
]
ORDINALS_EN = ["", "largest", "second-largest", "third-largest", "fourth-largest"]
ORDINALS_VI = ["", "nhất", "thứ hai", "thứ ba", "thứ tư"]
MONTHS_EN = "January February March April May June July August September October November December"


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def stable(*parts: Any) -> int:
    """A number fixed by `parts`, so that restating a fact gives the same value."""
    return int.from_bytes(hashlib.blake2b(repr(parts).encode(), digest_size=8).digest(), "big")


def num_vi(x: float) -> str:
    return f"{x:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".").removesuffix(",0")


def num_en(x: float) -> str:
    return f"{x:,.1f}".removesuffix(".0")


def date_vi(d: dt.date) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def date_en(d: dt.date) -> str:
    return f"{d.day} {MONTHS_EN.split()[d.month - 1]} {d.year}"


class World:
    """The entities claims are about: real countries and roles, generated people and cities."""

    def __init__(self, n_claims: int, rng: random.Random) -> None:
        gazetteer = yaml.safe_load((FIXTURES / "vocabulary" / "gazetteer.yaml").read_text("utf-8"))
        self.countries = [
            (e["id"], e["name"]["en"], e["name"]["vi"])
            for e in gazetteer["entities"]
            if e["type"] == "country"
        ]
        self.country_weights = [WEIGHTS.get(c[0], 1) for c in self.countries]
        self.rng = rng
        self.names = {c[0]: c for c in self.countries}
        self.cities = [*REAL_PLACES, *CITIES]
        n_people = min(12_000, max(300, n_claims // 40))
        self.people: list[tuple[str, str, str, str]] = []  # id, name, country, role
        vi_names = [
            f"{f} {m} {g}" for g in VI_GIVEN for m in VI_MIDDLE for f in VI_FAMILY
        ]  # 37 * 17 * 18 = 11,322 distinct
        foreign = [f"{a} {b}" for b in FOREIGN_LAST for a in FOREIGN_FIRST]  # 2,350 distinct
        rng.shuffle(vi_names)
        rng.shuffle(foreign)
        role_ids = [r for r in ROLES for _ in range(r[3])]
        taken: set[str] = set()
        for i in range(n_people):
            viet = i % 3 == 0 and vi_names
            name = vi_names.pop() if viet else (foreign.pop() if foreign else vi_names.pop())
            country = "vietnam" if viet else self.country()
            pid = f"gp-{slug(name)}"
            if pid in taken:
                pid = f"{pid}-{i}"
            taken.add(pid)
            self.people.append((pid, name, country, rng.choice(role_ids)[0]))
        self.rng = rng

    def country(self, but: str | None = None) -> str:
        while True:
            cid = self.rng.choices(self.countries, self.country_weights)[0][0]
            if cid != but:
                return cid

    def person(self, but: str | None = None) -> tuple[str, str, str, str]:
        while True:
            p = self.rng.choice(self.people)
            if p[0] != but:
                return p

    def cname(self, cid: str, lang: str) -> str:
        return self.names[cid][1 if lang == "en" else 2]

    def vocabulary(self) -> tuple[dict[str, Any], dict[str, Any]]:
        people = {
            "entities": [
                {"id": pid, "type": "person", "name": {"en": name, "vi": name}}
                for pid, name, _, _ in self.people
            ]
        }
        cities = {
            "entities": [
                {"id": cid, "type": "city", "name": {"en": en, "vi": vi}} for cid, en, vi in CITIES
            ]
        }
        return people, cities


class Article:
    """A generated source text, built sentence by sentence with code-point offsets."""

    def __init__(self, sid: str, lang: str, published: dt.date) -> None:
        self.sid, self.lang, self.published = sid, lang, published
        self.parts: list[str] = []
        self.length = 0

    def write(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def sentence(self, text: str, quotes: list[str]) -> list[dict[str, Any]]:
        """Write `text` as a sentence; spans for each of `quotes` (substrings of it)."""
        start = self.write(text)
        self.write(". ")
        spans = []
        for quote in quotes:
            at = start + text.index(quote)
            spans.append({"quote": quote, "start": at, "end": at + len(quote)})
        return spans

    def text(self) -> str:
        return "".join(self.parts)


class Generator:
    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.rng = random.Random(seed)
        self.world = World(n, self.rng)
        self.preds = [p for p, _ in PREDICATES]
        self.pred_weights = [w for _, w in PREDICATES]

    def claim(self, art: Article, number: int) -> tuple[dict[str, Any], str, list[str], str]:
        """One claim for `art`: (claim without spans, sentence, quotes in it, a summary line)."""
        w, rng, lang = self.world, self.rng, art.lang
        vi = lang == "vi"
        pred = rng.choices(self.preds, self.pred_weights)[0]
        cid = f"g{number:07d}-{pred.replace('_', '-')}"
        claim: dict[str, Any] = {"id": cid, "source": art.sid, "predicate": pred}
        day = art.published - dt.timedelta(days=rng.randrange(0, 4))
        year = rng.randrange(1991, 2025)  # the curated claims hold the 2025 figures
        if pred in {"trade_turnover", "trading_partner_rank", "diplomatic_relations_anniversary"}:
            a = w.country()
            b = w.country(but=a)
            an, bn = w.cname(a, lang), w.cname(b, lang)
            claim |= {"subject": a, "qualifiers": {"counterparty": b}, "time": str(year)}
            if pred == "trade_turnover":
                bn_usd = (stable(min(a, b), max(a, b), year) % 1500 + 1) / 10
                claim["value"] = {"exact": round(bn_usd * 1e9), "unit": "USD"}
                if vi:
                    key = f"đạt {num_vi(bn_usd)} tỷ USD"
                    text = f"Năm {year}, kim ngạch thương mại song phương giữa {an} và {bn} {key}"
                    line = f"Kim ngạch {an} – {bn} năm {year}: {num_vi(bn_usd)} tỷ USD"
                else:
                    key = f"{num_en(bn_usd)} billion USD"
                    text = f"In {year}, bilateral trade between {an} and {bn} reached {key}"
                    line = f"{an}–{bn} trade in {year}: {num_en(bn_usd)} billion USD"
            elif pred == "trading_partner_rank":
                # The text says b is a's partner of that rank: b is the subject (see
                # fixtures/claims/001.yaml, the US as Vietnam's second-largest partner).
                claim |= {"subject": b, "qualifiers": {"counterparty": a}}
                rank = stable(a, b, year) % 4 + 1
                claim["value"] = {"exact": rank, "unit": "rank"}
                if vi:
                    key = f"đối tác thương mại lớn {ORDINALS_VI[rank]} của {an}"
                    text = f"Năm {year}, {bn} là {key}"
                    line = f"{bn}: đối tác lớn {ORDINALS_VI[rank]} của {an} ({year})"
                else:
                    key = f"{an}'s {ORDINALS_EN[rank]} trading partner"
                    text = f"In {year}, {bn} was {key}"
                    line = f"{bn}: {an}'s {ORDINALS_EN[rank]} partner ({year})"
            else:
                years = stable(min(a, b), max(a, b)) % 60 + 5
                claim["value"] = {"exact": years, "unit": "year"}
                if vi:
                    key = f"{years} năm thiết lập quan hệ ngoại giao"
                    text = f"Năm {year}, {an} và {bn} kỷ niệm {key}"
                    line = f"{an} – {bn}: {years} năm quan hệ ngoại giao ({year})"
                else:
                    key = f"{years} years of diplomatic relations"
                    text = f"In {year}, {an} and {bn} marked {key}"
                    line = f"{an} and {bn}: {years} years of relations ({year})"
        elif pred in {"oda_approved", "scholarships_per_year"}:
            a = w.country()
            b = w.country(but=a)
            if (a, b) == ("hungary", "vietnam"):  # curated: 400 million USD, 200 a year
                a = "japan"
            an, bn = w.cname(a, lang), w.cname(b, lang)
            claim |= {"subject": a, "qualifiers": {"beneficiary": b}}
            if pred == "oda_approved":
                m = (stable(a, b) % 990 + 10) * 1.0
                claim["value"] = {"exact": round(m * 1e6), "unit": "USD"}
                if vi:
                    key = f"khoản ODA trị giá {num_vi(m)} triệu USD"
                    text = f"{an} đã thông qua {key} cho {bn}"
                    line = f"ODA của {an} cho {bn}: {num_vi(m)} triệu USD"
                else:
                    key = f"{num_en(m)} million USD of ODA"
                    text = f"{an} approved {key} for {bn}"
                    line = f"ODA from {an} to {bn}: {num_en(m)} million USD"
            else:
                k = (stable(a, b) % 60 + 1) * 10
                claim["value"] = {"exact": k, "unit": "scholarship"}
                if vi:
                    key = f"{k} học bổng mỗi năm"
                    text = f"{an} duy trì cấp {key} cho sinh viên {bn}"
                    line = f"Học bổng của {an} cho {bn}: {k} suất/năm"
                else:
                    key = f"{k} scholarships a year"
                    text = f"{an} grants {key} to students from {bn}"
                    line = f"Scholarships from {an} to {bn}: {k} a year"
        elif pred == "holds_office":
            pid, name, country, role = w.person()
            role_en, role_vi = next((r[1], r[2]) for r in ROLES if r[0] == role)
            cn = w.cname(country, lang)
            claim |= {
                "subject": pid,
                "object": country,
                "qualifiers": {"role": role},
                "time": day.isoformat(),
            }
            if vi:
                key = f"{role_vi} {cn} {name}"
                text = f"Phát biểu tại diễn đàn, {key} nhấn mạnh tầm quan trọng của hợp tác"
                line = f"{name} ({role_vi} {cn})"
            else:
                key = f"{role_en} of {cn} {name}"
                text = f"Speaking at the forum, {key} stressed the importance of cooperation"
                line = f"{name} ({role_en}, {cn})"
        elif pred == "visited":
            pid, name, home, _ = w.person()
            c = w.country(but=home)
            cn = w.cname(c, lang)
            first = dt.date(year, rng.randrange(1, 13), rng.randrange(1, 26))
            last = first + dt.timedelta(days=rng.randrange(1, 4))
            claim |= {
                "subject": pid,
                "qualifiers": {"location": c},
                "time": {"start": first.isoformat(), "end": last.isoformat()},
            }
            if vi:
                key = f"từ ngày {first.day}-{last.day}/{first.month}/{year}"
                text = f"{name} thăm chính thức {cn} {key}"
                line = f"{name} thăm {cn} ({first.day}-{last.day}/{first.month}/{year})"
            else:
                key = f"from {first.day} to {date_en(last)}"
                text = f"{name} paid an official visit to {cn} {key}"
                line = f"{name} visited {cn} ({date_en(first)})"
        else:  # met, phone_call, received, congratulated: two people on a day
            p1 = w.person()
            p2 = w.person(but=p1[0])
            when = dt.date(year, rng.randrange(1, 13), rng.randrange(1, 29))
            claim |= {
                "subject": p1[0],
                "qualifiers": {"counterparty": p2[0]},
                "time": when.isoformat(),
            }
            dv, de = date_vi(when), date_en(when)
            if pred == "met":
                place = rng.choice(w.cities)
                claim["qualifiers"]["location"] = place[0]
                pv, pe = place[2], place[1]
                verb_vi, verb_en = f"đã có cuộc gặp với {p2[1]} tại {pv}", f"met {p2[1]} in {pe}"
            elif pred == "phone_call":
                verb_vi, verb_en = f"đã điện đàm với {p2[1]}", f"held a phone call with {p2[1]}"
            elif pred == "received":
                verb_vi, verb_en = f"đã tiếp {p2[1]}", f"received {p2[1]}"
            else:
                verb_vi, verb_en = f"đã chúc mừng {p2[1]}", f"congratulated {p2[1]}"
            if vi:
                key = f"{p1[1]} {verb_vi}"
                text = f"Ngày {dv}, {key}"
                line = f"{dv}: {key}"
            else:
                key = f"{p1[1]} {verb_en}"
                text = f"On {de}, {key}"
                line = f"{de}: {key}"
        return claim, text, [text, key], line

    def run(self, out: Path) -> dict[str, int]:
        seeds = out / "seeds"
        for sub in ("seeds", "vocabulary", "claims"):
            (out / sub).mkdir(parents=True, exist_ok=True)
        for path in SEEDS.glob("*.txt"):
            shutil.copyfile(path, seeds / path.name)
        for name in ("predicates.yaml", "units.yaml", "gazetteer.yaml", "entities.yaml"):
            shutil.copyfile(FIXTURES / "vocabulary" / name, out / "vocabulary" / name)
        for path in sorted(FIXTURES.glob("claims/*.yaml")):
            shutil.copyfile(path, out / "claims" / path.name)
        people, cities = self.world.vocabulary()
        dump = {"allow_unicode": True, "sort_keys": False, "width": 200}
        (out / "vocabulary" / "people.yaml").write_text(yaml.safe_dump(people, **dump), "utf-8")
        (out / "vocabulary" / "cities.yaml").write_text(yaml.safe_dump(cities, **dump), "utf-8")

        real = yaml.safe_load((FIXTURES / "sources.yaml").read_text("utf-8"))["sources"]
        sources = [{k: v for k, v in s.items() if k != "note"} for s in real]
        counts = {"claims": 0, "spans": 0, "articles": 0}
        pending: list[tuple[dict[str, Any], str]] = []  # claims awaiting a back-reference
        rng = self.rng
        with (out / "claims" / "claims.jsonl").open("w", encoding="utf-8") as jsonl:

            def emit(claim: dict[str, Any]) -> None:
                jsonl.write(json.dumps(claim, ensure_ascii=False, separators=(",", ":")) + "\n")
                counts["spans"] += len(claim["spans"])

            number = 0
            while number < self.n:
                counts["articles"] += 1
                sid = f"g{counts['articles']:06d}"
                lang = "vi" if rng.random() < 0.7 else "en"
                published = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9500))
                art = Article(sid, lang, published)
                art.write(f" date {published.isoformat()}\n")
                art.write(
                    f"Bản tin đối ngoại số {counts['articles']}\n\n"
                    if lang == "vi"
                    else f"Foreign affairs digest no. {counts['articles']}\n\n"
                )
                if pending:
                    art.write("Như đã đưa tin: " if lang == "vi" else "As reported earlier: ")
                    for claim, recap in pending:
                        claim["spans"] += [
                            {"source": sid, **s} for s in art.sentence(recap, [recap])
                        ]
                        emit(claim)
                    art.write("\n\n")
                    pending = []
                k = min(rng.randrange(*CLAIMS_PER_ARTICLE), self.n - number)
                made = []
                for i in range(k):
                    number += 1
                    claim, text, quotes, line = self.claim(art, number)
                    claim["spans"] = art.sentence(text, quotes)
                    made.append((claim, line))
                    if i % 4 == 3:
                        art.write("\n\n")
                art.write("\n\n" + ("Tóm tắt:\n" if lang == "vi" else "In brief:\n"))
                for claim, line in made:
                    if rng.random() < 0.4:
                        claim["spans"] += art.sentence(line, [line])
                        art.write("\n")
                for claim, line in made:
                    if rng.random() < 0.1:
                        pending.append((claim, line))
                    else:
                        emit(claim)
                (seeds / f"{sid}.txt").write_text(art.text(), encoding="utf-8")
                sources.append(
                    {
                        "id": sid,
                        "file": f"{sid}.txt",
                        "title": f"Synthetic digest {sid}",
                        "publisher": "factdb bench",
                        "published": published.isoformat(),
                        "language": lang,
                        "url": None,
                    }
                )
            for claim, _ in pending:
                emit(claim)
            counts["claims"] = number
        doc = {"seeds": "seeds", "sources": sources}
        (out / "sources.yaml").write_text(yaml.safe_dump(doc, **dump), "utf-8")
        counts["people"] = len(self.world.people)
        return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of generated claims")
    parser.add_argument("outdir", type=Path, help="fixture directory to write (replaced)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be >= 0")
    if args.outdir.exists():
        shutil.rmtree(args.outdir)
    counts = Generator(args.n, args.seed).run(args.outdir)
    print(
        f"wrote {args.outdir}: {counts['claims']} claims, {counts['spans']} spans, "
        f"{counts['articles']} articles, {counts['people']} people",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
