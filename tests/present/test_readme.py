"""The README's data dictionary is generated from the table registry and must be current."""
from corpus_tools.present import readme
from conftest import REPO


def test_data_dictionary_is_current():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme.render(text) == text, "run `make readme` to regenerate the data dictionary"


def test_readme_names_the_two_commands():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make test" in text and "make report" in text
