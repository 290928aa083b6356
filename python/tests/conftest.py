"""Shared fixtures: the repository's paths, documents written for these tests, and the Rust CLI
(built with cargo when missing) to compare the bindings with."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Documents written for these tests (not news copy): dated and undated, with a meeting, a call,
# a conditional pledge, a negated meeting, a visit, a sanction, an odd byte sequence, one with
# nothing to find, and two with the odd dates of real archives.
DOCUMENTS = [
    {
        "id": "t-1",
        "date": "2025-09-04",
        "text": "Ukrainian President Volodymyr Zelensky met U.S. special envoy Steve Witkoff in Paris. "
        "If a peace deal is signed, Britain pledged to send troops to Ukraine.",
    },
    {
        "id": "t-2",
        "date": "2025-03-06",
        "text": "Prime Minister Keir Starmer spoke with President Emmanuel Macron on Tuesday. "
        "The Italian prime minister did not meet the Hungarian prime minister.",
    },
    {
        "id": "t-3",
        "date": "2018-06-12",
        "text": "Kim Jong Un met Donald Trump in Singapore. Trump later thanked Kim for the meeting.",
    },
    {
        "id": "t-4",
        "date": "2023-03-21",
        "text": "Xi Jinping arrived in Moscow on Monday. He met Vladimir Putin at the Kremlin.",
    },
    {"id": "t-5", "text": "Japan imposed new sanctions on Russia over the war in Ukraine."},
    {"id": "t-6", "date": "2024-01-02", "text": "Rain fell on the harbour all day; nobody met anyone."},
    {"id": "t-7", "date": "2024-06-13", "text": "Canada pledged $1 billion in aid to Ukraine. \u00e9\u00e8 \u2014 \ufffd"},
    # archive records as they come: an empty date (no date) and a timestamp (its day)
    {"id": "t-8", "date": "", "text": "The Canadian prime minister met the Mexican president on Monday."},
    {"id": "t-9", "date": "2021-06-14T09:30:00Z", "text": "The French president met the Kenyan president on Monday."},
]


def write_own_gazetteer(path):
    """Writes a gazetteer file of one organization of our own invention, the Tidewater League
    (alias "TWL"), and returns its path."""
    entity = {
        "id": "org:tidewater-league",
        "kind": "organization",
        "name": "Tidewater League",
        "aliases": ["TWL"],
        "organization": {"category": "alliance"},
    }
    path.write_text(json.dumps(entity) + "\n")
    return path


@pytest.fixture(scope="session")
def documents():
    return [dict(d) for d in DOCUMENTS]


@pytest.fixture(scope="session")
def cli():
    """The path of the `diplograph` binary: $DIPLOGRAPH_CLI, or target/release's, built when
    missing."""
    given = os.environ.get("DIPLOGRAPH_CLI")
    if given:
        return given
    binary = REPO / "target" / "release" / "diplograph"
    if not binary.exists():
        if shutil.which("cargo") is None:
            pytest.skip("no cargo to build the CLI with")
        subprocess.run(
            ["cargo", "build", "--release", "--features", "cli", "--bin", "diplograph"],
            cwd=REPO,
            check=True,
        )
    return str(binary)


def run_cli(cli, args, stdin=None):
    out = subprocess.run([cli, *args], input=stdin, capture_output=True, check=True)
    return [json.loads(line) for line in out.stdout.decode().splitlines() if line.strip()]
