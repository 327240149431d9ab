"""Write corpus_tools/codebook/first_names.toml from the US Census Bureau's 1990 first-name files.

The files (dist.male.first, dist.female.first: a name, its percentage of the sex's population, a cumulative
percentage and a rank; public domain) are shipped inside the MIT-licensed ``names`` package on PyPI
(names 0.3.0). Fetch and unpack it, then point this script at its data folder:

    python -m pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python scripts/first_names.py names-0.3.0/names > corpus_tools/codebook/first_names.toml

A name goes to one sex when its share there is at least RATIO times its share in the other (so "Jordan", "Kim",
"Lee", "Robin" and "Jean" go to neither). The list only breaks ties in the mention layer: a title, a gendered noun
or a he/she after the name in the document always outweighs it.
"""
from __future__ import annotations

import sys
from pathlib import Path

RATIO = 10


def shares(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text().splitlines():
        name, share, *_ = line.split()
        out[name.capitalize()] = float(share)
    return out


def main(folder: str) -> None:
    male, female = shares(Path(folder, "dist.male.first")), shares(Path(folder, "dist.female.first"))
    def side(a: dict, b: dict) -> list[str]:
        return sorted(n for n, s in a.items() if s >= RATIO * b.get(n, 0.0))
    print("# First names and the sex the US Census Bureau's 1990 name files give them (public domain data, via the")
    print("# MIT-licensed names 0.3.0 package on PyPI), written by scripts/first_names.py: a name is listed for a sex when")
    print(f"# its share of that sex's population is at least {RATIO} times its share of the other's. Used by the mention layer")
    print("# only for a person the document gives no other gender evidence (no title, gendered noun or he/she after the")
    print("# name). US-centred: names the 1990 census did not count (many outside the US) are in neither list.")
    print("[first_names]")
    for key, names in (("male", side(male, female)), ("female", side(female, male))):
        print(f"{key} = [")
        for i in range(0, len(names), 12):
            print("  " + ", ".join(f'"{n}"' for n in names[i:i + 12]) + ",")
        print("]")


if __name__ == "__main__":
    main(sys.argv[1])
