"""Speaker classes of the twelfth tuning round (general mechanisms, found on blind set Z once it became tunable).

Every sentence here is invented for the test (no text of the gold articles): other names, places and trades
than the rows that showed each class. Each test's docstring names the failure class it guards.
"""
from __future__ import annotations

import pytest
from sentence_tags import speakers  # tests/tag is on sys.path


@pytest.mark.parametrize("title, name", [
    ("Councilmember", "Dana Whitlock-Ames"),
    ("PC", "Owen Maddox-Reyes"),
    ("DCI", "Sarah Llewyn"),
    ("PCSO", "Tariq Bellamy"),
])
def test_a_council_or_police_title_comes_off_the_speaker(title, name):
    """Class: the one-word council title of American city copy ("Councilmember X") and British police ranks
    written as initials ("PC X told the inquest") stayed in front of the speaker's name."""
    text = (f"{title} {name} gave evidence on Tuesday.\n\n"
            f"{name.split()[-1]} said the crossing had been \"badly lit for years.\"")
    assert speakers(text)["badly lit for years."] == name
