"""The program as a package: what the wheel carries, and ``python main.py`` as ``portierato``.

Installing the wheel in a fresh environment and printing a receipt from it is .ci/check-wheel's job (it
needs a network install of the dependencies); here the wheel is built and its contents read.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.resources import resource_path
from tests.e2e.conftest import run_cli

ROOT = Path(__file__).resolve().parents[2]
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Built from a copy of the project, so that the build leaves nothing in the source tree."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for folder in ("app", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    for file in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / file, source / file)
    subprocess.run(  # noqa: S603 (pip on our own project)
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--wheel-dir", str(work / "dist"), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = (work / "dist").glob("portierato-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_carries_the_fonts_the_translations_and_the_migrations(wheel_names: set[str]) -> None:
    assert {f"app/resources/fonts/{font}" for font in FONTS} <= wheel_names
    assert "app/resources/fonts/LICENSE" in wheel_names
    assert {"app/resources/i18n/portierato_en.qm", "app/resources/i18n/qt_supplement_it.qm"} <= wheel_names
    versions = sorted(path.name for path in (ROOT / "app" / "migrations" / "versions").glob("*.py"))
    assert {f"app/migrations/versions/{name}" for name in versions} <= wheel_names
    assert {"app/migrations/env.py", "app/migrations/script.py.mako"} <= wheel_names


def test_the_wheel_carries_no_tests_no_sources_of_translations_and_no_caches(wheel_names: set[str]) -> None:
    assert not [name for name in wheel_names if name.startswith(("tests/", "benchmarks/", "resources/"))]
    assert not [name for name in wheel_names if name.endswith((".ts", ".pyc")) or "__pycache__" in name]


def test_every_module_of_the_source_tree_is_in_the_wheel(wheel_names: set[str]) -> None:
    sources = {path.relative_to(ROOT).as_posix() for path in (ROOT / "app").rglob("*.py")}
    assert sources <= wheel_names


def test_resources_are_found_through_the_package() -> None:
    for font in FONTS:
        assert resource_path("fonts", font).read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType file
    assert resource_path("i18n", "portierato_en.qm").stat().st_size > 0


def test_python_main_py_takes_the_arguments_of_portierato(demo_home: Path) -> None:
    through_main = run_cli("check", home=demo_home, program=(sys.executable, str(ROOT / "main.py")))
    through_cli = run_cli("check", home=demo_home)

    assert through_main.code == through_cli.code == 0
    assert through_main.stdout == through_cli.stdout
    assert str(demo_home) in through_main.stdout


def test_python_main_py_refuses_a_wrong_command_as_portierato_does() -> None:
    run = run_cli("nonesiste", program=(sys.executable, str(ROOT / "main.py")))

    assert run.code == 2
    assert "nonesiste" in run.stderr
