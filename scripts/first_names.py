"""Write corpus_tools/codebook/first_names.toml from the US Census Bureau's 1990 first-name files.

The files (dist.male.first, dist.female.first: a name, its percentage of the sex's population, a cumulative
percentage and a rank; public domain) are shipped inside the MIT-licensed ``names`` package on PyPI
(names 0.3.0). Fetch and unpack it, then point this script at its data folder:

    python -m pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python scripts/first_names.py names-0.3.0/names > corpus_tools/codebook/first_names.toml

A name goes to one sex when its share there is at least RATIO times its share in the other (so "Jordan", "Robin"
and "Jean" go to neither), unless NOT_LISTED names it. The lists only break a tie between people of unknown gender
in the quote rules (attribution.QuoteContext): a title, a gendered noun or a he/she in the document outweighs them.
"""
from __future__ import annotations

import sys
from pathlib import Path

RATIO = 10

# Names the 1990 US lists give one sex that news copy meets otherwise, left out of both lists: given names of men in
# Italian and other European languages that the US gives to women ("Andrea Conti", "Nicola Bianchi"), and common
# Chinese, Korean and Vietnamese surnames, which are written first ("Wen Hao", "Yang Li"), that the US lists take
# for first names
NOT_LISTED = {
    "Andrea", "Nicola", "Simone", "Michele", "Gabriele", "Daniele", "Emanuele", "Jan", "Sasha", "Sacha", "Toni",
    "Yuri", "Noa", "Ariel", "Luca", "Mattia", "Joan", "Carol",
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
    "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
    "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Yan", "Du", "Ye", "Cheng", "Wei", "Su",
    "Lu", "Ding", "Ren", "Yao", "Shen", "Zhong", "Cui", "Tan", "Fan", "Liao", "Shi", "Jin", "Wen", "Wan", "Yun",
    "Yi", "Chan", "Chau", "Chin", "Chu", "Chun", "Ha", "Jung", "Lai", "Le", "Lee", "Kim", "Park", "Choi", "Jang",
    "Kang", "Cho", "Yoon", "Shin", "Moon", "Oh", "Tam", "Tran", "Nguyen", "Pham", "Hoang", "Vu", "Vo", "Dang",
    "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Yee", "Yip", "Wong", "Lam", "Ng", "Cheung", "Leung", "Kwok", "Mak",
    "Lau", "Tse", "Tsang", "Fong", "Siu", "Hui", "Lo", "Au", "Chow", "Tong", "Yeung", "Yau", "Chiu", "Kwan", "Poon",
    "To", "Woo", "Thao", "Chung", "Chang", "Chi", "Hong", "Mei", "Ling", "Ying", "Yong", "Hao", "Xin", "Ming",
}


def shares(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text().splitlines():
        name, share, *_ = line.split()
        out[name.capitalize()] = float(share)
    return out


def main(folder: str) -> None:
    male, female = shares(Path(folder, "dist.male.first")), shares(Path(folder, "dist.female.first"))
    def side(a: dict, b: dict) -> list[str]:
        return sorted(n for n, s in a.items() if s >= RATIO * b.get(n, 0.0) and n not in NOT_LISTED)
    print("# First names and the sex the US Census Bureau's 1990 name files give them (public domain data, via the")
    print("# MIT-licensed names 0.3.0 package on PyPI), written by scripts/first_names.py: a name is listed for a sex when")
    print(f"# its share of that sex's population is at least {RATIO} times its share of the other's, and it is not one of the")
    print("# script's NOT_LISTED (European men's names the US gives women, East Asian surnames). Used by the quote rules")
    print("# (attribution.QuoteContext) only to break a tie between people of unknown gender a he/she may refer to.")
    print("# US-centred: names the 1990 census did not count (many outside the US) are in neither list.")
    print("[first_names]")
    for key, names in (("male", side(male, female)), ("female", side(female, male))):
        print(f"{key} = [")
        for i in range(0, len(names), 12):
            print("  " + ", ".join(f'"{n}"' for n in names[i:i + 12]) + ",")
        print("]")


if __name__ == "__main__":
    main(sys.argv[1])
